"""What a bare number in a Markdown table counts: the header of the column it fills alone ("| 271,400 |" under
"| Housing starts |"), so that a table's counts are figures like the prose's."""
from __future__ import annotations

import re

from briefdeck.extract.figure_parts import SCALE_WORDS
from briefdeck.extract.money import unit

_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*")     # "|---|:---:|"
_HEADER_WORDS = re.compile(r"[A-Za-z][A-Za-z .,'\u2019&()-]{2,60}")
# what a header adds after what the column counts: "Study permits, Jan–Oct 2023", "International intake (fall)"
# (not a unit: "Export revenue (C$bn)", "Premium (U.S. cents/lb)", "Jobs (000s)", "Exports (TWh)" say what a cell is)
_QUALIFIER = re.compile(r"[ \t]*(?:\((?![^()]*(?:[$€£¥/%]|\b(?:bn|mn|m|millions?|billions?|thousands?|000s|[kmgt]wh|mw|"
                        r"tonnes?|t|lb|kg|cents?)\b))[^()]*\)|,[^,()]*\d[^,()]*)[ \t]*$", re.I)
# "Change", "vs. last winter", "Year ago": a column that compares, whose cells are no count of their own
_COMPARED = re.compile(r"\b(?:change|chg|vs|versus|ago|difference|diff)\b", re.I)
# a column headed by a period ("Q4 2025", "February 2026", "Winter 2024-25", "2025"): what its cells are, the row's
# label says ("| Quebec SC6 shipments (tonnes) | 61,000 | 74,000 |")
_PERIOD = re.compile(r"(?:(?:Q[1-4]|H[12]|FY|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|[Ww]inter|"
                     r"[Ss]ummer|[Ss]pring|[Ff]all|[Aa]utumn)[ \t]+)?(?:19|20)\d\d(?:[-\u2013/]\d\d(?:\d\d)?)?"
                     r"[FEfe]?")   # ("2025F": a forecast)
# a money column: "2025 revenue (C$ million)", "Export revenue (C$bn)", "Sales ($M)"
_MONEY_HEADER = re.compile(r"\((?P<cur>C\$|CA\$|US\$|A\$|NZ\$|\$|\u20ac|\u00a3)[ \t]?(?P<scale>millions?|billions?|thousands?|"
                           r"mn|bn|m|b|k)?\)", re.I)
_ROW_LABEL = re.compile(r"[A-Za-z][\w .,'\u2019&()/$%-]{2,70}")
HEADER_LOOKUP = 40          # table rows above a cell that are searched for its header


def _cells(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The header of the table column whose cell is exactly ``text[start:end]``, and its row's first cell (None
    when the number is no cell of a table with a header)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if not before.lstrip().startswith("|") or before.rstrip(" \t")[-1:] != "|" or after.lstrip(" \t")[:1] != "|":
        return None
    column = before.count("|") - 1
    end_above = line_start - 1                       # the rows above, read upwards one line at a time
    for _ in range(HEADER_LOOKUP):
        if end_above <= 0:
            return None
        start_above = text.rfind("\n", 0, end_above) + 1
        row = text[start_above:end_above]
        if not row.lstrip().startswith("|"):
            return None
        if _SEPARATOR.fullmatch(row) and start_above > 0:
            header_row = text[text.rfind("\n", 0, start_above - 1) + 1:start_above - 1]
            cells = header_row.strip().strip("|").split("|")
            header = cells[column].strip().strip("*_ ") if column < len(cells) else ""
            label = text[line_start:line_end].strip().strip("|").split("|")[0].strip().strip("*_ ") if column else ""
            return header, label
        end_above = start_above - 1
    return None


def column_header(text: str, start: int, end: int) -> str:
    """The header of the table column whose cell is exactly ``text[start:end]`` (lower case), or ``""``."""
    found = _cells(text, start, end)
    if found is None:
        return ""
    header, label = found
    if _PERIOD.fullmatch(header) and label:          # "| | Q3 2025 | Q4 2025 |": the row says what it counts
        return label if _ROW_LABEL.fullmatch(label) and not _COMPARED.search(label) else ""
    bare = _QUALIFIER.sub("", header)
    header = bare if " " in bare or "(" not in header else header   # "Seats, winter 2024-25": seats (not
    # "Close (Oct 16)": a price, whatever it closed at)
    return header.lower() if _HEADER_WORDS.fullmatch(header) and not _COMPARED.search(header) else ""


def money_unit(text: str, start: int, end: int) -> str:
    """The currency and scale a money column's header gives its cells ("2025 revenue (C$ million)" -> "CAD
    million"), or ``""``."""
    found = _cells(text, start, end)
    m = _MONEY_HEADER.search(found[0]) if found else None
    if m is None or _COMPARED.search(found[0]):
        return ""
    scale = (m.group("scale") or "").lower()
    return f"{unit(m.group('cur'))} {SCALE_WORDS.get(scale, scale.rstrip('s'))}".strip()
