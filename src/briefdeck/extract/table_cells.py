"""What a bare number in a Markdown table counts: the header of the column it fills alone ("| 271,400 |" under
"| Housing starts |"), so that a table's counts are figures like the prose's."""
from __future__ import annotations

import re

_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*")     # "|---|:---:|"
_HEADER_WORDS = re.compile(r"[A-Za-z][A-Za-z .,'\u2019&()-]{2,40}")
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
    lines = text[:line_start].split("\n")[:-1]
    for k in range(len(lines) - 1, max(-1, len(lines) - HEADER_LOOKUP), -1):
        if not lines[k].lstrip().startswith("|"):
            return ""
        if _SEPARATOR.fullmatch(lines[k]) and k > 0:
            cells = lines[k - 1].strip().strip("|").split("|")
            header = cells[column].strip().strip("*_ ") if column < len(cells) else ""
            return header.lower() if _HEADER_WORDS.fullmatch(header) and not _COMPARED.search(header) else ""
    return ""
