"""Long work off the GUI thread: a QRunnable with a signals object, as Qt intends.

``run_in_background(fn, *args, on_done=..., on_error=..., on_progress=...)`` calls
``fn(*args, progress=emit)`` in the thread pool; results and errors come back on
the GUI thread through queued signals.
"""
from __future__ import annotations

import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefdeck.core import BriefdeckError


class WorkerSignals(QObject):
    progress = Signal(int, int, str)    # done, total, what
    done = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    def __init__(self, fn, *args, with_progress: bool = True):
        super().__init__()
        self.fn, self.args, self.with_progress = fn, args, with_progress
        self.signals = WorkerSignals()
        self.cancelled = False

    def run(self) -> None:
        def progress(done: int, total: int, what: str = "") -> None:
            if not self.cancelled:
                self.signals.progress.emit(done, total, what)
        try:
            kwargs = {"progress": progress} if self.with_progress else {}
            result = self.fn(*self.args, **kwargs)
        except BriefdeckError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: say so plainly instead of dying in a thread
            self.signals.failed.emit(f"Unexpected error: {type(exc).__name__}: {exc}\n\n{traceback.format_exc()}")
        else:
            if not self.cancelled:
                self.signals.done.emit(result)


_KEEP: set[Worker] = set()    # the signals object must outlive the runnable until its signals are delivered


def run_in_background(fn, *args, on_done=None, on_error=None, on_progress=None, with_progress: bool = True,
                      pool: QThreadPool | None = None) -> Worker:
    worker = Worker(fn, *args, with_progress=with_progress)
    worker.setAutoDelete(False)
    if on_done:
        worker.signals.done.connect(on_done)
    if on_error:
        worker.signals.failed.connect(on_error)
    if on_progress:
        worker.signals.progress.connect(on_progress)
    _KEEP.add(worker)
    worker.signals.done.connect(lambda *_: _KEEP.discard(worker))
    worker.signals.failed.connect(lambda *_: _KEEP.discard(worker))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
