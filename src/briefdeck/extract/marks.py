"""Quotation marks in a text: which open and close, the spans they enclose, and sentences around them.

Double quotation marks come in several conventions: curly (“…”), straight ("…"), low-high („…“),
guillemets («…»), the doubled apostrophes of some wire and archive text (''…'') and the TeX-like
``…''. A quote that is still open at the end of a paragraph runs to its end; when the next paragraph
opens with a mark, it goes on there (the convention for a quotation of several paragraphs).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.extract.lexicon import ABBREVIATIONS, NAME_ENDS, PLACE_ABBREVIATIONS

# A mark: doubled apostrophes (a third one belongs to a nested single quote) or one double mark.
_MARK = re.compile(r"'''?|``|[\u201c\u201d\u201e\u201f\u00ab\u00bb\"\u2033]|\u2019\u2019")
_OPENERS = "\u201c\u201e\u201f\u00ab`"
_CLOSERS = "\u201d\u00bb"
_OPEN_BEFORE = " \t([{\u2014\u2013-/:;,\u2018'"
_CLOSE_AFTER = " \t.,;:!?)]}\u2014\u2013-/\u2019'"
# Sentence ends: . ! ? (and a closing mark) then space and a capital or an opening mark.
_END = re.compile(r"[.!?](?:[\u201d\"\u00bb]|'')?(?:\[\^?\d{1,3}\])?(?=\s+[\u201c\"\u00ab`'A-Z\u00c0-\u00de])")   # (a note's
# mark may follow: "… out of the market.[^2] Ontario …")
_ABBREV = re.compile(r"(?:\b(?:" + "|".join(sorted(w.capitalize() for w in ABBREVIATIONS | PLACE_ABBREVIATIONS))
                     + r"|vs|a\.m|p\.m|U\.S|U\.K|U\.N|D\.C|[A-Z])|\b(?:[A-Z]\.){2,}[A-Z]?)\.$")
_NAME_END = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in NAME_ENDS) + r")\.$")   # "… of Acme Co. “We …”"
# "… compared the law in Canada and the U.K. “In Ontario it is turnover.”": a quotation that is a sentence of its
# own after an abbreviation starts one (not "the U.S. “Buy American” rules")
_WHOLE_SENTENCE = re.compile(r"[\u201c\"\u00ab]\u2022+[.!?][\u201d\"\u00bb]")
MASK = "\u2022"                  # stands for every quoted character in a masked paragraph
# "… said Jo Doe, a buyer in Concord, Ont. “What …”": a town's province or state, then a quotation, ends a sentence
_PLACE_THEN = re.compile(r", (?:(?:" + "|".join(sorted(w.capitalize() for w in PLACE_ABBREVIATIONS))
                         + r")\.|(?!U\.[SKN]\.)(?:[A-Z]\.){2,3})$")


@dataclass
class Span:
    mark: int           # where the opening mark starts
    start: int          # first quoted character
    end: int            # one past the last quoted character
    close: int          # one past the closing mark (== end when the quote runs to the end of its paragraph)
    para: int           # index of its paragraph
    reopened: bool = False   # it goes on from a quote left open at the end of the previous paragraph

    @property
    def closed(self) -> bool:
        return self.close > self.end


def _role(line: str, i: int, n: int, is_open: bool) -> bool:
    """Whether the mark at ``line[i:i+n]`` opens a quotation (else it closes one)."""
    ch = line[i]
    before = line[i - 1] if i else " "
    after = line[i + n] if i + n < len(line) else " "
    if ch in _OPENERS:
        return not (is_open and (after.isspace() or after in _CLOSE_AFTER) and not before.isspace())
    if ch in _CLOSERS or ch == "\u2019":
        return not is_open and (before.isspace() or before in _OPEN_BEFORE) and after.isalnum()
    left_flank = before.isspace() or before in _OPEN_BEFORE or before in _OPENERS
    right_flank = after.isspace() or after in _CLOSE_AFTER or after in _CLOSERS
    if left_flank and not right_flank:
        return True
    if right_flank and not left_flank:
        return False
    return not is_open


def marks(line: str) -> list[tuple[int, int, bool]]:
    """The double quotation marks of one paragraph as ``(index, length, opens)``."""
    out: list[tuple[int, int, bool]] = []
    is_open = False
    skip = -1
    for m in _MARK.finditer(line):
        i, n = m.start(), len(m.group())
        if i <= skip:
            continue
        if i and line[i - 1] == "=" and not is_open:     # an attribute's value in markup: date="…"
            skip = line.find(m.group(), i + n)
            skip = len(line) if skip < 0 else skip
            continue
        token = m.group()
        if token[0] == "'":
            if n == 2 and (i and line[i - 1].isalnum()) and i + 2 < len(line) and line[i + 2].isalnum():
                continue                                 # rock''n: not a mark
            if n == 3:                                   # ''' = '' + a single quote, or a single quote + ''
                opens = _role(line, i, 3, is_open)
                i, n = (i, 2) if opens else (i + 1, 2)
                out.append((i, n, opens))
                is_open = opens
                continue
        opens = _role(line, i, n, is_open)
        if token == "``":
            opens = True
        out.append((i, n, opens))
        is_open = opens
    return out


# "In cross-examination, she said:" over an indented paragraph of her words, with no quotation marks (a ruling, a
# report quoting testimony)
_SAID_COLON = re.compile(r"\b(?:said|says|testified|testifies|wrote|writes|told [\w ]{2,40}|added|explained|answered|"
                         r"replied|stated)[ \t]*:[ \t]*$")
_INDENTED = re.compile(r"(?: {4,}|\t)(?![QA]\.[ \t]|[-*\u2022\d])[A-Z\u201c\"'][^\n]*")


def _blocks(text: str) -> list[Span]:
    """The indented paragraphs right under a line that ends "… she said:", each a quotation without marks."""
    out, pos, last = [], 0, ""
    for para, line in enumerate(text.split("\n")):
        if line.strip():
            if _SAID_COLON.search(last) and _INDENTED.fullmatch(line) and not any(c in line for c in "\u201c\u201d\""):
                start = pos + len(line) - len(line.lstrip())
                end = pos + len(line.rstrip())
                out.append(Span(start, start, end, end, para))
            last = line
        pos += len(line) + 1
    return out


def spans(text: str) -> list[Span]:
    """Every quotation in ``text`` (paragraph by paragraph), without its marks; and an indented paragraph of
    someone's words under "… she said:", which has none.

    A quotation whose closing mark never comes runs to the end of its paragraph; a second opening
    mark before any closing one means the first was stray, and it is ignored.
    """
    if ":\n" in text and ("    " in text or "\t" in text):
        return sorted(_spans(text) + _blocks(text), key=lambda q: q.start)
    return _spans(text)


def _spans(text: str) -> list[Span]:
    out: list[Span] = []
    pos = 0
    left_open = False                        # the last paragraph with text ended inside a quotation
    for para, line in enumerate(text.split("\n")):
        if not line.strip():
            pos += len(line) + 1
            continue
        pending: tuple[int, int] | None = None
        first = True
        was_open, left_open = left_open, False
        for i, n, opens in marks(line):
            if opens:
                pending = (i, n)
            elif pending is not None:
                if i > sum(pending):
                    reopened = first and was_open and not line[:pending[0]].strip()
                    out.append(Span(pos + pending[0], pos + sum(pending), pos + i, pos + i + n, para, reopened))
                    first = False
                pending = None
        if pending is not None and len(line.rstrip()) > sum(pending):
            reopened = first and was_open and not line[:pending[0]].strip()
            end = len(line.rstrip())
            out.append(Span(pos + pending[0], pos + sum(pending), pos + end, pos + end, para, reopened))
            left_open = True
        pos += len(line) + 1
    return out


def masked(text: str, quoted: list[Span]) -> str:
    """``text`` with every quoted character replaced by MASK, except a final . ! ? or , of the quotation."""
    chars = list(text)
    for q in quoted:
        end = q.end
        while end > q.start and text[end - 1] in " .!?,;:\u2026":
            end -= 1
        for i in range(q.start, end):
            if chars[i] != "\n":
                chars[i] = MASK
    for m in _NICKNAME.finditer(text) if "\u201c" in text or '"' in text else ():
        chars[m.start(1):m.end(1)] = " " * (m.end(1) - m.start(1))
    return _RETIRED.sub(lambda m: " " * len(m.group()), "".join(chars))


# "Lieutenant Colonel (retd) Jo Doe": a rank's note that it is held no more, read as a space in the name
_RETIRED = re.compile(r"(?<=[A-Za-z.]) \((?i:retd|ret|rtd|retired)\.?\)(?= [A-Z])")
# "Gerald “Boots” Doe": a nickname in quotation marks between a first name and a surname, read as spaces too
_NICKNAME = re.compile(r"\b[A-Z][a-z\u2019'\-]+( [\u201c\"][A-Z][\w\u2019'\-]{1,15}[\u201d\"])(?= (?:[A-Z]|[dD][\u2019'][A-Z]))")


# a Markdown label in bold that opens a line: "**The details:** …", "- **Why it matters**: …"
BOLD_LABEL = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(\*\*|__)[^*_\n]{1,60}?(?::\1|\1:)[ \t]+(?=\S)")


# a bold sentence that opens a paragraph, as an analyst's note sets out its points: "**Margins will suffer.** The CFO …"
_BOLD_SENTENCE = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(\*\*|__)[^*_\n]{1,160}?[.!?]\1[ \t]+(?=\S)")


def sentence_bounds(masked_text: str) -> list[int]:
    """Offsets where sentences start in a masked text (quotations cannot end a sentence inside them)."""
    starts = [0]
    pos = 0
    for line in masked_text.split("\n"):
        if pos:
            starts.append(pos)
        label = BOLD_LABEL.match(line) or _BOLD_SENTENCE.match(line)
        if label:                                   # "**What they're saying:** Ms Doe said …": her sentence
            starts.append(pos + label.end())
        for m in _END.finditer(line, label.end() if label else 0):
            nxt = m.end()
            while nxt < len(line) and line[nxt].isspace():
                nxt += 1
            if _ABBREV.search(line, max(0, m.start() - 8), m.start() + 1) and not (
                    line[nxt] in '"\u201c\u00ab' and (_PLACE_THEN.search(line, max(0, m.start() - 12), m.start() + 1)
                                                    or _NAME_END.search(line, max(0, m.start() - 6), m.start() + 1)
                                                    or _WHOLE_SENTENCE.match(line, nxt))):
                continue
            starts.append(pos + nxt)
        pos += len(line) + 1
    return starts


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A quotation's span without the punctuation and spaces at its edges ("… the end,", " …it")."""
    while end > start and text[end - 1] in " ,;:\u2014\u2013-":
        end -= 1
    while start < end and text[start] in " \u2026":
        start += 1
    return start, end


def whole_remark(text: str, end: int, close: int) -> bool:
    """Whether the quotation whose words end at ``end`` (its closing mark at ``close``) closes on its own
    punctuation (“Nobody’s shocked,” / “Never!”): a remark made whole, not a phrase lifted out of one."""
    return "," in text[end:close] or text[end - 1:end] in (".", "!", "?")


def _mark(toks: list, i: int, marks: str) -> int:
    """How many tokens the quotation mark at ``i`` takes: 1 (“, ”, "), 2 (a typewriter's '' ), or 0 for none."""
    if i < len(toks) and toks[i].text in marks:
        return 1
    return 2 if i + 1 < len(toks) and toks[i].text == toks[i + 1].text == "'" else 0


def titles_as_nouns(toks: list) -> list:
    """ "Jo Doe, author of “<masked title>,” said": a title quoted after "of" reads as one noun ("author of
    work,"), so that the description around it is one phrase (the comma inside the marks is kept after it)."""
    i = 1
    while i + 2 < len(toks):
        opening = _mark(toks, i, "\u201c\"") if toks[i - 1].low == "of" else 0
        if opening and i + opening < len(toks) and toks[i + opening].text[:1] == MASK:
            k = i + opening + 1
            comma = k < len(toks) and toks[k].text == ","
            closing = _mark(toks, k + comma, "\u201d\"")
            if closing:
                work = type(toks[i])("work", toks[i].start, toks[k + comma + closing - 1].end)
                toks[i:k + comma + closing] = [work] + ([toks[k]] if comma else [])
        i += 1
    return toks
