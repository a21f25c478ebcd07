"""The journal: every change to the open deck, written to disk as it is made, so no edit is lost.

One journal per open deck, in the state folder's ``recovery/``: ``ID.jsonl`` holds a header
line (what the edits apply to: a deck file and a hash of its bytes, or a new deck) and then one
line per applied edit, undo and redo (``briefdeck.core.edit_log``), each appended, flushed and
synced before the window goes on. ``ID.json`` says which process owns it. Saving starts a fresh
journal; closing cleanly deletes it. A journal whose process is gone and that holds edits is
work a crash or a kill left unsaved: replaying its lines on its base gives back the deck exactly
as it was after the last completed edit (a line cut short by the kill is ignored).
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from briefdeck.atomic import write_text
from briefdeck.core import BriefdeckError, Deck
from briefdeck.core.deck import NEW_DECK_TITLE
from briefdeck.core.edit_log import decode, encode
from briefdeck.gui.locks import alive
from briefdeck.resources import state_dir

VERSION = 1


def journal_dir() -> Path:
    return state_dir() / "recovery"


def file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


class JournalWriter:
    """Appends the changes of one open deck. Nothing is written until the first change."""

    def __init__(self, deck_path: Path | None, folder: Path | None = None, *, adopt: Path | None = None):
        self.deck_path = deck_path
        self.file = adopt or (folder or journal_dir()) / f"{os.getpid()}-{time.time_ns()}.jsonl"
        self._handle = None
        self.count = 0
        if adopt is not None:              # a recovered journal: this process carries it on
            self._open()
            self._write_note()

    @property
    def note_file(self) -> Path:
        return self.file.with_suffix(".json")

    def _open(self) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        fresh = not self.file.exists()
        self._handle = open(self.file, "a", encoding="utf-8")
        if fresh:
            base = {"deck": str(self.deck_path or ""), "sha256": file_hash(self.deck_path) if self.deck_path else ""}
            self._append({"briefdeck_journal": VERSION, "base": base, "started": time.time()})
            self._write_note()

    def _write_note(self) -> None:
        write_text(self.note_file, json.dumps({"pid": os.getpid(), "deck": str(self.deck_path or ""),
                                               "journal": self.file.name}))

    def _append(self, record: dict) -> None:
        self._handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def record(self, encoded_edit, deck: Deck) -> None:
        """One applied edit (as ``encode`` made it); an edit that could not be encoded is journalled as
        the whole deck after it (``encoded_edit`` None)."""
        if self._handle is None:
            self._open()
        self._append({"edit": encoded_edit} if encoded_edit is not None else {"deck": encode(deck)})
        self.count += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def discard(self) -> None:
        """The work is saved or given up: the journal goes."""
        self.close()
        for f in (self.file, self.note_file):
            try:
                f.unlink()
            except OSError:
                pass


@dataclass
class Journal:
    """A journal left on disk by a process that is gone."""

    file: Path
    deck_path: str
    sha256: str
    edits: list = field(default_factory=list)     # the records after the header, as read
    last_change: float = 0.0

    @property
    def note_file(self) -> Path:
        return self.file.with_suffix(".json")

    def describe(self) -> str:
        when = time.strftime("%H:%M on %Y-%m-%d", time.localtime(self.last_change))
        what = Path(self.deck_path).name if self.deck_path else "an untitled deck"
        n = len(self.edits)
        return f"{what}: {n} change{'s' * (n != 1)} not saved, the last at {when}"

    def discard(self) -> None:
        for f in (self.file, self.note_file):
            try:
                f.unlink()
            except OSError:
                pass

    def replay(self) -> tuple[Deck, list[str]]:
        """The deck as it was after the last journalled change, and notes for the user."""
        from briefdeck.spec import load_deck
        notes = []
        if self.deck_path:
            path = Path(self.deck_path)
            deck = load_deck(path, allow_outside=True).deck      # the user's own files, open in their window
            if self.sha256 and file_hash(path) != self.sha256:
                notes.append(f"{path.name} changed on disk since; the changes were replayed on the file as it is now")
        else:
            deck = Deck(title=NEW_DECK_TITLE)
        for n, record in enumerate(self.edits, 1):
            try:
                if "deck" in record:
                    deck = decode(record["deck"])
                else:
                    decode(record["edit"]).apply(deck)
            except (BriefdeckError, KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
                notes.append(f"recovered {n - 1} of {len(self.edits)} changes; change {n} could not be "
                             f"replayed ({exc})")
                break
        return deck, notes


def read(file: Path) -> Journal | None:
    """A journal file as written; None when it has no readable header."""
    try:
        lines = file.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    records = []
    for line in lines:
        try:
            records.append(json.loads(line))
        except ValueError:
            break                         # the end, or a line the kill cut short: what came before is whole
    if not records or records[0].get("briefdeck_journal") != VERSION:
        return None
    base = records[0].get("base") or {}
    try:
        last = file.stat().st_mtime
    except OSError:
        last = time.time()
    return Journal(file, str(base.get("deck", "")), str(base.get("sha256", "")), records[1:], last)


def leftovers() -> list[Journal]:
    """Journals with unsaved changes whose process is gone, newest first; empty ones are tidied away."""
    folder = journal_dir()
    if not folder.is_dir():
        return []
    found = []
    for note in folder.glob("*.json"):
        try:
            info = json.loads(note.read_text(encoding="utf-8"))
            pid = int(info["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if "journal" not in info:         # not a journal of this kind: leave it alone
            continue
        if alive(pid):
            continue
        journal = read(note.with_suffix(".jsonl"))
        if journal is None or not journal.edits:
            for f in (note, note.with_suffix(".jsonl")):
                try:
                    f.unlink()
                except OSError:
                    pass
            continue
        found.append(journal)
    return sorted(found, key=lambda j: -j.last_change)
