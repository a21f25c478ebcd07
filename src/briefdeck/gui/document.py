"""The open deck: its file, its undo history and the snippets extraction proposed for its sources.

Every change goes through :meth:`Document.do` with a pure edit from
``briefdeck.core.edits``; the undo stack replays the edit's inverse. Views listen
to :attr:`Document.changed`, which says what changed ("sources", "snippets",
"slides", "deck"), and redraw only that.
"""
from __future__ import annotations

import copy
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefdeck.core import BriefdeckError, Deck, Snippet, Source
from briefdeck.core.edit_log import encode
from briefdeck.core.edits import Edit
from briefdeck.core.deck import NEW_DECK_TITLE
from briefdeck.gui.journal import Journal, JournalWriter


class EditCommand(QUndoCommand):
    """One undo step: redo applies the edit, undo applies the inverse it returned."""

    def __init__(self, document: Document, edit: Edit, merge: str = ""):
        super().__init__(edit.label)
        self.document = document
        self.edit = edit
        self.merge = merge             # commands with the same non-empty key in a row are one undo step
        self.inverse: Edit | None = None
        self.applied = False           # applied before the push: the push's own redo() is skipped

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other) -> bool:
        """One step made of several (typing in one field, files added in a batch): redo does both in
        order, undo undoes both in reverse order."""
        if not isinstance(other, EditCommand) or other.merge != self.merge:
            return False
        from briefdeck.core.edits import Batch
        self.edit = Batch([self.edit, other.edit], self.edit.label)
        self.inverse = Batch([other.inverse, self.inverse], self.edit.label)
        return True

    def apply(self) -> None:
        self.inverse = self.document.apply(self.edit)
        self.applied = True
        self.document.changed.emit(set(self.edit.touches))

    def redo(self) -> None:
        if self.applied:
            self.applied = False
            return
        self.apply()
        self.applied = False

    def undo(self) -> None:
        if self.inverse is not None:
            self.edit = self.document.apply(self.inverse)
            self.document.changed.emit(set(self.inverse.touches))


class Document(QObject):
    changed = Signal(set)          # what changed: {"sources", "snippets", "slides", "deck"}
    path_changed = Signal()
    candidates_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.deck = Deck(title=NEW_DECK_TITLE)
        self.path: Path | None = None
        self.journal = JournalWriter(None)
        self.undo = QUndoStack(self)
        # signal to signal, so Qt drops the link when the document goes: a lambda would still run while the undo
        # stack is torn down after the document ("Signal source has been deleted" on closing the window)
        self.undo.cleanChanged.connect(self.path_changed)
        self.candidates: dict[str, list[Snippet]] = {}   # source id -> proposed snippets
        self.diagnostics: list = []

    # --- state --------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return not self.undo.isClean()

    @property
    def name(self) -> str:
        return self.path.name if self.path else "Untitled"

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def do(self, edit: Edit, merge: str = "") -> None:
        """Apply ``edit`` as one undoable step (merged with the previous one when both carry the same
        ``merge`` key); a BriefdeckError leaves the deck unchanged."""
        command = EditCommand(self, edit, merge)
        command.apply()                 # raises before anything is pushed when the edit is refused
        self.undo.push(command)

    def apply(self, edit: Edit) -> Edit:
        """Apply ``edit`` to the deck and journal it once applied; returns its inverse."""
        try:
            encoded = encode(edit)
        except TypeError:
            encoded = None                 # journalled as the whole deck instead
        inverse = edit.apply(self.deck)
        self.journal.record(encoded, self.deck)
        return inverse

    def _new_journal(self) -> None:
        self.journal.discard()
        self.journal = JournalWriter(self.path)
    # --- files --------------------------------------------------------------------------
    def new(self) -> None:
        from briefdeck.gui import locks
        locks.release(self.path)
        self.deck = Deck(title=NEW_DECK_TITLE)
        self.path = None
        self.candidates = {}
        self.undo.clear()
        self._new_journal()
        self._all_changed()

    def open(self, path: str | Path, allow_outside: bool = False) -> None:
        from briefdeck.gui import locks
        from briefdeck.spec import load_deck
        loaded = load_deck(path, allow_outside=allow_outside)
        locks.release(self.path)
        if allow_outside:                 # the user said yes once: this deck may read these files from now on
            from briefdeck.spec.paths import trust
            trust(Path(path), [self._resolve(Path(path).parent, s.path) for s in loaded.deck.sources.values()])
        self.deck = loaded.deck
        self.diagnostics = loaded.diagnostics
        self.path = Path(path).resolve()
        self.candidates = {}
        self.undo.clear()
        self._new_journal()
        self._all_changed()

    def recover(self, journal: Journal) -> list[str]:
        """The deck a crash left unsaved, exactly as it was after its last change; unsaved until saved,
        and its journal kept (carried on by this window) until then. Returns notes for the user."""
        from briefdeck.gui import locks
        deck, notes = journal.replay()
        locks.release(self.path)
        self.journal.discard()
        self.deck = deck
        self.path = Path(journal.deck_path).resolve() if journal.deck_path else None
        if self.path:
            locks.acquire(self.path)
        self.journal = JournalWriter(self.path, adopt=journal.file)
        self.candidates = {}
        self.diagnostics = []
        self.undo.clear()
        self.undo.resetClean()
        self._all_changed()
        return notes

    def save(self, path: str | Path | None = None) -> Path:
        """Write the deck atomically; source paths become relative to the deck file."""
        from briefdeck.spec import save_deck
        target = Path(path or self.path or "").resolve()
        if not str(path or self.path or ""):
            raise BriefdeckError("the deck has no file name yet", hint="use Save As")
        snapshot = copy.copy(self.deck)
        snapshot.sources = {sid: _rebased(src, self.base_dir, target.parent) for sid, src in self.deck.sources.items()}
        save_deck(snapshot, target)
        from briefdeck.gui import locks
        if self.path and self.path != target:
            locks.release(self.path)
        locks.acquire(target)
        from briefdeck.spec.paths import trust
        trust(target, [self._resolve(target.parent, s.path) for s in snapshot.sources.values()])
        self.deck.sources = snapshot.sources
        self.path = target
        self.undo.setClean()
        self._new_journal()             # the saved file is the new base: earlier changes are safe in it
        self.path_changed.emit()
        return target

    def close(self) -> None:
        """The window is closing with nothing left to keep: the journal goes."""
        self.journal.discard()

    @staticmethod
    def _resolve(base: Path, path: str) -> Path:
        p = Path(path)
        return p if p.is_absolute() else (base / p).resolve()

    def absolute(self, source: Source) -> Path:
        p = Path(source.path)
        return p if p.is_absolute() else (self.base_dir / p).resolve()

    # --- candidates from extraction -----------------------------------------------------
    def set_candidates(self, snippets: list[Snippet]) -> None:
        for sn in snippets:
            self.candidates.setdefault(sn.source, [])
        by_source: dict[str, list[Snippet]] = {}
        for sn in snippets:
            by_source.setdefault(sn.source, []).append(sn)
        self.candidates.update(by_source)
        self.candidates_changed.emit()

    def picked(self, candidate: Snippet) -> Snippet | None:
        """The deck's snippet for this candidate, if it was picked (same source, kind and place)."""
        for sn in self.deck.snippets.values():
            if (sn.source == candidate.source and sn.kind == candidate.kind
                    and sn.anchor.start == candidate.anchor.start and sn.anchor.end == candidate.anchor.end):
                return sn
        return None

    def _all_changed(self) -> None:
        self.changed.emit({"sources", "snippets", "slides", "deck"})
        self.candidates_changed.emit()
        self.path_changed.emit()


def _rebased(source: Source, old_dir: Path, new_dir: Path) -> Source:
    path = Path(source.path)
    absolute = path if path.is_absolute() else (old_dir / path)
    try:
        rel = os.path.relpath(absolute.resolve(), new_dir.resolve())
    except ValueError:                   # another drive on Windows: keep it absolute
        rel = str(absolute)
    moved = copy.copy(source)
    moved.path = Path(rel).as_posix()
    return moved
