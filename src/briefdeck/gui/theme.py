"""briefdeck's visual language: light and dark palettes, the application stylesheet,
one colour per snippet kind, and recolourable line icons.

Widgets opt into the extra styles with dynamic properties::

    search.setProperty("role", "search")   # QLineEdit; add the magnifier with
    search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    hint.setProperty("role", "empty")      # QLabel: large, muted, centred empty-state hint
    title.setProperty("role", "heading")   # QLabel: pane heading
    note.setProperty("role", "muted")      # QLabel: secondary text
    button.setProperty("role", "primary")  # QPushButton filled with the brand accent
    frame.setProperty("role", "card")      # QFrame: rounded panel on the base colour
    chip.setProperty("chip", "quote")      # QLabel: small pill in the kind's colour

Set these before the widget is first shown; changing one later needs ``style().polish(widget)``.

Icons from :func:`icon` follow the palette: after :func:`apply_theme` switches modes they
repaint in the new text colour without being fetched again.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from string import Template

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QIconEngine, QPalette
from PySide6.QtWidgets import QApplication

from briefdeck.core.snippet import CLAIM, FIGURE, KINDS, QUOTE
from briefdeck.resources import cache_dir, data_dir

ICON_SIZES = (16, 20, 24, 32, 48)
_DARK_PROPERTY = "briefdeckDark"


# -- snippet kinds -----------------------------------------------------------------------------

@dataclass(frozen=True)
class KindColor:
    """One snippet kind's colours: ``accent`` for markers, icons and chip borders (at least 3:1 on
    both themes' surfaces), ``ink_light``/``ink_dark`` for text in the kind's colour, and the
    tints its spans get in a text viewer on a light or a dark base."""
    accent: str
    ink_light: str
    ink_dark: str
    tint_light: str
    tint_dark: str


KIND_COLORS: dict[str, KindColor] = {
    CLAIM: KindColor("#2B7BD6", "#1B4F96", "#9CC3FA", "#2B7BD6", "#9CC3FA"),    # blue
    FIGURE: KindColor("#C47F00", "#7A4F00", "#F6C667", "#E09A12", "#F6C667"),   # amber
    QUOTE: KindColor("#A052D0", "#62309C", "#D4B0F7", "#A052D0", "#D4B0F7"),    # violet
}


def _kind(kind: str) -> KindColor:
    try:
        return KIND_COLORS[kind]
    except KeyError:
        raise ValueError(f"unknown snippet kind {kind!r}; expected one of {', '.join(KINDS)}") from None


def accent(kind: str) -> QColor:
    """The kind's accent colour, for chips, markers, gutter bars and kind icons."""
    return QColor(_kind(kind).accent)


def ink(kind: str, dark: bool) -> QColor:
    """Text in the kind's colour that stays readable on a light (``dark=False``) or dark surface."""
    colors = _kind(kind)
    return QColor(colors.ink_dark if dark else colors.ink_light)


def highlight(kind: str, dark: bool, strong: bool = False) -> QColor:
    """A translucent background for the kind's spans in a text viewer (``strong`` for the
    current or picked span); body text keeps at least 4.5:1 against it on the base colour."""
    colors = _kind(kind)
    color = QColor(colors.tint_dark if dark else colors.tint_light)
    color.setAlpha((100 if strong else 60) if dark else (96 if strong else 56))
    return color


# -- palettes ----------------------------------------------------------------------------------

LIGHT: dict[str, str] = {
    "window": "#F4F5F7", "base": "#FFFFFF", "alt_base": "#F7F8FA", "surface": "#FFFFFF",
    "text": "#1B1F24", "muted": "#5E6875", "faint": "#8A939F", "disabled": "#A3AAB3",
    "border": "#DDE1E6", "border_strong": "#C5CCD4", "hover": "#E8EBEF", "pressed": "#DCE0E6",
    "accent": "#0F4C81", "accent_hover": "#0B3D69", "on_accent": "#FFFFFF", "accent_soft": "#DCE6F1",
    "accent_inactive": "#52769C", "focus": "#2A72B8", "focus_on_accent": "#8DB9E6",
    "link": "#0F5FA8", "link_visited": "#6A4BA0", "tooltip_bg": "#262B31", "tooltip_text": "#F4F5F7",
    "scroll": "#C3C9D1", "scroll_hover": "#A4ADB8", "progress": "#9DBEE0",
    "success": "#2E7D32", "warning": "#B26A00", "danger": "#C62828",
}

DARK: dict[str, str] = {
    "window": "#202328", "base": "#181A1E", "alt_base": "#1C1F23", "surface": "#2A2E34",
    "text": "#E4E7EB", "muted": "#9AA3AE", "faint": "#6F7883", "disabled": "#5C636D",
    "border": "#30353C", "border_strong": "#424851", "hover": "#2D3238", "pressed": "#363C44",
    "accent": "#22609C", "accent_hover": "#2A6DAE", "on_accent": "#FFFFFF", "accent_soft": "#2A3A4E",
    "accent_inactive": "#34506E", "focus": "#4A90D9", "focus_on_accent": "#A9CDF2",
    "link": "#6CB0F0", "link_visited": "#B59AE6", "tooltip_bg": "#33383F", "tooltip_text": "#E4E7EB",
    "scroll": "#41474F", "scroll_hover": "#59616B", "progress": "#22609C",
    "success": "#66BB6A", "warning": "#F0A840", "danger": "#EF6B6B",
}


def token(name: str, app: QGuiApplication | None = None) -> QColor:
    """A named colour (a key of LIGHT/DARK) of the mode ``app`` (default: the running application) shows,
    for widgets that paint themselves, such as the slide preview."""
    return QColor((DARK if is_dark(app) else LIGHT)[name])


def build_palette(dark: bool) -> QPalette:
    """A complete QPalette for one mode: active, inactive and disabled groups."""
    c = {k: QColor(v) for k, v in (DARK if dark else LIGHT).items()}
    light, mid = (QColor("#3A4048"), QColor("#50575F")) if dark else (QColor("#FFFFFF"), c["border_strong"])
    pal = QPalette(*(QBrush(x) for x in (c["text"], c["surface"], light, c["border_strong"].darker(115), mid,
                                          c["text"], QColor("#FFFFFF"), c["base"], c["window"])))
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    for role, name in ((R.AlternateBase, "alt_base"), (R.Highlight, "accent"), (R.HighlightedText, "on_accent"),
                       (R.Link, "link"), (R.LinkVisited, "link_visited"), (R.ToolTipBase, "tooltip_bg"),
                       (R.ToolTipText, "tooltip_text"), (R.PlaceholderText, "faint"), (R.Accent, "accent"),
                       (R.Midlight, "hover")):
        pal.setColor(role, c[name])
    pal.setColor(R.Shadow, QColor("#000000" if dark else "#6B7480"))
    pal.setColor(G.Inactive, R.Highlight, c["accent_inactive"])
    for role in (R.WindowText, R.Text, R.ButtonText, R.PlaceholderText):
        pal.setColor(G.Disabled, role, c["disabled"])
    for role, name in ((R.Base, "window"), (R.Button, "window"), (R.Highlight, "border_strong")):
        pal.setColor(G.Disabled, role, c[name])
    return pal


# -- stylesheet --------------------------------------------------------------------------------

STYLESHEET = Template("""
QMainWindow, QDialog { background: $window; }  QMainWindow::separator { background: $border; width: 1px; height: 1px; }
QToolTip { background: $tooltip_bg; color: $tooltip_text; border: 1px solid $border_strong; border-radius: 4px;
    padding: 4px 8px; }
QMenuBar { background: $window; border-bottom: 1px solid $border; padding: 2px 4px; }
QMenuBar::item { background: transparent; padding: 4px 10px; border-radius: 4px; }
QMenuBar::item:selected { background: $hover; }
QMenu { background: $surface; border: 1px solid $border_strong; padding: 4px; }
QMenu::item { padding: 6px 24px 6px 12px; border-radius: 4px; }
QMenu::item:selected { background: $accent_soft; color: $text; }
QMenu::item:disabled { color: $disabled; background: transparent; }
QMenu::separator { height: 1px; background: $border; margin: 4px 8px; }

QToolBar { background: $window; border: none; border-bottom: 1px solid $border; padding: 4px 8px; spacing: 2px; }
QToolBar::separator { background: $border; width: 1px; height: 1px; margin: 6px; }
QToolButton { background: transparent; border: 1px solid transparent; border-radius: 6px; padding: 4px; }
QToolButton:hover { background: $hover; }  QToolButton:pressed { background: $pressed; }
QToolButton:checked { background: $accent_soft; border-color: $accent_soft; }
QToolButton:focus { border-color: $focus; }  QToolButton:disabled { background: transparent; color: $disabled; }
QToolButton::menu-button { border: none; width: 14px; }

QPushButton { background: $surface; color: $text; border: 1px solid $border_strong; border-radius: 6px;
    padding: 5px 16px; min-height: 20px; }
QPushButton:hover { background: $hover; }  QPushButton:pressed { background: $pressed; }
QPushButton:checked { background: $accent_soft; border-color: $accent; }
QPushButton:focus { border: 2px solid $focus; padding: 4px 15px; }
QPushButton:disabled { background: $window; color: $disabled; border-color: $border; }
QPushButton[role="primary"], QPushButton:default { background: $accent; color: $on_accent; border-color: $accent; }
QPushButton[role="primary"]:hover, QPushButton:default:hover { background: $accent_hover; border-color: $accent_hover; }
QPushButton[role="primary"]:focus, QPushButton:default:focus { border: 2px solid $focus_on_accent; }
QPushButton[role="primary"]:disabled { background: $border_strong; border-color: $border_strong; color: $window; }

QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit { background: $base; color: $text;
    border: 1px solid $border_strong; border-radius: 6px; selection-background-color: $accent;
    selection-color: $on_accent; }
QLineEdit, QComboBox { padding: 4px 8px; min-height: 20px; }
QLineEdit:focus, QComboBox:focus { border: 2px solid $focus; padding: 3px 7px; }
QAbstractSpinBox { padding: 4px 24px 4px 8px; min-height: 20px; }
QAbstractSpinBox:focus { border: 2px solid $focus; padding: 3px 23px 3px 7px; }
QPlainTextEdit, QTextEdit { padding: 4px; }
QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid $focus; padding: 3px; }
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {
    background: $window; color: $disabled; border-color: $border; }
QLineEdit[role="search"] { background: $alt_base; border-color: $border; padding-left: 4px; }
QLineEdit[role="search"]:focus { background: $base; border-color: $focus; padding-left: 3px; }
QComboBox::drop-down { border: none; width: 24px; }
QComboBox::down-arrow, QAbstractSpinBox::down-arrow { image: url("$chevron_down"); width: 12px; height: 12px; }
QAbstractSpinBox::up-arrow { image: url("$chevron_up"); width: 12px; height: 12px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { subcontrol-origin: border; width: 20px; border: none;
    border-radius: 4px; background: transparent; }
QAbstractSpinBox::up-button { subcontrol-position: top right; margin: 3px 3px 0 0; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; margin: 0 3px 3px 0; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: $hover; }
QComboBox QAbstractItemView { background: $surface; border: 1px solid $border_strong; padding: 4px; outline: 0;
    selection-background-color: $accent; selection-color: $on_accent; }

QAbstractItemView { background: $base; alternate-background-color: $alt_base; border: 1px solid $border;
    border-radius: 6px; outline: 0; selection-background-color: $accent; selection-color: $on_accent; }
QAbstractItemView:focus { border-color: $focus; }  QListView { padding: 4px; }
QListView::item { padding: 6px 8px; border-radius: 4px; }
QTreeView::item { padding: 4px; min-height: 24px; }
QTableView { gridline-color: $border; }  QTableView::item { padding: 4px 8px; }
QListView::item:hover, QTreeView::item:hover, QTableView::item:hover { background: $hover; }
QListView::item:selected, QTreeView::item:selected, QTableView::item:selected { background: $accent;
    color: $on_accent; }
QListView::item:selected:!active, QTreeView::item:selected:!active, QTableView::item:selected:!active {
    background: $accent_inactive; }
QHeaderView { background: $window; border: none; }
QHeaderView::section { background: $window; color: $muted; border: none; border-bottom: 1px solid $border;
    border-right: 1px solid $border; padding: 6px 8px; font-weight: 600; }
QTableCornerButton::section { background: $window; border: none; border-bottom: 1px solid $border; }

QTabWidget::pane { border: 1px solid $border; border-radius: 6px; top: -1px; background: $base; }
QTabBar::tab { background: transparent; color: $muted; border: none; border-bottom: 2px solid transparent;
    padding: 6px 12px; margin-right: 4px; }
QTabBar::tab:hover { color: $text; }  QTabBar::tab:disabled { color: $disabled; }
QTabBar::tab:selected { color: $text; border-bottom: 2px solid $focus; }
QDockWidget { color: $muted; }
QDockWidget::title { background: $window; padding: 6px 8px; text-align: left; border-bottom: 1px solid $border; }
QSplitter::handle { background: $border; }
QSplitter::handle:hover, QSplitter::handle:pressed { background: $focus; }
QSplitter::handle:horizontal { width: 5px; border-left: 2px solid $window; border-right: 2px solid $window; }
QSplitter::handle:vertical { height: 5px; border-top: 2px solid $window; border-bottom: 2px solid $window; }

QScrollBar:vertical { background: transparent; width: 12px; margin: 0; }
QScrollBar:horizontal { background: transparent; height: 12px; margin: 0; }
QScrollBar::handle { background: $scroll; border-radius: 3px; }
QScrollBar::handle:vertical { min-height: 32px; margin: 2px 3px; }
QScrollBar::handle:horizontal { min-width: 32px; margin: 3px 2px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: $scroll_hover; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; background: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }

QStatusBar { background: $window; color: $muted; border-top: 1px solid $border; }
QStatusBar::item { border: none; }  QStatusBar QLabel { color: $muted; padding: 0 4px; }
QGroupBox { border: 1px solid $border; border-radius: 6px; margin-top: 14px; padding: 12px 8px 8px 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: $muted; }
QCheckBox, QRadioButton { spacing: 8px; }
QProgressBar { background: $base; border: 1px solid $border; border-radius: 6px; text-align: center;
    min-height: 12px; }
QProgressBar::chunk { background: $progress; border-radius: 5px; }
QFrame[role="card"] { background: $base; border: 1px solid $border; border-radius: 8px; }
QLabel[role="heading"] { color: $text; font-weight: 600; padding: 4px 0; }  QLabel[role="muted"] { color: $muted; }
QLabel[role="empty"] { color: $muted; font-size: 12pt; padding: 24px; qproperty-alignment: AlignCenter;
    qproperty-wordWrap: true; }
$chips
""")

_CHIP = Template("""QLabel[chip="$kind"] { color: $ink; background: $fill; border: 1px solid $edge;
    border-radius: 8px; padding: 2px 8px; font-size: 8pt; font-weight: 600; qproperty-alignment: AlignCenter; }""")


def _argb(color: str, alpha: float) -> str:
    value = QColor(color)
    value.setAlphaF(alpha)
    return value.name(QColor.NameFormat.HexArgb)


def build_stylesheet(dark: bool) -> str:
    """The application stylesheet for one mode, filled in from that mode's palette tokens."""
    t = DARK if dark else LIGHT
    chips = "\n".join(_CHIP.substitute(kind=kind, ink=c.ink_dark if dark else c.ink_light,
                                       fill=_argb(c.accent, 0.22 if dark else 0.12),
                                       edge=_argb(c.ink_dark if dark else c.accent, 0.45 if dark else 0.5))
                      for kind, c in KIND_COLORS.items())
    return STYLESHEET.substitute(t, chips=chips, chevron_down=_chevron(t["muted"], "M3 4.75 6 7.75 9 4.75"),
                                 chevron_up=_chevron(t["muted"], "M3 7.25 6 4.25 9 7.25"))


def _write_once(name: str, text: str) -> Path:
    """Keep generated SVG ``text`` in the cache folder (else the temp folder), named by its content."""
    file = f"{name}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}.svg"
    for folder in (cache_dir("icons"), Path(tempfile.gettempdir()) / "briefdeck-icons"):
        path = folder / file
        try:
            if not path.exists():
                folder.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(f".{file}.{os.getpid()}.tmp")
                tmp.write_text(text, encoding="utf-8")
                tmp.replace(path)
            return path
        except OSError as exc:
            error = exc
    raise error


def _chevron(color: str, d: str) -> str:
    """A 12 px chevron for a stylesheet url(), with the @2x twin Qt picks on high-DPI screens."""
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{0}" viewBox="0 0 12 12">'
           f'<path d="{d}" fill="none" stroke="{color}" stroke-width="1.5" stroke-linecap="round" '
           'stroke-linejoin="round"/></svg>')
    path = _write_once("chevron", svg.format(12))
    twin = path.with_name(f"{path.stem}@2x.svg")
    if not twin.exists():
        twin.write_text(svg.format(24), encoding="utf-8")
    return path.as_posix()


# -- applying ----------------------------------------------------------------------------------

def apply_theme(app: QApplication, dark: bool) -> None:
    """Fusion style, the mode's palette and the application stylesheet, all at once.

    Widgets receive ``QEvent.PaletteChange``; icons from :func:`icon` repaint in the new colours.
    """
    app.setStyle("Fusion")
    app.setProperty(_DARK_PROPERTY, bool(dark))
    app.setPalette(build_palette(dark))
    app.setStyleSheet(build_stylesheet(dark))
    if app.windowIcon().isNull():
        app.setWindowIcon(icon("app"))


def is_dark(app: QGuiApplication | None = None) -> bool:
    """Whether ``app`` (default: the running application) shows the dark theme."""
    app = app or QGuiApplication.instance()
    if app is None:
        return False
    flag = app.property(_DARK_PROPERTY)
    return bool(flag) if flag is not None else _palette_is_dark()


def system_prefers_dark() -> bool:
    """Whether the desktop asks for dark applications (Qt's colour-scheme hint, else its palette)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = getattr(QGuiApplication.styleHints(), "colorScheme", None)
    if scheme is not None and scheme() != Qt.ColorScheme.Unknown:
        return scheme() == Qt.ColorScheme.Dark
    # Once our palette is installed, the platform's can no longer be seen.
    return app.property(_DARK_PROPERTY) is None and _palette_is_dark()


def _palette_is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


# -- icons -------------------------------------------------------------------------------------

_SVG_TEXT: dict[str, str] = {}
_DRAWN: dict[tuple[str, str, str, str], QIcon] = {}
_ICONS: dict[tuple[str, str | None], QIcon] = {}
_CLONES: list[QIconEngine] = []


def _icon_svg(name: str) -> str:
    if name not in _SVG_TEXT:
        path = data_dir("assets") / "icons" / f"{name}.svg"
        if not path.is_file():
            raise FileNotFoundError(f"no icon called {name!r} in {path.parent}")
        _SVG_TEXT[name] = path.read_text(encoding="utf-8")
    return _SVG_TEXT[name]


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """The icon ``assets/icons/<name>.svg`` in ``color`` (default: the palette's text colour).

    Crisp at every size and device pixel ratio (16, 20, 24, 32, 48 px and their @2x); drawn in
    the palette's muted colour when disabled and in its highlighted-text colour on selected rows;
    repainted in the new colours when the theme changes. Cached by (name, colour).
    """
    fixed = None
    if color is not None:
        if not QColor(color).isValid():
            raise ValueError(f"not a colour: {color!r}")
        fixed = QColor(color).name()
    key = (name, fixed)
    if key not in _ICONS:
        _icon_svg(name)  # a misspelt name fails here, not at paint time
        _ICONS[key] = QIcon(_PaletteIconEngine(name, fixed))
    return _ICONS[key]


class _PaletteIconEngine(QIconEngine):
    """Hands out one SVG icon drawn in the colours of the palette current at paint time."""

    def __init__(self, name: str, color: str | None):
        super().__init__()
        self._name, self._color = name, color

    def _drawn(self) -> QIcon:
        return _drawn_icon(self._name, self._color)

    def pixmap(self, size, mode, state):
        return self._drawn().pixmap(size, mode, state)

    def scaledPixmap(self, size, mode, state, scale):
        return self._drawn().pixmap(size, scale, mode, state)

    def paint(self, painter, rect, mode, state):
        self._drawn().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def actualSize(self, size, mode, state):
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode=QIcon.Mode.Normal, state=QIcon.State.Off):
        return [QSize(s, s) for s in ICON_SIZES]

    def isNull(self):
        return False

    def clone(self):
        twin = _PaletteIconEngine(self._name, self._color)
        # Qt owns the clone, but PySide would collect its Python half: keep that while Qt uses it.
        _CLONES[:] = [e for e in _CLONES if shiboken6.isValid(e)]
        _CLONES.append(twin)
        return twin


def _palette_color(role: QPalette.ColorRole, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> str:
    if QGuiApplication.instance() is None:
        return LIGHT["text"]
    return QGuiApplication.palette().color(group, role).name()


def _drawn_icon(name: str, color: str | None) -> QIcon:
    normal = color or _palette_color(QPalette.ColorRole.WindowText)
    muted = _palette_color(QPalette.ColorRole.WindowText, QPalette.ColorGroup.Disabled)
    selected = _palette_color(QPalette.ColorRole.HighlightedText)
    key = (name, normal, muted, selected)
    if key not in _DRAWN:
        source = _icon_svg(name)
        variants = ((QIcon.Mode.Normal, normal), (QIcon.Mode.Active, normal),
                    (QIcon.Mode.Disabled, muted), (QIcon.Mode.Selected, selected))
        drawn = QIcon()  # Qt's SVG icon engine renders every requested size itself
        for mode, tint in variants:
            drawn.addFile(str(_write_once(name, source.replace("currentColor", tint))), QSize(), mode)
        _DRAWN[key] = drawn
    return _DRAWN[key]
