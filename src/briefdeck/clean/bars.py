"""Bars of links and menus on one line: "Home | News | Business", "Sections ▾   Schools   Sports", a section's trail
("Local News / Border and Trade"): page furniture, told apart from a table's row and from a headline."""
from __future__ import annotations

import re

MARKDOWN_LINK = re.compile(r"\[([^\]\n]{1,80})\]\([^)\s]*\)")


# "Home | News | Business | Sports", "News   Sport   Football   Rugby", "Share: Facebook | X | Email":
# a bar of short links, each a few words, never a sentence (a table row, "| a | b |", is left alone)
_BAR_SPLIT = re.compile(r"[ \t]*[|\u00b7\u2022\u25b8][ \t]*|[ \t]{3,}|[ \t]+[/>\u203a\u00bb\u2192][ \t]+")
_CRUMB = re.compile(r"[ \t]+[>\u203a\u00bb\u2192][ \t]+")      # "Local > Labour", "Sports › Hockey", "News → Zoning"
_BAR_ITEM = re.compile(r"[\w&’'][\w&’'.:/ -]{0,40}(?:\(\d{1,2}:\d\d\)|[+-])?")   # "Listen (7:12)", "A- A+"
# "Local News / Border and Trade", "Security · The Long Read": a section's trail, every word capitalised
_TITLED = r"[A-Z][\w&’'.-]*(?:[ \t]+(?:[A-Z][\w&’'.-]*|and|of|&)){0,3}"
_TITLED_PAIR = re.compile(rf"{_TITLED}[ \t]+[/\u00b7][ \t]+{_TITLED}")
_ABBREVIATED = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")    # "B.C.", "U.S.": an item, not a sentence
_BUTTONS = re.compile(r"(?:\[[^\[\]\n]{1,30}\][ \t]*){3,}")    # a row of buttons, each in its brackets
BAR_ITEMS = 3
BAR_ITEM_WORDS = 4
BAR_LENGTH = 240


def _cells(line: str) -> int:
    return len([item for item in _BAR_SPLIT.split(line.strip()) if item])


def is_link_bar(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a bar of links; a row of a table (a line beside it has as many cells) is not."""
    stripped = MARKDOWN_LINK.sub(r"\1", lines[i].strip())       # "[Save](#) · [Share](#) · A A A"
    stripped = stripped.replace("**", "")                        # "**THE LEDGER** | [Markets](…) | …": the site's name
    if _BUTTONS.fullmatch(stripped):
        return True                                              # "[Share] [Save] [Gift this article] [Comments (47)]"
    if len(stripped) > BAR_LENGTH or stripped.startswith("|") or stripped.endswith("|") or not (
            "|" in stripped or "\u00b7" in stripped or "\u2022" in stripped or "   " in stripped
            or " / " in stripped or _CRUMB.search(stripped)):
        return False
    items = [item for item in _BAR_SPLIT.split(stripped) if item]
    if len(items) < (2 if _CRUMB.search(stripped) or _TITLED_PAIR.fullmatch(stripped) else BAR_ITEMS) or any(
            sum(len(w) > 1 for w in item.split()) > BAR_ITEM_WORDS         # "Text size A A A": letters don't count
            or not _BAR_ITEM.fullmatch(item) or item.endswith(".") and not _ABBREVIATED.search(item) for item in items):
        return False
    bar = next((c for c in "|\u00b7\u2022" if c in stripped), None)     # (a trail beside it, "Home > …", is no table)
    return not any(0 <= k < len(lines) and _cells(lines[k]) == len(items) and (bar is None or bar in lines[k])
                   for k in (i - 1, i + 1))


# a table's row is "Region | Jobs | Change" (one space around each bar): a menu sets its items further apart
_MENU_SPLIT = re.compile(r"\s+[\u00b7\u2022]\s+|\s{2,}\|\s*|\s*\|\s{2,}|[ \t]{3,}")
MENU_PARTS = 4            # a line of this many short parts, with no sentence and no table in it, is a menu
_LABEL = re.compile(r"^[^:|]{1,30}:\s+")


def menu_line(line: str) -> bool:
    """"Sections ▾   Schools   Sports   Obituaries", "Find it fast: Pay a bill | Report a pothole | City jobs":
    a menu (a table's row has numbers in its cells). Items set apart by two spaces only ("About us  Contact  Work
    for us  …") are a menu when every item opens on a capital and some run to two words or more, as a table's head
    ("Region  Jobs  Change  Share  Total") does not; eight such items or more are a menu whatever their length."""
    if "   " not in line and "\u00b7" not in line and "\u2022" not in line and "|" not in line:
        parts = re.split(r"[ \t]{2}", line.strip()) if "  " in line else []
        longer = 0 if len(parts) >= 8 else 1 if len(parts) > 5 else 2     # items of two words or more it needs
        return len(parts) > MENU_PARTS and all(p[:1].isupper() for p in parts) and _short_parts(parts) \
            and sum(" " in p for p in parts) >= longer
    parts = _MENU_SPLIT.split(_LABEL.sub("", line))
    return len(parts) >= MENU_PARTS and _short_parts(parts)


def _short_parts(parts: list[str]) -> bool:
    return all(1 <= len(p.split()) <= 5 and not p.endswith((".", "?", "!")) for p in parts) \
        and sum(bool(re.search(r"\d", p)) for p in parts) <= 1
