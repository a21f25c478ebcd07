"""The window's menus and toolbar: every command in a menu with its shortcut, the frequent ones on the toolbar."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QMessageBox, QToolBar

from briefdeck.core import LAYOUTS
from briefdeck.gui import theme

SHORTCUTS_HELP = """<table cellpadding=3>
<tr><td><b>Ctrl+Shift+O</b></td><td>Add sources</td></tr>
<tr><td><b>Ctrl+1 / 2 / 3</b></td><td>Add the selected passage as a claim / figure / quote</td></tr>
<tr><td><b>Ctrl+F</b></td><td>Filter snippets</td></tr>
<tr><td><b>Ctrl+Enter</b></td><td>Put the selected snippets on the current slide</td></tr>
<tr><td><b>Ctrl+.</b></td><td>Star the selected snippets</td></tr>
<tr><td><b>Ctrl+M / Ctrl+D</b></td><td>New slide / duplicate slide</td></tr>
<tr><td><b>Ctrl+Shift+Up / Down</b></td><td>Move the slide</td></tr>
<tr><td><b>Ctrl+Shift+C</b></td><td>Chart from the selected figures</td></tr>
<tr><td><b>Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y</b></td><td>Undo / redo</td></tr>
<tr><td><b>Ctrl+S / Ctrl+E</b></td><td>Save / export to PowerPoint</td></tr>
<tr><td><b>Ctrl+Shift+P</b></td><td>Deck properties: title, subtitle, author, date, template</td></tr>
<tr><td><b>Ctrl+Shift+I</b></td><td>Check the sources' details (titles, publishers, dates)</td></tr>
</table>"""


def build_menus(win, a) -> None:
    undo = win.document.undo.createUndoAction(win, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setIcon(theme.icon("undo"))
    redo = win.document.undo.createRedoAction(win, "&Redo")
    redo.setShortcuts(unique_keys(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                                  + [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]))
    redo.setIcon(theme.icon("redo"))
    a.by_name["undo"], a.by_name["redo"] = undo, redo

    a.add("new", "&New", a.new, QKeySequence.StandardKey.New, "new", "Start a new deck")
    a.add("open", "&Open\u2026", lambda: a.open(), QKeySequence.StandardKey.Open, "open", "Open a deck file")
    a.add("save", "&Save", a.save, QKeySequence.StandardKey.Save, "save", "Save the deck file")
    a.add("save_as", "Save &As\u2026", a.save_as, "Ctrl+Shift+S")
    a.add("export", "&Export to PowerPoint\u2026", a.export, "Ctrl+E", "export", "Export a .pptx with citations")
    a.add("quit", "&Quit", win.close, QKeySequence.StandardKey.Quit)
    a.add("add_sources", "&Add Sources\u2026", a.add_sources, "Ctrl+Shift+O", "add-source",
          "Add articles and reports (txt, md, html, pdf, docx)")
    a.add("remove_source", "&Remove Source", a.remove_source, None, "remove",
          "Remove the selected source and its snippets")
    a.add("report", "&Cleaning Report\u2026", win.sources.show_report)
    a.add("source_details", "Check Source &Details\u2026", lambda: a.check_source_details(), "Ctrl+Shift+I",
          "tag", "Titles, publishers, dates and authors of every source, as footnotes will cite them")
    a.add("properties", "Deck &Properties\u2026", a.deck_properties, "Ctrl+Shift+P", None,
          "Title, subtitle, author and date of the deck, and its template")
    a.add("draft", "&Draft Slides from Sources", a.draft, "Ctrl+Shift+D", "draft",
          "Propose slides from the strongest claims, figures and quotes")
    for kind, key in (("claim", "Ctrl+1"), ("figure", "Ctrl+2"), ("quote", "Ctrl+3")):
        a.add(f"as_{kind}", f"Add Selection as {kind.capitalize()}", lambda k=kind: a.selection_to(k), key, kind)
    a.add("find", "&Filter Snippets", lambda: (win.snippets.search.setFocus(), win.snippets.search.selectAll()),
          QKeySequence.StandardKey.Find, "search")
    a.add("to_slide", "&Put on Slide", lambda: a.put_on_slide(), "Ctrl+Return", "slide-add",
          "Put the selected snippets on the current slide")
    a.add("star", "&Star", lambda: a.toggle_star(win.snippets.selected_keys()), "Ctrl+.", "star")
    a.add("tag", "&Tag\u2026", lambda: a.tag(win.snippets.selected_keys()), None, "tag")
    a.add("remove_snippet", "Remove Snippet from Deck", lambda: a.remove_snippets(), None, "remove")
    a.add("new_slide", "&New Slide", lambda: a.new_slide(), "Ctrl+M", "slide-add", "Add a slide after this one")
    a.add("duplicate_slide", "&Duplicate Slide", a.duplicate_slide, "Ctrl+D", "slide-duplicate")
    a.add("delete_slide", "De&lete Slide", a.delete_slide, "Ctrl+Shift+Backspace", "slide-delete")
    a.add("slide_up", "Move Slide &Up", lambda: a.move_current(-1), "Ctrl+Shift+Up", "up")
    a.add("slide_down", "Move Slide Do&wn", lambda: a.move_current(1), "Ctrl+Shift+Down", "down")
    a.add("chart", "&Chart from Figures\u2026", lambda: a.chart_from_keys(), "Ctrl+Shift+C", "chart",
          "Build a chart from the selected figures")
    a.add("dark", "&Dark Mode", lambda: toggle_dark(win), "Ctrl+Shift+L", "theme")
    a.add("citations", "&Citations Inspector", lambda: win.tabs.setCurrentWidget(win.citations), "Ctrl+I",
          "citations")
    a.add("refresh", "&Refresh Preview", win.replan, "F5", "refresh")
    a.add("shortcuts", "&Keyboard Shortcuts", lambda: QMessageBox.information(win, "Keyboard shortcuts",
                                                                              SHORTCUTS_HELP), "F1")
    a.add("about", "&About briefdeck", lambda: about(win))

    bar = win.menuBar()
    m = bar.addMenu("&File")
    for name in ("new", "open"):
        m.addAction(a.by_name[name])
    a.recent_menu = m.addMenu("Open &Recent")
    a.fill_recent()
    m.addSeparator()
    for name in ("save", "save_as"):
        m.addAction(a.by_name[name])
    m.addSeparator()
    m.addAction(a.by_name["properties"])
    m.addAction(a.by_name["export"])
    m.addSeparator()
    m.addAction(a.by_name["quit"])
    m = bar.addMenu("&Edit")
    m.addAction(undo)
    m.addAction(redo)
    m.addSeparator()
    for name in ("as_claim", "as_figure", "as_quote"):
        m.addAction(a.by_name[name])
    m.addSeparator()
    for name in ("find", "to_slide", "star", "tag", "remove_snippet"):
        m.addAction(a.by_name[name])
    m = bar.addMenu("&Sources")
    for name in ("add_sources", "remove_source", "source_details", "report", "draft"):
        m.addAction(a.by_name[name])
    m = bar.addMenu("S&lides")
    m.addAction(a.by_name["new_slide"])
    layouts = m.addMenu("New Slide with &Layout")
    for name, layout in LAYOUTS.items():
        layouts.addAction(name.replace("-", " ").capitalize(), lambda n=name: a.guard(lambda: a.new_slide(n)))
    for name in ("duplicate_slide", "delete_slide", "slide_up", "slide_down", "chart"):
        m.addAction(a.by_name[name])
    m = bar.addMenu("&View")
    for name in ("citations", "refresh", "dark"):
        m.addAction(a.by_name[name])
    m = bar.addMenu("&Help")
    for name in ("shortcuts", "about"):
        m.addAction(a.by_name[name])

    tools = QToolBar("Main")
    tools.setObjectName("mainToolbar")
    tools.setMovable(False)
    tools.setIconSize(QSize(20, 20))
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for group in (("new", "open", "save"), ("undo", "redo"), ("add_sources", "draft"),
                  ("new_slide", "duplicate_slide", "delete_slide", "chart")):
        for name in group:
            tools.addAction(a.by_name[name])
        tools.addSeparator()
    a.template_box = QComboBox()
    a.template_box.setToolTip("Template for the exported deck")
    from briefdeck.templates import builtin_names
    for name in builtin_names():
        a.template_box.addItem(f"Template: {name}", name)
    a.template_box.addItem("Your .pptx or .potx\u2026", "__file__")
    a.template_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    a.template_box.view().setMinimumWidth(a.template_box.view().sizeHintForColumn(0) + 24)   # no entry clipped
    a.template_box.activated.connect(lambda _i: a.guard(lambda: a.set_template(a.template_box.currentData())))
    tools.addWidget(a.template_box)
    tools.addAction(a.by_name["export"])
    tools.addSeparator()
    tools.addAction(a.by_name["dark"])
    win.addToolBar(tools)
    win.document.changed.connect(lambda what: a.sync_template_box() if "deck" in what else None)
    a.sync_template_box()


def unique_keys(keys: list[QKeySequence]) -> list[QKeySequence]:
    """Each key sequence once: Qt ignores a shortcut bound twice ("Ambiguous shortcut overload")."""
    seen, out = set(), []
    for key in keys:
        if not key.isEmpty() and key.toString() not in seen:
            seen.add(key.toString())
            out.append(key)
    return out


def toggle_dark(win) -> None:
    from PySide6.QtWidgets import QApplication

    from briefdeck.gui.settings import settings
    dark = not theme.is_dark()
    theme.apply_theme(QApplication.instance(), dark)
    settings().setValue("dark", dark)
    win.refresh_highlights()


def about(win) -> None:
    from briefdeck import __version__
    QMessageBox.about(win, "About briefdeck",
                      f"<b>briefdeck {__version__}</b><p>Turn a pile of sources into a briefing deck where every "
                      "claim, number and quote carries its citation.</p>")
