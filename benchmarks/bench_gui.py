"""Editor benchmarks at any deck size: launch, editing, scrolling, memory; and typing in the snippet filter.

    python benchmarks/bench_gui.py                       # decks of 15 (the example), 300 and 2,000 slides
    python benchmarks/bench_gui.py --sizes 15,300 --snippets 20000

Offscreen unless a display is set. Decks are generated with benchmarks/decks.py (bullets with cited
claims, big numbers, quotes, a native chart every fifth slide, notes on every slide).

1. Launch: `briefdeck gui --timing DECK` in a fresh process, timed from spawn to the moment the
   window is shown with the deck loaded and its first slide planned and drawn. Peer in the same
   run: a bare PySide6 window started the same way. Target: at most 1.5 s at every size.
2. Edit: in one process per size, the deck opened and left to settle; then 30 edits of the
   current slide's title as the editor makes them (the field's change applied as an undoable
   edit), each timed from the edit to the moment the preview has painted the new slide.
   Target: at most 50 ms (median and worst) at every size.
3. Scroll: the slide list scrolled from top to bottom a page at a time, as a mouse wheel or
   PageDown does; the longest time the window was busy between two scroll steps. Target: at
   most 50 ms at 2,000 slides.
4. Memory: the process's peak resident memory after all of the above. Target: at most 400 MB at
   2,000 slides.
5. Filter: N snippets (default 10,000), a word typed one key at a time; each keystroke's filter +
   view update. Peer: QSortFilterProxyModel over a QStandardItemModel. Target: under 50 ms.
6. Adding sources: 200 generated articles added at once (as Add Sources does, empty cache); the time
   until the first source is in the table, until all are, and the longest the window was busy
   between two events meanwhile. Target: the window answers within 100 ms throughout.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "canada-auto" / "deck.yaml"
sys.path.insert(0, str(Path(__file__).parent))
PEER_WINDOW = ("import sys, time\nfrom PySide6.QtWidgets import QApplication, QMainWindow, QLabel\n"
               "app = QApplication([])\nw = QMainWindow()\nw.setCentralWidget(QLabel('hello'))\nw.show()\n"
               "app.processEvents()\nprint('usable window', flush=True)\n")


def time_to_line(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if "usable window" in line:
            elapsed = time.perf_counter() - start
            proc.wait(timeout=60)
            return elapsed
    proc.wait(timeout=60)
    raise RuntimeError(f"{cmd[:4]} never reported a usable window")


def deck_for(size: int, folder: Path) -> Path:
    if size == 15:
        return EXAMPLE
    from decks import write_deck
    return write_deck(folder / f"deck{size}", size)


def settled(win) -> bool:
    """Nothing left to plan or draw (either the window says so, or, for older versions, its worker is idle)."""
    if hasattr(win, "settled"):
        return win.settled()
    return win.plan_result is not None and not win._planning and not win._thumb_queue


def wait(app, cond, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > deadline:
            raise RuntimeError("timed out")
        app.processEvents()
        time.sleep(0.002)


def session(deck_file: str, edits: int) -> dict:
    """One editor session on one deck: open, settle, edit, scroll; returns timings and peak memory."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from briefdeck.core import Item
    from briefdeck.gui.preview import register_fonts
    from briefdeck.gui.window import MainWindow
    register_fonts()
    win = MainWindow()
    win.resize(1366, 768)
    win.show()
    win.default_sizes(force=True)
    start = time.perf_counter()
    win.actions.open(deck_file)
    wait(app, lambda: settled(win))
    settle = time.perf_counter() - start
    painted = []
    paint = win.preview.paintEvent

    def timed_paint(event):
        paint(event)
        painted.append((time.perf_counter(), win.preview._plan))
    win.preview.paintEvent = timed_paint
    index = min(3, len(win.deck.slides) - 1)
    win.select_slide_row(index)
    wait(app, lambda: settled(win))
    latencies = []
    for i in range(edits):
        painted.clear()
        text = f"Edited title {i}"
        start = time.perf_counter()
        win.actions.set_slot("title", Item(text), index)
        wait(app, lambda: any(p is not None and p.title == text for _, p in painted), 30)
        done = next(t for t, p in painted if p is not None and p.title == text)
        latencies.append((done - start) * 1000)
        wait(app, lambda: settled(win))
    # scroll the slide list a page at a time, as a wheel would
    bar = win.slide_list.verticalScrollBar()
    bar.setValue(0)
    wait(app, lambda: settled(win))
    longest = 0.0
    while bar.value() < bar.maximum():
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        deadline = time.perf_counter() + 0.05             # the idle work a user's pause allows
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            app.processEvents()
            longest = max(longest, (time.perf_counter() - t0) * 1000)
            time.sleep(0.001)
    peak = 0
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1]) // 1024
    win.document.undo.setClean()
    win.close()
    return {"settle": settle, "edit_median": statistics.median(latencies), "edit_max": max(latencies),
            "scroll_max": longest, "peak_mb": peak}


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
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from briefdeck.gui.window import MainWindow
    app = QApplication.instance() or QApplication([])
    deck, snippets = many_snippets(n)
    win = MainWindow()
    win.document.deck = deck
    win.document.changed.emit({"sources", "snippets", "slides", "deck"})
    win.document.set_candidates(snippets)
    win.resize(1366, 768)
    win.show()
    wait(app, lambda: settled(win), 30)
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


def adding(count: int, folder: Path) -> dict:
    """Add ``count`` generated articles to a new deck through the editor's own command."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from articles import generate
    from briefdeck.gui.window import MainWindow
    app = QApplication.instance() or QApplication([])
    paths, _ = generate(folder, count=count, seed=11)
    os.environ["BRIEFDECK_CACHE_DIR"] = str(folder / "cache")          # cold: nothing read before
    win = MainWindow()
    win.actions.ask_source_details = lambda sources: None
    win.actions.show_error = lambda *a: None
    win.resize(1366, 768)
    win.show()
    app.processEvents()
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now
    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    timer.start()
    start = time.perf_counter()
    win.actions.add_source_files([str(p) for p in paths])
    first = None
    while len(win.deck.sources) < count:
        app.processEvents()
        if first is None and win.snippets.model.all:
            first = time.perf_counter() - start
        if time.perf_counter() - start > 600:
            raise RuntimeError("sources not added")
    total = time.perf_counter() - start
    wait(app, lambda: settled(win))
    timer.stop()
    win.document.undo.setClean()
    win.close()
    return {"first": first or total, "total": total, "gap_max": max(gaps), "rows": len(win.snippets.model.all)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="15,300,2000")
    ap.add_argument("--edits", type=int, default=30)
    ap.add_argument("--snippets", type=int, default=10_000)
    ap.add_argument("--word", default="tariffs")
    ap.add_argument("--repeat", type=int, default=3, help="launches per size (the best is kept)")
    ap.add_argument("--sources", type=int, default=200, help="articles added at once (0: skip)")
    ap.add_argument("--session", help=argparse.SUPPRESS)      # internal: one session, as JSON
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.session:
        print(json.dumps(session(args.session, args.edits)), flush=True)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="briefdeck-bench-gui-"))
    os.environ["BRIEFDECK_STATE_DIR"] = str(tmp / "state")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    env = dict(os.environ)
    peer = min(time_to_line([sys.executable, "-c", PEER_WINDOW], env) for _ in range(args.repeat))
    print(f"editor benchmark ({os.environ['QT_QPA_PLATFORM']} platform, {os.cpu_count()} cores); "
          f"peer, a bare PySide6 window: {peer:.2f} s to show\n")
    head = (f"{'slides':>7} {'launch s':>9} {'settled s':>10} {'edit ms (median/max)':>21} "
            f"{'scroll max ms':>14} {'peak MB':>8}")
    print(head)
    for size in (int(s) for s in args.sizes.split(",")):
        deck = deck_for(size, tmp)
        launch = min(time_to_line([sys.executable, "-m", "briefdeck", "gui", "--timing", str(deck)], env)
                     for _ in range(args.repeat))
        out = subprocess.run([sys.executable, __file__, "--session", str(deck), "--edits", str(args.edits)],
                             env=env, capture_output=True, text=True, timeout=1800)
        if out.returncode != 0:
            print(out.stderr[-2000:])
            return 1
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{size:>7} {launch:>9.2f} {r['settle']:>10.2f} "
              f"{r['edit_median']:>10.0f} / {r['edit_max']:<8.0f} {r['scroll_max']:>14.0f} {r['peak_mb']:>8}")
    print("\ntargets: launch <= 1.5 s, edit <= 50 ms, scroll <= 50 ms (2,000 slides), peak <= 400 MB (2,000)\n")
    typed, proxied, shown = typing(args.snippets, args.word)
    print(f"typing '{args.word}' in the filter over {args.snippets:,} snippets ({shown:,} left shown)")
    print(f"{'':<46} {'mean ms':>8} {'max ms':>8}")
    print(f"{'briefdeck snippet filter':<46} {statistics.mean(typed):>8.1f} {max(typed):>8.1f}")
    print(f"{'peer: QSortFilterProxyModel':<46} {statistics.mean(proxied):>8.1f} {max(proxied):>8.1f}")
    print(f"target < 50 ms per keystroke: {'PASS' if max(typed) < 50 else 'FAIL'} (worst keystroke)")
    if args.sources:
        r = adding(args.sources, tmp / "articles")
        print(f"\nadding {args.sources} articles at once: first in the table after {r['first']:.2f} s, all after "
              f"{r['total']:.1f} s ({r['rows']:,} snippets); the window was busy at most {r['gap_max']:.0f} ms "
              f"at a time (target 100 ms: {'PASS' if r['gap_max'] <= 100 else 'FAIL'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
