"""A speech released as its text ("Check against delivery"): every paragraph of it is the speaker's words.

    CHECK AGAINST DELIVERY

    Remarks by the Honourable Jo Doe, Minister of Economic Development

    Thank you, Sam. Good morning, everyone.

    I am not going to stand here and tell you this has been a good year. …

    [Applause]

The speaker is the person the release names, on a line of its own near its top, after "Remarks by", "Speaking notes
for", "Speech by" or "Address by" (cleaning has taken out its "Check against delivery"). Each paragraph after that
line that ends like a sentence is theirs: not the occasion, place and date under the title, the subheads the
release adds, "[Applause]", nor "-30-". A part headed "Introduction by Al Roe" is his, up to the next such head
("Address by Jo Doe"). Whom the speaker quotes inside their speech ("She said: “…”") is read
as in any text.
"""
from __future__ import annotations

import re

from briefdeck.extract.interviews import FULL_NAME, Answer
from briefdeck.extract.turn_paragraphs import paragraph_spans

_BY = re.compile(r"^[ \t*_]*(?:Remarks|Speaking notes|Notes for remarks|Speech|Address|Keynote address)[ \t]+(?:by|for|of)"
                 r"[ \t]+(?:the[ \t]+)?(?:(?:Honourable|Hon\.|Right Honourable|Premier|Minister|Mayor|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)"
                 r"[ \t]+)*(" + FULL_NAME + r")", re.M)
# a part of the release that hands the floor to someone else, on a line of its own: "INTRODUCTION BY JO DOE,
# PRESIDENT, ACME BOARD OF TRADE", then "ADDRESS BY AL ROE" over the speech itself
_SECTION_BY = re.compile(r"^[ \t*_#]*(?i:(?:opening |closing )?(?:introduction|introductory remarks|welcome|remarks|address|"
                         r"speech|keynote address|vote of thanks))[ \t]+(?i:by|from)[ \t]+(" + FULL_NAME + r")"
                         r"[ \t]*(?:,[^\n]*)?[*_]*[ \t]*$", re.M)
_SENTENCE_END = re.compile(r"[.!?:\u201d\"][ \t]*$")
HEAD_LINES = 12             # how far down the release its speaker may be named
MIN_WORDS = 2               # "Thank you." closes the speech; a subhead has no full stop


def answers(text: str) -> list[Answer]:
    """The speech's paragraphs, as its speaker's words; [] for a text that is no speech as delivered."""
    head = "\n".join(text.split("\n", HEAD_LINES)[:HEAD_LINES])     # its first lines, where the speaker is named
    by = _BY.search(head) if any(word in head for word in ("emarks", "peech", "ddress", "otes for")) else None
    if by is None:
        return []
    start = text.find("\n", by.end()) + 1
    sections = [(m.start(), m.group(1).title() if m.group(1).isupper() else m.group(1))
                for m in _SECTION_BY.finditer(text, start)]
    out = []
    for s, e in paragraph_spans(text, start, len(text)):
        para = text[s:e]
        if "\n" not in para and _SENTENCE_END.search(para) and len(para.split()) >= MIN_WORDS \
                and not para.lstrip().startswith("["):
            speaker = next((who for at, who in reversed(sections) if at < s), by.group(1))
            out.append(Answer(s, e, speaker, ""))
    return out
