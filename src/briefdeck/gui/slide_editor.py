"""The slide editor: layout, one editor per slot (accepting dropped snippets), speaker notes."""
from __future__ import annotations

import copy

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel,
                               QListWidget, QListWidgetItem, QMenu, QPlainTextEdit, QPushButton,
                               QScrollArea, QToolButton, QWidget)

from briefdeck.core import LAYOUTS, ChartSpec, Deck, Item, Table
from briefdeck.core.deck import CHART, ITEMS, TABLE, TEXT
from briefdeck.gui import theme
from briefdeck.gui.fields import LineField, TextField
from briefdeck.gui.snippet_model import MIME


def item_label(deck: Deck, item: Item) -> str:
    """What an item shows in the editor; a shortened or changed quote says so."""
    sn = deck.snippets.get(item.snippet) if item.snippet else None
    text = " ".join(deck.item_text(item).split())
    if sn is not None and sn.kind == "quote" and (item.text or sn.edited):
        text += "   (edited \u2014 not verbatim)"
    return text


PLACEHOLDERS = {
    "title": "Slide title", "subtitle": "Subtitle (optional)", "date": "Date (default: the deck's)",
    "figure": "Drop a figure here", "label": "What the number measures (default: the figure's measure)",
    "context": "A line of context (optional)", "quote": "Drop a quote here",
    "speaker": "Speaker (default: the quote's)", "role": "Role (default: the quote's)",
    "caption": "Caption (optional)", "left_heading": "Left heading", "right_heading": "Right heading",
}


LAYOUT_PLACEHOLDERS = {
    ("title", "title"): "Default: the deck's title (Deck Properties, Ctrl+Shift+P)",
    ("title", "subtitle"): "Default: the deck's subtitle",
    ("quote", "title"): "Slide title (optional: the quote can stand alone)",
    ("big-number", "title"): "Slide title (optional)",
    ("section", "title"): "Section title",
}


def _keys(event) -> list[str]:
    data = event.mimeData()
    return bytes(data.data(MIME)).decode("utf-8").split("\n") if data.hasFormat(MIME) else []


class SlotLine(QWidget):
    """A one-line slot: free text, or a snippet (shown as a chip that can be unlinked).

    Typing reaches the deck a moment after the last key (so the preview follows the words as
    they are typed) and again when the field is left; all of one visit to the field is one
    undo step (``changed`` carries a key that stays the same for the visit).
    """

    changed = Signal(object, str)        # the new Item, the typing visit's key ("" for a one-off change)
    dropped = Signal(list)
    TYPING_MS = 350

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.edit = LineField()
        self.edit.setPlaceholderText("Type, or drop a snippet here")
        self.edit.editingFinished.connect(self._finished)
        self.edit.textEdited.connect(self._typed)
        self._typing = QTimer(self, singleShot=True, interval=self.TYPING_MS)
        self._typing.timeout.connect(self._send)
        self._visit = 0
        self._unsent = False               # typed since the deck last heard from this field
        self.chip = QLabel()
        self.chip.setWordWrap(True)
        self.unlink = QToolButton()
        self.unlink.setText("\u00d7")
        self.unlink.setToolTip("Unlink the snippet (keep its words as plain text)")
        self.unlink.clicked.connect(self._unlink)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), self.sizePolicy().Policy.Maximum)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.chip, 1)
        layout.addWidget(self.unlink)
        self.item = Item()

    def set_item(self, deck: Deck, item: Item | None) -> None:
        self.item = copy.copy(item) if isinstance(item, Item) else Item()
        linked = self.item.snippet is not None
        sn = deck.snippets.get(self.item.snippet) if linked else None
        self.edit.setVisible(not linked)
        self.chip.setVisible(linked)
        self.unlink.setVisible(linked)
        # never reset a field being typed in: what it shows is newer than the deck until it is sent
        if self.edit.text() != self.item.text and not (self._unsent and self.edit.hasFocus()):
            self.edit.setText(self.item.text)
            self._unsent = False
        if linked:
            kind = sn.kind if sn else "claim"
            self.chip.setProperty("chip", kind)
            self.chip.setText(item_label(deck, self.item) or "(missing snippet)")
            self.chip.style().unpolish(self.chip)
            self.chip.style().polish(self.chip)
            self._fit_chip()

    def _fit_chip(self) -> None:
        """A wrapped chip is as tall as its lines at its width (the form gave it one line's height and clipped
        a long quote mid-word)."""
        if self.chip.isVisibleTo(self):
            need = self.chip.heightForWidth(self.chip.width())
            if need > 0 and need != self.chip.minimumHeight():
                self.chip.setMinimumHeight(need)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_chip()

    def _typed(self, _text: str) -> None:
        self._unsent = True
        self._typing.start()

    def _send(self) -> None:
        if self.edit.text() != self.item.text:
            self.item = Item(text=self.edit.text())
            self.changed.emit(Item(text=self.edit.text()), f"{id(self)}:{self._visit}")
        self._unsent = False

    def _finished(self) -> None:
        self._typing.stop()
        self._send()
        self._visit += 1                   # the next visit to the field is its own undo step

    def _unlink(self) -> None:
        self.changed.emit(Item(text=self.chip.text().replace("   (edited \u2014 not verbatim)", "")), "")

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        keys = _keys(event)
        if keys:
            self.dropped.emit(keys[:1])
            event.acceptProposedAction()


class SlotList(QListWidget):
    """A list slot (bullets, columns): drop snippets to add, drag to reorder, Delete to remove."""

    changed = Signal(list)               # the new list of Items
    dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(96)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemDoubleClicked.connect(lambda it: self._edit_text(self.row(it)))
        self.items: list[Item] = []

    def set_items(self, deck: Deck, items: list) -> None:
        self.items = [copy.copy(i) for i in items if isinstance(i, Item)]
        rows = []
        for item in self.items:
            sn = deck.snippets.get(item.snippet) if item.snippet else None
            rows.append((item_label(deck, item) or "(empty)", sn.kind if sn else ""))
        if rows == [(self.item(r).text(), self.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.count())]:
            return                                       # unchanged: keep the selection and the scroll
        current = self.currentRow()
        self.clear()
        for text, kind in rows:
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, kind)
            if kind:
                row.setIcon(theme.icon(kind, theme.accent(kind)))
            self.addItem(row)
        if 0 <= current < self.count():
            self.setCurrentRow(current)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME) or event.source() is self:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME) or event.source() is self:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        if event.source() is self:                         # reorder
            start = self.currentRow()
            target = self.indexAt(event.position().toPoint()).row()
            target = len(self.items) - 1 if target < 0 else target
            if 0 <= start < len(self.items) and start != target:
                items = list(self.items)
                items.insert(target, items.pop(start))
                self.changed.emit(items)
            event.ignore()
            return
        keys = _keys(event)
        if keys:
            self.dropped.emit(keys)
            event.acceptProposedAction()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentRow() >= 0:
            self._remove(self.currentRow())
            return
        super().keyPressEvent(event)

    def _remove(self, row: int) -> None:
        items = list(self.items)
        del items[row]
        self.changed.emit(items)

    def _edit_text(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        text, ok = QInputDialog.getMultiLineText(self, "Edit text", "Text shown on the slide (a shortened quote "
                                                 "is marked as edited):", self.item(row).text().split("   (")[0])
        if ok:
            items = list(self.items)
            items[row] = Item(text=text.strip(), snippet=item.snippet)
            self.changed.emit(items)

    def _menu(self, pos) -> None:
        row = self.indexAt(pos).row()
        menu = QMenu(self)
        if row >= 0:
            menu.addAction("Edit text\u2026", lambda: self._edit_text(row))
            menu.addAction(theme.icon("remove"), "Remove", lambda: self._remove(row))
        menu.addAction("Add free text\u2026", self._add_text)
        menu.exec(self.viewport().mapToGlobal(pos))

    def _add_text(self) -> None:
        text, ok = QInputDialog.getText(self, "Add text", "Text:")
        if ok and text.strip():
            self.changed.emit(self.items + [Item(text=text.strip())])


class SlideEditor(QScrollArea):
    """Edits the current slide; every change is reported as a signal and applied undoably by the window.

    The form is updated in place: a change to the slide shown sets the values of its fields, and
    only another slide or layout replaces the slot fields (the old ones are deleted later, never
    from inside their own signal). Changes leave the editor queued, so the deck (and every view of
    it) changes after the widget that reported it has finished handling its event.
    """

    layout_changed = Signal(int, str)           # slide index, layout
    slot_changed = Signal(int, str, object, str)  # slide index, slot name, Item or Items, typing key
    notes_changed = Signal(int, str, str)       # slide index, text, typing key
    snippets_dropped = Signal(int, str, list)   # slide index, slot name, row keys
    chart_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget()
        self.setWidget(self.body)
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.hint = QLabel("Select a slide, or add one with Ctrl+M.")
        self.hint.setProperty("role", "empty")
        self.layout_box = self._make_layout_box()
        self.notes = self._make_notes()
        self.form.addRow(self.hint)
        self.form.addRow("Layout", self.layout_box)
        self.form.addRow("Notes", self.notes)
        self.slot_widgets: dict[str, QWidget] = {}
        self.index: int | None = None
        self._shown: tuple[int, str] | None = None      # (slide index, layout) the slot fields were made for
        self._notes_text = ""
        self._notes_visit = 0
        self._notes_typing = QTimer(self, singleShot=True, interval=SlotLine.TYPING_MS)
        self._notes_typing.timeout.connect(lambda: self.commit_notes(typing=True))
        self.notes.textChanged.connect(lambda: self.notes.hasFocus() and self._notes_typing.start())
        self._set_visible(False)

    def _set_visible(self, has_slide: bool) -> None:
        self.form.setRowVisible(self.hint, not has_slide)
        self.form.setRowVisible(self.layout_box, has_slide)
        self.form.setRowVisible(self.notes, has_slide)

    def show_slide(self, deck: Deck, index: int | None) -> None:
        if index is None or not 0 <= index < len(deck.slides):
            self.commit_notes()
            self.index = None
            self._drop_slot_rows()
            self._set_visible(False)
            return
        slide = deck.slides[index]
        if self.index != index:
            self.commit_notes()
        self.index = index
        self._set_visible(True)
        if self.layout_box.currentData() != slide.layout:
            self.layout_box.setCurrentIndex(self.layout_box.findData(slide.layout))
        if self._shown != (index, slide.layout):
            self._drop_slot_rows()
            self._make_slot_rows(deck, slide)
            self._shown = (index, slide.layout)
        else:
            self._update_slot_rows(deck, slide)
        if slide.notes != self._notes_text:                # changed in the deck (undo, another slide)
            self._notes_text = slide.notes
            if not (self.notes.hasFocus() and self._notes_typing.isActive()):
                self.notes.setPlainText(slide.notes)

    def _drop_slot_rows(self) -> None:
        """Take the slot rows out of the form; their widgets are deleted once the event loop is back."""
        for w in self.slot_widgets.values():
            label = self.form.labelForField(w)
            row, _role = self.form.getWidgetPosition(w)
            if row >= 0:
                self.form.takeRow(row)
            for gone in (label, w):
                if gone is not None:
                    gone.hide()
                    gone.deleteLater()
        self.slot_widgets = {}
        self._shown = None

    def _make_slot_rows(self, deck: Deck, slide) -> None:
        row = self.form.getWidgetPosition(self.notes)[0]          # slot rows go between Layout and Notes
        i = self.index                       # the slide these fields belong to, whatever is current later
        queued = Qt.ConnectionType.QueuedConnection
        for name, kind in LAYOUTS[slide.layout].slots.items():
            value = slide.slots.get(name)
            label = name.replace("_", " ").capitalize()
            if kind == TEXT:
                w = SlotLine()
                w.edit.setPlaceholderText(LAYOUT_PLACEHOLDERS.get((slide.layout, name))
                                          or PLACEHOLDERS.get(name, "Type, or drop a snippet here"))
                w.set_item(deck, value)
                w.changed.connect(lambda item, key, n=name: self.slot_changed.emit(i, n, item, key), queued)
                w.dropped.connect(lambda keys, n=name: self.snippets_dropped.emit(i, n, keys), queued)
            elif kind == ITEMS:
                w = SlotList()
                w.set_items(deck, value if isinstance(value, list) else [])
                w.changed.connect(lambda items, n=name: self.slot_changed.emit(i, n, items, ""), queued)
                w.dropped.connect(lambda keys, n=name: self.snippets_dropped.emit(i, n, keys), queued)
            elif kind == CHART:
                w = QPushButton(theme.icon("chart"), "Edit chart\u2026")
                w.setToolTip(_chart_summary(value))
                w.clicked.connect(self.chart_requested.emit, queued)
            elif kind == TABLE:
                w = QLabel(_table_summary(value))
                w.setWordWrap(True)
            else:
                continue
            w.setObjectName(f"slot-{name}")
            self.slot_widgets[name] = w
            self.form.insertRow(row, label, w)
            row += 1

    def _update_slot_rows(self, deck: Deck, slide) -> None:
        for name, w in self.slot_widgets.items():
            value = slide.slots.get(name)
            if isinstance(w, SlotLine):
                w.set_item(deck, value)
            elif isinstance(w, SlotList):
                w.set_items(deck, value if isinstance(value, list) else [])
            elif isinstance(w, QPushButton):
                w.setToolTip(_chart_summary(value))
            elif isinstance(w, QLabel):
                w.setText(_table_summary(value))

    def _make_layout_box(self) -> QComboBox:
        box = QComboBox()
        for name, layout in LAYOUTS.items():
            box.addItem(name.replace("-", " ").capitalize(), name)
            box.setItemData(box.count() - 1, layout.summary, Qt.ItemDataRole.ToolTipRole)
        box.activated.connect(lambda _i: self.index is not None and self.layout_changed.emit(
            self.index, box.currentData()), Qt.ConnectionType.QueuedConnection)
        return box

    def _make_notes(self) -> QPlainTextEdit:
        notes = TextField()
        notes.setPlaceholderText("Speaker notes (the cited passages are added on export)")
        notes.setMaximumHeight(90)
        notes.setTabChangesFocus(True)
        notes.installEventFilter(self)
        return notes

    def eventFilter(self, obj, event) -> bool:
        if obj is getattr(self, "notes", None) and event.type() == event.Type.FocusOut:
            QTimer.singleShot(0, self, self.commit_notes)     # not from inside the focus change
        return super().eventFilter(obj, event)

    def commit_notes(self, typing: bool = False) -> None:
        """Send the notes to the deck: while typing (one undo step per visit) and when the field is left."""
        if not typing:
            self._notes_typing.stop()
        text = self.notes.toPlainText()
        if self.index is not None and text != self._notes_text:
            self._notes_text = text
            self.notes_changed.emit(self.index, text, f"notes:{self._notes_visit}")
        if not typing:
            self._notes_visit += 1


def _chart_summary(value) -> str:
    if not isinstance(value, ChartSpec):
        return "No chart yet."
    points = sum(len(s.points) for s in value.series)
    return f"{value.type.capitalize()} chart, {len(value.categories)} categories, {points} values"


def _table_summary(value) -> str:
    if not isinstance(value, Table):
        return "No table yet (edit it in the deck file)."
    return f"{len(value.columns)} columns \u00d7 {len(value.rows)} rows: {', '.join(value.columns)}"
