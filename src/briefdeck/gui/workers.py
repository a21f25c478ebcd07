"""Long work off the GUI thread: a QRunnable with a signals object, as Qt intends.

``run_in_background(fn, *args, on_done=..., on_error=..., on_progress=...)`` calls
``fn(*args, progress=emit)`` in the thread pool; results and errors come back on
the GUI thread through queued signals.
"""
from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from briefdeck.core import BriefdeckError


class WorkerSignals(QObject):
    progress = Signal(int, int, str)    # done, total, what
    partial = Signal(object)            # a part of the result, as soon as it is ready
    done = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    def __init__(self, fn, *args, with_progress: bool = True, with_partial: bool = False):
        super().__init__()
        self.fn, self.args, self.with_progress, self.with_partial = fn, args, with_progress, with_partial
        self.signals = WorkerSignals()
        self.cancelled = False

    def cancel(self) -> None:
        """Ask the work to stop; it sees it through ``stopped()`` (work given ``partial``); what it returns
        is still delivered."""
        self.cancelled = True

    def run(self) -> None:
        def progress(done: int, total: int, what: str = "") -> None:
            if not self.cancelled:
                self.signals.progress.emit(done, total, what)
        try:
            kwargs = {"progress": progress} if self.with_progress else {}
            if self.with_partial:
                kwargs.update(partial=self.signals.partial.emit, stopped=lambda: self.cancelled)
            result = self.fn(*self.args, **kwargs)
        except BriefdeckError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: say so plainly instead of dying in a thread
            self.signals.failed.emit(f"Unexpected error: {type(exc).__name__}: {exc}\n\n{traceback.format_exc()}")
        else:
            try:
                self.signals.done.emit(result)
            except RuntimeError:      # the window went away while the work ran: nobody to tell
                pass


_KEEP: set[Worker] = set()    # the signals object must outlive the runnable until its signals are delivered


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
                      with_progress: bool = True, pool: QThreadPool | None = None, needs=()) -> Worker:
    """Run ``fn`` in the thread pool; ``needs`` are modules imported first, on this thread. With
    ``on_partial``, ``fn`` also gets ``partial(part)`` to hand over parts of its result as they are ready
    and ``stopped()`` to see whether it was cancelled."""
    preload(needs)
    worker = Worker(fn, *args, with_progress=with_progress, with_partial=on_partial is not None)
    if on_partial:
        worker.signals.partial.connect(on_partial)
    worker.setAutoDelete(False)
    if on_done:
        worker.signals.done.connect(on_done)
    if on_error:
        worker.signals.failed.connect(on_error)
    if on_progress:
        worker.signals.progress.connect(on_progress)
    _KEEP.add(worker)
    # let go of the worker (and with it its signals object) once the event loop is back: releasing it
    # from inside its own done/failed signal would delete the sender while Qt is still emitting
    worker.signals.done.connect(lambda *_: QTimer.singleShot(0, lambda: _KEEP.discard(worker)))
    worker.signals.failed.connect(lambda *_: QTimer.singleShot(0, lambda: _KEEP.discard(worker)))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
