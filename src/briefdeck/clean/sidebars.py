"""Boxes from beside the article, pasted after it: blocks of short lines under headings in capitals
("MEMBER SPOTLIGHT", "STEWARDS ON CALL THIS WEEK", "MARK YOUR CALENDAR") once the story has ended.

Read from the end of the page back: two or more headings in capitals in the last half of the text,
with nothing under them that reads as the story (a long paragraph, or someone who "said" something),
are a page's sidebar column. They go as one reported change, from the first such heading to the end.
A fact box ("BY THE NUMBERS", "KEY FACTS") or a table of numbers is part of the story and stays, and so
do people's words signed with their names ("> “…” — Jo Doe, quality lab": a bulletin's voices from the
floor), and a lone heading in capitals, unless it names a box no story has ("OBITUARIES", "TRENDING NOW",
"MOST READ"). In
Markdown, headings ("#### Get The Tuesday Ledger") and lines in bold ("**About the authors**") count as
such headings, and a rule drawn above the first box goes with it. The step runs
after the furniture lines, bylines and bios have gone, so what is left after the story is the boxes. A press
release's "Notes to editors" go too, from their heading to the end.
"""
from __future__ import annotations

import re

from briefdeck.clean.blocks import Para, paragraphs, remove
from briefdeck.clean.edits import Step

PROSE_WORDS = 30           # a paragraph this long is the story
STORY_PARAGRAPHS = 5       # a page ending on a heading has a story above it (a short note ending on one is all story)
# "MEMBER SPOTLIGHT", "UNION-MADE PICK OF THE MONTH", "THANKS TO OUR PARTNERS": two to seven words in capitals
_CAPS_HEADING = re.compile(r"^(?=(?:\S+\s+){1,6}\S+$)[A-Z][A-Z’'&/\- ]*[A-Z]:?$"
                           # ... or, in Markdown, a heading or a line in bold: "#### Get The Tuesday Ledger"
                           r"|^#{2,6}[ \t]+[^#\n]{2,80}$|^\*\*[^*\n]{2,60}\*\*:?$")
_FACTS = re.compile(r"(?i)\b(?:NUMBERS|FACTS?|GLANCE|TIMELINE|KEY (?:DATES|POINTS)|WHAT WE KNOW|HOW WE GOT HERE|"
                    r"BACKGROUND|CORRECTION|CLARIFICATION|EDITOR[’']S NOTE)\b")
_RULE = re.compile(r"^(?:[-*_][ \t]*){3,}$")
# a box no story has, which may stand alone after it: "OBITUARIES", "TRENDING NOW", "MOST READ", "CLASSIFIEDS"
_PAGE_BOX = re.compile(r"[#*_ \t]*(?i:OBITUARIES|DEATH NOTICES|TRENDING(?: NOW)?|MOST (?:READ|POPULAR|VIEWED|SHARED)|"
                       r"CLASSIFIEDS|LATEST (?:NEWS|HEADLINES|STORIES))[:*_ \t]*")
_SPEECH = re.compile(r"\b(?:said|says|told|added)\b")
# "- Loss of the parts exemption would cut production by a further 120,000 units.": a list item that is a finding
# with its number, a sentence of its own, is the story's (a research note ends on lists of them), not a box's line
_FINDING = re.compile(r"[-*\u2022][ \t]+[A-Z][^\n]*\d[^\n]*[.!?]$")
FINDING_WORDS = 12
# "> “I was ready to walk.” — Jo Doe, shipping": someone's words signed with their name, which a story quotes
_SIGNED = re.compile(r"[\u201d\"][ \t]*[\u2014\u2013][ \t]*[A-Z][\w\u2019'\-]+[ \t]+[A-Z][\w\u2019'\-]+")
_DIGIT = re.compile(r"\d")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y)\b")
_TAIL = 0.5                # the sidebar column sits in the last half of the text


def find(text: str) -> list[Para]:
    """The paragraphs of the sidebar column after the story, or none."""
    paras = paragraphs(text)
    heads = [i for i, p in enumerate(paras) if p.start >= len(text) * _TAIL and (_CAPS_HEADING.match(p.text)
                                                                               or _PAGE_BOX.fullmatch(p.text))]
    first = None
    for i in reversed(heads):             # the earliest heading from which all to the end is boxes
        p = paras[i]
        if _FACTS.search(p.text) or p.text.rstrip("*_: ").endswith("?") and i + 1 < len(paras) \
                and _FIRST_PERSON.search(paras[i + 1].text):
            break                         # (an interview's bold question over its answer: "We stopped …")
        if any(q.words >= PROSE_WORDS and not q.text.startswith(">") or _SPEECH.search(q.text)   # (a quoted box: a
               or _FINDING.match(q.text) and q.words >= FINDING_WORDS or _SIGNED.search(q.text)   # sponsor's, in
               or q.text.startswith("|") and _DIGIT.search(q.text)                                 # (a table of numbers)
               for q in paras[i + 1:(first if first is not None else len(paras))]):             # Markdown)
            break
        first = i
    if first is None or sum(1 for i in heads if i >= first) < 2 and not _PAGE_BOX.fullmatch(paras[first].text):
        return []
    while first and _RULE.match(paras[first - 1].text):
        first -= 1                        # the rule drawn between the story and the boxes goes with them
    return paras[first:]


# a heading in title case, a few words with no sentence in them: "The Plug Report", "Critical Minerals Week 2025"
_TITLE_LINE = re.compile(r"^(?=(?:\S+\s+){0,7}\S+$)[A-Z0-9][\w’'&.\-]*(?:\s+(?:[A-Z0-9][\w’'&.\-]*|of|for|and|the|"
                         r"at|in|on|to|a|an|&))*(?<!\.)$")                 # not "Jo Doe." signing a letter


def _heading(p: Para) -> bool:
    return bool(_CAPS_HEADING.match(p.text) or _TITLE_LINE.match(p.text)) and not _FACTS.search(p.text)


def trailing(text: str) -> list[Para]:
    """The headings and rules a page ends on after its story, with nothing left under them: a box's heading
    whose box has gone ("### Support our research", "The Plug Report"), the rule over a footer that has gone."""
    paras = paragraphs(text)
    k = len(paras)
    while k > 1 and paras[k - 1].start >= len(text) * _TAIL \
            and (_heading(paras[k - 1]) or _RULE.match(paras[k - 1].text)) \
            and not paras[k - 2].text.rstrip().endswith(","):          # "Safe travels, / Mateo": a signature
        k -= 1
    return paras[k:] if k >= STORY_PARAGRAPHS else []          # (a rule left alone at the end goes too)


# a press release's end matter: "Notes to editors" and all under it (media assets, contacts, the boilerplate); a
# government release's "Associated links" and "Contacts" headings; the "-ENDS-" or "-30-" a release ends on
_FOR_EDITORS = re.compile(r"^[#*_ \t]*(?:notes? (?:to|for) (?:editors|the media|media)|for (?:editors|the media)|"
                          r"associated links|(?:media )?contacts|for (?:more|further) information,? (?:please )?contact|"
                          r"[-\u2013\u2014 ]*ends[-\u2013\u2014 ]*|[-\u2013\u2014] ?30 ?[-\u2013\u2014])[:.]?"   # "-ENDS-",
                          # "-30-": where a release ends (a "30" alone on its line is a table's cell)
                          r"[*_ \t]*$", re.I | re.M)


def for_editors(text: str) -> list[Para]:
    """A press release's end matter, from its heading ("Notes to editors", "Contacts") or end mark ("-ENDS-") to the
    end of the text (``[]`` when it has none)."""
    heading = _FOR_EDITORS.search(text, int(len(text) * _TAIL))
    if heading is None:
        return []
    paras = paragraphs(text)
    k = next((i for i, p in enumerate(paras) if p.end >= heading.end()), None)
    return paras[k:] if k is not None and k >= STORY_PARAGRAPHS else []


def strip(text: str) -> Step:
    """Remove the sidebar column pasted after the story, as one change, and the headings left at the end."""
    box = for_editors(text) or find(text) or trailing(text)
    return remove(text, "sidebar", [(box, "boxes beside the story")] if box else [])
