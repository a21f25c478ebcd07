"""A pasted page's masthead: the site's name (and its motto) set above the story's headline.

A page copied from a browser starts with the site, not the story: "THE HARBOUR LANTERN", "Alder
County Now | Straight news for all 12 townships", "**RIVER BUSINESS JOURNAL** — Commerce and
careers". When a byline stands near the top, the headline is the nearest line over it that reads as
one and not as a site's name (or a standfirst under the headline: the site is above either way); the
lines above it that read as a site's name go, and so does the motto on the line right under such a
name. Nothing else above the headline is touched (menus and sign-in links are the other steps' work),
and without a byline nothing is.
"""
from __future__ import annotations

import re

from briefdeck.clean.blocks import Para, paragraphs, remove
from briefdeck.clean.boilerplate import is_boilerplate
from briefdeck.clean.edits import Step

TOP_LINES = 30            # a byline further down belongs to the foot of the story, not its head
HEAD_REACH = 4            # lines between a headline and its byline: a standfirst, a date, a photo
MAST_WORDS = 6            # a site's name is short
MOTTO_WORDS = 16
SITE_LINES = 3            # a site's name opens the page; a capitalised line lower down is a section ("RESEARCH FUNDING")
_OUTLET = re.compile(r"(?:courier|times|journal|herald|news|post|gazette|chronicle|tribune|clarion|ledger|review|"
                     r"press|star|sun|observer|examiner|bulletin|record|register|sentinel|standard|mirror|monitor|"
                     r"dispatch|magazine|weekly|daily|now|today|report|digest|beacon|lantern|telegraph|independent|"
                     r"wire|online|insider)$",
                     re.I)
# "Alder County Now | Straight news …", "**RIVER JOURNAL** — Commerce and careers": a name, then its motto
_NAME_THEN_MOTTO = re.compile(r"^(?P<name>[^|\u00b7\u2014\u2013]{2,60}?)\s+(?:[|\u00b7\u2014\u2013]|--)\s+(?P<motto>.{2,120})$")
_DATE_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\d:\d\d")
# where the story's head ends: "By Jo Doe", "Words by Jo Doe | Photos by …", "*ANALYSIS* | By Jo Doe, Reporter"
_BY = re.compile(r"^[\W_]*(?:(?-i:[A-Z]{3,})[\W_]*[|\u00b7\u2022][\W_]*)?(?:(?:written|story|words|reporting)\s+)?by\s+"
                 r"(?-i:[A-Z][\w\u2019'.-]+\s+[A-Z])", re.I)
_MOTTO_END = re.compile(r"[^.:;,]$|\b[A-Z][a-z]{0,3}\.$")     # "… since 1921 · Erie, Pa." ends on a place


def _plain(line: str) -> str:
    return re.sub(r"[*_#>]+", " ", line).strip()


def _name_part(line: str) -> str:
    """The line as a reader sees it, without the motto after a bar or dash."""
    text = _plain(line)
    m = _NAME_THEN_MOTTO.match(text)
    return " ".join((m.group("name") if m else text).split())


def is_site_name(line: str) -> bool:
    """"THE KESSLER CLARION", "TORQUE & TAPPET", "The Alder Valley Courier", each perhaps with its motto."""
    name = _name_part(line)
    words = name.split()
    if not words or len(words) > MAST_WORDS or ":" in name or name[-1:] in ".;,?!" or _DATE_OR_TIME.search(name):
        return False
    letters = [c for c in name if c.isalpha()]
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in ("of", "the", "and", "for")
                      for w in words)
    return bool(letters) and len(words) >= 2 and (all(c.isupper() for c in letters) or
                                                  capitalised and bool(_OUTLET.search(name)))   # not a section: "News"


def site_name(line: str) -> str:
    """The name as a citation gives it: "THE KESSLER CLARION | News since 1921" -> "The Kessler Clarion" (a word
    with no vowel, an acronym such as "KGVR", stays in capitals)."""
    name = _name_part(line)
    if name.isupper():
        name = " ".join("-".join(p.capitalize() for p in w.split("-")) if len(w) > 2 and re.search(r"[AEIOU]", w)
                        else w for w in name.split())             # "POST-COURIER" -> "Post-Courier"
    return name


def _headline(line: str) -> bool:
    text = _plain(line)
    return 3 <= len(text.split()) <= 25 and len(text) <= 200 and text[-1:] not in ".:;," and not is_site_name(line)


def strip(text: str) -> Step:
    """Remove a site's name (and motto) set above the headline of a pasted page."""
    paras = paragraphs(text)
    by = next((i for i, p in enumerate(paras[:TOP_LINES]) if _BY.match(p.text)), None)
    if not by:
        return remove(text, "masthead", [])
    head = next((k for k in range(by - 1, max(-1, by - 1 - HEAD_REACH), -1) if _headline(paras[k].text)), None)
    runs: list[tuple[list[Para], str]] = []
    for k in range(min(head or 0, SITE_LINES)):
        if is_site_name(paras[k].text) and not is_boilerplate(paras[k].text):    # not "Subscribe Now | Log In"
            runs.append(([paras[k]], "site name"))
            motto = paras[k + 1] if k + 1 < head else None
            if motto is not None and len(motto.text.split()) <= MOTTO_WORDS and _MOTTO_END.search(motto.text) \
                    and not is_site_name(motto.text):
                runs.append(([motto], "site motto"))
    return remove(text, "masthead", runs)
