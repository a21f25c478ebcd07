"""A speaker named before a colon that opens a quotation: a transcript or digest line ("Jane Doe: “…”",
"- Pew Research: “…”"), or a name with a phrase set off after it that says how ("Doe, choosing her words: “…”",
in a thread's numbered post "3/ Doe, …: “…”"), or, in a release, a name and what she is before a dash."""
from __future__ import annotations

import re

from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import DETERMINERS, NOT_NAMES, ROLE_NOUNS, STRONG_SPEECH, TITLES
from briefdeck.extract.phrases import _QUOTE_CLOSERS, DESCRIPTION, NAME, Mention, classify
from briefdeck.extract.speech_tokens import Token, _verbish

_DASHES = ("\u2013", "\u2014")
# "The letter goes on:", "The memo reads:", "The statement continues:": a document quoted at length
_READS = re.compile(r"(?<![\w\u2019'])(?:[Tt]he|[Tt]his|[Tt]hat)[ \t]+(letter|statement|memo|e-?mail|notice|release|ruling|"
                    r"decision|judgment|filing|report)[ \t]+(?:reads|begins|continues|goes[ \t]+on|concludes|ends|states|adds)"
                    r"[ \t]*$")
_RECORDINGS = frozenset("clip audio tape sound soundbite recording sot actuality".split())
_HOW_WORDS = 8        # "…, choosing his words carefully:": a short phrase
# "Q&A: ‘…’", "Transcript: “…”", "Watch: “…”": a headline's label for the kind of piece, never who speaks (nor a
# programme's "Segment: “…”", nor a letter's "Re: “…,” March 14", the headline it answers)
_PIECE_LABELS = frozenset(("q&a", "q & a", "fact check", *"transcript interview watch video listen podcast opinion "
                          "analysis exclusive live breaking update review explainer editorial photos poll factbox "
                          "column segment episode topic headline subject re".split(),
                          # a fact-check's labels: "THE CLAIM: “…”" says what is checked, not who said it
                          "claim", "the claim", "the quote", "the statement", "verdict", "the verdict", "rating",
                          "our rating", "the ruling", "our ruling", "the facts", "the context", "bottom line",
                          "the bottom line"))


def colon_speaker(toks: list[Token], text: str) -> Mention | None:
    """A transcript or digest line, "Jane Doe: “…”" / "- Pew Research: “…”": a phrase, a colon, the quote; or a
    release's quotes, "Jane Doe, president, Acme Association – “…”"."""
    if len(toks) >= 3 and toks[-1].text in _DASHES:
        return _release_speaker(toks, text)
    if len(toks) < 2 or toks[-1].text != ":":
        return None
    reads = _READS.search(text, toks[0].start, toks[-1].start)
    if reads:                                            # "The letter goes on: “…”": the letter's words
        noun = text[reads.start():reads.end(1)]
        return Mention(DESCRIPTION, noun, reads.start(), reads.end(1), noun, "", reads.start())
    k = len(toks) - 2
    if toks[k].text == "]" and (clip := _clipped(toks, k, text)) is not None:
        return clip                                      # "[CLIP - JO DOE]: “…”": a radio report's recording of her
    if toks[k].text == ")":                              # "Rep. Jane Doe (D-Ore.): “…"
        k = next((m for m in range(k, max(-1, k - 8), -1) if toks[m].text == "("), k + 1) - 1
    i = k
    while i >= 0 and toks[i].word and k - i < 10:
        i -= 1
    thread = i >= 1 and toks[i].text == "/" and toks[i - 1].text.isdigit()     # a thread's "11/ Mayor Jo Doe: “…”"
    if i >= 0 and toks[i].text not in "-\u2014\u2013|--:.!?" and toks[i].text not in _QUOTE_CLOSERS and not thread:
        return _name_then_how(toks, k, text)              # ("HOST: And …:"; but "… is up first. Chief Doe: “…”")
    if i + 2 <= k and toks[i + 1].cap and toks[i + 1].low in STRONG_SPEECH:
        i += 1                                           # "Said Markey: “…”": the verb before its speaker
    if any(_verbish(t) for t in toks[i + 1:k + 1]) or toks[i + 1].text in NOT_NAMES \
            and toks[i + 1].text not in DETERMINERS:
        return None                                      # not "on Tuesday the minister:", "and the minister:"
    if " ".join(text[toks[i + 1].start:toks[k].end].lower().split()) in _PIECE_LABELS:
        return None
    if k == i + 1 and (toks[k].low in TITLES or toks[k].low in ROLE_NOUNS) and toks[k].cap:
        held = "the " + toks[k].low                      # a thread's "Chief: “…”" after "Fire Chief Jo Doe": hers
        return Mention(DESCRIPTION, held, toks[k].start, toks[k].end, held, "", toks[k].start)
    who = classify(toks[i + 1:k + 1], text)
    return who if who is not None and who.kind in (NAME, DESCRIPTION) else None


def _clipped(toks: list[Token], k: int, text: str) -> Mention | None:
    """ "[CLIP - JO DOE]" (``k``: its closing bracket): the one whose recorded words a radio report plays."""
    b = next((m for m in range(k - 1, max(-1, k - 9), -1) if toks[m].text == "["), None)
    if b is None or k - b < 4 or toks[b + 1].low not in _RECORDINGS or toks[b + 2].text not in ("-", ":", *_DASHES):
        return None
    name = " ".join(t.text.title() if t.text.isupper() else t.text for t in toks[b + 3:k])
    return Mention(NAME, name, toks[b + 3].start, toks[k - 1].end, name, "", toks[b + 3].start) \
        if all(t.word and t.text[:1].isupper() for t in toks[b + 3:k]) and 2 <= k - b - 3 <= 4 else None


def _release_speaker(toks: list[Token], text: str) -> Mention | None:
    """ "Jane Doe, president, Acme Association –" (or "Chief Jane Doe, Acme First Nation —") over a quotation in a
    government release: the name that opens the sentence, then only what she is, then the dash."""
    c = next((m for m in range(1, len(toks) - 1) if toks[m].text == ","), None)
    if c is None or any(_verbish(t) for t in toks[c:-1]) or not all(t.word or t.text in ",&" for t in toks[c:-1]):
        return None
    who = classify(toks[:c], text)
    return who if who is not None and who.kind == NAME else None


def _name_then_how(toks: list[Token], k: int, text: str) -> Mention | None:
    """ "Okonjo, choosing his words carefully:" (``k``: the last token before the colon): the name that opens it."""
    s = 2 if len(toks) > 2 and toks[0].text.isdigit() and toks[1].text == "/" else 0     # a thread's "3/"
    c = next((m for m in range(s + 1, k) if toks[m].text == ","), None)
    if c is None or k - c > _HOW_WORDS:
        return None
    how = toks[c + 1].text.islower() and toks[c + 1].text.endswith("ing")
    placed = (first_name_gender(toks[s].text) or toks[c + 1].low in ROLE_NOUNS or toks[c + 1].low in TITLES) \
        and toks[s].cap and toks[s].low not in NOT_NAMES and c - s <= 3 and not any(_verbish(t) for t in toks[c + 1:k + 1]) \
        and all(t.word or t.text == "," for t in toks[c + 1:k + 1])   # a bulletin's "Priya, steward at Tidewater
    # Terminal: “…”", "Josée, winder operator, 19 years of seniority: “…”"
    if not (how or placed):
        return None
    who = classify(toks[s:c], text)
    if who is None and placed and c == s + 1:
        return Mention(NAME, toks[s].text, toks[s].start, toks[s].end, toks[s].text, "", toks[s].start)
    return who if who is not None and who.kind == NAME else None
