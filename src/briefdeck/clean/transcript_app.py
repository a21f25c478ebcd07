"""What a transcription app's export puts over the turns it transcribed:

    SUMMARY KEYWORDS
    ports, rail, tariffs, capacity, shippers

    SPEAKERS
    Speaker 3, Jo Doe, Al Roe

Each heading goes with the line of words or names under it (a list set apart by commas, with no sentence in it).
So does a video's or a podcast's list of chapters, each a time and a title on a line of its own ("0:41 The panel
shop", "(12:05) Listener mail"), three or more running forward, with its "Chapters" heading.
The turns stay: who said what is read from their labels (:mod:`briefdeck.extract.turn_labels`).
"""
from __future__ import annotations

import re

from briefdeck.clean.edits import Step, apply
from briefdeck.clean.subtitles import seconds

_ITEM = r"(?:(?!--|[ \t][\u2014\u2013-][ \t])[^\n.!?:;,]){1,40}"      # a word or a name, not "Jo Doe -- Minister"
_HEAD = re.compile(rf"^[ \t]*(?P<what>SUMMARY KEYWORDS|KEYWORDS|SPEAKERS|PARTICIPANTS)[ \t]*\n[ \t]*"
                   rf"{_ITEM}(?:,[ \t]*{_ITEM}){{2,40}}[ \t]*(?:\n|\Z)", re.M)


def strip(text: str) -> Step:
    """Remove an app export's keyword and speaker lists, each with its heading."""
    if "KEYWORDS\n" not in text and "SPEAKERS\n" not in text and "PARTICIPANTS\n" not in text:
        return apply(text, "transcript app", [])
    return apply(text, "transcript app", [(m.start(), m.end(), "", f"transcript app's {m.group('what').lower()}")
                                          for m in _HEAD.finditer(text)])


_CHAPTER = re.compile(r"^[ \t]*[(\[]?(\d{1,2}):(\d{2})(?::(\d{2}))?[)\]]?[ \t]*[-\u2013\u2014|]?[ \t]*[^\s\d][^\n.!:]{1,80}\??[ \t]*$",
                      re.M)
_CHAPTERS_HEAD = re.compile(r"^[ \t]*(?:chapters|timestamps|in this episode|episode chapters)[ \t]*:?[ \t]*\n", re.M | re.I)
MIN_CHAPTERS = 3


def chapters(text: str) -> Step:
    """Remove a video's or a podcast's list of chapters (three or more lines of a time and a title, in order)."""
    runs: list[list[re.Match]] = []
    for m in _CHAPTER.finditer(text) if ":" in text else ():
        if runs and text.count("\n", runs[-1][-1].end(), m.start()) == 1 and seconds(m) > seconds(runs[-1][-1]):
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in (r for r in runs if len(r) >= MIN_CHAPTERS):
        start = run[0].start()
        head = _CHAPTERS_HEAD.search(text, max(0, start - 40), start)
        start = head.start() if head and head.end() == start else start
        end = run[-1].end() + (text[run[-1].end():run[-1].end() + 1] == "\n")
        out.append((start, end, "", "a list of chapters"))
    return apply(text, "transcript app", out)
