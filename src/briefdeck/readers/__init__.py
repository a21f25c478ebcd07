"""Readers turn a file into a Source. One module per format, one registry row each.

The registry maps a suffix to the name of a module in this package that has
``read(path, source_id) -> Source``. Modules are imported on first use:
trafilatura alone takes ~0.2 s to import, and most runs never see an HTML file.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefdeck.clean import clean_source, credits, duplicates, masthead, mojibake
from briefdeck.core import Diagnostic, Source, SourceError
from briefdeck.core.errors import WARNING
from briefdeck.core.source import guess_title, is_placeholder_title
from briefdeck.readers.text import HEADLINE_WORDS, NEWS_WORDS, iso_date, names_of, title_of

MAX_SOURCE_BYTES = 100 * 1024 * 1024   # a source bigger than this is not an article or a report

READERS: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


@dataclass(frozen=True)
class Format:
    """What a reader module reads, and the packages (pip names) it cannot work without."""

    label: str
    packages: tuple[str, ...]


FORMATS: dict[str, Format] = {
    "text": Format("Text and Markdown", ("charset-normalizer",)),
    "html": Format("HTML", ("trafilatura", "lxml", "lxml_html_clean")),
    "pdf": Format("PDF", ("pdfminer.six",)),
    "docx": Format("Word (.docx)", ("python-docx", "lxml")),
}


class ReaderUnavailable(SourceError):
    """A reader's library is missing or broken in this installation."""


class ReaderFailed(SourceError):
    """A reader or its library failed in a way it does not expect; ``cause`` is what was raised."""

    def __init__(self, message: str, *, hint: str, cause: BaseException):
        super().__init__(message, hint=hint)
        self.cause = cause


def reader_for(suffix: str) -> Callable[[Path, str], Source] | None:
    """The read function for a file suffix (any case), or None when no reader knows it.

    ReaderUnavailable when the reader's library cannot be imported."""
    module = READERS.get(suffix.lower())
    return None if module is None else _load(module)


def _load(module: str, name: str = "") -> Callable[[Path, str], Source]:
    try:
        return importlib.import_module(f"{__name__}.{module}").read
    except ImportError as exc:
        raise _unavailable(FORMATS[module], exc, name) from None


def _unavailable(fmt: Format, exc: ImportError, name: str = "") -> ReaderUnavailable:
    """'HTML support needs lxml_html_clean (...)': the packages the import error names, else all of them."""
    said = f"{exc.name or ''} {exc}".lower().replace("-", "_")
    keys = {p: p.lower().replace("-", "_").replace(".six", "") for p in fmt.packages}
    named = [p for p, k in keys.items() if k in said]
    named = [p for p in named if not any(keys[p] in keys[q] for q in named if q != p)]   # the most specific
    needs = " ".join(named or fmt.packages)
    where = f"{name}: " if name else ""
    return ReaderUnavailable(f"{where}{fmt.label} support needs {', '.join(named or fmt.packages)}, which could "
                             f"not be imported ({_first_line(exc)})",
                             hint=f"pip install --upgrade {needs}; 'briefdeck doctor' checks every format")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def source_id_for(path: Path) -> str:
    """A readable id from a file name: 'Lakeshore Ledger.md' -> 'lakeshore-ledger'."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "source"


def read_source(path: str | Path, source_id: str | None = None) -> Source:
    """Read any supported file into a Source; SourceError when it can't be."""
    path = Path(path)
    if path.suffix.lower() not in READERS:
        known = ", ".join(sorted(READERS))
        raise SourceError(f"{path.name}: cannot read {path.suffix or 'files without an extension'}",
                          hint=f"supported: {known}")
    fmt = FORMATS[READERS[path.suffix.lower()]]
    reader = _load(READERS[path.suffix.lower()], path.name)
    try:
        if not path.is_file():
            raise SourceError(f"{path}: no such file", hint="check the path")
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise SourceError(f"{path.name}: larger than {MAX_SOURCE_BYTES // 2**20} MB; refusing to read it as a "
                              "source", hint="split it, or export the part you need as text or PDF")
        raw = reader(path, source_id or source_id_for(path))
    except OSError as exc:   # is_file() too raises some, e.g. for a name too long for the file system
        raise SourceError(f"{path}: {exc.strerror or exc}") from None
    except SourceError:
        raise
    except ImportError as exc:   # a library importing a part of itself only when first used
        raise _unavailable(fmt, exc, path.name) from None
    except Exception as exc:     # a library failing inside: one clear message, and the other files still read
        raise ReaderFailed(f"{path.name}: the {fmt.label} reader failed ({type(exc).__name__}: {_first_line(exc)})",
                           hint="run 'briefdeck doctor' to check the installation; if it passes, please report "
                                "this file", cause=exc) from None
    source = clean_source(raw)
    if not source.text.strip():   # only characters that cleaning removes, such as zero-width spaces
        raise SourceError(f"{path.name}: the file has no readable text (only invisible characters)",
                          hint="add a file that has text in it")
    settle_title(source, path.name)
    return source


def source_warnings(source: Source, file: str | None = None) -> list[Diagnostic]:
    """What the reader wants the user to know about a source it did read, e.g. a PDF whose pages are
    pictures: kept in ``extra["warnings"]`` (so it survives the extraction cache) as message and hint."""
    return [Diagnostic(str(w.get("message", "")), WARNING, file=file, hint=w.get("hint") or None)
            for w in source.extra.get("warnings", ()) if isinstance(w, dict) and w.get("message")]


def settle_title(source: Source, file_name: str) -> None:
    """A title a person would write: the reader's, unless it is a file name, a placeholder or only the
    publisher's name; else a guess from the clean text's first sentence, else the publisher. A guess is
    marked as one (``extra["title_guess"]`` says where it came from) so the editor can ask the user to
    confirm it. A pasted page whose first line cleaning removed (a site's name, "Skip to main content"), or
    whose first line is plainly a site's name ("Venture Ledger", "THE DRINKS DESK", a web address) over a
    headline a few lines down, takes that headline instead, and the site's name becomes the publisher if the
    page named none."""
    source.title = mojibake.fix_encoding(source.title).text if source.title else source.title   # as the text reads
    if not source.publisher:                     # the site's name cleaning took from above the headline
        source.publisher = next((masthead.site_name(row["before"]) for row in source.extra.get("cleaning", ())
                                 if row.get("kind") == "masthead" and str(row.get("note", "")).startswith("site name")), "")
    _credits_from_cleaning(source)
    if source.title and _cleaned_away(source):   # "Skip to main content", "THE HARBOUR LANTERN": the page's
        long = LONG_HEADLINE if " > " in source.title or _SECTION_NAME.fullmatch(source.title.strip()) \
            else HEADLINE_WORDS                   # (under a breadcrumb, a tabloid's; under "NEWS RELEASE", a release's)
        source.title = _headline_in(source.text, long) or source.title    # first line was the site's, not the story's
    elif source.title and file_name.lower().endswith((".txt", ".md")) \
            and (_SITE.fullmatch(source.title) or _name_over_furniture(source)) \
            and source.text.lstrip().startswith(source.title):            # a page pasted or converted as text
        headline = _headline_under(source.text)  # "Venture Ledger" over its menus, then the story's headline
        if headline:
            if not _SECTION_NAME.fullmatch(source.title.strip()):     # "OPINION" over the headline is no outlet
                source.publisher = source.publisher or source.title.strip("[]#* ").split("](")[0]
            source.title = headline
    source.title = duplicates.headline_of_title(source.title, source.text) or source.title   # "… | The Ledger"
    if source.title and (is_placeholder_title(source.title, file_name)
                         or source.title.casefold() == source.publisher.casefold()):   # the site's name
        source.title = ""
        source.extra.pop("title_guess", None)
    if not source.title:
        source.title, how = guess_title(source.text), "first sentence"
        if not source.title and source.publisher:
            source.title, how = source.publisher, "publisher"
        if source.title:
            source.extra["title_guess"] = how
    source.title_guessed = bool(source.title and source.extra.get("title_guess"))


HEAD_ROWS = 40       # a byline or time stamp cleaning took from this far down the raw text is the page's own
_WHEN_WORD = re.compile(r"\W*(?:published|posted|filed|updated)\b", re.I)


def _credits_from_cleaning(source: Source) -> None:
    """Who wrote a pasted page and when, from the byline and time stamp cleaning took off its head ("Filed
    March 11, 2025 · roughly a 6-minute read", "Jo Doe / Staff Reporter"), when the reader found none."""
    rows = [r for r in source.extra.get("cleaning", ()) if r.get("kind") in ("byline", "boilerplate")
            and int(r.get("line", HEAD_ROWS + 1)) <= HEAD_ROWS]
    if not source.date:
        lines = [line for r in rows for line in str(r.get("before", "")).splitlines()]
        source.date = next((d for line in lines if (credits.is_stamp(line) or credits.is_byline(line)
                                                    or _WHEN_WORD.match(line)) and (d := iso_date(line))), "")
    rows = [r for r in rows if r.get("kind") == "byline"]
    if not source.author:
        for r in rows:
            before = str(r.get("before", "")).strip()
            if str(r.get("note", "")).startswith("byline"):
                names = credits.byline_names(before) if credits.is_byline(before.split("\n")[0]) \
                    else [before.split("\n")[0].strip()] if "\n" in before else []
                source.author = names_of(names)
                break


def _headline_in(text: str, words: int = HEADLINE_WORDS) -> str:
    """The first of a text's opening lines that reads as a story's headline: four words or more, not a byline
    and not a row of menu items ("Subscribe  Sign in", "Arts & Culture" and "Market Watch" are not)."""
    for line in text.splitlines()[:6]:
        labelled = _SECTION_LABEL.match(line)                      # "COLUMN: A layoff town … Both facts can be true."
        line = line[labelled.end():] if labelled else line
        title = title_of(line, words) or title_of(line.rstrip("?"), words) and line.strip().lstrip("#").strip()  # "…?"
        title = title or (_sentence_headline(line) if labelled else "")
        if len(title.split()) >= 4 and not _MENU_OR_BYLINE.search(title) and not _ISSUER.fullmatch(title):
            return title
    return ""


# a release's issuer over its headline: "Ministry of Tourism, Arts, Culture and Sport", "Office of the Premier"
_ISSUER = re.compile(r"(?:Ministry|Department|Office|Government|Province|Secretariat)[ \t]+(?:of|for)"
                     r"(?:,?[ \t]+(?:[A-Z][\w’'.&-]*|of|and|&|the|for))+"
                     r"|[A-Z][\w’'-]*(?:,[ \t]+[A-Z][\w’'-]*)+,?[ \t]+and[ \t]+[A-Z][\w’'-]*")   # "Industry, Energy and Technology"


# a column's or a section's label before its headline, in capitals: "COLUMN: …", "ANALYSIS |"
_SECTION_LABEL = re.compile(r"^[ \t*_]*(?:COLUMN|OPINION|ANALYSIS|COMMENTARY|EDITORIAL|PERSPECTIVE|EXPLAINER)[ \t]*[:|][ \t]*")
_SECTION_NAME = re.compile(r"(?i:opinion|analysis|column|commentary|editorial|perspective|explainer|"
                           r"(?:news|press|media) release|for immediate release)")
SENTENCE_HEADLINE_WORDS = 16


def _sentence_headline(line: str) -> str:
    """A headline written as one or two short sentences ("A car has no passport. The review should stop pretending
    it does."), where something over it says a headline comes: a section's label."""
    line = line.strip()
    short = len(line.split()) <= SENTENCE_HEADLINE_WORDS and len(re.findall(r"[.!?](?:\s|$)", line)) <= 2
    return line if short and line[-1:] in ".!" and not credits.is_byline(line) else ""


LONG_HEADLINE = 25       # under a breadcrumb cleaning took: a tabloid's "Mum's 'visa' blunder … goes up in smoke"
_MENU_OR_BYLINE = re.compile(r"\S {2,}\S| [|\u00b7/] |^\W*[Bb]y [A-Z]")


# a page's first line that names the site: "Venture Ledger", "THE DRINKS DESK", "NickelCityNow.ca", "[The Static](/)"
_SITE = re.compile(rf"(?:[A-Z][\w&’'.-]*\s){{0,3}}(?:{NEWS_WORDS}|FM|Desk|Online|Today|Insider)"
                   r"|[A-Z][A-Z&’' .-]{2,40}|[\w.-]+\.(?:ca|com|org|net|news)|\[[^\]]{2,40}\]\([^)]*\)")
_NOT_HEADLINE = re.compile(r" [>\u203a/] |[\u201d\"]$|^\W*(?:ALERT|BREAKING|UPDATE)\b")   # a breadcrumb, a quote, an alert


_NAME = re.compile(r"(?:[A-Z][\w&’'.-]*)(?:\s+(?:[A-Z][\w&’'.-]*|of|and|&)){1,3}")   # "Huronia Power Generation"


def _name_over_furniture(source: Source) -> bool:
    """A first line that is only a name, with the lines right under it taken off as page furniture (its account
    strip, its menu): the site's name over its page, not the story's headline."""
    under = [int(r.get("line", 0)) for r in source.extra.get("cleaning", ()) if not r.get("after")
             and r.get("kind") in ("boilerplate", "links", "button", "masthead")]
    return bool(_NAME.fullmatch(source.title.strip())) and 2 in under


def _headline_under(text: str) -> str:
    """A headline in the few lines under a page's first line (as :func:`title_of` reads one): five words or more,
    not a menu, a byline, a time stamp, an alert or a line in capitals."""
    lines = text.strip().splitlines()
    section = bool(lines) and bool(_SECTION_NAME.fullmatch(lines[0].strip()))       # "OPINION", "ANALYSIS"
    first = True
    for line in lines[1:12]:
        if not line.strip():
            continue
        title = title_of(line) or (_sentence_headline(line) if section and first else "")   # "OPINION" over
        first = False                                                                     # "A car has no passport. …"
        if len(title.split()) >= 5 and not _MENU_OR_BYLINE.search(title) and not _NOT_HEADLINE.search(title) \
                and not title.isupper() and not credits.is_byline(title) and not credits.is_stamp(title):
            return title
    return ""


def _cleaned_away(source: Source) -> bool:
    """Whether cleaning removed the title as page furniture (a line of its own that no longer opens the text)."""
    removed = [row["before"] for row in source.extra.get("cleaning", ()) if not row.get("after")]
    return any(source.title in before for before in removed) and source.title not in source.text[:400]
