"""Long work off the GUI thread.

``run_in_background(fn, *args, on_done=..., on_error=..., on_progress=..., on_partial=...)`` calls
``fn(*args, progress=emit)`` on a Python thread. That thread never touches Qt: what it reports (progress,
parts of the result, the result or the error) goes into a queue, and one timer on the GUI thread hands it
to the callbacks there, in order. (Qt objects must also never be freed on a worker thread by Python's
cycle collector: see ``collector``.)
"""
from __future__ import annotations

import queue
import sys
import threading
import time
import traceback

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from briefdeck.core import BriefdeckError

POLL_MS = 25          # how often the GUI thread looks for news: quick to the eye, idle to the processor


class Task:
    """One piece of background work: ``cancel()`` asks it to stop (work given ``partial`` sees it through
    ``stopped()``); what it returns is still delivered."""

    def __init__(self, fn, args, *, on_done, on_error, on_progress, on_partial, with_progress):
        self.fn, self.args = fn, args
        self.on_done, self.on_error, self.on_progress, self.on_partial = on_done, on_error, on_progress, on_partial
        self.with_progress = with_progress
        self.cancelled = False
        self.finished = False
        self._delivering = False
        self._news: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="briefdeck-worker")

    def start(self) -> None:
        _watch(self)
        self._thread.start()

    def cancel(self) -> None:
        self.cancelled = True

    # --- on the worker thread: plain Python only ---------------------------------------------------
    def _run(self) -> None:
        def progress(done: int, total: int, what: str = "") -> None:
            if not self.cancelled:
                self._news.put(("progress", (done, total, what)))
        try:
            kwargs = {"progress": progress} if self.with_progress else {}
            if self.on_partial is not None:
                kwargs.update(partial=lambda part: self._news.put(("partial", part)), stopped=lambda: self.cancelled)
            self._news.put(("done", self.fn(*self.args, **kwargs)))
        except BriefdeckError as exc:
            self._news.put(("failed", str(exc)))
        except Exception as exc:  # a bug: say so plainly instead of dying in a thread
            self._news.put(("failed", f"Unexpected error: {type(exc).__name__}: {exc}\n\n{traceback.format_exc()}"))

    # --- on the GUI thread ---------------------------------------------------------------------------
    def deliver(self) -> None:
        """Hand what the work reported so far to the callbacks; progress only as its latest value. Not
        again from inside a callback (a progress dialog runs the event loop): news stays in order."""
        if self._delivering:
            return
        self._delivering = True
        try:
            self._deliver()
        finally:
            self._delivering = False

    def _deliver(self) -> None:
        latest = None
        for _ in range(self._news.qsize()):      # only what is there now: work that reports without pause
            if self.finished:                    # must not keep the GUI thread here
                break
            if not all(_alive(cb) for cb in (self.on_done, self.on_error, self.on_progress, self.on_partial)):
                self._finish()                   # its window was closed meanwhile: no one is left to tell
                break
            try:
                kind, value = self._news.get_nowait()
            except queue.Empty:
                break
            if kind == "progress":
                latest = value
                continue
            if latest is not None and self.on_progress:
                self.on_progress(*latest)
            latest = None
            if kind == "partial":
                self.on_partial(value)
            else:
                self._finish()
                callback = self.on_done if kind == "done" else self.on_error
                if callback:
                    callback(value)
        if latest is not None and self.on_progress and not self.finished:
            self.on_progress(*latest)

    def _finish(self) -> None:
        self.finished = True
        if self in _RUNNING:
            _RUNNING.remove(self)


def _alive(callback) -> bool:
    """Whether the Qt object a callback is a method of (a window, a document) still exists; a plain function
    always does."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


# One timer, owned by the application, polls every task: a timer of each task's own would be freed
# from inside its own timeout, when the task's last reference goes.
_RUNNING: list[Task] = []
_POLLER: list[QTimer] = []


def _watch(task: Task) -> None:
    if not _POLLER:
        poller = QTimer(QCoreApplication.instance(), interval=POLL_MS)     # the application owns it
        poller.timeout.connect(_poll)
        _POLLER.append(poller)
    _RUNNING.append(task)
    if not _POLLER[0].isActive():
        _POLLER[0].start()


def _poll() -> None:
    for task in list(_RUNNING):
        task.deliver()
    if not _RUNNING:
        _POLLER[0].stop()


def wait(timeout: float = 20.0) -> bool:
    """Wait (on the GUI thread, blocking it) until all background work has finished, and deliver what it
    reported; False if some is still running after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    for task in list(_RUNNING):
        task._thread.join(max(0.0, end - time.monotonic()))
        task.deliver()
    return not _RUNNING


# What each kind of background work imports. PySide6 hooks every import of a Python module (its
# "__feature__" support inspects the module's source), and that hook running in a worker thread while
# the window runs has crashed the process; so the modules a worker needs are imported here, on the GUI
# thread, before it starts (each only once: later imports are a dictionary lookup).
PLAN = ("briefdeck.writers.export", "briefdeck.writers.plan_layouts", "briefdeck.writers.plan_cache",
        "briefdeck.extract.labels", "briefdeck.writers.chart_image", "matplotlib.pyplot",
        "matplotlib.backends.backend_agg",
        # fontTools reads each table of a font through a module it imports on first use, and Pillow loads
        # its image plugins on first open: both would otherwise import inside the worker
        "fontTools.unicode", "fontTools.misc.arrayTools", "fontTools.misc.encodingTools",
        "fontTools.encodings.codecs", "fontTools.ttLib.standardGlyphOrder", "fontTools.ttLib.tables._c_m_a_p",
        "fontTools.ttLib.tables._h_e_a_d", "fontTools.ttLib.tables._h_h_e_a", "fontTools.ttLib.tables._h_m_t_x",
        "fontTools.ttLib.tables._m_a_x_p", "fontTools.ttLib.tables._p_o_s_t", "fontTools.ttLib.tables.O_S_2f_2",
        "PIL.BmpImagePlugin", "PIL.GifImagePlugin", "PIL.JpegImagePlugin", "PIL.PpmImagePlugin",
        "PIL.PngImagePlugin")
EXPORT = PLAN + ("briefdeck.writers.pptx_emit", "briefdeck.writers.pptx_chart", "briefdeck.writers.chart_workbook",
                 "briefdeck.writers.pptx_template", "pptx.chart.data", "pptx.chart.xlsx")
# every text encoding a source may be read in: Python imports a codec's module when it is first used
ALL_CODECS = "encodings (every codec charset-normalizer tries)"
EXTRACT = ("briefdeck.extract", "briefdeck.extract.pipeline", "briefdeck.extract.extractor",
           "briefdeck.extract.corroborate", "briefdeck.extract.claims", "briefdeck.extract.quotes",
           "briefdeck.extract.figures", "briefdeck.extract.centrality", "briefdeck.readers", "numpy",
           "_strptime", ALL_CODECS)


def preload(modules) -> None:
    """Import ``modules`` on this (the GUI) thread; one that fails is left for the worker to report."""
    import importlib
    for name in modules:
        if name == ALL_CODECS:
            from charset_normalizer.constant import IANA_SUPPORTED
            preload(tuple(f"encodings.{codec}" for codec in IANA_SUPPORTED))
        elif name not in sys.modules:
            try:
                importlib.import_module(name)
            except Exception:   # noqa: BLE001 - the worker reports it with its own message
                pass


def run_in_background(fn, *args, on_done=None, on_error=None, on_progress=None, on_partial=None,
                      with_progress: bool = True, needs=()) -> Task:
    """Run ``fn`` on a worker thread; ``needs`` are modules imported first, on this thread. With
    ``on_partial``, ``fn`` also gets ``partial(part)`` to hand over parts of its result as they are ready
    and ``stopped()`` to see whether it was cancelled."""
    preload(needs)
    task = Task(fn, args, on_done=on_done, on_error=on_error, on_progress=on_progress, on_partial=on_partial,
                with_progress=with_progress)
    task.start()
    return task
