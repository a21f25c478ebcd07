"""The editor in a real X session with real keys and clicks: an analyst's afternoon, a kill -9, a recovery.

The editor runs on Qt's xcb platform under Xvfb; xdotool types and clicks (see tests/realinput).
One run: a new deck; three articles added with Ctrl+Shift+O; a claim, a figure and a quote picked in
the viewer with Ctrl+1/2/3; three snippets put on slides with Ctrl+Enter; a slide of every layout,
every text field typed in and left by Tab, a click elsewhere, Return, Shift+Tab or Escape; a slide
taken through all nine layouts and back; a slide moved; undo and redo by shortcut; save; export;
one more edit, exported again; keys typed into a field; then kill -9. A second start offers the work
back, Return recovers it, and its export must equal the one made just before the kill.

Skipped where Xvfb or xdotool is missing, except in CI (CI=true), where that is a failure.
BRIEFDECK_REAL_INPUT_RUNS=N repeats the whole run N times.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "realinput"))
from xsession import missing_tools, xvfb  # noqa: E402

pytest.importorskip("PySide6")

HERE = Path(__file__).parent
DRIVER = HERE / "realinput" / "driver.py"
SEEDS = HERE.parents[1] / "shared" / "seeds"
RUNS = int(os.environ.get("BRIEFDECK_REAL_INPUT_RUNS", "1"))
SCREENS = [(1366, 768), (1920, 1080)]                   # runs alternate between a laptop and a desktop screen

if missing_tools():
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"the real-input tests need {', '.join(missing_tools())} (.ci/run installs them)")
    pytest.skip(f"needs {', '.join(missing_tools())}", allow_module_level=True)


def _sources(folder: Path) -> list[str]:
    found = sorted(SEEDS.glob("*.txt"))[:3] or sorted((HERE / "fixtures" / "articles").glob("*"))[:3]
    folder.mkdir()
    out = []
    for f in found:
        shutil.copy(f, folder / f.name)
        out.append(str(folder / f.name))
    return out


def _phase(phase: str, work: Path, display: str, sources: list[str], env: dict, kill_when_asked: bool):
    """Run one driver process; returns (records, returncode). Kills it with SIGKILL when it asks."""
    records = []
    with subprocess.Popen([sys.executable, str(DRIVER), phase, str(work), display, *sources], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            for line in proc.stdout:
                if not line.startswith("{"):
                    continue
                record = json.loads(line)
                records.append(record)
                if record.get("kill") and kill_when_asked:
                    os.kill(proc.pid, signal.SIGKILL)
                    break
            rc = proc.wait(timeout=600)
        finally:
            if proc.poll() is None:
                proc.kill()
        err = proc.stderr.read()
    errors = [r for r in records if "error" in r]
    assert not errors, f"{phase}: {errors[0]['error']}\n{errors[0]['trace']}\n{err[-3000:]}"
    return records, rc, err


def _slides_text(path: Path) -> list[list[str]]:
    from pptx import Presentation
    out = []
    for slide in Presentation(str(path)).slides:
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        texts += [c.text_frame.text for s in slide.shapes if getattr(s, "has_table", False) and s.has_table
                  for row in s.table.rows for c in row.cells]
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        out.append(texts + [notes])
    return out


@pytest.mark.parametrize("run", range(RUNS))
def test_an_analyst_at_work_killed_and_recovered(tmp_path, run):
    work = tmp_path / "work"
    work.mkdir()
    sources = _sources(tmp_path / "sources")
    width, height = SCREENS[run % len(SCREENS)]
    with xvfb(width, height) as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   XDG_CONFIG_HOME=str(tmp_path / "config"), BRIEFDECK_STATE_DIR=str(tmp_path / "state"),
                   BRIEFDECK_CACHE_DIR=str(tmp_path / "cache"))
        env.pop("WAYLAND_DISPLAY", None)
        records_work, rc, err = _phase("work", work, display, sources, env, kill_when_asked=True)
        steps = [r.get("step") for r in records_work if "step" in r]
        assert records_work and records_work[-1].get("kill"), \
            f"the work phase stopped early (rc {rc}) after {steps}:\n{err[-3000:]}"
        assert rc == -signal.SIGKILL
        before = next(r["deck"] for r in records_work if r.get("step") == "before kill")

        records, rc, err = _phase("recover", work, display, [], env, kill_when_asked=False)
        assert rc == 0, f"the recover phase ended with {rc}:\n{err[-3000:]}"
        recovered = next(r["deck"] for r in records if r.get("step") == "recovered")

    assert recovered == before, "the recovered deck is not the deck after the last completed edit"
    assert _slides_text(work / "recovered.pptx") == _slides_text(work / "before-kill.pptx")

    # what was typed is in the deck file and on the slides
    from briefdeck.spec import load_deck
    deck = load_deck(work / "deck.yaml", allow_outside=True).deck
    assert len(deck.sources) == 3 and {s.kind for s in deck.snippets.values()} == {"claim", "figure", "quote"}
    typed = next(r["typed"] for r in records_work if r.get("step") == "layouts cycled")
    in_deck = [t for t in typed if any(t in (s.text(n) or "") for s in deck.slides for n in s.slots)]
    assert len(typed) >= 20 and len(in_deck) >= len(typed) - 6, (typed, in_deck)   # one slide changed layouts
    exported = "\n".join("\n".join(texts) for texts in _slides_text(work / "recovered.pptx"))
    missing = [t for t in in_deck if t not in exported]
    assert not missing, f"typed but not on any slide: {missing}"
