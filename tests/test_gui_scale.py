"""The editor at size: long decks are planned slide by slide and drawn only in view; many sources arrive
as they are read, in one undo step, and the reading can be cancelled."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from guikit import state, win  # noqa: E402,F401  (the shared window fixtures)

from briefdeck.core import Item  # noqa: E402

SLIDE = """  - layout: bullets
    title: "Harbour report {n}"
    bullets: [{{snippet: c{k}}}]
    notes: "Speaker notes for slide {n}."
"""


def long_deck(folder, slides: int):
    """A deck of ``slides`` bullet slides citing one source (invented text)."""
    lines = [f"Berth {k} handled {100 + k} ships in the spring season." for k in range(40)]
    (folder / "harbour.txt").write_text("Harbour report\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    snippets = "".join(f"  - {{id: c{k}, kind: claim, source: h, text: \"{line}\"}}\n"
                       for k, line in enumerate(lines))
    body = "".join(SLIDE.format(n=n, k=n % 40) for n in range(slides))
    deck = folder / "deck.yaml"
    deck.write_text(f"briefdeck: 2\ntitle: Harbours\nsources:\n  - {{id: h, path: harbour.txt}}\n"
                    f"snippets:\n{snippets}slides:\n{body}", encoding="utf-8")
    return deck


def test_a_long_deck_draws_only_the_thumbnails_in_view_and_an_edit_plans_one_slide(win, qtbot, tmp_path):
    win.actions.open(str(long_deck(tmp_path, 600)))
    qtbot.waitUntil(win.settled, timeout=60000)
    assert win.slide_list.count() == 600
    assert 0 < win.slide_list.slides.drawn < 40, "only the slides in view get a picture"
    win.select_slide_row(5)
    qtbot.wait(200)
    qtbot.waitUntil(win.settled, timeout=20000)
    model = win.slide_list.slides
    in_view = [r for r in range(model.rowCount()) if win.slide_list.row_rect(r).intersects(
        win.slide_list.viewport().rect())]
    pictures = {r: model.data(model.index(r), 1).cacheKey() for r in in_view}   # 1: the decoration (an icon)
    win.actions.set_slot("title", Item("A title typed on slide six"), 5)
    qtbot.waitUntil(win.settled, timeout=20000)
    assert win.live.planned_last == 1                            # the slide typed in, and nothing else
    assert win.preview.plan.title == "A title typed on slide six"
    redrawn = [r for r in in_view if model.data(model.index(r), 1).cacheKey() != pictures[r]]
    assert 5 in in_view and redrawn == [5]                        # its thumbnail, redrawn; no other
    win.actions.move_slide(5, 400)
    qtbot.waitUntil(win.settled, timeout=20000)
    assert win.live.planned_last == 0                            # moving a slide plans nothing
    from briefdeck.writers.plan import plan_deck
    assert win.plan_result.plan == plan_deck(win.deck, win.plan_result.plan.template)


def _articles(folder, count: int) -> list[str]:
    folder.mkdir()
    out = []
    for n in range(count):
        path = folder / f"port-note-{n:03d}.txt"
        path.write_text(f"Port note {n}: crane upgrade at berth {n}\n\nThe harbour board approved crane upgrade "
                        f"number {n} on Monday at a cost of {n + 3} million dollars. \u201cThe cranes will load "
                        f"ships twice as fast,\u201d said Mara Lindqvist, who runs berth {n}. Work starts in "
                        f"spring and should take {n % 9 + 2} months.\n", encoding="utf-8")
        out.append(str(path))
    return out


def test_many_sources_fill_the_table_as_they_are_read_in_one_undo_step(win, qtbot, tmp_path, monkeypatch):
    paths = _articles(tmp_path / "notes", 40)
    import time

    import briefdeck.extract
    read = briefdeck.extract.extract_files

    def slow_read(*args, **kwargs):             # a file takes as long as a real article's, not a few milliseconds,
        time.sleep(0.02)                         # so the window has turns to take what was read so far
        return read(*args, **kwargs)
    monkeypatch.setattr(briefdeck.extract, "extract_files", slow_read)
    seen: list[tuple[int, int]] = []                             # (sources in the deck, rows in the table)
    win.snippets.model.modelReset.connect(lambda: seen.append((len(win.deck.sources), len(win.snippets.model.all))))
    steps = win.document.undo.count()
    win.actions.add_source_files(paths)
    qtbot.waitUntil(lambda: len(win.deck.sources) == 40 and win.settled(), timeout=120000)
    assert any(0 < n < 40 and rows > 0 for n, rows in seen), "the table filled before the last file was read"
    assert win.document.undo.count() == steps + 1               # the whole batch is one step
    win.document.undo.undo()
    assert len(win.deck.sources) == 0
    win.document.undo.redo()
    assert len(win.deck.sources) == 40


def test_cancelling_keeps_the_sources_read_so_far(win, qtbot, tmp_path, monkeypatch):
    paths = _articles(tmp_path / "notes", 60)
    from PySide6.QtWidgets import QProgressDialog
    dialogs = []
    real_init = QProgressDialog.__init__

    def remember(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        dialogs.append(self)
    monkeypatch.setattr(QProgressDialog, "__init__", remember)
    import time

    import briefdeck.extract
    read = briefdeck.extract.extract_files

    def slowly(*args, **kwargs):                                # files on a slow network drive
        time.sleep(0.05)
        return read(*args, **kwargs)
    monkeypatch.setattr(briefdeck.extract, "extract_files", slowly)
    win.actions.add_source_files(paths)
    qtbot.waitUntil(lambda: len(win.deck.sources) >= 3, timeout=60000)
    from PySide6.QtWidgets import QPushButton
    dialogs[-1].findChild(QPushButton).click()                  # the dialog's Cancel button
    qtbot.waitUntil(win.settled, timeout=60000)
    from briefdeck.gui import workers
    assert workers.wait(20)
    qtbot.wait(50)
    kept = len(win.deck.sources)
    assert 3 <= kept < 60
    assert {s.path for s in win.deck.sources.values()} <= set(paths)
    assert "stopped after" in win.statusBar().currentMessage()
