"""The tail of a news release or a research note: what the issuer adds after the news, down to the end.

A release from a newswire ends on sections the issuer writes for every release ("Conference Call and
Webcast", "About Corvane Automotive Systems", "Forward-Looking Statements", "Investor Contact: …",
"SOURCE Corvane …"); a bank's note ends on "Analyst contacts" and "Important disclosures". From the first
such heading in the second half of the text to the end, when nobody is quoted there (a word in quotation marks is not a quotation), it all goes.
"""
from __future__ import annotations

import re

from briefdeck.clean.edits import Step, apply

_HEADING = re.compile(
    r"^(?:#{1,6}[ \t]*)?[*_]{0,2}(?:about[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[^\n]{0,60}|(?:caution[ \t]+(?:regarding|concerning)[ \t]+)?forward[- ]looking[ \t]+(?:statements|information)"
    r"|(?:cautionary|safe[ \t]+harbou?r)[ \t]+(?:note|statement)s?[^\n]{0,40}"
    r"|conference[ \t]+call(?:[ \t]+and[ \t]+webcast)?(?:[ \t]+(?:information|details))?"
    r"|(?:important[ \t]+)?disclosures?|disclaimers?|(?:analyst|investor|media)[ \t]+contacts?(?:[ \t]*:[^\n]*)?"
    r"|source[ \t]+(?-i:[A-Z])[^\n]{0,60}|#{3})[*_]{0,2}:?[ \t]*$", re.I | re.M)
# someone's words: a quotation of four words or more, or a verb of saying (a word or a title in quotation marks,
# 'Words such as "expects" and "plans"', 'See "Non-IFRS Measures"', is the issuer's boilerplate)
_SPOKEN = re.compile(r"[\u201c\"][^\u201c\u201d\"\n]*?\w+(?:[^\w\u201c\u201d\"\n]+\w+){3}[^\u201c\u201d\"\n]*[\u201d\"]"
                     r"|\b(?:said|says|told)\b")     # (not across marks: 'such as "expect", "plan", "will"')
_FROM = 0.5            # a heading in the second half of the text
MAX_SHARE = 0.45       # at most this share of the text is a tail


def strip(text: str) -> Step:
    """The issuer's closing sections, from the first heading of one to the end."""
    if len(text) < 400:
        return apply(text, "tail", [])
    for m in _HEADING.finditer(text, int(len(text) * _FROM)):
        rest = text[m.start():]
        if len(rest.strip()) > MAX_SHARE * len(text) or _SPOKEN.search(rest):
            continue
        return apply(text, "tail", [(m.start(), len(text), "", "the issuer's closing sections")])
    return apply(text, "tail", [])
