"""Repair mojibake: text decoded with the wrong encoding.

Two kinds. The reversible kind ("Canadaâ€™s") still holds every byte of the
original and is undone by ftfy. The lossy kind replaced every curly quote,
apostrophe and dash with one and the same letter ("Canadaās", " ā "), so the
original can only be inferred from where the letter stands; that repair runs
only when the letter stands almost always where punctuation would.
"""
from __future__ import annotations

import html
import re

import ftfy
from ftfy import badness

from briefdeck.clean.edits import Step, apply

_CONFIG = ftfy.TextFixerConfig(unescape_html=False, fix_latin_ligatures=False, fix_character_width=False,
                               uncurl_quotes=False, fix_line_breaks=False, normalization="NFC",
                               explain=False)
_LINE = re.compile(r"[^\n]+")
# Characters that UTF-8 read as Windows-1252 or Latin-1 begins with; text without them has nothing to undo.
_SUSPECT = re.compile("[\u00c2\u00c3\u00c4\u00c5\u00c6\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00e2\u00ef\u0080-\u009f\ufffd]")
# A closing quote whose last byte (0x9D, undefined in Windows-1252) was dropped: "â€" before a space.
_BARE_CLOSE = re.compile("\u00e2\u20ac(?=[\\s.,;:!?)\\]]|$)")
_REAL_PUNCT = re.compile("[\u2018\u2019\u201c\u201d\u2013\u2014]")
_MIN_HITS = 4          # a stand-in letter must occur at least this often ...
_MIN_SHARE = 0.9       # ... and this share of its uses must sit where punctuation belongs ...
_MIN_WORDS = 3         # ... in (or beside) this many different words


def fix_encoding(text: str) -> Step:
    """Undo reversible mojibake line by line with ftfy; untouched text stays byte-identical."""
    if not _SUSPECT.search(text) or not badness.is_bad(text):
        return Step("mojibake", [], text)
    replacements = []
    for m in _LINE.finditer(text):
        line = m.group()
        if _SUSPECT.search(line) and badness.is_bad(line):
            fixed = ftfy.fix_text(_BARE_CLOSE.sub("\u00e2\u20ac\u009d", line), _CONFIG)
            if fixed != line:
                replacements.append((m.start(), m.end(), fixed, "re-decoded with ftfy"))
    return apply(text, "mojibake", replacements)


def _roles(text: str, ch: str) -> list[tuple[int, str]] | None:
    """The punctuation each occurrence of ``ch`` stands for, or None if ``ch`` looks like a real letter."""
    c = re.escape(ch)
    patterns = (
        (re.compile(rf"(?<=[A-Za-z]){c}(?=(?:s|t|re|ve|ll|d|m)\b)"), "\u2019"),   # Trumpās, isnāt
        (re.compile(rf"(?<=\s){c}(?=\s)"), "\u2014"),                                    # word ā word
        (re.compile(rf"(?:^|(?<=[\s(\[])){c}(?=[\w$])", re.M), "\u201c"),         # āopening
        (re.compile(rf"(?<=[\w.,!?;:%]){c}(?=[\s.,;:!?)\]]|$)", re.M), "\u201d"),  # closingā
        (re.compile(rf"(?<=\d){c}(?=\d)"), "\u2013"),                               # 2024ā25
    )
    found: dict[int, str] = {}
    for pattern, role in patterns:
        for m in pattern.finditer(text):
            found.setdefault(m.start(), role)
    total = text.count(ch)
    if total < _MIN_HITS or len(found) < _MIN_SHARE * total:
        return None
    if len({m.group() for m in re.finditer(rf"[^\W\d_]*{c}[^\W\d_]*", text)}) < _MIN_WORDS:
        return None                               # "Carrière" four times: one name's real letter, not punctuation
    if len(set(found.values())) < 2:
        return None                               # "Jonquière", "Geneviève", "Giguère": French, not "they’re"
    return sorted(found.items())


def _pair_quotes(text: str, roles: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Closing marks with no opening mark on their line are apostrophes (Stellantisā plan)."""
    out: list[tuple[int, str]] = []
    open_line = -1
    line, counted = 0, 0
    for pos, role in roles:
        line += text.count("\n", counted, pos)
        counted = pos
        if role == "\u201c":
            open_line = line
        elif role == "\u201d":
            if open_line == line:
                open_line = -1
            else:
                role = "\u2019"
        out.append((pos, role))
    return out


def fix_lossy(text: str) -> Step:
    """Replace a letter that stood in for all punctuation, when the pattern dominates."""
    if len(_REAL_PUNCT.findall(text)) > 2:
        return Step("mojibake", [], text)
    candidates = {ch for ch in set(text) if ord(ch) > 127 and (ch.islower() or ch == "\ufffd")}   # (a capital such
    # as "É" opens and closes words by right: "Élise", "ÉLISE MARCHETTI-DUBÉ:"; the lost bytes leave "ā" or "â")
    best = None
    for ch in candidates:
        roles = _roles(text, ch)
        if roles and (best is None or len(roles) > len(best[1])):
            best = (ch, roles)
    if best is None:
        return Step("mojibake", [], text)
    ch, roles = best
    roles = _pair_quotes(text, roles)
    return apply(text, "mojibake", [(pos, pos + 1, role, f"{ch!r} stood for {role!r}") for pos, role in roles])


_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|amp|quot|apos|lt|gt|nbsp|rsquo|lsquo|rdquo|ldquo|mdash|ndash|"
                     r"hellip|eacute|egrave|ccedil|euro|pound|copy|reg|trade|laquo|raquo);")


def fix_entities(text: str) -> Step:
    """HTML entities left in saved text (&rsquo; &#8212; &amp;) become the characters they name."""
    return apply(text, "mojibake", [(m.start(), m.end(), html.unescape(m.group()).replace("\u00a0", " "),
                                     "HTML entity") for m in _ENTITY.finditer(text)])
