"""Who "her son", "his wife" or "the minister" is: the name the text gives beside the same words ("Her son, Daniel
Doe, said …", "That daughter, Jo Doe, …"), or the other of a couple named together ("Kyle and Dana Leblanc")."""
from __future__ import annotations

import re

from briefdeck.extract.bodies import FIRM_LOOKBACK
from briefdeck.extract.first_names import first_name_gender

# "When Kyle and Dana Leblanc bought …": a couple by their first names and the surname they share
_COUPLE = re.compile(r"\b([A-Z][a-z]+)[ \t]+and[ \t]+([A-Z][a-z]+)[ \t]+[A-Z][\w\u2019'\-]+")
_SPOUSES = {"husband": "m", "wife": "f", "partner": ""}
_NAMED_AFTER = 600       # how far after "her daughter recalled, “…”" the text may give her name


def named_relation(description: str, text: str, at: int) -> tuple[int, int] | None:
    """Where the name is that "her son" at ``at`` was given before ("Her son, Daniel Doe, said …") or just after;
    "the minister" is whoever a minister was named as ("Ontario's trade minister, Jo Doe, called …")."""
    words = description.split()
    if len(words) != 2 or words[0].lower() not in ("his", "her", "their", "the") or not words[1].isalpha():
        return None
    before = "" if words[0].lower() == "the" else rf"(?i:{words[0]}|that)[ \t]+"      # ("That daughter, Jo Doe,")
    pattern = re.compile(rf"\b{before}{re.escape(words[1])},[ \t]+"
                         r"([A-Z][\w\u2019'\-]*(?:[ \t]+[A-Z][\w\u2019'.\-]*){0,3}),")
    found = [m.span(1) for m in pattern.finditer(text, max(0, at - FIRM_LOOKBACK), at)][-1:] \
        or [m.span(1) for m in pattern.finditer(text, at, at + _NAMED_AFTER)][:1]      # or just after the quotation
    return found[0] if found else _spouse(words[0].lower(), words[1].lower(), text, at)


def _spouse(owner: str, noun: str, text: str, at: int) -> tuple[int, int] | None:
    """Where the first name is of "her husband" after "Kyle and Dana Leblanc …": the one of the couple of the
    husband's gender (a partner's: not the "her"'s), else the one the text did not name last."""
    couples = [m for m in _COUPLE.finditer(text, max(0, at - FIRM_LOOKBACK), at)
               if first_name_gender(m.group(1), False) or first_name_gender(m.group(2), False)]
    if owner not in ("his", "her") or noun not in _SPOUSES or not couples:
        return None
    m, want = couples[-1], _SPOUSES[noun] or ("f" if owner == "his" else "m")
    fit = [k for k in (1, 2) if first_name_gender(m.group(k)) == want]
    fit = fit if len(fit) == 1 else [3 - max((1, 2), key=lambda k: text.rfind(m.group(k), 0, at))]
    return m.span(fit[0])
