"""Make the README's pictures of the editor: the window at 1366x768 and 1920x1080, in dark, and its dialogs.

    python docs/screenshots.py            # writes docs/images/gui-*.png and dialog-*.png

Runs offscreen (no display needed) with the example deck, a private settings and state folder, and
a selected snippet so the detail strip shows.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
EXAMPLE = ROOT / "examples" / "canada-auto" / "deck.yaml"


def main() -> int:
    tmp = tempfile.mkdtemp(prefix="briefdeck-shots-")
    os.environ.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=f"{tmp}/config", BRIEFDECK_STATE_DIR=f"{tmp}/state")
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from briefdeck.gui import theme
    from briefdeck.gui.app import wait_until_drawn
    from briefdeck.gui.deck_properties import DeckPropertiesDialog
    from briefdeck.gui.preview import register_fonts
    from briefdeck.gui.source_details import SourceDetailsDialog
    from briefdeck.gui.window import MainWindow
    register_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (w, h), dark, slide in (("gui-1366", (1366, 768), False, 3), ("gui-1920", (1920, 1080), False, 6),
                                      ("gui-dark", (1366, 768), True, 9)):
        theme.apply_theme(app, dark)
        win = MainWindow()
        win.resize(w, h)
        win.show()
        win.default_sizes(force=True)
        win.actions.open(str(EXAMPLE))
        wait_until_drawn(app, win, slide - 1)
        rows = win.snippets.model.visible
        key = next((r.key for r in rows if r.snippet.kind == "quote"), rows[0].key if rows else None)
        if key:
            win.snippets.select_keys([key])
        app.processEvents()
        win.grab().save(str(OUT / f"{name}.png"))
        if name == "gui-1366":
            sources = list(win.deck.sources.values())[:3]
            sources[1].title_guessed = True
            dialog = SourceDetailsDialog(sources, win)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(OUT / "dialog-source-details.png"))
            dialog.close()
            dialog = DeckPropertiesDialog(win.deck, win)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(OUT / "dialog-deck-properties.png"))
            dialog.close()
            sources[1].title_guessed = False
        win.document.undo.setClean()
        win.close()
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
