"""Anchors: where a snippet sits in its source, robust to small source edits.

Modelled on the W3C Web Annotation selectors: a TextQuoteSelector (exact text
with a little prefix and suffix) plus a TextPositionSelector (start/end
offsets), and the hash of the text the offsets refer to. Re-resolving tries
the offsets first, then the exact quote (prefix/suffix break ties), then the
prefix and suffix alone.
"""
from __future__ import annotations

from dataclasses import dataclass

CONTEXT = 32

POSITION = "position"
QUOTE = "quote"
CONTEXT_MATCH = "context"


@dataclass(slots=True)
class Anchor:
    """Exact text plus context and offsets into one version of a source.

    Treat it as a value: edits make a new Anchor. (Not frozen only because frozen
    dataclasses are four times slower to create, and a project holds many thousands.)
    """

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    source_hash: str | None = None


@dataclass(frozen=True)
class Resolution:
    """Where an anchor was found in the current text, and how."""

    start: int
    end: int
    method: str

    def exact(self, text: str) -> str:
        return text[self.start:self.end]


def check_range(text: str, start: int, end: int) -> None:
    """Refuse a range that is empty or runs outside ``text``: no anchor can be made for it."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad range {start}:{end} for text of length {len(text)}")


def anchor_at(text: str, start: int, end: int, source_hash: str | None = None,
              context: int = CONTEXT) -> Anchor:
    """Make an anchor for ``text[start:end]``."""
    check_range(text, start, end)
    return Anchor(exact=text[start:end], prefix=text[max(0, start - context):start],
                  suffix=text[end:end + context], start=start, end=end, source_hash=source_hash)


def _affinity(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of prefix and suffix agree around a candidate."""
    score = 0
    before = text[max(0, start - len(prefix)):start]
    for a, b in zip(reversed(before), reversed(prefix)):
        if a != b:
            break
        score += 1
    after = text[end:end + len(suffix)]
    for a, b in zip(after, suffix):
        if a != b:
            break
        score += 1
    return score


def _occurrences(text: str, needle: str, limit: int = 1000) -> list[int]:
    found, at = [], text.find(needle)
    while at != -1 and len(found) < limit:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def resolve(anchor: Anchor, text: str) -> Resolution | None:
    """Find ``anchor`` in ``text``; None when it can no longer be found."""
    exact = anchor.exact
    if not exact:
        return None
    s, e = anchor.start, anchor.end
    if s is not None and e is not None and 0 <= s <= e <= len(text) and text[s:e] == exact:
        return Resolution(s, e, POSITION)
    hits = _occurrences(text, exact)
    if hits:
        near = anchor.start if anchor.start is not None else 0
        best = max(hits, key=lambda h: (_affinity(text, h, h + len(exact), anchor.prefix, anchor.suffix),
                                        -abs(h - near)))
        return Resolution(best, best + len(exact), QUOTE)
    if len(anchor.prefix) >= 8 and len(anchor.suffix) >= 8:
        for p in _occurrences(text, anchor.prefix):
            start = p + len(anchor.prefix)
            end = text.find(anchor.suffix, start)
            # an empty (or blank) span between the context means the text itself was deleted
            if end != -1 and end - start <= 2 * len(exact) + 40 and text[start:end].strip():
                return Resolution(start, end, CONTEXT_MATCH)
    return None


def passage(text: str, start: int, end: int, limit: int = 600) -> str:
    """The paragraph around ``text[start:end]``, trimmed to about ``limit`` characters."""
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start == -1 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end == -1 else para_end
    if para_end - para_start > limit:
        room = max(0, (limit - (end - start)) // 2)
        lo, hi = max(para_start, start - room), min(para_end, end + room)
        lo = _sentence_start(text, lo, start)
        chunk = text[lo:hi].strip()
        return ("\u2026" if lo > para_start else "") + chunk + ("\u2026" if hi < para_end else "")
    return " ".join(text[para_start:para_end].split())


def _sentence_start(text: str, lo: int, start: int) -> int:
    """Move ``lo`` forward to just after a sentence end, if one is before ``start``."""
    for mark in (". ", "? ", "! "):
        at = text.find(mark, lo, start)
        if at != -1:
            return at + 2
    return lo
