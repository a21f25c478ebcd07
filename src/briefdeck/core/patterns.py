"""Regular expressions built from word lists."""
from __future__ import annotations

import re


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
