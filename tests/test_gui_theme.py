"""The visual language: icon files, recolourable icons, palettes with readable contrast, kind colours."""
from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6 import QtWidgets  # noqa: E402
from PySide6.QtCore import QRectF, QSize, Qt, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from briefdeck.core.snippet import KINDS  # noqa: E402
from briefdeck.gui import theme  # noqa: E402
from briefdeck.resources import data_dir  # noqa: E402

ICONS = ["new", "open", "save", "export", "undo", "redo", "add-source", "remove", "claim", "figure", "quote",
         "star", "tag", "slide-add", "slide-duplicate", "slide-delete", "chart", "draft", "citations", "check",
         "warning", "search", "theme", "up", "down", "folder-open", "refresh", "app"]
FOLDER = data_dir("assets") / "icons"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def app(qapp):
    """The application, put back in the light theme afterwards for the other GUI tests."""
    yield qapp
    theme.apply_theme(qapp, False)


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """The WCAG 2 contrast ratio of two opaque colours."""
    hi, lo = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(top: QColor, under: QColor | str) -> QColor:
    """``top`` (translucent) composited over the opaque ``under``."""
    under, a = QColor(under), top.alphaF()
    return QColor.fromRgbF(*(t * a + u * (1 - a) for t, u in ((top.redF(), under.redF()),
                                                               (top.greenF(), under.greenF()),
                                                               (top.blueF(), under.blueF()))))


def ink_pixels(image: QImage, min_alpha: int = 250) -> list[QColor]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [c for x in range(image.width()) for y in range(image.height())
            if (c := image.pixelColor(x, y)).alpha() >= min_alpha]


def assert_drawn_in(image: QImage, color: QColor | str, tolerance: int = 8) -> None:
    pixels = ink_pixels(image)
    assert pixels, "nothing opaque was drawn"
    want = QColor(color)
    for c in pixels:
        assert max(abs(c.red() - want.red()), abs(c.green() - want.green()),
                   abs(c.blue() - want.blue())) <= tolerance, (c.name(), want.name())


# -- the files -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ICONS)
def test_icon_file_is_a_valid_svg_that_renders(qapp, name):
    path = FOLDER / f"{name}.svg"
    assert path.is_file(), f"missing {path}"
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 24 24"
    if name != "app":  # line icons: one recolourable colour, round strokes of 1.75-2 px
        assert root.get("stroke") == "currentColor" and root.get("fill") == "none"
        assert 1.75 <= float(root.get("stroke-width")) <= 2
        assert root.get("stroke-linecap") == root.get("stroke-linejoin") == "round"
        assert "#" not in path.read_text(encoding="utf-8"), "line icons take their colour from currentColor"
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(48, 48, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 48, 48))
    painter.end()
    covered = len(ink_pixels(image, min_alpha=1))
    assert 48 * 48 * 0.04 < covered < 48 * 48 * (0.95 if name == "app" else 0.6)


# -- icon() --------------------------------------------------------------------------------------

def test_icons_are_non_null_at_16_and_32_px_in_the_palette_text_colour(app):
    theme.apply_theme(app, False)
    for name in ICONS:
        ic = theme.icon(name)
        assert not ic.isNull()
        for size in (16, 32):
            pixmap = ic.pixmap(QSize(size, size))
            assert not pixmap.isNull() and pixmap.width() == size
            assert ink_pixels(pixmap.toImage(), min_alpha=1)
    assert_drawn_in(theme.icon("save").pixmap(QSize(32, 32)).toImage(), theme.LIGHT["text"])


def test_icon_recolours_to_the_colour_asked_for(qapp):
    assert_drawn_in(theme.icon("check", "#D0021B").pixmap(QSize(32, 32)).toImage(), "#D0021B")
    assert_drawn_in(theme.icon("quote", QColor(theme.accent("quote"))).pixmap(QSize(32, 32)).toImage(),
                    theme.accent("quote"))


def test_icons_follow_the_theme_when_it_switches(app):
    theme.apply_theme(app, False)
    star = theme.icon("star")
    assert_drawn_in(star.pixmap(QSize(32, 32)).toImage(), theme.LIGHT["text"])
    theme.apply_theme(app, True)
    assert theme.icon("star") is star
    assert_drawn_in(star.pixmap(QSize(32, 32)).toImage(), theme.DARK["text"])


def test_disabled_and_selected_icons_use_the_muted_and_highlighted_text_colours(app):
    theme.apply_theme(app, False)
    ic = theme.icon("tag", theme.accent("claim"))
    disabled = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert_drawn_in(ic.pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage(), disabled)
    assert_drawn_in(ic.pixmap(QSize(32, 32), QIcon.Mode.Selected).toImage(),
                    app.palette().color(QPalette.ColorRole.HighlightedText))
    assert contrast(disabled, theme.LIGHT["window"]) < contrast(theme.LIGHT["text"], theme.LIGHT["window"])


def test_icons_are_crisp_at_twice_the_pixel_density(qapp):
    pixmap = theme.icon("chart").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0 and pixmap.width() == 48
    assert ink_pixels(pixmap.toImage())  # drawn at 48 px: the 2 px strokes have fully opaque cores


def test_icons_are_cached_by_name_and_colour(qapp):
    assert theme.icon("tag") is theme.icon("tag")
    assert theme.icon("tag", "#112233") is theme.icon("tag", QColor("#112233"))
    assert theme.icon("tag", "#112233") is not theme.icon("tag")


def test_a_copied_and_changed_icon_keeps_working(qapp):
    copy = QIcon(theme.icon("up"))
    copy.addFile(str(FOLDER / "down.svg"), QSize(), QIcon.Mode.Disabled)  # detaches: Qt clones the engine
    del copy
    copy = QIcon(theme.icon("up"))
    copy.addFile(str(FOLDER / "down.svg"), QSize(), QIcon.Mode.Disabled)
    assert not copy.pixmap(QSize(16, 16)).isNull()
    assert not theme.icon("up").pixmap(QSize(16, 16)).isNull()


def test_unknown_icons_and_colours_are_refused(qapp):
    with pytest.raises(FileNotFoundError):
        theme.icon("no-such-icon")
    with pytest.raises(ValueError):
        theme.icon("new", "not a colour")


# -- apply_theme ---------------------------------------------------------------------------------

@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_apply_theme_sets_a_readable_palette(app, dark):
    theme.apply_theme(app, dark)
    pal = app.palette()
    R = QPalette.ColorRole
    text, window_text, base, window = (pal.color(r) for r in (R.Text, R.WindowText, R.Base, R.Window))
    for fg in (text, window_text):
        for bg in (base, window):
            assert contrast(fg, bg) >= 4.5, (fg.name(), bg.name())
    assert contrast(pal.color(R.HighlightedText), pal.color(R.Highlight)) >= 4.5
    assert contrast(pal.color(QPalette.ColorGroup.Inactive, R.HighlightedText),
                    pal.color(QPalette.ColorGroup.Inactive, R.Highlight)) >= 4.5
    assert contrast(pal.color(R.ButtonText), pal.color(R.Button)) >= 4.5
    assert contrast(pal.color(R.ToolTipText), pal.color(R.ToolTipBase)) >= 4.5
    tokens = theme.DARK if dark else theme.LIGHT
    for bg in ("window", "base"):
        assert contrast(tokens["muted"], tokens[bg]) >= 4.5  # status bar, empty states
    assert theme.is_dark(app) is dark and theme.token("window", app) == window
    assert (window.lightness() < 128) is dark
    if dark:  # charcoal, not black
        assert min(window.lightness(), base.lightness()) >= 20
    else:  # near-white surfaces
        assert base.lightness() >= 250 and window.lightness() >= 235
    styles = [app.style(), *app.style().children()]  # with a stylesheet, Qt wraps the style it draws with
    assert "fusion" in [getattr(s, "name", lambda: "")().lower() for s in styles]
    sheet = app.styleSheet()
    for selector in ('QLineEdit[role="search"]', 'QLabel[role="empty"]', 'QSplitter::handle', 'QToolBar',
                     *(f'QLabel[chip="{k}"]' for k in KINDS)):
        assert selector in sheet


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_stylesheet_parses_for_every_widget_it_styles(app, dark):
    messages = []
    previous = qInstallMessageHandler(lambda _kind, _context, text: messages.append(text))
    try:
        theme.apply_theme(app, dark)
        names = ["QMainWindow", "QToolBar", "QToolButton", "QPushButton", "QLineEdit", "QSpinBox", "QComboBox",
                 "QPlainTextEdit", "QListWidget", "QTableWidget", "QTreeWidget", "QTabWidget", "QSplitter",
                 "QScrollBar", "QStatusBar", "QMenu", "QProgressBar", "QLabel"]
        widgets = [getattr(QtWidgets, name)() for name in names]
        for widget in widgets:
            widget.ensurePolished()
    finally:
        qInstallMessageHandler(previous)
    assert not [m for m in messages if "style" in m.lower()], messages


def test_chips_and_empty_state_labels_take_their_style(app):
    for dark in (False, True):
        theme.apply_theme(app, dark)
        for kind in KINDS:
            chip = QtWidgets.QLabel(kind.title())
            chip.setProperty("chip", kind)
            chip.ensurePolished()
            assert chip.palette().color(QPalette.ColorRole.WindowText) == theme.ink(kind, dark)
        empty = QtWidgets.QLabel("No slides yet")
        empty.setProperty("role", "empty")
        empty.ensurePolished()
        assert empty.wordWrap() and empty.alignment() & Qt.AlignmentFlag.AlignHCenter
        assert empty.palette().color(QPalette.ColorRole.WindowText) == theme.token("muted", app)


def test_system_preference_is_a_boolean(qapp):
    assert isinstance(theme.system_prefers_dark(), bool)


# -- kind colours --------------------------------------------------------------------------------

def test_kind_colours_are_distinct_and_visible_on_both_themes():
    accents = {kind: theme.accent(kind) for kind in KINDS}
    assert set(theme.KIND_COLORS) == set(KINDS)
    for a, b in itertools.combinations(accents.values(), 2):
        gap = abs(a.hslHue() - b.hslHue())
        assert min(gap, 360 - gap) >= 60, (a.name(), b.name())
    for kind, color in accents.items():
        for surface in (theme.LIGHT["base"], theme.LIGHT["window"], theme.DARK["base"], theme.DARK["window"]):
            assert contrast(color, surface) >= 3, (kind, surface)  # markers and icons (non-text)
        for dark, t in ((False, theme.LIGHT), (True, theme.DARK)):
            for surface in ("base", "window"):
                assert contrast(theme.ink(kind, dark), t[surface]) >= 4.5, (kind, dark, surface)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_highlights_are_translucent_and_keep_text_readable(dark):
    t = theme.DARK if dark else theme.LIGHT
    for kind in KINDS:
        for strong in (False, True):
            color = theme.highlight(kind, dark, strong)
            assert 20 <= color.alpha() <= 160
            assert contrast(t["text"], over(color, t["base"])) >= 4.5, (kind, strong)
        assert theme.highlight(kind, dark, True).alpha() > theme.highlight(kind, dark).alpha()
    with pytest.raises(ValueError):
        theme.highlight("person", dark)
