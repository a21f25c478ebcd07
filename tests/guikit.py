"""The editor's window as the offscreen tests use it: a private state folder, a light palette,
1366x768, shown (and active, for shortcuts), its questions answered without a dialog."""
from __future__ import annotations

import pytest


@pytest.fixture
def state(tmp_path, monkeypatch):
    """Journals, locks and trust decisions in the test's own folder."""
    monkeypatch.setenv("BRIEFDECK_STATE_DIR", str(tmp_path / "state"))
    return tmp_path / "state"


@pytest.fixture
def win(qtbot, qapp, state):
    from PySide6.QtWidgets import QMessageBox

    from briefdeck.gui import theme, workers
    from briefdeck.gui.window import MainWindow
    theme.apply_theme(qapp, False)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    w.actions.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    w.actions.ask_source_details = lambda sources: None
    errors: list[str] = []
    w.actions.show_error = lambda title, text: errors.append(f"{title}: {text}")
    w.errors = errors
    yield w
    workers.wait(20)                                      # no worker may outlive its window
    qapp.processEvents()
    w.document.undo.setClean()
