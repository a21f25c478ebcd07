"""Make any string safe to put in a slide: no control characters, no invalid XML."""
from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, surrogates, non-characters.
_BAD = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")


def clean_text(text: str) -> str:
    """Turn line-break controls into newlines and drop every other control character."""
    return _BAD.sub("", _BREAKS.sub("\n", text))


def one_line(text: str) -> str:
    """Clean text folded onto one line (for titles, labels and footnotes)."""
    return " ".join(clean_text(text).split())
