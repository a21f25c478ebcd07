"""Shared test setup: the tests folder on sys.path, and a private cache folder."""
import os
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")     # the editor's tests need no display
# The editor's settings live in Qt's standard place, which Qt reads once per process: point it at a
# folder of the test run's own before anything asks, so no test reads or writes the user's settings.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="briefdeck-test-config-")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the tests' caches (extraction, chart pictures) out of the user's own cache folder."""
    old = os.environ.get("BRIEFDECK_CACHE_DIR")
    os.environ["BRIEFDECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("BRIEFDECK_CACHE_DIR", None)
    else:
        os.environ["BRIEFDECK_CACHE_DIR"] = old


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Each test starts with no saved window layout, palette or recent decks."""
    if "briefdeck.gui.settings" in sys.modules:
        s = sys.modules["briefdeck.gui.settings"].settings()
        s.clear()
        s.sync()
    yield


@pytest.fixture(autouse=True)
def _collector_back():
    """An editor window collects cycles on the GUI thread only; after its test, Python collects again.

    pytest-qt closes a test's widgets with deleteLater(), which Qt carries out only from a running event
    loop, and tests have none: flush those deletions here, so a window is deleted by Qt now rather than
    by the cyclic collector during a later test (destroying a main window from inside a collection pass
    can crash in its menu bar's event filter)."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent
        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if "briefdeck.gui.collector" in sys.modules:
        sys.modules["briefdeck.gui.collector"].stop()


@pytest.fixture(autouse=True)
def _no_modal_questions(request, monkeypatch):
    """The editor asks about sources' details after adding files; offscreen tests answer 'Later'
    unless they set ``win.actions.ask_source_details`` themselves."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from briefdeck.gui.window_actions import Actions
    monkeypatch.setattr(Actions, "_source_details_dialog", lambda self, sources: None)
    yield
