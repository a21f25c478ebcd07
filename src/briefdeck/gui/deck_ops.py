"""What the window's commands do to a deck, as pure edits: no widgets here, so it is tested without a window."""
from __future__ import annotations

import copy
import re

from briefdeck.core import LAYOUTS, Deck, Item, Slide, Snippet, Source, anchor_at
from briefdeck.core.deck import ITEMS
from briefdeck.core.edits import AddSnippet, AddSource, Batch, Edit, InsertSlide, new_snippet_id, set_slot

QUOTE_MARKS = "\u201c\u201d\"\u2018\u2019'"
# Where each kind goes on a slide, and the layout a new slide gets for it.
HOME = {"claim": ("bullets", "bullets"), "figure": ("big-number", "figure"), "quote": ("quote", "quote")}


def snippet_from_selection(source: Source, kind: str, start: int, end: int, deck: Deck) -> Snippet:
    """A new snippet for a passage the user selected: quote marks trimmed, a figure's number parsed."""
    text = source.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if kind == "quote":
        while start < end and text[start] in QUOTE_MARKS:
            start += 1
        while end > start and text[end - 1] in QUOTE_MARKS:
            end -= 1
    if end <= start:
        raise ValueError("the selection is empty")
    sn = Snippet(id=new_snippet_id(deck, kind, source.id), kind=kind, source=source.id,
                 anchor=anchor_at(text, start, end, source.hash))
    if kind == "figure":
        from briefdeck.extract import figures
        found = figures.find(text[start:end])
        if found:
            f = found[0]
            sn.value, sn.unit, sn.quantity = f.value, f.unit, f.quantity
            sentence = _sentence_around(text, start, end)
            shifted = figures.Figure(f.start + start, f.end + start, f.value, f.unit, f.quantity)
            sn.measure = figures.measure(text, sentence, shifted)
    if kind == "quote":
        from briefdeck.extract import quotes
        for q in quotes.find(text):
            if q.start <= start < q.end or start <= q.start < end:
                sn.speaker, sn.role = q.speaker, q.role
                break
    return sn


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return (left + 1 if left >= 0 else 0), right


def pick(deck: Deck, candidate: Snippet) -> Snippet:
    """A deck snippet made from an extraction candidate (new id, same place in the same source)."""
    sn = copy.deepcopy(candidate)
    sn.id = new_snippet_id(deck, candidate.kind, candidate.source)
    sn.reported_by = list(candidate.reported_by)
    return sn


def place_on_slide(deck: Deck, index: int | None, snippets: list[Snippet]) -> tuple[list[Edit], int]:
    """Edits that put snippets on the current slide where they fit, else on new slides after it.

    Returns the edits and the index of the slide to show afterwards.
    """
    edits: list[Edit] = []
    working = copy.deepcopy(deck.slides)
    current = index if index is not None and 0 <= index < len(working) else None
    for sn in snippets:
        layout, slot = HOME[sn.kind]
        slide = working[current] if current is not None else None
        target_slot = _slot_for(slide, sn.kind) if slide is not None else None
        if slide is not None and target_slot is not None:
            kind = LAYOUTS[slide.layout].slots[target_slot]
            if kind == ITEMS:
                value = list(slide.slots.get(target_slot) or []) + [Item(snippet=sn.id)]
            else:
                value = Item(snippet=sn.id)
            slide.slots[target_slot] = value
            edits.append(_SlotLater(current, target_slot, value))
            continue
        new = Slide(layout, {slot: [Item(snippet=sn.id)] if LAYOUTS[layout].slots[slot] == ITEMS
                             else Item(snippet=sn.id)})
        at = (current + 1) if current is not None else len(working)
        working.insert(at, new)
        edits.append(InsertSlide(at, copy.deepcopy(new)))
        current = at
    return edits, current if current is not None else 0


def _slot_for(slide: Slide, kind: str) -> str | None:
    """The slot of ``slide`` that takes a snippet of this kind: a list slot, or an empty matching slot."""
    slots = LAYOUTS[slide.layout].slots
    if kind == "claim":
        for name in ("bullets", "left", "right"):
            if slots.get(name) == ITEMS:
                return name
        return None
    wanted = {"figure": "figure", "quote": "quote"}[kind]
    if wanted in slots and not (isinstance(slide.slots.get(wanted), Item) and slide.slots[wanted].snippet):
        return wanted
    for name in ("bullets", "left", "right"):
        if slots.get(name) == ITEMS:
            return name
    return None


class _SlotLater(Edit):
    """set_slot computed when applied, after the edits before it in the same batch."""

    label = "Put on slide"
    touches = frozenset({"slides"})

    def __init__(self, index: int, slot: str, value):
        self.index, self.slot, self.value = index, slot, value

    def apply(self, deck: Deck) -> Edit:
        return set_slot(deck, self.index, self.slot, copy.deepcopy(self.value)).apply(deck)


def add_sources(deck: Deck, sources: list[Source]) -> tuple[Edit | None, dict[str, str]]:
    """AddSource edits for sources not in the deck yet (same file), with ids made unique.

    Returns the edit (None when nothing is new) and the id each incoming source got.
    """
    known_paths = {s.path for s in deck.sources.values()}
    taken = set(deck.sources)
    renamed: dict[str, str] = {}
    edits: list[Edit] = []
    for src in sources:
        if src.path in known_paths:
            continue
        new_id, n = src.id, 1
        while new_id in taken:
            n += 1
            new_id = f"{src.id}-{n}"
        taken.add(new_id)
        renamed[src.id] = new_id
        moved = copy.copy(src)
        moved.id = new_id
        edits.append(AddSource(moved))
    if not edits:
        return None, renamed
    return Batch(edits, f"Add {len(edits)} source{'s' * (len(edits) != 1)}"), renamed


def rename_candidates(snippets: list[Snippet], renamed: dict[str, str]) -> list[Snippet]:
    out = []
    for sn in snippets:
        if sn.source in renamed and renamed[sn.source] != sn.source:
            sn = copy.copy(sn)
            old = sn.source
            sn.source = renamed[old]
            sn.id = re.sub(rf"^{re.escape(old)}", sn.source, sn.id)
        out.append(sn)
    return out


def draft_edits(deck: Deck, candidates: list[Snippet], base_dir) -> Edit:
    """The draft deck's slides and snippets, added after the deck's own slides as one undo step."""
    from briefdeck.extract.draft import draft
    from briefdeck.extract.pipeline import Extraction
    drafted = draft(Extraction(list(deck.sources.values()), candidates), base_dir / "draft.yaml", title=deck.title)
    edits: list[Edit] = []
    mapping: dict[str, str] = {}
    working = copy.copy(deck)
    working.snippets = dict(deck.snippets)
    for sn in drafted.snippets.values():
        new = pick(working, sn)
        working.snippets[new.id] = new
        mapping[sn.id] = new.id
        edits.append(AddSnippet(new))
    start = len(deck.slides)
    slides = [s for s in drafted.slides if s.layout != "title" or not deck.slides]
    for k, slide in enumerate(slides):
        edits.append(InsertSlide(start + k, _remap(slide, mapping)))
    return Batch(edits, "Draft slides from sources")


def _remap(slide: Slide, mapping: dict[str, str]) -> Slide:
    slide = copy.deepcopy(slide)
    for item in slide.items():
        if item.snippet in mapping:
            item.snippet = mapping[item.snippet]
    for value in slide.slots.values():
        for series in getattr(value, "series", []):
            for point in series.points:
                if point.snippet in mapping:
                    point.snippet = mapping[point.snippet]
    return slide
