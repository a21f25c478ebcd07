"""How central each sentence is to its article: LexRank over TF-IDF cosine similarity (numpy).

LexRank (Erkan & Radev, 2004) treats sentences as nodes of a graph whose edges
are their similarity; a sentence is central when sentences that are central
themselves resemble it — the stationary distribution of a random walk on that
graph, found by power iteration.

The matrices are small (tens of sentences), so products are written with
``einsum`` and element-wise sums rather than ``@``: a BLAS library would start
its worker threads for each of them and spend more time waking them than
multiplying, twice the CPU time of the whole extraction on a busy machine.
"""
from __future__ import annotations

import re
from functools import lru_cache

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


@lru_cache(maxsize=65536)
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
    rows_at: list[int] = []
    cols_at: list[int] = []
    for i, doc in enumerate(docs):
        for w in doc:
            rows_at.append(i)
            cols_at.append(vocab.setdefault(w, len(vocab)))
    matrix = np.zeros((len(docs), max(1, len(vocab))))
    np.add.at(matrix, (np.array(rows_at, dtype=np.intp), np.array(cols_at, dtype=np.intp)), 1.0)
    df = (matrix > 0).sum(axis=0)
    idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0
    matrix *= idf
    extra_row = np.zeros(matrix.shape[1])
    for w in tokens(extra):
        if w in vocab:
            extra_row[vocab[w]] += idf[vocab[w]]
    return _unit(matrix), _unit(extra_row[None, :])[0]


def _unit(m: np.ndarray) -> np.ndarray:
    norms = np.sqrt((m * m).sum(axis=1, keepdims=True))
    norms[norms == 0] = 1.0
    return m / norms


def similarities(rows: np.ndarray) -> np.ndarray:
    """Cosine similarity of every pair of (unit) rows; only words two sentences share can add to it."""
    shared = np.count_nonzero(rows, axis=0) > 1
    sub = np.ascontiguousarray(rows[:, shared])
    return np.einsum("ik,jk->ij", sub, sub)


def lexrank(rows: np.ndarray, iterations: int = 30) -> np.ndarray:
    """Centrality per sentence, scaled so the most central is 1."""
    n = rows.shape[0]
    if n < 3:
        return np.ones(n)
    sim = similarities(rows)
    np.fill_diagonal(sim, 0.0)
    sim[sim < THRESHOLD] = 0.0
    degree = sim.sum(axis=1, keepdims=True)
    lonely = degree[:, 0] == 0
    degree[degree == 0] = 1.0
    walk = sim / degree
    walk[lonely] = 1.0 / n                   # a sentence like no other jumps anywhere
    p = np.full(n, 1.0 / n)
    walk *= DAMPING
    jump = (1 - DAMPING) / n
    for step in range(iterations):
        nxt = np.einsum("i,ij->j", p, walk) + jump
        if step % 5 == 4 and np.abs(nxt - p).sum() < 1e-5:
            p = nxt
            break
        p = nxt
    return p / p.max()


def similarity_to(rows: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """Cosine similarity of every sentence to one vector (0 when the vector is empty)."""
    return (rows * vector).sum(axis=1)


def diverse_order(rows: np.ndarray, scores: list[float], top: int, penalty: float = 0.35) -> list[int]:
    """The ``top`` best sentences in maximal-marginal-relevance order: each next pick loses
    ``penalty`` times its similarity to the closest already picked."""
    pool = sorted(range(len(scores)), key=lambda i: -scores[i])[:top * 2]
    if not pool:
        return []
    sim = similarities(rows[pool]).tolist()           # one product, then plain floats
    closest = [0.0] * len(pool)
    left = list(range(len(pool)))
    picked: list[int] = []
    while left and len(picked) < top:
        best = max(left, key=lambda k: scores[pool[k]] - penalty * closest[k])
        picked.append(pool[best])
        left.remove(best)
        row = sim[best]
        for k in left:
            if row[k] > closest[k]:
                closest[k] = row[k]
    return picked
