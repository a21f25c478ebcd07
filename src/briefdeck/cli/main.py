"""`briefdeck` command: export, check, templates, extract, draft and batch."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefdeck import __version__
from briefdeck.core import BriefdeckError, Diagnostic

EPILOG = "Run 'briefdeck COMMAND --help' for the options of one command."


def _print(diags: list[Diagnostic], stream=None, as_warnings: bool = False) -> None:
    stream = stream or sys.stderr  # looked up at call time, so redirected stderr is honoured
    for d in sorted(diags, key=lambda d: (d.file or "", d.line or 0, d.col or 0)):
        if as_warnings and d.is_error:
            d = Diagnostic(d.message, "warning", d.file, d.line, d.col, d.hint)
        print(d, file=stream)


def _progress(enabled: bool):
    if not enabled:
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // total
        end = "\n" if done == total else ""
        sys.stderr.write(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total} slides{end}")
        sys.stderr.flush()
    return show


def cmd_export(args) -> int:
    from briefdeck.spec import load_deck
    from briefdeck.writers.export import export

    loaded = load_deck(args.deck, allow_outside=args.allow_outside)
    out = Path(args.output) if args.output else Path(args.deck).with_suffix(".pptx")
    result = export(loaded, out, args.template, _progress(sys.stderr.isatty() and not args.quiet))
    _print(result.diagnostics, as_warnings=True)
    if not args.quiet:
        print(f"Exported {result.slide_count} slides to {out}")
    return 0


def cmd_check(args) -> int:
    from briefdeck.spec import load_deck
    from briefdeck.writers.export import plan

    loaded = load_deck(args.deck, allow_outside=args.allow_outside)
    result = plan(loaded, args.template)
    _print(result.diagnostics)
    errors = sum(d.is_error for d in result.diagnostics)
    warnings = len(result.diagnostics) - errors
    print(f"{args.deck}: {len(loaded.deck.slides)} slides, {len(loaded.deck.snippets)} snippets, "
          f"{errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0


def cmd_templates(args) -> int:
    from briefdeck.templates import builtin_names, load_builtin

    if args.action == "inspect":
        if not args.file:
            raise BriefdeckError("templates inspect needs a .pptx or .potx file",
                                 hint="briefdeck templates inspect company.pptx")
        from briefdeck.writers.pptx_template import inspect_report
        print(inspect_report(Path(args.file)))
        return 0
    for name in builtin_names():
        t = load_builtin(name)
        print(f"{name:<12} {t.description}")
    print("\nOr give a .pptx/.potx of your own: --template company.pptx "
          "(see 'briefdeck templates inspect FILE').")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefdeck", description="Turn sources into a cited PowerPoint briefing deck.", epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"briefdeck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("export", help="export a deck file (.yaml) to PowerPoint",
                       description="Export a deck file to a .pptx with citations, footnotes, a sources "
                                   "slide and speaker notes. The output is written atomically.")
    p.add_argument("deck", help="the deck file (deck.yaml)")
    p.add_argument("-o", "--output", metavar="OUT.pptx", help="where to write (default: the deck name with .pptx)")
    p.add_argument("--template", metavar="NAME|FILE",
                   help="a built-in template (see 'briefdeck templates') or a .pptx/.potx file; "
                        "overrides the deck's own")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.add_argument("--allow-outside", action="store_true",
                   help="read source and template files outside the deck's folder (refused by default: see "
                        "SECURITY.md)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("check", help="validate a deck: format, anchors, overflow, uncited numbers",
                       description="Check a deck without writing anything. Prints one file:line:col "
                                   "message per problem; exits 1 if any is an error.")
    p.add_argument("deck", help="the deck file (deck.yaml)")
    p.add_argument("--template", metavar="NAME|FILE", help="check against this template instead")
    p.add_argument("--allow-outside", action="store_true",
                   help="read source and template files outside the deck's folder")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("templates", help="list built-in templates, or inspect a .pptx/.potx",
                       description="With no arguments, list the built-in templates. 'inspect FILE' "
                                   "reports the layouts and placeholders of your own template and "
                                   "which briefdeck layouts it can serve.")
    p.add_argument("action", nargs="?", choices=["list", "inspect"], default="list")
    p.add_argument("file", nargs="?", help="the .pptx/.potx to inspect")
    p.set_defaults(func=cmd_templates)

    sub.add_parser("gui", help="open the desktop editor (also: briefdeck with no arguments, briefdeck-gui)",
                   description="Open the desktop editor. 'briefdeck gui --help' lists its options "
                               "(--screenshot, --size, --dark).", add_help=False)

    from briefdeck.cli import batch_cmd, doctor, extract_cmds
    extract_cmds.add_commands(sub)
    batch_cmd.add_command(sub)
    doctor.add_command(sub)
    return parser


def _gui(argv: list[str]) -> int:
    """The desktop editor; a clear message when PySide6 or a display is missing."""
    try:
        from briefdeck.gui.app import main as gui_main
    except ImportError as exc:
        print(f"error: the editor needs PySide6 ({exc}); the command line works without it. "
              "Run 'briefdeck --help'.", file=sys.stderr)
        return 1
    return gui_main(argv)


def _has_display() -> bool:
    """Somewhere to show a window: not a bare terminal on Linux (then the help is printed instead)."""
    import os
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def gui_entry() -> int:
    """The `briefdeck-gui` command."""
    return _gui(sys.argv[1:])


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["gui"] or (not argv and _has_display()):
        return _gui(argv[1:])
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except BriefdeckError as exc:
        _print(exc.diagnostics)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
