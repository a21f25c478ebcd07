"""`briefdeck doctor`: does this installation read every format, extract, export and open a window?

Each check runs the real code on a small sample shipped with briefdeck, so a library that
installed but no longer works (a moved module, a changed API) shows up here with the name of
the package and the fix, and the installed versions are compared with the tested set.
"""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from briefdeck.core import BriefdeckError
from briefdeck.resources import data_dir, data_file

SAMPLE_PHRASE = "the rules change every week"   # in every sample: proof the body text was read
SAMPLE_SPEAKER = "Dana Whitfield"


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def tested_versions() -> dict[str, str]:
    """The tested set (constraints.txt shipped with briefdeck): normalised package name -> version."""
    try:
        lines = data_file("constraints.txt").read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    pins = {}
    for line in lines:
        line = line.split("#", 1)[0].split(";", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[_norm(name)] = version.strip()
    return pins


def _norm(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _versions(packages) -> str:
    return ", ".join(f"{p} {installed(p) or 'MISSING'}" for p in packages)


def _run(name: str, fn: Callable[[], str]) -> Check:
    try:
        return Check(name, True, fn())
    except BriefdeckError as exc:
        first = exc.diagnostics[0]
        return Check(name, False, first.message + (f" ({first.hint})" if first.hint else ""))
    except Exception as exc:   # the point of this command: report anything, never a traceback
        return Check(name, False, f"{type(exc).__name__}: {exc}")


def _read_checks() -> list[Check]:
    from briefdeck.readers import FORMATS, READERS, read_source

    samples = data_dir("assets") / "samples"
    checks = []
    for module, fmt in FORMATS.items():
        suffixes = sorted({s for s, m in READERS.items() if m == module and (samples / f"sample{s}").is_file()})

        def read_all(suffixes=suffixes, fmt=fmt):
            for suffix in suffixes:
                source = read_source(samples / f"sample{suffix}")
                if SAMPLE_PHRASE not in source.text:
                    raise RuntimeError(f"sample{suffix} was read, but its body text is missing")
            return f"read {', '.join('sample' + s for s in suffixes)} ({_versions(fmt.packages)})"
        checks.append(_run(fmt.label, read_all))
    return checks


def _extract_check() -> str:
    from briefdeck.extract import extract
    from briefdeck.readers import read_source

    snippets = extract(read_source(data_dir("assets") / "samples" / "sample.txt"))
    kinds = {k: [s for s in snippets if s.kind == k] for k in ("claim", "figure", "quote")}
    if not all(kinds.values()):
        raise RuntimeError(f"expected claims, figures and quotes; got {', '.join(f'{len(v)} {k}' for k, v in kinds.items())}")
    if not any(SAMPLE_SPEAKER in (q.speaker or "") for q in kinds["quote"]):
        raise RuntimeError("the sample's quote was found without its speaker")
    return (f"{len(kinds['claim'])} claims, {len(kinds['figure'])} figures, {len(kinds['quote'])} quote with "
            f"its speaker ({_versions(['blingfire', 'ftfy'])})")


_DECK = """briefdeck: 2
title: Doctor's check
sources:
  - {id: s, path: sample.md}
snippets:
  - {id: f, kind: figure, source: s, text: "12%", value: 12, unit: percent, measure: fall in orders}
  - {id: q, kind: quote, source: s, text: "We can plan for a bad year", speaker: Dana Whitfield}
slides:
  - {layout: title, title: Doctor's check}
  - layout: chart
    title: Native chart
    chart: {type: column, engine: native, categories: [Orders], series: [{name: Change, values: [{snippet: f}]}]}
  - layout: chart
    title: Chart picture
    chart: {type: column, engine: image, categories: [Orders], series: [{name: Change, values: [{snippet: f}]}]}
  - {layout: quote, quote: {snippet: q}}
"""


def _export_check() -> str:
    import shutil
    import zipfile

    from briefdeck.spec import load_deck
    from briefdeck.writers.export import export

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(data_dir("assets") / "samples" / "sample.md", folder / "sample.md")
        (folder / "deck.yaml").write_text(_DECK, encoding="utf-8")
        result = export(load_deck(folder / "deck.yaml"), folder / "deck.pptx")
        errors = [d for d in result.diagnostics if d.is_error]
        if errors:
            raise RuntimeError(str(errors[0]))
        with zipfile.ZipFile(folder / "deck.pptx") as z:
            names = z.namelist()
        charts = sum(n.startswith("ppt/charts/chart") for n in names)
        pictures = sum(n.startswith("ppt/media/") for n in names)
        if not charts or not pictures:
            raise RuntimeError(f"expected a native chart and a chart picture; found {charts} and {pictures}")
    return (f"{result.slide_count} slides with a native chart and a chart picture "
            f"({_versions(['python-pptx', 'matplotlib', 'PyYAML', 'fonttools'])})")


def _editor_check() -> str:
    import PySide6
    from PySide6 import QtWidgets  # noqa: F401  (the editor's widgets load)
    note = ""
    if sys.platform.startswith("linux"):
        import ctypes.util
        if ctypes.util.find_library("xcb-cursor") is None:
            note = "; to show a window on X11 this system also needs libxcb-cursor0 (see the README)"
    return f"PySide6 {PySide6.__version__} loads{note}"


def run_checks() -> list[Check]:
    checks = _read_checks()
    checks.append(_run("extraction", _extract_check))
    checks.append(_run("export", _export_check))
    checks.append(_run("editor", _editor_check))
    return checks


def drift() -> list[str]:
    """Installed packages whose version differs from the tested set."""
    out = []
    for name, version in sorted(tested_versions().items()):
        have = installed(name)
        if have is not None and have != version:
            out.append(f"{name} {have} (tested: {version})")
    return out


def cmd_doctor(args) -> int:
    from briefdeck import __version__
    import platform

    print(f"briefdeck {__version__}, Python {platform.python_version()} on {platform.system()} {platform.machine()}")
    checks = run_checks()
    width = max(len(c.name) for c in checks)
    for c in checks:
        print(f"  {'ok  ' if c.ok else 'FAIL'}  {c.name:<{width}}  {c.detail}")
    moved = drift()
    if moved:
        print("\nInstalled versions that differ from the tested set (constraints.txt):\n  " + "\n  ".join(moved))
        print("For exactly the tested set: pip install -c constraints.txt .  (from a source checkout)")
    failed = [c.name for c in checks if not c.ok]
    if failed:
        blame = f" Packages that differ from the tested set are the likely cause: {', '.join(moved)}." if moved else ""
        print(f"\n{len(failed)} check(s) failed: {', '.join(failed)}.{blame}")
        return 1
    print("\nEverything works.")
    return 0


def add_command(sub) -> None:
    p = sub.add_parser("doctor", help="check that this installation reads, extracts, exports and opens the editor",
                       description="Run every reader, extraction, export (native chart and chart picture) and "
                                   "the editor's Qt import on small samples shipped with briefdeck; list the "
                                   "installed versions that differ from the tested set. Exits 1 if any check "
                                   "fails.")
    p.set_defaults(func=cmd_doctor)
