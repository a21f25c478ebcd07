"""Regular expressions built from word lists."""
from __future__ import annotations

import re
from collections.abc import Iterator


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching the longest of ``words`` at a place, written as a trie ("a(?:pp|lready a)")
    so that the engine follows one branch per character instead of trying every word in turn."""
    trie: dict = {}
    for word in words:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(c) + build(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return build(trie)


def leftmost(patterns: tuple[re.Pattern, ...], text: str) -> Iterator[re.Match]:
    """The matches ``re.compile("A|B|…").finditer(text)`` finds, from the patterns A, B, … compiled apart:
    leftmost first, the earlier pattern's where two start at one place, none inside the one before. Two scans
    can be quicker than one: a pattern whose alternatives all open on a word's edge ("\\b") is tried apart from
    one whose alternatives open on a digit."""
    pos, found = 0, [p.search(text) for p in patterns]
    while True:
        for k, m in enumerate(found):
            if m is not None and m.start() < pos:
                found[k] = m = patterns[k].search(text, pos)     # (one inside the match before: look again)
        best = min((k for k, m in enumerate(found) if m is not None), key=lambda k: found[k].start(), default=None)
        if best is None:
            return
        m = found[best]
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1
        found[best] = patterns[best].search(text, pos) if pos <= len(text) else None
