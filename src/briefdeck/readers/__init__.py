"""Readers turn a file into a Source. One module per format, one registry row each.

The registry maps a suffix to the name of a module in this package that has
``read(path, source_id) -> Source``. Modules are imported on first use:
trafilatura alone takes ~0.2 s to import, and most runs never see an HTML file.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path

from briefdeck.clean import clean_source
from briefdeck.core import Source, SourceError

MAX_SOURCE_BYTES = 100 * 1024 * 1024   # a source bigger than this is not an article or a report

READERS: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


def reader_for(suffix: str) -> Callable[[Path, str], Source] | None:
    """The read function for a file suffix (any case), or None when no reader knows it."""
    module = READERS.get(suffix.lower())
    if module is None:
        return None
    return importlib.import_module(f"{__name__}.{module}").read


def source_id_for(path: Path) -> str:
    """A readable id from a file name: 'Lakeshore Ledger.md' -> 'lakeshore-ledger'."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "source"


def read_source(path: str | Path, source_id: str | None = None) -> Source:
    """Read any supported file into a Source; SourceError when it can't be."""
    path = Path(path)
    reader = reader_for(path.suffix)
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise SourceError(f"{path.name}: cannot read {path.suffix or 'files without an extension'}",
                          hint=f"supported: {known}")
    try:
        if not path.is_file():
            raise SourceError(f"{path}: no such file", hint="check the path")
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise SourceError(f"{path.name}: larger than {MAX_SOURCE_BYTES // 2**20} MB; refusing to read it as a "
                              "source", hint="split it, or export the part you need as text or PDF")
        source = clean_source(reader(path, source_id or source_id_for(path)))
    except OSError as exc:   # is_file() too raises some, e.g. for a name too long for the file system
        raise SourceError(f"{path}: {exc.strerror or exc}") from None
    if not source.text.strip():   # only characters that cleaning removes, such as zero-width spaces
        raise SourceError(f"{path.name}: the file has no readable text (only invisible characters)",
                          hint="add a file that has text in it")
    return source
