"""Atomic file writes: a failed write never leaves a half file or destroys the old one."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from briefdeck.core import ExportError


@contextmanager
def atomic_path(target: str | Path, durable: bool = True):
    """Yield a temporary path next to ``target``; on success it replaces ``target`` in one step.

    Write the whole file to the yielded path. If the block raises, the
    temporary file is removed and ``target`` is left as it was. ``durable``
    also waits for the bytes to reach the disk before the swap, so a power cut
    leaves the old file or the new one; a cache, which can be rebuilt, skips that wait.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{folder}: folder does not exist", hint="create it or choose another output path")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write here ({exc.strerror or exc})",
                          hint="choose a folder you can write to") from None
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        if durable:
            with open(tmp_path, "rb+") as fh:
                os.fsync(fh.fileno())
        if target.exists():
            os.chmod(tmp_path, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp_path, 0o666 & ~_umask())
        os.replace(tmp_path, target)
    except OSError as exc:
        raise ExportError(f"{target}: could not be written ({exc.strerror or exc}); the previous file, "
                          "if any, is unchanged") from None
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_bytes(target: str | Path, data: bytes, durable: bool = True) -> None:
    with atomic_path(target, durable) as tmp:
        tmp.write_bytes(data)


def write_text(target: str | Path, text: str, durable: bool = True) -> None:
    write_bytes(target, text.encode("utf-8"), durable)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
