"""An article's front matter: the headline block and a standfirst (dek) before the story starts.

News pages open with a headline, often a second headline line ("…; Justice vows to be more
circumspect") and a one-line standfirst ("Only two Democrats back the bill.") before the first
paragraph of the story. These summarise the story in headline style: they are not claims of
their own, but their words say what the story is about, so they join the headline that
sentences are compared with, and the story's lead is counted from the first paragraph after them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[\w’'\-]+")
_ENDS = re.compile(r"[.!?…][\u201d\"’')\]]*$")
HEAD_LINE_WORDS = 20        # a headline line is at most this long
LEAD_LIKE_WORDS = 14        # a longer first line ending in a full stop is the story's lead (unless it is the title)
DEK_WORDS = 16              # a standfirst is one short sentence ...
BODY_WORDS = 20             # ... followed by a paragraph at least this long


@dataclass
class Front:
    end: int                            # where the headline block ends: sentences before it are not claims
    heading: str                        # the headline, the words the story is about
    dek: tuple[int, int] | None = None  # a short one-sentence paragraph right after it, if any


def _paragraphs(text: str, limit: int = 4) -> list[tuple[int, int]]:
    """The first ``limit`` non-empty lines as offsets (a paragraph is a line, as everywhere in extraction)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            out.append((start, start + len(stripped)))
            if len(out) == limit:
                break
        pos += len(line) + 1
    return out


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _headline_end(text: str, paras: list[tuple[int, int]], title: str, sentences_in_first: int) -> int | None:
    """Where the headline ends when the text opens with one, else None.

    The first line is the headline when it agrees with the source's title (the same words, or one
    cut short of the other: titles are often shortened with "…", or join both halves of a headline)
    and is no longer than two headline lines; otherwise when it is short, not a sentence of the
    story, and followed by a blank line. A second short line joins it when the first ends like a
    headline cut in two ("Ginsburg apologizes for Trump comments;").
    """
    first = text[paras[0][0]:paras[0][1]].lstrip("#").strip()
    key = first.rstrip(".;:").casefold()
    head = title.strip().rstrip(".;:…").strip().casefold()
    end = paras[0][1]
    if head and (key.startswith(head) or head.startswith(key)):
        if _words(first) > 2 * HEAD_LINE_WORDS or sentences_in_first > 2:
            return None                     # the title only repeats the opening words of the story
    else:
        alone = text[end:paras[1][0]].count("\n") >= 2      # a blank line after it
        if (not alone or _words(first) > HEAD_LINE_WORDS
                or (_words(first) > LEAD_LIKE_WORDS and _ENDS.search(first))):
            return None                     # a sentence of the story, not a headline
    if first.endswith((";", ":")) and _words(text[paras[1][0]:paras[1][1]]) <= HEAD_LINE_WORDS \
            and text[end:paras[1][0]].count("\n") == 1:
        end = paras[1][1]                   # the headline's second half on the next line
    return end


def _is_dek(text: str, para: tuple[int, int], after: tuple[int, int] | None,
            sentence_count: int) -> bool:
    block = text[para[0]:para[1]].strip()
    if sentence_count != 1 or not after:
        return False
    n = _words(block)
    if n > DEK_WORDS or n < 3 or block[:1] in "“\"‘'*_(":
        return False
    return _words(text[after[0]:after[1]]) >= max(BODY_WORDS, 2 * n)


def front(text: str, spans: list[tuple[int, int]], title: str = "") -> Front | None:
    """The headline block (and a standfirst after it) when the text opens with them, else None.

    ``spans`` are the text's sentences; a block counts as a headline only when the text goes on
    with at least two more paragraphs, so a one-paragraph note is never taken for its headline.
    """
    paras = _paragraphs(text, 5)
    in_first = sum(1 for s, _ in spans if paras and paras[0][0] <= s < paras[0][1])
    head_end = _headline_end(text, paras, title, in_first) if len(paras) >= 3 else None
    if head_end is None:
        return None
    heading = text[paras[0][0]:head_end]
    if title and title.strip().rstrip("…").casefold() not in heading.casefold():
        heading = title + "\n" + heading
    rest = [p for p in paras if p[0] > head_end]
    dek = None
    if len(rest) >= 3:
        count = sum(1 for s, _ in spans if rest[0][0] <= s < rest[0][1])
        dek = rest[0] if _is_dek(text, rest[0], rest[1], count) else None
    return Front(head_end, heading, dek)
