"""Plain text and Markdown: decode and normalise line ends.

UTF-8 (with or without BOM), UTF-16/32 with a BOM and UTF-16 without one are
recognised directly; anything else is handed to charset-normalizer, which
finds legacy encodings such as cp1252 or latin-1. The encoding used is kept
in ``source.extra["encoding"]``.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from briefdeck.clean import credits
from briefdeck.clean.duplicates import SUBJECT
from briefdeck.core import Source, SourceError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, name: str) -> str:
    """Bytes to text; a clear SourceError for binary data or an unknown encoding."""
    return detect(data, name)[0]


def detect(data: bytes, name: str) -> tuple[str, str]:
    """Bytes to (text, encoding used); a clear SourceError for binary data or an unknown encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise SourceError(f"{name}: starts with a {encoding} byte-order mark but is not valid "
                                  f"{encoding} (byte {exc.start})", hint="re-save it as UTF-8") from None
    binary = SourceError(f"{name}: looks like a binary file, not text",
                         hint="add a text, Markdown, HTML, PDF or Word file")
    if b"\x00" in data[:4096]:
        guess = _utf16_without_bom(data)
        if guess is not None:
            return guess
        raise binary
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        guess = _legacy(data)
        if guess is not None:
            return guess
        head = data[:4096]
        if sum(byte < 32 and byte not in b"\t\n\r\x0c" for byte in head) > 0.05 * len(head):
            raise binary from None
        raise SourceError(f"{name}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}) "
                          "and no other encoding fits", hint="re-save it as UTF-8") from None


# Windows code pages first: at equal "chaos", charset-normalizer's pick among
# look-alike single-byte encodings is a coin toss on short texts, and cp1252 is
# by far the most common legacy encoding of English and Western European text.
_PREFERRED = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257")


def _legacy(data: bytes) -> tuple[str, str] | None:
    """A legacy 8-bit (or CJK) encoding found by charset-normalizer, or None when nothing fits."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    candidates = [best.encoding]
    close = [m for m in matches if m.chaos <= best.chaos + 0.01]
    for preferred in _PREFERRED:
        if any(preferred in m.could_be_from_charset for m in close):
            candidates.insert(0, preferred)
            break
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if not _mostly_junk(text):
            return text, encoding
    return None


def _mostly_junk(text: str) -> bool:
    """More than 5% control characters or replacement marks: not really text."""
    bad = len(re.findall("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]", text))
    return bad > 0.05 * max(len(text), 1)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark: every other byte is zero."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero = data[0::2].count(0) / (len(data) // 2)
    odd_zero = data[1::2].count(0) / (len(data) // 2)
    encoding = "utf-16-le" if odd_zero > 0.3 > even_zero else "utf-16-be" if even_zero > 0.3 > odd_zero else None
    if encoding is None:
        return None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def normalise(text: str) -> str:
    """Unix line ends, no stray control characters (tabs and newlines kept).

    C1 controls (U+0080-U+009F) are kept here: in mojibake they are the missing
    bytes that let cleaning undo it ("â€" + U+009D is a closing quote). Cleaning
    drops whatever is left of them.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


def read(path: Path, source_id: str) -> Source:
    data = path.read_bytes()
    decoded, encoding = detect(data, path.name)
    text = normalise(decoded)
    if not text.strip():
        raise SourceError(f"{path.name}: the file is empty", hint="add a file that has text in it")
    source = Source(id=source_id, path=path.name, text=text, title=title_of(text), extra={"encoding": encoding})
    byline(source)
    return source


HEAD_LINES = 60            # a saved page's menus can run this far before the byline
_MONTHS = ("january february march april may june july august september october november december").split()
_BYLINE = re.compile(r"^\**_?By\s+(?P<who>[^|•·\n]{3,80}?)\s*(?:[|•·]\s*(?P<rest>.+))?$", re.I | re.M)
_DATELINE = re.compile(r"^(?:published|posted|filed|updated|last updated)(?: on)?:?\s+(.{6,60})$", re.I | re.M)
# a record's place and day alone on a line: "OTTAWA, Wednesday, February 18, 2026"
_PLACE_DATE = re.compile(r"[A-Z][A-Za-z .’'-]{1,30},\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                         r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\.?"
                         # ... or a day alone, in English or French: "Wednesday, January 14, 2026", "Mercredi 14 janvier 2026"
                         r"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Lun|Mar|Mercre|Jeu|Vendre|Same)di|Dimanche),?\s+"
                         r"(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}(?:er)?\s+[A-Za-zéû]+),?\s+\d{4}\.?")
_DATES = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    re.compile(r"\b(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]+)\.?\s+(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<mon>[A-Za-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\b"),
)


def iso_date(text: str) -> str:
    """'14 April 2026', 'April 14, 2026' or '2026-04-14' -> '2026-04-14'; '' when there is no date."""
    for pattern in _DATES:
        for m in pattern.finditer(text):
            g = m.groupdict()
            month = int(g["m"]) if g.get("m") else next(
                (i + 1 for i, name in enumerate(_MONTHS) if g["mon"].lower()[:3] == name[:3]), 0)
            if 1 <= month <= 12 and 1 <= int(g["d"]) <= 31:
                return f"{g['y']}-{month:02d}-{int(g['d']):02d}"
    return ""


def names_of(names: list[str]) -> str:
    """A byline's names as a citation shows them: "JO DOE" as Jo Doe."""
    return " and ".join(name.title() if name.isupper() else name for name in names)


def byline(source: Source) -> None:
    """Fill author, publisher and date from a 'By Name | Outlet | 14 April 2026' line near the top."""
    head = "\n".join(source.text.split("\n")[:8]).replace("**", "")      # "By **Jo Doe**, Markets Reporter"
    stamp = _DATELINE.search(head)
    if stamp and not source.date:
        source.date = iso_date(stamp.group(1))
    m = _BYLINE.search(head)
    if not m:                                  # a saved page: "Written by Jo Doe" under its menus
        lines = source.text.split("\n")[:HEAD_LINES]
        found = next((credits.byline_names(line) for line in lines if credits.is_byline(line)), [])
        source.author = source.author or names_of(found)
        return
    strict = credits.byline_names(m.group())                  # "By Jo Doe, City Hall Reporter": the name alone
    source.author = source.author or (names_of(strict) if strict else m.group("who").strip(" *_,"))
    parts = [p.strip(" *_") for p in re.split(r"[|•·]", m.group("rest") or "") if p.strip(" *_")]
    under = head[m.end():].strip("\n").split("\n", 1)[0]       # "Northern Ledger Weekend | December 6, 2025"
    dated = [p.strip(" *_") for p in re.split(r"[|•·]", under)] if re.search(r"[|•·]", under) else []
    if any(iso_date(p) for p in dated):
        parts += [p for p in dated if p and (iso_date(p) or _OUTLET.search(p))]   # not "OTTAWA", "6:00am"
    for part in parts:
        date = iso_date(part)
        if date and not source.date:
            source.date = date
        elif not date and not source.publisher and not _CREDIT.match(part):   # not "Photographs by Jo Doe"
            source.publisher = part


def is_byline(line: str) -> bool:
    """'By Tove Brandt | Island Courier' is a byline; 'By sea and by air' is not (no name after 'By')."""
    m = _BYLINE.match(line.strip())
    words = m.group("who").strip(" *_,").split() if m else []
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w in ("and", "de", "van", "von", "&") for w in words)


HEADLINE_WORDS = 20
# the words a news outlet's name ends on ("Venture Ledger", "Cascade Public Radio")
NEWS_WORDS = (r"Daily|Ledger|News|Times|Post|Journal|Radio|Wire|Gazette|Herald|Tribune|Monitor|Observer|Weekly|Magazine|"
              r"Digest|Bulletin|Dispatch|Press|Record|Chronicle|Courier|Examiner|Sentinel|Standard|Telegraph")
# a line under a byline that names the outlet: "Northern Ledger Weekend | December 6, 2025"
_OUTLET = re.compile(rf"\b(?:{NEWS_WORDS}|Weekend|Review|Star|Globe|Mail|Express)\b")
_CREDIT = re.compile(r"(?:photo(?:graph)?s?|pictures?|illustrations?|video|graphics?)\b[^|]*\bby\b", re.I)


_EPISODE = re.compile(r"[\w ,'\u2019-]{0,30}?\b(?i:transcript|episode|segment|hour|panel|interview)[ \t]*:[ \t]*"
                      r"[\"\u201c](?P<title>[^\"\u201d\n]{5,120})[\"\u201d][ \t]*$")


def title_of(text: str, words: int = HEADLINE_WORDS) -> str:
    """The first line when it reads as a headline: short, and not a sentence (no closing . : , ; ?),
    nor a byline or a dateline; a question is one when a byline stands under it ("Have 60,000 jobs
    vanished?" / "By Jo Doe"). '' when the text starts straight with its story."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:2]
    if not lines:
        return ""
    if len(lines) > 1 and (episode := _EPISODE.match(lines[1])):
        return episode.group("title")                    # a show's name, then 'Call-in hour: "Steel town, short weeks"'
    heading = lines[0].startswith("#")
    line = lines[0].lstrip("#").strip()
    if subject := SUBJECT.match(line):
        line = line[subject.end():]                      # "Subject: PRESS RELEASE: Traders see …": the headline
    if not line or is_byline(line) or _DATELINE.match(line) or _PLACE_DATE.fullmatch(line):
        return ""
    asks = line[-1] == "?" and len(lines) > 1 and is_byline(lines[1])
    if heading or (len(line) <= max(160, 8 * words) and len(line.split()) <= words and (line[-1] not in ".:,;?!" or asks)):
        return line
    return ""
