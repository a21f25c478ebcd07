"""A speech released as its text ("Check against delivery"): every paragraph of it is the speaker's words.

    CHECK AGAINST DELIVERY

    Remarks by the Honourable Jo Doe, Minister of Economic Development

    Thank you, Sam. Good morning, everyone.

    I am not going to stand here and tell you this has been a good year. …

    [Applause]

The speaker is the person the release names, on a line of its own near its top, after "Remarks by", "Speaking notes
for", "Speech by" or "Address by" (cleaning has taken out its "Check against delivery"). Each paragraph after that
line that ends like a sentence is theirs: not the occasion, place and date under the title, the subheads the
release adds, "[Applause]", nor "-30-". Whom the speaker quotes inside their speech ("She said: “…”") is read
as in any text.
"""
from __future__ import annotations

import re

from briefdeck.extract.interviews import FULL_NAME, Answer
from briefdeck.extract.turn_paragraphs import paragraph_spans

_BY = re.compile(r"^[ \t*_]*(?:Remarks|Speaking notes|Notes for remarks|Speech|Address|Keynote address)[ \t]+(?:by|for|of)"
                 r"[ \t]+(?:the[ \t]+)?(?:(?:Honourable|Hon\.|Right Honourable|Premier|Minister|Mayor|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)"
                 r"[ \t]+)*(" + FULL_NAME + r")", re.M)
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
    out = []
    for s, e in paragraph_spans(text, start, len(text)):
        para = text[s:e]
        if "\n" not in para and _SENTENCE_END.search(para) and len(para.split()) >= MIN_WORDS \
                and not para.lstrip().startswith("["):
            out.append(Answer(s, e, by.group(1), ""))
    return out
