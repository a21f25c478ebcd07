"""Fit the claim ranking's weights on the hand-marked sets, and check the fit on sets it did not see.

    python benchmarks/fit_claims.py                 # left-sets-out check: the fit against the shipped weights
    python benchmarks/fit_claims.py --write         # fit on every set; write claim_words.tsv, print WEIGHTS
    python benchmarks/fit_claims.py --late DY       # train on the sets before DY, score DY and after

Every article of benchmarks/sets is extracted by the briefdeck this Python imports; each candidate claim gets
its traits (claim_features, claims.candidates) and a label: is it one of the article's gold key sentences
(matched as the scorer matches them)? One L2-regularised logistic regression (Newton's method, numpy) then
fits one weight a trait and one a word written in lower case (only words found in --min-sets sets or more,
so that no one story's names or topic words are learnt). "claim_recall_at5" here is the scorer's measure
with an article's best five taken in plain score order (the extractor also keeps the best ten from saying
the same thing twice, which moves a few).
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import yaml

from briefdeck.extract.claim_features import lower_words
from score_sets import DEFAULT_SCORER, SETS, load_scorer

TABLE = Path(__file__).resolve().parents[1] / "src" / "briefdeck" / "extract" / "claim_words.tsv"


def _candidates(job: tuple[str, str, str]) -> tuple[str, list[tuple[str, dict, bool]], int]:
    """One article's candidate claims: (sentence, traits, is a key sentence), and how many key sentences."""
    name, article, scorer_path = job
    from briefdeck.extract import claims, extract_files
    similar = load_scorer(Path(scorer_path)).similar
    tables = []
    original = claims.candidates

    def keep(text, spans, title="", figures=()):
        table = original(text, spans, title, figures)
        tables.append((text, table))
        return table
    claims.candidates = keep
    try:
        extract_files([article], cache=None, jobs=1)
    finally:
        claims.candidates = original
    gold = yaml.safe_load((SETS / name / "gold" / (Path(article).stem + ".yaml")).read_text(encoding="utf-8"))
    key = gold.get("claims") or []
    rows = []
    if tables:
        text, table = tables[-1]
        for (s, e), traits in zip(table.spans, table.features):
            if traits is not None:
                rows.append((text[s:e], dict(traits), [i for i, c in enumerate(key) if similar(c, text[s:e]) >= 0.85]))
    return name, rows, len(key)


class Data:
    def __init__(self, articles, traits: list[str]):
        self.articles = [a for a in articles if a[1]]
        self.traits = traits
        self.key_total = sum(a[2] for a in articles)

    def vocabulary(self, names: set[str], min_sets: int) -> list[str]:
        seen = defaultdict(set)
        for name, rows, _ in self.articles:
            if name in names:
                for sentence, _, _ in rows:
                    for w in lower_words(sentence):
                        seen[w].add(name)
        return sorted(w for w, where in seen.items() if len(where) >= min_sets)

    def matrix(self, articles, vocab: list[str]) -> np.ndarray:
        index = {w: i for i, w in enumerate(vocab)}
        rows = [r for _, rs, _ in articles for r in rs]
        x = np.zeros((len(rows), len(vocab) + len(self.traits)))
        for i, (sentence, traits, _) in enumerate(rows):
            for w in lower_words(sentence):
                if w in index:
                    x[i, index[w]] = 1.0
            x[i, len(vocab):] = [traits.get(t, 0.0) for t in self.traits]
        return x


def fit(x: np.ndarray, y: np.ndarray, c: float, steps: int = 25) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression (the penalty 1/(2c)·|w|², none on the bias), by Newton's method."""
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    penalty = np.full(x1.shape[1], 1.0 / c)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x1 @ w)))
        grad = x1.T @ (p - y) + penalty * w
        hess = (x1 * (p * (1 - p))[:, None]).T @ x1 + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w[:-1], float(w[-1])


def hits(articles, scores_of) -> int:
    """How many key sentences are among each article's best five (each counted once)."""
    found = 0
    for article in articles:
        scores = scores_of(article)
        seen: set[int] = set()
        for i in np.argsort(-scores, kind="stable")[:5]:
            seen.update(article[1][i][2])
        found += len(seen)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="eval_extract.py (for its sentence match)")
    ap.add_argument("--c", type=float, default=0.1, help="inverse strength of the L2 penalty (default %(default)s)")
    ap.add_argument("--min-sets", type=int, default=10, help="a word counts when found in this many sets")
    ap.add_argument("--folds", type=int, default=6, help="left-sets-out check: sets split into this many folds")
    ap.add_argument("--late", help="instead of folds: train on the sets before this one, score it and the rest")
    ap.add_argument("--write", action="store_true", help=f"fit on every set and write {TABLE.name}")
    args = ap.parse_args()
    from briefdeck.extract import claims
    names = sorted(p.name for p in SETS.iterdir() if (p / "gold").is_dir())
    jobs = [(n, str(f), str(args.scorer)) for n in names for f in sorted((SETS / n / "text").iterdir())]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        extracted = list(pool.map(_candidates, jobs, chunksize=4))
    traits = [t for t in claims.WEIGHTS if t != "words"]
    data = Data(extracted, traits)
    shipped = np.array([claims.WEIGHTS[t] for t in traits])

    def shipped_scores(article):
        return np.array([sum(w * r[1].get(t, 0.0) for t, w in claims.WEIGHTS.items()) for r in article[1]])

    if args.write:
        vocab = data.vocabulary(set(names), args.min_sets)
        x = data.matrix(data.articles, vocab)
        y = np.array([1.0 if r[2] else 0.0 for a in data.articles for r in a[1]])
        w, bias = fit(x, y, args.c)
        with TABLE.open("w", encoding="utf-8") as out:
            out.write("# word<TAB>weight: how much a word written in lower case anywhere in a sentence adds to the "
                      "log-odds that\n# an analyst picks the sentence as a key claim. Fitted with the traits' weights "
                      f"in claims.WEIGHTS\n# (benchmarks/fit_claims.py --write: one L2-regularised logistic regression, "
                      f"C={args.c}) on the key\n# sentences of the {len(names)} hand-marked sets in benchmarks/sets "
                      f"({len(data.articles)} articles, {int(y.sum())} key sentences\n# among {len(y)} candidates); only "
                      f"words found in {args.min_sets} sets or more, so that no one story's names or\n# topic words are "
                      "learnt. See README, \"How snippets are proposed\".\n")
            for word, weight in zip(vocab, w[:len(vocab)]):
                if round(float(weight), 3):
                    out.write(f"{word}\t{round(float(weight), 3)}\n")
        print(f"BIAS = {bias:.2f}")
        print("WEIGHTS = {" + ", ".join(f'"{t}": {w[len(vocab) + i]:.2f}' for i, t in enumerate(traits))
              + ', "words": 1.0}')
        return 0
    groups = ([[n for n in names if n >= args.late]] if args.late
              else [names[k::args.folds] for k in range(args.folds)])
    new = old = wanted = 0
    for held in groups:
        train = [a for a in data.articles if a[0] not in held]
        test = [a for a in data.articles if a[0] in held]
        vocab = data.vocabulary({a[0] for a in train}, args.min_sets)
        w, _ = fit(data.matrix(train, vocab), np.array([1.0 if r[2] else 0.0 for a in train for r in a[1]]), args.c)
        new += hits(test, lambda a: data.matrix([a], vocab) @ w)
        old += hits(test, shipped_scores)
        wanted += sum(a[2] for a in extracted if a[0] in held)
    print(f"held-out sets: {', '.join(n for g in groups for n in g)}")
    print(f"claim_recall_at5 (plain order), fitted without the held-out sets: {new / wanted:.3f} ({new}/{wanted})")
    print(f"claim_recall_at5 (plain order), the shipped weights:              {old / wanted:.3f} ({old}/{wanted})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
