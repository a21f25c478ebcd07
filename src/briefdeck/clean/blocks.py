"""Paragraphs of a text with their offsets, and removing whole runs of them as one reported change."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from briefdeck.clean.edits import Step, apply


@dataclass(frozen=True)
class Para:
    """One non-blank line of the text (a paragraph, heading or caption), with its offsets."""

    start: int
    end: int
    text: str

    @cached_property
    def words(self) -> int:
        return len(self.text.split())


_last: tuple[str, list[Para]] = ("", [])       # the cleaning steps ask again for a text a step did not change


def paragraphs(text: str) -> list[Para]:
    global _last
    seen, found = _last                        # (one read: another thread may be cleaning another text)
    if seen is text:
        return list(found)
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Para(pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    _last = (text, out)
    return list(out)


def remove(text: str, kind: str, runs: list[tuple[list[Para], str]]) -> Step:
    """Remove each run of paragraphs (with the line break after it) as one change noted with ``note``."""
    replacements = []
    for paras, note in runs:
        if not paras:
            continue
        start, end = paras[0].start, min(len(text), paras[-1].end + 1)
        first = next((p.text for p in paras if any(c.isalnum() for c in p.text)), paras[0].text)[:80]   # not a rule
        replacements.append((start, end, "", f"{note}: {first}" + (f" (+{len(paras) - 1} more lines)"
                                                                    if len(paras) > 1 else "")))
    return apply(text, kind, replacements)
