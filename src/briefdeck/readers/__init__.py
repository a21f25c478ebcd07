"""Readers turn a file into a Source. One module per format, one registry row each."""
from __future__ import annotations

import re
from pathlib import Path

from briefdeck.core import Source, SourceError
from briefdeck.readers import text

READERS = {
    ".txt": text.read,
    ".md": text.read,
    ".markdown": text.read,
}


def source_id_for(path: Path) -> str:
    """A readable id from a file name: 'Lakeshore Ledger.md' -> 'lakeshore-ledger'."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "source"


def read_source(path: str | Path, source_id: str | None = None) -> Source:
    """Read any supported file into a Source; SourceError when it can't be."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise SourceError(f"{path.name}: cannot read {path.suffix or 'files without an extension'}",
                          hint=f"supported: {known}")
    if not path.is_file():
        raise SourceError(f"{path}: no such file", hint="check the path")
    try:
        return reader(path, source_id or source_id_for(path))
    except OSError as exc:
        raise SourceError(f"{path}: {exc.strerror or exc}") from None
