"""The editor driven as a user would: sources in, snippets picked, three slides, a chart, undo, save, export."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from guikit import state, win  # noqa: E402,F401  (the shared window fixtures)

from pptx import Presentation  # noqa: E402

from briefdeck.spec import load_deck  # noqa: E402
from briefdeck.spec.save import deck_to_data  # noqa: E402
from pptx_facts import footnote, shapes_text  # noqa: E402

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "canada-auto"


def candidate(win, kind: str, contains: str) -> str:
    for row in win.snippets.model.all:
        if row.snippet.kind == kind and contains in row.snippet.text and not row.picked:
            return row.key
    raise AssertionError(f"no {kind} candidate with {contains!r}")


def test_sources_to_three_slides_chart_undo_save_reopen_export(win, qtbot, tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in ("harbour-wire.md", "harbour-scrape.txt"):
        shutil.copy(ARTICLES / name, sources / name)
    win.actions.add_source_files([str(sources / "harbour-wire.md"), str(sources / "harbour-scrape.txt")])
    qtbot.waitUntil(lambda: len(win.deck.sources) == 2 and len(win.snippets.model.all) > 10, timeout=20000)
    assert win.sources.list.count() == 2
    assert not win.errors

    # a claim, on a new bullets slide
    win.actions.put_on_slide([candidate(win, "claim", "A provincial order for three hybrid ferries")])
    assert [s.layout for s in win.deck.slides] == ["bullets"]
    claim = next(sn for sn in win.deck.snippets.values() if sn.kind == "claim")

    # a figure, dropped on the figure slot of a new big-number slide
    win.actions.new_slide("big-number")
    assert win.current_slide == 1
    win.actions.drop_on_slot("figure", [candidate(win, "figure", "6,000 more jobs")])
    figure = next(sn for sn in win.deck.snippets.values() if sn.kind == "figure")
    assert figure.value == 6000 and win.deck.slides[1].slots["figure"].snippet == figure.id

    # a quote, selected by hand in the source viewer, on a new quote slide
    win.sources.select("harbour-wire")
    text = win.deck.sources["harbour-wire"].text
    start = text.index("They should be built")
    end = text.index("ride them.") + len("ride them.")
    win.actions.ask_speaker = lambda guess: ("Ruth Abernathy", True)
    win.actions.add_snippet_from_selection("quote", "harbour-wire", start - 1, end + 1)   # the marks are trimmed
    quote = next(sn for sn in win.deck.snippets.values() if sn.kind == "quote")
    assert quote.anchor.exact == "They should be built by the people who will ride them."
    assert quote.speaker == "Ruth Abernathy"
    win.actions.new_slide("quote")
    win.actions.drop_on_slot("quote", ["d:" + quote.id])
    assert [s.layout for s in win.deck.slides] == ["bullets", "big-number", "quote"]

    # a chart from two figures, through the chart builder
    keys = [candidate(win, "figure", "$310 million"), candidate(win, "figure", "2,300 people")]

    def builder(figures, chart, title):
        from briefdeck.gui.chart_builder import ChartBuilder
        dialog = ChartBuilder(figures, chart, title)
        names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        assert names == ["", "People employed"]     # "… worth $310 million has steadied the yard": no label to make
        dialog.table.item(0, 0).setText("Ferry order")   # so the user names that bar
        dialog.exec = lambda: (dialog._accept(), True)[1]
        return dialog
    win.actions.make_chart_dialog = builder
    win.actions.chart_from_keys(keys)
    chart_slide = win.deck.slides[3]
    assert chart_slide.layout == "chart"
    assert [p.value for p in chart_slide.slots["chart"].series[0].points] == [310, 2300]

    # undo and redo
    before = deck_to_data(win.deck)
    win.document.undo.undo()
    assert len(win.deck.slides) == 3
    win.document.undo.redo()
    assert deck_to_data(win.deck) == before

    # save, reopen
    deck_file = tmp_path / "deck.yaml"
    win.actions.ask_save = lambda: str(deck_file)
    assert win.actions.save()
    assert not win.document.dirty
    assert all(not Path(s.path).is_absolute() for s in load_deck(deck_file).deck.sources.values())
    reopened = load_deck(deck_file)
    assert [s.layout for s in reopened.deck.slides] == ["bullets", "big-number", "quote", "chart"]
    assert not [d for d in reopened.diagnostics if d.is_error]

    # export, reopen the .pptx
    out = tmp_path / "deck.pptx"
    exported = []
    win.actions.ask_export = lambda: str(out)
    win.actions.after_export = lambda path, result: exported.append(result)
    win.actions.export()
    qtbot.waitUntil(lambda: bool(exported), timeout=20000)
    prs = Presentation(str(out))
    slides = list(prs.slides)
    assert len(slides) == 5                                       # and the Sources slide
    assert claim.anchor.exact[:40] in shapes_text(slides[0])
    assert "6,000" in shapes_text(slides[1])
    assert "They should be built" in shapes_text(slides[2]) and "Ruth Abernathy" in shapes_text(slides[2])
    assert "Coastal Business Wire" in footnote(slides[0]) or "Coastal Business Wire" in footnote(slides[2])
    charts = [sh.chart for sh in slides[3].shapes if sh.has_chart]
    assert charts and list(charts[0].plots[0].series[0].values) == [310, 2300]
    assert "Coastal Business Wire" in shapes_text(slides[4])


def test_opening_a_deck_shows_its_slides_preview_and_candidates(win, qtbot):
    win.actions.open(str(EXAMPLE / "deck.yaml"))
    qtbot.waitUntil(lambda: win.settled() and win.slide_list.count() == 14, timeout=20000)
    qtbot.waitUntil(lambda: any(not r.picked for r in win.snippets.model.all), timeout=20000)
    assert win.sources.list.count() == 5
    assert win.preview.plan is not None
    win.select_slide_row(4)
    assert win.editor.index == 4
    assert "Citations" in [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert win.citations.tree.topLevelItemCount() >= 14
    win.snippets.search.setText("tariff")
    qtbot.waitUntil(lambda: 0 < len(win.snippets.model.visible) < len(win.snippets.model.all), timeout=3000)
    assert all("tariff" in r.search for r in win.snippets.model.visible)


def test_layout_change_and_delete_are_undoable(win, qtbot):
    win.actions.open(str(EXAMPLE / "deck.yaml"))
    qtbot.waitUntil(lambda: win.slide_list.count() == 14, timeout=20000)
    win.select_slide_row(3)
    original = deck_to_data(win.deck)
    win.actions.set_layout("comparison")
    assert win.deck.slides[3].layout == "comparison"
    win.actions.delete_slide()
    assert len(win.deck.slides) == 13
    win.document.undo.undo()
    win.document.undo.undo()
    assert deck_to_data(win.deck) == original
    assert "Undo" in win.actions.by_name["undo"].text() or win.document.undo.canRedo()


def test_screenshot_command_saves_the_window(qapp, tmp_path, state):
    from briefdeck.gui.app import main
    out = tmp_path / "shot.png"
    assert main(["--screenshot", str(out), "--size", "1366x768", "--slide", "5", str(EXAMPLE / "deck.yaml")]) == 0
    from PySide6.QtGui import QImage
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_a_deck_reading_files_outside_its_folder_asks_first(win, tmp_path):
    (tmp_path / "outside.txt").write_text("The quay reopened.\n", encoding="utf-8")
    (tmp_path / "deck").mkdir()
    deck = tmp_path / "deck" / "deck.yaml"
    deck.write_text("briefdeck: 1\ntitle: Q\nsources: [{id: s, path: ../outside.txt}]\nslides: []\n",
                    encoding="utf-8")
    asked = []
    win.actions.ask_outside = lambda messages: (asked.append(messages), False)[1]
    win.actions.guard(lambda: win.actions.open(str(deck)))
    assert asked and "outside the deck's folder" in win.errors[-1]
    assert not win.deck.sources
    win.actions.ask_outside = lambda messages: True
    win.actions.open(str(deck))
    assert win.deck.sources["s"].text.startswith("The quay")
    from briefdeck.spec import load_deck
    assert load_deck(deck).deck.sources["s"].text                # trusted from now on, for this deck only


def test_a_failed_save_keeps_the_file_and_the_work(win, tmp_path, monkeypatch):
    win.actions.open(str(EXAMPLE / "deck.yaml"))
    deck_file = tmp_path / "deck.yaml"
    shutil.copytree(EXAMPLE / "sources", tmp_path / "sources")
    win.actions.ask_save = lambda: str(deck_file)
    win.actions.save_as()
    before = deck_file.read_bytes()
    from briefdeck.core.edits import SetDeckField
    win.document.do(SetDeckField("title", "Unsaved title"))
    import briefdeck.atomic

    def full_disk(path, data):
        raise briefdeck.atomic.ExportError(f"{path}: No space left on device")
    monkeypatch.setattr(briefdeck.spec.save, "write_text", lambda path, text: full_disk(path, text))
    win.actions.guard(win.actions.save)
    assert "No space left" in win.errors[-1]
    assert deck_file.read_bytes() == before
    assert win.document.dirty and win.deck.title == "Unsaved title"


def test_a_deck_open_in_another_process_is_warned_about(win, tmp_path):
    import json
    import socket

    from briefdeck.gui import locks
    shutil.copytree(EXAMPLE, tmp_path / "deck")
    deck = tmp_path / "deck" / "deck.yaml"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock = locks._file(deck)
        lock.parent.mkdir(parents=True, exist_ok=True)
        lock.write_text(json.dumps({"deck": str(deck), "pid": sleeper.pid, "host": socket.gethostname(),
                                    "since": 0}), encoding="utf-8")
        asked = []
        win.actions.ask_locked = lambda name, who: (asked.append(who), False)[1]
        win.actions.open(str(deck))
        assert asked and str(sleeper.pid) in asked[0]
        assert win.document.path is None                    # declined: nothing opened
        win.actions.ask_locked = lambda name, who: True
        win.actions.open(str(deck))
        assert win.document.path == deck.resolve()
        assert locks.holder(deck) is None                   # ours now
    finally:
        sleeper.kill()
        sleeper.wait()
    other = tmp_path / "deck" / "stale.yaml"
    shutil.copy(deck, other)
    locks._file(other).write_text(json.dumps({"pid": sleeper.pid, "host": socket.gethostname(), "since": 0}),
                                  encoding="utf-8")
    assert locks.holder(other) is None                      # its process is gone: stale


def test_ctrl_z_in_a_field_with_nothing_of_its_own_to_undo_undoes_the_last_deck_edit(win, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit
    win.actions.open(str(EXAMPLE / "deck.yaml"))
    qtbot.waitUntil(lambda: win.slide_list.count() == 14, timeout=20000)
    win.select_slide_row(7)                          # a quote: title, quote, speaker and role fields
    original = deck_to_data(win.deck)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in win.editor.findChildren(QLineEdit)), timeout=5000)
    fields = [w for w in win.editor.findChildren(QLineEdit) if w.isVisible() and not w.isReadOnly()]
    field = fields[-2]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=3000)
    before = field.text()
    qtbot.keyClicks(field, "Plants idle")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # the field's own typing first
    assert field.text() == before and deck_to_data(win.deck) == original
    qtbot.keyClicks(field, "Plants idle")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: deck_to_data(win.deck) != original, timeout=3000)
    now = fields[-1]
    now.setFocus()                                   # the next field, as Tab left it: nothing typed in it yet
    qtbot.waitUntil(lambda: QApplication.focusWidget() is now, timeout=3000)
    assert not now.isUndoAvailable()
    qtbot.keyClick(now, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: deck_to_data(win.deck) == original, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: deck_to_data(win.deck) != original, timeout=3000)
    notes = win.editor.notes                         # the notes field, untouched, passes the key on too
    notes.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notes, timeout=3000)
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: deck_to_data(win.deck) == original, timeout=3000)


def test_a_long_quote_chip_shows_all_its_lines(win, qtbot):
    from briefdeck.gui.slide_editor import SlotLine
    win.actions.open(str(EXAMPLE / "deck.yaml"))
    qtbot.waitUntil(lambda: win.slide_list.count() == 14, timeout=20000)
    checked = 0
    for row in range(win.slide_list.count()):
        win.select_slide_row(row)
        qtbot.wait(50)
        for sw in win.editor.slot_widgets.values():
            if isinstance(sw, SlotLine) and sw.chip.isVisible():
                chip = sw.chip
                assert chip.height() >= chip.heightForWidth(chip.width()), (row, chip.text())
                checked += chip.heightForWidth(chip.width()) > 2 * chip.fontMetrics().lineSpacing()
    assert checked                                          # a chip of several lines was among them


def test_retitling_the_opening_slide_retitles_the_exported_file_in_one_undo_step(win, qtbot, tmp_path):
    from briefdeck.core import Item
    from briefdeck.writers.export import export
    deck = tmp_path / "deck.yaml"
    deck.write_text("briefdeck: 2\ntitle: Harbours\nslides:\n  - layout: title\n    title: Harbours\n"
                    "  - layout: bullets\n    title: Berths\n", encoding="utf-8")
    win.actions.open(str(deck))
    win.actions.set_slot("title", Item("Harbours under pressure"), 0)
    win.actions.set_slot("title", Item("Berths, again"), 1)            # another slide's title is its own
    win.document.save()
    export(load_deck(deck), tmp_path / "deck.pptx")
    assert Presentation(str(tmp_path / "deck.pptx")).core_properties.title == "Harbours under pressure"
    win.document.undo.undo()
    win.document.undo.undo()
    assert win.deck.title == "Harbours" and win.deck.slides[0].text("title") == "Harbours"
