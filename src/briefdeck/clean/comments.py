"""A reader-comments section appended to an article: not the article, so none of it is proposed.

What gives it away is its shape, not its words: a run of short opinions, each
signed "Name, Place" (or "— Name", "Name from Place", "Name says:", or "— Name, Place" or
"— user_42" at the end of the opinion itself), often
under a "Comments" or "What readers say" heading, at the end of the page.
Two signatures close together in the last part of the text are needed; a
single "— Name, Place" line (a letter's signature, a quoted byline) is kept.
"""
from __future__ import annotations

import re

from briefdeck.clean.blocks import Para, paragraphs, remove
from briefdeck.clean.edits import Step

# A comment form's lines, each a whole line of page furniture (:mod:`briefdeck.clean.boilerplate` matches them):
# "Leave a reply", "Your email address will not be published.", "Comments are closed."
FORM_LINES = [
    r"leave a (?:reply|comment).*", r"post (?:a )?comment", r"cancel reply", r"\d* ?comments?",
    r"(?:show|view|load|hide) (?:all |more )?\d* ?(?:more )?comments?", r"sort by:? .{0,30}", r"reply(?: to this comment)?",
    r"your email(?: address)? will (?:not|never) be (?:published|shared|displayed)\.?.*",
    r"(?:required fields are marked|fields marked \*? ?(?:are required|must be filled(?: in)?)).*",
    r"your email(?: address)? (?:stays|is kept|remains|will stay) private\.?.*",
    r"save my name, email,? and website.*", r"(?:name|email|website|comment)\s*\*?",
    r"you must be logged in to post a comment\.?", r"join the (?:conversation|discussion)",
    r"comments are (?:now )?closed\b.{0,60}", r"add (?:a|your) comment(?:\u2026|\.\.\.)?", r"like\s*[\u00b7|]\s*reply",
    r"like\s+comment\s+(?:repost|share)\s+send", r"most (?:relevant|recent)\s*[\u25be\u25bc\u2304]?",   # a network's post:
    # "Like Comment Repost Send" under it, "Most relevant ▾" over its comments
    r"(?:join the conversation\.\s*)?please read our (?:commenting|community|comment) (?:guidelines|rules|policy)\b.{0,80}",
    r"you must be logged in to (?:comment|reply|join the (?:discussion|conversation))\b.{0,80}",
    r"(?:sign|log) in to (?:join the (?:discussion|conversation)|comment)\b.{0,160}",
    r"comment(?:ing|s)? (?:is |are )?(?:now )?closed (?:for|on) this (?:story|article|chat|post|page)\.?(?:\s.{0,160})?",
]

_NAME = r"[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|van|de|da|von|le|la)){0,2}"
_PLACE = r"[A-Z][\w’'.\-]*(?:\s+(?:&\s+)?[A-Z][\w’'.\-]*){0,3}(?:,\s*[A-Z][\w.]{1,12})?"     # "Kenilworth & Cannon"
# when it was posted: "· April 8, 2026 at 7:02 a.m.", "| 3 hours ago", "12/03/2026 21:14"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_STAMP = (rf"(?:\s*[\u00b7\u2022|,\u2013\u2014-]?\s*(?:on\s+)?(?:(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\s+\d{{4}}|"
          rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d\s*(?:[aApP]\.?[mM]\.?)?)?"
          rf"|{MONTH}\s+\d{{1,2}},?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d\s*(?:[aApP]\.?[mM]\.?)?"     # "Feb. 21, 6:02 AM"
          rf"|\(?\d+\s*\w+\s+ago\)?|\d{{1,2}}:\d\d\s*(?:[aApP]\.?[mM]\.?)?|\d{{1,2}}\s?(?:h|hrs?|m|mins?|d|w|mo)\b))?")
_USER = r"[A-Za-z][A-Za-z.]*[_\d][\w.]*"
_SIGNATURE = re.compile(
    rf"^[\W_]*(?:[\u2014\u2013-]+\s*)?(?:{_NAME},\s+(?:[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){{0,2}},\s+)?{_PLACE}|{_NAME}\s+(?:from|in|of)\s+{_PLACE}|{_NAME}[ \t]{{2,}}{_PLACE}"
    rf"|{_NAME}\s+[\u2014\u2013\u00b7]\s+{_PLACE}"                # "Marisol T. — Barton Village", "Jo Doe · Cranston"
    rf"|{_NAME}\s+(?:says|said|wrote|writes|commented|replied)\s*:?|(?i:posted by)\s+(?:{_NAME}|{_USER})"
    rf"(?:,\s+[a-z][\w -]{{1,30}})?(?:\s*[-\u2013\u2014,]\s*{_PLACE})?"          # "Posted by D. Doe, estimator, Winnipeg"
    rf"|[\u2014\u2013-]+\s*{_NAME})\s*[.:]?{_STAMP}\s*$")
# "Great piece, very balanced. — Marjorie, Hamilton": an opinion signed at its own end
_SIGNED_AT_END = re.compile(rf"[.!?\u201d\"’)]\s+(?:[\u2014\u2013]|--?)\s*(?:{_NAME}(?:,\s+{_PLACE})?|{_USER}|@[A-Za-z][\w.]{{1,30}})"
                            r"\s*$")                  # (… "— @cap_table_carl": a handle signs only at the end)
_SIGNED_AT_START = re.compile(rf"^[\W_]*(?:{_NAME}(?:,\s+{_PLACE})?|{_USER})(?::|\s+[\u2014\u2013])\s+\S")   # "Jo D., Nanaimo — …"
_STAMP_ONLY = re.compile(rf"^{_STAMP}\s*$")
_WHEN = re.compile(r"\bago\b|\d[:.]\d\d|\b\d{4}\b|[\u00b7|]\s*\d{1,2}\s?(?:h|hrs?|m|mins?|d|w|mo)$")   # "· 5h"
_USER_STAMPED = re.compile(rf"^[\W_]*(?:{_USER}|{_NAME}){_STAMP}\s*$")
_HEADING = re.compile(r"^[\W_]*(?:\d+\s+)?(?:(?:reader|readers[’']?|your|user|latest|top|most recent|recent|neighbou?r|"
                      r"listener|viewer|member|community)\s+)?"
                      r"(?:comments?|responses?|reactions?|replies|discussion|conversation|letters|exchange|feedback|remarks|"
                      r"mail|mailbag)"
                      r"(?:\s+(?:and|&)\s+(?:comments?|responses?|reactions?|replies|letters|feedback))?"   # "Letters and comments"
                      r"(?:\s*\(\d[\d,.]*k?\)|\s+\d[\d,.]*k?)?(?:\s+(?:section|below|(?:to|about) (?:this|the) (?:post|story|article)))?"
                      r"(?:\s*[|\u00b7]\s*(?:restacks|reposts|shares))?"          # "Discussion about this post", "Comments | Restacks"
                      r"(?:\s*[\u00b7|]?\s*sort(?:ed)? by:? [\w ]{1,30}|[*_]*\s+[\u2014\u2013\u00b7]\s+[*_]*[^.!?*]{1,60}[.!]?)?[\W_]*$"
                      r"|^[\W_]*(?:what (?:our )?(?:readers|listeners|viewers|members) (?:are )?say(?:ing)?(?:\s*\(\d+\))?|"
                      r"readers (?:respond|react|weigh in|write)|join the (?:conversation|discussion)(?:\s*\(\d+\))?|"
                      r"\d+ (?:thoughts|responses|replies|comments) on [\u201c\"].{1,200}|"       # "17 thoughts on “…”"
                      r"(?:have|share) your say|add your (?:two cents|voice|thoughts)\b.{0,60}|from the comments)[\W_]*$", re.I)
_FURNITURE = re.compile(r"^[\W_]*(?:(?:\d+[\s|\u00b7]+)?(?:(?:reply|report|like|likes|recommend|share|flag)\s*(?:\(\d+\)|\d+)?"
                        r"[\s|\u00b7]*)+$|"
                        r"reply|report|like|share|flag|\d+\s+(?:likes?|replies|votes?)|"
                        r"\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|up ?vote|down ?vote|"
                        r"(?:reply\s*[\u00b7|]\s*)?\d+\s+(?:thumbs?|hearts?|up ?votes?)(?:\s+(?:up|down))?|"
                        r"load (?:more|older|earlier|previous) (?:comments|responses|replies)|"
                        r"(?:show|read|see|view) (?:all|the other|\d+ more|more)(?: \d+)? (?:comments|remarks|feedback|"
                        r"responses|replies)|show more|sort by.*|newest|oldest|best)[\W_]*$", re.I)
MAX_OPINION_WORDS = 90     # a comment is short; a longer paragraph is the article again
_COUNTED = re.compile(r"\(\d[\d,.]*k?\)|^[\W_]*\d[\d,.]*k?\s")     # a comments heading that counts them: "(4,312)"
_SAID = re.compile(r"\b(?:said|says|told)\b")
_QUOTED = re.compile(r"[\u201c\"][^\u201d\"\n]*[\u201d\"]")
HEADING_WORDS = 16         # "Neighbor comments (6) · Use your real name and your cross streets."
_TAIL = 0.4                # comments come after the article: look only after the first 40% of the text


_BOLD = re.compile(r"\*{1,2}|(?<![A-Za-z\d])__|__(?![A-Za-z\d])")   # "**Jo D.** - *Nov 12*": Markdown emphasis


def _is_signature(p: Para) -> bool:
    return p.words <= 8 and not p.text.rstrip().endswith(("?", "!")) and bool(_SIGNATURE.match(_BOLD.sub("", p.text))) \
        and not any(_OFFICE_LINE.match(line) for line in p.text.split("\n")) \
        or p.words <= 14 and "\n" not in p.text.strip() and _stamped(p.text)


# "- Jo Doe / Mayor of Tillsonburg": a release's quotation signed with the speaker's office, not a reader's comment
_OFFICE_LINE = re.compile(r"[ \t]*(?:[A-Z][\w.\u2019'\-]*[ \t]+){0,3}?(?:Mayor|President|Minister|Premier|Chair|Chairman|"
                          r"Chairwoman|Chief|CEO|Director|Executive|Manager|Secretary|Councillor|Councilor|Reeve|Warden|"
                          r"Founder|Owner|Partner|Commissioner|Superintendent|Senator|MP|MPP|MLA)\b")


# a whole paragraph in quotation marks: a release's or a report's quotation, not a reader's opinion
_WHOLLY_QUOTED = re.compile(r"[\u201c\"\u00ab][^\n]{40,}[\u201d\"\u00bb]")


def _signs_quotation(paras: list[Para], i: int) -> bool:
    """ "“Our buses are fuller …” / - Jo Doe, executive director, Kings Rides": a release signs each quotation on
    the line under it, with the speaker's name and role; a reader's comment is not in quotation marks."""
    return i > 0 and _WHOLLY_QUOTED.fullmatch(paras[i - 1].text.strip()) is not None


def _handle(p: Para) -> bool:
    """A line that is only a forum handle ("Islander_Jean", "renter4life"): who wrote the comment under it."""
    return p.words == 1 and re.fullmatch(_USER, p.text) is not None


def _under_username(paras: list[Para], i: int) -> bool:
    """ "TownTillIDie" / "6 Feb 2025 8:12": a line that is only when it was posted, right under a handle."""
    p = paras[i]
    if not i or p.words > 6 or _STAMP_ONLY.match(p.text) is None:
        return False
    handle = paras[i - 1]
    return handle.end + 1 == p.start and handle.words <= 2 and re.fullmatch(r"[\w.\-]+(?: [\w.\-]+)?", handle.text) \
        is not None


def _stamped(line: str) -> bool:
    """A signature with the time it was posted: "Jo Doe, Elmwood · April 8, 2026 at 7:02 a.m.", "renter4life ·
    2h ago", "Jo Doe · 5h"."""
    line = _BOLD.sub("", line)
    return (_SIGNATURE.match(line) is not None or _USER_STAMPED.match(line) is not None) \
        and _WHEN.search(line) is not None


# a meeting tool's transcript: each turn under its speaker's name and how far into the call it began ("Jo Doe   12:04"),
# many of them, from the top: turns, not comments signed with the time they were posted
_TURN_HEAD = re.compile(r"[^\n]{2,60}?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*")   # (a chat's
# "Jo Doe  8:41 AM" too)
MIN_TURN_HEADS = 4


def _turn_heads(paras: list[Para]) -> set[int]:
    """The lines of a call transcript that give a turn's speaker and start ("Jo Doe   12:04") right over its words,
    when there are enough of them, from the first half of the text on, to be one."""
    heads = {i for i, p in enumerate(paras[:-1]) if _TURN_HEAD.fullmatch(p.text.strip())
             and paras[i + 1].start == p.end + 1}
    return heads if len(heads) >= MIN_TURN_HEADS and min(heads) < len(paras) // 2 else set()


# a call page's "Jo Doe, Harrower Capital:" on its own line right over the words of her turn (no comment's signature)
_LABEL_OVER = re.compile(r"[^\n:]{2,120}:[ \t]*")
_NAME_TITLE = re.compile(r"[A-Z][\w\u2019'.\-]+(?:[ \t]+[A-Z][\w\u2019'.\-]+){1,3},[ \t]+[A-Z][^\n:.!?]{2,100}")


def _labelled_turns(paras: list[Para]) -> set[int]:
    """The lines that label a turn right over its words, when a transcript has enough of them to be one (a call
    page's "Jo Doe, Chief Financial Officer", with no colon, over each of her turns: twice or more)."""
    over = [i for i, p in enumerate(paras[:-1]) if paras[i + 1].start == p.end + 1]
    heads = {i for i in over if _LABEL_OVER.fullmatch(paras[i].text)}
    named = [i for i in over if _NAME_TITLE.fullmatch(paras[i].text)]
    heads |= {i for i in named if sum(paras[j].text == paras[i].text for j in named) >= 2}
    return heads if len(heads) >= MIN_TURN_HEADS else set()


def _signed_at_end(p: Para) -> bool:
    """A whole comment in one paragraph: signed at its end, or under a stamped signature line."""
    if p.words > MAX_OPINION_WORDS:
        return False
    first, _, rest = p.text.strip().partition("\n")
    return bool(_SIGNED_AT_END.search(p.text)) or bool(rest.strip()) and _stamped(first)


# "2 hours ago · Reply · 14 likes": when a comment was posted and what a reader can do with it
_ACTION = (r"(?:reply|like|share|report|save|like\s+\d[\d.,]*k?|\d[\d.,]*k?(?:\s+(?:reactions?|likes?|replies|votes?|points?))?"
           r"|[\u2661\u2764\u2665]\s*\d[\d.,]*k?|\d{1,2}\s?(?:mo|yr|[smhdwy])\b)")   # (and "· 3d": how long ago)
_POSTED = re.compile(r"\d+\s*(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?)\s+ago"
                     r"(?:\s*[\u00b7|\u2022]\s*(?:reply|report|share|\d+\s+(?:likes?|replies|votes?)))*\s*"
                     # "Reply · 14 thumbs up", "12 likes · Reply": what a reader can do under each comment
                     r"|reply\s*[\u00b7|\u2022]\s*\d+\s+(?:thumbs?\s+up|likes?|hearts?|up ?votes?|points?)\s*"
                     r"|\d+\s+(?:likes?|thumbs?\s+up|hearts?|up ?votes?|points?)\s*[\u00b7|\u2022]\s*reply\s*"
                     # a forum's vote arrows under each reply: "▲ 212 ▼  Reply  Share"
                     r"|[\u25b2\u2191\u2b06]\s*\d[\d.,]*k?\s*[\u25bc\u2193\u2b07]?(?:\s+(?:reply|share|report|save|award))+\s*"
                     # a network's or a newsletter's: "Like · Reply · 58 Reactions · 3 Replies", "Reply · ♡ 6", "Reply  Like 88"
                     rf"|(?=.*\breply\b){_ACTION}(?:[\s\u00b7|\u2022]+{_ACTION}){{1,6}}\s*", re.I)


def _posted_run(paras: list[Para], limit: float) -> list[Para]:
    """Comments pasted as lines: handle, opinion, "2 hours ago · Reply" (or "Reply · 9 thumbs up"), again and
    again, under their heading (on a network's post too, each comment under "Jo Doe • 2nd" and a role)."""
    posted = [i for i, p in enumerate(paras) if p.start >= limit and _POSTED.fullmatch(p.text.strip())]
    run = posted[:1]
    for i in posted[1:]:
        if i - run[-1] > 6 or any(p.words > MAX_OPINION_WORDS for p in paras[run[-1] + 1:i]):
            break
        run.append(i)
    if len(run) < 2:
        return []
    start = max(0, run[0] - min(run[1] - run[0] - 1, 5))    # the first comment's lines: as many as the next one's
    # (a handle and the opinion; a network's name, its degree, a role and the time too)
    while start > 0 and (_HEADING.match(paras[start - 1].text) or _FURNITURE.match(paras[start - 1].text)):
        start -= 1                               # "Comments (47)", "Sort by: Newest"
    end = run[-1]
    while end + 1 < len(paras) and (paras[end + 1].words <= MAX_OPINION_WORDS and not _posted_gap(paras, end)
                                    or _FURNITURE.match(paras[end + 1].text)):
        end += 1                                 # the last comment, when its stamp comes before it
    return paras[start:end + 1]


def _posted_gap(paras: list[Para], i: int) -> bool:
    """Whether a blank line follows line ``i``: the comments pasted as lines end there."""
    return paras[i + 1].start > paras[i].end + 1


# "LETTERS: Feeder main fiasco …", "# Letters to the editor", "Your say: …": a page of readers' letters (not a
# column's "Letter from Toronto")
_LETTERS_PAGE = re.compile(r"\s*(?:#+\s*)?[*_]{0,2}(?:letters(?: to the editor)?|letter to the editor|your (?:say|letters|views)|"
                           r"readers?[’']? (?:letters|write|views))\b", re.I)


def letters_page(text: str) -> bool:
    """Whether ``text`` is a page of letters to the editor: it says so on top, alone or in its section line under
    the masthead ("Opinion | Letters to the Editor | Saturday, January 31, 2026")."""
    return any(_LETTERS_PAGE.match(part) for line in text.split("\n", 3)[:3] for part in line.split("|"))


# a forum thread's poster ("Posted by u/jo_doe · 6h"), and each reply's handle over its words ("u/jo_doe · 388 points")
_POSTER = re.compile(r"^[ \t]*Posted by (u/[\w\-]+)", re.M)
MIN_POSTER_REPLIES = 2


def answers_thread(text: str) -> bool:
    """Whether ``text`` is a forum thread whose poster answers the replies under it ("Ask me anything")."""
    poster = _POSTER.search(text) if "Posted by u/" in text else None
    return bool(poster) and len(re.findall(rf"^[ \t]*{re.escape(poster.group(1))}[ \t]+(?:\[?OP\]?[ \t]+)?\u00b7", text, re.M)) \
        >= MIN_POSTER_REPLIES


def find(text: str) -> list[Para]:
    """The paragraphs of the comments section, or none."""
    paras = paragraphs(text)
    if len(paras) < 4 or letters_page(text) or answers_thread(text):
        return []                        # a letters page: its signed letters are the page itself (and a forum
                                         # thread whose poster answers the replies is a Q&A, not comments)
    limit = len(text) * _TAIL
    heading = next((i for i, p in enumerate(paras) if p.start >= limit and _HEADING.match(p.text)
                    and len(_QUOTED.sub("", p.text).split()) <= HEADING_WORDS), None)   # "17 thoughts on “<headline>”"
    if heading is not None and _COUNTED.search(paras[heading].text) and len(paras) - heading > 2 \
            and all(p.words <= MAX_OPINION_WORDS and not _SAID.search(p.text) for p in paras[heading + 1:]):
        return paras[heading:]           # "Join the discussion (23)", "17 thoughts on “…”": short lines to the end
    # under a comments heading, "R. Doe, Val-d’Or: Five years is good …" is a whole comment (not a Q&A's "Doe: …")
    opens = {i for i, p in enumerate(paras) if heading is not None and i > heading and p.words <= MAX_OPINION_WORDS
             and _SIGNED_AT_START.match(_BOLD.sub("", p.text))}
    signed = [i for i, p in enumerate(paras) if p.start >= limit and (_is_signature(p) or _signed_at_end(p)
                                                                      or _under_username(paras, i) or _handle(p)
                                                                      or i in opens)
              and not (i + 1 < len(paras) and paras[i + 1].start == p.end + 1 and _OFFICE_LINE.match(paras[i + 1].text))
              and not _signs_quotation(paras, i)]
    turns = _turn_heads(paras) | _labelled_turns(paras) if signed else set()
    signed = [i for i in signed if i not in turns]
    # a run: signatures no more than three short paragraphs apart
    runs: list[list[int]] = []
    for i in signed:
        gap = paras[runs[-1][-1] + 1:i] if runs else []
        least = 0 if _signed_at_end(paras[i]) or i in opens else 1    # signed at its end or start: a whole comment
        if runs and least <= len(gap) <= 3 and all(p.words <= MAX_OPINION_WORDS for p in gap):
            runs[-1].append(i)
        else:
            runs.append([i])
    runs = [r for r in runs if len(r) >= 2]
    if not runs:
        return _posted_run(paras, limit)
    run = runs[0]
    first = run[0]
    if heading is not None and heading < first and all(p.words <= MAX_OPINION_WORDS
                                                       for p in paras[heading + 1:first]):
        start = heading
    else:
        # "opinion / — Name, Place" (signed after) or "Name, Place / opinion" (signed before)
        after = paras[run[-1] + 1:]
        signed_after = not after or all(p.words > MAX_OPINION_WORDS or _FURNITURE.match(p.text) for p in after)
        start = first
        if signed_after and not _signed_at_end(paras[first]):
            while start > 0 and first - start < 3 and paras[start - 1].words <= MAX_OPINION_WORDS \
                    and not _is_signature(paras[start - 1]) and start - 1 > 0 \
                    and paras[start - 1].start >= limit and (first - start) < _opinion_length(paras, run):
                start -= 1
    end = run[-1]
    while end + 1 < len(paras) and (paras[end + 1].words <= MAX_OPINION_WORDS
                                    or _FURNITURE.match(paras[end + 1].text)):
        end += 1                                     # the last comment (signed before) and page furniture
    return paras[start:end + 1]


def _opinion_length(paras: list[Para], run: list[int]) -> int:
    """How many paragraphs one comment takes: the usual gap between two signatures."""
    gaps = sorted(b - a - 1 for a, b in zip(run, run[1:]))
    return max(1, gaps[len(gaps) // 2]) if gaps else 1


def strip(text: str) -> Step:
    """Remove a reader-comments section (heading, opinions, signatures, reply buttons) as one change."""
    section = find(text)
    return remove(text, "comments", [(section, "reader comments")] if section else [])
