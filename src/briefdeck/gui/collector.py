"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, Python collects reference cycles on whichever thread happens to be allocating. While an
export or a read runs on a worker thread, that can be the worker: a Qt object caught in a cycle (a
dialog whose slots refer back to it, an undo stack and its document) is then deleted off the GUI
thread, and the timers it left registered there fire on freed memory, a segmentation fault in the event
loop. So while the editor runs, automatic collection is off and a timer on the GUI thread collects
instead, by the same thresholds Python uses (the approach of pyqtgraph's and calibre's collectors).
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

INTERVAL_MS = 1000
_TIMER: list[QTimer] = []


def check(threshold: tuple[int, int, int]) -> None:
    """Collect the generations whose counts passed their thresholds, as Python would have."""
    count0, count1, count2 = gc.get_count()
    if count0 > threshold[0]:
        generation = 2 if count1 > threshold[1] and count2 > threshold[2] else 1 if count1 > threshold[1] else 0
        gc.collect(generation)


def start() -> None:
    """Collect on this (the GUI) thread from now on; calling it again does nothing."""
    if not _TIMER:
        threshold = gc.get_threshold()
        timer = QTimer(QCoreApplication.instance(), interval=INTERVAL_MS)     # the application owns it
        timer.timeout.connect(lambda: check(threshold))
        _TIMER.append(timer)
    if not _TIMER[0].isActive():
        _TIMER[0].start()
        gc.disable()


def stop() -> None:
    """Give collection back to Python (once no window and no worker is left)."""
    if _TIMER and _TIMER[0].isActive():
        _TIMER[0].stop()
        gc.collect()
        gc.enable()
