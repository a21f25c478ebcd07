"""A video's transcript spoken by one person, with no labels: a creator's post, a vlog, a short explainer.

    corinne.sews · Corinne Doe · 3-14
    one year of buying nothing american … I'm Corinne Doe, I sew and thrift in Montreal.
    Transcript
    Okay so it has been exactly one year since I decided …

Once the captions' times are gone (:func:`briefdeck.clean.subtitles.timed_lines`), what is under a "Transcript"
heading is the words of the one who says who they are above it ("I'm Corinne Doe", "My name is …"), paragraph by
paragraph, when most of its paragraphs are said in the first person and none is labelled as another speaker's.
"""
from __future__ import annotations

import re

from briefdeck.extract.chevrons import SELF_NAMED
from briefdeck.extract.interviews import Answer
from briefdeck.extract.plain_interviews import FIRST_PERSON, MIN_WORDS
from briefdeck.extract.turn_labels import LABEL
from briefdeck.extract.turn_paragraphs import paragraph_spans

_HEADING = re.compile(r"^[ \t]*(?:video )?transcript[ \t]*:?[ \t]*$", re.M | re.I)
MIN_PARAGRAPHS = 3


def answers(text: str) -> list[Answer]:
    """Each paragraph of a one-speaker transcript, with the speaker; [] when ``text`` is no such transcript."""
    heading = _HEADING.search(text) if "ranscript" in text else None
    if heading is None or ">>" in text:
        return []
    named = SELF_NAMED.search(text, 0, heading.start())
    if named is None:
        return []
    paras = [(s, e) for s, e in paragraph_spans(text, heading.end(), len(text)) if len(text[s:e].split()) >= MIN_WORDS]
    if len(paras) < MIN_PARAGRAPHS or any(LABEL.match(text, s) for s, _ in paras) \
            or 2 * sum(bool(FIRST_PERSON.search(text, s, e)) for s, e in paras) < len(paras):
        return []
    return [Answer(s, e, named.group(1), "") for s, e in paras]
