"""No lost work: every edit is journalled as it is made, and a killed editor's deck comes back exactly."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from briefdeck.core import BriefdeckError, Item, Slide  # noqa: E402
from briefdeck.core.edit_log import decode, encode  # noqa: E402
from briefdeck.core.edits import (AddSnippet, InsertSlide, MoveSlide, SetDeckField, UpdateSnippet,  # noqa: E402
                                  set_layout, set_notes, set_slot)
from briefdeck.spec import load_deck  # noqa: E402
from briefdeck.spec.save import deck_to_data  # noqa: E402

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "canada-auto"


@pytest.fixture(autouse=True)
def _state(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFDECK_STATE_DIR", str(tmp_path / "state"))


def _data(deck) -> dict:
    return deck_to_data(deck)


def _window(qtbot):
    from briefdeck.gui.window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    errors = []
    win.actions.show_error = lambda title, text: errors.append(f"{title}: {text}")
    win.errors = errors
    return win


def _run_and_kill(tmp_path, body: str) -> dict:
    """Run ``body`` in an editor process, then kill -9 it at once; returns what it printed as JSON."""
    script = textwrap.dedent("""
        import json, os, signal, sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from briefdeck.core import Item, Slide
        from briefdeck.core.edits import InsertSlide, SetDeckField, set_slot
        from briefdeck.gui.window import MainWindow
        from briefdeck.spec.save import deck_to_data
        win = MainWindow()
        win.actions.ask_source_details = lambda sources: None
    """) + textwrap.dedent(body) + textwrap.dedent("""
        print(json.dumps(deck_to_data(win.deck), default=str), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)           # no chance to save or tidy up
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFDECK_STATE_DIR=str(tmp_path / "state"))
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_killed_right_after_an_edit_the_deck_comes_back_exactly(tmp_path, qtbot):
    deck_dir = tmp_path / "deck"
    shutil.copytree(EXAMPLE, deck_dir)
    before = _run_and_kill(tmp_path, f"""
        win.actions.open({str(deck_dir / 'deck.yaml')!r})
        win.document.do(SetDeckField("title", "Edited just before the kill"))
        win.document.do(set_slot(win.deck, 2, "title", Item("A new title for slide three")))
        win.document.undo.undo()
        win.document.undo.redo()
        win.document.do(InsertSlide(1, Slide("section", {{"title": Item("Inserted")}})))
    """)
    from briefdeck.gui.app import recover
    from briefdeck.gui.journal import leftovers
    journals = leftovers()
    assert len(journals) == 1 and journals[0].deck_path.endswith("deck.yaml")
    assert "5 changes not saved" in journals[0].describe()
    win = _window(qtbot)
    recover(win, journals[0], True)
    assert _data(win.deck) == before
    assert win.deck.title == "Edited just before the kill" and win.deck.slides[1].text("title") == "Inserted"
    assert win.document.dirty and win.document.path == (deck_dir / "deck.yaml").resolve()
    assert load_deck(deck_dir / "deck.yaml").deck.title != "Edited just before the kill"   # the file is untouched
    assert win.document.journal.file.exists(), "the journal is kept until the recovered deck is saved"
    assert leftovers() == []                                   # this window carries it on now
    win.document.do(SetDeckField("subtitle", "After recovery"))
    win.document.save()
    assert not win.document.journal.file.exists() and not journals[0].file.exists()
    assert load_deck(deck_dir / "deck.yaml").deck.subtitle == "After recovery"


def test_an_untitled_deck_comes_back_with_its_sources_text_and_snippets(tmp_path, qtbot):
    elsewhere = tmp_path / "downloads"                     # files the user added from anywhere
    elsewhere.mkdir()
    for name in ("harbour-wire.md", "harbour-scrape.txt"):
        shutil.copy(ARTICLES / name, elsewhere / name)
    before = _run_and_kill(tmp_path, f"""
        import time
        win.actions.add_source_files([{str(elsewhere / 'harbour-wire.md')!r}, {str(elsewhere / 'harbour-scrape.txt')!r}])
        end = time.time() + 60
        while len(win.deck.sources) < 2 or not win.snippets.model.all:
            app.processEvents()
            assert time.time() < end, "sources not added"
        key = next(r.key for r in win.snippets.model.all if r.snippet.kind == "quote")
        win.actions.put_on_slide([key])
        win.document.do(set_slot(win.deck, 0, "title", Item("Harbour works")))
    """)
    (elsewhere / "harbour-wire.md").unlink()             # even if a file is gone since, the text was on screen
    from briefdeck.gui.app import recover
    from briefdeck.gui.journal import leftovers
    (journal,) = leftovers()
    assert journal.deck_path == "" and "an untitled deck" in journal.describe()
    win = _window(qtbot)
    recover(win, journal, True)
    assert _data(win.deck) == before
    assert all(len(s.text) > 200 for s in win.deck.sources.values())
    assert win.deck.slides[0].layout == "quote" and win.deck.slides[0].text("title") == "Harbour works"
    qtbot.waitUntil(lambda: len(win.snippets.model.all) > 10, timeout=20000)   # proposals come back too
    assert win.document.path is None
    assert win.windowTitle().startswith("Untitled") and win.document.name == "Untitled"
    asked = []
    win.actions.ask_unsaved = lambda: asked.append(win.document.name) or \
        __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Cancel
    assert not win.actions.maybe_save()
    assert asked == ["Untitled"]                           # the prompt names the deck as the title bar does
    assert journal.file.exists()
    win.document.undo.setClean()


def test_a_line_cut_short_by_the_kill_is_ignored(tmp_path, qtbot):
    from briefdeck.gui.document import Document
    from briefdeck.gui.journal import leftovers, read
    doc = Document()
    doc.do(SetDeckField("title", "One"))
    doc.do(SetDeckField("title", "Two"))
    file = doc.journal.file
    doc.journal.close()
    with open(file, "a", encoding="utf-8") as f:
        f.write('{"edit": {"$obj": "briefdeck.core.edits:SetDeckField", "sta')
    note = json.loads(file.with_suffix(".json").read_text())
    note["pid"] = 999_999_999                               # a process that is gone
    file.with_suffix(".json").write_text(json.dumps(note))
    (journal,) = leftovers()
    deck, notes = journal.replay()
    assert deck.title == "Two" and notes == [] and len(read(file).edits) == 2
    doc.undo.setClean()


def test_a_journal_can_only_build_edits_and_the_deck_model():
    with pytest.raises(BriefdeckError, match="not part of briefdeck"):
        decode({"$obj": "os:system", "state": {}})
    with pytest.raises(BriefdeckError, match="not an edit or part of the deck model"):
        decode({"$obj": "briefdeck.atomic:write_text", "state": {}})
    with pytest.raises(TypeError):
        encode(object())


def test_any_sequence_of_edits_undos_and_redos_replays_to_the_same_deck(tmp_path, qtbot):
    """The journal after random editing, replayed on its base, is the deck on screen."""
    from briefdeck.gui.document import Document
    from briefdeck.gui.journal import read
    deck_dir = tmp_path / "deck"
    shutil.copytree(EXAMPLE, deck_dir)
    rng = random.Random(7)
    for run in range(6):
        doc = Document()
        doc.open(deck_dir / "deck.yaml")
        for step in range(40):
            deck = doc.deck
            n = len(deck.slides)
            choice = rng.randrange(9)
            try:
                if choice == 0:
                    doc.do(set_slot(deck, rng.randrange(n), "title", Item(f"Title {run}.{step}")))
                elif choice == 1:
                    doc.do(InsertSlide(rng.randrange(n + 1), Slide("bullets", {"title": Item("New")})))
                elif choice == 2 and n > 1:
                    doc.do(MoveSlide(rng.randrange(n), rng.randrange(n)))
                elif choice == 3:
                    doc.do(set_layout(deck, rng.randrange(n), rng.choice(["bullets", "section", "quote"])))
                elif choice == 4:
                    doc.do(set_notes(deck, rng.randrange(n), f"note {step} \u2014 \u201cquoted\u201d"))
                elif choice == 5:
                    sid = rng.choice(list(deck.snippets))
                    doc.do(UpdateSnippet(sid, tags=["star", f"t{step}"]))
                elif choice == 6:
                    src = deck.sources[rng.choice(list(deck.sources))]
                    sn = next(iter(deck.snippets.values()))
                    new = type(sn)(id=f"n{run}-{step}", kind="claim", source=src.id, anchor=sn.anchor)
                    if new.source == sn.source:
                        doc.do(AddSnippet(new))
                elif choice == 7 and doc.undo.canUndo():
                    doc.undo.undo()
                elif choice == 8 and doc.undo.canRedo():
                    doc.undo.redo()
            except BriefdeckError:
                pass                                   # refused edits change nothing and journal nothing
        journal = read(doc.journal.file)
        if journal is None:
            continue
        replayed, notes = journal.replay()
        assert notes == [] and _data(replayed) == _data(doc.deck), f"run {run}"
        doc.undo.setClean()
        doc.close()


def test_journalling_an_edit_costs_little(tmp_path):
    """The benchmark measures this properly; here only a sanity bound against a gross regression."""
    import time

    from briefdeck.gui.document import Document
    doc = Document()
    doc.open(EXAMPLE / "deck.yaml")
    start = time.perf_counter()
    for i in range(50):
        doc.do(set_slot(doc.deck, i % len(doc.deck.slides), "title", Item(f"Title {i}")))
    assert (time.perf_counter() - start) / 50 < 0.05
    doc.undo.setClean()
    doc.close()


def test_a_deck_saved_with_half_built_slides_opens_again(tmp_path, qtbot):
    """New slides start empty; saving them and opening the file again must work (and recovery relies on it)."""
    from briefdeck.core import LAYOUTS
    from briefdeck.gui.document import Document
    doc = Document()
    for layout in LAYOUTS:
        doc.do(InsertSlide(0, Slide(layout, {})))
    doc.save(tmp_path / "deck.yaml")
    again = Document()
    again.open(tmp_path / "deck.yaml")
    assert [s.layout for s in again.deck.slides] == [s.layout for s in doc.deck.slides]
    assert any("has no" in d.message for d in again.diagnostics)
    doc.close()
    again.close()


def test_a_document_closed_after_undoing_past_its_save_goes_quietly(qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    from briefdeck.gui.document import Document
    doc = Document()
    changes = []
    doc.path_changed.connect(lambda: changes.append("clean state"))
    doc.do(SetDeckField("title", "Saved"))
    doc.undo.setClean()
    doc.undo.undo()                                      # unsaved again: the window's title shows it
    assert changes and doc.dirty
    doc.journal.close()
    with qtbot.captureExceptions() as errors:
        doc.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert errors == []
