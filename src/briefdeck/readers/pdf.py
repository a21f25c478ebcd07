"""PDF reports: every run of prose in reading order, page by page, without running heads.

``pdf_layout`` lays each page out (text inside form XObjects included) and leaves out what is
clearly not prose: chart labels and isolated numbers. Each box is a paragraph, its lines joined
with a space and words hyphenated across lines mended. Lines that recur at the top or bottom of
most pages (digits ignored) are running headers or footers and are dropped, as are bare page
numbers there. ``page_starts`` records where each page's text begins.

The title is the headline in large type at the top of the first page; else the document
information's title (when it is not a file name or a placeholder), marked as a guess. Author and
date come from the information dictionary. When the text kept is much less than the pages hold
(pages that are pictures, glyphs without a Unicode meaning, mostly labels), ``extra["warnings"]``
says so; a PDF with no text at all is refused with a hint to run OCR.
"""
from __future__ import annotations

import logging
import re
import statistics
from collections import Counter
from pathlib import Path

from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from briefdeck.core import Source, SourceError
from briefdeck.readers.pdf_layout import Page, pages as lay_out
from briefdeck.readers.text import normalise

logging.getLogger("pdfminer").setLevel(logging.ERROR + 1)

EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page can be running heads or page numbers."""
_PAGE_NUMBER = re.compile(r"(page|p\.|seite|pag\.?)?\s*[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?"
                          r"(\s*(of|/|von|de)\s*\d{1,4})?", re.IGNORECASE)
_HINT = "open it in a PDF viewer and save or print it to a new PDF"
_OCR = "run OCR on it first (e.g. ocrmypdf) and add the result"
KEPT_SHARE = 0.5
"""Warn when the text kept is less than this share of the characters on the pages."""
HEADLINE_SCALE = 1.2
"""A headline is set at least this much larger than the body text."""


def _key(text: str) -> str:
    """Lines that differ only in their numbers ("Page 2", "Page 3") share a key."""
    return re.sub(r"\d+", "#", text.lower())


def _edges(page: Page) -> list[tuple[int, int]]:
    """(box, line) indices of the lines nearest the top and the bottom of a page."""
    where = sorted(((b, i) for b, box in enumerate(page.boxes) for i in range(len(box.lines))),
                   key=lambda bi: -page.boxes[bi[0]].lines[bi[1]].top)
    return where[:EDGE_LINES] + where[EDGE_LINES:][-EDGE_LINES:]


def _running_lines(pages: list[Page]) -> set[tuple[int, int, int]]:
    """(page, box, line) indices to drop: recurring headers/footers and bare page numbers at page edges."""
    edges = [_edges(page) for page in pages]
    counts = Counter(key for page, where in zip(pages, edges)
                     for key in {_key(page.boxes[b].lines[i].text) for b, i in where})
    needed = 2 if len(pages) == 2 else max(3, -(-len(pages) * 3 // 5))  # 60%, rounded up
    drop = set()
    for n, (page, where) in enumerate(zip(pages, edges)):
        for b, i in where:
            text = page.boxes[b].lines[i].text
            if counts[_key(text)] >= needed or _PAGE_NUMBER.fullmatch(text):
                drop.add((n, b, i))
    return drop


_COMPOUND = re.compile(r"[^\W\d_]+-[^\W\d_]+")


def join_lines(lines: list[str], compounds: frozenset[str] = frozenset()) -> str:
    """A paragraph from its lines: joined with spaces, 'manufac-' + 'turing' mended.

    A hyphen between a lowercase letter at a line end and a lowercase letter
    starting the next line is a typesetter's break, unless the hyphenated word
    is in ``compounds`` (words the document hyphenates mid-line, such as "cross-border").
    """
    text = ""
    for line in lines:
        if text.endswith("\u00ad"):
            text = text[:-1] + line
        elif re.search(r"[^\W\d_]-$", text) and text[-2].islower() and line[:1].islower():
            head = re.search(r"[^\W\d_]+-$", text).group()  # type: ignore[union-attr]
            tail = re.match(r"[^\W\d_]*", line).group()  # type: ignore[union-attr]
            text = (text if (head + tail).lower() in compounds else text[:-1]) + line
        else:
            text = f"{text} {line}" if text else line
    return text.replace("\u00ad", "")


def _info(document: PDFDocument) -> dict[str, str]:
    """Title, author and date (yyyy-mm-dd) from the information dictionary, when there."""
    found = {"title": "", "author": "", "date": ""}
    for info in document.info:
        for key, name in (("title", "Title"), ("author", "Author"), ("date", "CreationDate")):
            value = resolve1(info.get(name))
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and not found[key]:
                found[key] = " ".join(normalise(value).split())
    date = re.match(r"(?:D:)?(\d{4})(\d\d)?(\d\d)?", found["date"])
    found["date"] = "-".join(part for part in date.groups() if part) if date else ""
    if len(found["date"]) != 10 or not ("19" <= found["date"][:2] <= "20"):
        found["date"] = ""
    return found


def _headline(pages: list[Page], drop: set, body: float) -> str:
    """The lines set clearly larger than the body text among the first boxes of the first page with text."""
    for n, page in enumerate(pages[:2]):
        boxes = [[line for i, line in enumerate(box.lines) if (n, b, i) not in drop]
                 for b, box in enumerate(page.boxes)]
        boxes = [box for box in boxes if box][:4]
        if not boxes:
            continue
        size = max(line.size for box in boxes for line in box)
        if size < body * HEADLINE_SCALE:
            return ""
        box = next(box for box in boxes if any(line.size == size for line in box))
        first = next(i for i, line in enumerate(box) if line.size == size)
        lines = []
        for line in box[first:]:
            if line.size < size - 0.5:
                break
            lines.append(line.text)
        headline = join_lines(lines)
        return headline if len(headline.split()) <= 25 else ""
    return ""


def _warnings(pages: list[Page], text: str) -> list[dict[str, str]]:
    """What the user must know when the text kept is much less than the pages hold."""
    out = []
    pictures = [n for n, page in enumerate(pages, 1)
                if page.glyphs < 20 and (page.picture >= 0.5 or page.shapes >= 300)]
    if pictures:
        which = _page_list(pictures)
        out.append({"message": f"{which} of {len(pages)} {'is a picture' if len(pictures) == 1 else 'are pictures'}"
                               " with no text layer (scanned, or text drawn as shapes): "
                               f"{'its' if len(pictures) == 1 else 'their'} text is missing",
                    "hint": "run OCR on the PDF (e.g. ocrmypdf) and add the result instead"})
    glyphs = sum(page.glyphs for page in pages)
    unmapped = sum(page.unmapped for page in pages)
    if unmapped and unmapped >= max(20, glyphs // 10):
        out.append({"message": f"{unmapped:,} of {glyphs:,} characters could not be decoded (their fonts "
                               "have no Unicode map) and are left out",
                    "hint": "run OCR on the PDF (e.g. ocrmypdf) and add the result instead"})
    kept = len(re.sub(r"\s+", "", text))
    readable = glyphs - unmapped
    if readable >= 200 and kept < KEPT_SHARE * readable:
        out.append({"message": f"kept {kept:,} of the {readable:,} characters on its pages; the rest looked like "
                               "chart labels, numbers, or running headers and footers",
                    "hint": "compare the text with the PDF; if prose is missing, copy it into a .txt file"})
    return out


def _page_list(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    shown = ", ".join(map(str, numbers[:8])) + (", ..." if len(numbers) > 8 else "")
    return f"pages {shown}"


def read(path: Path, source_id: str) -> Source:
    data = path.read_bytes()
    if not data.strip():
        raise SourceError(f"{path.name}: the file is empty", hint="add a file that has text in it")
    if b"%PDF-" not in data[:1024]:
        raise SourceError(f"{path.name}: not a readable PDF (no %PDF header; is it really a PDF?)",
                          hint="check the file, or give it the extension of its real format")
    if b"%%EOF" not in data[-2048:]:
        raise SourceError(f"{path.name}: not a readable PDF (truncated: no end-of-file marker)",
                          hint="download or copy the file again")
    try:
        with path.open("rb") as handle:
            document = PDFDocument(PDFParser(handle))
            pages = lay_out(document)
            info = _info(document)
    except PDFPasswordIncorrect:
        raise SourceError(f"{path.name}: not a readable PDF (encrypted with a password)",
                          hint="remove the password, e.g. print it to a new PDF") from None
    except Exception as exc:  # pdfminer raises many kinds; the user needs only one
        detail = str(exc) or type(exc).__name__
        if "encrypt" in detail.lower() or "encrypt" in type(exc).__name__.lower():
            detail = f"encrypted: {detail}"
        raise SourceError(f"{path.name}: not a readable PDF ({detail})", hint=_HINT) from None
    if not pages:
        raise SourceError(f"{path.name}: not a readable PDF (it has no pages)", hint=_HINT)

    drop = _running_lines(pages)
    kept = [[[line.text for i, line in enumerate(box.lines) if (n, b, i) not in drop]
             for b, box in enumerate(page.boxes)] for n, page in enumerate(pages)]
    compounds = frozenset(word.lower() for page in kept for box in page for line in box
                          for word in _COMPOUND.findall(line))
    text, starts = "", []
    for page in kept:
        paragraphs = [join_lines(box, compounds) for box in page]
        page_text = "\n\n".join(p for p in paragraphs if p)
        if page_text and text:
            text += "\n\n"
        starts.append(len(text))
        text += page_text
    if not text.strip():
        if any(page.unmapped for page in pages) and not any(page.glyphs > page.unmapped for page in pages):
            raise SourceError(f"{path.name}: the PDF's text cannot be decoded (its fonts have no Unicode map)",
                              hint=_OCR)
        if any(page.glyphs for page in pages):
            raise SourceError(f"{path.name}: the PDF has no text to read: only chart labels, numbers and page "
                              "headers or footers", hint="copy the text you need into a .txt file")
        raise SourceError(f"{path.name}: the PDF has no text layer (scanned pages are images)", hint=_OCR)
    sizes = [page.body_size for page in pages if page.glyphs]
    body = statistics.median_low(sizes) if sizes else 0.0
    title, extra = _headline(pages, drop, body), {"pages": len(pages)}
    if not title and info["title"]:
        title, extra["title_guess"] = info["title"], "document properties"
    warnings = _warnings(pages, text)
    if warnings:
        extra["warnings"] = warnings
    return Source(id=source_id, path=path.name, text=text, title=title, author=info["author"],
                  date=info["date"], page_starts=starts, extra=extra)
