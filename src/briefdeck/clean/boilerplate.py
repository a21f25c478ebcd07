"""Drop the lines a web page wraps around an article: comment forms, share bars, ads, captions (each line
matched by the patterns of :mod:`briefdeck.clean.furniture_lines`), and what only the lines around tell: menus,
a newsletter's sign-up box, a caption over its credit, the short lines after a comment form's heading."""
from __future__ import annotations

import re

from briefdeck.clean import captions, comments, link_lists, mail_heads
from briefdeck.clean.bars import MARKDOWN_LINK as _MARKDOWN_LINK, is_link_bar, menu_line
from briefdeck.clean.edits import Step, apply
from briefdeck.clean.furniture_lines import LINE_RE, PICTURE_MD, scanned

CAPTION_WORDS = 45
# a sign-up box: a bare "Sign up" under the newsletter's name and a line about it
_SIGN_UP = re.compile(r"(?:sign up|subscribe)(?: now| today| here| free)?[.!]?$", re.I)
BOX_LINES, BOX_WORDS = 2, 25
ADDRESS_LINES = 7         # "Our mailing address is:" and up to six lines of the address
_EMAIL_FIELD = re.compile(r"\s*\[?(?:(?:enter|type|add|your|work|business)\s+)*e-?mail(?:\s+address)?(?:\s+here)?\s*[:.…*]*\]?"
                          r"(?:(?:\s{2,}|\s*[|\[]\s*)(?:subscribe|sign(?: me)? up|join(?: free| now)?|submit|go)\s*\]?)?\s*$",
                          re.I)   # "…   SUBSCRIBE", "[Enter your work email] [Join free]", "Your email  [ Sign up ]"
BOX_NAME_WORDS = 6        # a box's name is short: "The Morning Brief newsletter"
BOX_PITCH_WORDS = 30      # ... and so is its pitch
_ENDS = (".", "!", "?", "\"", "\u201d", ":")
_BOX_NAME = re.compile(r"\b(?:newsletters?|briefing|digest|bulletin|inbox)\b", re.I)
_SIGN_UP_FOR = re.compile(r"(?:sign up|subscribe)[ \t]+(?:for|to)[ \t]+\S", re.I)
_GET_NAMED = re.compile(r"[*_]*Get[ \t]+(?:the[ \t]+|our[ \t]+)?[A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*){1,4}[*_]*(?:[ \t]+[\u2014\u2013:-]|$)")
_TAIL_MARKERS = re.compile(r"^\s*(?:(?:#{1,6}|\*\*)\s*)?(?:leave a (?:reply|comment)|post (?:a )?comment|\d*\s*comments?|"
                           r"join the (?:conversation|discussion)|-\s?30\s?-|#{3})[\s*:]*$", re.I)
_SHORT = 140
PART_WORDS = 6            # a line of short parts between bars, one of them furniture, is furniture


def _caption(line: str) -> bool:
    """A line that can be a photo's caption: a sentence or two, not a paragraph of the story."""
    return bool(line.strip()) and len(line.split()) <= CAPTION_WORDS and line.rstrip().endswith(".")


def _short_run(texts: list[str], start: int, step: int, most: int) -> list[int]:
    """The lines from ``start`` on, one ``step`` at a time, while they are short and not blank (a box's lines),
    ``most`` of them at the most."""
    run = []
    for k in range(start, start + step * most, step):
        if not 0 <= k < len(texts) or not texts[k].strip() or len(texts[k].split()) > BOX_WORDS:
            break
        run.append(k)
    return run


_RULE = re.compile(r"[ \t]*(?:[-_*=]{3,}|#{1,6}[ \t].*)[ \t]*$")


def _ruled_box(texts: list[str], i: int) -> list[int]:
    """The lines of a sign-up box over its button at ``i`` when blank lines part them (Markdown's "---", "### Get
    the Daily Brief", its pitch, "[Sign up free](…)"): the short lines up to the rule or heading that opens it."""
    run, k = [], i - 1
    while k >= 0 and len(run) <= BOX_LINES:
        line = texts[k].strip()
        if line and _RULE.match(line) and not line.startswith("#"):
            return run                              # the rule over the box
        if line and (len(line.split()) > BOX_WORDS or len(run) == BOX_LINES):
            return []
        if line:
            run.append(k)
            if line.startswith("#"):                # the box's heading ("### Get the Daily Brief"), not a section's
                above = next((t.strip() for t in reversed(texts[:k]) if t.strip()), "")
                return run if _BOX_NAME.search(line) or _BOX_HEADING.search(line) or _RULE.match(above) and not above.startswith("#") else []
        k -= 1
    return []


_ITEMS = re.compile(r"\s[\u00b7\u2022|]\s")      # a list's items on one line
_BOX_HEADING = re.compile(r"\b(?:get|sign up|subscribe|brief|daily|weekly)\b", re.I)   # besides _BOX_NAME's words
_WHEN_SENT = re.compile(r"\b(?:every|each) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:day|week|weekday|morning|"
                        r"evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: at \d{1,2}(?::\d\d)?(?: ?[ap]\.?m\.?)?)?"
                        r"[.!]?(?:[ \t]+(?:it[\u2019's]* )?free(?: for (?:subscribers|members|everyone|readers))?[.!]?)?$"
                        r"|\bin your inbox\b", re.I)     # a box's pitch says when it comes ("every Saturday morning")


def _in_heads(text: str, lines: list) -> set[int]:
    """The lines of ``text`` inside an email thread's headers (mail_heads): the document's own."""
    spans = mail_heads.head_lines(text)
    return {i for i, (start, _, _) in enumerate(lines) if any(s <= start < e for s, e in spans)} if spans else set()


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


# "News / Local / Manitoba / e-Edition / Weather": a site's menu, one link a line (furniture between them counts too)
_MENU_ITEM = re.compile(r"(?:(?:[A-Z0-9&]|[a-z]-?(?=[A-Z]))[\w&’'.\-]*)(?:[ \t]+(?:[A-Z0-9&][\w&’'.\-]*|and|of|&)){0,2}")
MENU_LINES, MENU_ITEM_LENGTH = 4, 25


def _menus(texts: list[str], drop: set[int]) -> set[int]:
    """The lines of runs of at least MENU_LINES menu items, or of fewer among more furniture (a blank line ends
    a run), above or below the story (a list inside it stays): the site's name and a section left between a
    cookie banner and a sign-in link go with them. :mod:`briefdeck.clean.link_lists` takes the plain menus."""
    story = [i for i, line in enumerate(texts) if i not in drop and len(line.split()) >= link_lists.STORY_WORDS
             and line.rstrip().endswith((".", "\u201d", '"'))]
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*texts, ""]):
        stripped = line.strip()
        outside = not story or i < story[0] or i > story[-1]
        if stripped and outside and (i in drop or len(stripped) <= MENU_ITEM_LENGTH and _MENU_ITEM.fullmatch(stripped)):
            run.append(i)
            continue
        if stripped and run and run[-1] not in drop and len(texts[run[-1]].split()) > 1 \
                and not texts[run[-1]].isupper():
            run.pop()                               # "Fares frozen": a short headline right over the story stays
        items = sum(k not in drop for k in run)
        if items >= MENU_LINES or items and len(run) > MENU_LINES:
            found.update(run)
        run = []
    return found


NAV_PARTS = 5              # a site's sections in a row, set apart: a menu
_NAV_ITEM = re.compile(r"[A-Z](?:\.[A-Z])+\.?|e-[A-Z]\w*|[A-Z][\w&\u2019'\-]*(?:[ \t][A-Z&][\w&\u2019'\-]*)?")   # "B.C.", "e-Edition"
_PARTS = re.compile(r" \| |[ \t]{2,}| \u00b7 ")       # a line set out in parts ("Share  Tweet  Email  Print")
_DOTTED = re.compile(r"[ \t]+[\u00b7|][ \t]+")
DOTTED_PARTS = 3           # ... or this many, set apart by dots or bars


_ORDER_AT = re.compile(r"(?i:order|buy|book|shop|download|subscribe to)\b[^.!?\n|]{0,80}\bat[ \t]+(?:www\.)?[\w\-]+"
                       r"\.[a-z]{2,10}(?:/\S*)?\.?")     # a page's call to buy, sending the reader to its site
_REPLY_HEAD = re.compile(r"[ \t]*(?:Posted by )?u/[\w\-]+[ \t]+(?:OP[ \t]+)?\u00b7[ \t]")   # whose post or reply is under it,
                                                                                        # in a forum thread
_ELAPSED = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
MAX_LINE = 600             # a longer line is the story's (a sponsor's read, a whole turn of a show, runs to 600)


def is_boilerplate(line: str) -> bool:
    """True for a whole line of page furniture (share bars, comment prompts, ads, captions, the heading of a
    list of links to other stories)."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_LINE:
        return False
    if LINE_RE.match(stripped) or link_lists.HEADING.match(stripped) or _EMAIL_FIELD.match(stripped):
        return True                                   # ("Your email | Subscribe": a sign-up box's field)
    if stripped[:1] == "\u00b7" and stripped[1:2] in " \t":   # "· 6 min read": its date went to the metadata (not a
        # list's "•" nor a table's "|": their lines are the story's)
        return is_boilerplate(stripped[1:])
    if "*" in stripped or "](" in stripped:           # "[Skip to content](#main)", "**ALSO READ:** [Banks …](https://…)"
        plain = _EMPHASIS.sub("", _MARKDOWN_LINK.sub(r"\1", stripped).replace("**", "")).strip()
        if plain != stripped and is_boilerplate(plain):
            return True                               # as a reader sees it (or, below, with its addresses)
        if "](" in stripped and link_lists.HEADING.match(plain.split(":", 1)[0] + ":"):
            return True                               # "*Related posts:* [A](…) · [B](…)"
    head, colon, rest = stripped.partition(":")      # "ALSO ON THE BEACON: Council fast-tracks sewer upgrades"
    if colon and link_lists.HEADING.match(head + ":") and link_lists.MIN_TEASER <= len(rest.split()) \
            and all(len(item.split()) <= link_lists.MAX_HEADLINE_WORDS for item in _ITEMS.split(rest)) \
            and not rest.rstrip().endswith((".", "!", ";", ",")):
        return True                                   # (or "*Most read:* A … · B … · C …", a headline an item)
    low = stripped.lower()
    if any(pattern.match(stripped) for pattern in scanned(low)):
        return True
    if " at " in low and _ORDER_AT.fullmatch(stripped):
        return True                                   # "Order certified transcripts at acme.example"
    if menu_line(stripped):
        return True
    parts = [part.strip() for part in _PARTS.split(stripped)]     # "Log in   Subscribe to Pro" too
    if len(parts) < 2 or any(len(part.split()) > PART_WORDS and not is_boilerplate(part) for part in parts) \
            or len(parts) == 2 and _ELAPSED.fullmatch(parts[1]):
        return False                                  # (a call transcript's "+1 519-555-0143   2:47" over a turn)
    furniture = [is_boilerplate(part) for part in parts]   # "Jo Doe | 3 min read | 03 Mar 2025", "Story continues below | …"
    return any(f and (len(part.split()) > 1 or all(furniture)) for f, part in zip(furniture, parts))   # not a table's "Share"


def spaced_menu(line: str) -> bool:
    """ "News  Sports  Business  Opinion  Obituaries  E-Edition": a site's sections set apart by spaces, next to other
    furniture (a table's header row, "Region  Jobs  Change  Share", sits over its rows instead)."""
    parts = [part.strip() for part in re.split(r"[ \t]{2,}", line.strip())]
    dotted = [part.strip() for part in _DOTTED.split(line.strip())]     # "Opinion · Columns · Letters" under the
    return (len(parts) >= NAV_PARTS and all(_NAV_ITEM.fullmatch(part) for part in parts)   # masthead: fewer parts,
            or len(dotted) >= DOTTED_PARTS and all(_NAV_ITEM.fullmatch(part) for part in dotted[1:])   # set apart by
            and (_NAV_ITEM.fullmatch(dotted[0]) or _SITE_NAME.fullmatch(dotted[0])))   # dots, the site's name first


_MEDIA_LABEL = re.compile(r"\s*\[(?:video|photo|image|gallery|audio)\]", re.I)
_ITALIC, _PICTURE = re.compile(r"([*_])[^*_\n]{3,400}\1"), re.compile(rf"\s*{PICTURE_MD}\s*$")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")      # "*Share this article*": Markdown italics


# a kind of story named before its headline: a link to one further down, the headline itself on top
_STORY_KIND = re.compile(r"(?i:opinion|explainer|analysis)\s*[:|]\s+\S")


_SITE_NAME = re.compile(r"(?:[A-Z][\w&\u2019'.\-]*[ \t]+){0,3}[A-Z][\w&\u2019'.\-]*")     # a site's name between its menus
# a chat export's notices: "[2025-11-19, 10:43:30] Jo Doe: <Media omitted>", "18/11/2025, 05:52 - Jo Doe: <image
# omitted>", "This message was deleted"
_CHAT_NOTICE = re.compile(r"(?:\[[\d/\-]{6,10},? [\d:]{4,8}(?: ?[APap][Mm])?\] |[\d/]{6,10}, [\d:]{4,5}(?: ?[APap][Mm])? - )?"
                          r"(?:[^:\n]{1,60}: )?(?:<(?:Media|image|video|audio|document|sticker|GIF) omitted>(?: [\w\-.]{1,80}\.\w{2,4})?|<attached: [^>]*>"
                          r"|This message was deleted\.?|You deleted this message\.?"
                          r"|Messages and calls are end-to-end encrypted\..{0,120})")
# a broadcast script's cues: "OUTCUE: … back on the line. :14", "RUN TIME: 2:41", "SLUG: PLANT LAYOFFS / LEAD"
_SCRIPT_CUE = re.compile(r"(?:OUT[ \-]?CUE|OUTQ|RUN ?TIME|SLUG|TRT|PHOTOG)\s*:.{0,120}")
_POST_HEAD = re.compile(r"[A-Z][^@\n]{1,60} @[A-Za-z0-9_]{2,30}(?: \u00b7 [\w:. ]{1,20}| Follow)?|Relevant people|"
                        r"Who to follow|Trending in [A-Z][\w ]{1,30}")
_PHOTO_CREDIT_END = re.compile(r"[.!?]\s+\((?:[A-Z][\w.&’' ]{0,30} )?(?i:photo|photograph|file photo)(?: by)?:?\s+"
                               r"[A-Z][^()\n]{1,60}\)\s*$")
CAPTION_LINE = 300
_KEYWORDS = re.compile(r"(?i:keywords|key words|tags)\s*:")
_WORD_LIST = re.compile(r"[\w’'\-]+(?: [\w’'\-]+)?(?:, [\w’'\-]+(?: [\w’'\-]+)?){3,}")     # "tires, brake, tariff, …"
_ADDRESS_INTRO = re.compile(r"\s*our (?:mailing|postal) address is:?\s*$", re.I)


def _noted(line: str) -> bool:
    """A chat export's notice, a broadcast script's cue or a caption ending on its photo credit: a line of its own."""
    stripped = line.strip()
    return ("<" in stripped or "message" in stripped or "encrypted" in stripped) and bool(_CHAT_NOTICE.fullmatch(stripped)) \
        or ":" in stripped and stripped[:1].isupper() and bool(_SCRIPT_CUE.fullmatch(stripped)) \
        or stripped.endswith(")") and len(line) <= CAPTION_LINE and bool(_PHOTO_CREDIT_END.search(stripped))


POSTER, HANDLE = r"[A-Z][\w\u2019'.\-]*(?:[ \t]+[A-Z][\w\u2019'.\-]*){1,3}", r"@[A-Za-z0-9_]{2,30}"   # "Jo Doe", "@jodoe"
_PLAIN_HEAD = re.compile(rf"{POSTER}[ \t]+{HANDLE}")
POST_WORDS, STORY_WORDS = 6, 12


def _embedded_head(texts: list[str], i: int) -> bool:
    """ "Jo Doe @jodoe" alone on its line, the post's words right under it, and the story's prose above it: a post
    embedded in a story, whose head says who wrote the words under it (not a thread's "@jodoe · 6h", a profile's
    "… Follow", nor the head of a page that is the post itself)."""
    return bool(_PLAIN_HEAD.fullmatch(texts[i].strip())) and i + 1 < len(texts) \
        and len(texts[i + 1].split()) >= POST_WORDS and not _POST_HEAD.fullmatch(texts[i + 1].strip()) \
        and any(len(line.split()) >= STORY_WORDS for line in texts[:i])


def strip(text: str) -> Step:
    """Remove boilerplate lines, and everything after a comment-form heading in the last part of the text."""
    lines = list(_lines(text))
    drop: set[int] = set()
    tail_from = None
    texts = [line for _, _, line in lines]
    first = next((i for i, line in enumerate(texts) if line.strip()), -1)
    thread = comments.answers_thread(text)         # a Q&A thread keeps each reply's "u/jo_doe · 388 points · 5h"
    for i, line in enumerate(texts):
        if i == first and _STORY_KIND.match(line.strip()):
            continue                                # "Explainer: What the duties mean" on top is the headline
        if i and captions.FOR_OUTLET.fullmatch(line.strip()) and _caption(texts[i - 1]):
            drop.update((i - 1, i))
        if _ITALIC.fullmatch(line.strip()) and _PICTURE.match(next((s for s in reversed(texts[:i]) if s.strip()), "")):
            drop.add(i)                             # "![…](…)" then "*Saturday picket, east lawn. Photo: …*"
        if i and _MEDIA_LABEL.match(texts[i - 1]) and _caption(line + ".") \
                and not (i > 1 and texts[i - 2].rstrip().endswith(":")):
            drop.add(i)                             # "[Video] Customers react" then the clip's one-line summary, but
                                                    # not a message sent with its photo under "Jo Doe – 6:14 a.m.:"
        if _noted(line):
            drop.add(i)                             # "<Media omitted>", "OUTCUE: … :14", "… (Ledger photo: Jo Doe)"
        if ("@" in line or line[:1] in "RWT") and _POST_HEAD.fullmatch(line.strip()) \
                and not _embedded_head(texts, i):      # (a post set in a story keeps who posted it, over its words)
            drop.update((i, i + 1) if line.rstrip().endswith(" Follow") and i + 1 < len(texts) else (i,))   # @jodoe
                                                    # · 7:02 PM" over its words, and the bio under "… Follow"
        if ":" in line and _KEYWORDS.fullmatch(line.strip()) and i + 1 < len(texts) \
                and _WORD_LIST.fullmatch(texts[i + 1].strip()):
            drop.update((i, i + 1))                 # an automatic transcript's "Keywords:" over its list of words
        if _ADDRESS_INTRO.match(line):              # "Our mailing address is:" and the address under it
            drop.update(_short_run(texts, i, 1, ADDRESS_LINES))
        if (is_boilerplate(line) or is_link_bar(texts, i)) and not (thread and _REPLY_HEAD.match(line)):
            drop.add(i)
            above = texts[i - 1].strip() if i else ""
            if _BOX_NAME.search(above) and len(above.split()) <= BOX_NAME_WORDS and not above.endswith(_ENDS):
                drop.add(i - 1)                     # "STANDARD BUSINESS BRIEFING" over its pitch
            if i and captions.CREDIT.match(line.strip()) and texts[i - 1].strip() \
                    and len(texts[i - 1].split()) <= CAPTION_WORDS:
                drop.add(i - 1)                     # the caption right above its credit line
            if _SIGN_UP.match(_MARKDOWN_LINK.sub(r"\1", line.strip().lstrip("> *_"))):   # "Get The Daily / … / Sign up"
                drop.update(_short_run(texts, i - 1, -1, BOX_LINES) or _ruled_box(texts, i))
            if _EMAIL_FIELD.match(line):             # "The Morning Current newsletter / Our top stories, … / Enter
                box = _short_run(texts, i - 1, -1, BOX_LINES + 1)   # your email address": the box's name and pitch
                named = max((n for n, k in enumerate(box) if _BOX_NAME.search(texts[k]) or _BOX_HEADING.search(
                              texts[k]) and len(texts[k].split()) <= BOX_NAME_WORDS     # ("The Cedar Line Weekly",
                              or _WHEN_SENT.search(texts[k])                            # "…, every Friday.")
                              or _SIGN_UP_FOR.match(texts[k].strip())       # ("Sign up for City Hall Weekly",
                              or _GET_NAMED.match(texts[k].strip())), default=None)   # "**Get BPI Morning Metals**
                                                                           # — …"; the topmost: the box's name)
                drop.update(box[:named + 1] if named is not None else ())
            if tail_from is None and _TAIL_MARKERS.match(line) and i >= len(lines) * 0.6:
                tail_from = i
    drop.update(_menus(texts, drop))
    for i, line in enumerate(texts):              # "Retail Insider newsletter" over "The week's … every Thursday."
        if not _BOX_NAME.search(line) or len(line.split()) > BOX_NAME_WORDS or line.strip().endswith(_ENDS):
            continue                              # (its sign-up button went with the page's markup)
        below = next((k for k in range(i + 1, min(len(texts), i + 3)) if texts[k].strip()), None)
        if below is not None and len(texts[below].split()) <= BOX_PITCH_WORDS and _WHEN_SENT.search(texts[below].strip()):
            drop.update((i, below))
    drop.update(i for i in range(1, len(texts) - 1) if i - 1 in drop and i + 1 in drop and i not in drop
                and _SITE_NAME.fullmatch(texts[i].strip()))     # "Skip to main content / Ontario Newsroom / Home | …"
    full = [i for i, line in enumerate(texts) if line.strip()]       # a menu's neighbours, past blank lines (the
    drop.update(i for above, i, below in zip([None, *full], full, [*full[1:], -1])   # text's start is a page's top)
                if (above is None or above in drop or below in drop) and spaced_menu(texts[i]))
    drop.difference_update(_in_heads(text, lines))  # an email thread's headers: who wrote what, when
    if tail_from is not None:                       # a comment form: the short lines after it go too
        rest = lines[tail_from:]
        if all(len(line.strip()) <= _SHORT for _, _, line in rest):
            drop.update(range(tail_from, len(lines)))
    replacements: list[tuple[int, int, str, str]] = []
    for i in sorted(drop):
        start, end, line = lines[i]
        end = min(end + 1, len(text))               # the line and its newline
        if replacements and replacements[-1][1] == start:   # runs of lines go as one change
            prev = replacements.pop()
            start, line = prev[0], prev[3] + " / " + line.strip() if line.strip() else prev[3]
        replacements.append((start, end, "", line.strip()[:200]))
    return apply(text, "boilerplate", replacements)
