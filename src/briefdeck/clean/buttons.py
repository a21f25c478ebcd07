"""Calls to action: a page's buttons, with the pitch each one closes.

A page asks its reader to do something through a button: "Put me on the list", "Save your spot",
"Book a demo", "Chip in to the strike fund", "RSVP". Pasted or converted, the button's words land
after the last full stop of the pitch they belong to ("… delivered on weekdays. Put me on the
list", "… in real time. Book a demo »"), on a line of their own, or as a Markdown link there
("… siren checks. [Opt in here](/alerts)"). A paragraph of the story never ends on an order to
the reader after its last full stop, so such a paragraph is a box, and goes whole. So does a
short paragraph where a linked button stands as a sentence of its own ("… at pickets.
[Chip in](/donate) — every $5 helps."), or that opens on a button and ends on an arrow
("Register now: the summit, Feb. 11 »"). The label of the box just above it goes with it
("SPONSORED | Presented by Acme", "WEBINAR:", "NEWSLETTER"); so does the line right over a button
alone on its line, when that line is no sentence ("Steward training: Oct. 18, Labour Hall" / "Register").
An event's listing goes too: its name on a line, and under it when and where ("Job Fair" / "Thursday, March 20,
10 a.m., Memorial Arena. 40 employers hiring."), since a paragraph of the story never opens on a date and a time;
but not the text's own first lines, which are its title and when it happened ("Third Quarter Earnings Call" / "Nov. 13, 8:30 a.m.").
The step runs after the boilerplate lines have gone, so a menu's "Subscribe" and a sign-up box
over a bare "Sign up" are theirs, and what is left of a box is this step's.
A link inside a sentence ("Riders can [sign up](/alerts) online.") is the story's, and so is a
paragraph with a verb of speech or one that opens on a quotation.
"""
from __future__ import annotations

import re

from briefdeck.clean.blocks import Para, paragraphs, remove
from briefdeck.clean.comments import MONTH
from briefdeck.clean.contacts import DAY
from briefdeck.clean.edits import Step

PITCH_WORDS = 60           # a box's pitch is short; a longer paragraph is the story's
LABEL_WORDS = 12
BOX_LINES = 4             # a box over a button: its heading, a pitch and a note or two
BOX_WORDS = 25             # the line just over a button alone: what it is for ("Steward training: Oct. 18, Labour Hall")
# an order to the reader, in a button's few words: a verb and what to do, never a sentence
_ORDER = (r"(?:put|add|sign|count|keep) (?:me|my)\b|opt (?:in|out)\b|sign up\b|"
          r"(?:register|subscribe|donate|rsvp|pledge|unlock)(?: now| today| here| free| online)?(?=\s*(?:»|>>|→|›|\]|:|$))|"
          r"chip in\b|donate to\b|give (?:now|today|monthly|once)\b|"
          r"become an? (?:[\w’'-]+ ){0,2}(?:member|subscriber|donor|supporter|sustainer|patron|insider)s?\b|"
          r"(?:listen|watch) (?:now|live)\b|play (?:the )?(?:video|audio|episode|clip)\b|get a (?:free )?(?:quote|estimate)\b|"
          r"join (?:us|now|today|our|the (?:list|club|movement|conversation))\b|"
          r"book (?:a|an|your|my|now|today|online)\b|fine by me\b|(?:ok,? )?got it\b|i (?:agree|accept)\b|"
          r"accept (?:all|cookies)\b|allow (?:all|cookies)\b|see (?:the )?deals?\b|view (?:the )?deals?\b|"
          r"add [\w ’'-]{1,30} to (?:my|your) (?:subscription|list|cart|calendar|feed)\b|upgrade to \w+|"
          r"(?:listen|watch)(?: now| live)?\s*\(\d{1,3}(?::\d\d)? ?(?:min|minutes)?\)|try (?-i:[A-Z])[\w-]+\b|save (?:your|my|a) (?:spot|seat|place)\b|reserve (?:your|my|a)\b|"
          r"claim (?:your|my)\b|get (?:it|yours|started|(?:the|my|your) (?:newsletter|letter|alerts?|bulletins?|app))\b|"
          r"start (?:my|your) (?:free|trial|subscription)\b|start a (?:\d+-day )?(?:free )?trial\b|try (?:it )?(?:free|for free)\b|"
          r"send (?:me|us|your (?:comment|letter|message|tip|story|question))|take (?:the|our) (?:quiz|survey|poll|pledge)\b|"
          r"download (?:the|our) (?:app|guide|report|data|toolkit)\b|request (?:a|your) (?:demo|quote|copy)\b|"
          r"(?:shop|order|buy|renew|upgrade) (?:now|today)\b|get (?:the )?(?:details|tickets|info)\b|buy tickets\b|"
          r"(?:learn|find out) more\b|(?:talk|speak|chat) (?:to|with) (?:a|an|our|one of our) (?:[\w-]+ ){0,2}(?:today|now)\b")
_ARROW = r"(?:\s*(?:»|>>|→|›))?"
_BUTTON = re.compile(rf"(?i:{_ORDER})[^.!?\n\[\]]{{0,50}}")
# the button as the paragraph's last words: after its last sentence, or alone
_ENDS_ON_BUTTON = re.compile(rf"(?:^|[.!?:\u2014\u2013]\)?\s+)(?:\[{_BUTTON.pattern}\]\([^)\s]*\)|{_BUTTON.pattern}{_ARROW}|"
                             rf"(?i:{_ORDER})(?:[ \t]+[\w’'-]+){{0,2}}[.!])\s*$")   # "… for $69.95. Book online today."
_ONLY_BUTTON = re.compile(rf"^[\W_]*(?:\[{_BUTTON.pattern}\]\([^)\s]*\)|{_BUTTON.pattern}){_ARROW}[ \t\]]*$")   # "[ GIVE NOW ]"
# "[Sign up now](#) — free for procurement professionals.": a linked button and its small print, alone on the line
_NOTED_BUTTON = re.compile(rf"^[\W_]*\[{_BUTTON.pattern}\]\([^)\s]*\)[ \t]+[\u2014\u2013-][ \t]+[^.!?\n\[\]]{{1,60}}[.!]?[ \t]*$")
_LINKED_BUTTON = re.compile(rf"(?:^|[.!?:]\**\s+)\[{_BUTTON.pattern}\]\([^)\s]*\)")   # a sentence of its own
_OPENS_ON_BUTTON = re.compile(rf"^[\W_]*(?:{_ORDER})[^.!?:\n]{{0,20}}:\s.*(?:»|>>|→|›)\s*$", re.I)
_SPEECH = re.compile(r"\b(?:said|says|told|asked|added|according to)\b|^[\W_]*[“\"]", re.I)
_LABEL = re.compile(r"^[\W_]*(?:[^|\n]+\|[^|\n]+|[A-Z][A-Z0-9’'&/\- ]+[A-Z0-9]|.+:)[\W_]*$")
# an event's listing: its name on one line, then when and where ("Elgin County Job Fair" / "Thursday, March 20,
# 10 a.m. to 3 p.m., Memorial Arena. …"): a paragraph of the story never opens on a date and a time
_EVENT_WHEN = re.compile(rf"(?i:(?:{DAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})"
                         r"(?:,\s*\d{4})?,?\s+(?:from\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|noon))")
EVENT_NAME_WORDS = 8
TAIL = 100                 # a button and the punctuation before it fit in a paragraph's last this many characters


def _pitch(p: Para) -> bool:
    """Is this paragraph a box that closes on a button, or links one?"""
    text = p.text
    button = _ENDS_ON_BUTTON.search(text, max(0, len(text) - TAIL)) or "](" in text and _LINKED_BUTTON.search(text) \
        or text.endswith(("»", ">>", "→", "›")) and _OPENS_ON_BUTTON.match(text) or _ONLY_BUTTON.match(text)
    sold = text.endswith(")") and "](http" in text[-TAIL:]     # a linked button out to another site: an advert's
    return bool(button) and p.words <= PITCH_WORDS and (sold or not _SPEECH.search(text))   # testimonial, not a quote


def _label(p: Para) -> bool:
    """A box's label: "SPONSORED INSIGHT | Presented by Acme", "WEBINAR:", "NEWSLETTER"."""
    return p.words <= LABEL_WORDS and not _SPEECH.search(p.text) and not p.text.rstrip("*_ ").endswith((".", "?", "!")) \
        and bool(_LABEL.match(p.text))


def _event_name(p: Para) -> bool:
    return p.words <= EVENT_NAME_WORDS and not p.text.rstrip("*_ ").endswith((".", "?", "!", ",", "\u201d", '"'))


def _box_over(paras: list[Para], i: int, last: int) -> int:
    """The first line of a box over a button alone on its line (``i``): the short lines right over it, up to a
    heading that opens the block (a blank line or nothing above it), or ``i`` if there is no such box."""
    k, top = i, i
    while k - 1 > last and i - k < BOX_LINES and paras[k - 1].end + 1 == paras[k].start \
            and paras[k - 1].words <= PITCH_WORDS and not _SPEECH.search(paras[k - 1].text):
        k -= 1
        if paras[k].words <= LABEL_WORDS and not paras[k].text.rstrip("*_ ").endswith((".", "?", "!", "\u201d", '"')) \
                and (k == 0 or paras[k - 1].end + 1 < paras[k].start):
            top = k
    return top


def find(text: str) -> list[list[Para]]:
    """Each call to action's box: its label, if any, and the paragraph that ends on or links its button."""
    paras = paragraphs(text)
    runs: list[list[Para]] = []
    last = -2                                          # the index of the last paragraph taken
    for i, p in enumerate(paras):
        if i - 1 > last and i > 1 and _EVENT_WHEN.match(p.text) and paras[i - 1].end + 1 == p.start \
                and _event_name(paras[i - 1]) and p.words <= PITCH_WORDS and not _SPEECH.search(p.text):
            runs.append(paras[i - 1:i + 1])
            last = i
            continue
        if not _pitch(p):
            continue
        above = paras[i - 1] if i - 1 > last and i else None
        alone = bool(_ONLY_BUTTON.match(p.text) or _NOTED_BUTTON.match(p.text))
        box = _box_over(paras, i, last) if above and alone else i
        if box < i - 1:
            first = box             # "FREE WEBINAR: Outlook 2025" / "Join our analysts live …" / "Save my seat"
        elif above and (_label(above) or alone and above.end + 1 == p.start
                      and above.words <= BOX_WORDS and not _SPEECH.search(above.text)
                      and not above.text.rstrip("*_ ").endswith((".", "?", "!", "\u201d", '"'))):
            first = i - 1           # its label, or the line of a button alone: "Steward training: Oct. 18, Hall" / "Register"
        else:
            first = i
        if first == last + 1:
            runs[-1].extend(paras[first:i + 1])        # two boxes in a row go as one change
        else:
            runs.append(paras[first:i + 1])
        last = i
    return runs


def strip(text: str) -> Step:
    """Remove every box that closes on a button ("… Put me on the list"), as one change each."""
    return remove(text, "button", [(run, "call to action") for run in find(text)])
