"""Where the turns of a transcript or a thread break: its paragraphs, and a line of its own for each "Q:" or "A:",
a trial's "Q." and "A." lines, a label in capitals, a dated chat message."""
from __future__ import annotations

import re

from briefdeck.extract.turn_labels import CLIP_LINE, DASH_LABEL, NUMBERED_LABEL, PHONE_STAMP, someones


def paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs between ``start`` and ``end``, as spans without their blank lines."""
    out, pos = [], start
    for k, block in enumerate(re.split(r"(\n[ \t]*\n)", text[start:end])):
        if block.strip() and k % 2 == 0:           # (the odd ones are the blank lines between)
            lead = len(block) - len(block.lstrip())
            out.append((pos + lead, pos + len(block.rstrip())))
        pos += len(block)
    return out


def turn_paragraphs(text: str) -> list[tuple[int, int]]:
    """The text's paragraphs; a "Q:", "A:" or "SOT:" line, a trial's "Q." and "A." lines and its "THE COURT:   …"
    turns, or a dated chat message, is a paragraph of its own even with no blank line before it (a TV script's clip
    right under its "SUPER: Jo Doe, …")."""
    out, pos = [], 0
    for block in re.split(r"(\n\s*\n|\n(?=[*_]{0,2}(?:[QA]|SOT)[*_]{0,2}[ \t]*:|[QA]\.[ \t]|\[\d{4}-\d\d-\d\d,? \d"
                          r"|" + PHONE_STAMP +
                          r"|(?:(?:MR|MS|MRS|DR)\.[ \t])?[A-Z][A-Z'\-]+(?:[ \t][A-Z][A-Z'\-]+){0,3}:[ \t]{2}|---))", text):   # (and a
        # chat export's "[2025-11-19, 10:42:13] Jo Doe: …" or "18/11/2025, 05:41 - Jo Doe: …" under the message before it)
        if block.strip() and not block.startswith("\n"):
            lead = len(block) - len(block.lstrip())
            out.append((pos + lead, pos + len(block.rstrip())))
        pos += len(block)
    out = [part for span in out for part in _under_super(text, span)]
    merged: list[tuple[int, int]] = []
    for span in out:                                  # "Jo Doe -- Chief Financial Officer", a blank line, her words:
        if merged and text.find("\n", *merged[-1]) < 0 and (someones(DASH_LABEL.match(text, merged[-1][0]))
                                                            or NUMBERED_LABEL.match(text, merged[-1][0])
                                                            or CLIP_LINE.match(text, merged[-1][0])):
            merged[-1] = (merged[-1][0], span[1])     # one turn, as when her words start on the next line
        else:
            merged.append(span)
    return merged


# a TV script's clip: "(SOT)" and its lower third ("SUPER: Jo Doe" over her role) on lines of their own, then her label
_SUPERED = re.compile(r"[ \t]*(?:\((?:SOT|SOUNDBITE|BITE)\)|SUPER[ \t]*:)")
_CAPS_LABEL = re.compile(r"\n(?=(?:(?:MR|MS|MRS|DR)\.[ \t])?[A-Z][A-Z'\u2019.\-]+(?:[ \t]+[A-Z][A-Z'\u2019.\-]+){1,3}:[ \t])")


def _under_super(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A clip's cue and lower third, then the speaker's label and words in the same paragraph: two paragraphs, so
    the words open on their label."""
    start, end = span
    if not _SUPERED.match(text, start):
        return [span]
    label = _CAPS_LABEL.search(text, start, end)
    return [span] if label is None else [(start, label.start()), (label.end(), end)]
