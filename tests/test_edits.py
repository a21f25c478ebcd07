"""Reversible deck edits: every edit's inverse restores the deck exactly, redo redoes it,
impossible requests change nothing, and long random edit sequences undo back to the start."""
from __future__ import annotations

import copy
import dataclasses
import json
import random
from pathlib import Path

import pytest

from briefdeck.core import (LAYOUTS, ChartSpec, DeckError, Item, Point, Series, Slide, Snippet, Source, Table,
                            anchor_at)
from briefdeck.core.deck import CHART, ITEMS, TABLE, TEXT
from briefdeck.core.edits import (AddSnippet, AddSource, Batch, DeleteSlide, DuplicateSlide, Edit,
                                  InsertSlide, MoveSlide, RemoveSnippet, RemoveSource, ReplaceSlide,
                                  SetDeckField, UpdateSnippet, UpdateSource, check_slide, new_snippet_id,
                                  set_layout, set_notes, set_slot)
from briefdeck.spec import load_deck
from briefdeck.spec.save import deck_to_data

DECK_FILE = Path(__file__).resolve().parents[1] / "examples" / "canada-auto" / "deck.yaml"
VIEWS = {"sources", "snippets", "slides", "deck"}


@pytest.fixture(scope="module")
def pristine():
    return load_deck(DECK_FILE).deck


@pytest.fixture
def deck(pristine):
    return copy.deepcopy(pristine)


def snapshot(deck) -> tuple[str, str]:
    """The saved form (as the file would hold it) and the full repr, both order-sensitive."""
    return json.dumps(deck_to_data(deck), ensure_ascii=False), repr(deck)


def changed_views(before, after) -> set[str]:
    a, b = json.loads(before[0]), json.loads(after[0])
    views = {k for k in ("sources", "snippets", "slides") if a[k] != b[k]}
    if any(a.get(k) != b.get(k) for k in ("title", "subtitle", "author", "date", "template")):
        views.add("deck")
    return views


def mutable_ids(obj, found=None) -> set[int]:
    """ids of every list, dict and dataclass reachable from ``obj`` (edits included)."""
    found = set() if found is None else found
    if isinstance(obj, (list, dict)) or dataclasses.is_dataclass(obj) or isinstance(obj, Edit):
        if id(obj) in found:
            return found
        found.add(id(obj))
    if isinstance(obj, list):
        for v in obj:
            mutable_ids(v, found)
    elif isinstance(obj, dict):
        for v in obj.values():
            mutable_ids(v, found)
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            mutable_ids(getattr(obj, f.name), found)
    elif isinstance(obj, Edit):
        for v in vars(obj).values():
            mutable_ids(v, found)
    return found


def slide_index(deck, layout: str, nth: int = 0) -> int:
    return [i for i, s in enumerate(deck.slides) if s.layout == layout][nth]


def new_source() -> Source:
    return Source(id="memo", path="sources/memo.md", text="The memo says exports rose 12% in 2026. " * 3,
                  title="Internal memo", publisher="Desk")


def new_snippet(deck, kind: str = "claim", source: str = "ledger") -> Snippet:
    src = deck.sources[source]
    start = len(src.text) // 2
    sn = Snippet(id=new_snippet_id(deck, kind, source), kind=kind, source=source,
                 anchor=anchor_at(src.text, start, start + 23, src.hash))
    if kind == "figure":
        sn.value, sn.unit = 3.0, "count"
    return sn


def a_chart(ids=("tariff-0", "tariff-25")) -> ChartSpec:
    return ChartSpec("bar", ["A", "B"], [Series("s", [Point(1.0, ids[0]), Point(2.0, ids[1])])])


EDITS = {
    "add source": lambda d: AddSource(new_source()),
    "add source first": lambda d: AddSource(new_source(), 0),
    "remove source ledger": lambda d: RemoveSource("ledger"),
    "remove source databrief": lambda d: RemoveSource("databrief"),
    "update source": lambda d: UpdateSource("wire", title="A new title", url="https://example.org/x"),
    "add claim": lambda d: AddSnippet(new_snippet(d)),
    "add figure at 3": lambda d: AddSnippet(new_snippet(d, "figure", "dispatch"), 3),
    "remove snippet in chart and table": lambda d: RemoveSnippet("tariff-25"),
    "remove snippet in bullets": lambda d: RemoveSnippet("exports-us"),
    "remove quote in quote slot": lambda d: RemoveSnippet("whitfield-parts"),
    "remove unused snippet": lambda d: RemoveSnippet(AddSnippet(new_snippet(d)).apply(d).id),
    "edit quote text": lambda d: UpdateSnippet("whitfield-parts", text="A tariff on a car is a tariff on every part"),
    "edit figure fields": lambda d: UpdateSnippet("tariff-25", value=26, unit="pct", tags=["trade"], score=0.5),
    "edit quote speaker": lambda d: UpdateSnippet("joly-bbp", speaker="Someone", role="Minister"),
    "insert slide first": lambda d: InsertSlide(0, Slide("bullets", {"bullets": [Item(snippet="cptpp")]})),
    "insert slide last": lambda d: InsertSlide(len(d.slides), Slide("section", {"title": Item("End")})),
    "delete first slide": lambda d: DeleteSlide(0),
    "delete chart slide": lambda d: DeleteSlide(slide_index(d, "chart")),
    "delete last slide": lambda d: DeleteSlide(len(d.slides) - 1),
    "move first to last": lambda d: MoveSlide(0, len(d.slides) - 1),
    "move last to first": lambda d: MoveSlide(len(d.slides) - 1, 0),
    "move 3 to 5": lambda d: MoveSlide(3, 5),
    "duplicate chart slide": lambda d: DuplicateSlide(slide_index(d, "chart")),
    "replace slide": lambda d: ReplaceSlide(2, Slide("quote", {"quote": Item(snippet="joly-bbp")}, "n")),
    "set title": lambda d: set_slot(d, 3, "title", Item("New title")),
    "set title from str": lambda d: set_slot(d, 3, "title", "Plain"),
    "set bullets": lambda d: set_slot(d, 3, "bullets", [Item(snippet="cptpp"), Item("free")]),
    "set missing slot": lambda d: set_slot(d, slide_index(d, "quote"), "title", Item("Added")),
    "clear slot": lambda d: set_slot(d, 3, "title", None),
    "set chart": lambda d: set_slot(d, slide_index(d, "chart"), "chart", a_chart()),
    "set table": lambda d: set_slot(d, slide_index(d, "table"), "table",
                                    Table(["a"], [[Item(snippet="tariff-0")], [Item("x")]])),
    "comparison to bullets": lambda d: set_layout(d, slide_index(d, "comparison"), "bullets"),
    "chart to title": lambda d: set_layout(d, slide_index(d, "chart"), "title"),
    "set notes": lambda d: set_notes(d, 0, "Say hello"),
    "set deck title": lambda d: SetDeckField("title", "Another title"),
    "set template": lambda d: SetDeckField("template", "minimal"),
    "batch": lambda d: Batch([RemoveSource("pacific"), MoveSlide(0, 4), SetDeckField("author", "Me"),
                              AddSnippet(new_snippet(d, "quote", "wire"))], "Several things"),
    "empty batch": lambda d: Batch([], "Nothing"),
}


@pytest.mark.parametrize("name", EDITS)
def test_undo_restores_and_redo_redoes(deck, name):
    edit = EDITS[name](deck)
    before = snapshot(deck)
    undo = edit.apply(deck)
    after = snapshot(deck)
    if name != "empty batch":
        assert after != before
    assert changed_views(before, after) <= set(edit.touches) <= VIEWS
    assert isinstance(edit.label, str) and edit.label and isinstance(undo.label, str)
    assert not mutable_ids(deck) & (mutable_ids(undo) | mutable_ids(edit)), "an edit shares objects with the deck"
    redo = undo.apply(deck)
    assert snapshot(deck) == before
    assert not mutable_ids(deck) & mutable_ids(redo)
    undo = redo.apply(deck)
    assert snapshot(deck) == after
    undo.apply(deck)
    assert snapshot(deck) == before


FAILING = {
    "duplicate source id": lambda d: AddSource(Source(id="ledger", path="x.md")),
    "source index out of range": lambda d: AddSource(new_source(), 99),
    "not a source": lambda d: AddSource("ledger"),
    "empty source id": lambda d: AddSource(Source(id="", path="x.md")),
    "remove unknown source": lambda d: RemoveSource("ledgr"),
    "update unknown source": lambda d: UpdateSource("nope", title="x"),
    "update source path": lambda d: UpdateSource("ledger", path="elsewhere.md"),
    "update source with number": lambda d: UpdateSource("ledger", title="ok", date=2026),
    "update source with nothing": lambda d: UpdateSource("ledger"),
    "duplicate snippet id": lambda d: AddSnippet(dataclasses.replace(new_snippet(d), id="tariff-25")),
    "snippet of unknown source": lambda d: AddSnippet(dataclasses.replace(new_snippet(d), source="nope")),
    "snippet of unknown kind": lambda d: AddSnippet(dataclasses.replace(new_snippet(d), kind="fact")),
    "snippet index negative": lambda d: AddSnippet(new_snippet(d), -1),
    "remove unknown snippet": lambda d: RemoveSnippet("tarif-25"),
    "update unknown snippet field": lambda d: UpdateSnippet("tariff-25", anchor=None),
    "update snippet value with text": lambda d: UpdateSnippet("tariff-25", unit="%", value="25"),
    "update snippet tags not a list": lambda d: UpdateSnippet("tariff-25", tags="trade"),
    "update unknown snippet": lambda d: UpdateSnippet("nope", text="x"),
    "insert slide out of range": lambda d: InsertSlide(len(d.slides) + 1, Slide("section")),
    "insert unknown layout": lambda d: InsertSlide(0, Slide("bullet")),
    "insert slot not in layout": lambda d: InsertSlide(0, Slide("section", {"bullets": []})),
    "insert wrong slot kind": lambda d: InsertSlide(0, Slide("section", {"title": [Item("x")]})),
    "insert unknown snippet": lambda d: InsertSlide(0, Slide("bullets", {"bullets": [Item(snippet="nope")]})),
    "insert claim as figure": lambda d: InsertSlide(0, Slide("big-number", {"figure": Item(snippet="cptpp")})),
    "insert chart bad shape": lambda d: InsertSlide(0, Slide("chart", {"chart": ChartSpec(
        "column", ["a", "b"], [Series("s", [Point(1.0)])])})),
    "insert chart unknown type": lambda d: InsertSlide(0, Slide("chart", {"chart": ChartSpec(
        "donut", ["a"], [Series("s", [Point(1.0)])])})),
    "insert table bad row": lambda d: InsertSlide(0, Slide("table", {"table": Table(["a", "b"], [[Item()]])})),
    "delete negative": lambda d: DeleteSlide(-1),
    "delete past end": lambda d: DeleteSlide(len(d.slides)),
    "delete by name": lambda d: DeleteSlide("0"),
    "move out of range": lambda d: MoveSlide(0, len(d.slides)),
    "duplicate out of range": lambda d: DuplicateSlide(99),
    "replace with bad slide": lambda d: ReplaceSlide(0, Slide("title", {"figure": Item("x")})),
    "replace out of range": lambda d: ReplaceSlide(99, Slide("title")),
    "set unknown slot": lambda d: set_slot(d, 3, "subtitle", Item("x")),
    "set slot unknown snippet": lambda d: set_slot(d, 3, "bullets", [Item(snippet="nope")]),
    "set slot out of range": lambda d: set_slot(d, 99, "title", Item("x")),
    "clear slot not in layout": lambda d: set_slot(d, slide_index(d, "quote"), "bullets", None),
    "set unknown layout": lambda d: set_layout(d, 0, "bulets"),
    "set notes not text": lambda d: set_notes(d, 0, None),
    "unknown deck field": lambda d: SetDeckField("colour", "red"),
    "empty template": lambda d: SetDeckField("template", ""),
    "new id for unknown source": lambda d: new_snippet_id(d, "claim", "nope"),
    "batch fails late": lambda d: Batch([RemoveSource("ledger"), MoveSlide(0, 3), DeleteSlide(0),
                                         SetDeckField("title", "x"), RemoveSnippet("tariff-25")], "Oops"),
    "batch of non-edits": lambda d: Batch([RemoveSource("ledger"), "delete"]),
}


@pytest.mark.parametrize("name", FAILING)
def test_impossible_requests_raise_and_change_nothing(deck, name):
    before = snapshot(deck)
    with pytest.raises(DeckError) as info:
        edit = FAILING[name](deck)
        edit.apply(deck)
    assert str(info.value)
    assert snapshot(deck) == before


def test_errors_say_what_is_wrong(deck):
    with pytest.raises(DeckError, match="unknown source 'ledgr'") as info:
        RemoveSource("ledgr").apply(deck)
    assert "did you mean 'ledger'" in str(info.value)
    with pytest.raises(DeckError, match="slide index 99 is out of range"):
        DeleteSlide(99).apply(deck)
    with pytest.raises(DeckError, match="slot 'subtitle' is not in the 'bullets' layout"):
        set_slot(deck, 3, "subtitle", "x")
    with pytest.raises(DeckError, match="snippet id 'tariff-25' is already used"):
        AddSnippet(dataclasses.replace(new_snippet(deck), id="tariff-25")).apply(deck)


def cites(deck, ids) -> bool:
    return any(set(ids) & set(s.snippet_ids()) for s in deck.slides)


def test_remove_source_clears_every_reference_and_undo_puts_it_back(deck):
    before = snapshot(deck)
    ledger = [k for k, s in deck.snippets.items() if s.source == "ledger"]
    chart = deck.slides[slide_index(deck, "chart")]
    table = deck.slides[slide_index(deck, "table")]
    assert cites(deck, ledger)
    undo = RemoveSource("ledger").apply(deck)
    assert "ledger" not in deck.sources and not set(ledger) & set(deck.snippets)
    assert not cites(deck, ledger)
    chart = deck.slides[slide_index(deck, "chart")].slots["chart"]
    assert chart.series[0].values == [0, 25, 35] and chart.snippet_ids() == []  # values kept, citations gone
    assert "figure" not in deck.slides[slide_index(deck, "big-number")].slots  # years-30 was from ledger
    assert [i.snippet for i in deck.slides[3].slots["bullets"]] == []
    table = deck.slides[slide_index(deck, "table")].slots["table"]
    assert [c.snippet for c in table.rows[0]] == [None, None] and len(table.rows) == 6
    assert all(check_slide(deck, s) is None for s in deck.slides)
    undo.apply(deck)
    assert snapshot(deck) == before
    assert next(iter(deck.sources)) == "ledger" and list(deck.snippets)[:len(ledger)] == ledger


def test_remove_snippet_clears_references_and_undo_restores_them(deck):
    before = snapshot(deck)
    edit = RemoveSnippet("tariff-25")
    undo = edit.apply(deck)
    assert edit.label == "Remove figure" and edit.touches == {"snippets", "slides"}
    assert "tariff-25" not in deck.snippets and not cites(deck, ["tariff-25"])
    table = deck.slides[slide_index(deck, "table")].slots["table"]
    assert table.rows[0][1] == Item()
    undo.apply(deck)
    assert snapshot(deck) == before


def test_editing_quote_text_marks_it_edited(deck):
    edit = UpdateSnippet("whitfield-parts", text="Shorter words")
    undo = edit.apply(deck)
    assert deck.snippets["whitfield-parts"].edited and edit.label == "Edit quote text"
    assert deck_to_data(deck)["snippets"][10]["display"] == "Shorter words"
    undo.apply(deck)
    assert not deck.snippets["whitfield-parts"].edited
    UpdateSnippet("whitfield-parts", text="Shorter words").apply(deck)
    UpdateSnippet("whitfield-parts", text="").apply(deck)  # back to the source's exact words
    assert not deck.snippets["whitfield-parts"].edited


def test_new_snippet_ids_are_readable_and_unique(deck):
    assert new_snippet_id(deck, "quote", "ledger") == "ledger-q2"
    assert new_snippet_id(deck, "figure", "wire").startswith("wire-f")
    AddSnippet(dataclasses.replace(new_snippet(deck), id="ledger-q2", kind="quote")).apply(deck)
    assert new_snippet_id(deck, "quote", "ledger") == "ledger-q3"
    first = new_snippet_id(deck, "claim", "pacific")
    AddSnippet(dataclasses.replace(new_snippet(deck), id=first, source="pacific")).apply(deck)
    assert new_snippet_id(deck, "claim", "pacific") != first


def test_slide_helpers(deck):
    i = slide_index(deck, "comparison")
    old = copy.deepcopy(deck.slides[i])
    undo = set_layout(deck, i, "bullets").apply(deck)
    assert deck.slides[i].layout == "bullets" and list(deck.slides[i].slots) == ["title"]
    undo.apply(deck)
    assert deck.slides[i] == old and list(deck.slides[i].slots) == list(old.slots)
    q = slide_index(deck, "quote")
    set_slot(deck, q, "title", "Said").apply(deck)
    assert list(deck.slides[q].slots) == ["title", "quote"]  # new slots go in layout order
    before = snapshot(deck)
    set_slot(deck, q, "role", None).apply(deck)  # clearing an empty slot is a no-op, not an error
    assert snapshot(deck) == before
    MoveSlide(0, 2).apply(deck)
    assert deck.slides[2].layout == "title"
    undo = DuplicateSlide(2).apply(deck)
    assert deck.slides[3] == deck.slides[2] and deck.slides[3] is not deck.slides[2]
    assert isinstance(undo, DeleteSlide) and undo.index == 3


def test_batch_rolls_back_what_it_applied_when_one_fails(deck):
    before = snapshot(deck)
    batch = Batch([RemoveSource("ledger"), DeleteSlide(0), DeleteSlide(999)], "Broken")
    with pytest.raises(DeckError, match="999"):
        batch.apply(deck)
    assert snapshot(deck) == before
    ok = Batch([RemoveSource("ledger"), DeleteSlide(0)], "Clean up")
    assert ok.touches == {"sources", "snippets", "slides"}
    undo = ok.apply(deck)
    assert undo.label == "Clean up"
    undo.apply(deck)
    assert snapshot(deck) == before


# --- random sequences ---------------------------------------------------------------------------

def random_item(rng, deck, slot: str = "") -> Item:
    want = {"figure": "figure", "quote": "quote"}.get(slot)
    ids = [k for k, s in deck.snippets.items() if not want or s.kind == want]
    if ids and rng.random() < 0.7:
        return Item(text=rng.choice(["", "relabelled"]), snippet=rng.choice(ids))
    return Item(text=f"text {rng.randrange(1000)}")


def random_value(rng, deck, layout: str, slot: str):
    kind = LAYOUTS[layout].slots[slot]
    if kind == TEXT:
        return random_item(rng, deck, slot)
    if kind == ITEMS:
        return [random_item(rng, deck) for _ in range(rng.randrange(5))]
    figures = [k for k, s in deck.snippets.items() if s.kind == "figure"] + [None]
    if kind == CHART:
        n = rng.randrange(1, 4)
        return ChartSpec(rng.choice(["column", "bar", "line"]), [f"c{j}" for j in range(n)],
                         [Series(f"s{k}", [Point(float(rng.randrange(100)), rng.choice(figures)) for _ in range(n)])
                          for k in range(rng.randrange(1, 3))])
    assert kind == TABLE
    return Table(["a", "b"], [[random_item(rng, deck), random_item(rng, deck)] for _ in range(rng.randrange(4))])


def random_slide(rng, deck) -> Slide:
    layout = rng.choice(list(LAYOUTS))
    slots = {s: random_value(rng, deck, layout, s) for s in LAYOUTS[layout].slots if rng.random() < 0.6}
    return Slide(layout, slots, rng.choice(["", "notes"]))


def random_snippet(rng, deck) -> Snippet:
    source = deck.sources[rng.choice(list(deck.sources))]
    kind = rng.choice(["claim", "figure", "quote"])
    start = rng.randrange(len(source.text) - 20)
    sn = Snippet(id=new_snippet_id(deck, kind, source.id), kind=kind, source=source.id,
                 anchor=anchor_at(source.text, start, start + rng.randrange(5, 20), source.hash))
    if kind == "figure":
        sn.value = float(rng.randrange(100))
    return sn


def random_edit(rng, deck, counter) -> Edit:
    """A random edit; a few are impossible on purpose (bogus ids, bad indexes)."""
    n, sources, snippets = len(deck.slides), list(deck.sources), list(deck.snippets)
    bogus = rng.random() < 0.12
    pick = rng.randrange(17)
    if pick == 0 or not sources:
        counter[0] += 1
        return AddSource(Source(id=rng.choice(sources) if bogus and sources else f"new{counter[0]}",
                                path=f"sources/new{counter[0]}.md", text="Fresh text for a source. " * 4),
                         rng.choice([None, rng.randrange(len(sources) + 1)]))
    if pick == 1 and rng.random() < 0.3:
        return RemoveSource("nope" if bogus else rng.choice(sources))
    if pick == 2:
        return UpdateSource(rng.choice(sources), **{rng.choice(["title", "publisher", "author", "date", "url"]):
                                                    f"v{rng.randrange(99)}", **({"isbn": "1"} if bogus else {})})
    if pick == 3 or not snippets:
        sn = random_snippet(rng, deck)
        if bogus and snippets:
            sn.id = rng.choice(snippets)
        return AddSnippet(sn, rng.choice([None, rng.randrange(len(snippets) + 1)]))
    if pick == 4:
        return RemoveSnippet("nope" if bogus else rng.choice(snippets))
    if pick == 5:
        field = rng.choice(["text", "speaker", "role", "value", "unit", "measure", "quantity", "tags", "score"])
        values = {"text": rng.choice(["", "changed words"]), "value": rng.choice([None, 1.5, 7]),
                  "score": rng.choice([None, 0.25]), "tags": ["a", f"t{rng.randrange(9)}"]}
        value = values.get(field, f"x{rng.randrange(9)}")
        return UpdateSnippet(rng.choice(snippets), **{field: "oops" if bogus and field == "value" else value})
    if pick == 6 or n == 0:
        return InsertSlide(rng.randrange(n + 2) if bogus else rng.randrange(n + 1), random_slide(rng, deck))
    i = n + 3 if bogus else rng.randrange(n)
    if pick == 7:
        return DeleteSlide(i)
    if pick == 8:
        return MoveSlide(i, rng.randrange(n))
    if pick == 9:
        return DuplicateSlide(i)
    if pick == 10:
        return ReplaceSlide(i, random_slide(rng, deck))
    if pick == 11 and not bogus:
        layout = deck.slides[i].layout
        slot = rng.choice(list(LAYOUTS[layout].slots))
        clear = slot in deck.slides[i].slots and rng.random() < 0.2
        value = None if clear else random_value(rng, deck, layout, slot)
        return set_slot(deck, i, slot, value)
    if pick == 12 and not bogus:
        return set_layout(deck, i, rng.choice(list(LAYOUTS)))
    if pick == 13 and not bogus:
        return set_notes(deck, i, f"notes {rng.randrange(99)}")
    if pick == 14:
        return SetDeckField(rng.choice(["title", "subtitle", "author", "date", "template", *(["size"] * bogus)]),
                            f"value {rng.randrange(99)}")
    if pick == 15:
        # several edits as one step; random ones may interfere (and fail), which must roll back
        return Batch([random_edit(rng, deck, counter) for _ in range(rng.randrange(1, 4))], "Several")
    return MoveSlide(rng.randrange(n), rng.randrange(n))


def assert_consistent(deck) -> None:
    assert all(k == s.id for k, s in deck.sources.items())
    assert all(k == s.id and s.source in deck.sources for k, s in deck.snippets.items())
    for slide in deck.slides:
        check_slide(deck, slide)
    deck_to_data(deck)


@pytest.mark.parametrize("seed", range(6))
def test_random_edit_sequences_undo_to_the_original(deck, seed):
    rng, counter = random.Random(seed), [0]
    original = snapshot(deck)
    undo_stack: list[Edit] = []
    failures = 0
    while len(undo_stack) < 200:
        before = snapshot(deck)
        try:
            edit = random_edit(rng, deck, counter)
            undo = edit.apply(deck)
        except DeckError:
            failures += 1
            assert snapshot(deck) == before
            continue
        assert_consistent(deck)
        undo_stack.append(undo)
        if rng.random() < 0.1:  # the user undoes a few steps and redoes them, as in any editor
            state, k = snapshot(deck), rng.randrange(1, min(5, len(undo_stack)) + 1)
            redos = [undo_stack.pop().apply(deck) for _ in range(k)]
            undo_stack.extend(r.apply(deck) for r in reversed(redos))
            assert snapshot(deck) == state
    assert failures > 5  # the sequence did exercise impossible requests
    final = snapshot(deck)
    assert final != original
    redo_stack = []
    while undo_stack:
        redo_stack.append(undo_stack.pop().apply(deck))
    assert snapshot(deck) == original
    while redo_stack:
        undo_stack.append(redo_stack.pop().apply(deck))
    assert snapshot(deck) == final
