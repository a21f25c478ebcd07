"""How central each sentence is to its article: LexRank over TF-IDF cosine similarity (numpy).

LexRank (Erkan & Radev, 2004) treats sentences as nodes of a graph whose edges
are their similarity; a sentence is central when sentences that are central
themselves resemble it — the stationary distribution of a random walk on that
graph, found by power iteration.
"""
from __future__ import annotations

import re

import numpy as np

_TOKEN = re.compile(r"[a-z][a-z0-9’'\-]{2,}|\d[\d,.]*")
_STOP = frozenset(
    "the and for are but not you all any can had her was one our out has him his how its may new now old see "
    "two way who did get let say she too use that this these those with from have been were will would could "
    "should their there which while about into over under after before than then they them what when where "
    "also more most such only very just much many some other being does said says like even because through "
    "between against during without within across among upon here it’s it's per its".split())
THRESHOLD = 0.08          # similarity below this is no edge
DAMPING = 0.85


def _stem(word: str) -> str:
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    return [_stem(w) for w in _TOKEN.findall(text.casefold()) if w not in _STOP]


def vectors(sentences: list[str], extra: str = "") -> tuple[np.ndarray, np.ndarray]:
    """Unit TF-IDF rows, one per sentence, and the same for ``extra`` (a headline) in their vocabulary."""
    docs = [tokens(s) for s in sentences]
    vocab: dict[str, int] = {}
    for doc in docs:
        for w in doc:
            vocab.setdefault(w, len(vocab))
    matrix = np.zeros((len(docs), max(1, len(vocab))))
    for i, doc in enumerate(docs):
        for w in doc:
            matrix[i, vocab[w]] += 1.0
    df = (matrix > 0).sum(axis=0)
    idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0
    matrix *= idf
    extra_row = np.zeros(matrix.shape[1])
    for w in tokens(extra):
        if w in vocab:
            extra_row[vocab[w]] += idf[vocab[w]]
    return _unit(matrix), _unit(extra_row[None, :])[0]


def _unit(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


def lexrank(rows: np.ndarray, iterations: int = 40) -> np.ndarray:
    """Centrality per sentence, scaled so the most central is 1."""
    n = rows.shape[0]
    if n < 3:
        return np.ones(n)
    sim = rows @ rows.T
    np.fill_diagonal(sim, 0.0)
    sim[sim < THRESHOLD] = 0.0
    degree = sim.sum(axis=1, keepdims=True)
    lonely = degree[:, 0] == 0
    degree[degree == 0] = 1.0
    walk = sim / degree
    walk[lonely] = 1.0 / n                   # a sentence like no other jumps anywhere
    p = np.full(n, 1.0 / n)
    for _ in range(iterations):
        nxt = (1 - DAMPING) / n + DAMPING * (p @ walk)
        if np.abs(nxt - p).sum() < 1e-6:
            p = nxt
            break
        p = nxt
    return p / p.max()


def similarity_to(rows: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """Cosine similarity of every sentence to one vector (0 when the vector is empty)."""
    return rows @ vector


def diverse_order(rows: np.ndarray, scores: list[float], top: int, penalty: float = 0.35) -> list[int]:
    """The ``top`` best sentences in maximal-marginal-relevance order: each next pick loses
    ``penalty`` times its similarity to the closest already picked."""
    remaining = sorted(range(len(scores)), key=lambda i: -scores[i])[:max(top * 2, top)]
    picked: list[int] = []
    while remaining and len(picked) < top:
        def value(i: int) -> float:
            if not picked:
                return scores[i]
            return scores[i] - penalty * float(max(rows[i] @ rows[j] for j in picked))
        best = max(remaining, key=value)
        picked.append(best)
        remaining.remove(best)
    return picked
