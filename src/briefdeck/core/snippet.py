"""Snippets: the claims, figures and quotes an analyst picks from sources."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefdeck.core.anchor import Anchor

# "Sen.", "Rep.", "Gov.", "Dr": a title written before a name, not a role after it
_ABBREVIATED_TITLE = re.compile(r"(?:Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Dr|Prof|Rev|Mr|Mrs|Ms|Supt|Insp|Cllr|Cmdr)\.?")

CLAIM = "claim"
FIGURE = "figure"
QUOTE = "quote"
KINDS = (CLAIM, FIGURE, QUOTE)


@dataclass
class Snippet:
    """A piece of a source, anchored to its exact place.

    ``text`` is what the slide shows; it starts as the anchor's exact text.
    A quote whose ``text`` differs from its anchor is no longer verbatim
    (:attr:`edited`) and is flagged wherever it appears.
    """

    id: str
    kind: str
    source: str
    anchor: Anchor
    text: str = ""
    speaker: str = ""
    role: str = ""
    said_on: str = ""
    value: float | None = None
    unit: str = ""
    measure: str = ""
    quantity: str = ""
    """For figures: percent, money, count, duration or date (the last two are not charted)."""
    reported_by: list[str] = field(default_factory=list)
    """Other sources that report the same figure or claim (found by extraction, not saved)."""
    tags: list[str] = field(default_factory=list)
    score: float | None = None

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.anchor.exact

    @property
    def edited(self) -> bool:
        return self.text != self.anchor.exact

    def attribution(self) -> str:
        """"Speaker, role" for a quote; empty for other kinds."""
        return attribution(self.speaker, self.role)


def attribution(speaker: str, role: str) -> str:
    """"Jane Doe, chief economist", or "Sen. Jane Doe" when the role is only an abbreviated title."""
    if speaker and _ABBREVIATED_TITLE.fullmatch(role or ""):
        return f"{role} {speaker}"
    return ", ".join(p for p in (speaker, role) if p)
