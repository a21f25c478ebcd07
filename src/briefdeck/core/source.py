"""A source document: clean text plus the metadata a citation needs."""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field


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

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding ``offset``, or None for sources without pages."""
        if not self.page_starts:
            return None
        return max(1, bisect_right(self.page_starts, offset))

    def label(self) -> str:
        """A short name for lists: publisher, else title, else file name."""
        return self.publisher or self.title or self.path.rsplit("/", 1)[-1]

    def citation(self) -> str:
        """One line: Publisher, "Title", date (the footnote form)."""
        parts = [p for p in (self.publisher, f"\u201c{self.title}\u201d" if self.title else "", self.date) if p]
        if not parts:
            parts = [self.path.rsplit("/", 1)[-1]]
        return ", ".join(parts)

    def full_citation(self) -> str:
        """Everything known: title, publisher, author, date, then URL or file name."""
        parts = [f"\u201c{self.title}\u201d" if self.title else "", self.publisher,
                 self.author, self.date]
        text = ", ".join(p for p in parts if p)
        where = self.url or self.path.rsplit("/", 1)[-1]
        return f"{text}. {where}" if text else where
