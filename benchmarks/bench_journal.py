"""The editor's journal: what writing every change to disk, synced, costs per edit.

    python benchmarks/bench_journal.py                 # decks of 15 (the example), 300 and 2,000 slides
    python benchmarks/bench_journal.py --edits 500

For each deck, a Document (the editor's model of the open deck, no window) applies a mix of the
edits an analyst makes (a title typed, notes, a slide inserted, moved, undo, redo, a snippet
tagged) and each one's cost is timed twice: the journal line alone (encode + append + flush +
fsync) and the whole step (edit, undo stack, journal). Peer in the same run: what the editor did
before, and what a naive autosave does, written after every edit instead of every 30 seconds:
the whole deck as YAML, written atomically (temporary file, fsync, rename).

Target: at most 5 ms per edit (the journal line), at every deck size.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "canada-auto" / "deck.yaml"
sys.path.insert(0, str(Path(__file__).parent))


def edits(doc, n: int, rng):
    """Yield (label, function) for n edits of the kinds an analyst makes."""
    from briefdeck.core import Item, Slide
    from briefdeck.core.edits import InsertSlide, MoveSlide, UpdateSnippet, set_notes, set_slot
    for i in range(n):
        deck = doc.deck
        size = len(deck.slides)
        kind = i % 7
        if kind == 0:
            yield lambda i=i: doc.do(set_slot(deck, rng.randrange(size), "title", Item(f"Title {i}")),
                                     merge="")
        elif kind == 1:
            yield lambda i=i: doc.do(set_notes(deck, rng.randrange(size), f"Notes, edit {i}"))
        elif kind == 2:
            yield lambda: doc.do(InsertSlide(rng.randrange(size + 1), Slide("section", {"title": Item("New")})))
        elif kind == 3:
            yield lambda: doc.do(MoveSlide(rng.randrange(size), rng.randrange(size)))
        elif kind == 4:
            yield lambda: doc.undo.undo()
        elif kind == 5:
            yield lambda: doc.undo.redo()
        else:
            sid = rng.choice(list(deck.snippets))
            yield lambda i=i, sid=sid: doc.do(UpdateSnippet(sid, tags=[f"t{i}"]))


def measure(deck_file: Path, n: int, rng) -> dict:
    from briefdeck.atomic import write_text
    from briefdeck.gui.document import Document
    from briefdeck.gui.journal import JournalWriter
    from briefdeck.spec.save import dump_deck

    doc = Document()
    doc.open(deck_file)
    journal_times: list[float] = []
    record = JournalWriter.record

    def timed(self, encoded, deck):
        start = time.perf_counter()
        record(self, encoded, deck)
        journal_times.append(time.perf_counter() - start)
    JournalWriter.record = timed
    steps: list[float] = []
    try:
        for step in edits(doc, n, rng):
            start = time.perf_counter()
            step()
            steps.append(time.perf_counter() - start)
    finally:
        JournalWriter.record = record
    size = doc.journal.file.stat().st_size if doc.journal.file.exists() else 0
    peer: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "autosave.yaml"
        for _ in range(max(5, n // 20)):
            start = time.perf_counter()
            write_text(target, dump_deck(doc.deck))
            peer.append(time.perf_counter() - start)
    doc.undo.setClean()
    doc.close()
    return {"journal": journal_times, "step": steps, "peer": peer, "bytes": size}


def ms(values: list[float], q: float | None = None) -> str:
    if not values:
        return "-"
    v = statistics.median(values) if q is None else sorted(values)[min(len(values) - 1, int(q * len(values)))]
    return f"{v * 1000:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--sizes", default="15,300,2000")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from random import Random

    from PySide6.QtWidgets import QApplication
    app = QApplication([])          # noqa: F841 - the Document is a QObject with an undo stack
    from decks import write_deck
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFDECK_STATE_DIR"] = str(Path(tmp) / "state")
        print(f"{'slides':>7} {'journal median ms':>18} {'p95':>6} {'max':>6} {'whole step median':>18} "
              f"{'peer: deck YAML per edit':>25} {'journal KB':>11}")
        for size in (int(s) for s in args.sizes.split(",")):
            if size == 15:
                deck_file = EXAMPLE
            else:
                deck_file = write_deck(Path(tmp) / f"deck{size}", size)
            r = measure(deck_file, args.edits, Random(size))
            print(f"{size:>7} {ms(r['journal']):>18} {ms(r['journal'], 0.95):>6} {ms(r['journal'], 1.0):>6} "
                  f"{ms(r['step']):>18} {ms(r['peer']):>25} {r['bytes'] / 1024:>11.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
