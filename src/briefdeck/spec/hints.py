"""Hints for diagnostics: the name the user probably meant, and text that is almost in the source."""
from __future__ import annotations

import difflib


def did_you_mean(word: str, choices) -> str | None:
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def near_miss(exact: str, text: str) -> str | None:
    """A hint when ``exact`` is in ``text`` but for spacing, capitals or quote marks."""
    def fold(s: str) -> str:
        table = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-",
                               "\u2013": "-"})
        return " ".join(s.translate(table).casefold().split())
    if fold(exact) and fold(exact) in fold(text):
        return "the source has it with different spacing, capitals or quote marks: copy it exactly"
    return None
