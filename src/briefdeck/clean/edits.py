"""Edits to a text that remember what they replaced, so every change is reported and reversible."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """One replacement made by a cleaning step.

    ``start``/``end`` locate ``before`` in the text the step was given;
    ``new_start`` locates ``after`` in the text the step produced.
    """

    kind: str
    start: int
    end: int
    before: str
    after: str
    new_start: int
    note: str = ""

    @property
    def new_end(self) -> int:
        return self.new_start + len(self.after)


@dataclass
class Step:
    """The changes one cleaning step made, in order, plus the text it produced."""

    kind: str
    changes: list[Change]
    text: str

    def to_old(self, offset: int) -> int:
        """Map an offset in this step's output back to its input."""
        i = bisect_right(self.changes, offset, key=_new_start) - 1   # no list per call: O(log n), not O(n)
        if i < 0:
            return offset
        c = self.changes[i]
        if offset < c.new_end:                     # inside replaced text: its start
            return c.start + min(offset - c.new_start, len(c.before))
        return c.end + (offset - c.new_end)


def _new_start(change: Change) -> int:
    return change.new_start


def apply(text: str, kind: str, replacements: list[tuple[int, int, str, str]]) -> Step:
    """Apply non-overlapping ``(start, end, new_text, note)`` replacements to ``text``."""
    replacements = sorted(replacements, key=lambda r: (r[0], r[1]))
    parts: list[str] = []
    changes: list[Change] = []
    pos = 0
    out_len = 0
    for start, end, new, note in replacements:
        if start < pos:                            # overlaps an earlier one: keep the earlier
            continue
        parts.append(text[pos:start])
        out_len += start - pos
        changes.append(Change(kind, start, end, text[start:end], new, out_len, note))
        parts.append(new)
        out_len += len(new)
        pos = end
    parts.append(text[pos:])
    return Step(kind, changes, "".join(parts))


def undo(steps: list[Step], text: str) -> str:
    """The text before every step: cleaning reversed."""
    for step in reversed(steps):
        parts: list[str] = []
        pos = 0
        for c in step.changes:
            parts.append(text[pos:c.new_start])
            parts.append(c.before)
            pos = c.new_end
        parts.append(text[pos:])
        text = "".join(parts)
    return text


def to_clean(steps: list[Step], offset: int) -> int:
    """Map an offset in the raw text forward into the clean text (removed text maps to where it was)."""
    for step in steps:
        shift = 0
        mapped = None
        for c in step.changes:
            if c.start > offset:
                break
            if offset < c.end:
                mapped = c.new_start + min(offset - c.start, len(c.after))
                break
            shift += (c.end - c.start) - len(c.after)
        offset = mapped if mapped is not None else offset - shift
    return offset


def to_raw(steps: list[Step], offset: int) -> int:
    """Map an offset in the clean text back to the text the first step was given."""
    for step in reversed(steps):
        offset = step.to_old(offset)
    return offset
