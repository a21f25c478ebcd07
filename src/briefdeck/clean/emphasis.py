"""Markdown's marks around what the extractor reads: bold around a name in running text ("said Local 44 president
**Jo Doe**." reads "… president Jo Doe."), and the block-quote mark before a quotation ("> “Our customers …”" reads
as the paragraph of quotation it is, which goes on from whoever the paragraph before it says spoke)."""
from __future__ import annotations

import re

from briefdeck.clean.edits import Step, apply

# "**Jo Doe**", "__Acme Parts Ltd.__": two to five capitalised words in bold, not a label ("**Doe:**", "**Doe**:")
_BOLD_NAME = re.compile(r"(\*\*|__)([A-Z][\w\u2019'.\-]*(?:[ \t]+(?:[A-Z][\w\u2019'.\-]*|of|and|&|de|van|von)){1,4})\1"
                        r"(?![*_])(?![ \t]*:)")
_LINE_OPENS = re.compile(r"[ \t]*(?:[-*+\u2022\u2014\u2013][ \t]+)?$")     # nothing before it on its line but a bullet
_RUNS_ON = re.compile(r",|[ \t]+[a-z]")                                  # "**Jo Doe** said", "**Jo Doe**, operator"


# "> “Our customers …”": a quotation set as a block quote (the mark, and nothing else, on the line's start), and the
# lines of the same block under it ("> — Jo Doe, pharmacist"), so that a signature reads as one
_BLOCK_QUOTE = re.compile(r"^(?:>[ \t]*)+(?=[\u201c\"\u00ab])[^\n]*(?:\n>[^\n]*)*", re.M)
_MARK = re.compile(r"^(?:>[ \t]*)+", re.M)


def names(text: str) -> Step:
    """Unbold names inside a line, so that "said **Jo Doe**" and "— **Jo Doe**, operator" read as names do
    elsewhere; a name in bold on a line of its own, or opening a line as a heading would, stays as it is. Drop the
    block-quote mark before a quotation."""
    replacements = [(mark.start(), mark.end(), "", "block-quote mark before a quotation")
                    for m in _BLOCK_QUOTE.finditer(text) for mark in _MARK.finditer(text, m.start(), m.end())]
    if "**" not in text and "__" not in text:
        return apply(text, "markup", replacements)
    for m in _BOLD_NAME.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _LINE_OPENS.match(text, line_start, m.start()) and not _RUNS_ON.match(text, m.end()):
            continue                                 # "**Key Dates**" over a list, "**Jo Doe**" alone on its line
        mark = len(m.group(1))
        replacements.append((m.start(), m.start() + mark, "", "bold around a name"))
        replacements.append((m.end() - mark, m.end(), "", "bold around a name"))
    return apply(text, "markup", replacements)
