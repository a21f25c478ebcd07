"""What a bare number in a Markdown table counts: the header of the column it fills alone ("| 271,400 |" under
"| Housing starts |"), so that a table's counts are figures like the prose's."""
from __future__ import annotations

import re

_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*")     # "|---|:---:|"
_HEADER_WORDS = re.compile(r"[A-Za-z][A-Za-z .,'\u2019&()-]{2,60}")
# what a header adds after what the column counts: "Study permits, Jan–Oct 2023", "International intake (fall)"
# (not a unit: "Export revenue (C$bn)", "Premium (U.S. cents/lb)", "Jobs (000s)", "Exports (TWh)" say what a cell is)
_QUALIFIER = re.compile(r"[ \t]*(?:\((?![^()]*(?:[$€£¥/%]|\b(?:bn|mn|m|millions?|billions?|thousands?|000s|[kmgt]wh|mw|"
                        r"tonnes?|t|lb|kg|cents?)\b))[^()]*\)|,[^,()]*\d[^,()]*)[ \t]*$", re.I)
# "Change", "vs. last winter", "Year ago": a column that compares, whose cells are no count of their own
_COMPARED = re.compile(r"\b(?:change|chg|vs|versus|ago|difference|diff)\b", re.I)
HEADER_LOOKUP = 40          # table rows above a cell that are searched for its header


def column_header(text: str, start: int, end: int) -> str:
    """The header of the table column whose cell is exactly ``text[start:end]`` (lower case), or ``""``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if not before.lstrip().startswith("|") or before.rstrip(" \t")[-1:] != "|" or after.lstrip(" \t")[:1] != "|":
        return ""
    column = before.count("|") - 1
    end_above = line_start - 1                       # the rows above, read upwards one line at a time
    for _ in range(HEADER_LOOKUP):
        if end_above <= 0:
            return ""
        start_above = text.rfind("\n", 0, end_above) + 1
        row = text[start_above:end_above]
        if not row.lstrip().startswith("|"):
            return ""
        if _SEPARATOR.fullmatch(row) and start_above > 0:
            header_row = text[text.rfind("\n", 0, start_above - 1) + 1:start_above - 1]
            cells = header_row.strip().strip("|").split("|")
            header = cells[column].strip().strip("*_ ") if column < len(cells) else ""
            bare = _QUALIFIER.sub("", header)
            header = bare if " " in bare else header      # (not "Close (Oct 16)": a price, whatever it closed at)
            return header.lower() if _HEADER_WORDS.fullmatch(header) and not _COMPARED.search(header) else ""
        end_above = start_above - 1
    return ""
