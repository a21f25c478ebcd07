"""Spot free text that states a number or a quotation without citing a snippet."""
from __future__ import annotations

import re

_NUMBER = re.compile(r"(?<![\w.])(?:[$€£¥]\s?)?\d[\d,.]*\s?(?:%|percent|per cent|billion|million|"
                     r"thousand|bn|m\b|k\b|jobs|workers|vehicles|cars|units|years)?", re.I)
_QUOTE = re.compile(r"[\u201c\"]([^\u201d\"]{12,})[\u201d\"]")
_YEARLIKE = re.compile(r"^(19|20)\d\d$")


def uncited_statements(text: str) -> list[str]:
    """Numbers (other than bare years) and quotations found in free text."""
    found = []
    for m in _NUMBER.finditer(text):
        token = m.group(0).strip()
        digits = token.strip("$€£¥ ").rstrip(".,")
        if _YEARLIKE.match(digits) or len(re.sub(r"\D", "", digits)) == 0:
            continue
        if token.isdigit() and len(token) <= 2 and not m.group(0).strip().endswith("%"):
            # small bare counts ("3 pillars") are common in prose; report only units and larger numbers
            continue
        found.append(token)
    found.extend(f"\u201c{m.group(1)}\u201d" for m in _QUOTE.finditer(text))
    return found
