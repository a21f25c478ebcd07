"""Start the desktop editor: `briefdeck gui [DECK]`, `briefdeck-gui`, or `briefdeck` with no arguments."""
from __future__ import annotations

import argparse
import sys
import time

START = time.perf_counter()


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="briefdeck gui", description="Open the briefdeck editor.")
    p.add_argument("deck", nargs="?", help="a deck file (.yaml) to open")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="open, wait until the preview is drawn, save a picture of the window, and quit")
    p.add_argument("--size", default="1366x768", metavar="WxH", help="window size for --screenshot (default 1366x768)")
    p.add_argument("--slide", type=int, default=1, help="slide to show for --screenshot (default 1)")
    p.add_argument("--dark", action="store_true", help="dark palette (otherwise the saved or system choice)")
    p.add_argument("--light", action="store_true", help="light palette")
    p.add_argument("--timing", action="store_true",
                   help="print the seconds from start to a usable window (deck planned, slide drawn), then quit")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from briefdeck.core import BriefdeckError
    from briefdeck.gui import theme
    from briefdeck.gui.settings import settings
    from briefdeck.gui.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("briefdeck")
    app.setOrganizationName("briefdeck")
    app.setWindowIcon(theme.icon("app"))
    saved = settings().value("dark")
    dark = True if args.dark else False if args.light else (
        str(saved).lower() == "true" if saved is not None else theme.system_prefers_dark())
    theme.apply_theme(app, dark)
    from briefdeck.gui.preview import register_fonts
    register_fonts()
    win = MainWindow()
    if args.screenshot:
        w, _, h = args.size.partition("x")
        win.resize(int(w), int(h))
    elif not settings().value("window/geometry"):
        fit_to_screen(win, 1440, 900)
    win.show()
    if args.screenshot:
        win.default_sizes(force=True)
    if args.deck:
        try:
            win.actions.open(args.deck)
        except BriefdeckError as exc:
            QMessageBox.warning(win, "Could not open the deck", str(exc))
    if not (args.screenshot or args.timing):
        QTimer.singleShot(0, lambda: offer_recovery(win))
    if args.timing or args.screenshot:
        wait_until_drawn(app, win, args.slide - 1, until=win.usable if args.timing else win.settled)
        if args.timing:
            print(f"usable window after {time.perf_counter() - START:.2f} s", flush=True)
            wait_until_drawn(app, win, args.slide - 1, until=win.settled)
            print(f"settled after {time.perf_counter() - START:.2f} s (every slide planned, thumbnails in view drawn)",
                  flush=True)
        if args.timing and not args.screenshot:
            win.document.undo.setClean()
            win.close()
            return 0
        if args.screenshot:
            win.grab().save(args.screenshot)
            print(f"saved {args.screenshot}")
            win.document.undo.setClean()
            win.close()
            return 0
    return app.exec()


def fit_to_screen(win, width: int, height: int) -> None:
    """A first start: ``width`` x ``height``, or the whole screen when it is smaller (a 1366x768 laptop)."""
    screen = win.screen().availableGeometry()
    w, h = min(width, screen.width()), min(height, screen.height())
    win.resize(w, h)
    win.move(screen.x() + (screen.width() - w) // 2, screen.y() + (screen.height() - h) // 2)


def wait_until_drawn(app, win, slide: int, until=None, timeout: float = 60.0) -> None:
    """Process events until slide ``slide`` is selected and ``until()`` (default: the window has settled)."""
    until = until or win.settled
    deadline = time.perf_counter() + timeout
    asked = False
    while time.perf_counter() < deadline:
        app.processEvents()
        if not asked and win.slide_list.count() > slide >= 0:
            win.select_slide_row(slide)
            asked = True
        if (asked or not win.deck.slides) and until():
            app.processEvents()
            return
        time.sleep(0.002)


def offer_recovery(win) -> None:
    """After a crash or a kill: offer the newest unsaved work back, exactly as it was."""
    from PySide6.QtWidgets import QMessageBox

    from briefdeck.gui.journal import leftovers
    journals = leftovers()
    if not journals:
        return
    journal = journals[0]
    box = QMessageBox(QMessageBox.Icon.Question, "Recover unsaved work?",
                      f"briefdeck closed without saving {journal.describe()}.", parent=win)
    box.setInformativeText("Recover brings the deck back as it was after that change. Discard deletes "
                           "the unsaved changes for good.")
    recover_button = box.addButton("&Recover", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton("&Not now", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover_button)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    recover(win, journal, True if clicked is recover_button else None if clicked is later else False)


def recover(win, journal, accept: bool | None) -> None:
    """``accept``: True recovers, False discards the journal, None leaves it for the next start."""
    if accept is None:
        return
    if not accept:
        journal.discard()
        return
    from briefdeck.core import BriefdeckError
    try:
        notes = win.document.recover(journal)
    except BriefdeckError as exc:
        win.actions.show_error("Could not recover", f"{exc}\n\nThe unsaved changes are kept; they will be "
                                                     "offered again at the next start.")
        return
    win.actions.extract_candidates()
    win.statusBar().showMessage("Recovered unsaved work: save it to keep it", 10000)
    if notes:
        win.actions.show_error("Recovered, with notes", "\n".join(notes))


if __name__ == "__main__":
    sys.exit(main())
