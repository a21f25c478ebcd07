"""One editor per deck file: a lock says which process has it open, so a second window is warned.

The lock lives in the state folder (not next to the deck, which may be a shared or
read-only folder) and holds the owner's pid, host and start time. A lock whose process
is gone on this host is stale and is taken over silently.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import time
from pathlib import Path

from briefdeck.atomic import write_text
from briefdeck.resources import state_dir


def _file(deck: Path) -> Path:
    return state_dir() / "locks" / (hashlib.sha1(str(deck.resolve()).encode()).hexdigest()[:16] + ".json")


def holder(deck: Path) -> dict | None:
    """Who else has ``deck`` open (pid, host, since), or None."""
    try:
        info = json.loads(_file(deck).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or info.get("pid") == os.getpid() and info.get("host") == socket.gethostname():
        return None
    if info.get("host") == socket.gethostname() and not alive(int(info.get("pid", 0))):
        return None                                  # stale: its process is gone
    return info


def acquire(deck: Path) -> None:
    target = _file(deck)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_text(target, json.dumps({"deck": str(deck.resolve()), "pid": os.getpid(),
                                   "host": socket.gethostname(), "since": time.time()}))


def release(deck: Path | None) -> None:
    if deck is None:
        return
    try:
        info = json.loads(_file(deck).read_text(encoding="utf-8"))
        if info.get("pid") == os.getpid() and info.get("host") == socket.gethostname():
            _file(deck).unlink()
    except (OSError, ValueError):
        pass


def describe(info: dict) -> str:
    since = time.strftime("%H:%M", time.localtime(float(info.get("since", 0))))
    return f"another briefdeck window (process {info.get('pid')} on {info.get('host')}, since {since})"


def alive(pid: int) -> bool:
    """Is process ``pid`` running on this host? (This process counts.)"""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
