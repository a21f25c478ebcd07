"""What a transcription app's export puts over the turns it transcribed:

    SUMMARY KEYWORDS
    ports, rail, tariffs, capacity, shippers

    SPEAKERS
    Speaker 3, Jo Doe, Al Roe

Each heading goes with the line of words or names under it (a list set apart by commas, with no sentence in it).
The turns stay: who said what is read from their labels (:mod:`briefdeck.extract.turn_labels`).
"""
from __future__ import annotations

import re

from briefdeck.clean.edits import Step, apply

_ITEM = r"(?:(?!--|[ \t][\u2014\u2013-][ \t])[^\n.!?:;,]){1,40}"      # a word or a name, not "Jo Doe -- Minister"
_HEAD = re.compile(rf"^[ \t]*(?P<what>SUMMARY KEYWORDS|KEYWORDS|SPEAKERS|PARTICIPANTS)[ \t]*\n[ \t]*"
                   rf"{_ITEM}(?:,[ \t]*{_ITEM}){{2,40}}[ \t]*(?:\n|\Z)", re.M)


def strip(text: str) -> Step:
    """Remove an app export's keyword and speaker lists, each with its heading."""
    if "KEYWORDS\n" not in text and "SPEAKERS\n" not in text and "PARTICIPANTS\n" not in text:
        return apply(text, "transcript app", [])
    return apply(text, "transcript app", [(m.start(), m.end(), "", f"transcript app's {m.group('what').lower()}")
                                          for m in _HEAD.finditer(text)])
