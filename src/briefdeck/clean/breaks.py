"""Join paragraphs a scrape broke in the middle of a sentence; tidy whitespace."""
from __future__ import annotations

import re

from briefdeck.clean.edits import Step, apply

_SPACES = re.compile(r"(?P<trail>[ \t\u00a0\u2007\u202f]+$)|(?P<zero>[\u200b\u200c\u200d\u2060\ufeff]+)|"
                     r"(?P<nbsp>\u00a0)|(?P<blank>\n{3,})", re.M)
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with and or but nor as than that which who whose whom "
    "such into onto over under between about against its their his her our your this these those "
    "is are was were be been has have had will would can could may might must should".split())
_BREAK = re.compile(r"(?P<tail>[^\n]*?(?P<last>[\w,;\u2014\u2013-]+))[ \t]*(?P<gap>\n\s*)(?=(?P<next>[^\n]*))")
_ENDS_SENTENCE = re.compile(r"[.!?:\u201d\u00bb\"')\]\u2026]\s*$")


# what any of those needs to be in the text at all: most texts have none, and `in` is far cheaper than the scan
_MAYBE = (" \n", "\t\n", "\u00a0", "\u2007", "\u202f", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\n\n\n")


def whitespace(text: str) -> Step:
    """Trailing spaces, zero-width characters and runs of blank lines; no-break spaces become spaces."""
    if not text.endswith((" ", "\t")) and not any(s in text for s in _MAYBE):
        return apply(text, "whitespace", [])
    def replacement(m: re.Match) -> str:
        return {"blank": "\n\n", "nbsp": " "}.get(m.lastgroup, "")
    return apply(text, "whitespace", [(m.start(), m.end(), replacement(m), "whitespace")
                                      for m in _SPACES.finditer(text) if replacement(m) != m.group()])


_C1 = re.compile("[\u0080-\u009f]+")


def controls(text: str) -> Step:
    """C1 control characters left over once mojibake repair has used what it could."""
    return apply(text, "whitespace", [(m.start(), m.end(), "", "control character") for m in _C1.finditer(text)])


# a transcript's next turn: "DOE: …", "JO DOE, ECONOMIST: …", "Q: …"
_TURN = re.compile(r"(?:[A-Z][A-Z\u2019'.\-]+(?:[ \t]+[A-Z][A-Z\u2019'.\-]+)*|Q|A)(?:,[^:\n]{1,60})?(?:[ \t]*\([^)\n]{1,60}\))?:\s")


def _broken(line: str, following: str) -> bool:
    """A line that stops mid-sentence and a next line that carries on with it."""
    line, following = line.rstrip(), following.lstrip()
    if not line or not following or following[0] in "\u2022*#|>" or following[:2] in ("- ", "1.") or _TURN.match(following) \
            or line.lstrip().startswith("#"):        # (nor a Markdown heading: "## What we're fighting for")
        return False                                 # (nor "ANCHOR: But they would say —" / "DOE: They would …")
    if following[0].islower() and line[-1] in ":,;\u2014" and len(line.split()) >= 3:
        return True                                  # "is done waiting:\nthe yard has ..."
    if _ENDS_SENTENCE.search(line.rstrip("*_")) or len(line.split()) < 6:
        return False                                 # (nor a question in bold: "**What would it be?**")
    tokens = re.findall(r"[\w'’]+|[,;\u2014\u2013-]", line)
    if not tokens:                                   # "* * * * * *": a divider, not a sentence
        return False
    last = tokens[-1]                                # "… Tuesday 14 May": the month, not "may"
    return following[0].islower() or last in _FUNCTION_WORDS or last in (",", ";", "\u2014", "\u2013", "-")


# a message's head over its words: "Jo Doe (Acme) – Sep 29, 2025, 8:47 p.m.:", never a sentence running on
_STAMPED = re.compile(r"\d{1,2}:\d{2}[ \t]?(?:[ap]\.m\.|[AP]M)?:[ \t]*$")
HEAD_WORDS = 8            # a line this long that ends a sentence is the story's, below the page's head
WRAP_SLACK = 15          # a hard-wrapped line ends within this many characters of the wrap width
_ITEM = re.compile(r"[\u2022*#|>]|- |\d{1,2}[.)]\s")
_ENDS_LINE = re.compile(r"[.!?\u201d\u00bb\"')\]\u2026]\s*$")     # as _ENDS_SENTENCE, but "plainly:" runs on to its quotation


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at (a report pasted from a PDF, a plain-text e-mail), or None: most of
    its longer lines end within a few characters of one width, under 100."""
    lengths = sorted(len(line.rstrip()) for line in lines if len(line.strip()) >= 30)
    if len(lengths) < 8:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near = sum(1 for n in lengths if width - WRAP_SLACK <= n <= width)
    return width if width <= 100 and near >= 0.6 * len(lengths) else None


def _wrapped(line: str, following: str, width: int | None) -> bool:
    """A full line of a hard-wrapped text that does not end a sentence, and a next line that is no list item."""
    line = line.rstrip()
    return width is not None and len(line) >= width - WRAP_SLACK and not _ENDS_LINE.search(line) \
        and bool(following.strip()) and not _ITEM.match(following.lstrip()) and not following.strip().isupper()


def join(text: str) -> Step:
    """Join a line to the next one when the sentence plainly runs on across the break (or across the line ends
    of a hard-wrapped text)."""
    replacements = []
    pos = 0
    lines = text.split("\n")
    width = wrap_width(lines) if len(lines) >= 8 else None
    first = next((k for k, line in enumerate(lines) if line.strip()), 0)     # the lines cleaned off above it are blank
    # the page's head: the lines above the first that ends a sentence (a site's name, a date, the headline)
    head = next((k for k, line in enumerate(lines) if _ENDS_LINE.search(line) and len(line.split()) >= HEAD_WORDS),
                len(lines))
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip() and j - i <= 2:
            j += 1
        if j >= len(lines) or not lines[j].strip() or ((i == first or i < head) and j > i + 1
                                                        and not lines[j].lstrip()[:1].islower()):
            continue          # the first line (or one in the page's head) over a blank line and a capital: a headline
        if (_broken(line, lines[j]) or j == i + 1 and _wrapped(line, lines[j], width)) and not _STAMPED.search(line):
            gap_end = end + sum(len(x) + 1 for x in lines[i + 1:j]) + 1
            gap_end += len(lines[j]) - len(lines[j].lstrip(" \t"))     # and the indent of a list item's next line
            replacements.append((end, gap_end, " ", "sentence ran on across a line break"))
    return apply(text, "join", replacements)
