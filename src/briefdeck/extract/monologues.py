"""A video's transcript spoken by one person, with no labels: a creator's post, a vlog, a short explainer.

    corinne.sews · Corinne Doe · 3-14
    one year of buying nothing american … I'm Corinne Doe, I sew and thrift in Montreal.
    Transcript
    Okay so it has been exactly one year since I decided …

Once the captions' times are gone (:func:`briefdeck.clean.subtitles.timed_lines`), what is under a "Transcript"
heading is the words of the one who says who they are above it ("I'm Corinne Doe", "My name is …") or in its first
lines ("Dale Doe here from …"), paragraph by paragraph (a few sentences at a time when the captions ran into one),
when most of it is said in the first person and none of it is labelled as another speaker's.
"""
from __future__ import annotations

import re

from briefdeck.extract import sentences
from briefdeck.extract.chevrons import SELF_NAMED
from briefdeck.extract.interviews import FULL_NAME, Answer
from briefdeck.extract.plain_interviews import FIRST_PERSON, MIN_WORDS
from briefdeck.extract.turn_labels import LABEL
from briefdeck.extract.turn_paragraphs import paragraph_spans

_HEADING = re.compile(r"^[ \t]*(?:video )?transcript[ \t]*:?[ \t]*$", re.M | re.I)
MIN_PARAGRAPHS = 3
CHUNK = 3                  # sentences a quotation, when the captions ran into one paragraph
# "Hey everybody, Dale Doe here from Doe Comfort in Winnipeg": who speaks, in the transcript's first lines
_HERE = re.compile(r"(?:^|[,.!?][ \t]+)(" + FULL_NAME + r")[ \t]+here\b")


def answers(text: str) -> list[Answer]:
    """Each paragraph of a one-speaker transcript (or, when its captions ran into one paragraph, each few sentences),
    with the speaker; [] when ``text`` is no such transcript."""
    heading = _HEADING.search(text) if "ranscript" in text else None
    if heading is None or ">>" in text:
        return []
    named = SELF_NAMED.search(text, 0, heading.start()) or _HERE.search(text, heading.end(), heading.end() + 300)
    if named is None:
        return []
    paras = [(s, e) for s, e in paragraph_spans(text, heading.end(), len(text)) if len(text[s:e].split()) >= MIN_WORDS]
    if len(paras) < MIN_PARAGRAPHS:                  # captions joined into one run: a few sentences a quotation
        spans = [(heading.end() + s, heading.end() + e) for s, e in sentences.split(text[heading.end():])]
        paras = [(spans[k][0], spans[min(k + CHUNK, len(spans)) - 1][1]) for k in range(0, len(spans), CHUNK)]
    if len(paras) < MIN_PARAGRAPHS or any(LABEL.match(text, s) for s, _ in paras) \
            or 2 * sum(bool(FIRST_PERSON.search(text, s, e)) for s, e in paras) < len(paras):
        return []
    return [Answer(s, e, named.group(1), "") for s, e in paras]
