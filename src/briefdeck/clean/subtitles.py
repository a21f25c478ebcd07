"""A subtitle file (SubRip) pasted as text: numbered cues, each under the time it is on screen. (Two cousins are read
too: a call saved as WebVTT, its speakers in voice tags, :func:`webvtt`; and a video page's transcript, each
caption line under the time it starts, :func:`timed_lines`.)

    14
    00:00:37,827 --> 00:00:41,541
    - Jo, let's start with the numbers.
    What are you seeing?

    15
    00:00:41,941 --> 00:00:45,202
    JO: October was the busiest month we've ever had.

:func:`strip` takes out each cue's number and time line and joins the cues back into what was said: a turn runs
on over as many cues as it takes, and a new paragraph opens where the subtitles mark a new speaker (a label in
capitals, "JO: …", or a dash, "- …"), a sound ("[music]") or a title card in capitals. What the cues say is kept
word for word.
"""
from __future__ import annotations

import re

from briefdeck.clean.edits import Step, apply

_TIME = r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
# a cue's number and time line ("14" over "00:00:37,827 --> 00:00:41,541"), at the top of the text or after a blank line
_CUE = re.compile(rf"(?:\A|(?<=\n\n))[ \t]*\d{{1,5}}[ \t]*\n[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}[^\n]*\n", re.M)
MIN_CUES = 5
# where a cue's line opens a new turn: a dash, a label in capitals ("ADAEZE:", "JO DOE:"), a sound in brackets
_NEW_TURN = re.compile(r"[ \t]*(?:[-\u2013\u2014][ \t]|[A-ZÀ-Þ][A-ZÀ-Þ'.\-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'.\-]+){0,2}:[ \t]|\[)")


def _apart(line: str, following: str) -> bool:
    """Whether ``following`` opens a paragraph of its own after ``line``: a new speaker or a sound, or after a
    sound or a title card's capitals."""
    line = line.strip()
    return bool(_NEW_TURN.match(following)) or line.endswith("]") or (line.isupper() and not line.endswith((",", ";")))


# the closing card: "Border City Conversations is produced by Acme Media."
_CREDIT = re.compile(r"[^.!?]{2,80}\b(?:is|was) (?:produced|presented|made|brought to you) by\b[^.!?]{2,80}[.!]?[ \t]*")


def _credits(text: str, cues: list[re.Match]) -> int:
    """The index of the last cue when it is the programme's credit, under a sound ("[theme music]"); -1 if not."""
    if len(cues) < 2:
        return -1
    last = " ".join(text[cues[-1].end():].split())
    sound = text[cues[-2].end():cues[-1].start()].strip()
    return len(cues) - 1 if _CREDIT.fullmatch(last) and sound.startswith("[") and sound.endswith("]") else -1


def _text_end(text: str, at: int) -> int:
    """Where the text before ``at`` ends, past the blank lines and spaces between it and ``at``."""
    while at and text[at - 1] in " \t\n":
        at -= 1
    return at


def strip(text: str) -> Step:
    """Join a subtitle file's cues into paragraphs, one a turn; a text with fewer than five cues is left alone."""
    cues = list(_CUE.finditer(text)) if "-->" in text else []
    if len(cues) < MIN_CUES or text[:cues[0].start()].strip():
        return apply(text, "subtitles", [])
    replacements = []
    last_line = ""
    closing = _credits(text, cues)
    for k, cue in enumerate(cues):
        end = cues[k + 1].start() if k + 1 < len(cues) else len(text)
        body = text[cue.end():end].rstrip()
        lines = body.split("\n")
        if k == closing:
            replacements.append((_text_end(text, cue.start()), _text_end(text, len(text)), "", "subtitle credits"))
            break
        if k == 0:
            replacements.append((cue.start(), cue.end(), "", "subtitle cue number and time"))
        else:
            gap_start = _text_end(text, cue.start()) if body else cue.start()
            joined = "\n\n" if _apart(last_line, lines[0]) else " "
            replacements.append((gap_start, cue.end(), joined, "subtitle cue number and time"))
        at = cue.end()
        for line, following in zip(lines, lines[1:]):
            at += len(line)
            replacements.append((at, at + 1, "\n\n" if _apart(line, following) else " ", "subtitle line joined"))
            at += 1
        last_line = lines[-1] if body else last_line
    return apply(text, "subtitles", replacements)


# a video page's transcript pasted as text: each caption under the time it starts ("0:28" over "so first the big …")
_STAMP_LINE = re.compile(r"^[ \t]*(\d{1,2}):(\d{2})(?::(\d{2}))?[ \t]*\n(?=[ \t]*\S)", re.M)


def seconds(m: re.Match) -> int:
    """A time matched as (hours, minutes, seconds) or (minutes, seconds), in seconds."""
    a, b, c = (int(g) if g else None for g in m.groups())
    return a * 3600 + b * 60 + c if c is not None else a * 60 + b


_LABELLED = re.compile(r"[ \t]*[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,2}:[ \t]")


def timed_lines(text: str) -> Step:
    """Join a pasted video transcript's captions, each under its time, into paragraphs, one a turn (a new one where
    a caption opens on ">>", the captions' mark of a new speaker, on a label, or on a sound in brackets); a text with fewer than
    five such times, or whose times do not run forward, is left alone."""
    stamps = list(_STAMP_LINE.finditer(text)) if ":" in text else []
    stamps = [m for m in stamps if not _STAMP_LINE.match(text, m.end())]     # a time over a caption, not over a time
    if len(stamps) < MIN_CUES or any(seconds(b) < seconds(a) for a, b in zip(stamps, stamps[1:])):
        return apply(text, "subtitles", [])
    replacements = [(stamps[0].start(), stamps[0].end(), "", "caption time")]
    for before, m in zip(stamps, stamps[1:]):
        line = text[before.end():text.find("\n", before.end())]
        if m.start() != before.end() + len(line) + 1:
            replacements.append((m.start(), m.end(), "", "caption time"))   # (something else between: leave it)
            continue
        following_end = text.find("\n", m.end())
        following = text[m.end():following_end if following_end >= 0 else len(text)]
        apart = following.lstrip().startswith((">>", "[")) or line.rstrip().endswith("]") \
            or _LABELLED.match(following) is not None              # "OWEN: Kitchens, mostly …": a new turn
        replacements.append((m.start() - 1, m.end(), "\n\n" if apart else " ", "caption time"))
    return apply(text, "subtitles", replacements)


# a video call's transcript saved as WebVTT: a "WEBVTT" head, cues under their times, each speaker in a voice tag
# ("<v Jo Doe>Okay, let's start.</v>")
_VTT_HEAD = re.compile(r"\AWEBVTT[^\n]*\n(?:[^\n]+\n)*")
_VTT_NOTE = re.compile(r"^NOTE[ \t]*\n", re.M)
_VTT_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}"
_VTT_CUE = re.compile(rf"^(?:[^\n]{{1,40}}\n)?[ \t]*{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}[^\n]*\n", re.M)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>\n]{1,60})>")
_TAG = re.compile(r"</v>|</?[biuc](?:\.[\w.-]+)?>")


def webvtt(text: str) -> Step:
    """A WebVTT transcript read as turns: its head, notes' marks and cue times go; a voice tag becomes its speaker's
    label ("Jo Doe: …") where the speaker changes, and goes where the same one speaks on, the cues joined."""
    head = _VTT_HEAD.match(text)
    if head is None:
        return apply(text, "subtitles", [])
    replacements = [(0, head.end(), "", "WebVTT head")]
    replacements += [(m.start(), m.end(), "", "WebVTT note mark") for m in _VTT_NOTE.finditer(text, head.end())]
    cues = list(_VTT_CUE.finditer(text, head.end()))
    speaker = None
    for k, cue in enumerate(cues):
        end = cues[k + 1].start() if k + 1 < len(cues) else len(text)
        body_end = _text_end(text, end)
        voice = _VOICE.match(text, cue.end())
        who = voice.group(1).strip() if voice else speaker
        gap = (_text_end(text, cue.start()), cue.end())
        joined = k > 0 and who == speaker
        replacements.append((gap[0], gap[1], " " if joined else "\n\n", "WebVTT cue time"))
        if voice:
            replacements.append((voice.start(), voice.end(), "" if joined else f"{who}: ", "WebVTT voice tag"))
        replacements += [(m.start(), m.end(), "", "WebVTT tag") for m in _TAG.finditer(text, cue.end(), body_end)]
        speaker = who
    return apply(text, "subtitles", replacements)
