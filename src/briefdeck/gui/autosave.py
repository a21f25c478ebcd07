"""Autosave journal: unsaved work is written aside every little while, and offered back after a crash.

A journal is the deck as YAML plus a small JSON note (which deck file it belongs to,
when, by which process). Saving, or closing without changes, removes it. A journal
whose process is gone is a crash's leftover: the next start offers to recover it.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from briefdeck.atomic import write_text
from briefdeck.gui.locks import alive as _alive
from briefdeck.resources import state_dir


def journal_dir() -> Path:
    return state_dir() / "recovery"


@dataclass
class Journal:
    yaml_file: Path
    deck_path: str          # "" for a deck never saved
    saved_at: float
    pid: int

    @property
    def note_file(self) -> Path:
        return self.yaml_file.with_suffix(".json")

    def text(self) -> str:
        return self.yaml_file.read_text(encoding="utf-8")

    def discard(self) -> None:
        for f in (self.yaml_file, self.note_file):
            try:
                f.unlink()
            except OSError:
                pass

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        return f"{Path(self.deck_path).name if self.deck_path else 'an unsaved deck'} (autosaved {when})"


class Autosaver:
    """Writes the journal for one open deck; one journal per deck file (or per window when unsaved)."""

    def __init__(self):
        self.current: Journal | None = None

    def _file_for(self, deck_path: Path | None) -> Path:
        key = str(deck_path.resolve()) if deck_path else f"untitled-{os.getpid()}-{id(self)}"
        return journal_dir() / f"{hashlib.sha1(key.encode()).hexdigest()[:16]}.yaml"

    def write(self, yaml_text: str, deck_path: Path | None) -> Journal:
        target = self._file_for(deck_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        if self.current and self.current.yaml_file != target:
            self.current.discard()
        write_text(target, yaml_text)
        journal = Journal(target, str(deck_path or ""), time.time(), os.getpid())
        write_text(journal.note_file, json.dumps({"deck": journal.deck_path, "saved_at": journal.saved_at,
                                                  "pid": journal.pid}))
        self.current = journal
        return journal

    def clear(self) -> None:
        if self.current:
            self.current.discard()
            self.current = None


def leftovers() -> list[Journal]:
    """Journals whose process is gone: work a crash (or a kill) left unsaved, newest first."""
    found = []
    folder = journal_dir()
    if not folder.is_dir():
        return []
    for note in folder.glob("*.json"):
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            journal = Journal(note.with_suffix(".yaml"), data.get("deck", ""), float(data["saved_at"]),
                              int(data["pid"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if journal.yaml_file.is_file() and not _alive(journal.pid):
            found.append(journal)
    return sorted(found, key=lambda j: -j.saved_at)
