"""The window's wiring: every shortcut bound once, redo on both keys, settings where Qt puts them,
and a half-filled slide that still previews."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from guikit import state, win  # noqa: E402,F401  (the shared window fixtures)

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402

from briefdeck.core import LAYOUTS, Item, Slide  # noqa: E402
from briefdeck.core.edits import InsertSlide, SetDeckField  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "canada-auto"


def test_no_key_sequence_is_bound_to_two_actions(win):
    seen: dict[str, str] = {}
    for action in win.findChildren(QAction):
        for key in action.shortcuts():
            name = key.toString()
            assert name not in seen or seen[name] == action.text(), \
                f"{name} is bound to both {seen[name]!r} and {action.text()!r} (Qt then runs neither)"
            seen[name] = action.text()
    assert {"Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+Z"} <= set(seen)


@pytest.mark.parametrize("keys", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_redo_by_either_key(win, qtbot, keys):
    win.document.do(SetDeckField("title", "Changed"))
    win.slide_list.setFocus()
    qtbot.keyClick(win.slide_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.deck.title == "Untitled briefing"
    sequence = QKeySequence(keys)
    combo = sequence[0]
    qtbot.keyClick(win.slide_list, combo.key(), combo.keyboardModifiers())
    assert win.deck.title == "Changed"


def test_a_slide_with_empty_slots_previews_and_the_others_still_do(win, qtbot):
    win.actions.open(str(EXAMPLE / "deck.yaml"))
    for layout in LAYOUTS:                       # one empty slide of every layout, as "New slide" makes them
        win.document.do(InsertSlide(1, Slide(layout, {})))
    qtbot.waitUntil(lambda: win.settled(), timeout=20000)
    planned = {p.deck_index for p in win.plan_result.plan.slides}
    assert planned >= set(range(len(win.deck.slides)))
    for index in (1, 4, len(win.deck.slides) - 1):       # empty ones and an untouched one
        win.select_slide_row(index)
        assert win.preview._plan is not None and win.preview._plan.deck_index == index


def test_settings_live_where_qt_and_the_user_say(tmp_path):
    config = tmp_path / "config"
    code = ("from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
            "from briefdeck.gui.settings import settings\n"
            "s = settings(); s.setValue('dark', True); s.sync(); print(s.fileName())\n")
    env = dict(os.environ, XDG_CONFIG_HOME=str(config), QT_QPA_PLATFORM="offscreen",
               BRIEFDECK_STATE_DIR=str(tmp_path / "state"))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    file = Path(out.stdout.strip())
    assert file.parent == config / "briefdeck" and file.is_file()
    assert "dark=true" in file.read_text()
    assert not (tmp_path / "state" / "settings.ini").exists()


def test_typing_and_tab_in_every_field_of_every_layout_edits_the_deck(win, qtbot):
    """Offscreen, the same path as real input: the field's editingFinished applies the edit later,
    the form is updated in place and no field is deleted while it is handling its own event."""
    from briefdeck.gui.slide_editor import SlotLine
    for n, layout in enumerate(LAYOUTS):
        win.document.do(InsertSlide(n, Slide(layout, {"title": Item("x")} if "title" in LAYOUTS[layout].slots
                                              else {})))
    for n, layout in enumerate(LAYOUTS):
        win.select_slide_row(n)
        fields = {name: w for name, w in win.editor.slot_widgets.items() if isinstance(w, SlotLine)}
        for name, w in fields.items():
            before = w.edit
            w.edit.setFocus()
            qtbot.keyClicks(w.edit, f" {name}!")
            qtbot.keyClick(w.edit, Qt.Key.Key_Tab)
            qtbot.waitUntil(lambda: (win.deck.slides[n].text(name) or "").endswith(f" {name}!"), timeout=3000)
            assert win.editor.slot_widgets[name].edit is before      # updated in place, not rebuilt
        win.editor.layout_box.setFocus()
