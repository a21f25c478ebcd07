"""A meeting's procedure, no one's point: the chair of a committee or a chamber calling on members, keeping order
and time ("We'll go to the official opposition. MPP Doe, you have four minutes.", "Order, please.", "One minute.")."""
from __future__ import annotations

import re

_OFFICE = r"(?:The[ \t]+)?(?:(?:Acting|Deputy|Vice)[ \t-]+)?(?:Chair(?:man|woman|person)?|Speaker|Presiding[ \t]+(?:Member|Officer))"
# "The Chair (Mr. Jo Doe):", "THE CHAIR (Jo Doe):" over a turn, and a record's header "Chair: Mr. Jo Doe"
_CHAIR = re.compile(rf"(?im)^[ \t]*{_OFFICE}[ \t]*(?:\([ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Hon)\.?[ \t]+)?(?P<within>[^()\n:]{{2,60}}?)[ \t]*\)"
                    rf"[ \t]*:|:[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Hon)\.?[ \t]+)?(?P<header>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){{1,2}})[ \t]*$)")
_MEMBER = r"(?:MPPs?|MPs?|MLAs?|MNAs?|MHAs?|Senator|Sen\.|Councillor|Coun\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ \t]+[A-Z][\w’'\-]+"
_STEPS = re.compile(
    rf"{_MEMBER}(?:,[ \t]+(?:you have|you[’']ve got|go ahead|please)\b[^.!?]*)?[.!]?$"      # calling on a member
    r"|\byou (?:have|[’']ve got)\b[^.!?]{0,30}\b(?:minutes?|seconds)\b"                      # keeping time
    r"|^(?:about |just )?(?:one|two|three|four|five|thirty|\d+)(?: and a half)? (?:minutes?|seconds)(?: (?:left|remaining))?[.!]$"
    r"|^(?:order|time)\b|\b(?:come|called) to order\b|\b(?:in|into) recess\b|\badjourn|\bsuspend(?:ed)? (?:the|this) (?:meeting|sitting)\b"
    r"|\b(?:we[’']ll|we will|let[’']s|I[’']ll|I will) (?:now )?(?:go|move|turn|start|begin|pass|proceed)(?: first| now| back)? (?:to|with)\b"
    r"|\b(?:our|the) (?:first|next|last|final) (?:presenter|witness|speaker|delegation|delegate|panel(?:list|ist)?)s?\b"
    r"|\bplease (?:state your name|continue|proceed|go ahead|begin)\b|\bthe floor is yours\b|\bI (?:now )?(?:recognize|call (?:on|upon))\b"
    r"|\b(?:that|this) concludes\b|^thank you\b[^.!?]{0,60}[.!]$", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z])")
SHORT = 8                  # words: "Questions from the official opposition first this round." is no point either


def chairs(text: str) -> set[str]:
    """The names a record gives its chair ("The Chair (Mr. Jo Doe):" over turns, "Chair: Jo Doe" in its header)."""
    return {(m.group("within") or m.group("header")).strip() for m in _CHAIR.finditer(text)}


def procedural(said: str) -> bool:
    """A chair's turn that only runs the meeting: each of its sentences a step of procedure or a few words, one
    of them a step at least ("It's noted. Government side, MPP Doe.")."""
    sentences = [s.strip() for s in _SENTENCE.split(said.strip()) if s.strip()]
    steps = [bool(_STEPS.search(s)) for s in sentences]
    return any(steps) and all(step or len(s.split()) <= SHORT for step, s in zip(steps, sentences))
