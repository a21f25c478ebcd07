"""Live captions, where a new speaker's turn opens on ">>" and no label says whose it is.

    >> GOOD EVENING. MY NAME IS JO DOE, I'M A LINE PRODUCER …
    >> … Let's hear from Sam Roe, who runs a lighting rental house.
    >> Thanks. So, we rent lamps, generators …
    >> Sam?

A turn is the speaker's who says who they are in it ("Hi, my name is Jo Doe, …", "I'm Jo Doe"); else the one
the turn before called on by name ("Let's hear from Sam Roe, …", "Next is …", "Sam, do you want to take that?",
"Sam?"); else, when the turn before called on no one, the host's: the first to say who they are. A turn the
host put to someone unnamed ("Go ahead, sir.") is a speaker's from the floor. The paragraphs under a turn go on
with it; a bracketed note ("[APPLAUSE]", "[INAUDIBLE]") is no one's.
"""
from __future__ import annotations

import re

from briefdeck.extract.interviews import FLOOR_SPEAKER, FULL_NAME, Answer
from briefdeck.extract.people import Directory

_TURN = re.compile(r"^[ \t]*>>[ \t]*", re.M)
MIN_TURNS = 4
_NOTE = re.compile(r"[ \t]*\[[^\]\n]{1,40}\][ \t]*")
_NAME = f"({FULL_NAME})"
# "My name is Jo Doe, I'm a set decorator", "MY NAME IS JO DOE", "Hi, I'm Jo Doe from …"
SELF_NAMED = re.compile(r"(?:^|[.!?][ \t]+|,[ \t]+)(?i:my[ \t]+name[ \t]+is|my[ \t]+name[\u2019']s|i[\u2019']m|i[ \t]+am|this[ \t]+is)"
                        r"[ \t]+" + _NAME + r"(?=[,.!?]|[ \t]+(?i:and|from|of|with)\b)")
# the host calling on the next speaker: "Let's hear from Jo Doe, …", "Next is Jo Doe", "over to Jo Doe"
_CALLS = re.compile(r"(?i:let[\u2019']s[ \t]+(?:first[ \t]+)?(?:hear(?:[ \t]+first)?[ \t]+from|start[ \t]+with|go[ \t]+to"
                    r"|turn[ \t]+to)|next[ \t]+(?:is|up[ \t]+is|we[ \t]+have)|over[ \t]+to|please[ \t]+welcome"
                    r"|i[ \t]+(?:call|invite)[ \t]+(?:on[ \t]+)?)[ \t]+" + _NAME)
# ... or by first name: "Yvette, do you want to take that?", "Rupinder?", "Go ahead, Rupinder."
_FIRST = re.compile(r"(?:^|[.!?][ \t]+)([A-ZÀ-Þ][a-zà-ÿ\u2019'\-]+)(?:,[ \t]+(?:do|would|can|could|will|you)\b[^.!?\n]*\?|\?)[ \t]*$"
                    r"|\b[Gg]o[ \t]+ahead,[ \t]+([A-ZÀ-Þ][a-zà-ÿ\u2019'\-]+)[.!]?[ \t]*$")
_UNNAMED = re.compile(r"\b[Gg]o[ \t]+ahead\b[^.!?\n]{0,40}[.!]?[ \t]*$|\bmicrophone\.?[ \t]*$")   # ("… at the mic, sir.")
# ... and who takes it says what they are, not who: "I'M A DOLLY GRIP, 30 YEARS. MY QUESTION IS FOR …" (the host's
# "Sorry, I think your mic is off" between them is still the host's)
_FROM_FLOOR = re.compile(r"(?i:\bi[\u2019']?m[ \t]+an?[ \t]|\bi[ \t]+am[ \t]+an?[ \t]|\bmy[ \t]+question[ \t]+is\b"
                         r"|\bi[ \t]+work[ \t]+(?:as|at|in|on)\b)")


def answers(text: str) -> list[Answer]:
    """Each turn of a live-caption transcript with who spoke it; [] when ``text`` is none."""
    starts = list(_TURN.finditer(text))
    if len(starts) < MIN_TURNS:
        return []
    people = Directory(text).people
    out: list[Answer] = []
    host, before, floor = "", "", False
    opening = _opening(text, starts[0].start())
    if opening is not None:                           # a video's captions: who speaks before the first ">>"
        said = text[opening:starts[0].start()].rstrip()
        host = _lower_self(said[:300], people)
        if host:
            out += [Answer(s, e, host, "") for s, e in _paragraphs(text, opening, opening + len(said))]
            before = said
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        said = text[m.end():end].rstrip()
        if not said or _NOTE.fullmatch(said.split("\n", 1)[0]):
            continue                                  # ">> [INAUDIBLE]"
        own = SELF_NAMED.search(said[:200])
        speaker = _full(own.group(1), people) if own else ""
        lower = not _CAPITAL.search(said)             # auto-captions, all in lower case: "okay so i'm curtis …"
        if lower and not speaker:
            speaker = _lower_self(said[:200], people)
            own = own or bool(speaker)
        if not speaker and (called := _CALLS.search(before) or _FIRST.search(before)):
            speaker = _full(next(g for g in called.groups() if g), people)
        if lower and not speaker and before and not _CAPITAL.search(before):
            speaker = _lower_call(before[-160:], people)     # "… i asked our vet dr sandhu to come explain"
        floor = floor and not speaker or bool(before and _UNNAMED.search(before))    # "Go ahead, sir.": someone
        if not speaker and floor and _FROM_FLOOR.search(said[:200]):                # the captions do not name
            speaker, floor = FLOOR_SPEAKER, False
        host = host or (speaker if own else "")       # the first to say who they are runs the meeting
        speaker = speaker or host
        before = said
        if speaker:                                   # each paragraph of the turn, not the notes between turns
            out += [Answer(s, e, speaker, "") for s, e in _paragraphs(text, m.end(), m.end() + len(said))]
    return out


_CAPITAL = re.compile(r"[A-ZÀ-Þ]")
# in captions without capitals: "it's jolene", "okay so i'm curtis", "my name is jo"
_LOWER_SELF = re.compile(r"\b(?:i[\u2019']m|i[ \t]+am|it[\u2019']s|this[ \t]+is|my[ \t]+name[ \t]+is|my[ \t]+name[\u2019']s)[ \t]+"
                         r"([a-zà-ÿ][a-zà-ÿ\-]+)\b")
_STYLED = re.compile(r"\b(?:dr|doctor|mr|mrs|ms|mister)[ \t]+([a-zà-ÿ][a-zà-ÿ\-]+)\b")
OPENING_WORDS = 12         # the captions before the first ">>", all in lower case: the video's own speaker's


def _by_first(word: str, people: dict) -> str:
    found = [p for p in people if " " in p and p.split()[0].lower() == word]
    return found[0] if len(found) == 1 else ""


def _lower_self(said: str, people: dict) -> str:
    """The person a caption in lower case says is speaking, when the text names one person in full by that first
    name ("it's jolene" after "Jolene Wiebe runs …"); '' otherwise."""
    return next((who for m in _LOWER_SELF.finditer(said) if (who := _by_first(m.group(1), people))), "")


def _lower_call(tail: str, people: dict) -> str:
    """The person the end of a turn in lower case calls on, by first name or as "dr sandhu"; '' for none."""
    found = [(m.start(), _by_first(m.group(), people)) for m in re.finditer(r"[a-zà-ÿ][a-zà-ÿ\-]+", tail)]
    found += [(m.start(), next((p for p in people if " " in p and p.split()[-1].lower() == m.group(1)), ""))
              for m in _STYLED.finditer(tail)]
    named = [who for _, who in sorted(found) if who]
    return named[-1] if named else ""


def _opening(text: str, first: int) -> int | None:
    """Where the captions before the first ">>" start, when they are a video's: lines in lower case right over it,
    twelve words at least; None otherwise."""
    start, words = first, 0
    for line in reversed(text[:first].split("\n")[:-1] if text[:first].endswith("\n") else text[:first].split("\n")):
        if _CAPITAL.search(line) or not line.strip() and words:
            break
        start -= len(line) + 1
        words += len(line.split())
    start = max(start, 0)
    while start < first and text[start] in " \t\n":
        start += 1
    return start if words >= OPENING_WORDS and start < first else None


_GAP = re.compile(r"[ \t]*\[(?i:inaudible|crosstalk|unintelligible|indiscernible)[^\]\n]{0,30}\][ \t]*")


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs from ``start`` to ``end`` that are not a bracketed note alone, cut where the captions lost
    the words ("… the lease payments. [INAUDIBLE] the bank has been patient …": two quotations, not one)."""
    out, pos = [], start
    for part in text[start:end].split("\n\n"):
        for piece in _GAP.split(part):
            s = pos + len(piece) - len(piece.lstrip())
            e = pos + len(piece.rstrip())
            if e > s and not _NOTE.fullmatch(text[s:e]):
                out.append((s, e))
            pos += len(piece)
            if (gap := _GAP.match(text, pos)) is not None:
                pos = gap.end()
        pos += 2
    return out


def _full(name: str, people: dict) -> str:
    """``name`` as the text names the person in full: "Rupinder" -> "Rupinder Terblanche", capitals made plain."""
    name = name.title() if name.isupper() else name
    if " " not in name:
        found = [p for p in people if p.split()[0] == name and " " in p]
        return found[0] if len(found) == 1 else name
    return name
