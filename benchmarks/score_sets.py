"""Score extraction on the hand-marked article sets in benchmarks/sets, one row a set.

    python benchmarks/score_sets.py                          # every set, with ../shared/eval/eval_extract.py
    python benchmarks/score_sets.py CI CK --verbose          # two sets, listing each miss
    python benchmarks/score_sets.py --scorer PATH --cmd "briefdeck extract --no-cache"
    python benchmarks/score_sets.py --check                  # exit 1 when a set falls below its floors (CI)

Each set is a folder of articles (text/) and their gold answers (gold/, in the scorer's format: see
benchmarks/sets/README.md). The scorer runs `CMD FILE --format json` on every article; this script adds up
its per-article lines into counts, so that sets of different sizes can be added up too.

Without --cmd, every article is extracted first by `briefdeck extract --no-cache FILE --format json` run
inside one worker process per core (the briefdeck this Python imports), and the scorer is handed the
stored answers: the same output as one process per article, without paying for the imports 400 times.
"""
from __future__ import annotations

import argparse
import ast
import importlib.util
import io
import os
import re
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import redirect_stderr
from pathlib import Path

SETS = Path(__file__).resolve().parent / "sets"
DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "eval_extract.py"
_LINE = re.compile(r"\S+: snippets=\d+ quotes (\d+)/(\d+) speaker (\d+)/(\d+) attributed-ok (\d+)/(\d+) "
                   r"figures (\d+)/(\d+) claims (\d+)/(\d+) top5 (\d+) .*?dupes (\[.*?\]|0) leaks (\[.*\]|0) speaker")
FIELDS = ("quotes", "quotes_gold", "speakers", "speakers_scored", "attributed_ok", "attributed",
          "figures", "figures_gold", "claims", "claims_gold", "top5")


def load_scorer(path: Path):
    """The shared scorer, eval_extract.py, as a module: its ``similar`` is how a sentence matches the gold."""
    spec = importlib.util.spec_from_file_location("eval_extract", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(name: str, scorer: Path, cmd: str, verbose: bool) -> tuple[dict[str, int], str]:
    """The counts of one set, and the scorer's own output."""
    folder = SETS / name
    args = [sys.executable, str(scorer), "--gold", str(folder / "gold"), "--seeds", str(folder / "text"),
            "--cmd", cmd] + (["--verbose"] if verbose else [])
    out = subprocess.run(args, capture_output=True, text=True, timeout=1800).stdout
    counts = dict.fromkeys(FIELDS, 0) | {"leaks": 0, "dupes": 0, "articles": 0, "top5_best": 0}
    for m in _LINE.finditer(out):
        counts["articles"] += 1
        for field, value in zip(FIELDS, m.groups()[:11]):
            counts[field] += int(value)
        counts["top5_best"] += min(5, int(m.group(10)))     # five places hold at most five of an article's key sentences
        counts["dupes"] += 0 if m.group(12) == "0" else len(ast.literal_eval(m.group(12)))
        counts["leaks"] += 0 if m.group(13) == "0" else len(ast.literal_eval(m.group(13)))   # strings, quoted either way
    return counts, out


def _extract(job: tuple[str, str]) -> None:
    """One article through the command line's own code, in this worker: its JSON, or what it printed."""
    from briefdeck.cli.main import main as briefdeck
    article, answer = job
    messages = io.StringIO()
    with redirect_stderr(messages):
        code = briefdeck(["extract", "--no-cache", "--jobs", "1", article, "--format", "json", "-o", answer])
    if code:
        Path(answer + ".err").write_text(messages.getvalue() or f"exited {code}", encoding="utf-8")


def extract_sets(names: list[str], folder: Path) -> None:
    """Every article of the sets, extracted into folder/SET/FILE.json by one worker process per core."""
    jobs = []
    for name in names:
        (folder / name).mkdir()
        jobs += [(str(f), str(folder / name / f"{f.name}.json")) for f in sorted((SETS / name / "text").iterdir())]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(_extract, jobs, chunksize=4))


def replay(folder: str, article: str) -> int:
    """The scorer's command in one-process mode: print the answer extracted earlier for this article."""
    answer = Path(folder) / f"{Path(article).name}.json"
    failed = answer.with_name(answer.name + ".err")
    if failed.exists():
        sys.stderr.write(failed.read_text(encoding="utf-8"))
        return 1
    sys.stdout.write(answer.read_text(encoding="utf-8"))
    return 0


FLOORS = SETS / "floors.yaml"
MEASURES = {"quote_recall": ("quotes", "quotes_gold"), "speaker_accuracy": ("speakers", "speakers_scored"),
            "quote_precision": ("attributed_ok", "attributed"), "figure_recall": ("figures", "figures_gold"),
            "claim_recall_at5": ("top5", "claims_gold")}


def below_floors(name: str, c: dict[str, int], floors: dict) -> list[str]:
    """What of set ``name`` falls below its floors (benchmarks/sets/floors.yaml: defaults, then the set's own)."""
    limits = {**floors.get("default", {}), **(floors.get("sets", {}).get(name) or {})}
    problems = [f"{m} {c[a] / c[b]:.3f} < {limits[m]}" for m, (a, b) in MEASURES.items()
                if m in limits and c[b] and c[a] / c[b] < limits[m]]
    problems += [f"{k} {c[k]} > {limits[k]}" for k in ("leaks", "dupes") if c[k] > limits.get(k, 0)]
    return problems


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def row(name: str, c: dict[str, int]) -> str:
    return (f"| {name} | {c['articles']} | {_ratio(c['quotes'], c['quotes_gold'])} | "
            f"{_ratio(c['speakers'], c['speakers_scored'])} ({c['speakers']}/{c['speakers_scored']}) | "
            f"{_ratio(c['attributed_ok'], c['attributed'])} | {_ratio(c['figures'], c['figures_gold'])} | "
            f"{_ratio(c['top5'], c['claims_gold'])} ({c['top5']}/{c['claims_gold']}) | "
            f"{_ratio(c['top5_best'], c['claims_gold'])} | {c['leaks']} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", help="set names (folders of benchmarks/sets); all by default")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="eval_extract.py (default: %(default)s)")
    ap.add_argument("--cmd", help="the extraction command the scorer runs on each article, one process each "
                    "(default: every article extracted in one process per core, by the briefdeck this Python imports)")
    ap.add_argument("--verbose", action="store_true", help="print the scorer's lines, with every miss")
    ap.add_argument("--check", action="store_true", help=f"exit 1 when a set falls below its floors ({FLOORS.name})")
    args = ap.parse_args()
    if not args.scorer.is_file():
        print(f"No scorer at {args.scorer}: pass --scorer PATH to eval_extract.py", file=sys.stderr)
        return 2
    names = args.sets or sorted(p.name for p in SETS.iterdir() if (p / "gold").is_dir())
    unknown = [n for n in names if not (SETS / n / "gold").is_dir()]
    if unknown:
        print(f"No such set: {', '.join(unknown)} (sets: {', '.join(sorted(p.name for p in SETS.iterdir()))})",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="briefdeck-sets-") as stored:
        if args.cmd:
            command = lambda name: args.cmd                                             # noqa: E731
        else:
            extract_sets(names, Path(stored))
            here = f"{shlex.quote(sys.executable)} {shlex.quote(__file__)} --replay"
            command = lambda name: f"{here} {shlex.quote(str(Path(stored) / name))}"    # noqa: E731
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda n: score(n, args.scorer, command(n), args.verbose), names))
    print("| set | articles | quote recall | speaker accuracy | quote precision | figure recall | "
          "claim_recall_at5 | at5 if the best five were all key | leaks |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    total = dict.fromkeys([*FIELDS, "leaks", "dupes", "articles", "top5_best"], 0)
    for name, (counts, out) in zip(names, results):
        if args.verbose:
            print(out, file=sys.stderr)
        print(row(name, counts))
        total = {k: total[k] + counts[k] for k in total}
    if len(names) > 1:
        print(row("all", total))
    if not args.check:
        return 0
    import yaml
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))
    failed = {name: below_floors(name, counts, floors) for name, (counts, _) in zip(names, results)}
    for name, problems in failed.items():
        if problems:
            print(f"{name}: below its floors: {'; '.join(problems)} (run with --verbose {name} to see each miss)")
    return 1 if any(failed.values()) else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--replay"]:           # FOLDER ARTICLE --format json, as the scorer runs it
        sys.exit(replay(sys.argv[2], sys.argv[3]))
    sys.exit(main())
