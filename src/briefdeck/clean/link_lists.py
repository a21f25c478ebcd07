"""A list of links to other stories ("Related stories", "Trending now", "Most read"): not the article.

A saved page keeps the list as a heading followed by other stories' headlines, one
per line. The heading alone is page furniture (:mod:`briefdeck.clean.boilerplate`
drops it wherever it is, with :data:`HEADING`); here the headlines under it go with
it, as one reported change. A headline is a short line that does not end a sentence; the list ends at
the first line that does, or at the tenth headline.

The site's own links go too: its menu copied one item to a line, before the story's first paragraph
or after its last, and its name in capitals over the story.
"""
from __future__ import annotations

import re

from briefdeck.clean import about
from briefdeck.clean.blocks import Para, paragraphs, remove
from briefdeck.clean.edits import Step, apply

HEADING = re.compile(
    r"^[\W_]*(?:keep (?:reading|digging|exploring)\s*:\s*)?(?:top (?:\d+|three|five|ten) (?:on|at|from|in) [\w .’'&-]{1,40}|"
    r"related (?:on|from|at|in) [\w .’'&-]{1,40}|related(?: (?:stories|articles|coverage|content|reading|reads|links|news|notes|posts|research|analysis|guides|reviews|explainers|opinion|commentary|decisions|rulings|"
    r"podcasts|episodes|releases|press releases|videos))?|"
    r"(?:more|other|latest|top|popular|recommended|trending|recent)(?: [\w’'&.-]+){0,2}? (?:stories|articles|news|reads|"
    r"headlines|posts|deals|episodes|coverage|chats|transcripts|videos)|watch (?:next|more)|elsewhere (?:in|on|at|around) [\w .’'&-]{1,40}|"
    r"jobs you (?:may|might) (?:like|be interested in)|(?:latest|featured|recommended|similar) jobs|"
    r"(?:similar|related) (?:threads|discussions|topics|groups)|"
    r"trending(?: now| today| stories| (?:in|on) [\w .’'&-]{1,30})?|up next(?: (?:in|on|from) [\w .’'&-]{1,40})?|most (?:read|popular|viewed|shared)(?: (?:stories|now|today|this week))?(?: (?:on|at|in) [\w .’'&-]{1,40})?|"
    r"you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| reading)?|read (?:next|this next)|"
    r"(?:additional|more|other|useful|related) (?:resources|links|information)|"
    r"further reading|(?:more|latest) (?:from|on|in) [\w .’'&-]{1,40}|more (?-i:[A-Z])[\w’'&-]*(?: (?-i:[A-Z])[\w’'&-]*){0,3}|also on [\w .’'&-]{1,40}|also from this (?:source|author|publisher)|what to read next|"
    r"(?:read|see) (?:more|also)|also (?:to )?read|[àa] lire aussi|"     # ("À lire aussi" translated: "Also to read")
    # a newsletter's and a show page's lists: "Links we're reading", "Links mentioned in this episode", "Also in this
    # issue", a fact-check's "Related fact checks"
    r"links (?:we[’']re reading|(?:mentioned )?in this (?:episode|issue|edition)|mentioned)|also in this (?:issue|edition|newsletter)|"
    r"related fact[- ]checks?|(?:upcoming|key|community) events|(?:events|community) calendar|"   # (a live blog's "Key events")
    r"editor[’']s picks?|don[’']t miss|(?:in )?other news(?: (?:in|from|on) [\w .’'&-]{1,40})?|popular now|keep reading(?: from [\w .’'&-]{1,40})?|"
    r"(?:hot|popular|trending) right now(?: on [\w .’'&-]{1,40})?|readers also (?:opened|read|viewed|liked)|"
    r"what [\w .’'&-]{1,40} (?:is |are )?(?:reading|opened|read|watching|watched)(?: today| now| this week)?)[\W_]*$", re.I)
_ENDS_SENTENCE = re.compile(r"(?<!\b[A-Z]\.[A-Z])[.!?:;][\u201d\"’')\]]*$")     # (not "… in the U.K.")
MAX_HEADLINE_WORDS = 18
MIN_TEASER = 3            # "Also on the Beacon: Council fast-tracks …": a headline after a list's heading, on its line
MAX_HEADLINES = 10
MAX_QUESTION_WORDS = 12
MAX_TEASER_WORDS = 8


_SIGN_UP = re.compile(r"(?:sign up|subscribe|register)\b|.*\bnewsletter\b", re.I)     # a sign-up box's heading


_RUNNING_TIME = re.compile(r"[ \t]*\d{1,2}:\d\d(?::\d\d)?[ \t]*")     # a video's length on a line under its title


def _headline(p: Para) -> bool:
    """A short line that ends no sentence, or asks a question as headlines do ("… Should it?"); a video's length."""
    return _RUNNING_TIME.fullmatch(p.text) is not None or 2 <= p.words <= MAX_HEADLINE_WORDS and not HEADING.match(p.text) and not _SIGN_UP.match(p.text) and (
        not _ENDS_SENTENCE.search(p.text) or p.text.rstrip().endswith("?") and p.words <= MAX_QUESTION_WORDS
        or _teaser(p.text))


def _teaser(text: str) -> bool:
    """Two or three clipped sentences, as a teaser headline has them ("Lithium prices have crashed. Miners are
    cutting, not quitting.")."""
    parts = [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]
    return 2 <= len(parts) <= 3 and all(len(part.split()) <= MAX_TEASER_WORDS for part in parts)


def _set_close(paras: list[Para], j: int) -> bool:
    """A longer question set line under line with the headlines above it ("Meal deal price rise: Which chain is
    still the cheapest for your lunch?"): a story's paragraph is not set that close to a list of links."""
    p = paras[j]
    return p.start == paras[j - 1].end + 1 and p.text.rstrip().endswith("?") and p.words <= MAX_HEADLINE_WORDS \
        and not HEADING.match(p.text)


# "LIVE UPDATES: Markets today" over a few bulleted headlines: a box of another story's updates (a live blog's own
# headline, "Live updates: Evacuation order widens as …", has its story under it, not bullets)
_LIVE_BOX = re.compile(r"[\W_]*live(?:(?: updates| blog| coverage)?[ \t]*[:\u2014\u2013|\u00b7][ \t]*[\w .’'&-]{1,30}"
                       r"| updates| blog)[\W_]*", re.I)                  # ("LIVE UPDATES" alone over its items)
_BULLET = re.compile(r"[\u2022*\-][ \t]+\S")


def find(text: str) -> list[list[Para]]:
    """Each link list: its heading and the headlines under it (a heading with none under it is left alone)."""
    paras = paragraphs(text)
    runs: list[list[Para]] = []
    i = 0
    while i < len(paras):
        if HEADING.match(paras[i].text) or _LIVE_BOX.fullmatch(paras[i].text) and all(
                _BULLET.match(p.text) and _headline(p) for p in paras[i + 1:i + 3]) and len(paras) > i + 2:
            j = i + 1
            while j < len(paras) and j - i <= MAX_HEADLINES and (_headline(paras[j]) or _set_close(paras, j)) \
                    and not about.is_heading(paras[j].text):         # "About the Harbour Authority": a box of its own
                j += 1
            if j > i + 1:
                runs.append(paras[i:j])
                i = j
                continue
        i += 1
    return runs


# a site's menu copied one item to a line ("News", "Local", "Arts & Life", "E-Edition"), above or below the story
_MENU_ITEM = re.compile(r"[A-Z][\w&’'+/-]*(?:,?[ \t]+[\w&’'+/-]+){0,3}\??")     # ("Culture, history and sport")
_MARKDOWN_ITEM = re.compile(r"^[*+\-\u2022][ \t]+\[([^\]]{1,60})\]\([^)]*\)$")    # "* [Know Your Rights](/rights)"
MENU_ITEMS = 4
MENU_LINK_WORDS = 8              # a menu's linked item: a section's name, a region ("Local: Saguenay and Lac-Saint-Jean")
STORY_WORDS = 20                 # a paragraph this long, ending a sentence, is the story


def menus(text: str) -> list[list[Para]]:
    """Runs of at least four menu items, line under line, before the story starts or after it ends."""
    paras = paragraphs(text)
    story = [i for i, p in enumerate(paras) if p.words >= STORY_WORDS and _ENDS_SENTENCE.search(p.text)]
    if not story:
        return []
    runs: list[list[Para]] = []
    run: list[Para] = []
    for i, p in enumerate(paras + [Para(len(text) + 2, len(text) + 2, "")]):
        linked = _MARKDOWN_ITEM.match(p.text)
        item = (i < story[0] or i > story[-1]) and i > 0 and (
            _MENU_ITEM.fullmatch(p.text) is not None if not linked    # a linked item may be longer ("Local: Saguenay …")
            else len(linked.group(1).split()) <= MENU_LINK_WORDS)
        if item and (not run or p.start == run[-1].end + 1):
            run.append(p)
            continue
        if len(run) >= MENU_ITEMS:
            runs.append(run)
        run = [p] if item else []
    return runs


def mastheads(text: str) -> list[Para]:
    """The site's name in capitals over the story ("THE HARBOUR LANTERN"), not the headline."""
    paras = paragraphs(text)
    first = next((i for i, p in enumerate(paras) if p.words >= STORY_WORDS and _ENDS_SENTENCE.search(p.text)), 0)
    return [p for p in paras[1:first] if p.words <= 6 and p.text.isupper() and not _ENDS_SENTENCE.search(p.text)
            and not _SPEAKER_HEAD.match(p.text)]


# a speech text's head over whose part comes next: "ADDRESS BY JO DOE" (not a site's name)
_SPEAKER_HEAD = re.compile(r"(?:OPENING |CLOSING )?(?:INTRODUCTION|ADDRESS|REMARKS|SPEECH|WELCOME|KEYNOTE ADDRESS|"
                           r"INTRODUCTORY REMARKS|VOTE OF THANKS)[ \t]+BY[ \t]")


def strip(text: str) -> Step:
    menu = menus(text)
    in_menu = {p for run in menu for p in run}
    return remove(text, "links", [(run, "links to other stories") for run in find(text)]
                  + [(run, "site menu") for run in menu]
                  + [([p], "masthead") for p in mastheads(text) if p not in in_menu])


# a link to another story at the end of a paragraph: "… for the summer. (Read more: Federation signs lease on ….)",
# "… part of the price later. Related: What is Quebec's maple syrup reserve?"
_TEASER = re.compile(r"(?<=[.!?\u201d\"])[ \t]+\(?(?:Read more|Related|See also|Also read|Read also)[ \t]*:[ \t]+"
                     r"(?-i:[A-Z\u2018\u201c\"])[^\n()]{3,160}?\)?\.?\)?[ \t]*$", re.M | re.I)
_TEASER_WORDS = ("read more", "related", "see also", "also read", "read also")   # (one of them, or no scan)


def teasers(text: str) -> Step:
    """Remove the link to another story that ends a paragraph of the story (its own line goes with the lists)."""
    found = _TEASER.finditer(text) if ":" in text and any(w in text.lower() for w in _TEASER_WORDS) else ()
    return apply(text, "links", [(m.start(), m.end(), "", "a link to another story") for m in found])
