"""Direct quotations and who said them.

A quotation is text between quote marks (curly or straight) on one line, or
running to the end of the line when a quote continues into the next
paragraph. Its speaker comes from a speech verb next to it ("…,” said Joly /
Joly said: “…” / “…,” she added), resolved to the full name written earlier.
Short quoted phrases with no speech verb are slogans or scare quotes: they
are not quotations and get no speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.extract.people import ROLE_WORDS, SEQUENCE, Directory

VERBS = ("said|says|say|told|tells|added|adds|warned|warns|argued|argues|noted|notes|stated|states|"
         "explained|explains|insisted|insists|wrote|writes|asked|asks|replied|replies|recalled|recalls|"
         "declared|declares|announced|announces|acknowledged|acknowledges|cautioned|cautions|conceded|"
         "concedes|urged|urges|remarked|continued|continues|predicted|predicts|admitted|admits|"
         "observed|observes|countered|counters|emphasized|emphasised|stressed|stresses|added|vowed|vows|"
         "promised|promises|suggested|suggests|claimed|claims|maintained|maintains|answered|responded")
_LOWER_ROLE = "|".join(sorted(w for w in ROLE_WORDS if "." not in w))
_WHO = (rf"(?:(?:[a-z][\w’'\-]*\s+){{0,3}}?(?:{_LOWER_ROLE})\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?{SEQUENCE.pattern}"
        r"|he|she|they|(?i:the|a|an)\s+(?:[\w’'\-]+\s+){0,3}?(?:spokesperson|spokesman|spokeswoman|official|"
        r"officials|analyst|analysts|economist|economists|executive|executives|minister|ministry|statement|"
        r"source|sources|report|company|union|department|agency|government|lawyer|director|chief|owner|"
        r"worker|workers|mayor|premier|president)(?:\s+(?:for|at|of|with)\s+(?:the\s+)?[\w’'\-]+)?")
# After the closing mark: ', said Jane Doe' / ', she said' / ' Jane Doe said.'
_AFTER = re.compile(rf"^[,.!?]?\s*(?:(?P<v1>{VERBS})\s+(?P<w1>{_WHO})|(?P<w2>{_WHO})\s+(?:\w+\s+)?(?P<v2>{VERBS})\b)")
# Before the opening mark: 'Jane Doe said:' / 'she told reporters,' / 'according to Jane Doe,'
_BEFORE = re.compile(rf"(?:(?P<w1>{_WHO})(?:,\s[^,“”\"]{{3,90}},)?\s+(?:\w+\s+)?(?P<v1>{VERBS})\b[^“\".!?]{{0,40}}?"
                     rf"|according to\s+(?P<w2>{_WHO})[^“\"]{{0,10}}?)[,:]?\s*$")
_ANY_VERB = re.compile(rf"\b(?:{VERBS}|according to)\b", re.I)
_APPOSITIVE = re.compile(r"^,\s*((?:the|a|an|[A-Z][\w’'\-]*)\b(?!\s+(?:said|says))[^,.;:\u201c\"]{2,70})[,.;]")
_MIN_UNATTRIBUTED_WORDS = 5
_MIN_WORDS = 3


@dataclass
class Quote:
    start: int          # first quoted character (the mark excluded)
    end: int
    speaker: str
    role: str
    attributed: bool


def _marks(line: str) -> list[tuple[int, bool]]:
    """Quote marks on a line as ``(index, opens)``; a straight mark opens or closes by what surrounds it."""
    out = []
    is_open = False
    for i, ch in enumerate(line):
        if ch == "\u201c":
            out.append((i, True))
            is_open = True
        elif ch == "\u201d":
            out.append((i, False))
            is_open = False
        elif ch == '"':
            before = line[i - 1] if i else " "
            after = line[i + 1] if i + 1 < len(line) else " "
            if before.isspace() or before in "([{\u2014\u2013-/":
                opens = not after.isspace()
            elif after.isspace() or after in ".,;:!?)]}\u2014\u2013-":
                opens = False
            else:
                opens = not is_open
            out.append((i, opens))
            is_open = opens
    return out


def _spans(text: str) -> list[tuple[int, int, int]]:
    """``(open mark, first char, end)`` of every quotation, line by line.

    A quotation whose closing mark never comes runs to the end of its line (the
    convention for a quote that goes on into the next paragraph), unless another
    opening mark follows it on the line, which means the marks are unbalanced.
    """
    out = []
    pos = 0
    for line in text.split("\n"):
        pending = None
        for i, opens in _marks(line):
            if opens:
                pending = i
            elif pending is not None:
                if i > pending + 1:
                    out.append((pos + pending, pos + pending + 1, pos + i))
                pending = None
        if pending is not None and len(line) > pending + 1 and not any(o for j, o in _marks(line) if j > pending):
            out.append((pos + pending, pos + pending + 1, pos + len(line)))
        pos += len(line) + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;:\u2014\u2013-":
        end -= 1
    while start < end and text[start] in " \u2026":
        start += 1
    return start, end


def _attribution(quoted: str, before: str, after: str, mark: int, end: int) -> tuple[str | None, int, str]:
    """The words naming the speaker, where they stand, and a role written after them.

    "“…,” said X" and "“…,” X said" follow the quote; "X said: “…”" precedes it.
    A quote that ends its sentence ("…done.”) is attributed from before it first,
    so the next sentence's "Y told reporters: “…”" is not taken for its speaker.
    """
    m_after = _AFTER.match(after)
    ends_sentence = quoted.rstrip()[-1:] in ".!?"
    if m_after and ends_sentence and re.match(r"^[^.!?]*[:“\"]", after[m_after.end():m_after.end() + 30]):
        m_after = None                               # that verb introduces the next quote
    m_before = _BEFORE.search(before) if _ANY_VERB.search(before) else None
    order = ((m_before, mark), (m_after, end)) if ends_sentence else ((m_after, end), (m_before, mark))
    for m, at in order:
        if m:
            rest = after[m.end():] if m is m_after else ""
            role = _APPOSITIVE.match(rest)
            at = at + 1 + m.end() if m is m_after else at     # the speaker is named by then
            return m.group("w1") or m.group("w2"), at, role.group(1).strip() if role else ""
    return None, end, ""


def _pronoun(pronoun: str, at: int, directory: Directory, last: tuple[str, str, int]) -> tuple[str, str]:
    """Whoever was mentioned last: the last speaker, or a person named after that quote."""
    gender = {"he": "m", "she": "f"}.get(pronoun, "")
    person = directory.last_person_at(at, gender)
    if person and (not last[0] or person.start > last[2]):
        return person.name, person.role
    if last[0]:
        return last[0], last[1]
    return directory.last_person(at, gender)


def _continues(text: str, last_end: int, mark: int) -> bool:
    """A quote that follows the previous attributed one in the same paragraph, with no one else named between."""
    if mark - last_end > 160:
        return False
    between = text[last_end:mark].lstrip('"\u201d')
    return ("\n" not in between and "\u201c" not in between and '"' not in between
            and between.rstrip()[-1:] in (".", "!", "?", ""))


def find(text: str, directory: Directory | None = None) -> list[Quote]:
    """Every quotation in ``text``, with its speaker when a speech verb names one."""
    directory = directory or Directory(text)
    quotes: list[Quote] = []
    last_speaker: tuple[str, str, int] = ("", "", -1)
    for mark, start, end in _spans(text):
        line_start = text.rfind("\n", 0, mark) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        after = text[end + 1:min(line_end, end + 80)]
        before = text[max(line_start, mark - 120):mark]
        who, at, appositive = _attribution(text[start:end], before, after, mark, end)
        s, e = _trim(text, start, end)
        if e <= s:
            continue
        speaker = role = ""
        if who:
            if who.lower() in ("he", "she", "they"):
                speaker, role = _pronoun(who.lower(), at, directory, last_speaker)
            else:
                speaker, role = directory.resolve(who, at)
            role = appositive or role
        elif last_speaker[0] and _continues(text, last_speaker[2], mark):
            speaker, role = last_speaker[0], last_speaker[1]      # “…,” said X. “More words.”
        if speaker:
            last_speaker = (speaker, role, e)
        words = len(text[s:e].split())
        if words < _MIN_WORDS or (not speaker and words < _MIN_UNATTRIBUTED_WORDS):
            continue                                     # a slogan, a name or a scare quote
        quotes.append(Quote(s, e, speaker, role, bool(speaker)))
    return quotes
