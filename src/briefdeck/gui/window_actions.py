"""Menus, toolbar, shortcuts and what each command does. Every change to the deck is one undoable edit."""
from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QComboBox, QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QToolButton)

from briefdeck.core import LAYOUTS, BriefdeckError, Item
from briefdeck.core.edits import Batch, Edit, RemoveSnippet, SetDeckField, UpdateSnippet
from briefdeck.gui import deck_ops, locks, theme
from briefdeck.gui.window_slides import SlideCommands
from briefdeck.gui.window_sources import SourceCommands
from briefdeck.gui import workers
from briefdeck.gui.workers import run_in_background

SOURCE_FILTER = "Sources (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)"
DECK_FILTER = "briefdeck decks (*.yaml *.yml)"


class Actions(SlideCommands, SourceCommands):
    """Owns the window's QActions; ``win`` is the MainWindow."""

    def __init__(self, win):
        self.win = win
        self.by_name: dict[str, QAction] = {}
        # dialogs go through these so tests can answer them
        self.ask_open = lambda: QFileDialog.getOpenFileName(win, "Open deck", "", DECK_FILTER)[0]
        self.ask_save = lambda: QFileDialog.getSaveFileName(win, "Save deck", str(self._default("yaml")),
                                                            DECK_FILTER)[0]
        self.ask_sources = lambda: QFileDialog.getOpenFileNames(win, "Add sources", "", SOURCE_FILTER)[0]
        self.ask_export = lambda: QFileDialog.getSaveFileName(win, "Export to PowerPoint",
                                                              str(self._default("pptx")), "PowerPoint (*.pptx)")[0]
        self.ask_speaker = lambda guess: QInputDialog.getText(win, "Quote", "Who said it?", text=guess)
        self.ask_unsaved = lambda: QMessageBox.question(
            win, "Unsaved changes", f"Save the changes to {win.document.name}?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        self.show_error = lambda title, text: QMessageBox.warning(win, title, text)
        self.ask_locked = lambda name, who: QMessageBox.question(
            win, "Deck already open", f"{name} is open in {who}.\n\nOpening it here too means two copies of "
            "your edits; whichever is saved last wins. Open it anyway?") == QMessageBox.StandardButton.Yes
        self.ask_outside = lambda messages: QMessageBox.question(
            win, "Files outside the deck's folder",
            "This deck reads files outside its own folder:\n\n" + "\n".join(f"\u2022 {m.split(':', 1)[0]}"
                                                                     for m in messages[:8])
            + "\n\nOnly allow this for a deck you made or trust: a deck from someone else could use it to "
              "copy your files into its slides.") == QMessageBox.StandardButton.Yes
        self.after_export = self._offer_folder
        self.ask_source_details = self._source_details_dialog
        self.ask_deck_properties = self._deck_properties_dialog

    @property
    def doc(self):
        return self.win.document

    # --- building -----------------------------------------------------------------------
    def add(self, name: str, text: str, slot, shortcut=None, icon: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self.win)
        if icon:
            action.setIcon(theme.icon(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip or text.replace('&', '').rstrip('.…')}"
                          + (f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                             if shortcut else ""))
        action.setStatusTip(tip or text.replace("&", ""))
        action.triggered.connect(lambda _checked=False: self.guard(slot))
        self.by_name[name] = action
        return action

    def tool_button(self, name: str) -> QToolButton:
        b = QToolButton()
        b.setDefaultAction(self.by_name[name])
        b.setAutoRaise(True)
        return b

    def guard(self, slot) -> None:
        """Run a command; a user error becomes a dialog with the same words the CLI prints."""
        try:
            slot()
        except BriefdeckError as exc:
            self.show_error("briefdeck", str(exc))

    def do(self, edit, merge: str = "") -> None:
        self.guard(lambda: self.doc.do(edit, merge))

    # --- files --------------------------------------------------------------------------
    def _default(self, suffix: str) -> Path:
        path = self.doc.path
        return path.with_suffix(f".{suffix}") if path else Path.cwd() / f"briefing.{suffix}"

    def maybe_save(self) -> bool:
        if not self.doc.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> None:
        if self.maybe_save():
            self.doc.new()

    def open(self, path: str | None = None) -> None:
        if not self.maybe_save():
            return
        path = path or self.ask_open()
        if not path:
            return
        other = locks.holder(Path(path))
        if other and not self.ask_locked(Path(path).name, locks.describe(other)):
            return
        try:
            self.doc.open(path)
        except BriefdeckError as exc:
            outside = [d.message for d in exc.diagnostics if "outside the deck's folder" in d.message]
            if not outside or not self.ask_outside(outside):
                raise
            self.doc.open(path, allow_outside=True)
        locks.acquire(Path(path))
        self.remember(path)
        self.extract_candidates()
        self.win.statusBar().showMessage(f"Opened {Path(path).name}", 5000)

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        self.doc.save()
        self.win.statusBar().showMessage(f"Saved {self.doc.path}", 5000)
        return True

    def save_as(self) -> bool:
        path = self.ask_save()
        if not path:
            return False
        self.doc.save(path)
        self.remember(path)
        self.win.statusBar().showMessage(f"Saved {self.doc.path}", 5000)
        return True

    def remember(self, path) -> None:
        from briefdeck.gui.settings import settings
        s = settings()
        recent = [p for p in (s.value("recent") or []) if p != str(Path(path).resolve())]
        s.setValue("recent", [str(Path(path).resolve())] + recent[:7])
        self.fill_recent()

    def fill_recent(self) -> None:
        from briefdeck.gui.settings import settings
        menu = self.recent_menu
        menu.clear()
        recent = [p for p in (settings().value("recent") or []) if Path(p).exists()]
        for p, name in zip(recent, recent_names(recent)):
            menu.addAction(name, lambda p=p: self.guard(lambda: self.open(p))).setToolTip(p)
        menu.setEnabled(bool(recent))

    def export(self) -> None:
        out = self.ask_export()
        if not out:
            return
        from briefdeck.spec import Loaded
        from briefdeck.writers.export import export
        snapshot = copy.deepcopy(self.doc.deck)
        loaded = Loaded(deck=snapshot, path=self.doc.path or (self.doc.base_dir / "untitled.yaml"),
                        allow_outside=True)                      # the user chose these files in this window
        dialog = QProgressDialog("Exporting\u2026", "Hide", 0, 0, self.win)
        dialog.setWindowTitle("Export")
        dialog.setMinimumDuration(300)

        def progress(done, total, _what=""):
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(f"Slide {done} of {total}")

        def done(result):
            dialog.close()
            warnings = len(result.diagnostics)
            self.win.statusBar().showMessage(f"Exported {result.slide_count} slides to {out}"
                                             + (f" ({warnings} warnings: see Citations)" if warnings else ""), 10000)
            self.after_export(Path(out), result)

        def failed(message):
            dialog.close()
            self.show_error("Export failed", message)

        run_in_background(lambda progress: export(loaded, out, None, lambda d, t: progress(d, t, "")),
                          needs=workers.EXPORT,
                          on_done=done, on_error=failed, on_progress=progress)

    def _offer_folder(self, out: Path, result) -> None:
        box = QMessageBox(self.win)
        box.setWindowTitle("Exported")
        box.setText(f"Exported {result.slide_count} slides to {out.name}.")
        folder = box.addButton("Open containing folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.parent)))

    # --- deck ---------------------------------------------------------------------------
    def deck_properties(self) -> None:
        fields = self.ask_deck_properties(self.doc.deck)
        if not fields:
            return
        edits = [SetDeckField(name, value) for name, value in fields.items()
                 if getattr(self.doc.deck, name) != value]
        if edits:
            self.do(Batch(edits, "Edit deck properties"))

    def _deck_properties_dialog(self, deck) -> dict | None:
        from briefdeck.gui.deck_properties import DeckPropertiesDialog
        dialog = DeckPropertiesDialog(deck, self.win)
        return dialog.values() if dialog.exec() else None

    # --- snippets -----------------------------------------------------------------------
    def add_snippet_from_selection(self, kind: str, source_id: str, start: int, end: int) -> None:
        """Ctrl+1/2/3: the selection, snapped to the words meant; a proposed snippet is picked, not copied."""
        source = self.doc.deck.sources[source_id]
        candidates = self.doc.candidates.get(source_id, [])
        try:
            where, sn = deck_ops.snippet_from_selection(source, kind, start, end, self.doc.deck, candidates)
        except ValueError as exc:
            self.show_error(f"Add {kind}", str(exc)[:1].upper() + str(exc)[1:] + ".")
            return
        if where == "deck":
            self.win.snippets.select_keys(["d:" + sn.id])
            self.win.statusBar().showMessage(f"Already in the deck: \u201c{sn.text[:60]}\u201d", 6000)
            return
        if where == "candidate":
            sn = deck_ops.pick(self.doc.deck, sn)
        if kind == "quote":
            speaker, ok = self.ask_speaker(sn.speaker)
            if not ok:
                return
            sn.speaker = speaker.strip()
        from briefdeck.core.edits import AddSnippet
        self.do(AddSnippet(sn))
        self.win.snippets.select_keys(["d:" + sn.id])
        self.win.statusBar().showMessage(f"Added {kind}: \u201c{sn.text[:60]}\u201d", 6000)

    def selection_to(self, kind: str) -> None:
        self.win.sources.add_selection(kind)

    def resolve(self, keys: list[str], pick: bool = True) -> tuple[list, list]:
        """Deck snippets for row keys; candidates are picked first (returns the snippets and the edits)."""
        edits, out = [], []
        from briefdeck.core.edits import AddSnippet
        working = copy.copy(self.doc.deck)
        working.snippets = dict(self.doc.deck.snippets)
        for key in keys:
            kind, _, sid = key.partition(":")
            if kind == "d" and sid in self.doc.deck.snippets:
                out.append(self.doc.deck.snippets[sid])
            elif kind == "c" and pick:
                cand = next((c for cs in self.doc.candidates.values() for c in cs if c.id == sid), None)
                if cand is not None:
                    new = deck_ops.pick(working, cand)
                    working.snippets[new.id] = new
                    edits.append(AddSnippet(new))
                    out.append(new)
        return out, edits

    def pick(self, keys: list[str]) -> None:
        _, edits = self.resolve(keys)
        if edits:
            self.do(Batch(edits, f"Pick {len(edits)} snippet{'s' * (len(edits) != 1)}"))

    def put_on_slide(self, keys: list[str] | None = None) -> None:
        keys = keys if keys is not None else self.win.snippets.selected_keys()
        snippets, edits = self.resolve(keys)
        if not snippets:
            return
        placed, show = deck_ops.place_on_slide(self.doc.deck, self.win.current_slide, snippets)
        self.do(Batch(edits + placed, "Put on slide"))
        self.win.select_slide_row(show)

    def drop_on_slot(self, slot: str, keys: list[str], index: int | None = None) -> None:
        index = self.slide_index(index)
        snippets, edits = self.resolve(keys)
        if index is None or not snippets:
            return
        slide = self.doc.deck.slides[index]
        from briefdeck.core.deck import ITEMS
        if LAYOUTS[slide.layout].slots[slot] == ITEMS:
            value = list(slide.slots.get(slot) or []) + [Item(snippet=s.id) for s in snippets]
        else:
            value = Item(snippet=snippets[0].id)
        self.do(Batch(edits + [deck_ops._SlotLater(index, slot, value)], f"Put on {slot.replace('_', ' ')}"))

    def toggle_star(self, keys: list[str]) -> None:
        snippets, edits = self.resolve(keys)
        for sn in snippets:
            tags = [t for t in sn.tags if t != "star"] if "star" in sn.tags else sn.tags + ["star"]
            edits.append(_Later(UpdateSnippet, sn.id, tags=tags))
        if edits:
            self.do(Batch(edits, "Star"))

    def tag(self, keys: list[str]) -> None:
        text, ok = QInputDialog.getText(self.win, "Tag", "Tag (a word; prefix with - to remove):")
        text = text.strip()
        if not ok or not text:
            return
        snippets, edits = self.resolve(keys)
        remove = text.startswith("-")
        name = text.lstrip("-").strip()
        for sn in snippets:
            tags = [t for t in sn.tags if t != name] + ([] if remove else [name])
            edits.append(_Later(UpdateSnippet, sn.id, tags=tags))
        self.do(Batch(edits, f"Tag {name}"))

    def remove_snippets(self, keys: list[str] | None = None) -> None:
        keys = keys if keys is not None else self.win.snippets.selected_keys()
        ids = [k[2:] for k in keys if k.startswith("d:")]
        if ids:
            self.do(Batch([RemoveSnippet(i) for i in ids], "Remove from deck"))

    def set_template(self, name: str) -> None:
        if name == "__file__":
            path, _ = QFileDialog.getOpenFileName(self.win, "Your PowerPoint template", "",
                                                  "PowerPoint (*.pptx *.potx)")
            if not path:
                self.sync_template_box()
                return
            name = path
        if name != self.doc.deck.template:
            self.do(SetDeckField("template", name))

    def sync_template_box(self) -> None:
        box: QComboBox = self.template_box
        box.blockSignals(True)
        current = self.doc.deck.template
        index = box.findData(current)
        if index < 0:
            box.insertItem(box.count() - 1, Path(current).name, current)
            index = box.findData(current)
        box.setCurrentIndex(index)
        box.blockSignals(False)


def recent_names(paths: list[str]) -> list[str]:
    """Menu names for recent decks: the file name, with its folder when two share a name."""
    names = [Path(p).name for p in paths]
    return [f"{n} \u2014 {Path(p).parent.name}" if names.count(n) > 1 else n for n, p in zip(names, paths)]


class _Later(Edit):
    """An edit built when applied, so it sees the snippets picked earlier in the same batch."""

    label = "Edit snippet"
    touches = frozenset({"snippets"})

    def __init__(self, cls, *args, **kwargs):
        self.cls, self.args, self.kwargs = cls, args, kwargs

    def apply(self, deck):
        return self.cls(*self.args, **self.kwargs).apply(deck)


def build_actions(win) -> Actions:
    from briefdeck.gui.window_menus import build_menus
    a = Actions(win)
    build_menus(win, a)
    return a
