"""`briefdeck batch`: export many decks, with progress, a summary and an exit code that tells."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


class Progress:
    """A one-line bar with count, current deck and ETA on a terminal; one plain line per deck otherwise."""

    def __init__(self, total: int, stream=None):
        self.total, self.done, self.failed = total, 0, 0
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.start = time.perf_counter()

    def update(self, row: dict) -> None:
        self.done += 1
        self.failed += row["status"] == "failed"
        name = Path(row["deck"]).name
        if not self.tty:
            detail = f"{row['slides']} slides, {row['seconds']:.2f} s" if row["status"] == "ok" else row["error"]
            self.stream.write(f"[{self.done}/{self.total}] {row['status']:<7} {name} -> {Path(row['out']).name}"
                              f" ({detail})\n")
            self.stream.flush()
            return
        elapsed = time.perf_counter() - self.start
        eta = elapsed / self.done * (self.total - self.done)
        width = 28
        filled = width * self.done // self.total
        failed = f", {self.failed} failed" if self.failed else ""
        self.stream.write(f"\r\033[K[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} decks"
                          f"{failed}  ETA {int(eta) // 60}:{int(eta) % 60:02d}  {name[:40]}")
        if self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def table(rows: list[dict], wall: float) -> str:
    """The summary: one line per deck, failures first, then the totals."""
    order = {"failed": 0, "skipped": 1, "ok": 2}
    rows = sorted(rows, key=lambda r: (order.get(r["status"], 3), r["deck"]))
    width = max([len(Path(r["deck"]).name) for r in rows] + [4])
    lines = [f"{'deck':<{width}}  {'slides':>6}  {'seconds':>7}  {'status':<7}  first error",
             f"{'-' * width}  {'-' * 6}  {'-' * 7}  {'-' * 7}  {'-' * 11}"]
    for r in rows:
        error = r["error"].replace(r["deck"] + ":", "line ", 1)   # the deck is named in the first column
        lines.append(f"{Path(r['deck']).name:<{width}}  {r['slides']:>6}  {r['seconds']:>7.2f}  {r['status']:<7}  "
                     f"{error[:160]}")
    counts = {s: sum(r["status"] == s for r in rows) for s in ("ok", "failed", "skipped")}
    slides = sum(r["slides"] for r in rows)
    lines.append(f"\n{len(rows)} decks: {counts['ok']} exported ({slides} slides), {counts['failed']} failed"
                 + (f", {counts['skipped']} skipped" if counts["skipped"] else "") + f" in {wall:.1f} s")
    return "\n".join(lines)


def cmd_batch(args) -> int:
    from briefdeck.batch import find_decks, output_names, run_dask, run_local

    decks = find_decks(args.decks)
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(str(d), str(o), args.template, args.allow_outside) for d, o in zip(decks, output_names(decks, out_dir))]
    progress = None if args.json and not sys.stderr.isatty() else Progress(len(jobs))
    start = time.perf_counter()
    if args.scheduler:
        rows_iter = run_dask(jobs, args.scheduler, args.jobs, args.fail_fast,
                             log=lambda m: print(m, file=sys.stderr))
    else:
        rows_iter = run_local(jobs, args.jobs, args.fail_fast)
    rows = []
    for row in rows_iter:
        rows.append(row)
        if progress:
            progress.update(row)
    wall = time.perf_counter() - start
    if args.json:
        summary = {"decks": len(rows), "ok": sum(r["status"] == "ok" for r in rows),
                   "failed": sum(r["status"] == "failed" for r in rows),
                   "skipped": sum(r["status"] == "skipped" for r in rows), "seconds": round(wall, 3),
                   "rows": rows}
        print(json.dumps(summary, indent=1))
    else:
        print(table(rows, wall))
    return 1 if any(r["status"] != "ok" for r in rows) else 0


def add_command(sub) -> None:
    p = sub.add_parser(
        "batch", help="export many decks at once, in parallel",
        description="Export every deck given, and every deck file found in the folders given, to --out-dir. "
                    "Decks run in parallel worker processes; one bad deck never stops the others (unless "
                    "--fail-fast). Outputs are written atomically and never share a name. Prints a summary "
                    "table (or --json) and exits 1 if any deck failed.",
        epilog="On a Dask cluster: --scheduler tcp://HOST:8786 (workers must see the same paths), or "
               "--scheduler local to start a local cluster.")
    p.add_argument("decks", nargs="+", metavar="DECK_OR_DIR", help="deck files (.yaml) or folders of them")
    p.add_argument("-o", "--out-dir", required=True, metavar="DIR", help="where the .pptx files go")
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: number of cores)")
    p.add_argument("--template", metavar="NAME|FILE", help="use this template for every deck")
    p.add_argument("--format", choices=["pptx"], default="pptx", help="output format (pptx)")
    p.add_argument("--fail-fast", action="store_true", help="stop at the first failed deck")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on standard output")
    p.add_argument("--scheduler", metavar="ADDRESS|local", help="run on a Dask distributed cluster")
    p.add_argument("--allow-outside", action="store_true",
                   help="let decks read source and template files outside their own folders")
    p.set_defaults(func=cmd_batch)
