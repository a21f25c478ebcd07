"""Word documents (.docx): headings, paragraphs, lists and tables in document order.

Paragraphs and headings are blocks separated by a blank line; consecutive list
items form one block, one item a line ("• " for bullets, "1. " for numbered
styles); a table is one block, a row a line, cells joined with " | ". The title
is the first Title-styled paragraph (or a heading that opens the document); else
the core properties' title, marked as a guess. Author and created date come from
the core properties. The zip is checked
before python-docx opens it, so a decompression bomb is refused unread.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from briefdeck.core import Source, SourceError
from briefdeck.readers.text import normalise

MAX_TOTAL_BYTES = 200 * 1024 * 1024
"""Refuse a .docx whose members add up to more than this, uncompressed."""
MAX_MEMBER_BYTES = 20 * 1024 * 1024
"""A member bigger than this, uncompressed, ..."""
MAX_RATIO = 100
"""... that is also compressed more than this many times is a zip bomb, not a document."""

_HINT = "open it in Word or LibreOffice and save it again as .docx"
_PLACEHOLDER_AUTHORS = {"python-docx", "author", "user", "windows user", "microsoft office user"}


def check_zip(path: Path) -> None:
    """SourceError unless ``path`` is a zip of sane size holding a Word document."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        with path.open("rb") as handle:
            old_word = handle.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        if old_word:
            raise SourceError(f"{path.name}: an old Word (.doc) file with a .docx extension",
                              hint="open it in Word or LibreOffice and save it as .docx") from None
        raise SourceError(f"{path.name}: not a readable Word document ({exc})", hint=_HINT) from None
    total = sum(member.file_size for member in members)
    bomb = [m.filename for m in members
            if m.file_size > MAX_MEMBER_BYTES and m.file_size > MAX_RATIO * max(m.compress_size, 1)]
    if total > MAX_TOTAL_BYTES or bomb:
        size = f"{total / 1024 / 1024:.0f} MB"
        raise SourceError(f"{path.name}: refused: it would unpack to {size}"
                          + (f" ({bomb[0]} is compressed {MAX_RATIO}+ times)" if bomb else ""),
                          hint="a real document is far smaller; check where the file came from")
    if "word/document.xml" not in {m.filename for m in members}:
        raise SourceError(f"{path.name}: not a readable Word document (a zip archive, but not a .docx)",
                          hint=_HINT)


def _clean(text: str) -> str:
    return " ".join(normalise(text).replace("\t", " ").split())


def _list_kind(paragraph: Paragraph, style: str) -> str | None:
    """'bullet', 'number' or None: from the style name, else from direct numbering."""
    if style.startswith("list number"):
        return "number"
    if style.startswith("list bullet"):
        return "bullet"
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return "bullet"  # numbering set by hand: its format lives in numbering.xml; keep it simple
    return None


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(_clean(cell.text))
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def blocks(document: docx.document.Document) -> tuple[list[str], str]:
    """The body as text blocks, plus the first Title-styled paragraph (or first heading)."""
    out: list[str] = []
    items: list[str] = []
    title, number = "", 0
    style_names: dict = {}   # style id -> lower-case name: python-docx looks a style up in ~50 us
    for part in document.iter_inner_content():
        if isinstance(part, Table):
            out.extend(["\n".join(items)] if items else [])
            items, number = [], 0
            out.append("\n".join(_table_lines(part)))
            continue
        text = _clean(part.text)
        if part._p.style not in style_names:
            found = part.style
            style_names[part._p.style] = ((found.name or "") if found is not None else "").lower()
        style = style_names[part._p.style]
        kind = _list_kind(part, style)
        if kind and text:
            number += kind == "number"
            items.append(("\u2022 " if kind == "bullet" else f"{number}. ") + text)
            continue
        if items and text:
            out.append("\n".join(items))
            items, number = [], 0
        if text:
            out.append(text)
            if not title and (style == "title" or (style.startswith("heading") and not out[:-1])):
                title = text
    if items:
        out.append("\n".join(items))
    return [block for block in out if block], title


def read(path: Path, source_id: str) -> Source:
    if path.stat().st_size == 0:
        raise SourceError(f"{path.name}: the file is empty", hint="add a file that has text in it")
    check_zip(path)
    try:
        document = docx.Document(str(path))
        parts, first_title = blocks(document)
        props = document.core_properties
        title_property, author, created = props.title, props.author, props.created
    except Exception as exc:  # python-docx and lxml raise many kinds; the user needs only one
        raise SourceError(f"{path.name}: not a readable Word document ({type(exc).__name__}: {exc})",
                          hint=_HINT) from None
    text = "\n\n".join(parts)
    if not text.strip():
        raise SourceError(f"{path.name}: the document has no text",
                          hint="add a document with text in it (text boxes and images are not read)")
    author = _clean(author or "")
    date = created.date().isoformat() if created is not None else ""
    if author.lower() in _PLACEHOLDER_AUTHORS:
        author = ""
    if date == "2013-12-23" and props.last_modified_by in ("", "python-docx"):
        date = ""  # python-docx's template stamp, not a real creation date
    title, extra = first_title, {}
    if not title and _clean(title_property or ""):   # properties only when the page shows no headline
        title, extra["title_guess"] = _clean(title_property or ""), "document properties"
    return Source(id=source_id, path=path.name, text=text, title=title, author=author, date=date, extra=extra)
