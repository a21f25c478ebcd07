"""Speakers named outside a quotation's own sentence: by the sentence after it ("That was the view of
Jane Doe"), or by a description pointing back at a body named before ("the agency said"), at a
fuller description written before ("the spokeswoman" after "A GM spokeswoman said ..."), at whoever
issued the statement it quotes ("the statement said"), or by "they" at the names that spoke together
just before ("Acme and Brightline warned that … “…,” they wrote"), or by the owner of a reply that
introduces it ("Her verdict: “…”")."""
from __future__ import annotations

import bisect
import re

from briefdeck.extract.lexicon import FEMALE_NAMES, HONORIFICS, MALE_NAMES, NOT_NAMES, OPENERS, PRONOUNS, ROLE_NOUNS
from briefdeck.extract.phrases import DESCRIPTION, NAME, ORG_WORDS, PRONOUN, Mention, Token, phrase_right

# "That was the view of Jane Doe": a noun for what someone said, pointing back at the quotation before it
_VIEW_NOUNS = frozenset("view verdict message word words assessment warning take reaction thinking opinion sentiment "
                        "advice conclusion argument reasoning prediction diagnosis".split())


def pointing_back(toks: list[Token], text: str) -> Mention | None:
    """Who the sentence after a quotation says said it: "That was the view of Jane Doe, …" / "So says Doe." /
    "That was Jane Doe."."""
    if len(toks) < 3:
        return None
    if toks[0].low == "so" and toks[1].text in ("says", "said"):
        return phrase_right(toks, 2, text)
    if toks[0].low not in ("that", "this", "those", "such"):
        return None
    if toks[1].text in ("was", "is") and toks[2].cap:      # "That was Ray Doe, who owns the laundromat."
        who = phrase_right(toks, 2, text)
        return who if who is not None and who.kind == NAME and " " in who.name else None
    for k in range(1, min(len(toks) - 1, 8)):
        if not toks[k].word:
            return None
        if toks[k].text in ("of", "from") and toks[k - 1].low in _VIEW_NOUNS:
            return phrase_right(toks, k + 1, text)
    return None


# "the agency said", "the company said": a body named a little earlier as the one that spoke or announced
_BODY_NOUNS = frozenset("agency company firm automaker carmaker automakers bank union association ministry department "
                        "government group office board council commission authority regulator party campaign "
                        "organization organisation institute network manufacturer retailer airline railway utility "
                        "committee lender insurer producer supplier operator developer broadcaster publisher newspaper "
                        "startup maker chain league federation coalition alliance society chamber foundation trust "
                        "court".split())
_BODY_SPOKE = re.compile(r"((?:[A-Z][\w&\u2019'.\-]*|of|for|and|&|de|du|la)(?:[ \t]+(?:[A-Z][\w&\u2019'.\-]*|of|for|and|&|"
                         r"de|du|la)){0,6})(?:,(?:[^,\n]|(?<=\d),(?=\d)){1,160},)?[ \t]+(?:(?:also|later|has|had|then)[ \t]+)?"
                         r"(?:said|says|announced|announces|reported|reports|confirmed|confirms|stated|told|warned|"
                         r"added)\b")
_BODY_LOOKBACK = 1200
_CALLED = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+([a-z]+)[ \t]+(?:called|named|known[ \t]+as)[ \t]+"
                     r"([A-Z][^,.;:\n\u201c\"]{1,80}?)(?=,|[ \t]+(?:said|says|announced|warned|told|has|had|is|was|will|"
                     r"would|wants|plans)\b)")
# "the company" with no body said to speak before it: the nearest name of a business, by its suffix
_BUSINESS_NOUNS = frozenset("company firm maker automaker carmaker producer processor supplier retailer lender insurer "
                            "operator developer chain manufacturer".split())
_NOT_BUSINESS = frozenset("association union council ministry department agency government party committee commission "
                          "board authority institute foundation federation coalition alliance society chamber "
                          "university college school court police league".split())
_CORPORATE = re.compile(r"\b((?:[A-Z][\w&\u2019'\-]*[ \t]+){1,4}(?:Ltd|Inc|Corp|Co|LLC|PLC|Limited|Group|Motors|"
                        r"Industries|Holdings|Corporation|Company|Chemicals|Pharmaceuticals|Therapeutics|Foods|"
                        r"Airlines|Mining|Steel|Technologies|Logistics|Energy)\b\.?)")
_NAME_JOINERS = frozenset("of for and & de du la".split())


def _name_run(word: str) -> str:
    """Capitalised words with the joiners of a body's name between them: "Reserve Bank of New Zealand"."""
    return rf"{word}(?:[ \t]+(?:(?:of|for|and|&|de|du|la)[ \t]+(?:the[ \t]+)?)?{word})*"


# "the Office of the U.S. Trade Representative": a capitalised name, dotted words and joiners kept
_CAPITALISED_NAME = re.compile(_name_run(r"[A-Z][\w&\u2019'.\-]*"))
_PLAIN_NAME = re.compile(_name_run(r"[A-Z][\w&\u2019'\-]*"))      # ... no dots: "Fare Watch. The" ends at the stop
_FIRM_LOOKBACK = 5000     # a story's firm is named in full at the top, and "the company" all the way down
# "the Boston company that makes the drug", "the note-taking app": a description whose head is a business
# ("the founder of the company" and "the firm's founder" are not)
_BUSINESS_HEADS = (r"company|firm|app|startup|platform|service|brand|retailer|chain|carmaker|automaker|lender|insurer|"
                   r"airline|manufacturer|business|drugmaker|maker")
_A_BODY = (r"(?:the|an?)[ \t]+(?:(?!(?:of|at|for|with|in|to|and|who|that|which)\b)[\w\-\u2019']+[ \t]+){{0,5}}?"
           r"(?:{heads})\b(?![\u2019'\-])")
# "Plumline, the minimalist note-taking app": a name that the text says is a business
_DEFINED_BUSINESS = re.compile(r"\b([A-Z][\w&\u2019'\-]*(?:[ \t]+[A-Z][\w&\u2019'\-]*){0,3}),[ \t]+"
                               + _A_BODY.format(heads=_BUSINESS_HEADS))
_BODY_DESCRIPTION = re.compile(_A_BODY.format(heads=_BUSINESS_HEADS + r"|agency|organi[sz]ation|group"), re.I)


def describes_a_body(description: str) -> bool:
    """Whether a role written after a name makes it a body: "the Boston company that makes the drug"."""
    return _BODY_DESCRIPTION.match(description) is not None


def body_named_before(description: str, text: str, at: int, is_person=lambda name: False) -> str:
    """The body "the agency" / "the company" at ``at`` refers to: the nearest name before it that said or
    announced something and is surely a body — it has a word such as Bank or Agency, is an acronym or a web
    name, or is followed by ", which" — and is not someone ``is_person`` knows (``""`` when there is none)."""
    words = description.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _BODY_NOUNS:
        return ""
    called = [m.group(2) for m in _CALLED.finditer(text, max(0, at - _BODY_LOOKBACK), at) if m.group(1) == words[1]]
    if called:
        return called[-1]                             # "A group called Citizens for a Fair Deal said …": the group
    best = same = ""
    for m in _BODY_SPOKE.finditer(text, max(0, at - _BODY_LOOKBACK), at):
        toks = m.group(1).split()
        while toks and (toks[0].lower() in NOT_NAMES or toks[0] in _NAME_JOINERS):
            toks = toks[1:]                           # "But Toyota" -> "Toyota"
        if not toks or toks[-1] in _NAME_JOINERS or toks[0].lower() in OPENERS or toks[0].lower() in PRONOUNS \
                or toks[0].lower().rstrip(".") in HONORIFICS:
            continue
        name = " ".join(toks)
        if words[1] in _BUSINESS_NOUNS and any(t.lower() in _NOT_BUSINESS for t in toks):
            continue                                  # "the company" is not the Harvesters Association
        bodily = any(t.lower().strip("\u2019'") in ORG_WORDS for t in toks)
        if is_person(name) or is_person(toks[-1]) and not bodily:
            continue                                  # "Jane Doe said", not "… Medicine Makers said"
        if bodily or name.endswith((".com", ".org", ".ca")) \
                or any(len(t) > 1 and t.isupper() for t in toks) or text.startswith(", which", m.end(1)):
            best = name
            if words[1] in (t.lower() for t in toks):
                same = name                           # "the council": the National Council of …, first
    if not same:
        same = _named_with(words[1], text, at, is_person)   # "the bank" after "The Reserve Bank of …" cut rates
    if not (same or best) and words[1] in _BUSINESS_NOUNS:
        named = []
        for m in _CORPORATE.finditer(text, max(0, at - _FIRM_LOOKBACK), at):
            toks = m.group(1).split()
            while toks and toks[0].lower() in NOT_NAMES:
                toks = toks[1:]
            if len(toks) > 1:
                named.append(" ".join(toks))          # "Louisbourg Seafoods Ltd. … expects": no verb of saying
        for m in _DEFINED_BUSINESS.finditer(text, max(0, at - _FIRM_LOOKBACK), at):
            if m.group(1).split()[0].lower() not in NOT_NAMES:
                named.append(m.group(1))              # "Plumline, the note-taking app that …"
        if named:                                     # the firm the story keeps naming, else the nearest
            best = max(reversed(named), key=lambda n: text.count(n.split()[0], 0, at))
    return same or best


def _named_with(noun: str, text: str, at: int, is_person) -> str:
    """The nearest name before ``at`` that has ``noun`` among its words ("Bank" in "Reserve Bank of New
    Zealand"), whether or not it spoke there."""
    found = ""
    described = re.compile(rf"\b{re.escape(noun)}[ \t]+(?=[A-Z])")    # "consumer group Choice Travel Watch"
    for m in described.finditer(text, max(0, at - _BODY_LOOKBACK), at):
        name = _PLAIN_NAME.match(text, m.end())
        if name and name.group().split()[0].lower() not in NOT_NAMES and not is_person(name.group()):
            found = name.group()
    if found:
        return found
    for m in _CAPITALISED_NAME.finditer(text, max(0, at - _FIRM_LOOKBACK), at):
        toks = m.group().split()
        while toks and (toks[0].lower() in NOT_NAMES or toks[0].lower() in OPENERS):
            toks = toks[1:]                           # "The Reserve Bank …", "But the …"
        while toks and toks[-1] in _NAME_JOINERS:
            toks = toks[:-1]
        if len(toks) > 1 and any(t.lower().strip("\u2019'.,") == noun for t in toks) and not is_person(" ".join(toks)):
            found = " ".join(toks).rstrip(".,")
    return found


def named_relation(description: str, text: str, at: int) -> tuple[int, int] | None:
    """Where the name is that "her son" at ``at`` was given before ("Her son, Daniel Doe, said …"), if any;
    "the minister" is whoever a minister was named as ("Ontario's trade minister, Jo Doe, called …")."""
    words = description.split()
    if len(words) != 2 or words[0].lower() not in ("his", "her", "their", "the") or not words[1].isalpha():
        return None
    before = "" if words[0].lower() == "the" else rf"(?i:{words[0]})[ \t]+"
    pattern = re.compile(rf"\b{before}{re.escape(words[1])},[ \t]+"
                         r"([A-Z][\w\u2019'\-]*(?:[ \t]+[A-Z][\w\u2019'.\-]*){0,3}),")
    found = None
    for m in pattern.finditer(text, max(0, at - _FIRM_LOOKBACK), at):
        found = m.span(1)
    return found


_SMALL = r"(?:a|an|the|and|or|with|of|for|to|in|on|at|by|from|who|that|which)"
# "the person" after "a person familiar with the talks": nouns for someone left unnamed on purpose
_UNNAMED = frozenset("person source insider".split())


def fuller_description(description: str, text: str, at: int, lookback: int = _BODY_LOOKBACK) -> str:
    """"the spokeswoman" at ``at`` as the fuller description written shortly before it ("A GM spokeswoman",
    "a spokesman for the yard"), or ``""`` when there is none."""
    words = description.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in ROLE_NOUNS | _UNNAMED:
        return ""
    pattern = re.compile(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+((?:(?!{_SMALL}\b)[\w&\u2019'.\-]+(?<!ed)[ \t]+){{0,3}})"
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
        unnamed = _UNNAMED_TAIL.match(text, m.end(), at)
        if m.group(1).strip() or m.group(2) or unnamed:       # "A pilot who asked not to be named"
            best = text[m.start():unnamed.end() if unnamed else m.end()].strip()
    return best


# "… who was not authorized to speak publicly": why the description stands for a name, part of it (an aside
# after a comma, ", who asked not to be named", is not)
_UNNAMED_TAIL = re.compile(r"[ \t]+who[ \t]+[^,.;()\n\u201c\"]{0,60}?\b(?:to be (?:named|identified)|anonymity|"
                           r"authori[sz]ed to (?:speak|comment|discuss)(?:[ \t]+(?:publicly|on the record|"
                           r"to the media|about it|on it))?|on (?:the )?condition (?:of|that) [^,.;\n]{0,40})"
                           # "A staffer who briefed members on the forecast said": who the description is
                           r"|[ \t]+who[ \t]+[^,.;()\n\u201c\"]{3,80}?(?=[ \t]+(?:said|says|told|added)\b"
                           r"|,[ \t]+(?:speaking|because|who asked|on condition)\b)")


# "the statement said": whoever was just said to have issued it
_DOCUMENTS = r"(?:statement|letter|release|news release|press release|email|e-mail|memo|filing|notice|post)"
_DOCUMENT_NOUNS = frozenset("statement letter release email e-mail memo filing notice report study survey".split())
_WRITTEN = r"(?:report|study|survey|analysis|statement|letter|memo|email|release)"
_MAKER = r"((?:[\w\u2019'&.\-]+[ \t]+){0,6}?[\w\u2019'&.\-]+)"
# "Hutchins acknowledged the pattern in a memo to regional leadership"
_IN_A_DOCUMENT = re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=,[ \t])){_MAKER}[ \t]+(?:[a-z][\w\-]*[ \t]+){{1,6}}?in[ \t]+"
                            rf"(?:an?|the|her|his|their)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?{_DOCUMENTS}\b", re.M)
_ISSUED = [
    re.compile(rf"\b[Ii]n[ \t]+an?[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_DOCUMENTS}\b[^,.\n]{{0,60}},[ \t]+{_MAKER}[ \t]+"
               r"(?:said|says|wrote|writes|added|stated|argued|warned)\b"),
    # "Jo Doe, a spokeswoman for the minister, said in a statement": the appositive is not the maker
    re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=,[ \t])){_MAKER}(?:,[ \t]+[^,.\n]{{3,90}},)?[ \t]+"
               rf"(?:said|says|wrote|writes|added|stated)[ \t]+in[ \t]+an?[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_DOCUMENTS}\b", re.M),
    re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=,[ \t])){_MAKER}[ \t]+(?:issued|released|sent|posted|published)"
               rf"[ \t]+an?[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_DOCUMENTS}\b", re.M),
    # "Jo Doe, a lawyer for the family, read a statement on the family's behalf": the family's statement
    re.compile(rf"\bread[ \t]+(?:out[ \t]+)?an?[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?{_DOCUMENTS}[ \t]+on[ \t]+"
               r"(?:behalf[ \t]+of[ \t]+((?:the[ \t]+)?(?:[A-Z][\w\-]*[ \t]+){0,3}[a-z]+)"
               r"|((?:the[ \t]+)?(?:[A-Z][\w\-]*[ \t]+){0,3}[a-z]+)[\u2019']s[ \t]+behalf)"),
    # "an outside consultancy, Alder & Finch Engineering, delivered a report titled …"
    re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=,[ \t])){_MAKER},?[ \t]+(?:delivered|submitted|produced|prepared|"
               rf"completed|published|released|issued)[ \t]+an?[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_WRITTEN}\b", re.M),
    _IN_A_DOCUMENT,
    # "a report released Monday by the monitoring group Open Clinic Watch", "The memo, written by Gerald Voss"
    re.compile(rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_WRITTEN},?[ \t]+(?:released|published|issued|"
               rf"written|prepared|sent|signed|drafted|compiled|commissioned)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?by[ \t]+"
               r"((?:(?:the|an?|[a-z][\w\-]*)[ \t]+){0,5}(?:[A-Z][\w\u2019'&.\-]*)(?:[ \t]+(?:of[ \t]+)?[A-Z][\w\u2019'&.\-]*){0,5})"),
]
_LOOKAHEAD = 600
_DOCUMENT_LOOKBACK = 5000   # a report is named once, at the top, and quoted all the way down
_ABBREVIATED_ENDS = frozenset("inc ltd co corp jr sr plc llc".split())


_FROM_ISSUER = re.compile(rf"(?:an?|the)[ \t]+(?:[\w\-]+[ \t]+)?{_DOCUMENTS}[ \t]+(?:issued[ \t]+by|released[ \t]+by|from|by)"
                          r"[ \t]+(.+)", re.I)


def issuer(description: str) -> str:
    """Who a document speaking as a quotation's source comes from: "a statement from the company" -> "the
    company" (``""`` when the description is not a document)."""
    m = _FROM_ISSUER.fullmatch(description.strip())
    return m.group(1) if m else ""


def document_maker(description: str, text: str, at: int) -> str:
    """Who issued "the statement" (letter, release, …) quoted at ``at``: the nearest "In a statement, X said",
    "X said in a statement" or "X issued a statement" before it (``""`` when there is none)."""
    words = description.lower().replace("\u2019s", "").replace("'s", "").split()
    if words[-1:] == ["authors"] and len(words) <= 3:
        words = ["the", words[1] if len(words) == 3 else "report"]     # "the report's authors": its maker
    if len(words) != 2 or words[0] != "the" or words[1] not in _DOCUMENT_NOUNS:
        return ""
    best, where = "", -1
    for pattern in _ISSUED:
        for m in pattern.finditer(text, max(0, at - _DOCUMENT_LOOKBACK), at):
            if pattern is _IN_A_DOCUMENT and words[1] not in m.group().lower():
                continue                                 # "in a memo" makes no one the maker of "the report"
            g = m.lastindex or 1                         # the one group of the alternative that matched
            maker = _named_part(m.group(g))
            first = maker.split()[0].lower()
            if m.start(g) > where and first not in PRONOUNS and (maker[0].isupper() or first in ("the", "a", "an")):
                best, where = maker, m.start(g)          # "the board said in a statement" too
    if not best:                                         # "“…,” the memo said. The memo, written by Jo Doe, …"
        m = _ISSUED[-1].search(text, at, min(len(text), at + _LOOKAHEAD))
        if m and words[1] in m.group():
            best = _named_part(m.group(1))
    return best


def _named_part(maker: str) -> str:
    """"the independent monitoring group Open Clinic Watch" -> "Open Clinic Watch"; "the board" stays."""
    words = maker.split()
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in ("of", "&") and k < len(words)):
        k -= 1
    named = words[k:]
    while named and named[0] == "of":
        named = named[1:]
    found = " ".join(named) if named and k > 0 else maker
    return found if found.split()[-1].rstrip(".").lower() in _ABBREVIATED_ENDS else found.rstrip(".")


# "RapidCart, Dashly and Foodsprint warned that …": names that spoke together, for a "they" after them
_NAMED = r"[A-Z][\w&\u2019'.\-]*(?:[ \t]+[A-Z][\w&\u2019'.\-]*){0,3}"
_TOGETHER = re.compile(rf"\b({_NAMED}(?:,[ \t]+{_NAMED}){{0,4}},?[ \t]+and[ \t]+{_NAMED})[ \t]+"
                       r"(?:(?:also|jointly|together|have|had)[ \t]+)?(?:said|say|wrote|write|warned|warn|argued|argue|"
                       r"told|added|insisted|stated|urged|asked)\b")
_TOGETHER_LOOKBACK = 600
_PREPOSITIONS = frozenset("in on at to from of for by with since until after before during".split())


def named_together(text: str, at: int) -> str:
    """The names that last spoke together shortly before ``at`` ("Acme and Brightline said"), or ``""``."""
    best = ""
    for m in _TOGETHER.finditer(text, max(0, at - _TOGETHER_LOOKBACK), at):
        names = re.split(r",?[ \t]+and[ \t]+|,[ \t]+", m.group(1))
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1] in _PREPOSITIONS:
            names = names[1:]                          # "in June, Acme and Brightline said": not June
        while names and (names[0].split()[0].lower() in NOT_NAMES or names[0].split()[0].lower() in OPENERS):
            names = names[1:]
        if len(names) >= 2:
            best = ", ".join(names[:-1]) + " and " + names[-1]
    return best


def spelled_out(acronym: str, text: str) -> str:
    """The full name an acronym stands for where the text defines it ("the Premier Hardcourt League (PHL)"),
    or ``""``: its capitals' initials spell the acronym."""
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return ""
    m = re.search(rf"((?:[A-Z][\w&\u2019'\-]*[ \t]+(?:(?:of|for|and|the|on|de)[ \t]+)?){{1,7}})\({acronym}\)", text)
    if m is None:
        return ""
    words = m.group(1).split()
    for k in range(len(words)):                       # the words from the first whose capitals spell it
        tail = [w for w in words[k:] if w[0].isupper()]
        if "".join(w[0] for w in tail) == acronym and words[k][0].isupper():
            return " ".join(words[k:])
    return ""


# the last word of a business's full name, beside the words for bodies in general: "Brightway Pharmacy"
_TRADE_ENDS = frozenset("pharmacy pharmacies communications telecom media health healthcare maritime marine works "
                        "software solutions services labs laboratories partners capital ventures brands stores "
                        "markets farms mills dairy brewing brewery shipping freight transport logistics".split())


def short_for(name: str, text: str, at: int) -> str:
    """The full name that a body's first word stands for ("Brightway" after "Brightway Pharmacy"), or ``""``."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return ""
    m = re.search(rf"\b{re.escape(name)}((?:[ \t]+[A-Z][\w&\u2019'\-]*){{1,3}})", text[:at])
    if m is None:
        return ""
    words = m.group(1).split()
    while words and words[-1].lower().strip("\u2019'") not in ORG_WORDS | _TRADE_ENDS:
        words.pop()                                   # "Brightway Pharmacy Thursday" -> "Brightway Pharmacy"
    return f"{name} {' '.join(words)}" if words else ""


# "His answer was blunt: “…”", "Doe’s verdict: “…”": the words that follow are the owner's
_RESPONSES = frozenset("answer reply response verdict advice message view take assessment explanation conclusion "
                       "retort warning reaction prediction summary diagnosis plea instruction instructions words "
                       "comment comments promise vow".split())
_OWNERS = {"his": "he", "her": "she", "their": "they"}


def possessor(toks: list[Token], i: int) -> Mention | None:
    """The owner of a response noun that introduces a quotation after a colon, as a pronoun or a name
    (``i``: where the sentence's main clause starts)."""
    if len(toks) - i < 3 or toks[-1].text != ":" or toks[i + 1].low not in _RESPONSES \
            or any(t.text in ".;!?" for t in toks[i:-1]) or len(toks) - i > 8:
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
                         r"[A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){1,3})[ \t]*\.")


def named_last(m: Mention | None, text: str) -> Mention | None:
    """The person a description after "said" leads up to, when the sentence closes on their name."""
    if m is None or m.kind != DESCRIPTION or " who " not in m.text:
        return m
    found = _NAMED_LAST.match(text, m.end)
    return Mention(NAME, found.group(1), *found.span(1), found.group(1), begin=m.begin) if found else m


def person_before(directory, at: int, reach: int):
    """The person named last before ``at``, within ``reach``: a full name that opens on a first name, or one
    given with an honorific; not a body or a place read as a name ("Windsor Assembly Plant")."""
    k = bisect.bisect_left(directory.positions, at) - 1
    while k >= 0 and at - directory.positions[k] <= reach:
        p = directory.mentions[k][1]
        first = p.name.split()[0].lower()
        if p.personal and " " in p.name and (p.honorific or first in FEMALE_NAMES or first in MALE_NAMES):
            return p
        k -= 1
    return None
