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
