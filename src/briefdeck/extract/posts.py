"""A post on a professional network pasted whole with its comments: the post is its author's words, and each
comment its commenter's.

    Jo Doe • 2nd
    Senior Process Engineer at Acme | P.Eng.

    Eleven years, two plants, one layoff letter. …

    Sam Roe • 3rd+
    Plant Manager, Powertrain Components
    3d
    Respectfully, seniority is the fairest tool we have. …

        Jo Doe  Author
        3d
        Sam, that is not what I am arguing. …

Each one opens on its writer's name with how far they are in the reader's network ("• 2nd") or, on the author's
replies, "Author"; under it may stand the writer's headline (read as their role) and how long ago they wrote.
Their paragraphs of five words or more, up to the next name, are theirs. It takes two such names.
"""
from __future__ import annotations

import re

from briefdeck.extract.interviews import MIN_WORDS, Answer
from briefdeck.extract.turn_paragraphs import paragraph_spans

_HEAD = re.compile(r"^[ \t]*(?P<name>[A-ZÀ-Þ][\w’'.\-]+(?:[ \t]+[A-ZÀ-Þ][\w’'.\-]+){1,3})[ \t]+"
                   r"(?:[\u2022\u00b7][ \t]+(?:1st|2nd|3rd\+?)|Author)[ \t]*(?:\n|\Z)", re.M)
_AGO = re.compile(r"[ \t]*\d{1,2}[ \t]?(?:s|m|h|d|w|mo|y|yr)\b[^\n]{0,40}")     # "3d", "4d • Edited"
_ENDS = re.compile(r"[.!?\u201d\"][ \t]*$")
MIN_HEADS = 2
HEADLINE_WORDS = 25


def answers(text: str) -> list[Answer]:
    """The post's and each comment's paragraphs, as their writers' words; [] for a text that is no such post."""
    if "\u2022" not in text and "Author" not in text:
        return []
    heads = list(_HEAD.finditer(text))
    if len(heads) < MIN_HEADS:
        return []
    out: list[Answer] = []
    for k, head in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        pos, role = head.end(), ""
        for _ in range(2):                     # the headline, then how long ago, each on a line of its own
            line_end = text.find("\n", pos, end)
            line = text[pos:line_end if line_end >= 0 else end]
            if not line.strip() or _ENDS.search(line) and "|" not in line or len(line.split()) > HEADLINE_WORDS:
                break
            if not _AGO.fullmatch(line):
                role = role or line.strip()
            pos = line_end + 1 if line_end >= 0 else end
        for s, e in paragraph_spans(text, pos, end):
            if len(text[s:e].split()) >= MIN_WORDS:
                out.append(Answer(s, e, head.group("name"), role))
    return out
