"""Batch export, one deck at a time: finding decks, naming outputs, exporting one deck into a row."""
from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from briefdeck.core import BriefdeckError, SourceError

DECK_SUFFIXES = (".yaml", ".yml")
_DECK_MARK = re.compile(rb"^briefdeck\s*:", re.M)


@dataclass
class Row:
    """What happened to one deck."""

    deck: str
    out: str
    status: str = "pending"      # ok | failed | skipped
    slides: int = 0
    seconds: float = 0.0
    warnings: int = 0
    error: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def is_deck(path: Path) -> bool:
    """A YAML file that says it is a briefdeck deck (``briefdeck: 2`` near the top)."""
    try:
        with open(path, "rb") as f:
            return bool(_DECK_MARK.search(f.read(4096)))
    except OSError:
        return False


def find_decks(args: list[str | Path]) -> list[Path]:
    """Deck files as given, and every deck file under the folders given, in a stable order."""
    found: list[Path] = []
    for arg in map(Path, args):
        if arg.is_dir():
            found.extend(sorted(p for p in arg.rglob("*") if p.suffix.lower() in DECK_SUFFIXES
                                and p.is_file() and is_deck(p)))
        elif arg.is_file():
            found.append(arg)
        else:
            raise SourceError(f"{arg}: no such file or folder", hint="give deck files (.yaml) or folders")
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if not unique:
        raise SourceError("no deck files found", hint="a deck file is a .yaml file that starts with 'briefdeck: 2'")
    return unique


def output_names(decks: list[Path], out_dir: Path, suffix: str = ".pptx") -> list[Path]:
    """One output per deck, never two the same: the deck's name, else its folders' names too, else -2, -3."""
    common = Path(*_common_parts(decks)) if len(decks) > 1 else decks[0].parent
    names: list[Path] = []
    taken: set[str] = set()
    stems = [d.stem for d in decks]
    for deck, stem in zip(decks, stems):
        name = stem
        if stems.count(stem) > 1:
            rel = deck.parent.relative_to(common) if deck.is_relative_to(common) else Path(deck.parent.name)
            name = "-".join([*rel.parts, stem]) or stem
        candidate, n = name, 1
        while candidate.lower() in taken:
            n += 1
            candidate = f"{name}-{n}"
        taken.add(candidate.lower())
        names.append(out_dir / f"{candidate}{suffix}")
    return names


def _common_parts(paths: list[Path]) -> tuple[str, ...]:
    parts = [p.parent.parts for p in paths]
    common = []
    for items in zip(*parts):
        if len(set(items)) != 1:
            break
        common.append(items[0])
    return tuple(common) or ("/",)


def export_one(deck: str, out: str, template: str | None = None, allow_outside: bool = False) -> dict:
    """Load and export one deck; every failure becomes a row, never an exception (runs in a worker)."""
    row = Row(deck=deck, out=out)
    start = time.perf_counter()
    try:
        from briefdeck.spec import load_deck
        from briefdeck.writers.export import export

        result = export(load_deck(deck, allow_outside=allow_outside), out, template)
        row.status, row.slides = "ok", result.slide_count
        row.warnings = sum(1 for d in result.diagnostics if not d.is_error)
    except BriefdeckError as exc:
        row.status, row.error = "failed", str(exc.diagnostics[0])
    except Exception as exc:  # a bug must not take the other decks down with it
        row.status, row.error = "failed", f"internal error: {type(exc).__name__}: {exc}"
    row.seconds = round(time.perf_counter() - start, 3)
    return row.to_dict()
