"""Reading snippets at a glance: the text column wraps to two lines, and a strip under the table shows
the selected snippet in full with its source, speaker, value and what it measures."""
from __future__ import annotations

import html

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefdeck.core.numbers import with_unit
from briefdeck.gui import theme
from briefdeck.gui.snippet_model import Row

TEXT_LINES = 2


def _lines(text: str, font, width: float, lines: int) -> list[str]:
    """``text`` laid out in at most ``lines`` lines of ``width``; the last one elided if cut."""
    from PySide6.QtGui import QFontMetricsF
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    out: list[str] = []
    while len(out) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        out.append(text[line.textStart():line.textStart() + line.textLength()].rstrip())
        if len(out) == lines and line.textStart() + line.textLength() < len(text):
            rest = text[line.textStart():]
            out[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    layout.endLayout()
    return out


class SnippetTextDelegate(QStyledItemDelegate):
    """The snippet's words on two lines (elided at the end), and below them, when the table has no room
    for its Detail column, the speaker or the value in a muted line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.detail_line = False

    def rows(self) -> int:
        return TEXT_LINES + (1 if self.detail_line else 0)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = QRectF(opt.rect.adjusted(6, 4, -6, -4))
        metrics = opt.fontMetrics
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        fg = index.data(Qt.ItemDataRole.ForegroundRole)
        if fg is not None and not selected:
            color = fg if not hasattr(fg, "color") else fg.color()
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(color)
        y = rect.top()
        for line in _lines(text, opt.font, rect.width(), TEXT_LINES):
            painter.drawText(QRectF(rect.left(), y, rect.width(), metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
            y += metrics.lineSpacing()
        detail = index.siblingAtColumn(3).data(Qt.ItemDataRole.DisplayRole) if self.detail_line else ""
        if detail:
            muted = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.HighlightedText) if selected else muted)
            painter.setFont(opt.widget.font() if opt.widget else opt.font)   # not bold: it is a note
            painter.drawText(QRectF(rect.left(), y, rect.width(), metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(detail, Qt.TextElideMode.ElideRight, int(rect.width())))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(120, self.rows() * option.fontMetrics.lineSpacing() + 10)


class SnippetDetail(QLabel):
    """The selected snippet in full: its kind, words, speaker or value, source and state."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("snippetDetail")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        self.setProperty("role", "detail")
        self.show_row(None)

    def show_row(self, row: Row | None, source=None) -> None:
        if row is None:
            self.setText(f"<span style='color:{self._muted()}'>Select a snippet to read it in full here. "
                         "Ctrl+Enter puts it on the slide; double-click shows it in its source.</span>")
            return
        sn = row.snippet
        accent = theme.accent(sn.kind).name()
        words = html.escape(" ".join(sn.text.split()))
        if sn.kind == "quote":
            words = f"\u201c{words}\u201d"
        parts = [f"<b style='color:{accent}'>{sn.kind.capitalize()}</b>"
                 + (" \u00b7 in the deck" if row.picked else " \u00b7 proposed")
                 + (f" \u00b7 score {sn.score:.2f}" if sn.score is not None else ""),
                 words]
        if sn.kind == "quote":
            parts.append("\u2014 " + html.escape(sn.attribution() if sn.speaker else "no speaker found: set one "
                                                 "when you pick it"))
        if sn.kind == "figure":
            value = with_unit(sn.value, sn.unit, sn.text) if sn.value is not None else "no exact number"
            parts.append(f"<b>{html.escape(value)}</b>"
                         + (f" \u00b7 measures: {html.escape(sn.measure)}" if sn.measure else ""))
        where = row.source_label
        if source is not None:
            bits = [b for b in (source.title and f"\u201c{source.title}\u201d", source.publisher, source.date) if b]
            where = ", ".join(bits) or where
        more = f" \u00b7 also reported by {len(sn.reported_by)} other source(s)" if sn.reported_by else ""
        parts.append(f"<span style='color:{self._muted()}'>{html.escape(where)}{more}</span>")
        self.setText("<br>".join(parts))

    def _muted(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()
