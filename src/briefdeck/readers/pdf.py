"""PDF reports: text in reading order, page by page, without running heads.

pdfminer.six lays each page out into text boxes (its own reading order, which
copes with columns); each box is a paragraph, its lines joined with a space
and words hyphenated across lines mended. Lines that recur at the top or bottom
of most pages (digits ignored) are running headers or footers and are dropped,
as are bare page numbers there. ``page_starts`` records where each page's text
begins. Title, author and date come from the document information dictionary.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTFigure, LTPage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from briefdeck.core import Source, SourceError
from briefdeck.readers.text import normalise

logging.getLogger("pdfminer").setLevel(logging.ERROR + 1)

EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page can be running heads or page numbers."""
_PAGE_NUMBER = re.compile(r"(page|p\.|seite|pag\.?)?\s*[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?"
                          r"(\s*(of|/|von|de)\s*\d{1,4})?", re.IGNORECASE)
_HINT = "open it in a PDF viewer and save or print it to a new PDF"


def _line_text(line: LTTextLine) -> str:
    return " ".join(normalise(line.get_text()).replace("\t", " ").split())


def _key(text: str) -> str:
    """Lines that differ only in their numbers ("Page 2", "Page 3") share a key."""
    return re.sub(r"\d+", "#", text.lower())


Line = tuple[float, str]
"""A text line as kept after layout: (top y, text). pdfminer's objects, a few hundred bytes per
character, are dropped page by page so a long report does not fill memory."""


def _boxes(layout: LTPage | LTFigure) -> list[list[Line]]:
    """Text boxes in pdfminer's reading order, as lists of non-empty lines."""
    boxes = [[(ln.y1, text) for ln in box if isinstance(ln, LTTextLine) and (text := _line_text(ln))]
             for box in layout if isinstance(box, LTTextBox)]
    return [box for box in boxes if box]


def _layout(document: PDFDocument) -> list[list[list[Line]]]:
    """Pages -> boxes -> lines. Text inside figures (form XObjects) counts only on pages with no other
    text: some producers wrap a whole page in one, while a chart's labels are not prose."""
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=LAParams(all_texts=True))
    interpreter = PDFPageInterpreter(manager, device)
    pages = []
    for page in PDFPage.create_pages(document):
        interpreter.process_page(page)
        layout: LTPage = device.get_result()
        boxes = _boxes(layout)
        if not boxes:
            boxes = [box for figure in layout if isinstance(figure, LTFigure) for box in _boxes(figure)]
        pages.append(boxes)
    return pages


def _edges(page: list[list[Line]]) -> list[tuple[int, int]]:
    """(box, line) indices of the lines nearest the top and the bottom of a page."""
    where = sorted(((b, i) for b, box in enumerate(page) for i in range(len(box))),
                   key=lambda bi: -page[bi[0]][bi[1]][0])
    return where[:EDGE_LINES] + where[EDGE_LINES:][-EDGE_LINES:]


def _running_lines(pages: list[list[list[Line]]]) -> set[tuple[int, int, int]]:
    """(page, box, line) indices to drop: recurring headers/footers and bare page numbers at page edges."""
    edges = [_edges(page) for page in pages]
    counts = Counter(key for page, where in zip(pages, edges)
                     for key in {_key(page[b][i][1]) for b, i in where})
    needed = 2 if len(pages) == 2 else max(3, -(-len(pages) * 3 // 5))  # 60%, rounded up
    drop = set()
    for n, (page, where) in enumerate(zip(pages, edges)):
        for b, i in where:
            text = page[b][i][1]
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
    placeholder = r"\.(docx?|pdf|indd|pptx?|xlsx?|rtf|odt)$|^untitled$|^microsoft word"
    if re.search(placeholder, found["title"], re.IGNORECASE):
        found["title"] = ""  # a file name or an application's placeholder, not a title
    return found


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
            pages = _layout(document)
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
    kept = [[[text for i, (_, text) in enumerate(box) if (n, b, i) not in drop] for b, box in enumerate(page)]
            for n, page in enumerate(pages)]
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
        raise SourceError(f"{path.name}: the PDF has no text layer (scanned pages are images)",
                          hint="run OCR on it first (e.g. ocrmypdf) and add the result")
    return Source(id=source_id, path=path.name, text=text, title=info["title"],
                  author=info["author"], date=info["date"], page_starts=starts,
                  extra={"pages": len(pages)})
