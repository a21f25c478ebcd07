"""Quotations set off by dashes, as Spanish, French and Italian print them and as a story translated from them
keeps them: a paragraph opens on a dash, and the words saying who speaks sit between two more dashes.

    —We make seats for three brands —the director said—. What we lacked was this customer.

:func:`as_marks` writes such a paragraph with quotation marks instead, one character for one, so every offset
in the result is an offset in the original:

    “We make seats for three brands” the director said. “What we lacked was this customer.

(a quotation still open at its paragraph's end closes there). A paragraph that opens on a dash without a
verb of saying between dashes, a list's item or an aside, is left as it is.
"""
from __future__ import annotations

import re

_DASHES = "\u2014\u2015"          # an em dash or a horizontal bar
# "—We make seats … brands —the director said—. What …": the opening dash, the words, then the clause that says
# who speaks between a spaced dash and a closing one (or the paragraph's end)
_TURN = re.compile(rf"^[{_DASHES}](?=\S)(?P<said>[^\n{_DASHES}]+?)[ \t][{_DASHES}](?P<who>[^\n{_DASHES}]{{2,80}}?)"
                   rf"(?:(?P<close>[{_DASHES}])(?P<punct>[.,;:])?(?P<space>[ \t])?|$)", re.M)
_SAYING = re.compile(r"\b(?:said|says|added|adds|explained|explains|told|tells|asked|asks|replied|replies|noted|"
                     r"notes|recalled|recalls|insisted|insists|warned|warns|admitted|admits|acknowledged|stressed|"
                     r"continued|continues|concluded|summed up)\b")


def as_marks(text: str) -> str:
    """``text`` with its dash-set quotations in quotation marks, the same length; ``text`` itself when it has none."""
    if not any(d in text for d in _DASHES):
        return text
    chars = None
    for m in _TURN.finditer(text):
        if not _SAYING.search(m.group("who")) or not m.group("who")[:1].islower():
            continue                                  # "—Toronto —Montreal": no one speaks
        chars = chars if chars is not None else list(text)
        chars[m.start()] = "\u201c"                    # the opening dash
        chars[m.end("said")] = "\u201d"                # the space before the dash that sets off who speaks …
        chars[m.end("said") + 1] = " "                 # … and the dash itself
        if m.group("close"):                           # "said—. What" -> "said. “What"; "said—." -> "said. "
            tail = [m.group("punct") or ("," if m.group("space") else "."),
                    *([" "] if m.group("punct") else []), *(["\u201c"] if m.group("space") else [])]
            chars[m.start("close"):m.end()] = tail[:m.end() - m.start("close")]
    return "".join(chars) if chars is not None else text
