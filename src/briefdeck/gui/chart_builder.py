"""Build a chart from figures: an editable table of categories and values, each value citing its figure."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from briefdeck.core import ChartSpec, Point, Series, Snippet
from briefdeck.core.chart import IMAGE_ONLY_TYPES, NATIVE_TYPES


def category(sn: Snippet) -> str:
    """A bar's label: a short noun phrase for what the figure measures, or empty for the user to name."""
    from briefdeck.extract.labels import label_for
    return label_for(sn)


class ChartBuilder(QDialog):
    """Rows are (category, value, cited figure); the chart type, unit, series name and title are set above."""

    def __init__(self, figures: list[Snippet], chart: ChartSpec | None = None, title: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle("Chart from figures")
        self.title = QLineEdit(title)
        self.title.setPlaceholderText("Slide title")
        self.kind = QComboBox()
        for name in (*NATIVE_TYPES, *IMAGE_ONLY_TYPES):
            self.kind.addItem(name.replace("-", " ").capitalize(), name)
        self.unit = QLineEdit()
        self.series = QLineEdit()
        self.series.setPlaceholderText("Series name (legend)")
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Chart type", self.kind)
        form.addRow("Unit", self.unit)
        form.addRow("Series", self.series)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Category", "Value", "Cites"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        rows: list[tuple[str, float, str]] = []
        if chart is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(chart.type)))
            self.unit.setText(chart.unit)
            self.series.setText(chart.series[0].name if chart.series else "")
            for cat, point in zip(chart.categories, chart.series[0].points if chart.series else []):
                rows.append((cat, point.value, point.snippet or ""))
        for sn in figures:
            if sn.value is not None and all(r[2] != sn.id for r in rows):
                rows.append((category(sn), sn.value, sn.id))
        units = {sn.unit for sn in figures if sn.unit}
        if not self.unit.text() and len(units) == 1:
            self.unit.setText(units.pop())
        if not self.series.text():
            self.series.setText(self.unit.text().capitalize() or "Value")
        for cat, value, sid in rows:
            self.add_row(cat, value, sid)
        note = QLabel("Edit categories and values freely; a value that no longer matches its figure keeps "
                      "the citation, so check it. Figures of different units do not belong in one chart.")
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.result_chart: ChartSpec | None = None

    def add_row(self, category: str, value: float, snippet_id: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(category))
        self.table.setItem(r, 1, QTableWidgetItem(f"{value:g}"))
        cites = QTableWidgetItem(snippet_id or "(none)")
        cites.setFlags(cites.flags() & ~cites.flags().ItemIsEditable)
        self.table.setItem(r, 2, cites)

    def chart(self) -> ChartSpec:
        """The chart as the table says; ValueError names the first row whose value is not a number."""
        categories, points = [], []
        for r in range(self.table.rowCount()):
            cat = (self.table.item(r, 0).text() if self.table.item(r, 0) else "").strip()
            raw = (self.table.item(r, 1).text() if self.table.item(r, 1) else "").replace(",", "").strip()
            try:
                value = float(raw)
            except ValueError:
                raise ValueError(f"row {r + 1}: '{raw}' is not a number") from None
            sid = self.table.item(r, 2).text()
            if not cat:
                raise ValueError(f"row {r + 1} has no category: name what its bar shows")
            categories.append(cat)
            points.append(Point(value, None if sid == "(none)" else sid))
        return ChartSpec(type=self.kind.currentData(), categories=categories, unit=self.unit.text().strip(),
                         series=[Series(name=self.series.text().strip() or "Value", points=points)],
                         engine="image" if self.kind.currentData() in IMAGE_ONLY_TYPES else "native")

    def _accept(self) -> None:
        try:
            chart = self.chart()
        except ValueError as exc:
            QMessageBox.warning(self, "Chart", str(exc))
            return
        if len(chart.categories) < 1:
            QMessageBox.warning(self, "Chart", "Add at least one figure.")
            return
        self.result_chart = chart
        self.accept()
