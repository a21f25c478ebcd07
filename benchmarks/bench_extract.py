"""Benchmark: read + clean + extract claims, figures and quotes from a corpus of news articles.

    python benchmarks/bench_extract.py                 # 1,000 generated articles (~5 MB)
    python benchmarks/bench_extract.py --count 200 --jobs 2
    python benchmarks/bench_extract.py --corpus DIR    # the .txt files in DIR (generated there if none)
    python benchmarks/bench_extract.py --keep          # keep the temporary corpus and cache

Measured in one run, on the same files:

- briefdeck cold: ``extract_files`` with an empty cache (read, clean, extract);
- briefdeck warm: the same again with a new ``ExtractCache`` on the filled cache folder;
- peer, plain ``Path.read_text`` of every file (the floor: just getting the text);
- peer, sentence segmentation alone with pysbd, timed on a 10% sample and scaled up
  by characters (pysbd is slow; a full run would take minutes).

The corpus comes from benchmarks/articles.py (deterministic, seed 7 by default). All
files were just written or read, so every run sees a warm OS file cache.
"""
from __future__ import annotations

import argparse
import gc
import os
import platform
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import articles  # the corpus generator next to this file

TARGET_FILES = 1000
TARGET_CORES = 2
TARGET_COLD_S = 10.0
TARGET_WARM_S = 1.0
MB = 1e6


# ---- memory ------------------------------------------------------------------------

def _vm_hwm_kb() -> int | None:
    """Peak resident memory of this process since the last reset (Linux), in kB."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def reset_peak() -> bool:
    """Reset the peak-RSS mark (Linux >= 4.0); False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return _vm_hwm_kb() is not None
    except OSError:
        return False


def _maxrss_mb(who: int) -> float:
    import resource
    rss = resource.getrusage(who).ru_maxrss
    return rss / MB if sys.platform == "darwin" else rss * 1024 / MB   # bytes on macOS, kB elsewhere


def peak_mb(resettable: bool) -> float | None:
    """This process's peak RSS: since the last reset if possible, else over its lifetime."""
    if resettable:
        kb = _vm_hwm_kb()
        if kb is not None:
            return kb * 1024 / MB
    try:
        import resource
    except ImportError:      # Windows
        return None
    return _maxrss_mb(resource.RUSAGE_SELF)


def largest_worker_mb() -> float | None:
    """Peak RSS of the largest child process reaped so far (worker processes, if any)."""
    try:
        import resource
    except ImportError:
        return None
    return _maxrss_mb(resource.RUSAGE_CHILDREN) or None


# ---- helpers -----------------------------------------------------------------------

def import_briefdeck():
    try:
        from briefdeck.extract import ExtractCache, extract_files
    except Exception as exc:  # noqa: BLE001 - ImportError, or any error raised while the module loads
        sys.exit(
            "bench_extract: cannot import briefdeck.extract "
            f"({type(exc).__name__}: {exc}).\n"
            "  This benchmark needs `from briefdeck.extract import extract_files, ExtractCache`.\n"
            "  Run it with the project's environment (e.g. .venv/bin/python, after `pip install -e .`),\n"
            "  and check that src/briefdeck/extract exists; `python -c 'import briefdeck.extract'` shows the traceback.")
    return extract_files, ExtractCache


class Row:
    def __init__(self, name: str, files: int, nbytes: int, seconds: float, peak: float | None, note: str = ""):
        self.name, self.files, self.nbytes, self.seconds, self.peak, self.note = name, files, nbytes, seconds, peak, note

    def cells(self) -> list[str]:
        mbps = self.nbytes / MB / self.seconds if self.seconds > 0 else float("inf")
        return [self.name, f"{self.files:,}", f"{self.nbytes / MB:.2f}", f"{self.seconds:.2f}",
                f"{mbps:.2f}", "n/a" if self.peak is None else f"{self.peak:.0f}", self.note]


def print_table(rows: list[Row]) -> None:
    head = ["run", "files", "MB", "seconds", "MB/s", "peak RSS MB", "note"]
    table = [head] + [r.cells() for r in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    right = {1, 2, 3, 4, 5}
    for n, r in enumerate(table):
        print("  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def kinds(result) -> Counter:
    return Counter(getattr(s, "kind", "?") for s in result.snippets)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


# ---- main --------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark briefdeck's read + clean + extract on synthetic news articles.")
    ap.add_argument("--count", type=int, default=TARGET_FILES, help="articles to generate (default 1000)")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes for extract_files (default: all cores)")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="use the .txt files in this folder (generated there first if it has none)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary folder (corpus and cache) and print its path")
    ap.add_argument("--seed", type=int, default=7, help="seed for the generated corpus (default 7)")
    ap.add_argument("--pysbd-sample", type=float, default=0.10, metavar="FRACTION",
                    help="fraction of the files pysbd segments; the time is scaled up (default 0.10)")
    args = ap.parse_args(argv)
    if args.count < 1:
        ap.error("--count must be at least 1")
    if args.jobs is not None and args.jobs < 1:
        ap.error("--jobs must be at least 1")
    if not 0 < args.pysbd_sample <= 1:
        ap.error("--pysbd-sample must be in (0, 1]")

    extract_files, ExtractCache = import_briefdeck()
    try:
        import pysbd
    except ImportError:
        pysbd = None

    work = Path(tempfile.mkdtemp(prefix="briefdeck-bench-"))
    try:
        return run(args, work, extract_files, ExtractCache, pysbd)
    finally:
        if args.keep:
            print(f"\nkept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def run(args, work: Path, extract_files, ExtractCache, pysbd) -> int:
    # ---- corpus ----
    corpus = args.corpus if args.corpus is not None else work / "corpus"
    paths = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    if paths:
        origin = "existing files"
    else:
        t0 = time.perf_counter()
        paths, _ = articles.generate(corpus, args.count, args.seed)
        origin = f"generated in {time.perf_counter() - t0:.1f} s, seed {args.seed}"
    sizes = [p.stat().st_size for p in paths]
    total = sum(sizes)
    cores = os.cpu_count() or 1
    jobs_used = args.jobs or cores
    resettable = reset_peak()

    print("briefdeck extract benchmark")
    print(f"corpus:  {len(paths):,} files, {total / MB:.2f} MB ({origin}) in {corpus}")
    print(f"machine: {cores} cores, jobs={'all' if args.jobs is None else args.jobs} ({jobs_used}), "
          f"Python {platform.python_version()} on {platform.system()} {platform.machine()}")
    print()

    rows: list[Row] = []

    # ---- peer: plain read_text ----
    gc.collect()
    reset_peak()
    t0 = time.perf_counter()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    t_read = time.perf_counter() - t0
    rows.append(Row("Path.read_text (peer)", len(paths), total, t_read, peak_mb(resettable), "just getting the text"))

    # ---- briefdeck cold ----
    cache_dir = work / "cache"
    shutil.rmtree(cache_dir, ignore_errors=True)
    gc.collect()
    reset_peak()
    t0 = time.perf_counter()
    cold = extract_files(paths, cache=ExtractCache(cache_dir), jobs=args.jobs, progress=None)
    t_cold = time.perf_counter() - t0
    rows.append(Row("briefdeck cold", len(cold.sources), total, t_cold, peak_mb(resettable),
                    "empty cache: read + clean + extract"))
    cold_kinds, cold_sources = kinds(cold), len(cold.sources)
    del cold

    # ---- briefdeck warm (a new cache object on the filled folder, as a new process would) ----
    gc.collect()
    reset_peak()
    t0 = time.perf_counter()
    warm = extract_files(paths, cache=ExtractCache(cache_dir), jobs=args.jobs, progress=None)
    t_warm = time.perf_counter() - t0
    rows.append(Row("briefdeck warm", len(warm.sources), total, t_warm, peak_mb(resettable), "cache filled"))
    warm_kinds, warm_sources = kinds(warm), len(warm.sources)
    warm_hits = getattr(warm, "cached", None)     # not part of the promised API; shown when present
    del warm
    workers = largest_worker_mb()

    # ---- peer: pysbd sentence segmentation on a sample, scaled up ----
    sbd_note = ""
    if pysbd is None:
        sbd_note = "pysbd is not installed: peer skipped"
    else:
        step = max(1, round(1 / args.pysbd_sample))
        sample = texts[::step]
        sample_bytes = sum(sizes[::step])
        seg = pysbd.Segmenter(language="en", clean=False)
        gc.collect()
        reset_peak()
        t0 = time.perf_counter()
        n_sent = sum(len(seg.segment(t)) for t in sample)
        t_sample = time.perf_counter() - t0
        scale = sum(map(len, texts)) / max(1, sum(map(len, sample)))
        rows.append(Row("pysbd segmentation (peer)*", len(paths), total, t_sample * scale, peak_mb(resettable),
                        "1 process, sentences only"))
        sbd_note = (f"* pysbd estimated: it segmented every {step}th file ({len(sample):,} files, "
                    f"{sample_bytes / MB:.2f} MB, {n_sent:,} sentences) in {t_sample:.2f} s, "
                    f"scaled up x{scale:.1f} by characters to the whole corpus.")

    print_table(rows)
    if sbd_note:
        print(sbd_note)
    print()

    # ---- totals ----
    n_snip = sum(cold_kinds.values())
    by_kind = ", ".join(f"{k} {cold_kinds.get(k, 0):,}" for k in ("claim", "figure", "quote"))
    others = {k: v for k, v in cold_kinds.items() if k not in ("claim", "figure", "quote")}
    if others:
        by_kind += ", " + ", ".join(f"{k} {v:,}" for k, v in sorted(others.items()))
    print(f"sources:  {cold_sources:,} of {len(paths):,} files")
    print(f"snippets: {n_snip:,} ({by_kind}); {n_snip / max(1, cold_sources):.1f} per source")
    if isinstance(warm_hits, int):
        print(f"cache:    the warm run found {warm_hits:,} of {len(paths):,} files in the cache")
    if (warm_kinds, warm_sources) != (cold_kinds, cold_sources):
        print(f"WARNING: the warm run returned different results: {warm_sources:,} sources, "
              f"{dict(sorted(warm_kinds.items()))} vs cold {dict(sorted(cold_kinds.items()))}")
    if resettable:
        print("memory:   peak RSS of this process during each run (VmHWM, reset before each run)", end="")
    else:
        print("memory:   peak RSS of this process so far (ru_maxrss; it cannot be reset here)", end="")
    print("" if workers is None else f"; largest worker process: {workers:.0f} MB")

    # ---- targets ----
    notes = []
    if jobs_used != TARGET_CORES:
        notes.append(f"this run used {jobs_used} jobs on {cores} cores; the cold target assumes {TARGET_CORES}")
    if len(paths) != TARGET_FILES or not 4.0 * MB <= total <= 6.0 * MB:
        notes.append(f"the targets are set for {TARGET_FILES:,} files / ~5 MB, this corpus differs")
    print(f"targets:  cold < {TARGET_COLD_S:.0f} s on {TARGET_CORES} cores: {verdict(t_cold < TARGET_COLD_S)} "
          f"({t_cold:.2f} s); warm < {TARGET_WARM_S:.0f} s: {verdict(t_warm < TARGET_WARM_S)} ({t_warm:.2f} s)")
    for n in notes:
        print(f"          note: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
