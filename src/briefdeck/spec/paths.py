"""Which files a deck may read: those in its own folder, and outside it only what this user allowed.

A deck file is a document people send each other. If it could name any file on disk
(``../../.ssh/id_rsa``, ``/etc/passwd``, a symlink pointing out of the folder), opening
and exporting someone else's deck would copy that file's text into slides and speaker
notes. So a path that resolves outside the deck's folder is refused, unless

- the command says so (``--allow-outside``), or
- this user made the deck from those files (``briefdeck draft``, or the editor): each
  such (deck file, source file) pair is remembered in ``trusted-sources.json`` in the
  state folder, so the same deck reopens without asking, and no other deck gains
  anything from it.
"""
from __future__ import annotations

import json
from pathlib import Path

from briefdeck.atomic import write_text
from briefdeck.resources import state_dir


def _store() -> Path:
    return state_dir() / "trusted-sources.json"


def _load() -> dict[str, list[str]]:
    try:
        data = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def inside(base: Path, target: Path) -> bool:
    """True when ``target`` (symlinks followed) lies in ``base``'s folder tree."""
    try:
        target.resolve().relative_to(base.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def trusted(deck_file: Path, target: Path) -> bool:
    try:
        allowed = _load().get(str(deck_file.resolve()), [])
        return str(target.resolve()) in allowed
    except (ValueError, OSError, RuntimeError):
        return False


def trust(deck_file: Path, targets: list[Path]) -> None:
    """Remember that this user chose these files for this deck file."""
    data = _load()
    key = str(Path(deck_file).resolve())
    known = set(data.get(key, []))
    known.update(str(Path(t).resolve()) for t in targets)
    data[key] = sorted(known)
    _store().parent.mkdir(parents=True, exist_ok=True)
    write_text(_store(), json.dumps(data, indent=1))


class Policy:
    """Decides for one deck file; ``allow_outside`` is the command's explicit permission."""

    def __init__(self, deck_file: Path, allow_outside: bool = False):
        self.deck_file = Path(deck_file)
        self.base = self.deck_file.parent
        self.allow_outside = allow_outside

    def allows(self, target: Path) -> bool:
        return self.allow_outside or inside(self.base, target) or trusted(self.deck_file, target)


def refusal(ident: str, rel: str) -> tuple[str, str]:
    """The message and hint for a source the deck may not read."""
    return (f"source '{ident}': '{rel}' is outside the deck's folder, so it is not read "
            "(a deck from someone else could otherwise copy any of your files into its slides)",
            "move the file next to the deck, or allow it: --allow-outside on the command line, "
            "or confirm in the editor")
