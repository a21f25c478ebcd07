"""What the window's commands do to a deck, as pure edits: no widgets here, so it is tested without a window."""
from __future__ import annotations

import copy
import re

from briefdeck.core import LAYOUTS, Deck, Item, Slide, Snippet, Source, anchor_at
from briefdeck.core.deck import ITEMS, NEW_DECK_TITLE
from briefdeck.core.edits import AddSnippet, AddSource, Batch, Edit, InsertSlide, new_snippet_id, set_slot

QUOTE_MARKS = "\u201c\u201d\"\u2018\u2019'"
# Where each kind goes on a slide, and the layout a new slide gets for it.
HOME = {"claim": ("bullets", "bullets"), "figure": ("big-number", "figure"), "quote": ("quote", "quote")}


class NothingToPick(ValueError):
    """A selection that holds nothing of the kind asked for (a figure without a number, only spaces)."""


def snap(text: str, kind: str, start: int, end: int) -> tuple[int, int]:
    """The words a selection means: whole sentences for a claim, the text inside the marks for a
    quote (no trailing comma), the selection itself for a figure (its number is found later)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if kind == "claim":
        start, end = _sentence_around(text, start, end)
    elif kind == "quote":
        changed = True
        while changed and start < end:
            changed = False
            while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
                start, changed = start + 1, True
            while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1] in ",;:" or text[end - 1].isspace()):
                end, changed = end - 1, True
    if end <= start:
        raise NothingToPick("the selection is empty")
    return start, end


def matching(candidates: list[Snippet], kind: str, start: int, end: int) -> Snippet | None:
    """The snippet of this kind that covers about the same words (overlap of at least 80%), if any."""
    best, score = None, 0.8
    for sn in candidates:
        if sn.kind == kind and sn.anchor.end > sn.anchor.start:
            inter = min(end, sn.anchor.end) - max(start, sn.anchor.start)
            union = max(end, sn.anchor.end) - min(start, sn.anchor.start)
            if inter > 0 and inter / union >= score:
                best, score = sn, inter / union
    return best


def snippet_from_selection(source: Source, kind: str, start: int, end: int, deck: Deck,
                           candidates: list[Snippet] = ()) -> tuple[str, Snippet]:
    """What Ctrl+1/2/3 on a selection adds, as ``(where, snippet)``:

    ``("deck", sn)``: the deck already has this snippet; ``("candidate", sn)``: extraction proposed it
    (pick it, don't copy it); ``("new", sn)``: a new snippet from the selection snapped to the words
    meant, a figure's number and unit parsed. NothingToPick when there is nothing of that kind in it.
    """
    text = source.text
    start, end = snap(text, kind, start, end)
    figure = None
    if kind == "figure":
        from briefdeck.extract import figures
        sentence = _sentence_around(text, start, end)
        found = [f for f in figures.find(text[sentence[0]:sentence[1]])]
        inside = [f for f in found if f.start + sentence[0] < end and f.end + sentence[0] > start]
        vague = [f for f in inside if f.value is None]
        inside = [f for f in inside if f.value is not None]
        if not inside:
            said = f" (\u201c{text[vague[0].start + sentence[0]:vague[0].end + sentence[0]]}\u201d is not an exact " \
                   "number)" if vague else ""
            raise NothingToPick(f"the selection has no number in it{said}: select a number with its unit, such as "
                                "'51,000 jobs' or '25%', or add the passage as a claim (Ctrl+1)")
        f = max(inside, key=lambda f: min(end, f.end + sentence[0]) - max(start, f.start + sentence[0]))
        figure = figures.Figure(f.start + sentence[0], f.end + sentence[0], f.value, f.unit, f.quantity)
        start, end = figure.start, figure.end
    own = [sn for sn in deck.snippets.values() if sn.source == source.id]
    found = matching(own, kind, start, end)
    if found is not None:
        return "deck", found
    found = matching([c for c in candidates if c.source == source.id], kind, start, end)
    if found is not None:
        return "candidate", found
    sn = Snippet(id=new_snippet_id(deck, kind, source.id), kind=kind, source=source.id,
                 anchor=anchor_at(text, start, end, source.hash))
    if figure is not None:
        from briefdeck.extract import measures
        sn.value, sn.unit, sn.quantity = figure.value, figure.unit, figure.quantity
        sn.measure = measures.measure(text, _sentence_around(text, start, end), figure)
    if kind == "quote":                  # the speaker of the proposed quote around it, to confirm
        around = [c for c in candidates if c.source == source.id and c.kind == "quote"
                  and c.anchor.start - 2 <= end and c.anchor.end + 2 >= start]
        if around:
            sn.speaker, sn.role = around[0].speaker, around[0].role
    return "new", sn


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) holding ``start``..``end``."""
    from briefdeck.extract.sentences import split
    spans = [(s, e) for s, e in split(text) if e > start and s < end]
    return (min(start, spans[0][0]), max(end, spans[-1][1])) if spans else (start, end)


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
    wanted = {"figure": "figure", "quote": "quote"}[kind]      # a number or a quote has a place of its own
    if wanted in slots and not (isinstance(slide.slots.get(wanted), Item) and slide.slots[wanted].snippet):
        return wanted
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
    from briefdeck.core.edits import SetDeckField
    from briefdeck.extract.draft import draft
    from briefdeck.extract.pipeline import Extraction
    untitled = deck.title.strip() in ("", NEW_DECK_TITLE)
    drafted = draft(Extraction(list(deck.sources.values()), candidates), base_dir / "draft.yaml",
                    title=None if untitled else deck.title)
    edits: list[Edit] = []
    if untitled:                              # a new deck takes the draft's title (Deck Properties changes it)
        edits += [SetDeckField(name, getattr(drafted, name)) for name in ("title", "subtitle")
                  if getattr(drafted, name) and getattr(drafted, name) != getattr(deck, name)]
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
