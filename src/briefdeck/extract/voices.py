"""Who a spokesperson speaks for: "a utility spokesperson" and "a spokesperson for the hospital" for the body
named before that the noun fits, and a bare "a spokesperson" in (or just after) a sentence about a firm for that
firm."""
from __future__ import annotations

import re

from briefdeck.extract.bodies import BODY_NOUNS, body_named_before, has_body_word
from briefdeck.extract.sentence_names import sentence_start
from briefdeck.extract.firms import short_for
from briefdeck.extract.body_names import lead_trimmed, spelled_out

_VOICE = re.compile(r"([Aa]n?|[Tt]he)\s+(?:([a-z]+)\s+(spokes(?:person|man|woman))|(spokes(?:person|man|woman))\s+for\s+"
                    r"the\s+([a-z]+))")


def voice_of(description: str, text: str, at: int, is_person=lambda name: False) -> str:
    """Who "a utility spokesperson" or "a spokesperson for the hospital" speaks for, when a body whose name has the
    noun was named before: "a Sacramento Municipal Utility District spokesperson", "a spokesperson for University
    Hospital Limerick" ("" otherwise: not "A union spokesperson" for an office named before)."""
    v = _VOICE.fullmatch(description)
    if v is None:
        return _sentences_body_voice(description, text, at, is_person)
    noun = v.group(2) or v.group(5)
    body = noun and body_named_before("the " + noun, text, at, is_person)
    if noun == "government" and "government" not in body.lower() and (department := _DEPARTMENT.findall(text, max(0, at - _REACH), at)):
        return f"{v.group(1)} {v.group(3) or v.group(4)} for the {department[-1]}"   # "The Department for … said"
    if not body or noun not in body.lower() and not (noun in ("company", "firm") and has_body_word(body.split())):
        return ""                                        # ("a company spokesperson" after "Kingsford Coupler Works")
    name = short_for(body, text, at) or body
    if v.group(2):
        return f"{v.group(1)} {name} {v.group(3)}"
    the = "the " if re.search(r"\b[Tt]he " + re.escape(name), text) else ""      # "for the Ferry Workers Guild"
    return f"{v.group(1)} {v.group(4)} for {the}{name}"


# "a government spokesperson" a sentence or two after "The Department for Energy Security and Net Zero pointed to …"
_DEPARTMENT = re.compile(r"\b((?:Department|Ministry)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*"
                         r"(?:,?[ \t]+(?:(?:and|&|of|for|the)[ \t]+)?[A-Z][\w\-]*)*)")
_REACH = 400
_BARE_VOICE = re.compile(r"([Aa]n?)\s+(spokes(?:person|man|woman))")
# "The company insisted …", "The border agency did not comment …": the body the next sentence's spokesperson speaks for
_OPENS_ON_THE = re.compile(r"The[ \t]+((?:[a-z][a-z\-]*[ \t]+){0,2}?(?:%s))[ \t]+[a-z]" % "|".join(sorted(BODY_NOUNS)))
_SAID_THE = re.compile(r"spokes(?:person|man|woman)[ \t]+(?:said|says)[ \t]+(?:that[ \t]+)?the[ \t]+(%s)\b"
                       % "|".join(sorted(BODY_NOUNS)))
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_OPENS_ON = re.compile(r"(?:The[ \t]+)?([A-Z][\w&\u2019'.\-]*(?:[ \t]+[A-Z][\w&\u2019'.\-]*){0,4})[ \t]+[a-z]")


def _sentences_body_voice(description: str, text: str, at: int, is_person) -> str:
    """ "Halden has not announced any plan …, and a spokesperson said": Halden Automotive's spokesperson, when
    the sentence opens on a body's name (a firm named in full before, or a name with a word such as Bank), or the
    sentence before it on the kind of body one named before is ("The company insisted …")."""
    bare = _BARE_VOICE.fullmatch(description)
    opening = bare and _OPENS_ON.match(text, sentence_start(text, at))
    toks = lead_trimmed(opening.group(1).split()) if opening else []
    name = " ".join(toks)
    body = (short_for(name, text, at) if len(toks) == 1 else name if has_body_word(toks) else "") if toks else ""
    previous = sentence_start(text, len(text[:sentence_start(text, at)].rstrip())) if bare and not body else 0
    if bare and not body and (before := _OPENS_ON_THE.match(text, previous)):
        body = body_named_before("the " + before.group(1), text, before.end(), is_person)   # "The company insisted
    if bare and not body and (before := _OPENS_ON.match(text, previous)) and (   # "The LCBO did not say …. A
            len(toks := lead_trimmed(before.group(1).split())) == 1 and _ACRONYM.fullmatch(toks[0])   # spokesperson said"
            or toks and has_body_word(toks)):
        body = spelled_out(toks[0], text) if len(toks) == 1 else ""     # ("The HSA" after "… Authority (HSA)")
        body = body or " ".join(toks)
    if bare and not body and (said := _SAID_THE.search(text, sentence_start(text, at), at + 80)):   # "A spokesperson
        body = body_named_before("the " + said.group(1), text, said.start(1), is_person)    # said the company had “…”"
    if body:
        body, name = (short_for(body, text, at) or body).rstrip(".,"), body                 # … ¶ A spokeswoman said"
    the = "the " if body and re.search(r"\b[Tt]he " + re.escape(body), text) else ""     # "for the Canada Border …"
    return f"{bare.group(1)} {bare.group(2)} for {the}{body}" if body and not is_person(name) else ""
