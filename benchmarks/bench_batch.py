"""Time `briefdeck batch` on many generated decks (default: 100 decks of 20 slides) against a serial loop.

    python benchmarks/bench_batch.py                 # 100 decks x 20 slides, all cores
    python benchmarks/bench_batch.py --decks 300 --slides 10 --jobs 2

The peer, measured in the same run, is the obvious script: one `briefdeck export`
command per deck, one after the other (a new Python process each time).
Target on a 2-core machine: 100 decks of 20 slides under 20 s.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from decks import write_deck  # noqa: E402

BRIEFDECK = [sys.executable, "-m", "briefdeck"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--decks", type=int, default=100)
    ap.add_argument("--slides", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--peer-sample", type=int, default=10,
                    help="decks the serial peer exports (its time is scaled up; default 10)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefdeck-batch-") as tmp:
        folder = Path(tmp) / "decks"
        decks = [write_deck(folder, args.slides, name=f"deck-{i:03d}", seed=i) for i in range(args.decks)]
        start = time.perf_counter()
        proc = subprocess.run(BRIEFDECK + ["batch", str(folder), "-o", str(Path(tmp) / "out"), "-j",
                                           str(args.jobs), "--json"], capture_output=True, text=True)
        batch = time.perf_counter() - start
        summary = json.loads(proc.stdout)
        sample = decks[: args.peer_sample]
        start = time.perf_counter()
        for deck in sample:
            subprocess.run(BRIEFDECK + ["export", str(deck), "-o", str(Path(tmp) / f"{deck.stem}.pptx"), "-q"],
                           check=True)
        peer = (time.perf_counter() - start) / len(sample) * len(decks)
    print(f"briefdeck batch benchmark: {args.decks} decks x {args.slides} slides, {args.jobs} jobs, "
          f"{os.cpu_count()} cores")
    print(f"{'run':<44} {'seconds':>8} {'decks/s':>8}")
    print(f"{'briefdeck batch':<44} {batch:>8.2f} {args.decks / batch:>8.1f}")
    print(f"{'peer: briefdeck export per deck, serial *':<44} {peer:>8.2f} {args.decks / peer:>8.1f}")
    print(f"* measured on {len(sample)} decks and scaled to {args.decks}")
    print(f"exported {summary['ok']} of {summary['decks']} decks ({summary['failed']} failed); "
          f"ratio peer/batch = {peer / batch:.1f}x")
    target = 20.0 * args.decks / 100 * args.slides / 20
    verdict = "PASS" if batch < target else "FAIL"
    print(f"target: {args.decks} decks of {args.slides} slides under {target:.0f} s: {verdict} ({batch:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
