"""How a transcript marks whose turn it is: the labels before or over each speaker's words.

    HOST: …                        JO DOE, HOST: …                 [00:04:12] JO DOE: …
    MARISOL (LaSalle): …           [VOICEMAIL] Wendell, a listener in Plattsburgh: …
    Jo Doe -- Chief Financial Officer          (on a line of its own, over her words)
    Jo Doe,  Acme Corp - CFO   [3]             [CLIP — Jo Doe, Minister of Trade, October 21]

:func:`read_turns` gathers every labelled turn of a text under the name its label gives, with the role or town a
label adds and the other names one speaker goes by; :mod:`interviews` decides whose turns are answers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import ROLE_NOUNS, TITLES
from briefdeck.extract.names import Person

MIN_TURNS = 2              # a label over its own line is a speaker's when it heads two turns at least

# "Qureshi: It looks like …", "**Gallagher:** Some of it …", "Nadia Qureshi: …"
# (and in a transcript's capitals: "HOLLINGS: …", "**PREMIER ANNELIESE VARGA:** …", "NICK ASHDOWN, REPORTER: …")
# a podcast transcript's timestamp before the label: "[00:04:12] JO DOE: …"
PHONE_STAMP = r"\d{1,2}/\d{1,2}/\d{2,4},[ \t]+\d{1,2}:\d{2}(?:[ \t]?[APap]\.?[Mm]\.?)?[ \t]+[-\u2013]"
_STAMP = (r"(?:\[(?:\d{4}-\d{2}-\d{2},?[ \t]+|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
          r"(?:[ \t]?[APap]\.?[Mm]\.?)?\]"          # (a chat export's "[2025-11-19, 10:42:13] Jo Doe: …", or a phone's
          r"|" + PHONE_STAMP + r")[ \t]*")   # "18/11/2025, 05:41 - Jo Doe: …")
STAMP = f"(?:{_STAMP})?"
# a recording played on air, tagged before its label ("[CLIP] Jo Doe -- Minister of …:", "[VOICEMAIL] Wendell, a
# listener in Plattsburgh:"), or with the tag on a line of its own over "Bronwyn: …"
_RECORDING = r"(?:AUDIO |SOUND |ARCHIVAL )?(?:CLIP|SOUNDBITE|TAPE|RECORDING|VOICE ?MAIL|CALLER|PHONE CALL)"
_ON_AIR = (r"(?:\[(?P<stage>" + _RECORDING + r")\]\s*"
           r"|(?:SOT|ACT|BITE|SOUNDBITE|CLIP)[ \t]*:[ \t]+(?=[A-Z][A-Z’'.\-]+(?:[ \t]+[A-Z][A-Z’'.\-]+){0,3}[ \t]*:)"
           r"|\((?:SOT|ACT|BITE|SOUNDBITE|CLIP)\)[ \t]*)?")
# (a TV script's clip tagged before its label: "SOT: JO DOE: …", "(SOT) Jo Doe, Director, Acme Hockey Club:" over it)
# a French body's name in a label: "Jo Doe, President, Regroupement des producteurs indépendants du Québec:"
_FRENCH_OF = r"(?:des|du|de(?:[ \t]+la)?|et|pour|aux?|sur)(?:[ \t]+[a-zà-ÿ][\w’'\-]*){0,2}"
_PARTICLES = r"(?:(?:van|von|der|den|de|du|da|di|del|la|le)[ \t]+){0,2}"   # "Mr. van der Sloot:", "Jo de la Cruz:"
PHONED = re.compile(r"VOICE ?MAIL|CALLER|PHONE")     # ... by a listener, who is named by a first name alone
LABEL = re.compile(r"^(?:[*_]{1,2}(?=\[))?" + f"(?P<stamp>{_STAMP}(?:\n(?=[A-Z]))?)?" + _ON_AIR + r"[*_]{0,2}(?P<label>[A-ZÀ-ÖØ-Þ][\w’'.\-]+(?:[ \t]+" + _PARTICLES + r"[A-ZÀ-ÖØ-Þ][\w’'.\-]+){0,3}|(?:Senior|Deputy|Associate|Assistant|Vice|Executive|Chief|First)[ \t]+[A-Z][\w’'.\-]+(?:[ \t]+[A-Z][\w’'.\-]+){3}|"
                    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.\-]+){0,3}(?:[ \t]+\d)?|A(?=[ \t]+\([A-Z])|(?(stamp)\+\d[\d \-().]{6,18}\d|(?!)))"
                    r"(?P<comma>,[ \t]+[A-Z][A-Z’'.\- ]{1,60}|(?(stage),[ \t]+(?:(?:a|an|the)[ \t]+)?(?P<clause>[^\n:\[\]]{2,80}?))"
                    r"|,[ \t]+[A-Z][\w’'.&\-]*(?:,?[ \t]+(?:[A-Z][\w’'.&\-]*|\d{1,4}[A-Za-z]{0,3}|of|and|for|the|&|" + _FRENCH_OF + r")){0,12}"
                    r"|,[ \t]+[a-z][\w’'\-]*(?:[ \t]+[a-z][\w’'\-]*){0,4}(?:,[ \t]+[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,3})?"
                    r"(?=[ \t]*:[ \t]*\n))?"   # ("Jo Doe, hockey parent, Mississauga:" over her words); "Jo Doe, Chief
                    # Executive Officer:", "Jo Doe, Vice-President, Investor Relations:", "Jo Doe, Acme Securities:"
                    r"(?:[ \t]+\((?:(?P<within>[A-Z](?=[^()\n]*[a-z])[^()\n]{1,159})|(?P<tag>[A-Z][A-Z’'.,\- ]{1,60})"
                    r"|(?:by|on|off|via|over|through)[ \t][a-z][a-z ]{1,30}|(?:in|from)[ \t][A-Z][a-z]+"   # ("MINISTER (by phone):",
                    r"|(?:translated|interpreted)(?:[ \t]from[ \t][A-Z][a-z]+)?)\))?"   # "DOE (through interpreter):": how, not who
                    r"(?:[ \t]+(?:--|\u2014)[ \t]+(?P<dashed>[A-Z][^\n:?!]{1,100}?))?"   # "JO DOE -- Owner, Acme Co.:" on first speaking
                    r"(?:[ \t]+\[(?i:interpretation|translation|interpreted|translated|through interpreter|in french|in english)\])?"
                    r"[*_]{0,2}[ \t]*:[*_]{0,2}(?:[ \t]+|(?(stamp)[ \t]*\n|(?(within)[ \t]*\n|(?(comma)[ \t]*\n|(?!)))))(?=\S)",
                    re.M)   # ("JO (CALLER,
# TECUMSEH):" a phone-in's tag; a live chat's "[11:31] Jo Doe:" over the words, on the next line, and a call page's
# "Jo Doe, Chief Financial Officer:" over them; an interpreted turn's "MINISTER DOE [Interpretation]:")
# a chamber's record: "Hon. Jo Doe (Minister of Finance): …", "The Speaker (Hon. Jo Doe): …": the one in brackets
# is who speaks when they are named there (not a stage note: "DOE (voice-over): …" is a reporter's narration)
_NAMED_WITHIN = re.compile(r"(?:(?:Hon|Mr|Mrs|Ms|Dr)\.?[ \t]+)?([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,3})")
# an earnings call's "Jo Doe -- Chief Financial Officer" on a line of its own over her words
DASH_LABEL = re.compile(r"^(?P<label>[A-ZÀ-ÖØ-Þ][\w’'.\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w’'.\-]+){1,3}|[A-Z][a-z]+(?=[ \t]+(?:--|\u2014|"
                         r"\u2013)[ \t]+(?P<tag>(?:Caller|Listener|Viewer)\b[^\n]{0,80})))[ \t]+(?:--|-|\u2014|\u2013)[ \t]+"
                         r"(?![^\n]*:[ \t]+\S)[^\n]{2,100}\n(?:[ \t]*\n)?(?=\S)", re.M)   # (a blank line under it, or none; "Dev --
# Caller, Levenshulme": a phone-in's caller, by first name)
# "[CLIP — Jo Doe, Minister of Trade, October 21]" on a line of its own over the words of a recording played on air
CLIP_LINE = re.compile(r"^(?:(?P<br>\[)" + _RECORDING + r"[ \t]*(?:--|[\u2014\u2013:\-])|(?:CLIP|SOT|ACT|BITE|SOUNDBITE)[ \t]*:)[ \t]*"
                        r"(?P<label>[A-Z][\w’'.\-]+(?:[ \t]+[A-Z][\w’'.\-]+){1,3})"
                        r"(?:,[^\[\]\n]{2,120})?(?(br)\]|(?:[ \t]*\[[\d:]{3,8}\])?)[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*\S)", re.M)   # (a blank line
# under it, or none; a bulletin's "CLIP: Jo Doe, owner, Acme Diner [0:16]" too)

# a wire service's call transcript: "Jo Doe,  Acme Corp - CFO   [3]" (or "Operator   [1]") over the words
NUMBERED_LABEL = re.compile(r"^(?P<label>[A-ZÀ-ÖØ-Þ][\w’'.\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w’'.\-]+){0,3})(?:,[ \t]+[^\n\[\]]{2,120}?)?"
                             r"[ \t]+\[\d{1,3}\][ \t]*\n(?:[ \t]*\n)?(?=[ \t]*\S)", re.M)
# a US congressional record's "    Mr. LINDQVIST. Thank you, …" and "    The CHAIRMAN. …": an honorific and a surname in
# capitals ("Mr. SMITH of Texas."), or the chair's office, ending on a full stop
RECORD_LABEL = re.compile(r"^[ \t]*(?P<label>(?:Mr|Mrs|Ms|Miss|Dr|Senator|Chairman|Chairwoman|Representative|Secretary|"
                          r"Ambassador|Governor)\.?[ \t]+[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+)?"
                          r"(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"
                          r"|The[ \t]+(?:ACTING[ \t]+)?(?:CHAIRMAN|CHAIRWOMAN|CHAIR|SPEAKER|PRESIDENT|PRESIDING[ \t]+OFFICER|CLERK))"
                          r"\.[ \t]+(?=\S)", re.M)
_STATEMENT_OF = re.compile(r"STATEMENT[ \t]+OF[ \t]+(?:HON\.[ \t]+)?([A-Z][A-Z.’'\-]+(?:[ \t]+[A-Z][A-Z.’'\-]+){1,3}?)"
                           r"(?:,|[ \t]+(?:A|THE)[ \t])")


def record_speaker(label: str, text: str):
    """Who "Mr. Lindqvist" is in a congressional record: the witness its "STATEMENT OF PETER LINDQVIST, …" heading
    names, else the member as the record calls them."""
    words = label.split()
    if len(words) != 2 or words[0].rstrip(".").lower() not in ("mr", "mrs", "ms", "miss", "dr", "senator") \
            or not re.search(rf"^[ \t]*{re.escape(words[0])}[ \t]+{re.escape(words[1].upper())}\.[ \t]", text, re.M):
        return None                                 # (only a label the record sets in capitals: "Mr. LINDQVIST.")
    full = next((m.group(1).title() for m in _STATEMENT_OF.finditer(text)
                 if m.group(1).split()[-1].title() == words[1]), None)
    return Person(full or label)


# a meeting tool's caller known only by a phone number or as a guest, until they say who they are; a forum's handle
UNNAMED = r"\+?\d[\d \-().]{6,18}\d|Guest(?:[ \t]+\((?:Unverified|Guest)\))?|u/[\w\-]{2,40}|Speaker[ \t]+\d{1,2}"
# a call transcript's "Jo Doe" (or "Operator") on a line of its own, right over the words: a turn, when the same
# label heads two turns at least (a heading over its paragraph heads one)
_NAME_WORDS = r"[A-ZÀ-ÖØ-Þ][\w’'.\-]*[a-z][\w’'.\-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w’'.\-]+){0,3}"   # "Jo Doe", "Operator"
NAME_LINE = re.compile(r"^[ \t]*(?:(?P<posted>Posted by )(?=u/))?(?P<label>" + _NAME_WORDS + r"|"
                        r"(?:" + UNNAMED + r")(?=[ \t]+(?:\[?OP\]?[ \t]+)?[\d\u00b7]))(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AP]M)?"   # ("Jo Doe   12:04",
                        r"|[ \t]+(?:\[?OP\]?[ \t]+)?\u00b7[ \t][^\n]{1,60}"     # "u/jo_doe · 388 points · 5h", "u/jo_doe OP · 4h", a text message's
                        r"|(?:[ \t]+\([^()\n]{1,60}\))?[ \t]+[\u2013\u2014-][ \t]+[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}(?:,[ \t]\d{4})?,?"
                        r"[ \t]+\d{1,2}:\d{2}[ \t]?(?:[ap]\.m\.|[AP]M)?:"   # "Jo Doe (Acme) – Sep 29, 2025, 8:47 p.m.:")
                        r"|,[ \t]+[A-Z][^\n:]{2,100}(?=\n(?![ \t]*[A-Z][\w’'.\-]+(?:[ \t]+[A-Z][\w’'.\-]+){1,3},)))?[ \t]*\n"   # a call's
                        # "Jo Doe, Chief Financial Officer" over her words (not a roster's lines, one under another)
                        r"(?:[ \t]*\n)?"        # (a blank line under it, or none: "Posted by u/jo_doe · 5h", a line, the post)
                        r"(?:[ \t]*(?:Admin|Moderator|Top contributor|Group expert|Author)\b[^\n]{0,60}\n)?"   # (a group's badge)
                        r"[ \t]*(?=[\w\"\u201c\u2018'(][^\n]*[a-z])", re.M)      # (not a post's "@handle" under its author;
# a reply set in under the comment it answers)

# ... and such a name as a paragraph of its own, a blank line over the words (a saved call page's paragraphs)
NAME_ALONE = re.compile(r"(?P<label>" + _NAME_WORDS + r")[ \t]*$")

# "HOST (Jo Doe): …", "REPORTER (Jo Doe): …": whoever presents the programme, whose words are its narration
PRESENTERS = frozenset("host co-host reporter anchor correspondent interviewer moderator presenter narrator announcer "
                        "journalist".split())

CALLER = re.compile(r"(?i:caller|listener|viewer|texter)\b")   # a phone-in's callers, given by first name only
# a meeting's members, each named in the brackets with what they do: "MEMBER (Jo Doe, paint shop):" (and a written
# Q&A's answerers, "A (Jo Doe, President):")
MEMBERS = re.compile(r"A|MEMBER|DELEGATE|RESIDENT|WITNESS|PARTICIPANT|PANELL?IST|PARENT|STUDENT|WORKER|SHAREHOLDER")
_MC = re.compile(r"\b(?:Mc|Mac)(?=[A-Z])")          # a name in capitals keeps its "Mc" as written: "McALLISTER"
_PLACE_WITHIN = re.compile(r"[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*)?(?:,[ \t]+[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*)?)?")   # "LaSalle",
# "Thunder Bay, Ont.": a phone-in caller's town in the brackets after a first name
_FIRST_NAME_WITHIN = re.compile(r"([A-Z][a-z]+)(?:,[ \t]+(?P<place>[A-Za-z][^()\n]{1,60}))?")   # "(Bernie, Peterborough)",
# "(Ximena, east Hamilton)"
_CLIP = re.compile(r"(?:AUDIO |SOUND |ARCHIVAL )?(?:CLIP|SOUNDBITE|TAPE|RECORDING|ACT|ACTUALITY)")   # "CLIP (Mayor Jo Doe, council
# chamber, Wednesday):": a recording of the one named first in the brackets


def placed_caller(label: str, place: str, text: str) -> bool:
    """A phone-in's caller labelled by first name with a town in brackets ("MARISOL (LaSalle):"): a first name, or
    the name the host calls them by with that town ("Next up, Gurpreet in Tecumseh."); not an office ("CHAIR
    (Senator Doe):")."""
    if not (label.isupper() and _PLACE_WITHIN.fullmatch(place) and len(label.split()) <= 2
            and label.lower() not in TITLES and label.lower() not in PRESENTERS):
        return False
    return bool(first_name_gender(label.split()[0].title())
                or re.search(rf"\b{re.escape(label.title())}\b[^.\n]{{0,30}}\b(?i:{re.escape(place)})\b", text))


_CALLED_IN = (r"\bNAME(?:[ \t]+(?:is|[\u2019']s)[ \t]+(?:calling|on the line|in|with us|joining us)\b)"
              r"|\b[Gg]o ahead,[ \t]+NAME\b|\b(?:[Hh]ello|[Hh]i),[ \t]+NAME[.!,]"
              r"|\bNAME[ \t]+(?:in|from)[ \t]+[A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+)?,[ \t]+(?:you[\u2019'](?:re|ve got)|go ahead|"
              r"quickly|welcome|thanks for)\b"      # "Ashley in Hamilton, you're next."
              r"|\b(?:go|get|over|turn)(?:[ \t]+to)?[ \t]+NAME[ \t]+(?:in|from)[ \t]+[A-Z]"   # "Let's go to (get) Ashley in Hamilton."
              r"|(?:^|[.!?][ \t]+)NAME,[ \t]+(?:you[\u2019']re (?:on|calling|next)\b|go ahead\b|welcome\b|you[\u2019']ve got\b|hi\b)"
              # "Next up, Lise in Saint-Pierre-Jolys.", "Time for one more. Gord in Neepawa.": a sentence of its own
              r"|(?:^|[.!?,:][ \t]+)NAME[ \t]+(?:in|from)[ \t]+[A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){0,2}[.!]")   # "Ashley,
                                                                                    # you're on the air."


def put_through(label: str, text: str) -> bool:
    """Whether a one-word label ("FERRIS:", "Ferris:") is a caller the host puts through by name: "Ferris is
    calling from Hawkesbury.", "Go ahead, Ferris.", "Ashley in Hamilton, you're next.", "Let's go to Ashley in
    Hamilton.", "Ashley, you're on the air." """
    return (label.isupper() or label.istitle()) and " " not in label \
        and re.search(_CALLED_IN.replace("NAME", re.escape(label.title())), text) is not None


def label_of(m: re.Match) -> str:
    """Whose turn a label says: the name in its brackets, when it gives one ("The Speaker (Hon. Jo Doe)"), or the
    label itself ("Hon. Jo Doe (Minister of Finance)", "Doe")."""
    within = m.groupdict().get("within")
    named = _NAMED_WITHIN.fullmatch(within) if within and m.group("label").lower() not in PRESENTERS else None
    if named and (named.group() != named.group(1) or first_name_gender(named.group(1).split()[0])):
        return named.group(1)
    listed = within or m.groupdict().get("dashed")
    member = _NAMED_WITHIN.match(listed) if listed and MEMBERS.fullmatch(m.group("label")) else None
    if member and listed[member.end():].startswith(","):
        return member.group(1)                      # "MEMBER (Jo Doe, paint shop):", "PANELLIST — Jo Doe, Acme:": Jo Doe
    tag = (m.groupdict().get("tag") or "").title()  # "CALLER (GORD, WARMAN):" in capitals: Gord of Warman
    first = _FIRST_NAME_WITHIN.fullmatch(within or tag) if (within or tag) and CALLER.fullmatch(m.group("label")) else None
    if first and (first_name_gender(first.group(1)) or first.group("place")):
        return first.group(1)                       # "CALLER (Bernie, Peterborough):": Bernie
    if within and _CLIP.fullmatch(m.group("label")):
        words = within.split(",")[0].split()
        while words and words[0].lower().rstrip(".") in TITLES:
            words = words[1:]                       # "(Mayor Jo Doe, council chamber, Wednesday)": Jo Doe
        named = _NAMED_WITHIN.fullmatch(" ".join(words))
        if named and named.group() == named.group(1):
            return named.group(1)
    label = m.group("label")
    if m.re is RECORD_LABEL:                        # "Mr. LINDQVIST.": Mr. Lindqvist, as the record names him
        return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in label.split())
    return label.upper() if not label.isupper() and _MC.sub("", label).isupper() else label   # "McALLISTER:"


# a call page's headings and its site's name over its menu, not anyone's name: "Company Participants", "Question-and-Answer
# Session", "CallWire Transcripts"
_HEADING_WORDS = frozenset("transcript transcripts participant participants session call remarks presentation operator "
                           "disclaimer notes contents".split())


def _named(label: str) -> bool:
    """Whether a line of capitalised words names someone: a first name the tables know, a caller known by a number or as
    a guest, or words none of which heads a page's section, the first not a site's name in two parts ("CallWire")."""
    words = label.split()
    return bool(first_name_gender(words[0])) or re.fullmatch(UNNAMED, label) is not None \
        or not any(w.lower() in _HEADING_WORDS for w in words) and not re.search(r"[a-z][A-Z]", words[0])


def name_lines(text: str) -> dict[int, re.Match]:
    """A call transcript's labels on lines of their own, by where each starts: the labels that head two turns or
    more (a heading heads one paragraph), and once there are such, any full name on a line over its words."""
    found = [m for m in NAME_LINE.finditer(text) if (m.start() == 0 or text[m.start() - 1] == "\n")
             and not (text.startswith(",", m.end("label")) and " " not in m.group("label"))]   # ("Owner, Acme; Halifax")
    counts: dict[str, int] = {}
    for m in found:
        counts[m.group("label")] = counts.get(m.group("label"), 0) + 1
    if not any(n >= MIN_TURNS for n in counts.values()):
        return {}
    return {m.start() + len(m.group()) - len(m.group().lstrip(" \t")): m   # (where a reply's name starts, set in)
            for m in found if counts[m.group("label")] >= MIN_TURNS     # once it is a transcript,
            or " " in m.group("label") and _named(m.group("label"))                      # anyone named in full
            or m.group("label").startswith("u/")}       # too (not the site's "CallWire Transcripts" over its menu)


def someones(dash: re.Match | None) -> re.Match | None:
    """A "Name -- Title" line whose name opens on a first name ("Jo Doe -- CFO") or whose title has a role in it
    ("Hollis Doe -- Vice President, Investor Relations"), not "Country Breakfast — Southern NSW", a programme
    over its region."""
    if dash is None or first_name_gender(dash.group("label").split()[0]) or dash.group("tag"):
        return dash
    title = dash.group()[dash.end("label") - dash.start():]
    return dash if any(w.lower().strip(",.") in ROLE_NOUNS for w in title.split()) else None


@dataclass
class Turns:
    """A text's labelled turns: what each label says (a line a turn), by the name the label gives."""
    said: dict[str, list[str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)       # "Hon. Jo Doe (Minister of Finance)": her office
    aliases: dict[str, str] = field(default_factory=dict)     # "The Chair (Mr. Jo Doe):", then "The Chair:": his
    phoned: set[str] = field(default_factory=set)             # "[VOICEMAIL] Wendell:": a listener
    members: set[str] = field(default_factory=set)            # "MEMBER (Jo Doe, paint shop):": a meeting's member
    lines: list[re.Match] = field(default_factory=list)       # the "Label: …" lines, in order
    over: dict[int, re.Match] = field(default_factory=dict)   # an earnings call's "Jo Doe" over her words


def read_turns(text: str) -> Turns:
    """Every labelled turn of ``text``: "Label: …" lines, "Jo Doe -- CFO" lines over the words, a wire call's
    numbered labels, a clip's "[CLIP — Jo Doe, …]" line and a call's bare names over the words."""
    found = Turns(lines=list(LABEL.finditer(text)), over=name_lines(text))
    dashed = [m for m in DASH_LABEL.finditer(text) if someones(m)] + list(NUMBERED_LABEL.finditer(text)) \
        + list(CLIP_LINE.finditer(text)) + list(RECORD_LABEL.finditer(text))
    for m in (*found.lines, *dashed, *found.over.values()):
        line_end, label = text.find("\n", m.end()), label_of(m)
        if label != m.group("label") and not CALLER.fullmatch(m.group("label")) and not _CLIP.fullmatch(m.group("label")) \
                and not MEMBERS.fullmatch(m.group("label")):
            found.aliases.setdefault(m.group("label"), label)   # (each caller, clip or member, someone else)
        if MEMBERS.fullmatch(m.group("label")) and label != m.group("label"):
            found.members.add(label)
        label = found.aliases.get(label, label)
        found.said.setdefault(label, []).append(text[m.end():line_end if line_end >= 0 else len(text)])
        if (m.groupdict().get("within") or m.groupdict().get("tag")) and label == m.group("label"):
            found.roles.setdefault(label, m.groupdict().get("within") or m.group("tag"))
        elif CALLER.fullmatch(m.group("label")) and label != m.group("label"):
            found.roles.setdefault(label, m.group("label").title())     # a caller, named in the brackets
        elif m.groupdict().get("stage") and PHONED.search(m.group("stage")):
            found.phoned.add(label)
            found.roles.setdefault(label, m.group("clause") or "listener")
    for label in [lab for lab in found.said if " " in lab and lab.isupper()]:
        title, rest = label.split(None, 1)
        if rest in found.said and (title.lower().rstrip(".") in TITLES or title.lower() in ROLE_NOUNS):
            found.aliases[label] = rest                   # "CANDIDATE DOE (Green):" on her first turn, "DOE:" after
            found.said[rest] = found.said.pop(label) + found.said[rest]
            if label in found.roles:
                found.roles.setdefault(rest, found.roles.pop(label))
    for label in [lab for lab in found.said if " " not in lab and not lab.isupper()]:
        full = [lab for lab in found.said if " " in lab and lab.split()[0] == label]
        if len(full) == 1:                                # "Ravinder:" after "Ravinder Doe -- Customs broker" over
            found.aliases[label] = full[0]                # his first turn: his, however few turns each has
            found.said[full[0]] += found.said.pop(label)
    return found
