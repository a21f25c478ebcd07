"""A quotation that stands alone in its paragraph and is signed on the line under it.

Two ways of signing are read: a dash and a name ("— Jane Doe, Toronto", as under a letter or a
reader's note), and, in a news release, the speaker's full name and office with no dash ("Jane Doe,
Minister of Agriculture", on the next line or as the next paragraph). There the name must open on a
known first name, so that a line such as "Hail, wind and drought" is not taken for one.
"""
from __future__ import annotations

import re

from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import NOT_NAMES

_CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de]"          # "Émile" opens on a capital too
_TITLE = r"(?:(?:The[ \t]+)?(?:Honou?rable|Hon\.?)[ \t]+)?(?:(?:Dr|Prof|Rev|Mr|Mrs|Ms|Mme)\.?[ \t]+)?"   # "— Dr. Émile Doe, …",
                                                # "- The Honourable Jo Van Doe, Minister of …": the name after the title
_DASHED = re.compile(rf"\s*\n\s*[-\u2014\u2013\u2015]+ ?{_TITLE}((?:{_CAPITAL}[\w\u2019'\-]*\.? ){{0,3}}{_CAPITAL}[\w\u2019'\-]+)"
                     r"[.,]?[^\n]{0,220}(?:\n|$)")      # "— Jo Doe, Parliamentary Secretary to the Minister of …"
_RELEASE = re.compile(rf"[ \t]*\n(?:[ \t]*\n)?[ \t]*{_TITLE}((?:{_CAPITAL}[\w\u2019'\-]*\.? ){{1,3}}{_CAPITAL}[\w\u2019'\-]+),[ \t]+"
                      r"[^\n.!?\u201c\u201d\"]{2,160}(?:\n|$)")   # (a minister of two portfolios)


def signer(text: str, masked: str, mark: int, close: int) -> tuple[int, int] | None:
    """Where the name that signs the quotation from ``mark`` to ``close`` is, if it stands alone and is signed."""
    end = text.find("\n", close)
    if end < 0 or masked[text.rfind("\n", 0, mark) + 1:mark].strip() or masked[close:end].strip(" .,"):
        return None
    m = _DASHED.match(text, end)
    if m is not None:
        name = m.group(1)
        if " " not in name and (name.lower() in NOT_NAMES or len(name) > 3 and name.isupper()):
            return None                                 # "— The …", "-- WASHINGTON —": not a name that signs
        return m.span(1)
    m = _RELEASE.match(text, end)
    if m is not None and first_name_gender(m.group(1).split()[0]):
        return m.span(1)
    return None


# a TV script's soundbite: the speaker's name in capitals on the line over the quotation, with their role or not
# ("(SOT) JO DOE, PRESIDENT, ACME SEATING:")
_HEADED = re.compile(r"(?:^|\n)[ \t]*(?:\(SOT\)|\[SOT\]|SOT:?)?[ \t]*"
                     rf"({_CAPITAL}[A-Z\u00c0-\u00de.\u2019'\-]+(?:[ \t]+{_CAPITAL}[A-Z\u00c0-\u00de.\u2019'\-]+){{1,3}})"
                     r"(,[^\n:]{2,120})?:[ \t]*\n(?:[ \t]*\n)?[ \t]*$")

# ... or in a briefing's list of what was said, the name after its office: "CBSA President Jo Doe, appearance before
# the committee, September 17, 2025:" over the quotation
_TITLED_HEAD = re.compile(rf"(?:^|\n)[ \t]*(?:(?:{_CAPITAL}[\w.\u2019'\-]*|of|the|and|for|on)[ \t]+){{0,7}}"
                          rf"({_CAPITAL}[a-z\u00e0-\u00ff][\w\u2019'\-]*[ \t]+{_CAPITAL}[\w\u2019'\-]+)"
                          r"(?:,[^\n:]{2,200})?:[ \t]*\n(?:[ \t]*\n)?[ \t]*$")


def header(text: str, masked: str, mark: int, close: int) -> tuple[int, int] | None:
    """Where the name heading the quotation from ``mark`` to ``close`` is, when the quotation stands alone in its
    paragraph under a line naming its speaker in capitals (with a role after it, or a known first name)."""
    line = text.rfind("\n", 0, mark) + 1
    end = text.find("\n", close)
    if masked[line:mark].strip() or masked[close:end if end >= 0 else len(text)].strip(" .,"):
        return None
    m = _HEADED.search(text, max(0, line - 200), line)
    if m is None or m.end() != line or not (m.group(2) or first_name_gender(m.group(1).split()[0].title())):
        m = _TITLED_HEAD.search(text, max(0, line - 300), line)     # "Minister of Public Safety Jo Doe, scrum, …:"
        if m is None or m.end() != line or not first_name_gender(m.group(1).split()[0]):
            return None
    return m.span(1)


# a signature under a letter, memo or post: the writer's name alone on one of the last lines ("Marcus Hale" over
# "Co-founder and CEO, Tallyworks"), with a title before it or not
_SIGNATURE = re.compile(r"^[ \t]*(?:(?:Dr|Prof|Rev)\.?[ \t]+)?([A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'.\-]+){1,3})[ \t]*$", re.M)
_SIGNATURE_LINES = 8


def author(text: str) -> str:
    """Who wrote a text signed at its foot (a memo, a letter, a company's post): the name on one of its last
    lines that opens on a known first name, or ``""``; its "I said, “…”" is theirs."""
    lines = [line for line in text.rstrip().split("\n") if line.strip()][-_SIGNATURE_LINES:]
    for line in lines:
        m = _SIGNATURE.match(line)
        if m and first_name_gender(m.group(1).split()[0]) and m.group(1).split()[0].lower() not in NOT_NAMES:
            return m.group(1)
    signed = [m.group(1) for m in _SIGNED_OFF.finditer(text) if first_name_gender(m.group(1).split()[0])]
    return signed[0] if len(signed) == 1 else ""      # a letter inside a bulletin: "In solidarity, / Jo Doe"


# a letter's sign-off anywhere in a text, the writer's name on the line under it
_SIGNED_OFF = re.compile(r"^[ \t]*(?:In solidarity|Sincerely|Yours (?:truly|sincerely|faithfully)|Respectfully|"
                         r"(?:Best|Kind|Warm) regards|Regards|With thanks),?[ \t]*\n"
                         r"[ \t]*([A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'.\-]+){1,3})[ \t]*$", re.M)


# a letter's salutation, and the firm printed at its head: "KESTREL FASTENING SYSTEMS LTD.", "Acme Forming Inc."
_SALUTATION = re.compile(r"^[ \t]*(?:Dear|To)[ \t]+[^\n]{1,60}[,:]?[ \t]*$", re.M)
_LETTERHEAD = re.compile(r"[ \t]*((?:[A-Z][A-Za-z&\u2019'\-]*[ \t]+){1,5}(?:INC|LTD|CORP|LLC|LIMITED|Inc|Ltd|Corp|LLC|Limited)\.?)"
                         r"[ \t]*")
_HEAD_LINES = 4


def letterhead(text: str) -> str:
    """The firm a letter is written for, printed on one of its first lines, when the text is a letter (a
    salutation under its head); its "we told you that …" is the firm's. ``""`` otherwise."""
    lines = [line for line in text.lstrip().split("\n") if line.strip()]
    if not any(_SALUTATION.match(line) for line in lines[:12]):
        return ""
    head = next((m for line in lines[:_HEAD_LINES] if (m := _LETTERHEAD.fullmatch(line))), None)
    if head is None:
        return ""
    name = head.group(1)
    return " ".join(w if not w.isupper() or len(w) < 4 and w.rstrip(".") not in ("LTD", "INC") else w.title()
                    for w in name.split()) if name.isupper() else name


def writer(pronoun: str, text: str) -> str:
    """Who "I" (the signed author) or "we" (the firm at a letter's head) is in ``text``, or ``""``."""
    return author(text) if pronoun == "i" else letterhead(text) if pronoun == "we" else ""
