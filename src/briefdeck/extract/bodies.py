"""Bodies — companies, ministries, agencies, police forces — that a later mention points back to: "the agency said"
(the body named a little earlier as the one that spoke), a short name for the full one given before ("Brightway" after
"Brightway Pharmacy"), an acronym the text spells out ("the Hardcourt League (HL)"), and the names said together."""
from __future__ import annotations

import re

from briefdeck.extract import french_names
from briefdeck.extract.body_names import (CAPITALISED_NAME, NAME_JOINERS, PLACE_WORDS, PLAIN_NAME, lead_trimmed,
                                          listed_tail, local_number, posted_in, spelled_out)
from briefdeck.extract.firms import BUSINESS_HEADS, TRADE_ENDS, first_name, opening_firm, short_for, used_as_firm
from briefdeck.extract.lexicon import (GIVEN_SYLLABLES, HONORIFICS, JURISDICTIONS, MAKERS, NOT_NAMES, OPENERS, ORG_WORDS,
                                       PLACE_ABBREVIATIONS, PRONOUNS, ROLE_NOUNS, TITLES)
from briefdeck.extract.sentence_names import (PAIR, PLACE_ENDS, opening_names, sentence_before, sentence_start,
                                              spoke_just_before, subject_before)

# "the agency said", "the company said": a body named a little earlier as the one that spoke or announced
BODY_NOUNS = frozenset("agency company firm automaker carmaker automakers bank union association ministry department "
                        "government group office board council commission authority regulator party campaign "
                        "organization organisation institute network manufacturer retailer airline railway utility "
                        "committee lender insurer producer supplier operator developer broadcaster publisher newspaper "
                        "startup maker chain league federation coalition alliance society chamber foundation trust district force police "
                        "court tribunal city county municipality township guild charity nonprofit watchdog consultancy "
                        "port airport shipyard yard hospital university college broker brokerage reinsurer carrier exporter "
                        "wholesaler distributor contractor partnership consortium cooperative co-operative co-op embassy consulate "
                        "army navy regiment battalion brigade squadron fleet studio chipmaker miner smelter provider "
                        "platform museum festival journal magazine local branch corporation".split()) | MAKERS
# "the force" after "NSW Police": words for one kind of body that its name may not share
_SAME_BODY = {"force": ("force", "police", "constabulary"), "police": ("police", "force", "constabulary"),
              "local": ("local", "union"),            # "the local": a union's local, named by its union
              "city": ("city", "municipality"), "municipality": ("municipality", "city", "town", "township"),
              "airline": ("airline", "airlines", "airways", "air"), "carrier": ("airlines", "airways", "lines")}
# the comma in "a Guelph, Ont., maker of hinges": a town's province or state, inside an appositive
_PROVINCE_COMMA = r",[ \t]+(?:%s)\.," % "|".join(sorted(w.capitalize() for w in PLACE_ABBREVIATIONS))
_BODY_SPOKE = re.compile(r"((?:[A-Z][\w&\u2019'.\-]*|of|for|and|&|de|du|la)(?:[ \t]+(?:[A-Z][\w&\u2019'.\-]*|of|for|and|&|"
                         r"de|du|la)){0,6})(?:,[ \t]+which\b[^.\n]{1,200}?,|,(?:[^,\n]|(?<=\d),(?=\d)|%s){1,160},)?"   # (", which …,
                         r"[ \t]+(?:(?:also|later|has|had|then)[ \t]+)?"                 # may hold a list)
                         r"(?:said|says|announced|announces|reported|reports|confirmed|confirms|stated|told|warned|"
                         r"added|declined|defended|estimated|estimates|forecast|projected|predicted|acknowledged|"
                         r"rejected|denied|disputed|countered|issued|released|responded|replied)\b"
                         % _PROVINCE_COMMA)
BODY_LOOKBACK = 1200
_NAME_SET_OFF = r"((?<![\w.])[A-Z][\w&\u2019'.\-]*(?:[ \t]+(?:[A-Z][\w&\u2019'.\-]*|of|for|and|&)){0,6}),[ \t]+"
# "Lung Health Cymru, a charity that supports …": a name the text defines as a body of that kind
_DEFINED = re.compile(_NAME_SET_OFF + r"(?:a|an)[ \t]+(?:[\w\-]+\.?,?[ \t]+){0,4}?([a-z]+)[ \t]+"
                      r"(?:that|which|based|founded|set up|run)\b")   # (", an Elkhart, Indiana, company that …")
# "Plastor Europa, the Brussels-based steelmakers’ association, welcomed …": the association, named beside it
_APPOSED = re.compile(_NAME_SET_OFF + r"(?:the|a|an)[ \t]+"
                      r"(?:(?!(?:of|for|at|in|with|from|to|on|and|or)\b)[\w\-\u2019']+[ \t]+){0,4}?([a-z]+),")
# "The drug’s manufacturer, Valmont Biologics, said …", "the low-cost carrier Ardent Air, its largest tenant,"
_NOUN_THEN_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)[ \t]+(?:[\w\-\u2019']+[ \t]+){0,3}?([a-z]+)(,?)[ \t]+"
                             r"([A-Z][\w&\u2019'.\-]*(?:[ \t]+(?:[A-Z][\w&\u2019'.\-]*|of|for|and|&)){0,5}),")
_OWNED = re.compile(r"([Tt]he)[ \t]+([A-Z][a-z][\w\-]*)[ \t]+([a-z]+s)")     # "the Arbutus analysts"
_WHOSE = ("campaign", "office")     # "the Doe campaign", "Doe's office": named for whose it is
_WHOSE_NAMED = re.compile(r"(?!(?:The|A|An|His|Her|Their|Its|This|That|Our|Your|My)\b)((?:[A-Z][\w\-]*[ \t]+)?"
                          rf"[A-Z][\w\-]*)(?:[\u2019']s)?[ \t]+({'|'.join(_WHOSE)})\b")
_CALLED = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+([a-z]+)[ \t]+(?:called|named|known[ \t]+as)[ \t]+"
                     r"([A-Z][^,.;:\n\u201c\"]{1,80}?)(?=,|[ \t]+(?:said|says|announced|warned|told|has|had|is|was|will|"
                     r"would|wants|plans)\b)")
# "the company" with no body said to speak before it: the nearest name of a business, by its suffix
_TRADE_NAMED = re.compile(r"(?<![\w.])(?:[A-Z][\w&\u2019'\-]*[ \t]+){1,3}(?:%s)\b(?![ \t]+[A-Z])"
                          % "|".join(sorted(w.capitalize() for w in TRADE_ENDS)))     # "Harbourfront Post Media"
_PLACE_OWNS = re.compile(r"([A-Z][\w\-]+)[\u2019']s")       # "Japan's", "Ottawa's": whose body it is
_ALSO_CALLED = {"airline": "carrier", "carrier": "airline"}     # "Borealis Air, a leisure carrier": "the airline"
BUSINESS_NOUNS = frozenset("company firm maker automaker carmaker producer processor supplier retailer lender insurer "
                            "operator developer chain manufacturer".split()) | MAKERS
FIRM_NOUNS = BUSINESS_NOUNS | {"bank", "airline", "group", "insurer", "chipmaker", "miner", "broker", "carrier"}
_WHICH = re.compile(r"(?<![\w.])([A-Z][\w&\u2019'\-]*(?:[ \t]+[A-Z][\w&\u2019'\-]*){0,3}),[ \t]+which\b")   # a thing, not a who
_PORTFOLIOS = ("department", "ministry")            # "the Finance ministry": a body named for what it does
_STATE_WORDS = frozenset("department ministry agency office government secretariat directorate bureau".split())   # a state's bodies
_DEMONYM = re.compile(r"(?:an|ish|ese|ch|i)$")       # "the Canadian department", "the British ministry": whose
_ANY_BODY = frozenset(("group", "consortium", "cooperative", "co-operative", "co-op"))   # a firm, or a lobby, or a union
_NOT_BUSINESS = frozenset("association union council ministry department agency government party committee commission "
                          "board authority institute foundation federation coalition alliance society chamber "
                          "university college school court police league office bureau administration tribunal regulator "
                          "ombudsman".split())
_CORPORATE = re.compile(r"\b((?:[A-Z][\w&\u2019'\-]*[ \t]+){1,4}(?:Ltd|Inc|Corp|Co|LLC|PLC|GmbH|Pty|Limited|Group|Motors|"
                        r"Industries|Holdings|Corporation|Company|Chemicals|Pharmaceuticals|Therapeutics|Foods|"
                        r"Resources|Minerals|Petroleum|Airlines|Mining|Steel|Technologies|Logistics|Energy|Partners|"
                        r"Components|Shipping|Shipmanagement|Maritime|"
                        r"Services|Solutions|Systems|Construction|Contracting|Engineering|Manufacturing|Materials)\b\.?)")
_NAME_GOES_ON = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
FIRM_LOOKBACK = 5000     # a story's firm is named in full at the top, and "the company" all the way down
_TITLE_WORDS = TITLES | ROLE_NOUNS      # "Chief Financial Officer Jo Doe": a title before a name
# "the Boston company that makes the drug", "the note-taking app": headed by a business (not "the firm's founder")
_A_BODY = (r"(?:the|an?)[ \t]+(?:(?!(?:of|at|for|with|in|to|and|who|that|which)\b)[\w\-\u2019']+[ \t]+){{0,5}}?"
           r"(?:{heads})\b(?![\u2019'\-])")
# "Plumline, the minimalist note-taking app": a name that the text says is a business
_DEFINED_BUSINESS = re.compile(r"\b([A-Z][\w&\u2019'\-]*(?:[ \t]+[A-Z][\w&\u2019'\-]*){0,3}),[ \t]+"
                               + _A_BODY.format(heads=BUSINESS_HEADS))
_BODY_DESCRIPTION = re.compile(_A_BODY.format(heads=BUSINESS_HEADS + r"|agency|organi[sz]ation|group"), re.I)


# "the state-owned track manager", "a publicly traded miner", "the family-run bakery": owned, so not a person
_OWNED_BODY = re.compile(r"\b(?:[a-z]+-(?:owned|held|traded|listed|controlled|run)|(?:publicly|privately|jointly|wholly)"
                         r"[ \t]+(?:owned|held|traded|listed|controlled))\b", re.I)


def describes_a_body(description: str) -> bool:
    """Whether a role written after a name makes it a body: "the Boston company that makes the drug", "the
    state-owned track manager"."""
    return _BODY_DESCRIPTION.match(description) is not None or _OWNED_BODY.search(description) is not None


def _titled(toks: list[str], is_person) -> bool:
    """"U.S. District Judge Jo Doe", "Chief Financial Officer Jo Doe": someone the text knows, after a title."""
    return any(t.lower() in _TITLE_WORDS and is_person(" ".join(toks[k + 1:])) for k, t in enumerate(toks[:-1]))


def body_named_before(description: str, text: str, at: int, is_person=lambda name: False) -> str:
    """The body "the agency" / "the company" at ``at`` refers to: the nearest name before it that said or
    announced something and is surely a body — it has a word such as Bank or Agency, is an acronym or a web
    name, or is followed by ", which" — and is not someone ``is_person`` knows (``""`` when there is none);
    "the hospitals", the two bodies last named together ("Lakeshore Health and Mercy Ridge Health Partners")."""
    words = description.lower().split()
    owner = _PLACE_OWNS.fullmatch(description.split()[0]) if 2 <= len(words) <= 4 and words[-1] in BODY_NOUNS \
        and words[-1] not in _WHOSE and words[-1] not in _MISSIONS else None     # (not "Ryan's office")
    if owner:                                         # "Japan's farm ministry": "Japan's Ministry of Agriculture, …"
        found = body_named_before("the " + description.split(None, 1)[1], text, at, is_person)
        return found if found and (found.startswith(owner.group(1)) or re.search(
            rf"\b{owner.group(1)}[\u2019']s[ \t]+{re.escape(found)}", text)) else ""
    if len(words) == 2 and words[0] == "the" and words[1].endswith("s") and words[1][:-1] in BODY_NOUNS:
        pairs = [m.group() for m in PAIR.finditer(text, max(0, at - BODY_LOOKBACK), at)
                 if all(has_body_word(name.split()) for name in (m.group(1), m.group(2)))]
        return pairs[-1] if pairs else ""
    if not 2 <= len(words) <= 4 or words[0] != "the" or words[-1] not in BODY_NOUNS \
            or not all(w.replace("-", "").isalpha() for w in words[1:-1]):
        return ""
    if len(words) > 2 and (words[-1] in _MISSIONS or words[-1] in _GOVERNMENTS
                           or words[-1] in _WHOSE and description.split()[1][:1].isupper()):
        return ""              # "the French embassy", "the federal government", "the Doe campaign" say whose it is
    if words[-1] in _PORTFOLIOS and any(w[:1].isupper() and w not in PLACE_WORDS and not _DEMONYM.search(w)
                                        for w in description.split()[1:-1]):
        return ""              # "the Canadian Heritage department", "the Finance ministry": named by what it does
    words = ["the", words[-1]]                        # "the provincial police force", "the Detroit-based automaker"
    whose = [m.group(1) for m in _WHOSE_NAMED.finditer(text, max(0, at - BODY_LOOKBACK), at)
             if m.group(2) == words[1]] if words[1] in _WHOSE else []
    if whose:                                         # "the campaign" after "the Abiodun-Price campaign said"
        return f"{whose[-1]} {words[1]}"
    if words[1] in _UMBRELLA:                         # "The association has asked … A spokesperson for the group
        before = _OPENS_ON_BODY.match(text, sentence_start(text, sentence_start(text, at) - 1))   # said": the association
        if before and before.group(1) in BODY_NOUNS and before.group(1) not in _UMBRELLA:
            found = body_named_before("the " + before.group(1), text, before.start(), is_person)
            if found:
                return found
    called = sorted([(m.start(), m.group(2)) for m in _CALLED.finditer(text, max(0, at - BODY_LOOKBACK), at)
                     if m.group(1) == words[1]] + [(m.start(), m.group(1)) for m in _DEFINED.finditer(
                         text, max(0, at - BODY_LOOKBACK), at) if m.group(2) == words[1]]
                    + [(m.start(), m.group(1)) for m in _APPOSED.finditer(text, max(0, at - BODY_LOOKBACK), at)
                       if m.group(2) in (words[1], _ALSO_CALLED.get(words[1])) and not first_name(m.group(1).split()[0])]
                    + [(m.start(3), m.group(3)) for m in _NOUN_THEN_NAME.finditer(text, max(0, at - BODY_LOOKBACK), at)
                       if (m.group(1) in (words[1], _ALSO_CALLED.get(words[1])) or m.group(2) and {m.group(1), words[1]}
                           <= BUSINESS_NOUNS) and not first_name(m.group(3).split()[0])])   # ("the firm Doe & Roe": a firm)
    after = max(called[-1][0] + 1, text.find(called[-1][1], called[-1][0]) + len(called[-1][1])) if called else 0
    later = [m for m in _BODY_SPOKE.finditer(text, after, at) if has_body_word(lead_trimmed(
        _after_a_full_stop(m.group(1).split())))] if called else []   # "One company, Acme, … Bolt Power declined …"
    if called and not later:                          # "A group called Citizens for a Fair Deal said …": the group;
        pos, name = called[-1]                        # "Keystone, a privately held company": Keystone Munitions Group
        name = name[4:] if name.startswith("The ") else name             # "The Acme Workers' Union, the …": the union
        return (short_for(name, text, pos) if " " not in name else "") or name
    best = same = plain = ""
    best_at = same_at = -1
    lookback = text.rfind("\n", 0, max(0, at - BODY_LOOKBACK)) + 1    # from a paragraph's start, not mid-name
    for m in _BODY_SPOKE.finditer(text, lookback, at):
        toks = lead_trimmed(_after_a_full_stop(m.group(1).split()))
        if not _could_be_named(toks) or _in_a_place(m.group(1), text, m.start()):
            continue                                  # not "a doctor in Brampton, Ont., said"
        name = " ".join(toks)
        if words[1] in BUSINESS_NOUNS and (any(t.lower() in _NOT_BUSINESS for t in [*toks, *(spelled_out(
                name, text).split() if len(toks) == 1 else ())]) or name in JURISDICTIONS):
            continue                                  # "the company" is not the Harvesters Association, nor the MoD,
                                                      # nor the state in "Acme, an Elkhart, Indiana, company, said"
        part = _PART_OF.match(text, m.end(1))         # (a firm, though its name reads like a person's)
        bodily = has_body_word(toks) or bool(part)
        firm = short_for(name, text, m.start()) if len(toks) == 1 else ""
        if not firm and words[1] in FIRM_NOUNS:
            firm = used_as_firm(name, text, m.end(1))      # "Harlan said" after "Harlan Aerostructures"
        if firm:                                      # "Halvorsen said" after "Halvorsen Precision Components"
            name, bodily = firm, True
        elif not part and (is_person(name) or is_person(toks[-1]) and (not bodily or _titled(toks, is_person))):
            continue                                  # "Jane Doe said", not "… Medicine Makers said"
        if bodily or name.endswith((".com", ".org", ".ca")) \
                or _has_acronym(toks) or text.startswith(", which", m.end(1)):
            best, best_at = name, m.start()
            if words[1] in (t.lower() for t in toks) and (_headed(toks, words[1]) or not _headed(same.split(), words[1])):
                same, same_at = name, m.start()       # "the council": the National Council of …, first
        elif not first_name(toks[0]) and not (len(toks) == 1 and re.search(rf"\b{re.escape(name.lower())}\b", text)):
            plain = name                              # "Eskom said …", not "Workers told me" (workers, elsewhere)
    if not same or not _headed(same.split(), words[1]):  # ("the university": not its staff association)
        same = _named_with(words[1], text, at, is_person) or same   # "the bank" after "The Reserve Bank of …" cut rates
        same_at = text.rfind(same, 0, at) if same else -1
    if same and best.isupper() and same_at < best_at:
        same = ""                                     # "HHS said …" after "… Justice Department lawyer …": HHS
    if not (same or best) and words[1] in _SAME_BODY and len(description.split()) == 2:
        same = _named_with(words[1], text, at, is_person, _SAME_BODY[words[1]])   # "the force": NSW Police
    if not (same or best) and words[1] == "department":
        same = _federal_department(text, at)         # "Immigration, Refugees and Citizenship Canada (IRCC) tabled …"
    if not (same or best) and (words[1] in BUSINESS_NOUNS or words[1] in _ANY_BODY):
        named = [plain] if plain else []              # "Bindaree Coal, a subsidiary of … Group, said": Bindaree
        for m in _CORPORATE.finditer(text, max(0, at - FIRM_LOOKBACK), at):
            toks = lead_trimmed(m.group(1).split())
            more = _NAME_GOES_ON.match(text, m.end())     # "Canada Border Services Agency": no firm
            if len(toks) > 1 and not (more and more.group(1).lower() in _NOT_BUSINESS):
                named.append(" ".join(toks))          # "Louisbourg Seafoods Ltd. … expects": no verb of saying
        for m in _DEFINED_BUSINESS.finditer(text, max(0, at - FIRM_LOOKBACK), at):
            if m.group(1).split()[0].lower() not in NOT_NAMES:
                named.append(m.group(1))              # "Plumline, the note-taking app that …"
        for m in _BODY_SPOKE.finditer(text, max(0, at - FIRM_LOOKBACK), lookback):
            name = _spoke_as_firm(lead_trimmed(m.group(1).split()), text, m.start(), is_person)
            if name and not (words[1] in BUSINESS_NOUNS and any(t.lower() in _NOT_BUSINESS for t in name.split())) \
                    and not _in_a_place(m.group(1), text, m.start()):
                named.append(name)                    # "Blue Heron said" far up: still the story's firm
        for m in opening_names(text, max(0, at - FIRM_LOOKBACK), at, is_person):
            named.append(m)                           # "Halvorsen Drivetrain will close …": the lead's subject
        for m in _WHICH.finditer(text, max(0, at - FIRM_LOOKBACK), at) if not named else ():
            toks = lead_trimmed(m.group(1).split())
            if toks and not is_person(" ".join(toks)) and not first_name(toks[0]) \
                    and toks[-1].lower() not in PLACE_ENDS:
                named.append(" ".join(toks))          # "NightLedger, which emerged last year, …" (not "Battle River")
        if words[1] in BUSINESS_NOUNS:                # "the company" is no department ("A Commerce Department official")
            named = [n for n in named if not any(t.lower() in _NOT_BUSINESS for t in n.split())]
        trades = {m.group() for m in _TRADE_NAMED.finditer(text, 0, at)} if not named and words[1] in BUSINESS_NOUNS \
            else set()
        named = named or (list(trades) if len(trades) == 1 else [])   # "met Harbourfront Post Media": the one firm
        if named:                                     # the firm the story keeps naming, else the nearest
            best = max(reversed(named), key=lambda n: text.count(n.split()[0], 0, at))
        firm = opening_firm(text, sentence_before(text, at, words[1])) if words[1] in BUSINESS_NOUNS else ""
        if firm and (not is_person(firm) or " " in firm and not first_name(firm.split()[0])
                     and not GIVEN_SYLLABLES.fullmatch(firm.split()[-1])):    # (not "Lo Hsin-yi", family name first)
            best = firm                               # "Corvane did not testify. In a statement, the company"
    if not (same or best) and words[1] in ("board", "committee") and (owned := list(re.finditer(
            rf"\b(?:The[ \t]+)?((?:[A-Z][\w.\u2019'\-]*[ \t]+){{1,4}}){words[1]}\b", text[max(0, at - BODY_LOOKBACK):at]))):
        return owned[-1].group(1) + words[1]             # "the board" after "The Reserve Bank board considered …"
    if words[1] in _PORTFOLIOS:     # "the department" is no firm ("Google said …"); it may be "Manitoba Justice"
        best, plain = (name if _of_the_state(name) else "" for name in (best, plain))
    just = spoke_just_before(text, at, is_person) if words[1] in BUSINESS_NOUNS or words[1] in _ANY_BODY else ""
    if just and not (same and _headed(same.split(), words[1])) \
            and not (words[1] in BUSINESS_NOUNS and any(t.lower() in _NOT_BUSINESS for t in just.split())):
        same = just                                   # "Acme Homes confirmed … “…,” the developer said": Acme Homes
    found = _in_full(same or best or plain or ("" if words[1] in _PORTFOLIOS else subject_before(text, at, is_person)),
                     text, at, is_person)
    at_name = text.rfind(found, 0, at) if " of " in found or " for " in found else -1
    return found + listed_after(text, at_name + len(found)) if at_name >= 0 else found


# "Vireo Hydraulics, a unit of Ohio-based Vireo Motion Systems, said": a firm, whatever its name ends in
_PART_OF = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?:unit|subsidiary|division|affiliate)[ \t]+of\b")
_MISSIONS = ("embassy", "consulate")     # named by the country that sends them: "the Russian embassy"
_GOVERNMENTS = ("government", "administration")     # "the Manitoba government", "the Biden administration"
_UMBRELLA = frozenset("group organization organisation body".split())   # a word for any kind of body
_OPENS_ON_BODY = re.compile(r"[Tt]he[ \t]+([a-z]+)[ \t]+(?:has|had|is|was|have|will|would|said|says|[a-z]+ed)\b")


def _of_the_state(name: str) -> bool:
    """A name a department could go by: "Department of Finance", "Health Canada", "Manitoba Justice", "HUD"."""
    words = name.split()
    return bool(words) and (any(w.lower() in _STATE_WORDS for w in words) or words[0] in PLACE_WORDS
                            or words[-1] == "Canada" or name.isupper())


_IN_A_PLACE = re.compile(r"\b(?:in|near|outside)[ \t]+$")
# "shops in the Glebe, Westboro, Hintonburg and Orléans told …": the last of a list of places ("in May, Acme said": no)
_IN_A_LIST = re.compile(r"\b(?:in|near|outside)[ \t]+(?:(?:the[ \t]+)?[A-Z][\w\u2019'.\-]*(?:[ \t]+[A-Z][\w\u2019'\-]*){0,2},"
                        r"[ \t]+){1,6}$")


def _in_a_place(name: str, text: str, at: int) -> bool:
    """Is the name at ``at`` a place's, after "in" ("a doctor in Brampton, Ont., said"), or a list's last places?"""
    return bool(_IN_A_PLACE.search(text, max(0, at - 8), at) or " and " in name and _IN_A_LIST.search(text, max(0, at - 120), at))


# a Canadian federal department, named without the word: "Fisheries and Oceans Canada", "Health Canada"
_DEPARTMENT = re.compile(r"(?<![\w,])((?:[A-Z][a-z]+,?[ \t]+(?:and[ \t]+)?){1,5})Canada\b(?![ \t]+[A-Z])")


def _federal_department(text: str, at: int) -> str:
    """The last department named before ``at`` by a name that ends on "Canada" and is no place's nor a firm's
    ("Immigration, Refugees and Citizenship Canada", not "Western Canada" or "Air Canada"), or ``""``."""
    found = ""
    for m in _DEPARTMENT.finditer(text, max(0, at - FIRM_LOOKBACK), at):
        words = m.group(1).replace(",", " ").split()
        if words[0].lower() not in NOT_NAMES and words[0] not in PLACE_WORDS \
                and not any(w.lower() in ORG_WORDS or w.lower() in _COMPASS for w in words):
            found = m.group()
    return found


_COMPASS = frozenset("western eastern northern southern atlantic central rural urban english french".split())


def _after_a_full_stop(toks: list[str]) -> list[str]:
    """A run of capitalised words cut where a sentence ends inside it: "March. The CMA" -> "CMA"."""
    ends = [i for i, t in enumerate(toks[:-1]) if t.endswith(".") and (toks[i + 1].lower() in OPENERS
                                                                      or toks[i + 1].lower() in NOT_NAMES)]
    return lead_trimmed(toks[ends[-1] + 1:], openers=True) if ends else toks


def _could_be_named(toks: list[str]) -> bool:
    """Words that can be a body's name: not empty, not ending on "of", not opening on "But", "He" or "Mr."."""
    return bool(toks) and toks[-1] not in NAME_JOINERS and toks[0].lower() not in OPENERS \
        and toks[0].lower() not in PRONOUNS and toks[0].lower().rstrip(".") not in HONORIFICS


def _spoke_as_firm(toks: list[str], text: str, at: int, is_person) -> str:
    """A name that said something and is nobody's name ("Blue Heron said", not "Jo Doe said"), in full where
    the text wrote it so ("Blue Heron Midstream"); one word only when it is short for a firm's name ("Copperline
    said" after "Copperline Midstream"); else ``""``."""
    if not _could_be_named(toks) or first_name(toks[0]):
        return ""
    name = " ".join(toks)
    if is_person(name) or is_person(toks[-1]):
        return ""
    full = short_for(name, text, at)
    return full or (name if len(toks) > 1 else "")


def listed_after(text: str, at: int) -> str:
    """The rest of a body's name that lists what it covers, at ``at`` and before a verb: ", Job Creation and
    Trade" after "Ministry of Economic Development" (``""`` when there is none)."""
    m = _LISTED.match(text, at)
    return m.group() if m else ""


# the rest of a name that lists what a body covers: "…, Job Creation and Trade" before a verb
_LISTED = re.compile(r",(?:[ \t]+[A-Z][\w\u2019'\-]*)+(?:,(?:[ \t]+[A-Z][\w\u2019'\-]*)+)*[ \t]+(?:and|&)"
                     r"(?:[ \t]+[A-Z][\w\u2019'\-]*)+(?=[ \t]+[a-z])")


def has_body_word(toks: list[str]) -> bool:
    """ "Bank", "Authority", "Workers'", or a trade at the end: "Atlantic Keel Shipbuilding" (not "Jo Mills")."""
    return any(t.lower().strip("\u2019'.") in ORG_WORDS for t in toks) \
        or len(toks) > 1 and toks[-1].lower() in TRADE_ENDS and not first_name(toks[0])


def _has_acronym(toks: list[str]) -> bool:
    return any(len(t) > 1 and t.isupper() for t in toks)                   # "CMA", "NSW Police"


_CAMPUS = re.compile(r"[ \t]+at[ \t]+[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?")   # "University of Texas at Austin"


def _named_with(noun: str, text: str, at: int, is_person, nouns: tuple[str, ...] = ()) -> str:
    """The nearest name before ``at`` that has ``noun`` (or one of ``nouns``) among its words ("Bank" in
    "Reserve Bank of New Zealand", "Regulatory" for "the regulator"), whether or not it spoke there."""
    found = ""
    described = re.compile(rf"\b{re.escape(noun)}[ \t]+(?=[A-Z])")    # "consumer group Choice Travel Watch"
    for m in described.finditer(text, max(0, at - BODY_LOOKBACK), at):
        name = PLAIN_NAME.match(text, m.end())
        if name and name.group().split()[0].lower() not in NOT_NAMES and not is_person(name.group()):
            found = name.group()
    if noun in _MISSIONS:                                            # "The Russian embassy in London called …"
        for m in re.finditer(rf"\b[Tt]he[ \t]+((?:[A-Z][\w\-]+[ \t]+){{1,2}}){noun}\b", text[max(0, at - BODY_LOOKBACK):at]):
            found = m.group(1) + noun
    if found:
        return found
    for m in CAPITALISED_NAME.finditer(text, max(0, at - FIRM_LOOKBACK), at):
        toks = [] if "  " in m.group() or "\t" in m.group() \
            else lead_trimmed(m.group().split(), openers=True)   # "The Reserve Bank …" (not "Company    Ticker")
        stop = next((i for i, t in enumerate(toks[:-1]) if t.endswith(".") and len(t) > 4), None)
        toks = toks[:stop + 1] if stop is not None else toks     # "… Ravenel Institute. Most federal …"
        while toks and toks[-1] in NAME_JOINERS:
            toks = toks[:-1]
        if len(toks) > 1 and any(t.lower().strip("\u2019'.,") in (nouns or (noun, noun + "y")) for t in toks) \
                and not is_person(" ".join(toks)) and (nouns or _headed(toks, noun) or not _headed(found.split(), noun)):
            campus = _CAMPUS.match(text, m.end()) if toks[0] == "University" and "of" in toks else None
            found = " ".join(toks).rstrip(".,") + (listed_tail(text, m, toks) or local_number(text, m.end())
                                                   or (campus.group() if campus else ""))   # "… of Texas at Austin"
            found = posted_in(found, text, m.end()) or found     # "the embassy": the Embassy of China in Ottawa
    return found or french_names.headed_by(noun, text, max(0, at - FIRM_LOOKBACK), at)   # "Commission de la …"


def _headed(toks: list[str], noun: str) -> bool:
    """Whether ``noun`` heads the name ``toks``: "Carleton University", "University of Ottawa" (not "… Staff Association")."""
    of = next((i for i, t in enumerate(toks) if t in ("of", "for")), len(toks))
    return bool(of) and toks[of - 1].lower().strip("\u2019'.,") == noun


def _in_full(name: str, text: str, at: int, is_person) -> str:
    """A body's name as first written in full before ``at``: "Michigan Tier Suppliers Association" for "Tier
    Suppliers Association" (a name of three words or more: a short one may be a different body's tail)."""
    if len(name.split()) < 3:
        return name
    fuller = re.search(rf"(?<![\w.])(?:[A-Z][\w\-]*[ \t]+){{1,2}}{re.escape(name)}\b", text[:at])
    return fuller.group() if fuller and fuller.group().split()[0].lower() not in NOT_NAMES \
        and not is_person(fuller.group()) else name


_FOR_THE_BODY = re.compile(r"(.+?\b(?:for|of|at|with|from)[ \t]+)(the[ \t]+([a-z]+))")
_NO_THE = frozenset("inc corp ltd llc plc co".split())
_BARE_SPOKESPERSON = re.compile(r"(?i:an?|the)[ \t]+(?:spokes(?:man|woman|person)|representative)")


def named_in(description: str, text: str, at: int, is_person=lambda name: False) -> str:
    """A description with the body it ends on named as the text named it before: "a spokesperson for the
    guild" -> "a spokesperson for the Game Workers Guild of Canada"; a bare "a spokesperson" speaks for the
    body that said something just before, in the same paragraph ("The CMA said it welcomed the plans. “…,”
    a spokesperson said"). As it was, when the text named none."""
    if _BARE_SPOKESPERSON.fullmatch(description):
        said = [m for m in _BODY_SPOKE.finditer(text, text.rfind("\n", 0, at) + 1, at)]
        toks = lead_trimmed(said[-1].group(1).split()) if said else []
        if toks and (has_body_word(toks) or _has_acronym(toks)) and not is_person(" ".join(toks)):
            return f"{description} for {'the ' if len(toks) > 1 or toks[0].isupper() else ''}{' '.join(toks)}"
        return description
    m = _FOR_THE_BODY.fullmatch(description)
    if m is None or m.group(3) not in BODY_NOUNS:
        return description
    body = body_named_before(m.group(2), text, at, is_person)
    if not body:
        return description
    words = body.split()
    plain = len(words) == 1 or words[-1].lower().rstrip(".") in _NO_THE
    return m.group(1) + ("" if plain else "the ") + body


def spelled_in(description: str, text: str, at: int = 0) -> str:
    """A description with the acronyms in it written out where the text does: "a spokeswoman for TII" -> "a
    spokeswoman for Transport Infrastructure Ireland"; given ``at``, a firm's first words too: "the Arbutus
    analysts" -> "the Arbutus Securities analysts", "a spokesperson for Southern Cross Banking Group"."""
    described = re.sub(r"\b[A-Z]{2,6}\b", lambda m: spelled_out(m.group(), text) or m.group(), description)
    if described != description:                      # "An FCA spokesperson": "A Financial Conduct Authority …"
        described = re.sub(r"^([Aa])n? (?=([A-Z]))", lambda m: m.group(1) + ("n " if m.group(2) in "AEIO" else " "),
                           described)
    owned = _OWNED.fullmatch(described) if at else None
    if owned and (firm := short_for(owned.group(2), text, at)):
        return f"{owned.group(1)} {firm} {owned.group(3)}"
    voice = _VOICE_FOR.fullmatch(described) if at else None      # "a spokesperson for Southern Cross": its full name
    firm = short_for(voice.group(2), text, at) if voice else ""
    return voice.group(1) + firm if firm else described


_VOICE_FOR = re.compile(r"((?:[Aa]n?|[Tt]he)\s+spokes(?:person|man|woman)\s+for\s+)"
                        r"([A-Z][\w&\u2019'\-]*(?:\s[A-Z][\w&\u2019'\-]*)?)")
