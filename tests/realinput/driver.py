"""The editor, started by its real entry point, driven by a script of an analyst at work.

The editor runs as it does for a user (``briefdeck.gui.app.main``, its own event loop, modal
dialogs and all) on Qt's xcb platform under Xvfb. A second thread plays the analyst: it looks at
the window through :class:`Probe` (a question answered on the GUI thread) and acts only with real
keys and clicks from xdotool. File dialogs are answered by setting the paths they would return;
every other dialog is answered with keys.

Usage: python driver.py PHASE WORKDIR DISPLAY SOURCE...   (PHASE: work | recover)
Prints one JSON line per step to stdout; exits non-zero when a step fails. In the ``work`` phase it
ends by printing {"kill": true} and waiting to be killed with SIGKILL.
"""
from __future__ import annotations

import faulthandler
import json
import os
import queue
import sys
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QApplication, QLineEdit

sys.path.insert(0, str(Path(__file__).parent))
from xsession import Input  # noqa: E402

TIMEOUT = float(os.environ.get("BRIEFDECK_REAL_INPUT_TIMEOUT", "60"))


START = time.monotonic()


def say(**record) -> None:
    record.setdefault("t", round(time.monotonic() - START, 2))
    print(json.dumps(record, default=str), flush=True)


class Probe(QObject):
    """Runs a function on the GUI thread and hands back its result (or exception) to the script."""

    asked = Signal(object)

    def __init__(self):
        super().__init__()
        self.asked.connect(self._answer)

    def _answer(self, job) -> None:
        fn, box = job
        try:
            box.put((True, fn()))
        except BaseException as exc:   # noqa: BLE001 - handed back to the script thread
            box.put((False, exc))

    def __call__(self, fn, timeout: float = TIMEOUT):
        box: queue.Queue = queue.Queue()
        self.asked.emit((fn, box))
        ok, value = box.get(timeout=timeout)
        if not ok:
            raise value
        return value


class Analyst:
    def __init__(self, probe: Probe, hands: Input, workdir: Path):
        self.probe, self.hands, self.workdir = probe, hands, workdir
        self.win = None

    # --- looking ------------------------------------------------------------------------
    def wait(self, what: str, cond, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not self.probe(cond):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting until {what}")
            time.sleep(0.05)

    def center(self, widget_fn) -> tuple[int, int]:
        def where():
            w = widget_fn()
            p = w.mapToGlobal(QPoint(w.width() // 2, w.height() // 2))
            return p.x(), p.y()
        return self.probe(where)

    def settle(self) -> None:
        """Until the window has handled what was sent, and its preview plan is current."""
        time.sleep(0.15)
        self.wait("the window is idle", lambda: self.win.settled())

    def deck_data(self) -> dict:
        from briefdeck.spec.save import deck_to_data
        return json.loads(json.dumps(self.probe(lambda: deck_to_data(self.win.deck)), default=str))

    def modal(self):
        return self.probe(lambda: QApplication.activeModalWidget())

    # --- acting -------------------------------------------------------------------------
    def key(self, *keys: str) -> None:
        self.hands.key(*keys)

    def click(self, widget_fn) -> None:
        self.hands.click(*self.center(widget_fn))

    def focus_slide_list(self) -> None:
        """Click the slide list's current thumbnail: the keyboard focus leaves any field."""
        def point():
            lst = self.win.slide_list
            row = lst.current_row() if lst.current_row() >= 0 else 0
            rect = lst.row_rect(row) if lst.count() else lst.viewport().rect()
            p = lst.viewport().mapToGlobal(rect.center())
            return p.x(), p.y()
        self.hands.click(*self.probe(point))

    def choose_layout(self, layout: str) -> None:
        """Open the Layout box with a click and walk to ``layout`` with the arrow keys, then Return."""
        from briefdeck.core import LAYOUTS
        names = list(LAYOUTS)
        self.probe(lambda: self.win.editor.ensureWidgetVisible(self.win.editor.layout_box))
        self.click(lambda: self.win.editor.layout_box)
        self.wait("the layout list is open", lambda: self.win.editor.layout_box.view().isVisible(), 10)
        now = self.probe(lambda: self.win.editor.layout_box.view().currentIndex().row())
        step = names.index(layout) - now
        if step:
            self.key(*(["Down"] * step if step > 0 else ["Up"] * -step))
        self.key("Return")
        self.wait(f"slide {self.current()} is a {layout} slide",
                  lambda: self.win.deck.slides[self.win.current_slide].layout == layout)

    def current(self) -> int:
        return self.probe(lambda: self.win.current_slide)


# --- the work phase -------------------------------------------------------------------------
COMMITS = ("Tab", "click-away", "Return", "shift+Tab", "Escape-then-Tab")


def work(a: Analyst, sources: list[str]) -> None:
    win = a.win
    say(step="window", size=a.probe(lambda: (win.width(), win.height())))

    # sources in, with the real shortcut (the file dialog answered with the paths)
    a.probe(lambda: setattr(win.actions, "ask_sources", lambda: list(sources)))
    a.focus_slide_list()
    a.key("ctrl+shift+o")
    a.wait("the sources are read and snippets proposed",
           lambda: len(win.deck.sources) == len(sources) and len(win.snippets.model.all) > 20, 120)
    # the sources have no publisher (and some no headline): their details are asked for; the
    # guesses are accepted with Return
    from briefdeck.gui.source_details import needs_review
    if a.probe(lambda: any(needs_review(s) for s in win.deck.sources.values())):
        a.wait("the sources' details are asked for", lambda: QApplication.activeModalWidget() is not None, 30)
        a.hands.move(*a.center(QApplication.activeModalWidget))
        a.key("Return")
        a.wait("the details are kept", lambda: QApplication.activeModalWidget() is None
               and not any(s.title_guessed for s in win.deck.sources.values()), 30)
    say(step="sources added", sources=len(sources), candidates=a.probe(lambda: len(win.snippets.model.all)))

    # pick in the viewer: drag over a proposed passage of each kind, then Ctrl+1 / 2 / 3
    for kind, combo in (("claim", "ctrl+1"), ("figure", "ctrl+2"), ("quote", "ctrl+3")):
        pick_in_viewer(a, kind, combo)

    # Ctrl+Enter in the table: a figure, a quote and a claim onto slides
    for kind in ("figure", "quote", "claim"):
        put_from_table(a, kind)

    # every text field of every layout: type, then commit each way a person does
    from briefdeck.core import LAYOUTS
    commit, typed = 0, []
    for layout in LAYOUTS:
        before = a.probe(lambda: len(win.deck.slides))
        a.focus_slide_list()
        a.key("ctrl+m")
        a.wait("a new slide", lambda: len(win.deck.slides) == before + 1)
        a.settle()
        a.choose_layout(layout)
        a.settle()
        fields = a.probe(lambda: [n for n, w in win.editor.slot_widgets.items()
                                  if type(w).__name__ == "SlotLine" and w.edit.isVisible()])
        if layout == "big-number":
            drag_to_slot(a, "figure", "figure")
        for name in fields:
            text = f"{layout[:3]} {name} {commit}"
            type_into(a, name, text, COMMITS[commit % len(COMMITS)])
            typed.append(text)
            commit += 1
        say(step="layout edited", layout=layout, fields=fields)

    # one slide through all nine layouts and back, undo and redo in between
    index = a.current()
    first = a.probe(lambda: win.deck.slides[index].layout)
    for layout in list(LAYOUTS) + [first]:
        a.choose_layout(layout)
    a.settle()
    say(step="layouts cycled", slide=index, typed=typed)

    # reorder by shortcut
    a.focus_slide_list()
    title = a.probe(lambda: win.deck.slides[win.current_slide].text("title"))
    at = a.current()
    a.key("ctrl+shift+Up")
    a.wait("the slide moved up", lambda: win.deck.slides[at - 1].text("title") == title)
    a.settle()

    # undo and redo by shortcut (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) with the focus out of any field
    a.focus_slide_list()
    done = a.deck_data()
    depth = a.probe(lambda: win.document.undo.index())
    a.key("ctrl+z", "ctrl+z", "ctrl+z")
    a.wait("three steps undone", lambda: win.document.undo.index() == depth - 3)
    assert a.deck_data() != done
    a.key("ctrl+shift+z", "ctrl+y", "ctrl+shift+z")
    a.wait("three steps redone", lambda: win.document.undo.index() == depth)
    a.settle()
    assert a.deck_data() == done, "undo then redo did not give the same deck"
    say(step="undo and redo")

    # Ctrl+Z in the field Tab moved to (nothing typed there yet) undoes the edit just left; Ctrl+Y redoes it
    a.choose_layout("quote")
    a.settle()
    before_edit = a.deck_data()
    type_into(a, "speaker", " undo me", "Tab")
    edited = a.deck_data()
    a.wait("the role field has the focus", lambda: win.editor.slot_widgets["role"].edit.hasFocus(), 10)
    a.key("ctrl+z")
    a.wait("the edit is undone from the next field", lambda: a.deck_data() == before_edit)
    a.key("ctrl+y")
    a.wait("and redone", lambda: a.deck_data() == edited)
    a.settle()
    say(step="undo from the next field")

    # save, export
    deck_file = a.workdir / "deck.yaml"
    a.probe(lambda: setattr(win.actions, "ask_save", lambda: str(deck_file)))
    a.key("ctrl+s")
    a.wait("saved", lambda: deck_file.is_file() and not win.document.dirty)
    export(a, "first.pptx")

    # a completed edit after saving, exported, then keys typed into a field and the process killed
    type_into(a, "title", " after saving", "Tab")
    a.settle()
    say(step="before kill", deck=a.deck_data())
    a.wait("a text field has the focus", lambda: isinstance(QApplication.focusWidget(), QLineEdit), 10)
    export(a, "before-kill.pptx", leave_field=False)      # Ctrl+E from inside a field, as an analyst presses it
    fields = a.probe(lambda: [n for n, w in win.editor.slot_widgets.items()
                              if type(w).__name__ == "SlotLine" and w.edit.isVisible()])
    a.click(lambda: win.editor.slot_widgets[fields[-1]].edit)
    a.hands.type("not committed")
    say(kill=True)
    time.sleep(600)


def export(a: Analyst, name: str, leave_field: bool = True) -> None:
    out = a.workdir / name
    exported = []
    a.probe(lambda: setattr(a.win.actions, "ask_export", lambda: str(out)))
    a.probe(lambda: setattr(a.win.actions, "after_export", lambda path, result: exported.append(path)))
    if leave_field:
        a.focus_slide_list()
    a.key("ctrl+e")
    a.wait(f"{name} exported", lambda: bool(exported) and out.is_file(), 120)
    say(step="exported", file=name)


def type_into(a: Analyst, slot: str, text: str, commit: str) -> None:
    """Click the field, type, and leave it the way ``commit`` says; the deck must then hold the text."""
    win = a.win
    index = a.current()
    a.probe(lambda: win.editor.ensureWidgetVisible(win.editor.slot_widgets[slot]))    # scrolled to, as a person would
    a.click(lambda: win.editor.slot_widgets[slot].edit)
    a.wait(f"the {slot} field has the focus", lambda: win.editor.slot_widgets[slot].edit.hasFocus(), 10)
    a.key("End")
    a.hands.type(text)
    if commit == "click-away":
        a.click(lambda: win.preview)
    elif commit == "Escape-then-Tab":
        a.key("Escape", "Tab")
    else:
        a.key(commit)
    a.wait(f"'{text}' is in slide {index + 1}'s {slot}",
           lambda: (win.deck.slides[index].text(slot) or "").endswith(text))


def drag_to_slot(a: Analyst, kind: str, slot: str) -> None:
    """Drag a row of the snippet table with the mouse and drop it on a slot of the current slide."""
    win = a.win

    def row_point():
        model, table = win.snippets.model, win.snippets.table
        r = next(r for r, row in enumerate(model.visible) if row.snippet.kind == kind)
        index = model.index(r, 2)
        table.scrollTo(index)
        p = table.viewport().mapToGlobal(table.visualRect(index).center())
        return p.x(), p.y()
    a.probe(lambda: win.editor.ensureWidgetVisible(win.editor.slot_widgets[slot]))
    steps = a.probe(lambda: win.document.undo.index())
    a.hands.drag(*a.probe(row_point), *a.center(lambda: win.editor.slot_widgets[slot]))
    a.wait(f"the dragged {kind} is in the {slot} slot",
           lambda: win.document.undo.index() > steps
           and win.deck.slides[win.current_slide].slots.get(slot) is not None)
    a.settle()
    say(step="dragged onto slot", slot=slot)


def pick_in_viewer(a: Analyst, kind: str, combo: str) -> None:
    win = a.win

    def passage():
        for sid, cands in win.document.candidates.items():
            for c in cands:
                if c.kind == kind and 8 < c.anchor.end - c.anchor.start < 400 and not win.document.picked(c):
                    return sid, c.anchor.start, c.anchor.end
        raise AssertionError(f"no {kind} to pick")
    sid, start, end = a.probe(passage)
    row = a.probe(lambda: list(win.deck.sources).index(sid))

    def row_point():
        lst = win.sources.list
        p = lst.viewport().mapToGlobal(lst.visualItemRect(lst.item(row)).center())
        return p.x(), p.y()
    a.hands.click(*a.probe(row_point))
    a.wait("the source is shown", lambda: win.sources.viewer.source_id == sid)
    a.probe(lambda: win.sources.viewer.reveal(start, start))

    def char_point(offset: int, right: bool):
        def at():
            from PySide6.QtGui import QTextCursor
            viewer = win.sources.viewer
            cursor = QTextCursor(viewer.document())
            cursor.setPosition(offset)
            rect = viewer.cursorRect(cursor)
            p = viewer.viewport().mapToGlobal(QPoint(rect.x() + (-1 if right else 1), rect.center().y()))
            return p.x(), p.y()
        return a.probe(at)
    before = a.probe(lambda: len(win.deck.snippets))
    a.hands.drag(*char_point(start, False), *char_point(end, True))
    a.wait("a passage is selected", lambda: win.sources.viewer.selection() is not None, 10)
    a.key(combo)
    if kind == "quote":                                  # who said it? the proposed name, accepted with Return
        a.wait("the speaker is asked", lambda: QApplication.activeModalWidget() is not None, 10)
        a.hands.move(*a.center(QApplication.activeModalWidget))
        a.key("Return")
    a.wait(f"a {kind} is picked", lambda: len(win.deck.snippets) == before + 1)
    a.settle()
    say(step="picked in viewer", kind=kind)


def put_from_table(a: Analyst, kind: str) -> None:
    win = a.win

    def row_point():
        model, table = win.snippets.model, win.snippets.table
        rows = [r for r, row in enumerate(model.visible) if row.snippet.kind == kind]
        rows.sort(key=lambda r: model.visible[r].picked)            # a candidate if there is one
        if not rows:
            raise AssertionError(f"no {kind} in the table")
        index = model.index(rows[0], 2)
        table.scrollTo(index)
        p = table.viewport().mapToGlobal(table.visualRect(index).center())
        return p.x(), p.y()
    steps = a.probe(lambda: win.document.undo.index())
    a.hands.click(*a.probe(row_point))
    a.key("ctrl+Return")
    a.wait(f"the {kind} is on a slide", lambda: win.document.undo.index() == steps + 1)
    a.settle()
    say(step="put on slide", kind=kind, slides=a.probe(lambda: len(win.deck.slides)))


# --- the recover phase ----------------------------------------------------------------------
def recover(a: Analyst) -> None:
    win = a.win
    a.wait("the recovery question", lambda: QApplication.activeModalWidget() is not None)
    say(step="asked", text=a.probe(lambda: QApplication.activeModalWidget().text()))
    a.hands.move(*a.center(QApplication.activeModalWidget))   # no window manager: keys go where the pointer is
    a.key("Return")                                        # Recover is the default button
    a.wait("the deck is back", lambda: QApplication.activeModalWidget() is None and len(win.deck.slides) > 0)
    a.settle()
    say(step="recovered", deck=a.deck_data())
    a.click(lambda: win.snippets.search)                   # Ctrl+E from the snippet filter, too
    a.wait("the filter has the focus", lambda: win.snippets.search.hasFocus(), 10)
    export(a, "recovered.pptx", leave_field=False)
    journal = a.probe(lambda: win.document.journal.file)
    a.key("ctrl+s")
    a.wait("saved", lambda: not win.document.dirty)
    assert not Path(journal).exists(), "the journal outlived the save"
    a.key("ctrl+q")


def script(probe: Probe, phase: str, workdir: Path, display: str, sources: list[str]) -> None:
    a = Analyst(probe, Input(display), workdir)
    try:
        from briefdeck.gui.window import MainWindow

        def window():
            found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            return found[0] if found else None
        deadline = time.monotonic() + TIMEOUT
        while a.win is None:
            a.win = probe(window)
            if time.monotonic() > deadline:
                raise AssertionError("no window")
            time.sleep(0.1)
        time.sleep(0.5)
        if phase == "work":
            work(a, sources)
        else:
            recover(a)
        say(step="done")
    except BaseException as exc:   # noqa: BLE001 - reported, then the process ends with a failure
        say(error=f"{type(exc).__name__}: {exc}", trace=traceback.format_exc())
        try:
            probe(lambda: a.win.grab().save(str(workdir / f"{phase}-failure.png")), timeout=5)
        except BaseException:       # noqa: BLE001 - a picture is a help, not a need
            pass
        sys.stdout.flush()
        os._exit(3)


def main() -> int:
    faulthandler.enable(all_threads=True)    # a crash in Qt prints where each thread was, for the test to show
    phase, workdir, display, *sources = sys.argv[1:]
    app = QApplication(sys.argv[:1])
    probe = Probe()
    # every module either thread needs is imported here, before the script thread starts: two threads importing
    # Qt's bindings at once crashed the process at start-up (shiboken is not safe to load from two threads)
    from briefdeck.gui.app import main as gui_main
    from briefdeck.gui.window import MainWindow  # noqa: F401 - the script thread's lookup of it finds it loaded
    threading.Thread(target=script, args=(probe, phase, Path(workdir), display, sources), daemon=True).start()
    rc = gui_main([])
    app.processEvents()
    return rc


if __name__ == "__main__":
    sys.exit(main())
