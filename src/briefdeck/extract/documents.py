"""Documents that speak for whoever issued them: "“…,” the statement said" quotes the body or person the text
said issued it ("In a statement, Acme said", "Acme issued a statement", "a report released by Acme"), "a
statement from the company" is the company's, "Ardent's statement" Ardent's, and a quotation right after
"Acme sent us a statement this morning." is that statement. Court filings are :mod:`briefdeck.extract.filings`."""
from __future__ import annotations

import re

from briefdeck.extract.bodies import BODY_NOUNS
from briefdeck.extract.filings import FILINGS, plaintiff
from briefdeck.extract.lexicon import NOT_NAMES, PRONOUNS, ROLE_NOUNS, TITLES

# "the statement said": whoever was just said to have issued it
_DOCUMENTS = (r"(?:statement|letter|release|news release|press release|email|e-mail|memo|filing|notice|post|message|"
              r"announcement|text(?: message)?|voicemail|"
              r"decision|ruling|judg(?:e)?ment)")        # "In its 118-page decision, the regulator said … the decision states"
_DOCUMENT_NOUNS = frozenset("statement letter release email e-mail memo filing notice report study survey message decision "
                            "announcement ruling judgment judgement minutes".split())
# "The Reserve Bank board considered …": whose board met, for "the minutes said"
_BOARD_OF = re.compile(r"(?:[Tt]he[ \t]+)?((?:[A-Z][\w.\u2019'\-]*[ \t]+){0,3}[A-Z][\w.\-]*?)(?:[\u2019']s)?[ \t]+"
                       r"(?:board|(?:monetary[ \t]+)?policy[ \t]+committee|governing[ \t]+council)\b")
_SENT = r"(?:photo|photograph|picture|video|voice[ \t]+note|text|message)"
_WRITTEN = r"(?:report|study|survey|analysis|statement|letter|memo|email|release)"
_TO_WHOM = r"(?:(?:us|me|reporters|(?:the[ \t]+)?[A-Z][\w\-]*)[ \t]+){0,3}?"      # "sent us", "sent The Ledger"
_MAKER = r"((?:[\w\u2019'&.\-]+[ \t]+){0,8}?[\w\u2019'&.\-]+)"
# where a maker's name may start: a sentence, a line, or after a comma (not a list's last item: "…, and Acme Ltd, said")
_OPENS = r"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=,[ \t])(?!and\b|or\b))"
# "Hutchins acknowledged the pattern in a memo to regional leadership"
# (and "The Acme Institute, a research group funded by …, made this case in a report last fall")
_IN_A_DOCUMENT = re.compile(rf"{_OPENS}{_MAKER}(?:,[ \t]+(?!and\b|or\b)[^,.\n]{{3,90}},)?[ \t]+"
                            rf"(?:[a-z][\w\-]*[ \t]+){{1,6}}?in[ \t]+"
                            rf"(?:an?|the|her|his|its|their)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:{_DOCUMENTS}|report|study|survey)\b",
                            re.M)
_CITED_IN = re.compile(r"\b(?:cited|quoted|mentioned|referenced|listed|included|named)[ \t]+in[ \t]+\w+[ \t]+\S+$")
_STUDIES = frozenset("report study survey".split())     # written up, not announced: no "statement" makes them
_OWNED = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:Its|Their)[ \t]+(?:[\w\-]+[ \t]+){0,2}?(report|study|survey)\b", re.M)
# "Jo Doe, a spokeswoman for the minister, said in a statement": the appositive is not the maker
# (and "…, Job Creation and Trade, Jo Doe, said in a statement": the name set off after the tail of an office's
# title is the maker; not after "the office of the minister", whose statement it is)
_SAID_IN = re.compile(rf"{_OPENS}{_MAKER}(?:,[ \t]+(?P<set_off>(?!and\b|or\b)[^,.\n]{{3,90}}"
                       rf"|(?:which|who)\b[^.\n]{{3,200}}?),)?[ \t]+"   # (with commas: "The alliance, which represents …, said …")
                       rf"(?:said|says|wrote|writes|added|stated)[ \t]+in[ \t]+(?:an?|its|their|his|her)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?"
                       rf"{_DOCUMENTS}\b", re.M)
_ISSUED = [
    # "In a letter headed “…” and sent to buyers on Nov. 29, a copy of which was reviewed by TCW, Doe wrote"
    re.compile(rf"\b[Ii]n[ \t]+(?:an?|its|their)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_DOCUMENTS}\b(?:[^,.\n]|\.(?=[ \t][a-z\d])){{0,120}}"
               rf"(?:,[^,.\n]{{1,60}})?,[ \t]+{_MAKER},?[ \t]+"
               r"(?:said|says|wrote|writes|added|stated|argued|warned|called|accused|urged|described|dismissed|"
               r"welcomed|rejected|denied|defended|insisted|vowed|pledged|announced|confirmed|critici[sz]ed)\b"),
    _SAID_IN,
    re.compile(rf"(?:^|(?<=[.!?:][ \t])|(?<=\n)|(?<=,[ \t])){_MAKER}[ \t]+(?:issued|released|sent|posted|published)"
               rf"[ \t]+{_TO_WHOM}an?[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_DOCUMENTS}\b", re.M),
    # "Jo Doe sent her sister a photograph from the car park … “…,” the message said": what she sent
    re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=,[ \t])){_MAKER}[ \t]+(?:sent|texted|messaged)[ \t]+"
               rf"(?:[\w\u2019']+[ \t]+){{1,3}}?an?[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?{_SENT}\b", re.M),
    # "Jo Doe, a lawyer for the family, read a statement on the family's behalf": the family's statement
    re.compile(rf"\bread[ \t]+(?:out[ \t]+)?an?[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?{_DOCUMENTS}[ \t]+on[ \t]+"
               r"(?:behalf[ \t]+of[ \t]+((?:the[ \t]+)?(?:[A-Z][\w\-]*[ \t]+){0,3}[a-z]+)"
               r"|((?:the[ \t]+)?(?:[A-Z][\w\-]*[ \t]+){0,3}[a-z]+)[\u2019']s[ \t]+behalf)"),
    # "an outside consultancy, Alder & Finch Engineering, delivered a report titled …"
    re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=,[ \t])){_MAKER},?[ \t]+(?:delivered|submitted|produced|prepared|"
               rf"completed|published|released|issued)[ \t]+an?[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_WRITTEN}\b", re.M),
    _IN_A_DOCUMENT,
    # "a report released Monday by the monitoring group Open Clinic Watch", "The memo, written by Gerald Voss",
    # "an April 30 report from the Canadian Parts Council", "The report, prepared for the board by Alder Risk,"
    # (and 'The report, “Borrowed Time,” was released by the Acme Center')
    re.compile(rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_WRITTEN}(?:,[ \t]+[\u201c\"][^\n]{{1,160}}?[\u201d\"],?)?,?[ \t]+"
               rf"(?:(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+)?(?:(?:released|published|issued|"
               rf"written|prepared|sent|signed|drafted|compiled|commissioned)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?by"
               rf"|(?:(?:arrived|came)[ \t]+)?from)[ \t]+"      # ("a letter arrived from the … Fund")
               r"((?:(?:the|an?|[a-z][\w\-]*)[ \t]+){0,5}(?:[A-Z][\w\u2019'&.\-]*)(?:[ \t]+(?:of[ \t]+)?[A-Z][\w\u2019'&.\-]*){0,5})"),
]
_LOOKAHEAD = 600
_NOUN_NEXT = re.compile(r"[ \t]+([a-z][\w\-]*)")
_NEXT_SENTENCE = re.compile(r"(?<=[a-z]{2})\.[ \t]+(?:It|Its|The|This|That|He|She|They|We|I)\b.*$")
_THE_NOUN = re.compile(r"The[ \t]+[a-z][\w\-]*$")      # "The co-operative said in …": the co-operative
# "Acme sent us a statement this morning, and I'll read it in full.": the quotation after it is that statement
_ANNOUNCED = re.compile(rf"\b(?:issued|released|sent|emailed|provided)[ \t]+{_TO_WHOM}an?[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?"
                        r"(statement|letter|release|email|memo)\b[^.!?\n]*[.:]?[ \t]*$")


def announced(text: str, s: int, e: int, directory) -> str:
    """ "the statement" when the sentence ``text[s:e]`` ends by saying who issued or sent one, or ``""``."""
    m = _ANNOUNCED.search(text, s, e)         # (who sent it must be in that sentence: blanked before it, not older)
    return f"the {m.group(1)}" if m and document_maker(f"the {m.group(1)}", "\n" * s + text[s:e], e, directory) else ""
_DOCUMENT_LOOKBACK = 5000   # a report is named once, at the top, and quoted all the way down
_ABBREVIATED_ENDS = frozenset("inc ltd co corp jr sr plc llc".split())


_FROM_ISSUER = re.compile(rf"(?:an?|the)[ \t]+(?:[\w\-]+[ \t]+)?{_DOCUMENTS}[ \t]+(?:issued[ \t]+by|released[ \t]+by|from|by)"
                          r"[ \t]+(.+)", re.I)


# "the trust's own risk register", "the agency's annual report", "Ardent's statement", "Tallis's website": a
# body's own document
_OWN_DOCUMENT = re.compile(r"(?:the[ \t]+([a-z]+)[\u2019']s|(?-i:(?=[A-Z])([\w&\-]+))[\u2019']s|(its))[ \t]+(?:own[ \t]+)?(?:[a-z\-]+[ \t]+){0,2}(?:register|report|"
                           r"review|study|survey|audit|assessment|analysis|memo|letter|statement|filing|minutes|plan|website|web[ \t]+site|"
                           r"release|notice|post)", re.I)


def is_document(description: str) -> bool:
    """ "a statement", "the filing": a document, which speaks for whoever issued it."""
    words = description.lower().split()
    return len(words) == 2 and words[0] in ("a", "an", "the") and (words[1] in _DOCUMENT_NOUNS or words[1] in FILINGS)


def issuer(description: str, text: str = "", at: int = 0, is_person=lambda name: False) -> str:
    """Who a document speaking as a quotation's source comes from: "a statement from the company" -> "the
    company", "the trust's own risk register" -> "the trust" (``""`` when the description is not a document);
    given the ``text`` it is ``at``, "its website" -> the body "its" points back to."""
    m = _FROM_ISSUER.fullmatch(description.strip())
    if m:                                                # "a text from Jo Doe in Terwillegar": Jo Doe
        return re.sub(r"[ \t]+(?:in|of|from)[ \t]+[A-Z][\w\u2019'.\-]*(?:[ \t]+[A-Z][\w\u2019'.\-]*)*$", "", m.group(1))
    m = _OWN_DOCUMENT.fullmatch(description.strip())
    if m and m.group(3):
        return _its_body(text, at, is_person) if text else "its"
    if m and m.group(2):
        return m.group(2)                                # "Ardent's statement said …": Ardent
    return f"the {m.group(1).lower()}" if m and m.group(1).lower() in BODY_NOUNS else ""


# the subject of a clause: "Tallis did not notify …", "the council says …", not "Ofcom's investigation found"
_SUBJECT = re.compile(r"(?<![\w\u2019'])(?:[Tt]he[ \t]+([a-z]+)|((?-i:[A-Z][\w&\-]*)(?:[ \t]+(?:(?:of|and|for)[ \t]+)?"
                      r"[A-Z][\w&\-]*){0,6}))[ \t]+"
                      r"(?:(?:did|does|has|had|is|was|will|would|could|also|then|not)[ \t]+)*"
                      r"(?:says|said|did|does|has|had|is|was|will|would|told|found|[a-z]{3,}ed|[a-z]{3,}s)\b")
_ITS_LOOKBACK = 400


def _its_body(text: str, at: int, is_person) -> str:
    """The body "its" at ``at`` points back to: the subject of the nearest clause before it that is a body's
    name ("Tallis", later spelled out) or a word for one ("the council"), within a sentence or two; or ``""``."""
    found = ""
    for m in _SUBJECT.finditer(text, max(0, at - _ITS_LOOKBACK), at):
        if m.group(1) and m.group(1) in BODY_NOUNS:
            found = f"the {m.group(1)}"
        elif m.group(2) and m.group(2).split()[0].lower() not in NOT_NAMES and not is_person(m.group(2)):
            found = m.group(2)
    return found


def document_maker(description: str, text: str, at: int, directory=None) -> str:
    """Who issued "the statement" (letter, release, …) quoted at ``at``: the nearest "In a statement, X said",
    "X said in a statement" or "X issued a statement" before it (``""`` when there is none); with the
    text's people (``directory``), "In a written statement, he said" gives whoever "he" is."""
    words = description.lower().replace("\u2019s", "").replace("'s", "").split()
    kinds = _STUDIES if words == ["the", "authors"] else ()     # "the authors": of the report, study or survey
    if words[-1:] == ["authors"] and len(words) <= 3:
        words = ["the", words[1] if len(words) == 3 else "report"]     # "the report's authors": its maker
    if words[:1] in (["that"], ["this"]):
        words[0] = "the"                                 # "That report estimated that “…”": the one named before
    if len(words) == 2 and words[0] == "the" and words[1] in FILINGS:
        found = plaintiff(text, at)                      # "the complaint says": whoever filed it
        return "the" + found[3:] if _THE_NOUN.match(found) else found
    if len(words) != 2 or words[0] != "the" or words[1] not in _DOCUMENT_NOUNS:
        return ""
    best, where = "", -1
    for pattern in _ISSUED:
        for m in pattern.finditer(text, max(0, at - _DOCUMENT_LOOKBACK), at):
            if (pattern is _IN_A_DOCUMENT or words[1] in _STUDIES) \
                    and not any(kind in m.group().lower() for kind in kinds or words[1:]):
                continue                                 # "in a memo" (an announcement) makes no one the report's maker
            if pattern is _IN_A_DOCUMENT and _CITED_IN.search(m.group()):
                continue                                 # "Commerce Department data cited in the statement": not its maker
            g = 1 if pattern is _SAID_IN else m.lastindex or 1     # the one group of the alternative that matched
            maker = _named_part(m.group(g))
            if maker.split()[0].lower() in ("a", "an") and (before := _NAME_BEFORE.search(text, m.start(), m.start(g))):
                maker = before.group(1)                  # "In a statement, Jo Doe, a spokesperson for …, said": Jo Doe
            if pattern is _SAID_IN and m.group("set_off") and directory is not None and maker[:1].isupper() \
                    and not getattr(directory.people.get(maker), "personal", False) \
                    and (p := directory.people.get(m.group("set_off"))) is not None and p.personal:
                maker, g = p.name, "set_off"
            named = _NAMED_NEXT.match(text, m.end(g)) if _describes(m.group(g)) else None
            if named:                                    # "Quebec's Minister of the Economy, Jo Doe, said in a …"
                maker = named.group(1)
            if maker.lower() == "the" and (noun := _NOUN_NEXT.match(text, m.end(g))) and noun.group(1) in BODY_NOUNS:
                maker = f"the {noun.group(1)}"           # "The company confirmed the cut in a statement": the company
            first = maker.split()[0].lower()
            if maker.lower() in ("a", "an", "the"):
                continue                                 # "A few things in the report": nobody
            person = directory.pronoun(first, m.start(g)) if directory is not None and first in ("he", "she") else \
                directory.titled(maker, m.start(g)) if directory is not None and first == "the" else None   # "the judge"
            if person is not None and m.start(g) > where:
                best, where = person.name, m.start(g)    # "In a written statement, he said": the man named before
            elif m.start(g) > where and first not in PRONOUNS and (maker[0].isupper() or first in ("the", "a", "an")):
                best, where = maker, m.start(g)          # "the board said in a statement" too ("The board …" too)
                best = "the" + best[3:] if _THE_NOUN.match(best) else best
    if not best:                                         # "“…,” the memo said. The memo, written by Jo Doe, …"
        m = _ISSUED[-1].search(text, at, min(len(text), at + _LOOKAHEAD))
        if m and words[1] in m.group():
            best = _named_part(m.group(1))
    owned = _OWNED.search(text, max(0, at - _DOCUMENT_LOOKBACK), at) if not best and words[1] in _STUDIES else None
    if owned and owned.group(1) == words[1]:             # "… the Lords committee found … Its report, published …"
        best = _its_body(text, owned.start(), lambda name: directory is not None and name in directory.people)
    if not best and words[1] == "minutes":               # a central bank's or a council's minutes: its own words
        boards = list(_BOARD_OF.finditer(text, max(0, at - _DOCUMENT_LOOKBACK), at))
        best = boards[-1].group(1) if boards else ""
    return best


# ", Jo Doe, " right before the description that made the statement: the one it describes
_NAME_BEFORE = re.compile(r",[ \t]+((?:[A-Z][\w\u2019'.\-]*[ \t]+){1,3}[A-Z][\w\u2019'.\-]*),[ \t]+$")
# ", Nathalie Bergevin, said", ", Brantline Industrial Group of Mississauga, said": the name set off after a description
_NAMED_NEXT = re.compile(r",[ \t]+((?:[A-Z][\w\u2019'&.\-]*[ \t]+){1,5}?[A-Z][\w\u2019'&.\-]*)(?:[ \t]+of[ \t]+[A-Z][\w\-]*)?,"
                         r"[ \t]+(?:said|says|wrote|writes|added|stated)\b")


def _describes(maker: str) -> bool:
    """ "Harwood's parent company", "Quebec's Minister of the Economy": a description of someone, not a name (nor
    "the office of the minister", whose name set off after it is the minister's, not the office's)."""
    words = maker.split()
    if re.match(r"(?:the|an?)\s+[\w\-]+\s+(?:of|for)\b", maker, re.I):
        return False
    return bool(words) and ("\u2019s " in maker or "'s " in maker or words[-1].islower()
                            or any(w.lower() in TITLES or w.lower() in ROLE_NOUNS for w in words))


def _named_part(maker: str) -> str:
    """"the independent monitoring group Open Clinic Watch" -> "Open Clinic Watch"; "the board" stays."""
    maker = _NEXT_SENTENCE.sub("", maker)               # "… Retirement Fund. It was two pages long": the fund
    words = maker.split()
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in ("of", "&") and k < len(words)):
        k -= 1
    named = words[k:]
    while named and named[0] == "of":
        named = named[1:]
    found = " ".join(named) if named and k > 0 else maker
    if k == 0 and len(words) > 2 and words[0] == "The":
        found = " ".join(words[1:])                      # "The Acme Policy Institute": the institute's name
    return found if found.split()[-1].rstrip(".").lower() in _ABBREVIATED_ENDS else found.rstrip(".")


# "the Office of the U.S. Trade Representative issued a statement from Deputy Trade Representative Jo Doe that
# called …": the statement is the person's it comes from, not the office's
_SIGNED = re.compile(r"[ \t]+(?:issued|released|sent|put[ \t]+out|circulated)[ \t]+an?[ \t]+(?:[\w\-]+[ \t]+){0,2}?"
                     r"(?:statement|letter|message|memo)[ \t]+(?:from|by|signed[ \t]+by)[ \t]+"
                     r"((?:[A-Z][\w.\-]*[ \t]+){0,4}?)([A-Z][\w\u2019'\-]+[ \t]+[A-Z][\w\u2019'\-]+)\b(?![ \t]+[A-Z])")


def signed_by(text: str, end: int, is_person) -> tuple[int, str] | None:
    """Where the person a statement comes from is named, and their name, when the words right after a body's name
    at ``end`` say its statement is theirs; None otherwise."""
    m = _SIGNED.match(text, end)
    if m is None or not is_person(m.group(2)) or any(w.lower() not in TITLES and not w[0].isupper()
                                                     for w in m.group(1).split()):
        return None
    return m.start(2), m.group(2)