"""Speakers named outside a quotation's own sentence: by the sentence after it ("That was the view of
Jane Doe"), at a fuller description written before ("the spokeswoman" after "A GM spokeswoman said ..."), at
the name closing a description ("said the economist who …, Jo Doe."), or by the owner of a reply that
introduces it ("Her verdict: “…”"). Bodies pointed back to ("the agency said") are
:mod:`briefdeck.extract.bodies`, epithets ("the 31-year-old forward") :mod:`briefdeck.extract.epithets`,
relatives ("her son") :mod:`briefdeck.extract.relations`, documents ("the statement said")
:mod:`briefdeck.extract.documents`."""
from __future__ import annotations

import re

from briefdeck.extract.bodies import BODY_LOOKBACK, BODY_NOUNS
from briefdeck.extract.epithets import plural
from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import GENDERED, HONORIFICS, PREPOSITIONS, ROLE_NOUNS, TITLES
from briefdeck.extract.phrases import NAME, PRONOUN, Mention, phrase_right
from briefdeck.extract.speech_tokens import Token

_SET_OFF = re.compile(r"[ \t]*[,.]")             # "That was Doe, talking …", "That was Doe.": not "That was Doe Street"
# "That was the view of Jane Doe": a noun for what someone said, pointing back at the quotation before it
_VIEW_NOUNS = frozenset("view verdict message word words assessment warning take reaction thinking opinion sentiment "
                        "advice conclusion argument reasoning prediction diagnosis".split())


def pointing_back(toks: list[Token], text: str, known=None) -> Mention | None:
    """Who the sentence after a quotation says said it: "That was the view of Jane Doe, …" / "So says Doe." /
    "That was Jane Doe." (or "That was Doe, …" when ``known(name)`` says Doe is someone named)."""
    if len(toks) < 3:
        return None
    if toks[0].text in ("\u2014", "\u2013", "--") and toks[1].cap:     # “…” ¶ — State Treasurer Jo Doe, asked …
        who = phrase_right(toks, 1, text)                   # (an epigraph's or a "quote of the week"'s line)
        return who if who is not None and who.kind == NAME and " " in who.name \
            and (who.end == toks[-1].end or _SET_OFF.match(text, who.end)) else None
    if toks[0].low == "so" and toks[1].text in ("says", "said"):
        return phrase_right(toks, 2, text)
    if toks[0].low not in ("that", "this", "those", "such"):
        return None
    if toks[1].text in ("was", "is") and toks[2].cap:      # "That was Ray Doe, who owns the laundromat."
        who = phrase_right(toks, 2, text)
        return who if who is not None and who.kind == NAME and (" " in who.name or known is not None and known(who.name)
                                                                 and _SET_OFF.match(text, who.end)) else None
    for k in range(1, min(len(toks) - 1, 8)):
        if not toks[k].word:
            return None
        if toks[k].text in ("of", "from") and toks[k - 1].low in _VIEW_NOUNS:
            return phrase_right(toks, k + 1, text)
    return None


_SMALL = r"(?:a|an|the|and|or|with|of|for|to|in|on|at|by|from|who|that|which)"
# "the person" after "a person familiar with the talks": nouns for someone left unnamed on purpose
_UNNAMED = frozenset("person source insider".split())


_NAMED_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:[A-Z][\w\-\u2019'.]*[ \t]+)?[A-Z][\w\-\u2019']+,(?:[ \t]+\d{1,3},)?[ \t]+$")


def fuller_description(description: str, text: str, at: int, lookback: int = BODY_LOOKBACK) -> str:
    """"the spokeswoman" at ``at`` as the fuller description written shortly before it ("A GM spokeswoman",
    "a spokesman for the yard"), or ``""`` when there is none."""
    words = description.split()
    if len(words) == 2 and words[0].lower() == "the" and words[1].islower() and plural(words[1]):
        return _group_described(words[1], text, at, lookback)
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in ROLE_NOUNS | _UNNAMED:
        return ""
    pattern = re.compile(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+((?:(?!{_SMALL}\b)[\w&\u2019'.\-]+(?<!ed)(?<![a-z]{{2}}\.)[ \t]+){{0,3}})"
                         rf"{re.escape(words[1])}\b"
                         r"((?:[ \t]+(?:for|at|of|with|in)[ \t]+(?:the[ \t]+)?[A-Z][\w&\u2019'.\-]*[ \t]*"
                         r"(?:(?:(?:of|and|&)[ \t]+(?:the[ \t]+)?)?[A-Z0-9][\w&\u2019'.\-]*[ \t]*){0,5}"   # "of Housing and …"
                         r"(?:(?<=[\u2019']s[ \t])[a-z]+)?)"      # "a senior legislator in Doe’s party"
                         r"|[ \t]+(?:for|at|of|with)[ \t]+(?:one[ \t]+of[ \t]+)?(?:the|an?)[ \t]+[\w\-]+(?:[ \t]+[a-z][\w\-]+){0,2}?"
                         r"(?=[ \t]*[,.;]|[ \t]+(?:said|says|told|who|wrote|did|would|declined|[a-z]+ed)\b)"  # "for the ministry"
                         r"|[ \t]+(?:familiar with|close to|briefed on|involved in|with knowledge of|knowledgeable about)"
                         r"[ \t]+(?:the[ \t]+|their[ \t]+|its[ \t]+)?[\w\-]+(?:[\u2019'][s][ \t]+[\w\-]+)?)?")
    best = ""
    for m in pattern.finditer(text, max(0, at - lookback), at):
        if (named := _NAMED_BEFORE.search(text, max(0, m.start() - 60), m.start())) and first_name_gender(named.group(1)):
            continue                                     # "Jo Doe, 51, a quality inspector": her role, not someone
        unnamed = _UNNAMED_TAIL.match(text, m.end(), at)
        if m.group(1).strip() or m.group(2) or unnamed:       # "A pilot who asked not to be named"
            best, end = text[m.start():unnamed.end() if unnamed else m.end()].strip(), m.end()
    if best and re.search(rf"[A-Z][\w\-\u2019']+,[ \t]+the[ \t]+{re.escape(words[1])}\b", text[end:at]):
        return ""                                        # "A mediator …. Jo Doe, the mediator assigned …": her
    return best


# "Leaders of the Group of Seven", "researchers at McMaster University": whose several people they are
_GROUP_OF = (r"[ \t]+(?:of|at|from|for|with)[ \t]+((?:the[ \t]+)?(?:[a-z][\w\-]*[ \t]+){0,2}?[A-Z][\w&\u2019'.\-]*"
             r"(?:[ \t]+(?:(?:of|and|&|for|on|the)[ \t]+)*[A-Z][\w&\u2019'.\-]*)*)")


def _group_described(noun: str, text: str, at: int, lookback: int) -> str:
    """"the leaders" as the group written before ("Leaders of the Group of Seven agreed …" -> "leaders of the
    Group of Seven", "Administrators from accountancy firm Jo Doe & Co"), or ``""``."""
    pattern = re.compile(rf"\b(?i:{re.escape(noun)}){_GROUP_OF}")
    found = list(pattern.finditer(text, max(0, at - lookback), at))
    return noun + text[found[-1].start() + len(noun):found[-1].end()] if found else ""


# "… who was not authorized to speak publicly": why the description stands for a name, part of it (an aside
# after a comma, ", who asked not to be named", is not)
_UNNAMED_TAIL = re.compile(r"[ \t]+who[ \t]+[^,.;()\n\u201c\"]{0,60}?\b(?:to be (?:named|identified)|anonymity|"
                           r"authori[sz]ed to (?:speak|comment|discuss)(?:[ \t]+(?:publicly|on the record|"
                           r"to the media|about it|on it))?|on (?:the )?condition (?:of|that) [^,.;\n]{0,40})"
                           # "A staffer who briefed members on the forecast said": who the description is
                           r"|[ \t]+who[ \t]+[^,.;()\n\u201c\"]{3,80}?(?=[ \t]+(?:said|says|told|added)\b"
                           r"|,[ \t]+(?:speaking|because|who asked|on condition)\b)")



# "His answer was blunt: “…”", "Doe’s verdict: “…”": the words that follow are the owner's
_RESPONSES = frozenset("answer reply response verdict advice message view take assessment explanation conclusion "
                       "retort warning reaction prediction summary diagnosis plea instruction instructions words "
                       "comment comments promise vow".split())
_OWNERS = {"his": "he", "her": "she", "their": "they"}


def in_their_words(toks: list[Token], v: int) -> Mention | None:
    """ "…, in Dr Doe’s words, “…”", "in his words, “…”": the owner of the words is the speaker (``v``: the "in";
    "In her words: “…”" is left to the sentence before, which says who she is)."""
    w = next((k for k in range(v + 2, min(v + 5, len(toks))) if toks[k].low == "words"), None) \
        if toks[v].low == "in" else None
    owner = toks[w - 1] if w is not None else None
    if owner is None or not all(t.cap for t in toks[v + 1:w - 1]):
        return None                                  # ("in Dr Doe’s words": a title before the name)
    if w == v + 2 and owner.low in _OWNERS and toks[w + 1:w + 2] and toks[w + 1].text == ",":
        return Mention(PRONOUN, owner.text, owner.start, owner.end, name=_OWNERS[owner.low])   # "in his words, “…”"
    if owner.cap and owner.text.endswith(("\u2019s", "'s")):
        return Mention(NAME, owner.text[:-2], owner.start, owner.end - 2, owner.text[:-2])
    return None


def possessor(toks: list[Token], i: int) -> Mention | None:
    """The owner of a response noun that introduces a quotation after a colon, as a pronoun or a name
    (``i``: where the sentence's main clause starts); an aside after it ("Her advice, which I will steal:") aside."""
    aside = next((k for k in range(i + 2, len(toks) - 1) if toks[k].text == ","), None)
    if aside is not None and toks[aside + 1].low in ("which", "who", "that") and toks[-1].text == ":":
        toks = toks[:aside] + toks[-1:]
    if len(toks) - i < 3 or toks[-1].text != ":" or any(t.text in ".;!?" for t in toks[i:-1]) or len(toks) - i > 8 \
            or toks[i + 1].low not in _RESPONSES and not (   # ("Her overall message was blunt: “…”")
                toks[i + 1].text.isalpha() and toks[i + 1].text.islower() and toks[i + 2].low in _RESPONSES):
        return None
    owner = toks[i]
    if owner.low in _OWNERS:
        return Mention(PRONOUN, owner.text, owner.start, owner.end, name=_OWNERS[owner.low])
    if owner.cap and owner.text.endswith(("\u2019s", "'s")):
        name = owner.text[:-2]
        return Mention(NAME, name, owner.start, owner.start + len(name), name)
    return None


# "…,” said a mill veteran who …, Dr. Jo Doe.": a description with a who-clause, then the name closing the sentence
_NAMED_LAST = re.compile(r"[^.;!?\u201c\u201d\"\n\u2022]{0,200}?,[ \t]+((?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rev)\.?[ \t]+)?"
                         r"[A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){1,3})[ \t]*"
                         r"(?:\.|,[ \t]+(?:an?|the|\d{1,3},|who)[ \t][^.;!?\u201c\u201d\"\n]{1,160}\.)")   # ", a retired machinist."


_THEIR = re.compile(r"\b(?:his|her|their)\b")        # "added the premier, in a swipe at his counterpart, Jo Doe."


def named_last(m: Mention | None, text: str) -> Mention | None:
    """The person a description after "said" leads up to, when the sentence closes on their name: "said the
    economist who …, Jo Doe." / "said the Collector, Dr. Jo Doe." / "said a spokeswoman for the ministry, Jo
    Doe." (without a who-clause, the name must be a person's — an honorific or a first name — and no other
    person named in the description can be the one: not "a spokesman for the mayor of Selkirk, Tom Varga")."""
    if m is None or m.kind == PRONOUN or m.kind == NAME and _named_like_a_person(m.text):
        return m
    found = _NAMED_LAST.match(text, m.end)
    words = m.text.lower().split()
    who = " who " in m.text or text.startswith(", who ", m.end)   # "said the host, who …, Minister Jo Doe."
    after = next((words[k + 1:] for k, w in enumerate(words) if w in PREPOSITIONS), [])
    if found is None or not who and (not _named_like_a_person(found.group(1)) or _THEIR.search(text, m.end, found.start(1)) or any(
            w != "the" and (w in TITLES or w in ROLE_NOUNS) for w in after) and words[-1] not in BODY_NOUNS):
        return m                                      # "a spokesman for the mayor of Selkirk, Tom Varga": the mayor
        # (but "the opposition critic for the economy, Jo Doe": the critic)
    parts, start = found.group(1).split(), found.start(1)
    k = 0 if _named_like_a_person(found.group(1)) else next(
        (k for k in range(len(parts) - 1) if first_name_gender(parts[k])), 0)
    start += len(" ".join(parts[:k])) + (1 if k else 0)          # "Economy Minister Lorenzo Cattaneo": the name
    named = Mention(NAME, text[start:found.end(1)], start, found.end(1), text[start:found.end(1)], begin=m.begin)
    named.role = m.text                               # what the text calls them: "the opposition critic for …"
    return named


def _named_like_a_person(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and (words[0].lower().rstrip(".") in HONORIFICS or bool(first_name_gender(words[0])))


# "…,” said the chief executive of Sahra Airways: the role, then the body whose officer speaks
_OFFICE_OF = re.compile(r"(?i:the|its|their)[ \t]+((?:[\w\-]+[ \t]+){0,2}[\w\-]+)[ \t]+(?:of|at|for)")


_ABBREVIATED = re.compile(r"[A-Z]{2,4}")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def by_initials(directory, name: str, text: str, start: int, at: int):
    """ "the CS", "the PM", "the AG" (at ``start``): the person named last before ``at`` whose role, given with their
    name, ends on words with those initials ("… Cabinet Secretary", "Prime Minister", "Attorney General"), or None."""
    if not _ABBREVIATED.fullmatch(name) or not _THE_BEFORE.search(text, max(0, start - 5), start):
        return None
    for _, p in reversed(directory.between(0, at)):
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w\-]*", p.role) if w[0].isupper())
        if " " in p.name and p.personal and len(initials) > 1 and initials.endswith(name) \
                and p.role.split()[-1][:1].isupper():
            return p
    return None


def office_holder(directory, mention: Mention, text: str, at: int):
    """The person named before as the officer a role "of" a body stands for ("Sahra Airways will drop nine
    routes, its chief executive, Omar Haddad, told investors" … "said the chief executive of Sahra Airways"),
    or None: the role must be theirs, and the body named in their role or before them in the paragraph that
    first names them (``mention``: the body's name, with the role written before it)."""
    body = mention.name
    office = _OFFICE_OF.fullmatch(text[mention.begin:mention.start].strip())
    if office is None:
        return by_initials(directory, body, text, mention.start, at)      # "the CS": the Cabinet Secretary

    def fits(p) -> bool:
        if p.name == body or re.search(r"\b(?:of|at|for)$", p.role):
            return False                             # "the chief executive of Dune Air" taken for a name before
        return body in p.role or body in text[text.rfind("\n", 0, p.start) + 1:p.start]

    return directory.titled("the " + office.group(1), at, fits)


# "One reporter asked whether the bank expected a recession. “No …,” she replied": the "she" who answers a question
# is not the one who put it (but "A resident asked why …. “…,” she said" is the resident)
_ASKS = re.compile(r"\b(?:asked|asks|wanted to know)\s+(?:\w+\s+)?(?:whether|if|why|how|what|when|where|who|about)\b")
_REPLIES = re.compile(r"\s+(?:replied|replies|answered|answers|responded|responds|retorted|shot back)\b")


def answers(text: str, start: int, end: int, pronoun_end: int) -> bool:
    """Whether the pronoun ending at ``pronoun_end`` answers the question put in the sentence at ``start:end``."""
    return bool(pronoun_end) and _REPLIES.match(text, pronoun_end) is not None and _ASKS.search(text, start, end) is not None


INTRODUCTION_WORDS = 60       # a paragraph introducing who speaks next, at most


def introduces(directory, ps: int, pe: int, pronoun: str = "") -> bool:
    """Whether the short paragraph ending with the sentence ``ps:pe`` opens on someone ("Hank Doe, 83, still
    comes up most days. He started in 1957."), or names no one else ("I met Doe at his mother's. He is …"),
    whom ``pronoun`` fits: the quotation after it is theirs."""
    para = directory.masked.rfind("\n", 0, ps) + 1
    named = directory.between(para, pe)
    alone = pronoun and len({id(p) for _, p in named}) == 1          # "I met Doe at his mother's. He is …"
    return bool(named) and (named[0][0] == para or alone) \
        and len(directory.masked[para:pe].split()) <= INTRODUCTION_WORDS \
        and (not pronoun or directory.pronoun(pronoun, ps) is named[0][1])


# "her Honour said", "His Worship replied": the judge or the mayor, by the style of their office
_STYLED = re.compile(r"(?i:his|her|your)\s+(?P<style>Honou?r|Lordship|Ladyship|Worship)$")
_STYLED_OFFICE = {"honour": "the judge", "honor": "the judge", "lordship": "the judge", "ladyship": "the judge",
                  "worship": "the mayor"}


def styled(directory, start: int, end: int, at: int) -> tuple[str, object | None] | None:
    """For a name at ``start:end`` that is the style of an office ("her Honour"): the office holder named
    before ``at`` (or the style as written) and their person; ``None`` for any other name."""
    m = _STYLED.search(directory.masked, max(0, start - 6), end)
    if m is None:
        return None
    p = directory.titled(_STYLED_OFFICE[m.group("style").lower()], at)
    return (p.called, p) if p is not None else (m.group(), None)


# "I met a cafe owner in Taupo who was honest with me.": someone the writer met, described and not named
_MET = re.compile(r"\b(?:I|[Ww]e)\s+(?:met|spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed|visited|asked|phoned)\s+"
                  r"((?:an?|one)\s+[^.,;:!?\n\u201c\"]{2,60}?)(?=\s+(?:who|that|whose)\b|[.,;]|$)")


def met(text: str, start: int, end: int, pronoun: str) -> str:
    """The one the writer met in the sentence from ``start`` to ``end``, whom a he or she after it fits: "I met a
    cafe owner in Taupo who was honest with me. She said, “…”" is the cafe owner (``""`` when there is none)."""
    m = _MET.search(text, start, end)
    if m is None or pronoun not in ("he", "she"):
        return ""
    gender = GENDERED.get(m.group(1).split()[-1].lower(), "")         # "a man from …" is no "she"
    return "" if gender and gender != {"he": "m", "she": "f"}[pronoun] else m.group(1)


_OWNED_VOICE = re.compile(r"([Hh]is|[Hh]er)\s+(office|campaign|spokes(?:person|man|woman)|team|staff|press secretary)")


def owners_voice(description: str, directory, at: int) -> str:
    """Whose office or campaign "his office" (at ``at``) is: "Angus Doe\u2019s office", for the man a "he" there is
    (``""`` when the text does not say)."""
    m = _OWNED_VOICE.fullmatch(description.strip())
    p = directory.pronoun("he" if m.group(1).lower() == "his" else "she", at) if m else None
    return f"{p.called}\u2019s {m.group(2)}" if p is not None else ""


# "His speech drew two ovations and is quoted here at length.": the quotation paragraphs after it are his
_QUOTED_AT_LENGTH = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[\w\-]+[ \t]+){0,2}(?:speech|address|remarks|statement|"
                               r"letter|testimony|sermon|eulogy|toast)\b[^.!?\n]{0,80}?\b(?:is|are|was|were)[ \t]+"
                               r"(?:quoted|reproduced|printed|excerpted)\b")


def quoted_at_length(text: str, s: int, e: int) -> Mention | None:
    """The one whose speech the sentence ``text[s:e]`` says is quoted after it, as a pronoun to resolve."""
    sentence = text[s:e]
    m = _QUOTED_AT_LENGTH.search(text, s, e) if any(w in sentence for w in ("quoted", "printed", "reproduced", "excerpted")) \
        else None
    return None if m is None else Mention(PRONOUN, m.group(1), m.start(1), m.end(1), _OWNERS[m.group(1).lower()])
