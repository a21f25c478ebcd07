"""What a report pasted from a PDF brings with it: page footers, running headers, what a chart leaves behind
and how to cite it.

A report copied out of a PDF viewer carries each page's furniture into the text: a footer ("Page 2 of 48",
often with the report's name or the publisher's site beside it, or a running head with its page number set far to
one side, counting up from page to page), a running header on every page ("CLOSING THE GAP | EXECUTIVE SUMMARY"),
and a chart's title, axis numbers and labels down to its "Source: …" line. Once a text has two page footers,
each line that comes back on another page unchanged (a short line that is no sentence) is furniture too, as is a
release package's stamp on each page ("A-2025-00417 | 000143 | Released under the ATIA …"). In any text, a
chart's block goes (its title, "Figure 1: …", "Chart 2: …", the short lines under it and the source line that ends
it), and so does a "Suggested citation: …" paragraph.
Each line goes with its line break and the blank lines after it, so the sentence a page break cut in two is
joined again by :func:`briefdeck.clean.breaks.join`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from briefdeck.clean import mail_heads
from briefdeck.clean.edits import Step, apply

# "Page 2 of 48", "Canadian Institute for Resource Liability | cirl.ca      Page 2 of 48", "- 3 -", a minutes' "--
# Regular Meeting of Council | March 9, 2026 | Page 2 of 4 --"
_FOOTER = re.compile(r"(?:[^\n]*?(?:[ \t]{2,}|\|[ \t]*))?(?:Page|PAGE|p\.)[ \t]+\d{1,4}(?:[ \t]+(?:of|/)[ \t]+\d{1,4})?"
                     r"[ \t]*(?:(?<=[ \t])(?:--|[\u2013\u2014])[ \t]*)?|[ \t]*[\u2013\u2014-][ \t]*\d{1,4}[ \t]*[\u2013\u2014-][ \t]*")
# "ICTS Research Brief 2026-03 | Round Five        2": a running head with its page number set far to one side
_NUMBERED_HEAD = re.compile(r"[ \t]*(?:(?P<head>\S[^\n]*?)[ \t]{4,}(?P<page>\d{1,4})|(?P<page2>\d{1,4})[ \t]{4,}"
                            r"(?P<head2>\S[^\n]*?))[ \t]*")
_PAGE_NUMBER_FAR = re.compile(r"[ \t]{4}\S[^\n]{0,80}$|^[ \t]*\d{1,4}[ \t]{4}", re.M)     # what one needs
_DASHED_NUMBER = re.compile(r"^[ \t]*[\u2013\u2014-][ \t]*\d{1,4}[ \t]*[\u2013\u2014-][ \t]*$", re.M)    # "— 3 —" alone
_SPREAD = re.compile(r"\S[ \t]{8,}\S")
SPREAD_PAGES = 3
_CHART_TITLE = re.compile(r"(?:Figure|Fig\.|Chart|Exhibit|Graph)[ \t]+\d{1,3}[a-z]?[ \t]*[:.\u2014\u2013-][ \t]*\S")
# a pasted PDF's table, its columns lost
_TABLE_TITLE = re.compile(r"Table[ \t]+\d{1,3}[a-z]?[ \t]*[:.\u2014\u2013-][ \t]*\S")
_CITATION = re.compile(r"[ \t]*(?:suggested|recommended|preferred) citation[ \t]*:|[ \t]*cite (?:this report )?as[ \t]*:",
                       re.I)
_SOURCE = re.compile(r"(?:Sources?|Note|Notes)[ \t]*:")
_ENDS = re.compile(r"[.!?\u201d\"]$")
# a release package's stamp on each page: "A-2025-00417 | 000143 | Released under the ATIA - unclassified …"
_RELEASED = re.compile(r"[^\n.!?]{0,80}\b(?:Released|Disclosed|Divulgu\u00e9e?s?|Communiqu\u00e9e?s?)[ \t]+(?:under|pursuant to|"
                       r"en vertu de)[ \t]+(?:the[ \t]+|la[ \t]+)?(?:ATIA?|ATIP|Access to Information|Freedom of Information|"
                       r"FOIA?|FOIP|FIPPA|MFIPPA|LAI|Loi sur l)[^\n]{0,200}")
# what any of those needs in the text at all: most texts have none, and `in` is far cheaper than the scans
_NEEDS = ("Page", "PAGE", "Figure", "Fig.", "Chart", "Exhibit", "Graph", "citation", "Citation", "ite as")
_STAMPED = ("eleased", "isclosed", "ivulgu", "ommuniqu")     # ... and what a release stamp needs
MIN_FOOTERS = 2            # a text with fewer page footers is no pasted PDF
MAX_RUNNING_WORDS = 12     # a running header is a short line
MAX_CHART_LINES = 14       # lines between a chart's title and its source line
MAX_LABEL_WORDS = 10       # an axis's numbers or labels, a legend


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _label(line: str) -> bool:
    """A line a chart leaves: numbers, dates, a legend — short, no sentence."""
    words = line.split()
    return not words or len(words) <= MAX_LABEL_WORDS and not _ENDS.search(line.strip())


def _chart_blocks(text: str, lines: list[tuple[int, int]], tables: bool) -> list[tuple[int, int]]:
    """(first line, last line) of each chart's block (and, in a pasted PDF, each table's): its title, the short
    lines under it, its source line."""
    blocks = []
    i = 0
    while i < len(lines):
        line = text[slice(*lines[i])].strip()
        if _CHART_TITLE.match(line) or tables and _TABLE_TITLE.match(line):
            j = i + 1
            while j < len(lines) and j - i <= MAX_CHART_LINES and not _SOURCE.match(text[slice(*lines[j])].strip()) \
                    and _label(text[slice(*lines[j])]):
                j += 1
            if j < len(lines) and _SOURCE.match(text[slice(*lines[j])].strip()):
                last = j                             # a source line wrapped onto a short line of its own
                if not _ENDS.search(text[slice(*lines[j])].strip()) and j + 1 < len(lines):
                    wrapped = text[slice(*lines[j + 1])].strip()
                    if wrapped and len(wrapped.split()) <= 4 and _ENDS.search(wrapped):
                        last = j + 1
                blocks.append((i, last))
                i = last + 1
                continue
        i += 1
    return blocks


def _numbered_heads(text: str, lines: list[tuple[int, int]]) -> list[int]:
    """The lines that set one short head beside a page number that counts up from page to page, and a head set out
    in two parts far apart ("HOLDING THE LINE          CWTR Research Report No. 2026-03") on three pages or more."""
    by_head = defaultdict(list)
    spread = defaultdict(list)
    for k, (s, e) in enumerate(lines):
        found = _NUMBERED_HEAD.fullmatch(text, s, e) if e > s else None
        if found:
            by_head[found["head"] or found["head2"]].append((k, int(found["page"] or found["page2"])))
        elif e > s and _SPREAD.search(text, s, e):
            spread[text[s:e].strip()].append(k)
    out = [k for line, found in spread.items() if len(found) >= SPREAD_PAGES and len(line.split()) <= MAX_RUNNING_WORDS
           and not _ENDS.search(line) for k in found]
    for head, found in by_head.items():
        pages = [page for _, page in found]
        if len(found) >= MIN_FOOTERS and len(head.split()) <= MAX_RUNNING_WORDS and not _ENDS.search(head) \
                and re.search(r"[^\W\d_]", head) and all(b > a for a, b in zip(pages, pages[1:])):
            out.extend(k for k, _ in found)
    return out


def strip(text: str) -> Step:
    """Page footers and running headers of a pasted PDF, and chart blocks."""
    stamped = any(word in text for word in _STAMPED)
    numbered = "    " in text and _PAGE_NUMBER_FAR.search(text) or _DASHED_NUMBER.search(text)
    if not stamped and not numbered and not any(word in text for word in _NEEDS):
        return apply(text, "page", [])
    lines = _lines(text)
    gone: dict[int, str] = {}
    footers = [k for k, (s, e) in enumerate(lines) if e > s and _FOOTER.fullmatch(text, s, e)]
    footers = sorted(set(footers).union(_numbered_heads(text, lines) if numbered else ()))
    if len(footers) >= MIN_FOOTERS:
        for k in footers:
            gone[k] = "page footer"
        counts = Counter(text[s:e].strip() for s, e in lines)
        heads = mail_heads.head_lines(text)          # an email thread's "To: Doe, Jo" on each page: its own
        for k, (s, e) in enumerate(lines):
            line = text[s:e].strip()
            if heads and any(h <= s < h_end for h, h_end in heads):
                continue
            if counts[line] >= MIN_FOOTERS and line and len(line.split()) <= MAX_RUNNING_WORDS \
                    and not _ENDS.search(line) and k not in gone:
                gone[k] = "running header"
    for k, (s, e) in enumerate(lines if stamped else ()):
        if _RELEASED.fullmatch(text, s, e) and not _ENDS.search(text, s, e):
            gone.setdefault(k, "release stamp")          # (not "The emails were released under the Act.")
    for k, (s, e) in enumerate(lines):               # "Suggested citation: Doe, J. (2025). …", over lines
        if _CITATION.match(text, s, e):
            while k < len(lines) and lines[k][1] > lines[k][0] and text[slice(*lines[k])].strip():
                gone.setdefault(k, "how to cite the report")
                k += 1
    for first, last in _chart_blocks(text, lines, len(footers) >= MIN_FOOTERS):
        for k in range(first, last + 1):
            gone.setdefault(k, "chart left in the text")
    replacements = []
    for k in sorted(gone):
        s, e = lines[k]
        e = min(e + 1, len(text))
        while e < len(text) and text[e] == "\n":
            e += 1                                   # and the blank lines of its page break
        replacements.append((s, e, "", gone[k]))
    return apply(text, "page", replacements)

