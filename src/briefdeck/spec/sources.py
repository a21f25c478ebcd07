"""The deck file's sources: each file is read, then the deck's own citation fields are laid over it.

A source the reader could read but with less text than the file holds (a PDF whose pages are
pictures, say) is loaded with a warning at its ``path``, so ``check``, ``export`` and the editor
show it.
"""
from __future__ import annotations

from briefdeck.core import Source, SourceError
from briefdeck.readers import read_source, source_warnings
from briefdeck.spec.paths import refusal

SOURCE_KEYS = ("id", "path", "title", "title_guessed", "publisher", "author", "date", "url")


class SourceEntries:
    """The ``sources:`` part of the loader (mixed into it: it reports through the loader's diagnostics)."""

    def source(self, raw, path: tuple) -> None:
        if not isinstance(raw, dict):
            self.error(path, "a source should be a mapping with at least 'id' and 'path'")
            return
        self.check_keys(raw, path, SOURCE_KEYS, "a source")
        ident = self._id(raw, path, self.loaded.deck.sources, "source")
        rel = self.string(raw, "path", path, required=True)
        if not ident or not rel:
            return
        if any(ord(c) < 32 for c in rel):
            self.error(path + ("path",), f"source '{ident}': the path has a control character in it")
            return
        file = (self.loaded.base_dir / rel)
        if not self.policy.allows(file):
            self.error(path + ("path",), *refusal(ident, rel))
            self.loaded.deck.sources[ident] = Source(id=ident, path=rel, text="", extra={"unreadable": True})
            return
        try:
            source = read_source(file, ident)
            for d in source_warnings(source):
                self.warn(path + ("path",), f"source '{ident}': {d.message}", d.hint)
        except SourceError as exc:
            missing = not file.exists()
            self.error(path + ("path",), f"source '{ident}': " + (f"file '{rel}' not found" if missing
                       else exc.diagnostics[0].message),
                       "paths are relative to the deck file" if missing else exc.diagnostics[0].hint)
            source = Source(id=ident, path=rel, text="")
            source.extra["unreadable"] = True
        source.path = rel
        reader_title = source.title if source.title_guessed else None
        for key in ("title", "publisher", "author", "date", "url"):
            value = self.string(raw, key, path)
            if value:
                setattr(source, key, value)
        self.title_guessed(raw, path, source, reader_title)
        self.loaded.deck.sources[ident] = source

    def title_guessed(self, raw: dict, path: tuple, source: Source, reader_title: str | None) -> None:
        """Is the title still a guess? As the deck says (``title_guessed: true`` or ``false``); without the
        key, a title written in the deck is the person's, unless it is word for word what briefdeck guessed
        for that file (a deck drafted before the key existed); no title in the deck: as the reader found."""
        flag = raw.get("title_guessed")
        if flag is not None and not isinstance(flag, bool):
            self.error(path + ("title_guessed",), f"'title_guessed' should be true or false, not {flag!r}",
                       "true while the title is briefdeck's guess; false once a person has confirmed it")
            flag = None
        if flag is not None:
            source.title_guessed = flag and bool(source.title)
        elif raw.get("title"):
            source.title_guessed = source.title == reader_title
