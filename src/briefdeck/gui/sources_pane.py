"""Sources: the list of documents, their details, and a viewer that highlights every snippet by kind."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter,
                               QTableWidget, QTableWidgetItem, QTextEdit, QToolButton,
                               QVBoxLayout, QWidget)

from briefdeck.core import Source
from briefdeck.gui import theme
from briefdeck.gui.fields import LineField
from briefdeck.gui.empty_state import EmptyOr

FIELDS = ("title", "publisher", "author", "date", "url")
EMPTY_HINT = ("No sources yet.\n\nDrop articles here, or use Add sources (Ctrl+Shift+O).\n"
              "Text, Markdown, HTML, PDF and Word files.")


class SourceViewer(QPlainTextEdit):
    """The clean text of one source, read-only, with snippets highlighted in their kind's colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.source_id: str | None = None
        self.document().setDocumentMargin(14)

    def show_source(self, source: Source | None) -> None:
        self.source_id = source.id if source else None
        self.setPlainText(source.text if source else "")

    def highlight(self, spans: list[tuple[int, int, str, bool]], dark: bool) -> None:
        """``(start, end, kind, picked)``: candidates get a tint, picks a stronger tint and an underline."""
        selections = []
        length = len(self.toPlainText())
        for start, end, kind, picked in spans:
            if not 0 <= start < end <= length:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            color = theme.highlight(kind, dark)
            if picked:
                color.setAlpha(min(255, color.alpha() * 2))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(theme.accent(kind))
            fmt.setBackground(color)
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
        self.setExtraSelections(selections)

    def selection(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    def reveal(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()


class SourcesPane(QWidget):
    """List, details and viewer; asks the window to add snippets and edit details (undoably)."""

    add_snippet = Signal(str, str, int, int)      # kind, source id, start, end
    source_changed = Signal(str, dict)             # source id, changed fields
    selected = Signal(str)
    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.sources: list[Source] = []
        self._shown: list[tuple] = []               # what each row of the list shows, to update only changes
        self.list = QListWidget()
        self.list.setObjectName("sourceList")
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._row_changed)
        self.stack = EmptyOr(EMPTY_HINT, self.list)

        self.details = {name: LineField() for name in FIELDS}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for name, edit in self.details.items():
            edit.setPlaceholderText({"date": "YYYY-MM-DD", "url": "https://…"}.get(name, ""))
            edit.editingFinished.connect(lambda n=name: self._detail_edited(n))
            form.addRow(name.capitalize(), edit)
        self.details_box = QWidget()
        self.details_box.setLayout(form)
        self.details_box.setVisible(False)
        self.details_toggle = QToolButton()
        self.details_toggle.setText("Details")
        self.details_toggle.setAutoRaise(True)
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolTip("Title, publisher, author, date and URL used in citations")
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.details_toggle.toggled.connect(self._toggle_details)

        self.viewer = SourceViewer()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.kind_buttons = {}
        for kind, key in (("claim", "Ctrl+1"), ("figure", "Ctrl+2"), ("quote", "Ctrl+3")):
            b = QToolButton()
            b.setAutoRaise(True)
            b.setText(kind.capitalize())
            b.setIcon(theme.icon(kind, theme.accent(kind)))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setToolTip(f"Add the selected passage as a {kind} ({key})")
            b.clicked.connect(lambda _=False, k=kind: self.add_selection(k))
            buttons.addWidget(b)
            self.kind_buttons[kind] = b
        buttons.addStretch(1)
        buttons.addWidget(self.details_toggle)
        self.report_button = QToolButton()
        self.report_button.setIcon(theme.icon("check"))
        self.report_button.setAutoRaise(True)
        self.report_button.setToolTip("Cleaning report: what cleaning changed in this source, and where")
        self.report_button.clicked.connect(self.show_report)
        buttons.addWidget(self.report_button)

        viewer_box = QWidget()
        v = QVBoxLayout(viewer_box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(buttons)
        v.addWidget(self.details_box)
        v.addWidget(self.viewer, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("sourcesSplit")
        split.addWidget(self.stack)
        split.addWidget(viewer_box)
        split.setStretchFactor(1, 3)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # --- content ------------------------------------------------------------------------
    def set_sources(self, sources: list[Source]) -> None:
        """The list as the deck has it; sources added at the end are appended, the rest kept as they are."""
        current = self.current_id()
        shown = [self._row_key(s) for s in sources]
        keep = 0
        while keep < min(len(shown), len(self._shown)) and shown[keep] == self._shown[keep]:
            keep += 1
        self.sources = list(sources)
        self.list.blockSignals(True)
        while self.list.count() > keep:
            self.list.takeItem(self.list.count() - 1)
        for src in self.sources[keep:]:
            self.list.addItem(self._item(src))
        self._shown = shown
        self.list.blockSignals(False)
        self.stack.show_content(bool(self.sources))
        ids = [s.id for s in self.sources]
        self.select(current if current in ids else (ids[0] if ids else None))

    @staticmethod
    def _row_key(src: Source) -> tuple:
        return (src.id, src.title, src.publisher, src.date, src.path, src.title_guessed, src.full_citation())

    @staticmethod
    def _item(src: Source) -> QListWidgetItem:
        file = src.path.rsplit("/", 1)[-1]
        meta = " \u00b7 ".join(p for p in (src.publisher, src.date) if p) or f"no publisher yet \u00b7 {file}"
        guess = "  (title guessed)" if src.title_guessed else ""
        item = QListWidgetItem(f"{src.title or 'Untitled source'}{guess}\n{meta}")
        item.setData(Qt.ItemDataRole.UserRole, src.id)
        if src.title_guessed:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        item.setToolTip(src.full_citation() + ("\n\nThe title is a guess: the file has no headline. "
                                               "Confirm it in Sources > Check Source Details (Ctrl+Shift+I)."
                                               if src.title_guessed else "") + f"\n\nFile: {src.path}")
        return item

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current(self) -> Source | None:
        sid = self.current_id()
        return next((s for s in self.sources if s.id == sid), None)

    def select(self, source_id: str | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == source_id:
                self.list.setCurrentRow(i)
                self._row_changed(i)
                return
        self._row_changed(-1)

    def _row_changed(self, _row: int) -> None:
        src = self.current()
        if src is None or self.viewer.source_id != src.id:
            self.viewer.show_source(src)
        for name, edit in self.details.items():
            edit.blockSignals(True)
            edit.setText(getattr(src, name) if src else "")
            edit.setEnabled(src is not None)
            edit.blockSignals(False)
        for b in [*self.kind_buttons.values(), self.report_button]:
            b.setEnabled(src is not None)
        if src is not None:
            self.selected.emit(src.id)

    def _toggle_details(self, shown: bool) -> None:
        self.details_box.setVisible(shown)
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _detail_edited(self, name: str) -> None:
        src = self.current()
        value = self.details[name].text().strip()
        if src is not None and getattr(src, name) != value:
            self.source_changed.emit(src.id, {name: value})

    def add_selection(self, kind: str) -> None:
        span = self.viewer.selection()
        if self.viewer.source_id and span:
            self.add_snippet.emit(kind, self.viewer.source_id, *span)

    def show_passage(self, source_id: str, start: int, end: int) -> None:
        self.select(source_id)
        self.viewer.reveal(start, end)

    def show_report(self) -> None:
        src = self.current()
        if src is not None:
            CleaningReport(src, self).exec()

    # --- drops --------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            event.acceptProposedAction()


class CleaningReport(QDialog):
    """Every change cleaning made to a source: kind, raw line, before and after."""

    def __init__(self, source: Source, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Cleaning report \u2014 {source.title or source.path}")
        rows = source.extra.get("cleaning", [])
        table = QTableWidget(len(rows), 4)
        table.setHorizontalHeaderLabels(["Kind", "Line", "Before", "After"])
        for r, row in enumerate(rows):
            for c, value in enumerate((row["kind"], str(row["line"]), row["before"], row["after"])):
                item = QTableWidgetItem(value.replace("\n", "\u21b5")[:300])
                item.setToolTip(row.get("note", ""))
                table.setItem(r, c, item)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        note = QLabel(f"{len(rows)} change(s). The original text can be rebuilt exactly from these."
                      if rows else "Nothing needed cleaning in this source.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(760, 420)
