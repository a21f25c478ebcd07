"""Reversible slide edits, the :class:`Edit` base, and slide validation.

Every edit changes a deck in place and returns the edit that undoes it; see
:mod:`briefdeck.core.edits` for the whole family (sources, snippets, deck
fields, batches), which re-exports everything defined here.
"""
from __future__ import annotations

import copy
import difflib

from briefdeck.core.chart import CHART_TYPES, ENGINES, IMAGE_ONLY_TYPES, ChartSpec, Point, Series
from briefdeck.core.deck import CHART, ITEMS, LAYOUTS, TABLE, TEXT, Deck, Item, Slide, Table
from briefdeck.core.errors import DeckError

SOURCES, SNIPPETS, SLIDES, DECK = "sources", "snippets", "slides", "deck"
"""The views an edit may touch (see :attr:`Edit.touches`)."""

SLOT_SNIPPET_KINDS = {"figure": "figure", "quote": "quote"}
"""Slots that may cite only one kind of snippet (as the deck loader checks)."""


class Edit:
    """One reversible change to a deck.

    ``apply(deck)`` validates the request, raises :class:`DeckError` without
    touching the deck when it is impossible, else changes the deck in place and
    returns the edit that undoes it (whose ``apply`` in turn returns a redo).
    ``label`` names the change for an Undo menu; ``touches`` is the set of
    data that changed (``"sources"``, ``"snippets"``, ``"slides"``, ``"deck"``).
    Note that slides show snippet and source text, so a slide view may also
    want refreshing when ``"snippets"`` or ``"sources"`` change.
    """

    label: str = "Edit"
    touches: frozenset = frozenset()

    def apply(self, deck: Deck) -> Edit:
        raise NotImplementedError

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


# --- validation ---------------------------------------------------------------------------------

def unknown(what: str, key, choices, where: str = "") -> DeckError:
    """A DeckError for an unknown name, with a did-you-mean hint when one is close."""
    close = difflib.get_close_matches(str(key), [str(c) for c in choices], n=1, cutoff=0.6)
    message = f"unknown {what} '{key}'"
    return DeckError(f"{where}: {message}" if where else message,
                     hint=f"did you mean '{close[0]}'?" if close else None)


def check_index(index, size: int, what: str = "slide", *, end: bool = False) -> int:
    """``index`` as a position in a list of ``size`` (one past the end too when ``end``)."""
    if isinstance(index, bool) or not isinstance(index, int):
        raise DeckError(f"{what} index should be a whole number, not {index!r}")
    top = size if end else size - 1
    if not 0 <= index <= top:
        span = "the deck has none" if top < 0 else f"expected 0 to {top}"
        raise DeckError(f"{what} index {index} is out of range ({span})")
    return index


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_item(deck: Deck, item, where: str) -> None:
    """An Item with text and, if it cites one, a snippet the deck has."""
    if not isinstance(item, Item):
        raise DeckError(f"{where} should be an Item, not {type(item).__name__}")
    if not isinstance(item.text, str):
        raise DeckError(f"{where}: item text should be text, not {type(item.text).__name__}")
    if item.snippet is not None and item.snippet not in deck.snippets:
        raise unknown("snippet", item.snippet, deck.snippets, where)


def check_chart(deck: Deck, chart, where: str) -> None:
    """A chart the deck loader would accept: known type and engine, one number per category."""
    if not isinstance(chart, ChartSpec):
        raise DeckError(f"{where} should be a ChartSpec, not {type(chart).__name__}")
    if chart.type not in CHART_TYPES:
        raise unknown("chart type", chart.type, CHART_TYPES, where)
    if chart.engine not in ENGINES:
        raise DeckError(f"{where}: unknown chart engine '{chart.engine}'", hint="use 'native' or 'image'")
    if chart.type in IMAGE_ONLY_TYPES and chart.engine == "native":
        raise DeckError(f"{where}: PowerPoint has no native '{chart.type}' chart", hint="use engine 'image'")
    if not isinstance(chart.categories, list) or not chart.categories:
        raise DeckError(f"{where}: a chart needs a non-empty list of categories")
    if not isinstance(chart.series, list) or not chart.series:
        raise DeckError(f"{where}: a chart needs at least one series")
    for series in chart.series:
        if not isinstance(series, Series) or not isinstance(series.points, list):
            raise DeckError(f"{where}: each series should be a Series with a list of points")
        if len(series.points) != len(chart.categories):
            raise DeckError(f"{where}: series '{series.name}' has {len(series.points)} values for "
                            f"{len(chart.categories)} categories")
        for point in series.points:
            if not isinstance(point, Point) or not _number(point.value):
                raise DeckError(f"{where}: series '{series.name}' has a value that is not a number")
            if point.snippet is not None and point.snippet not in deck.snippets:
                raise unknown("snippet", point.snippet, deck.snippets, where)


def check_value(deck: Deck, layout: str, slot: str, value) -> None:
    """``value`` fits slot ``slot`` of ``layout`` and cites only snippets the deck has."""
    kinds = LAYOUTS[layout].slots
    if slot not in kinds:
        raise DeckError(f"slot '{slot}' is not in the '{layout}' layout", hint=f"slots: {', '.join(kinds)}")
    kind, where = kinds[slot], f"slot '{slot}'"
    if kind == TEXT:
        check_item(deck, value, where)
        want = SLOT_SNIPPET_KINDS.get(slot)
        if want and value.snippet and deck.snippets[value.snippet].kind != want:
            raise DeckError(f"'{slot}' should cite a {want} snippet; '{value.snippet}' is a "
                            f"{deck.snippets[value.snippet].kind}")
    elif kind == ITEMS:
        if not isinstance(value, list):
            raise DeckError(f"{where} should be a list of Items, not {type(value).__name__}")
        for n, item in enumerate(value):
            check_item(deck, item, f"{where} item {n}")
    elif kind == CHART:
        check_chart(deck, value, where)
    elif kind == TABLE:
        if not isinstance(value, Table) or not isinstance(value.columns, list) or not value.columns:
            raise DeckError(f"{where} should be a Table with at least one column")
        for r, row in enumerate(value.rows):
            if not isinstance(row, list) or len(row) != len(value.columns):
                raise DeckError(f"{where}: row {r} should have {len(value.columns)} cells")
            for c, cell in enumerate(row):
                check_item(deck, cell, f"{where} row {r} cell {c}")


def check_slide(deck: Deck, slide) -> None:
    """Raise DeckError unless ``slide`` has a known layout and fitting slots citing known snippets."""
    if not isinstance(slide, Slide):
        raise DeckError(f"expected a Slide, not {type(slide).__name__}")
    if slide.layout not in LAYOUTS:
        raise unknown("layout", slide.layout, LAYOUTS)
    if not isinstance(slide.slots, dict):
        raise DeckError("a slide's slots should be a mapping of slot name to value")
    if not isinstance(slide.notes, str):
        raise DeckError("slide notes should be text")
    for name, value in slide.slots.items():
        check_value(deck, slide.layout, name, value)


def strip_references(slide: Slide, ids) -> Slide | None:
    """A copy of ``slide`` without citations of snippets in ``ids``; None if it cites none.

    Text slots citing them are removed, list items dropped, table cells blanked
    (rows keep their shape) and chart points keep their value but lose the citation.
    """
    ids = set(ids)
    if not ids.intersection(slide.snippet_ids()):
        return None
    new = copy.deepcopy(slide)
    for name, value in list(new.slots.items()):
        if isinstance(value, Item) and value.snippet in ids:
            del new.slots[name]
        elif isinstance(value, list):
            new.slots[name] = [i for i in value if not (isinstance(i, Item) and i.snippet in ids)]
        elif isinstance(value, Table):
            value.rows = [[Item() if cell.snippet in ids else cell for cell in row] for row in value.rows]
        elif isinstance(value, ChartSpec):
            for series in value.series:
                for point in series.points:
                    if point.snippet in ids:
                        point.snippet = None
    return new


# --- slide edits --------------------------------------------------------------------------------

class InsertSlide(Edit):
    """Insert a copy of ``slide`` so that it sits at ``index`` (``len(deck.slides)`` appends).

    ``validate=False`` skips checking the slide's content (inverses use it: they put
    back a slide the deck already had); the index is always checked.
    """

    touches = frozenset({SLIDES})

    def __init__(self, index: int, slide: Slide, label: str = "Add slide", *, validate: bool = True):
        self.index, self.slide, self.label, self._validate = index, copy.deepcopy(slide), label, validate

    def apply(self, deck: Deck) -> Edit:
        check_index(self.index, len(deck.slides), end=True)
        if self._validate:
            check_slide(deck, self.slide)
        deck.slides.insert(self.index, copy.deepcopy(self.slide))
        return DeleteSlide(self.index)


class DeleteSlide(Edit):
    """Remove the slide at ``index``."""

    label = "Delete slide"
    touches = frozenset({SLIDES})

    def __init__(self, index: int):
        self.index = index

    def apply(self, deck: Deck) -> Edit:
        check_index(self.index, len(deck.slides))
        slide = deck.slides.pop(self.index)
        return InsertSlide(self.index, slide, "Restore slide", validate=False)


class MoveSlide(Edit):
    """Move the slide at ``src`` so that it ends up at ``dst``."""

    label = "Move slide"
    touches = frozenset({SLIDES})

    def __init__(self, src: int, dst: int):
        self.src, self.dst = src, dst

    def apply(self, deck: Deck) -> Edit:
        check_index(self.src, len(deck.slides))
        check_index(self.dst, len(deck.slides), "destination slide")
        deck.slides.insert(self.dst, deck.slides.pop(self.src))
        return MoveSlide(self.dst, self.src)


class DuplicateSlide(Edit):
    """Place a deep copy of the slide at ``index`` right after it."""

    label = "Duplicate slide"
    touches = frozenset({SLIDES})

    def __init__(self, index: int):
        self.index = index

    def apply(self, deck: Deck) -> Edit:
        check_index(self.index, len(deck.slides))
        deck.slides.insert(self.index + 1, copy.deepcopy(deck.slides[self.index]))
        return DeleteSlide(self.index + 1)


class ReplaceSlide(Edit):
    """Put a copy of ``slide`` in place of the slide at ``index``.

    ``validate=False`` skips checking the slide's content (for inverses, as in InsertSlide).
    """

    touches = frozenset({SLIDES})

    def __init__(self, index: int, slide: Slide, label: str = "Edit slide", *, validate: bool = True):
        self.index, self.slide, self.label, self._validate = index, copy.deepcopy(slide), label, validate

    def apply(self, deck: Deck) -> Edit:
        check_index(self.index, len(deck.slides))
        if self._validate:
            check_slide(deck, self.slide)
        old = deck.slides[self.index]
        deck.slides[self.index] = copy.deepcopy(self.slide)
        return ReplaceSlide(self.index, old, self.label, validate=False)


# --- helpers that build a ReplaceSlide from the deck as it is now -------------------------------
# Each snapshots the slide when called: to change several things on one slide in one undo step,
# build the new Slide and use ReplaceSlide rather than batching several helpers for that slide.

def _in_layout_order(layout: str, slots: dict) -> dict:
    order = list(LAYOUTS[layout].slots)
    return dict(sorted(slots.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))


def set_slot(deck: Deck, index: int, slot: str, value) -> Edit:
    """An edit putting ``value`` in ``slot`` of slide ``index``; None clears the slot.

    A plain string is accepted for a text slot (free, uncited text). A slot the slide
    did not have yet is placed in the layout's slot order.
    """
    check_index(index, len(deck.slides))
    slide = deck.slides[index]
    if slide.layout not in LAYOUTS:
        raise unknown("layout", slide.layout, LAYOUTS, f"slide {index}")
    if isinstance(value, str) and LAYOUTS[slide.layout].slots.get(slot) == TEXT:
        value = Item(text=value)
    new = copy.deepcopy(slide)
    if value is None:
        if slot not in LAYOUTS[slide.layout].slots:
            raise DeckError(f"slot '{slot}' is not in the '{slide.layout}' layout")
        new.slots.pop(slot, None)  # clearing an empty slot is allowed: a no-op
        label = f"Clear {slot.replace('_', ' ')}"
    else:
        check_value(deck, slide.layout, slot, value)
        new.slots[slot] = copy.deepcopy(value)
        new.slots = _in_layout_order(slide.layout, new.slots)
        label = f"Edit {slot.replace('_', ' ')}"
    return ReplaceSlide(index, new, label)


def set_layout(deck: Deck, index: int, layout: str) -> Edit:
    """An edit giving slide ``index`` another layout, keeping the slots both layouts have."""
    check_index(index, len(deck.slides))
    if layout not in LAYOUTS:
        raise unknown("layout", layout, LAYOUTS)
    slide, kinds = deck.slides[index], LAYOUTS[layout].slots
    old_kinds = LAYOUTS[slide.layout].slots if slide.layout in LAYOUTS else {}
    kept = {name: copy.deepcopy(value) for name, value in slide.slots.items()
            if name in kinds and old_kinds.get(name) == kinds[name]}
    new = Slide(layout=layout, slots=_in_layout_order(layout, kept), notes=slide.notes)
    return ReplaceSlide(index, new, "Change layout")


def set_notes(deck: Deck, index: int, text: str) -> Edit:
    """An edit replacing the speaker notes of slide ``index``."""
    check_index(index, len(deck.slides))
    if not isinstance(text, str):
        raise DeckError(f"slide notes should be text, not {type(text).__name__}")
    new = copy.deepcopy(deck.slides[index])
    new.notes = text
    return ReplaceSlide(index, new, "Edit notes")
