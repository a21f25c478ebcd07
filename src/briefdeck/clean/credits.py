"""Who wrote the page and when: bylines, time stamps and the author's bio are not the article.

The reader has already taken the author, outlet and date from them (they are the
source's citation details); in the text they are furniture. A byline is "By
Jo Doe, Staff Writer" or a name on one line over its role on the next. A bio is
found two ways: the byline's name opening a line ("Jo Doe covers the auto
industry for the Ledger."), or the way bios are written ("Jo Doe is the
Tribune's labour reporter.", "Jo Doe has covered the team since 2011.", "Jo Doe joined the Channel 5 news
team in 2022.", "… Her
column appears every Thursday."), at most three short sentences and no quotation.
"""
from __future__ import annotations

import re

from briefdeck.clean.blocks import Para, paragraphs, remove
from briefdeck.clean.edits import Step, apply

_NAME = r"(?-i:[A-Z\u00c0-\u00de][\w\u00c0-\u017f’'.-]+(?:\s(?:de |van |von |da |del |le )?[A-Z\u00c0-\u00de][\w\u00c0-\u017f’'.-]+){1,3})"
_SEP = r"\s*[,|\u00b7\u2022\u2014\u2013]\s*"
# "By Jo Doe, Staff Writer", "Written by Jo Doe and Al Roe | The Ledger", "By Jo Doe · March 3, 2026" (not a fact
# box's "BY THE NUMBERS")
_WRITER = rf"{_NAME}(?:\s+in\s+(?-i:[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){{0,2}}))?"     # "Jo Doe in Lagos"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
BYLINE = re.compile(                    # ("Posted July 23, 2025 by Jo Doe, Organizer", "Posted October 10 by …")
    rf"^[\W_]*(?:(?:written|story|words|reporting|text|posted|compiled|interview(?:ed)?(?:\s+conducted)?)(?:\s+(?:on\s+)?{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?\s+)?by:?\s+(?!the numbers\b)(?:(?-i:[a-z][a-z-]+\s+){{0,2}}(?:reporter|correspondent|writer|editor)\s+)?(?P<who>{_WRITER}(?:(?:,\s|\s(?:and|&)\s)"
    rf"{_WRITER}){{0,2}})(?P<rest>(?:{_SEP}[^\n!?]{{0,80}}?)*)[\W_]*$", re.I)
_REST_WORDS = frozenset("and of the for at in on to a ago hours hour minutes minute mins min read updated published "
                        "posted staff special senior chief writer reporter correspondent editor contributor columnist "
                        "bureau desk a.m. p.m. a.m p.m am pm et pt lead program programme manager analyst director officer "
                        "coordinator specialist filed under".split())
# "Feb 2, 2025 | Updated 4 hours ago", "Posted: Mar. 3, 2026 10:04 AM ET · 5 min read": only when, not what
_STAMP_WORD = re.compile(
    rf"{_MONTH}\.?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?|"
    r"\d{1,4}(?:[:/.-]\d{1,4}){0,2}(?:st|nd|rd|th)?[,.]?|\d{1,2}(?:[:.]\d\d)?[ap]\.?m\.?|updated|published|posted|filed|last|first|modified|on|at|"
    r"about|around|roughly|an?|\d{1,2}-min(?:ute)?s?|reading|time|"    # "Filed March 11 · roughly a 6-minute read",
    # "February 14, 2026 · Reading time: 7 min"
    r"ago|hours?|hrs?|minutes?|mins?|min|read|[ap]\.?m\.?|(?:[acemnph]|ak)[sd]?t|aest|aedt|nzst|nzdt|cest?|utc|gmt|bst|"
    r"[|\u00b7\u2022\u2014\u2013:-]",                    # time zones: "ET", "AST" (Atlantic), "AEST"
    re.I)
# a live blog's "6:05 p.m." over each entry is the story's own structure: a stamp names a date or says what it is
_STAMP_NEEDS = re.compile(rf"\b(?:{_MONTH}|ago|updated|published|posted|filed)\b", re.I)
# "Jo Doe is the Tribune's labour reporter.", "Jo Doe has covered the Rapids since 2011."
_ROLE = (r"(?:writer|reporter|correspondent|columnist|commentator|editor|journalist|producer|host|contributor|photographer|"
         r"intern|critic|presenter|anchor|bureau(?:\s+chief)?)s?")
_ROLE_WORD = re.compile(_ROLE, re.I)
_BIO = re.compile(
    rf"^{_NAME}\s(?:covers|reports on|writes (?:about|on|for)|has (?:covered|reported|written)|"
    r"hosts [^.]{0,60}\band (?:has (?:covered|reported on)|covers|reports on)\b|"
    r"joined (?:the )?[^.,;]{0,40}?\b(?i:newsroom|news (?:team|staff|desk)|editorial (?:team|staff))\b|"
    rf"(?:is|was) (?:(?:a|an|the)\s|{_NAME}[’']s\s)?[^.,;]{{0,60}}?\b{_ROLE}\b|"
    rf"(?:has )?spent [^.]{{0,80}}?\bbefore becoming an? [^.,;]{{0,40}}?\b{_ROLE}\b)[^\n]*$")   # "… before becoming a
                                                                                              # consumer columnist."
MAX_BIO_CHARS, MAX_BIO_SENTENCES = 360, 3
_COLUMN = re.compile(r"\b(?:Her|His|Their) (?:column|newsletter|podcast|show) (?:appears|runs|airs)\b")   # "… Thursday."
# "Dr. Jo Doe is a family physician in Kamloops. She writes occasionally for the Courier on health policy."
_CONTRIBUTES = re.compile(r"\.\s+(?:He|She|They) (?:writes|has written|contributes)\b[^.]{0,30}\bfor (?:the|this) (?-i:[A-Z])")
_QUOTE_OR_SPEECH = re.compile(r"[\u201c\u201d\"]|\b(?:said|told)\b")
_ROLE_WORD = re.compile(rf"\b{_ROLE}$|\b(?:staff|desk|bureau|service)$", re.I)
# a byline with no "By": the name on one line, the role on the next ("Jo Doe" / "Business Reporter")
_NAME_LINE = re.compile(rf"{_NAME}(?:\s(?:and|&)\s{_NAME})?")          # "Jo Doe" or "Jo Doe and Al Roe"
_ROLE_PHRASE = rf"(?:(?-i:[A-Z])[\w&-]*\s+){{0,3}}{_ROLE}"          # "Business Reporter", "City Hall Reporter"
# ... a beat and a place too: "Home affairs correspondent, reporting from Dover"
_ROLE_WORDS = rf"(?-i:[A-Z])[\w&-]*\s+(?:[\w&-]+\s+){{0,2}}{_ROLE}"     # "Senior companies reporter"
# the last word of a news outlet's name: "The Windsor Daily Herald"
_OUTLET_WORDS = (r"(?:courier|times|journal|herald|news|post|gazette|chronicle|tribune|clarion|ledger|review|"
                 r"press|star|sun|observer|examiner|bulletin|record|register|sentinel|standard|mirror|monitor|"
                 r"dispatch|magazine|weekly|daily|now|today|report|digest|beacon|lantern|telegraph|independent|"
                 r"wire|online|insider)")
OUTLET = re.compile(_OUTLET_WORDS + "$", re.I)
_ROLE_LINE = re.compile(rf"(?:{_ROLE_PHRASE}|{_ROLE_WORDS})(?:,?\s+(?:reporting\s+)?(?:from|in)\s+(?-i:[A-Z])[\w .’'-]{{1,30}}"
                        rf"|,\s+(?:(?-i:[A-Z\d])[\w’'&.-]*\s+){{1,4}}{_OUTLET_WORDS})?", re.I)   # "Reporter, The Kent Beacon",
                                                                                       # "Video journalist, Prairie 9 News"
# a byline with no "By", the outlet or the date beside the name: "Jo Doe • Windsor Daily Herald",
# "**Jo Doe** in London | 6 November 2025"
_DATE = rf"(?:\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}}|{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}})"
_NAME_BESIDE = re.compile(rf"[*_]*(?P<who>{_NAME})[*_]*(?:\s+in\s+(?-i:[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){{0,2}}))?"
                          rf"(?:{_SEP}(?:{_DATE}|(?:(?-i:[A-Z])[\w’'&.-]*\s+){{0,4}}(?-i:[A-Z])[\w’'&.-]*)){{1,2}}[\W_]*", re.I)
# ... or on one line, with no "By": "Jo Doe | City Hall Reporter", "Jo Doe — Staff Writer"
# ... or only the writer's role and beat under the headline: "Senior Editor, Wireless"
_ROLE_BEAT = re.compile(rf"{_ROLE_PHRASE}(?:\s*,\s*(?-i:[A-Z])[\w&’' -]{{1,30}})?", re.I)
TOP_LINES = 4
BIO_AT_END = 0.7           # a writer's bio under a name alone at the top: in the last part of the text only
# "**Jo Doe** · Western Business Reporter, Vancouver", or the role run into the name: "Jo Doe Senior companies
# reporter"
# ... a beat in lower case after the name: "Jo Doe, trade correspondent" (not "Jo Doe, who is a reporter")
_BEAT_WORDS = rf"(?:(?!(?:who|is|was|a|an|the|and|our|his|her|their)\b)[\w&-]+\s+){{1,3}}{_ROLE}"
_NAME_ROLE = re.compile(rf"[*_]*(?P<who>{_NAME})[*_]*\s*[,|\u00b7\u2022\u2014\u2013]\s*(?:{_ROLE_PHRASE}|{_BEAT_WORDS})"
                        rf"(?:,\s*(?-i:[A-Z])[\w .’'-]{{1,30}})?|(?P<bare>{_NAME})\s+{_ROLE_WORDS}", re.I)
_CONTACT = re.compile(r"@|\?$")           # "Got a tip? Email jo@…": how to reach them, not more of the bio


def is_role(words: str) -> bool:
    """Whether ``words`` end on a writer's role: "City Hall Reporter", "Staff", "Capitol bureau"."""
    return bool(_ROLE_WORD.search(words))


_SEVERAL, _BETWEEN_NAMES = re.compile(r",\s[^,]+\s(?:and|&)\s"), re.compile(r",\s|\s(?:and|&)\s")
_IN_PLACE, _BOLD = re.compile(r"\s+in\s+[A-Z].*$"), re.compile(r"\*\*|__")
_REST_SPLIT, _EMAIL = re.compile(r"[\s,|\u00b7\u2022\u2014\u2013]+"), re.compile(r"[\w.+-]+@[\w.-]+")


def byline_names(line: str) -> list[str]:
    """The writers a byline names: "By Jo Doe, City Hall Reporter" -> ["Jo Doe"] (a role is not a name)."""
    m = BYLINE.match(_BOLD.sub("", line.strip()))        # "By **Jo Doe**" too
    who = m.group("who") if m else ""
    if not _SEVERAL.search(who):         # "Jo Doe, Drivetrain Report": the outlet after a comma
        who = who.split(",")[0]
    parts = _BETWEEN_NAMES.split(who) if who else []
    parts = [_IN_PLACE.sub("", part.strip()) for part in parts]   # "Jo Doe in Lagos": Jo Doe
    return [part for part in parts if part and not is_role(part)]


def is_byline(line: str) -> bool:
    """"By Jo Doe | The Ledger | March 3" is a byline; "By Tuesday, the board had voted" is not."""
    m = BYLINE.match(_BOLD.sub("", line.strip()))      # "By **Jo Doe** · Posted …"
    if not m:
        return False
    rest = [w for w in _REST_SPLIT.split(m.group("rest")) if w]
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower().rstrip(":") in _REST_WORDS or _EMAIL.fullmatch(w)
               or k + 1 < len(rest) and _ROLE_WORD.fullmatch(rest[k + 1])     # "courts reporter", "business writer"
               for k, w in enumerate(rest))


def name_over_role(paras: list[Para], i: int) -> bool:
    """A byline with no "By": a name alone on line ``i``, the writer's role right under it ("Staff Reporter") or
    when it was published ("Published Oct. 24, 2025 | 5 min read")."""
    name, role = paras[i].text.strip("*_ \t"), paras[i + 1].text.strip("*_ \t")     # ("**Jo Doe**", "*Staff*")
    return paras[i + 1].start == paras[i].end + 1 and bool(_NAME_LINE.fullmatch(name)) \
        and (bool(_ROLE_LINE.fullmatch(role))
             or paras[i + 1].text.startswith(("Published ", "Posted ", "Updated ")) and is_stamp(paras[i + 1].text))


def is_stamp(line: str) -> bool:
    """A line that only says when: every word a date, a time or "updated", "ago", "min read"."""
    stripped = line.strip()
    if len(stripped) > 90 or not _STAMP_NEEDS.search(stripped):
        return False
    tokens = re.findall(r"[|\u00b7\u2022\u2014\u2013]|[^\s|\u00b7\u2022\u2014\u2013]+", stripped.rstrip(":"))
    return all(_STAMP_WORD.fullmatch(t.strip(",:")) or not t.strip(",:") for t in tokens)


def _credit_parts(line: str) -> bool:
    """ "Jo Doe · The Ledger · Posted: Nov 12, 2025 4:00 AM | Updated: 3 hours ago": a name, then an outlet and
    when, each part set off: every part after the name short and capitalised, or a time stamp, and one a stamp."""
    parts = [part.strip() for part in re.split(r"\s[|\u00b7\u2022]\s", line.strip())]
    if len(parts) < 3 or not _NAME_LINE.fullmatch(parts[0]):
        return False
    stamps = [is_stamp(part) for part in parts[1:]]
    return any(stamps) and all(stamp or len(part.split()) <= 4 and all(w[:1].isupper() for w in part.split())
                               for part, stamp in zip(parts[1:], stamps))


_ABOUT = re.compile(r"^[*_]*(?:about the (?:writer|reporter|author)s?|the (?:writer|reporter|author))[*_]*\s*[:.\u2014\u2013]"
                    r"[*_]*\s*", re.I)                 # "About the writer: …", "**About the author.** …"
_SPEECH = re.compile(r"\b(?:said|told)\b")


_SENTENCE_GAP = re.compile(r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<=[.!?])\s+")   # (not "Dr. Jo Doe")
_ITALIC = re.compile(r"^[*_]([^*_].*[^*_])[*_]$")
_BOLD_NAME = re.compile(rf"^(\*\*|__)(?P<name>{_NAME})\1")     # "**Jo Doe** reports on …": the name in bold


def _bio(p: Para, names: set[str]) -> bool:
    text = _ABOUT.sub("", p.text)                   # "About the writer: Jo Doe covers …"
    if text != p.text:                              # labelled a bio: whatever the writer does for a living (and
        return len(text) <= MAX_BIO_CHARS and text[:1].isupper() and not _SPEECH.search(text)   # a word in quotes)
    text = _BOLD_NAME.sub(r"\g<name>", _ITALIC.sub(r"\1", text))    # "*Jo Doe has covered … since 2011.*" too
    if len(text) > MAX_BIO_CHARS or not text[:1].isupper():
        return False
    if not (_BIO.match(text) or ("column" in text or "podcast" in text or "show" in text or "newsletter" in text)
            and _NAME_LINE.match(text) and _COLUMN.search(text)
            or _NAME_LINE.match(text) and _CONTRIBUTES.search(text)
            or any(text.lower().startswith(name.lower() + " ") and text[len(name) + 1:][:1].islower()
                   for name in names)):                 # (a byline in capitals too: "JO DOE" over her role)
        return False
    sentences = [t for t in _SENTENCE_GAP.split(text.strip()) if not _CONTACT.search(t)]
    return not _QUOTE_OR_SPEECH.search(text) and len(sentences) <= MAX_BIO_SENTENCES


DESK_WORDS = 7


_DESK_SMALL = frozenset("and of the for in on at &".split())


def _desk_over_stamp(paras: list[Para], i: int) -> bool:
    """A short line set right under a byline that names the writer's desk or region ("ANBC Illawarra and South
    Coast"): every word capitalised, or over the byline's time stamp."""
    p = paras[i]
    if p.words > DESK_WORDS or not p.text[:1].isupper() or not p.text.rstrip()[-1:].isalnum() \
            or _QUOTE_OR_SPEECH.search(p.text):
        return False
    under = paras[i + 1] if i + 1 < len(paras) else None
    return all(w[:1].isupper() or w in _DESK_SMALL for w in p.text.split()) \
        or under is not None and under.start == p.end + 1 and is_stamp(under.text)


def strip(text: str) -> Step:
    """Remove bylines, time-stamp lines and the author's bio."""
    paras = paragraphs(text)
    runs: list[tuple[list[Para], str]] = []
    names: set[str] = set()
    signed: set[str] = set()
    for i, p in enumerate(paras):
        if ("by " in p.text[:40].lower() or "by:" in p.text[:40].lower()) and is_byline(p.text):
            names.update(byline_names(p.text))
            runs.append(([p], "byline"))
        elif is_stamp(p.text):
            runs.append(([p], "time stamp"))
        elif runs and runs[-1][0][-1] is paras[i - 1] and runs[-1][1] == "byline" and p.start == paras[i - 1].end + 1 \
                and p.words <= 7 and p.text[:1].isupper() and is_role(p.text.strip()):
            runs.append(([p], "byline"))            # "By Jo Doe" / "Highlands and Islands reporter"
        elif runs and runs[-1][0][-1] is paras[i - 1] and runs[-1][1] == "byline" and p.start == paras[i - 1].end + 1 \
                and _desk_over_stamp(paras, i):
            runs.append(([p], "byline: the desk"))  # "By Jo Doe" / "ANBC Illawarra" / "Posted Tue 4 Mar 2025"
        elif i < TOP_LINES and p.words <= 6 and _ROLE_BEAT.fullmatch(p.text.strip()):
            runs.append(([p], "byline"))
        elif p.words <= 24 and _credit_parts(p.text):
            runs.append(([p], "byline"))
        elif p.words <= 12 and (m := _NAME_BESIDE.fullmatch(p.text.strip())) \
                and (re.search(_DATE, p.text, re.I) or OUTLET.search(p.text.strip(" *_"))):
            names.add(m.group("who"))
            runs.append(([p], "byline"))
        elif p.words <= 8 and (m := _NAME_ROLE.fullmatch(p.text.strip())):
            names.add(m.group("who") or m.group("bare"))
            runs.append(([p], "byline"))
        elif i + 1 < len(paras) and name_over_role(paras, i):
            names.add(p.text)
            runs.append(([p, paras[i + 1]], "byline"))
        elif i + 1 < len(paras) and _ABOUT.fullmatch(p.text.strip()) and len(paras[i + 1].text) <= MAX_BIO_CHARS \
                and not _QUOTE_OR_SPEECH.search(paras[i + 1].text):
            runs.append(([p, paras[i + 1]], "author bio"))       # "About the author:" over the bio
        elif i < TOP_LINES and p.words <= 3 and _NAME_LINE.fullmatch(p.text.strip()):
            signed.add(p.text.strip())              # "Jo Doe" alone under the headline: the writer, kept; an op-ed's
    taken = {id(q) for run, _ in runs for q in run}      # "Jo Doe is a partner at …" at the end is her bio
    runs += [([p], "author bio") for p in paras if id(p) not in taken
             and _bio(p, names | signed if p.start > BIO_AT_END * len(text) else names)]
    return remove(text, "byline", runs)


# "AUBURN HILLS, Mich., Nov. 6, 2025 /PRNewswire/ -- …": the newswire that carried a release, in its dateline
_WIRE_TAG = re.compile(r"(?<=\d )/(?:[A-Z][\w.&'-]*[ \t]){0,4}[\w.&'-]*(?i:wire|newswire)/[ \t]*(?=--|[\u2014\u2013])")
WIRE_REACH = 600           # a dateline opens the release


def wire_tag(text: str) -> Step:
    """The newswire's name between slashes in a release's dateline."""
    m = _WIRE_TAG.search(text, 0, WIRE_REACH) if "/" in text[:WIRE_REACH] else None
    return apply(text, "byline", [(m.start(), m.end(), "", f"newswire: {m.group().strip()}")] if m else [])
