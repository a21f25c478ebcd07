"""First names and the gender most of their bearers have: the hand-made lists of :mod:`lexicon` first, then
the long table in first_names.tsv (see its header)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from briefdeck.extract.lexicon import FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES


def _name_table() -> dict[str, str]:
    """First names given almost only to women ("f") or to men ("m"): first_names.tsv (see its header)."""
    with (files("briefdeck.extract") / "first_names.tsv").open(encoding="utf-8") as lines:
        return dict(line.rstrip("\n").split("\t") for line in lines if not line.startswith("#"))


_NAMES = _name_table()


def fold(word: str) -> str:
    """"mélanie" -> "melanie": the table is written without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _part_gender(low: str, table: bool) -> str:
    if not table and low in UNISEX_NAMES:
        return ""                       # the lists' gender for "Dana" is only a guess
    if low in FEMALE_NAMES or low in MALE_NAMES:
        return "f" if low in FEMALE_NAMES else "m"
    return _NAMES.get(low) or _NAMES.get(fold(low), "") if table else ""


# leaders the news calls by their family name alone ("Xi said"), in the lists of men's names for that: as part of a
# double given name ("Wen-Li", "Hui-Wen") they say nothing of who bears it
_FAMILY_NAMES = frozenset("xi hu li wen".split())
# a French double first name takes its first part's gender, whatever the second's ("Jean-Marie", "Marie-Claude")
_FRENCH_DOUBLE = {"jean": "m", "marie": "f", "anne": "f"}


@lru_cache(maxsize=8192)                # asked of every capitalised word, again and again
def first_name_gender(first: str, table: bool = True) -> str:
    """"f", "m" or "" for a first name; a double one ("Kerry-Ann", "Jean-Luc") by its parts, if they agree (with
    the hand-made lists alone, only if they know every part).

    The hand-made lists come first; ``table`` adds the long table of names (first_names.tsv), which
    also holds names some of whose bearers are of the other gender ("Lindsey").
    """
    low = first.lower()
    whole = _NAMES.get(low, "") if table and "-" in low and low not in FEMALE_NAMES and low not in MALE_NAMES else ""
    if whole:
        return whole
    if "-" in low and low.split("-")[0] in _FRENCH_DOUBLE:
        return _FRENCH_DOUBLE[low.split("-")[0]]       # "Jean-François", "Jean-Marie": a man; "Marie-Ève": a woman
    parts = [_part_gender(part, table) if "-" not in low or part not in _FAMILY_NAMES else "" for part in low.split("-")]
    if not table and "" in parts:
        return ""                       # "Jean-Philippe": the lists know "Jean" (a woman's name), not the whole
    found = set(parts) - {""}
    return found.pop() if len(found) == 1 else ""


_FIRST_NAMES = FEMALE_NAMES | MALE_NAMES


def title_as_surname(words: list[str], i: int) -> bool:
    """Whether a title word ends a name after a first name: "Rebecca Cardinal", "Mary Bishop", "Ada King",
    "Peter T. King"."""
    if i != len(words) - 1 or i < 1:
        return False
    before = i - 1
    if before > 0 and re.fullmatch(r"[A-Z]\.?", words[before]):
        before -= 1                                     # a middle initial
    return words[before].lower() in _FIRST_NAMES or bool(first_name_gender(words[before]))   # ("Leona Cardinal")
