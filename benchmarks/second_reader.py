"""How often a second reader's five picks hold the gold's key sentences: the same claim_recall_at5 the scorer
gives briefdeck, for a person instead, on the sets that have a second reading (sets/second_reader.yaml).

    python benchmarks/second_reader.py                 # with ../shared/eval/eval_extract.py's sentence match
    python benchmarks/second_reader.py --scorer PATH

It shows how far two careful readers agree on which sentences matter, which bounds what a ranking of
claims can be expected to reach on this gold.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from score_sets import DEFAULT_SCORER, SETS, load_scorer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="eval_extract.py (for its sentence match)")
    args = ap.parse_args()
    scorer = load_scorer(args.scorer)
    picks = yaml.safe_load((SETS / "second_reader.yaml").read_text(encoding="utf-8"))
    totals: dict[str, list[int]] = {}
    for key, chosen in sorted(picks.items()):
        name, article = key.split("/")
        gold = yaml.safe_load((SETS / name / "gold" / (Path(article).stem + ".yaml")).read_text(encoding="utf-8"))
        found = sum(any(scorer.similar(c, s) >= 0.85 for s in chosen[:5]) for c in gold["claims"])
        counts = totals.setdefault(name, [0, 0])
        counts[0] += found
        counts[1] += len(gold["claims"])
    print("| set | second reader's claim_recall_at5 |\n| --- | ---: |")
    for name, (found, wanted) in totals.items():
        print(f"| {name} | {found / wanted:.2f} ({found}/{wanted}) |")
    found, wanted = (sum(c[i] for c in totals.values()) for i in (0, 1))
    print(f"| all | {found / wanted:.2f} ({found}/{wanted}) |")


if __name__ == "__main__":
    main()
