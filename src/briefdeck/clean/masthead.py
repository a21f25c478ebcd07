"""A pasted page's head: the site's name (and its motto), menus and alerts set above the story's headline.

A page copied from a browser starts with the site, not the story: "THE HARBOUR LANTERN", "Alder
County Now | Straight news for all 12 townships", "**RIVER BUSINESS JOURNAL** — Commerce and
careers". When a byline stands near the top ("By …", or a name over "Staff Reporter"), the headline
is the nearest line over it that reads as one and not as a site's name (or a standfirst under the
headline: the site is above either way); in Markdown it is the "# " heading. Above the headline:

- a line among the first three that reads as a site's name goes (it becomes the publisher when the
  page gave none), and so does the motto on the line right under it;
- a block of short lines set apart by a blank line (menus, sign-in links, an alert strip, a section
  trail: two lines or more, no paragraph of prose) goes whole, and so does a section's name alone
  ("Local News", "FROM THE POLICY DESK" over a headline in lower case);
- another single line is left alone, since it may be the real headline over a standfirst, unless the
  headline is a Markdown "# " heading, which is the headline for sure.

Without a byline or a "# " heading nothing is touched.
"""
from __future__ import annotations

import re

from briefdeck.clean.blocks import Para, paragraphs, remove
from briefdeck.clean.boilerplate import is_boilerplate
from briefdeck.clean.credits import OUTLET as _OUTLET, name_over_role
from briefdeck.clean.duplicates import headline_of_title, key
from briefdeck.clean.edits import Step

TOP_LINES = 30            # a byline further down belongs to the foot of the story, not its head
HEAD_REACH = 4            # lines between a headline and its byline: a standfirst, a date, a photo
MAST_WORDS = 6            # a site's name is short
MOTTO_WORDS = 16
SITE_LINES = 3            # a site's name opens the page; a capitalised line lower down is a section ("RESEARCH FUNDING")
CHROME_WORDS = 30         # a longer line above the headline is prose: leave that block alone

# "Alder County Now | Straight news …", "**RIVER JOURNAL** — Commerce and careers": a name, then its motto
_NAME_THEN_MOTTO = re.compile(r"^(?P<name>[^|\u00b7\u2014\u2013]{2,60}?)\s+(?:[|\u00b7\u2014\u2013]|--)\s+(?P<motto>.{2,120})$")
_SITE_SECTION = re.compile(r"[^|]{2,60}?\s\|\s[^|]{2,40}$")      # "THE LEDGER-OBSERVER | Live Chats"
_DATE_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\d:\d\d")
# where the story's head ends: "By Jo Doe", "Words by Jo Doe | Photos by …", "*ANALYSIS* | By Jo Doe, Reporter"
_BY = re.compile(r"^[\W_]*(?:(?-i:[A-Z]{3,})[\W_]*[|\u00b7\u2022][\W_]*)?(?:(?:written|story|words|reporting|compiled|edited)\s+)?by\s+"
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
        name = " ".join((w.lower() if k else w.capitalize()) if w.lower() in _SMALL_WORDS
                        else _elided(w) if _ELIDED.match(w)
                        else "-".join(p.capitalize() for p in w.split("-")) if len(w) > 2 and re.search(r"[AEIOUÀ-ÖØ-Þ]", w)
                        else w for k, w in enumerate(name.split()))   # "POST-COURIER" -> "Post-Courier", "OF" -> "of"
    return name


# words a name in capitals keeps in lower case, after its first: "THE HARBOUR AND THE HILLS", "L'ÉCHO DE LA PÉNINSULE"
_SMALL_WORDS = frozenset("of the and for on in at de la le les du des et".split())
_ELIDED = re.compile(r"([LDJ])([\u2019'])(\w+)$")          # "L'ÉCHO", "D'ACADIE": the elided article, then the word


def _elided(word: str) -> str:
    """ "L'ÉCHO" -> "L'Écho"."""
    m = _ELIDED.match(word)
    return m.group(1) + m.group(2) + m.group(3).capitalize()


def _headline(line: str) -> bool:
    text = _plain(line)
    return 3 <= len(text.split()) <= 25 and len(text) <= 200 and text[-1:] not in ".:;," and not is_site_name(line)


def strip(text: str) -> Step:
    """Remove a site's name (and motto) set above the headline of a pasted page."""
    paras = paragraphs(text)
    h1 = next((i for i, p in enumerate(paras[:TOP_LINES]) if p.text.startswith("# ")), None)
    by = next((i for i, p in enumerate(paras[:TOP_LINES]) if _BY.match(p.text)
               or i + 1 < len(paras) and name_over_role(paras, i)), None)
    head = h1 or (next((k for k in range(by - 1, max(-1, by - 1 - HEAD_REACH), -1) if _headline(paras[k].text)), None)
                  if by else None)
    if head is None:                                     # (no byline, or none with a headline near over it)
        return remove(text, "masthead", _over_navigation(paras) + _name_under(paras, h1) + _under_browser_title(paras)
                      + _over_headline(paras))
    chrome = _chrome(paras, head, bool(h1)) if head else []
    runs: list[tuple[list[Para], str]] = []
    for block in chrome:                                 # the site's name in it still names the publisher
        part: list[Para] = []
        for p in block:
            if p in paras[:SITE_LINES] and is_site_name(p.text) and not is_boilerplate(p.text):
                runs += [(part, "page head")] if part else []
                runs.append(([p], "site name"))
                part = []
            else:
                part.append(p)
        runs += [(part, "page head")] if part else []
    taken = {id(p) for block in chrome for p in block}
    for k in range(min(head or 0, SITE_LINES)):
        if id(paras[k]) in taken:
            continue
        if is_site_name(paras[k].text) and not is_boilerplate(paras[k].text):    # not "Subscribe Now | Log In"
            runs.append(([paras[k]], "site name"))
            motto = paras[k + 1] if k + 1 < head else None
            if motto is not None and id(motto) not in taken and len(motto.text.split()) <= MOTTO_WORDS and _MOTTO_END.search(motto.text) \
                    and not is_site_name(motto.text):
                runs.append(([motto], "site motto"))
    return remove(text, "masthead", runs + _name_under(paras, h1))


# a page's navigation: a section trail ("Opinion > Letters", "Home › Shows") or the sign-in and subscribe links
_NAVIGATION = re.compile(r"\s[>\u203a\u00bb]\s|\b(?:sign in|log in|subscribe)\b", re.I)


def _over_navigation(paras: list[Para]) -> list[tuple[list[Para], str]]:
    """With no byline to find the headline by: a site's name among the first lines with the page's navigation
    right under it ("THE DOMINION STANDARD" over "Opinion > Letters to the Editor", or over a menu line and then
    "Subscribe | Sign in"; or a "SITE | Section" line over any furniture, "Posted in: …", "Share this: …"), which a
    headline never has; the navigation goes with it. (A show's "NAME — a podcast about …" over its episode line
    stays: it is the transcript's title.)"""
    for k, p in enumerate(paras[:SITE_LINES]):
        block = []                                      # the lines right under it, no blank line between
        for under in paras[k + 1:k + 1 + SITE_LINES]:
            if under.start != (block[-1] if block else p).end + 1:
                break
            block.append(under)
        if block and is_site_name(p.text) and not is_boilerplate(p.text) and all(is_boilerplate(u.text) for u in block) \
                and (any(_NAVIGATION.search(u.text) for u in block) or _SITE_SECTION.match(_plain(p.text))):
            return [([p], "site name"), (block, "page head")]   # its menus and links go with it
    return []


_TITLE_SITE = re.compile(r"[ \t]+[|\u2013\u2014-][ \t]+(?P<site>[^|\u2013\u2014\n]{2,40})$")


def _under_browser_title(paras: list[Para]) -> list[tuple[list[Para], str]]:
    """A saved page whose first line is the browser's title ("Bail bill tabled | MapleWire Daily", the headline
    printed again below): the site it names, on a line of its own among the next lines, goes with its motto."""
    if len(paras) < 3:
        return []
    first = paras[0].text
    site = _TITLE_SITE.search(first)
    headline = headline_of_title(first, "\n".join(p.text for p in paras[1:]))
    if not site or not headline:
        return []
    for k in range(1, min(SITE_LINES + 1, len(paras) - 1)):
        if key(paras[k].text) == key(site.group("site")):
            motto = paras[k + 1]
            tagline = motto.start == paras[k].end + 1 and len(motto.text.split()) <= MOTTO_WORDS \
                and _MOTTO_END.search(motto.text) and key(motto.text) != key(headline) and not is_boilerplate(motto.text)
            return [([paras[k]], "site name")] + ([([motto], "site motto")] if tagline else [])
    return []


STORY_WORDS = 15


def _over_headline(paras: list[Para]) -> list[tuple[list[Para], str]]:
    """A page that opens on the site's name and its section ("Pacific Policy Wire | Transcripts"), then the
    story's headline and its first paragraph: the name goes, and becomes the publisher. Between the name and the
    story may stand a section trail and a standfirst too ("Autos / Europe", the headline, a line under it), when
    the name is surely an outlet's ("… JOURNAL — ENGLISH EDITION", not a headline in capitals)."""
    plain = _plain(paras[0].text) if paras else ""
    if len(paras) < 3 or not (_NAME_THEN_MOTTO.match(plain) or plain.isupper() and len(plain.split()) <= 5
                              and _OUTLET.search(plain)) or not is_site_name(paras[0].text) \
            or is_boilerplate(paras[0].text):                # ... or an outlet's name alone, in capitals
        return []
    story = next((k for k in range(2, min(len(paras), 2 + HEAD_REACH))
                  if paras[k].words >= STORY_WORDS and _sentence(paras[k].text)), None)
    if story is None or story > 2 and not _OUTLET.search(_name_part(paras[0].text)):
        return []
    between = paras[1:story]                             # the headline (four words at least), a trail, a standfirst
    if not (all(_headline(p.text) for p in between) and any(len(p.text.split()) >= 4 for p in between)):
        return []
    return [([paras[0]], "site name")]


# "**Shelf & Store Canada** — *The business of Canadian grocery since 1962*": a name in bold, its motto in italics
_BOLD_NAME_ITALIC_MOTTO = re.compile(r"\*\*[^*\n]{2,60}\*\*\s*(?:[|\u2014\u2013]|--?)\s*[*_][^*_\n]{2,120}[*_]")


def _name_under(paras: list[Para], h1: int | None) -> list[tuple[list[Para], str]]:
    """A site's name set in bold right under a Markdown headline ("# Headline" then "**COMHAR NEWS | NUACHT**"), or
    under the page's furniture there (links, a cookie notice)."""
    for p in paras[h1 + 1:h1 + 1 + HEAD_REACH] if h1 is not None else ():
        if _plain(p.text) != p.text and is_site_name(p.text) or _BOLD_NAME_ITALIC_MOTTO.fullmatch(p.text):
            return [([p], "site name")]
        if not (is_boilerplate(p.text) or p.text.startswith(">") or "](" in p.text):
            break                                       # the story: no site's name under it
    return []


def _chrome(paras: list[Para], head: int, sure: bool = False) -> list[list[Para]]:
    """The blocks of short lines above the headline at ``head`` (not its own block, nor a lone line unless the
    headline is ``sure``: a Markdown page's "# " heading)."""
    blocks: list[list[Para]] = []
    for p in paras[:head]:
        if blocks and p.start == blocks[-1][-1].end + 1:
            blocks[-1].append(p)
        else:
            blocks.append([p])
    if blocks and paras[head].start == blocks[-1][-1].end + 1:
        blocks.pop()                                     # the headline's own block: a kicker, a standfirst
    kicker = not paras[head].text.isupper()          # "FROM THE POLICY DESK" over a headline in lower case
    return [b for b in blocks if (len(b) >= 2 or sure and not _sentence(b[0].text)) and not _prose(b)
            and all(p.words <= CHROME_WORDS for p in b)
            or len(b) == 1 and (len(_WORD.findall(b[0].text)) < 3 or kicker and b[0].text.isupper())
            and not _BY.match(b[0].text)]                # ("Business | Autos": two words and a bar)


_WORD = re.compile(r"\w[\w\u2019'.-]*")
_MARKED = re.compile(r"^(?:[*\-+>\u2022\[!]|\d+[.)]\s)|[|\u00b7\u2022\u203a]|\S\s{3,}\S")   # bullets, links, bars


def _sentence(line: str) -> bool:
    """A line of prose: it ends a sentence and carries no bullet, link or bar."""
    return line.rstrip()[-1:] in ".!?\u201d\"" and not _MARKED.search(line)


def _prose(block: list[Para]) -> bool:
    """A paragraph wrapped over short lines ("The board met on Friday to hear / from skippers."), not chrome."""
    return not any(_MARKED.search(p.text) for p in block) and sum(p.words for p in block) >= 8 * len(block) \
        and _sentence(block[-1].text)
