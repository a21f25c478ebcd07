"""Reversible edits to a deck, for an editor's undo/redo.

Each edit is a small object whose ``apply(deck)`` changes the deck in place and
returns the edit that undoes it; applying that returns a redo, and so on::

    undo = AddSnippet(snippet).apply(deck)   # do
    redo = undo.apply(deck)                  # undo
    undo = redo.apply(deck)                  # redo

An impossible request (unknown id, index out of range, slot not in the layout,
duplicate id...) raises :class:`DeckError` and leaves the deck as it was.
``label`` names the change for an Undo menu and ``touches`` says which data
changed (``"sources"``, ``"snippets"``, ``"slides"``, ``"deck"``). Edits copy
what they put into the deck and what they keep for undoing, so no edit ever
shares a mutable object with the live deck.

Slide edits (InsertSlide, DeleteSlide, MoveSlide, DuplicateSlide, ReplaceSlide
and the set_slot / set_layout / set_notes helpers) live in
:mod:`briefdeck.core.edits_slides` and are re-exported here.
"""
from __future__ import annotations

import copy
from collections.abc import Iterable

from briefdeck.core.anchor import Anchor
from briefdeck.core.deck import Deck
from briefdeck.core.edits_slides import (DECK, SLIDES, SNIPPETS, SOURCES, DeleteSlide, DuplicateSlide, Edit,
                                         InsertSlide, MoveSlide, ReplaceSlide, check_index, check_slide,
                                         set_layout, set_notes, set_slot, strip_references, unknown)
from briefdeck.core.errors import DeckError
from briefdeck.core.snippet import KINDS, Snippet
from briefdeck.core.source import Source

__all__ = [
    "Edit", "Batch", "AddSource", "RemoveSource", "UpdateSource", "AddSnippet", "RemoveSnippet",
    "UpdateSnippet", "SetDeckField", "InsertSlide", "DeleteSlide", "MoveSlide", "DuplicateSlide",
    "ReplaceSlide", "set_slot", "set_layout", "set_notes", "new_snippet_id", "check_slide",
    "SOURCES", "SNIPPETS", "SLIDES", "DECK",
]

SOURCE_FIELDS = ("title", "publisher", "author", "date", "url")
SNIPPET_TEXT_FIELDS = ("text", "speaker", "role", "said_on", "unit", "measure", "quantity")
SNIPPET_NUMBER_FIELDS = ("value", "score")
SNIPPET_FIELDS = SNIPPET_TEXT_FIELDS + SNIPPET_NUMBER_FIELDS + ("tags",)
DECK_FIELDS = ("title", "subtitle", "author", "date", "template")
ID_LETTERS = {"claim": "c", "figure": "f", "quote": "q"}


def _insert(mapping: dict, key: str, value, index: int | None) -> None:
    """Insert into an insertion-ordered dict at position ``index`` (None: at the end), in place."""
    if index is None or index >= len(mapping):
        mapping[key] = value
        return
    items = list(mapping.items())
    items.insert(index, (key, value))
    mapping.clear()
    mapping.update(items)


def _check_new_id(ident, taken: dict, what: str) -> None:
    if not isinstance(ident, str) or not ident.strip():
        raise DeckError(f"a {what} needs a non-empty text id, not {ident!r}")
    if ident in taken:
        raise DeckError(f"{what} id '{ident}' is already used", hint="ids must be unique")


def _check_fields(fields: dict, allowed: tuple, what: str) -> None:
    if not fields:
        raise DeckError(f"nothing to change on the {what}")
    for name in fields:
        if name not in allowed:
            raise unknown(f"{what} field", name, allowed)


class Batch(Edit):
    """Several edits as one undo step, applied in order.

    The inverse is the inverses in reverse order. If one edit fails, those already
    applied are rolled back before the error propagates. ``inverse_label`` names the
    inverse batch (default: the same label, as both halves of one undo step).
    """

    def __init__(self, edits: Iterable[Edit], label: str = "Edit", inverse_label: str | None = None):
        self.edits = list(edits)
        for edit in self.edits:
            if not isinstance(edit, Edit):
                raise DeckError(f"a batch holds edits, not {type(edit).__name__}")
        self.label, self.inverse_label = label, inverse_label

    @property
    def touches(self) -> frozenset:
        return frozenset().union(*(e.touches for e in self.edits))

    def apply(self, deck: Deck) -> Edit:
        done: list[Edit] = []
        try:
            for edit in self.edits:
                done.append(edit.apply(deck))
        except Exception:
            for inverse in reversed(done):
                inverse.apply(deck)
            raise
        return Batch(reversed(done), self.inverse_label or self.label, self.label)


def _one_or_batch(edits: list[Edit], label: str, inverse_label: str) -> Edit:
    return edits[0] if len(edits) == 1 else Batch(edits, label, inverse_label)


# --- sources ------------------------------------------------------------------------------------

class AddSource(Edit):
    """Add a copy of ``source`` at position ``index`` among the sources (None: last)."""

    label = "Add source"
    touches = frozenset({SOURCES})

    def __init__(self, source: Source, index: int | None = None):
        self.source, self.index = copy.deepcopy(source), index

    def apply(self, deck: Deck) -> Edit:
        if not isinstance(self.source, Source):
            raise DeckError(f"expected a Source, not {type(self.source).__name__}")
        _check_new_id(self.source.id, deck.sources, "source")
        if not isinstance(self.source.path, str):
            raise DeckError(f"source '{self.source.id}': its path should be text")
        if self.index is not None:
            check_index(self.index, len(deck.sources), "source", end=True)
        _insert(deck.sources, self.source.id, copy.deepcopy(self.source), self.index)
        return RemoveSource(self.source.id)


def _remove_snippets(deck: Deck, ids: list[str]) -> list[Edit]:
    """Remove snippets ``ids`` (in deck order) and their citations; the edits that restore them."""
    positions = {k: i for i, k in enumerate(deck.snippets)}
    restore_slides: list[Edit] = []
    for i, slide in enumerate(deck.slides):
        stripped = strip_references(slide, ids)
        if stripped is not None:
            restore_slides.append(ReplaceSlide(i, slide, "Restore citations", validate=False))
            deck.slides[i] = stripped
    restore = [AddSnippet(deck.snippets.pop(k), positions[k]) for k in ids]
    return restore + restore_slides


class RemoveSource(Edit):
    """Remove a source, its snippets and every citation of them on slides.

    Citing items are removed from text slots and lists, table cells citing them are
    blanked and chart points keep their value without the citation. The inverse
    restores all of it exactly, positions included.
    """

    label = "Remove source"
    touches = frozenset({SOURCES, SNIPPETS, SLIDES})

    def __init__(self, id: str):
        self.id = id

    def apply(self, deck: Deck) -> Edit:
        if self.id not in deck.sources:
            raise unknown("source", self.id, deck.sources)
        index = list(deck.sources).index(self.id)
        restore = _remove_snippets(deck, [k for k, s in deck.snippets.items() if s.source == self.id])
        source = deck.sources.pop(self.id)
        return _one_or_batch([AddSource(source, index)] + restore, "Restore source", self.label)


class UpdateSource(Edit):
    """Change a source's citation fields: title, publisher, author, date, url.

    A title set here is a person's, so it is no longer marked as guessed (``title_guessed`` may also
    be given, True or False, to say so explicitly); undo restores the mark."""

    touches = frozenset({SOURCES})

    def __init__(self, id: str, /, **fields: str):
        self.id, self.fields = id, dict(fields)

    @property
    def label(self) -> str:
        return f"Edit source {next(iter(self.fields))}" if len(self.fields) == 1 else "Edit source"

    def apply(self, deck: Deck) -> Edit:
        if self.id not in deck.sources:
            raise unknown("source", self.id, deck.sources)
        fields = dict(self.fields)
        if "title" in fields:
            fields.setdefault("title_guessed", False)
        _check_fields(fields, SOURCE_FIELDS + ("title_guessed",), "source")
        for name, value in fields.items():
            if name == "title_guessed":
                if not isinstance(value, bool):
                    raise DeckError(f"title_guessed should be true or false, not {value!r}")
            elif not isinstance(value, str):
                raise DeckError(f"source {name} should be text, not {type(value).__name__}")
        source = deck.sources[self.id]
        old = {name: getattr(source, name) for name in fields}
        for name, value in fields.items():
            setattr(source, name, value)
        return UpdateSource(self.id, **old)


# --- snippets -----------------------------------------------------------------------------------

class AddSnippet(Edit):
    """Add a copy of ``snippet`` at position ``index`` among the snippets (None: last)."""

    touches = frozenset({SNIPPETS})

    def __init__(self, snippet: Snippet, index: int | None = None):
        self.snippet, self.index = copy.deepcopy(snippet), index

    @property
    def label(self) -> str:
        return f"Add {getattr(self.snippet, 'kind', 'snippet')}"

    def apply(self, deck: Deck) -> Edit:
        sn = self.snippet
        if not isinstance(sn, Snippet):
            raise DeckError(f"expected a Snippet, not {type(sn).__name__}")
        _check_new_id(sn.id, deck.snippets, "snippet")
        if sn.kind not in KINDS:
            raise unknown("snippet kind", sn.kind, KINDS)
        if sn.source not in deck.sources:
            raise unknown("source", sn.source, deck.sources, f"snippet '{sn.id}'")
        if not isinstance(sn.anchor, Anchor) or not isinstance(sn.text, str):
            raise DeckError(f"snippet '{sn.id}' needs an Anchor and a text")
        if self.index is not None:
            check_index(self.index, len(deck.snippets), "snippet", end=True)
        _insert(deck.snippets, sn.id, copy.deepcopy(sn), self.index)
        return RemoveSnippet(sn.id, kind=sn.kind)


class RemoveSnippet(Edit):
    """Remove a snippet and every citation of it on slides (as RemoveSource does).

    ``kind`` only sharpens the label ("Remove quote"); it is learnt on apply anyway.
    """

    touches = frozenset({SNIPPETS, SLIDES})

    def __init__(self, id: str, *, kind: str = ""):
        self.id, self.kind = id, kind

    @property
    def label(self) -> str:
        return f"Remove {self.kind or 'snippet'}"

    def apply(self, deck: Deck) -> Edit:
        if self.id not in deck.snippets:
            raise unknown("snippet", self.id, deck.snippets)
        self.kind = deck.snippets[self.id].kind
        restore = _remove_snippets(deck, [self.id])
        return _one_or_batch(restore, f"Restore {self.kind}", self.label)


def _check_snippet_value(name: str, value):
    """The value to store for field ``name``, or DeckError."""
    if name in SNIPPET_TEXT_FIELDS:
        if not isinstance(value, str):
            raise DeckError(f"snippet {name} should be text, not {type(value).__name__}")
        return value
    if name in SNIPPET_NUMBER_FIELDS:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise DeckError(f"snippet {name} should be a number or None, not {value!r}")
        return float(value) if name == "value" else value
    if not isinstance(value, (list, tuple)) or not all(isinstance(t, str) for t in value):
        raise DeckError(f"snippet {name} should be a list of text")
    return list(value)


class UpdateSnippet(Edit):
    """Change a snippet's fields: text (what slides show), speaker, role, said_on, value, unit,
    measure, quantity, tags, score.

    A quote whose text differs from its anchor becomes edited (:attr:`Snippet.edited`);
    an empty text goes back to the anchor's exact words. ``kind`` only sharpens the label.
    """

    touches = frozenset({SNIPPETS})

    def __init__(self, id: str, /, *, kind: str = "", **fields):
        self.id, self.kind, self.fields = id, kind, dict(fields)

    @property
    def label(self) -> str:
        kind = self.kind or "snippet"
        return f"Edit {kind} {next(iter(self.fields))}" if len(self.fields) == 1 else f"Edit {kind}"

    def apply(self, deck: Deck) -> Edit:
        if self.id not in deck.snippets:
            raise unknown("snippet", self.id, deck.snippets)
        _check_fields(self.fields, SNIPPET_FIELDS, "snippet")
        snippet = deck.snippets[self.id]
        new = {name: _check_snippet_value(name, value) for name, value in self.fields.items()}
        if new.get("text") == "":
            new["text"] = snippet.anchor.exact
        self.kind = snippet.kind
        old = {name: copy.copy(getattr(snippet, name)) for name in new}
        for name, value in new.items():
            setattr(snippet, name, value)
        return UpdateSnippet(self.id, kind=snippet.kind, **old)


def new_snippet_id(deck: Deck, kind: str, source_id: str) -> str:
    """A readable id not yet used, like ``ledger-q3`` for the third quote from ``ledger``."""
    if kind not in KINDS:
        raise unknown("snippet kind", kind, KINDS)
    if source_id not in deck.sources:
        raise unknown("source", source_id, deck.sources)
    n = 1 + sum(1 for s in deck.snippets.values() if s.source == source_id and s.kind == kind)
    while f"{source_id}-{ID_LETTERS[kind]}{n}" in deck.snippets:
        n += 1
    return f"{source_id}-{ID_LETTERS[kind]}{n}"


# --- the deck itself ----------------------------------------------------------------------------

class SetDeckField(Edit):
    """Set the deck's title, subtitle, author, date or template."""

    touches = frozenset({DECK})

    def __init__(self, name: str, value: str):
        self.name, self.value = name, value

    @property
    def label(self) -> str:
        return "Change template" if self.name == "template" else f"Edit deck {self.name}"

    def apply(self, deck: Deck) -> Edit:
        if self.name not in DECK_FIELDS:
            raise unknown("deck field", self.name, DECK_FIELDS)
        if not isinstance(self.value, str):
            raise DeckError(f"deck {self.name} should be text, not {type(self.value).__name__}")
        if self.name == "template" and not self.value.strip():
            raise DeckError("the template name cannot be empty")
        old = getattr(deck, self.name)
        setattr(deck, self.name, self.value)
        return SetDeckField(self.name, old)
