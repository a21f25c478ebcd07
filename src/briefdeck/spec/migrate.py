"""Deck format versions: older files are upgraded in memory when read; saving writes the current version.

Version 1 kept a snippet's anchor (prefix, suffix, start, end, hash) as loose keys
beside the fields a person writes. Version 2 groups them under ``anchor:``, so the
snippet reads as what it says, with the machine's bookkeeping folded away.
Each migration also moves the line:col marks, so messages still point at the
right place in the old file.
"""
from __future__ import annotations

CURRENT = 2
ANCHOR_KEYS = ("prefix", "suffix", "start", "end", "hash")
KEY = "#key"


def _v1_to_v2(data: dict, marks: dict) -> None:
    snippets = data.get("snippets")
    if not isinstance(snippets, list):
        return
    for i, raw in enumerate(snippets):
        if not isinstance(raw, dict) or "anchor" in raw:
            continue
        moved = {k: raw.pop(k) for k in ANCHOR_KEYS if k in raw}
        if not moved:
            continue
        raw["anchor"] = moved
        base = ("snippets", i)
        first = None
        for k in moved:
            for suffix in ((), (KEY,)):
                old = base + (k,) + suffix
                if old in marks:
                    marks[base + ("anchor", k) + suffix] = marks.pop(old)
            first = first or marks.get(base + ("anchor", k))
        if first:
            marks.setdefault(base + ("anchor",), first)


MIGRATIONS = {1: _v1_to_v2}


def migrate(data: dict, marks: dict) -> int | None:
    """Upgrade ``data`` (and its marks) in place to the current version; the version it was, if older."""
    version = data.get("briefdeck")
    if not isinstance(version, int) or isinstance(version, bool) or version not in MIGRATIONS:
        return None
    original = version
    while version in MIGRATIONS:
        MIGRATIONS[version](data, marks)
        version += 1
    data["briefdeck"] = version
    return original
