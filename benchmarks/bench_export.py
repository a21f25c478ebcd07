"""Benchmark: export the same deck with briefdeck, with plain python-pptx and with pandoc.

    python benchmarks/bench_export.py                     # 10, 100 and 1,000 slides (+1 and 2,000 for briefdeck)
    python benchmarks/bench_export.py --sizes 10,100 --repeat 5
    python benchmarks/bench_export.py --out DIR           # keep the decks, Markdown and .pptx files in DIR

For each size the deck comes from benchmarks/decks.py. The same facts are then written three ways:

- briefdeck: ``load_deck`` + ``export`` of the deck file;
- python-pptx, plain: ``Presentation()``, ``add_slide``, text frames, ``add_chart``, notes, ``save``,
  from the text of the loaded briefdeck deck (the same words, numbers and notes);
- pandoc: ``pandoc deck.md -o deck.pptx`` on the equivalent Markdown (charts become tables).

Every (method, size, repeat) runs in a fresh Python process; the best time of the repeats is kept.
Imports are not timed; everything after them is. Each file is reopened with python-pptx afterwards.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import decks  # the deck generator next to this file

TARGET_100_S = 0.25
TARGET_1000_S = 1.5
FLAT_SIZES = (10, 100, 1000, 2000)
MB = 1e6


# ---- the child process: one measurement, printed as a JSON line -----------------------------

def peak_rss_mb(children: bool = False) -> float | None:
    """Peak RSS of this process (VmHWM on Linux: ru_maxrss there keeps the parent's peak across exec),
    or of its largest finished child (ru_maxrss)."""
    if not children:
        try:
            with open("/proc/self/status", encoding="ascii") as f:
                return next(int(line.split()[1]) * 1024 / MB for line in f if line.startswith("VmHWM:"))
        except (OSError, StopIteration):
            pass
    try:
        import resource
    except ImportError:   # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF).ru_maxrss
    return rss / MB if sys.platform == "darwin" else rss * 1024 / MB   # bytes on macOS, kB elsewhere


def child_briefdeck(deck: Path, out: Path) -> dict:
    from briefdeck.spec import load_deck
    from briefdeck.writers import pptx_emit  # noqa: F401 - imported lazily by export(); not timed, like `import pptx`
    from briefdeck.writers.export import export
    t0 = time.perf_counter()
    loaded = load_deck(deck)
    t1 = time.perf_counter()
    result = export(loaded, out)
    t2 = time.perf_counter()
    return {"load": t1 - t0, "export": t2 - t1, "total": t2 - t0, "slides": result.slide_count, "peak": peak_rss_mb()}


def child_pptx(facts_file: Path, out: Path) -> dict:
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches, Pt
    facts = json.loads(facts_file.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    prs = Presentation()
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    for f in facts:
        if f["kind"] in ("bullets", "quote", "sources"):
            slide = prs.slides.add_slide(layouts["Title and Content"])
            if f["title"]:
                slide.shapes.title.text = f["title"]
            body = slide.placeholders[1].text_frame
            body.text = f["lines"][0]
            for line in f["lines"][1:]:
                body.add_paragraph().text = line
        else:
            slide = prs.slides.add_slide(layouts["Title Only"])
            slide.shapes.title.text = f["title"]
            if f["kind"] == "chart":
                data = CategoryChartData()
                data.categories = f["chart"]["categories"]
                data.add_series(f["chart"]["series"], f["chart"]["values"])
                slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(0.8), Inches(1.6), Inches(8.4),
                                       Inches(4.8), data)
            else:   # big number
                frame = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(3)).text_frame
                frame.text = f["lines"][0]
                frame.paragraphs[0].runs[0].font.size = Pt(96)
                frame.add_paragraph().text = f["lines"][1]
        if f["footnote"]:
            slide.shapes.add_textbox(Inches(0.5), Inches(6.9), Inches(9), Inches(0.4)).text_frame.text = f["footnote"]
        if f["notes"]:
            slide.notes_slide.notes_text_frame.text = f["notes"]
    prs.save(out)
    t1 = time.perf_counter()
    return {"load": None, "export": t1 - t0, "total": t1 - t0, "slides": len(facts), "peak": peak_rss_mb()}


def child_pandoc(markdown: Path, out: Path) -> dict:
    command = [shutil.which("pandoc") or "pandoc", str(markdown), "-o", str(out)]
    t0 = time.perf_counter()
    subprocess.run(command, check=True)
    t1 = time.perf_counter()
    return {"load": None, "export": None, "total": t1 - t0, "slides": None, "peak": peak_rss_mb(children=True)}


CHILDREN = {"briefdeck": child_briefdeck, "python-pptx": child_pptx, "pandoc": child_pandoc}


# ---- the same facts, as plain data (for python-pptx) and as Markdown (for pandoc) ----------

def slide_facts(deck) -> list[dict]:
    """Each slide's title, lines of text, chart, notes and footnote, read from a loaded briefdeck deck."""
    out = []
    for slide in deck.slides:
        cited = [deck.snippets[s] for s in slide.snippet_ids()]
        src = deck.sources[cited[0].source] if cited else None
        f = {"kind": slide.layout, "title": slide.text("title"), "lines": [], "chart": None,
             "footnote": f"[1] {src.publisher}, \u201c{src.title}\u201d, {src.date}" if src else "",
             "notes": "\n\n".join([slide.notes] + [f"[1] {s.kind.capitalize()}: \u201c{s.text}\u201d \u2014 "
                                                   f"Source: \u201c{src.title}\u201d, {src.publisher}, {src.date}."
                                                   for s in cited])}
        if slide.layout == "bullets":
            f["lines"] = [deck.item_text(i) + " [1]" for i in slide.slots["bullets"]]
        elif slide.layout == "big-number":
            f["lines"] = [deck.item_text(slide.slots["figure"]), slide.text("label") + " [1]"]
        elif slide.layout == "quote":
            f["lines"] = [f"\u201c{deck.item_text(slide.slots['quote'])}\u201d", f"\u2014 {cited[0].speaker} [1]"]
        elif slide.layout == "chart":
            chart = slide.slots["chart"]
            f["chart"] = {"categories": chart.categories, "series": chart.series[0].name,
                          "values": chart.series[0].values, "unit": chart.unit}
        else:
            raise ValueError(f"layout {slide.layout} is not in the benchmark decks")
        out.append(f)
    src = next(iter(deck.sources.values()))
    out.append({"kind": "sources", "title": "Sources", "chart": None, "footnote": "", "notes": "",
                "lines": [f"[1] \u201c{src.title}\u201d, {src.publisher}, {src.date}. {src.path}"]})
    return out


def markdown(facts: list[dict]) -> str:
    """One ``## Title`` per slide (a ``---`` rule when untitled); charts as tables; ``::: notes`` blocks."""
    out = []
    for f in facts:
        out.append(f"## {f['title']}\n" if f["title"] else "---\n")
        if f["kind"] in ("bullets", "sources"):
            out += [f"- {line}" for line in f["lines"]]
        elif f["kind"] == "quote":
            out += [f"> {f['lines'][0]}", ">", f"> {f['lines'][1]}"]
        elif f["kind"] == "big-number":
            out += [f"**{f['lines'][0]}** {f['lines'][1]}"]
        else:
            unit = " (%)" if f["chart"]["unit"] == "percent" else ""
            out += [f"| Port | {f['chart']['series']}{unit} |", "| --- | ---: |"]
            out += [f"| {c} | {v:g} |" for c, v in zip(f["chart"]["categories"], f["chart"]["values"])]
            out += ["", f"Table: {f['footnote']}"]   # a caption: text after a table would start a new slide
        if f["footnote"] and f["kind"] != "chart":
            out += ["", f["footnote"]]
        if f["notes"]:
            out += ["", "::: notes", f["notes"], ":::"]
        out.append("")
    return "\n".join(out)


# ---- the parent: run the children, print the tables and the verdicts ------------------------

def measure(method: str, src: Path, out: Path, repeat: int) -> dict:
    """Best of ``repeat`` fresh processes (lowest total time; the highest peak RSS of them)."""
    runs = []
    for _ in range(repeat):
        proc = subprocess.run([sys.executable, __file__, "--child", method, str(src), str(out)],
                              check=False, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"bench_export: the {method} run on {src} failed:\n{proc.stderr}")
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["total"])
    peaks = [r["peak"] for r in runs if r["peak"] is not None]
    return dict(best, peak=max(peaks) if peaks else None)


def reopens(path: Path, expected: int) -> str:
    from pptx import Presentation
    try:
        got = len(Presentation(str(path)).slides)
    except Exception as exc:  # noqa: BLE001 - any failure to reopen is the finding
        return f"FAIL ({type(exc).__name__})"
    return f"ok ({got} slides)" if got == expected else f"FAIL ({got} slides, expected {expected})"


def fmt(v, spec=".3f") -> str:
    return "-" if v is None else format(v, spec)


def print_table(head: list[str], rows: list[list[str]], left: set[int]) -> None:
    table = [head] + rows
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    for n, r in enumerate(table):
        print("  ".join(c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def verdict(ok: bool | None) -> str:
    return "not measured" if ok is None else ("PASS" if ok else "FAIL")


def slide_counts(text: str) -> list[int]:
    return sorted({int(x) for x in text.split(",")})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark briefdeck's export against plain python-pptx and pandoc.")
    ap.add_argument("--sizes", type=slide_counts, default=[10, 100, 1000],
                    help="slide counts, comma-separated (default 10,100,1000)")
    ap.add_argument("--repeat", type=int, default=None,
                    help="runs per measurement, best kept (default 3 for sizes <= 100, else 1)")
    ap.add_argument("--out", type=Path, default=None, help="keep the decks, Markdown and .pptx files in this folder")
    ap.add_argument("--no-pandoc", action="store_true", help="skip pandoc")
    ap.add_argument("--no-pptx", action="store_true", help="skip plain python-pptx")
    ap.add_argument("--flat", action=argparse.BooleanOptionalAction, default=True,
                    help="also run briefdeck at 1 and 2,000 slides for the per-slide cost check (default on)")
    ap.add_argument("--child", nargs=3, metavar=("METHOD", "INPUT", "OUTPUT"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        method, src, out = args.child
        print(json.dumps(CHILDREN[method](Path(src), Path(out))))
        return 0
    sizes = args.sizes
    if sizes[0] < 1 or (args.repeat is not None and args.repeat < 1):
        ap.error("sizes and --repeat must be at least 1")

    from briefdeck.spec import load_deck
    pandoc = None if args.no_pandoc else shutil.which("pandoc")
    methods = ["briefdeck"] + ([] if args.no_pptx else ["python-pptx"]) + (["pandoc"] if pandoc else [])
    bd_sizes = sorted(set(sizes) | ({1, 2000} if args.flat else set()))
    work = args.out or Path(tempfile.mkdtemp(prefix="briefdeck-bench-export-"))
    print("briefdeck export benchmark")
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()} on {platform.system()}")
    if pandoc:
        version = subprocess.run([pandoc, "--version"], check=False, capture_output=True, text=True).stdout
        version = version.split("\n")[0]
        print(f"pandoc:  {version} ({pandoc}); it has no native charts from Markdown, so its chart slides are tables")
    else:
        print("pandoc:  " + ("skipped (--no-pandoc)" if args.no_pandoc else "not on PATH: pandoc column skipped"))
    extra = " (+ 1 and 2,000 for briefdeck only)" if args.flat else ""
    print(f"sizes:   {', '.join(map(str, sizes))} slides{extra}")
    print()

    results: dict[tuple[str, int], dict] = {}
    rows = []
    try:
        for n in bd_sizes:
            folder = work / f"{n}-slides"
            deck = decks.write_deck(folder, n)
            todo = methods if n in sizes else ["briefdeck"]
            if len(todo) > 1:
                facts = slide_facts(load_deck(deck).deck)
                (folder / "facts.json").write_text(json.dumps(facts), encoding="utf-8")
                (folder / "deck.md").write_text(markdown(facts), encoding="utf-8")
            inputs = {"briefdeck": deck, "python-pptx": folder / "facts.json", "pandoc": folder / "deck.md"}
            repeat = args.repeat or (3 if n <= 100 else 1)
            for m in todo:
                out = folder / f"{m}.pptx"
                print(f"  {m:<11} {n:>5} slides, {repeat} run{'s' * (repeat > 1)} ...", end="", flush=True)
                r = results[(m, n)] = measure(m, inputs[m], out, repeat)
                print(f" {r['total']:.3f} s")
                if n not in sizes:
                    continue
                if m == "briefdeck":
                    ratio = ""
                else:
                    base = "export" if m == "python-pptx" else "total"
                    ratio = f"{r['total'] / results[('briefdeck', n)][base]:.1f}x {base}"
                rows.append([f"{n:,}", m, fmt(r["load"]), fmt(r["export"]), fmt(r["total"]),
                             f"{1000 * r['total'] / n:.2f}", ratio, fmt(r["peak"], ".0f"), reopens(out, n + 1)])
        print()
        print_table(["slides", "method", "load s", "export s", "total s", "ms/slide", "vs briefdeck", "peak RSS MB",
                     "reopens"], rows, left={1, 6, 8})
        print("ms/slide = total s / slides. vs briefdeck: python-pptx against briefdeck's export (both start from "
              "text in memory),\npandoc against briefdeck's total (both read a text file). Peak RSS: the whole child "
              "process\n(interpreter and imports included); for pandoc, the pandoc process. Best of the repeats; "
              "imports not timed.")
        print()

        # ---- per-slide cost of briefdeck ----
        flat_ok = None
        if ("briefdeck", 1) in results:
            t_fixed = results[("briefdeck", 1)]["export"]
            flat = [(n, results[("briefdeck", n)]["export"]) for n in FLAT_SIZES if ("briefdeck", n) in results]
            marginal = [1000 * (t - t_fixed) / n for n, t in flat]
            print(f"briefdeck export per slide (t_fixed = export of a 1-slide deck = {t_fixed:.3f} s)")
            print_table(["slides", "export s", "raw ms/slide", "marginal ms/slide"],
                        [[f"{n:,}", f"{t:.3f}", f"{1000 * t / n:.3f}", f"{m:.3f}"]
                         for (n, t), m in zip(flat, marginal)], left=set())
            if len(flat) == len(FLAT_SIZES) and min(marginal) > 0:
                flat_ok = max(marginal) / min(marginal) <= 2
                spread = f" (max/min marginal = {max(marginal) / min(marginal):.2f})"
            print()

        def export_under(n: int, limit: float) -> str:
            r = results.get(("briefdeck", n))
            return verdict(None) if r is None else f"{verdict(r['export'] < limit)} ({r['export']:.3f} s)"

        print("targets (2 cores):")
        print(f"  briefdeck 100 slides (notes, footnotes, 20 native charts) export < {TARGET_100_S} s: "
              f"{export_under(100, TARGET_100_S)}")
        print(f"  briefdeck 1,000 slides export < {TARGET_1000_S} s: {export_under(1000, TARGET_1000_S)}")
        print(f"  briefdeck marginal cost per slide flat within 2x from 10 to 2,000 slides: {verdict(flat_ok)}"
              + (spread if flat_ok is not None else ""))
        if os.cpu_count() != 2:
            print(f"  note: this machine has {os.cpu_count()} cores; the targets assume 2")
    finally:
        if args.out:
            print(f"\nkept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
