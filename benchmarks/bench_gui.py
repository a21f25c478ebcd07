"""Editor benchmarks: time to a usable window with the example deck, and typing in the snippet filter.

    python benchmarks/bench_gui.py                  # offscreen unless a display is set
    python benchmarks/bench_gui.py --snippets 20000

1. Launch: `briefdeck gui --timing EXAMPLE` in a fresh process, timed from spawn to the
   moment the window is shown with the deck loaded, planned and its slide drawn. Peer in
   the same run: a bare PySide6 window (QMainWindow + QLabel) started the same way.
   Target: under 1.5 s.
2. Filter: a window holding N snippets (default 10,000, made from the example's sources
   repeated), a word typed one key at a time; each keystroke's filter + view update is
   timed. Peer: Qt's usual way, QSortFilterProxyModel over a QStandardItemModel with
   the same rows. Target: under 50 ms per keystroke.
"""
from __future__ import annotations

import argparse
import copy
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "canada-auto" / "deck.yaml"
PEER_WINDOW = ("import sys, time\nfrom PySide6.QtWidgets import QApplication, QMainWindow, QLabel\n"
               "app = QApplication([])\nw = QMainWindow()\nw.setCentralWidget(QLabel('hello'))\nw.show()\n"
               "app.processEvents()\nprint('usable window', flush=True)\n")


def time_to_line(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if "usable window" in line:
            elapsed = time.perf_counter() - start
            proc.wait(timeout=30)
            return elapsed
    proc.wait(timeout=30)
    raise RuntimeError(f"{cmd[:4]} never reported a usable window")


def launch(repeat: int, env: dict) -> tuple[float, float]:
    ours = min(time_to_line([sys.executable, "-m", "briefdeck", "gui", "--timing", str(EXAMPLE)], env)
               for _ in range(repeat))
    peer = min(time_to_line([sys.executable, "-c", PEER_WINDOW], env) for _ in range(repeat))
    return ours, peer


def many_snippets(n: int):
    from briefdeck.extract import extract
    from briefdeck.spec import load_deck
    deck = load_deck(EXAMPLE).deck
    base = [sn for src in deck.sources.values() for sn in extract(src)]
    out = []
    for i in range(n):
        sn = copy.copy(base[i % len(base)])
        sn.id = f"{sn.id}-{i}"
        out.append(sn)
    return deck, out


def typing(n: int, word: str) -> tuple[list[float], list[float], int]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from briefdeck.gui.window import MainWindow
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    app = QApplication.instance() or QApplication([])
    deck, snippets = many_snippets(n)
    win = MainWindow()
    win.document.deck = deck
    win.document.changed.emit({"sources", "snippets", "slides", "deck"})
    win.document.set_candidates(snippets)
    win.resize(1366, 768)
    win.show()
    deadline = time.perf_counter() + 30
    while (win.plan_result is None or win._planning or win._thumb_queue) and time.perf_counter() < deadline:
        app.processEvents()                    # typing starts once the window has settled
        time.sleep(0.01)
    pane = win.snippets
    ours = []
    for k in range(1, len(word) + 1):
        start = time.perf_counter()
        pane.search.setText(word[:k])
        pane._apply_text()                     # what the 60 ms typing pause would trigger
        app.processEvents()
        ours.append((time.perf_counter() - start) * 1000)
    shown = len(pane.model.visible)

    model = QStandardItemModel(0, 4)
    for sn in snippets:
        model.appendRow([QStandardItem(sn.kind), QStandardItem(sn.text), QStandardItem(sn.speaker or ""),
                         QStandardItem(f"{sn.score or 0:.2f}")])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.resize(600, 600)
    view.show()
    app.processEvents()
    peer = []
    for k in range(1, len(word) + 1):
        start = time.perf_counter()
        proxy.setFilterFixedString(word[:k])
        app.processEvents()
        peer.append((time.perf_counter() - start) * 1000)
    win.document.undo.setClean()
    win.close()
    return ours, peer, shown


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--snippets", type=int, default=10_000)
    ap.add_argument("--word", default="tariffs")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile
    state = tempfile.mkdtemp(prefix="briefdeck-bench-state-")
    os.environ["BRIEFDECK_STATE_DIR"] = state
    env = dict(os.environ)
    ours, peer = launch(args.repeat, env)
    print(f"editor benchmark ({os.environ['QT_QPA_PLATFORM']} platform, {os.cpu_count()} cores)\n")
    print(f"{'launch to a usable window':<46} {'seconds':>8}")
    print(f"{'briefdeck gui, example deck (planned, drawn)':<46} {ours:>8.2f}")
    print(f"{'peer: bare PySide6 window':<46} {peer:>8.2f}")
    print(f"target < 1.5 s: {'PASS' if ours < 1.5 else 'FAIL'} (best of {args.repeat})\n")
    typed, proxied, shown = typing(args.snippets, args.word)
    print(f"typing '{args.word}' in the filter over {args.snippets:,} snippets ({shown:,} left shown)")
    print(f"{'':<46} {'mean ms':>8} {'max ms':>8}")
    print(f"{'briefdeck snippet filter':<46} {statistics.mean(typed):>8.1f} {max(typed):>8.1f}")
    print(f"{'peer: QSortFilterProxyModel':<46} {statistics.mean(proxied):>8.1f} {max(proxied):>8.1f}")
    print(f"target < 50 ms per keystroke: {'PASS' if max(typed) < 50 else 'FAIL'} (worst keystroke)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
