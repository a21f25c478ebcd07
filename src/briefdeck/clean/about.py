"""What a page says about its writer or its publisher after the story, under a heading of its own: "About Ruth" /
"Ruth Doe is a labour economist who …", "About the Capital Region Transit Authority" / "CRTA operates 52 bus
routes …", or with the label opening the paragraph ("*About Jess:* I'm Jess, a former …").

The heading names someone or something, or says whose it is ("About the author", "About us"); under it, up to
the next heading or the end, at most a few short paragraphs in which nobody is quoted. Such a heading in the
first half of the text ("About the plan" is not one anyway) is the story's and stays.
"""
from __future__ import annotations

import re

from briefdeck.clean.blocks import Para, paragraphs, remove
from briefdeck.clean.edits import Step

_WHOSE = r"(?:the )?(?:authors?|writers?|reporters?|reviewers?|contributors?|photographers?|company|organi[sz]ation|publisher|newsletter|blog|site)|us|me"
_NAMED = r"(?:the\s+)?(?-i:[A-Z][\w’'&.\-]*)(?:\s+(?:of|for|and|&|the|(?-i:[A-Z][\w’'&.\-]*))){0,8}"
_HEADING = re.compile(rf"(?:#{{1,6}}\s*)?[*_]{{0,2}}about (?:{_WHOSE}|{_NAMED})[*_]{{0,2}}:?[*_]{{0,2}}", re.I)
_LABEL = re.compile(r"[*_]{0,2}about (?-i:[A-Z][\w’'.\-]*)(?: (?-i:[A-Z][\w’'.\-]*)){0,2}\s*:\s*[*_]{0,2}\s*\S", re.I)
_NEXT_BOX = re.compile(r"#|\*\*[^*]+\*\*$|[A-Z][A-Z\s’'&-]+$")         # the next box's heading ends the section
QUOTED = re.compile(r"[\u201c\u201d\"]|\b(?:said|says|told)\b")     # someone is quoted: not boilerplate
MAX_WORDS, MAX_PARAGRAPHS = 120, 4
_TAIL = 0.5


def is_heading(text: str) -> bool:
    """ "About the Harbour Authority", "About us": the heading of what a page says about someone."""
    return bool(_HEADING.fullmatch(text))


def _next_box(p: Para) -> bool:
    return bool(_NEXT_BOX.match(p.text) or _HEADING.fullmatch(p.text))


def find(text: str) -> list[list[Para]]:
    """Each "About …" section after the story: its heading and the paragraphs under it (or a labelled paragraph)."""
    paras = paragraphs(text)
    runs: list[list[Para]] = []
    i = 0
    while i < len(paras):
        p = paras[i]
        i += 1
        if p.start < len(text) * _TAIL or p.words > MAX_WORDS or QUOTED.search(p.text):
            continue
        if _LABEL.match(p.text):
            runs.append([p])
            continue
        if not _HEADING.fullmatch(p.text):
            continue
        j = i
        while j < len(paras) and j - i < MAX_PARAGRAPHS and not _next_box(paras[j]):
            if paras[j].words > MAX_WORDS or QUOTED.search(paras[j].text):
                break
            j += 1
        if j > i and (j == len(paras) or _next_box(paras[j])):       # it runs to the end, or to the next box
            runs.append(paras[i - 1:j])
            i = j
    return runs


def strip(text: str) -> Step:
    """Remove each "About …" section after the story, as one change."""
    return remove(text, "about", [(run, "about the writer or publisher") for run in find(text)])
