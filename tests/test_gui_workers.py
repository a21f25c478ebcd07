"""Background work imports nothing on its worker thread: PySide6 hooks every import, and that hook running
off the GUI thread while the window runs has crashed the process (a segfault in a fresh install, where
nothing was imported before). Each check runs in a new interpreter, so no earlier test has imported for it."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from guikit import state  # noqa: E402,F401  (a private state folder for the window)

ROOT = Path(__file__).resolve().parents[1]

EXPORT_IN_A_THREAD = textwrap.dedent("""
    import sys, tempfile, threading
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from briefdeck.gui import workers
    workers.preload(workers.EXPORT)
    from briefdeck.spec import load_deck
    from briefdeck.writers.export import export
    loaded = load_deck(sys.argv[1])
    before = set(sys.modules)
    out = Path(tempfile.mkdtemp()) / "deck.pptx"
    worker = threading.Thread(target=lambda: export(loaded, str(out), None, lambda done, total: None))
    worker.start()
    worker.join()
    assert out.stat().st_size > 10_000
    print(" ".join(sorted(set(sys.modules) - before)))
""")


def test_exporting_in_the_background_imports_nothing_on_the_worker_thread(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFDECK_CACHE_DIR=str(tmp_path / "cache"))
    run = subprocess.run([sys.executable, "-c", EXPORT_IN_A_THREAD, str(ROOT / "examples" / "canada-auto" / "deck.yaml")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == [], f"imported on the worker thread: {run.stdout}"


READ_IN_A_THREAD = textwrap.dedent("""
    import sys, threading
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from briefdeck.gui import workers
    from briefdeck.readers import READERS
    paths = sys.argv[1:]
    workers.preload(workers.EXTRACT + tuple(f"briefdeck.readers.{READERS[Path(p).suffix.lower()]}" for p in paths))
    from briefdeck.extract import ExtractCache, extract_files
    before = set(sys.modules)
    found = []
    cache = ExtractCache(ExtractCache.default_folder())
    worker = threading.Thread(target=lambda: [found.append(extract_files([p], cache=cache, jobs=1)) for p in paths])
    worker.start()
    worker.join()
    assert all(r.sources and not r.problems for r in found), [str(d) for r in found for d in r.problems]
    print(" ".join(sorted(set(sys.modules) - before)))
""")


def test_adding_sources_of_every_format_imports_nothing_on_the_worker_thread(tmp_path):
    samples = [str(ROOT / "assets" / "samples" / f"sample.{ext}") for ext in ("txt", "md", "html", "pdf", "docx")]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFDECK_CACHE_DIR=str(tmp_path / "cache"))
    run = subprocess.run([sys.executable, "-c", READ_IN_A_THREAD, *samples],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == [], f"imported on the worker thread: {run.stdout}"


def test_background_work_reports_progress_parts_and_result_in_order_on_the_gui_thread(qtbot):
    import threading

    from briefdeck.gui.workers import run_in_background
    seen, threads = [], set()
    go = threading.Event()

    def work(progress, partial, stopped):
        go.wait(5)
        for n in range(1, 4):
            progress(n, 3, f"part {n}")
            partial(n)
        return "all"

    def note(kind):
        def record(*value):
            threads.add(threading.current_thread() is threading.main_thread())
            seen.append((kind, *value))
        return record
    run_in_background(work, on_done=note("done"), on_error=note("failed"), on_progress=note("progress"),
                      on_partial=note("part"))
    go.set()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == "done", timeout=5000)
    assert threads == {True}
    parts = [s[1] for s in seen if s[0] == "part"]
    assert parts == [1, 2, 3] and seen[-1] == ("done", "all")
    progress = [s for s in seen if s[0] == "progress"]
    assert progress and progress[-1] == ("progress", 3, 3, "part 3")
    for before, after in zip(seen, seen[1:]):      # a part is never reported before the progress that led to it
        if after[0] == "part" and before[0] == "progress":
            assert before[1] == after[1]


def test_background_work_that_fails_says_why_and_cancel_is_seen_by_the_work(qtbot):
    from briefdeck.core import BriefdeckError
    from briefdeck.gui.workers import run_in_background, wait
    errors = []

    def broken(progress):
        raise BriefdeckError("the file is not a deck")
    run_in_background(broken, on_done=lambda r: errors.append(("done", r)), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == ["error: the file is not a deck"]

    def bug(progress):
        return 1 / 0
    run_in_background(bug, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    assert errors[1].startswith("Unexpected error: ZeroDivisionError")

    got = []

    def endless(progress, partial, stopped):
        n = 0
        while not stopped():
            n += 1
            partial(n)
        return n
    task = run_in_background(endless, on_done=got.append, on_partial=lambda part: None)
    qtbot.wait(50)
    task.cancel()
    assert wait(5)
    assert len(got) == 1 and got[0] > 0


def test_with_the_editor_open_cycles_of_qt_objects_are_collected_on_the_gui_thread_only(qtbot, state):
    """A dialog caught in a reference cycle, collected by Python while an export allocated on a worker
    thread, was deleted there; its timers then fired on freed memory (a segfault in the event loop)."""
    import gc
    import threading

    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    from briefdeck.gui.window import MainWindow
    from briefdeck.gui.workers import run_in_background, wait
    w = MainWindow()
    qtbot.addWidget(w)
    collected_on = []

    def note(phase, info):
        if phase == "stop" and info["collected"]:
            collected_on.append(threading.current_thread().name)
    gc.callbacks.append(note)
    try:
        dialog = QDialog()
        QVBoxLayout(dialog).addWidget(QLineEdit(dialog))
        dialog.cycle = dialog                     # unreachable once dropped, but only for the collector
        alive = []
        dialog.destroyed.connect(lambda: alive.append(False))
        del dialog

        def churn(progress):                      # allocates as an export does: cycles, by the thousand
            for _ in range(200_000):
                a, b = [], []
                a.append(b)
                b.append(a)
            return True
        run_in_background(churn)
        assert wait(30)
        assert all(name == "MainThread" for name in collected_on), collected_on
        qtbot.waitUntil(lambda: bool(alive), timeout=5000)       # the GUI thread's timer collected it
        assert collected_on and set(collected_on) == {"MainThread"}
    finally:
        gc.callbacks.remove(note)


def test_work_whose_window_was_closed_meanwhile_is_dropped_without_an_error(qtbot, state, tmp_path):
    # the editor proposes snippets in the background after opening or recovering a deck; closing the window
    # before they come back must not raise from the timer that hands them over
    import shutil
    from PySide6.QtCore import QCoreApplication, QEvent
    from briefdeck.gui import workers
    from briefdeck.gui.window import MainWindow
    deck_dir = tmp_path / "deck"
    shutil.copytree(ROOT / "examples" / "canada-auto", deck_dir)
    win = MainWindow()
    win.actions.open(str(deck_dir / "deck.yaml"))
    win.actions.extract_candidates()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert workers.wait(30)                     # delivered (to no one) without raising, and nothing left running
    assert not workers._RUNNING
