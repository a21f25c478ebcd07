"""A source document: clean text plus the metadata a citation needs."""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field

UNTITLED = "Untitled source"
"""What a citation says when nothing better is known: never the file name."""
TITLE_LIMIT = 80
"""A guessed title is at most this many characters."""
GUESS_FROM = 20_000
"""A title is guessed from this many characters at the start of the text, at most."""


def content_hash(text: str) -> str:
    """A short, stable fingerprint of a source's clean text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Source:
    """One document an analyst cites.

    ``path`` is as written in the deck file (relative to it); ``text`` is the
    clean text every anchor points into.
    """

    id: str
    path: str
    text: str = ""
    title: str = ""
    publisher: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    extra: dict = field(default_factory=dict)
    page_starts: list[int] = field(default_factory=list)
    """Offsets in ``text`` where pages 1, 2, ... begin (PDFs); empty when the format has no pages."""
    title_guessed: bool = False
    """The document shows no headline, so ``title`` was guessed (from its properties, its first
    sentence or its publisher), so the editor can ask the user to confirm it. A reader records where the
    guess came from in ``extra["title_guess"]``, and a Source built with that record is marked too."""

    def __post_init__(self) -> None:
        if self.title and self.extra.get("title_guess"):
            self.title_guessed = True

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding ``offset``, or None for sources without pages."""
        if not self.page_starts:
            return None
        return max(1, bisect_right(self.page_starts, offset))

    @property
    def file_name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    def shown_title(self) -> str:
        """The title as a reader sees it: never a file name; when there is none, the first words of the text."""
        if self.title and not is_placeholder_title(self.title, self.file_name):
            return self.title
        return guess_title(self.text)

    def label(self) -> str:
        """A short name for lists: publisher, else title, else the text's first words; never the file name."""
        return self.publisher or self.shown_title() or UNTITLED

    def citation(self) -> str:
        """One line: Publisher, "Title", date (the footnote form); never the file name."""
        title = self.shown_title()
        if title and title.casefold() == self.publisher.casefold():
            title = ""
        parts = [p for p in (self.publisher, f"\u201c{title}\u201d" if title else "", self.date) if p]
        return ", ".join(parts or [UNTITLED])

    def full_citation(self) -> str:
        """Everything known: title, publisher, author, date, then the URL; never the file name."""
        title = self.shown_title()
        if title and title.casefold() == self.publisher.casefold():
            title = ""
        parts = [f"\u201c{title}\u201d" if title else "", self.publisher, self.author, self.date]
        text = ", ".join(p for p in parts if p) or UNTITLED
        return f"{text}. {self.url}" if self.url else text


# --- titles a person would write -----------------------------------------------------------------

_DOC_EXTENSIONS = ("docx?|pdf|indd|idml|pptx?|potx|xlsx?|csv|rtf|odt|odp|ods|txt|md|markdown|html?|xhtml|"
                   "pages|key|numbers|qxp|ai|eps|psd|png|jpe?g|tiff?|zip")
_FILE_NAME = re.compile(rf"(?i)(^|[\\/])[^\\/]*\.({_DOC_EXTENSIONS})$")
_APP_PREFIX = re.compile(r"(?i)^(microsoft\s+(word|powerpoint|excel)|word|powerpoint|excel|adobe\s+\w+)\s*[-\u2013:]\s*")
_PLACEHOLDER = re.compile(
    r"(?i)(untitled|untitled\s+(document|presentation|page)|no\s+title|new\s+document|document\s*\d*|doc\d*|"
    r"book\s*\d*|sheet\s*\d*|slide\s*\d*|page\s*\d*|presentation\s*\d*|powerpoint\s+presentation|"
    r"title(\s+of\s+(the\s+)?(document|report))?|(insert|enter)\s+title(\s+here)?|click\s+to\s+.*|"
    r"layout\s*\d*|print|test|draft|none|null|unknown|n/?a|\(anonymous\)|\W*)")


def _loose(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().casefold()


def is_placeholder_title(title: str, file_name: str = "") -> bool:
    """True for a title no person wrote: a file name, an application's placeholder ("Microsoft Word -
    report_final.docx", "untitled", "Slide 1", "Document1"), or a bare file stem ("AR2024_final_v7")."""
    title = " ".join(title.split())
    if _APP_PREFIX.match(title):
        return True
    if not re.search(r"[^\W\d_]{2}", title) or _FILE_NAME.search(title) or _PLACEHOLDER.fullmatch(title):
        return True
    if " " not in title and ("_" in title or re.search(r"[0-9a-f]{8}", title.lower())):
        return True   # one token with underscores or a long hex run: a file stem or an id
    if file_name:
        stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
        return _loose(title) in {_loose(file_name), _loose(stem)}
    return False


_SKIP_LINE = re.compile(r"^\W*((?i:by)\s+[A-Z][\w.'\u2019-]*(\s+(and\s+)?[A-Z][\w.'\u2019-]*){0,4}\s*([|,\u2022\u00b7]|$)"
                        r"|(?i:published|posted|updated|last\s+updated|https?://|www\.))")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|vs|No|Co))(?<!\bMrs|\bInc|\bLtd|\bEtc)"
                           r"[.!?]+[\"\u201d\u2019')]*(?=\s|$)")
_CLAUSE = re.compile(r"\s*(?:[,;:]|\s[\u2013\u2014-])\s")
_DANGLING = frozenset("a an and as at but by for from in into of on or over than that the their to under "
                      "with who which when while its his her our your".split())


def guess_title(text: str, limit: int = TITLE_LIMIT) -> str:
    """The first sentence of ``text``, shortened at a clause or a word boundary: a title when there is none.

    Bylines, datelines and links are skipped; '' when the text opens with no line of three words."""
    lines = text[:GUESS_FROM].splitlines()
    for n, line in enumerate(lines):
        line = " ".join(line.split()).strip("#*_>|\u2022 ")
        if len(re.findall(r"[^\W\d_]{2,}", line)) < 3 or _SKIP_LINE.match(line):
            continue
        paragraph = line
        for more in lines[n + 1:]:           # a sentence may go on over the next lines of its paragraph
            if not more.strip() or _SENTENCE_END.search(paragraph) or paragraph.endswith(":"):
                break
            paragraph += " " + " ".join(more.split())
        end = _SENTENCE_END.search(paragraph)
        sentence = paragraph[:end.start()] if end else paragraph
        return shorten(sentence.rstrip(":;,- "), limit)
    return ""


def shorten(text: str, limit: int = TITLE_LIMIT) -> str:
    """``text`` in at most ``limit`` characters: cut at the last clause break that leaves half of it, else
    at a word boundary with an ellipsis; a cut never ends on a word such as "the" or "with"."""
    if len(text) <= limit:
        return text
    breaks = [m.start() for m in _CLAUSE.finditer(text[:limit + 1]) if m.start() >= limit // 2]
    if breaks:
        return text[:breaks[-1]].rstrip()
    words = text[:limit].rsplit(" ", 1)[0].split(" ") if " " in text[:limit] else [text[:limit - 1]]
    while len(words) > 1 and words[-1].casefold().strip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(",;:- ") + "\u2026"
