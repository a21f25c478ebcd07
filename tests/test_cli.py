"""The command line: help, version, templates, and clear errors without tracebacks."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefdeck import __version__
from briefdeck.cli.main import main
from deckfiles import ALL_LAYOUTS, write_deck
from pptx_facts import open_deck


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefdeck", *args], capture_output=True, text=True, timeout=120)


def test_version_and_help():
    assert run("--version").stdout.strip() == f"briefdeck {__version__}"
    top = run("--help").stdout
    for command in ("export", "check", "templates"):
        assert command in top
        sub = run(command, "--help")
        assert sub.returncode == 0 and "usage: briefdeck " + command in sub.stdout


def test_templates_lists_the_built_ins(capsys):
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    for name in ("corporate", "newsroom", "midnight"):
        assert name in out


def test_export_writes_the_deck_and_says_so(tmp_path):
    deck = write_deck(tmp_path, ALL_LAYOUTS)
    proc = run("export", str(deck), "-o", str(tmp_path / "out.pptx"), "--template", "newsroom")
    assert proc.returncode == 0, proc.stderr
    assert "Exported 9 slides" in proc.stdout
    assert len(open_deck(tmp_path / "out.pptx").slides) == 9


def test_default_output_name_is_next_to_the_deck(tmp_path):
    deck = write_deck(tmp_path, ALL_LAYOUTS)
    assert main(["export", str(deck), "-q"]) == 0
    assert (tmp_path / "deck.pptx").is_file()


@pytest.mark.parametrize("args, message", [
    (["export", "missing.yaml"], "no such deck file"),
    (["export", "{deck}", "--template", "corprate"], "unknown template 'corprate'"),
    (["export", "{deck}", "-o", "{tmp}/no/such/dir/out.pptx"], "folder does not exist"),
    (["templates", "inspect"], "needs a .pptx or .potx file"),
])
def test_user_errors_are_one_clear_line_without_traceback(tmp_path, args, message):
    deck = write_deck(tmp_path, ALL_LAYOUTS)
    args = [a.format(deck=deck, tmp=tmp_path) for a in args]
    proc = run(*args)
    assert proc.returncode == 1
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_template_in_deck_points_at_its_line(tmp_path):
    deck = write_deck(tmp_path, ALL_LAYOUTS, template="midnite")
    proc = run("check", str(deck))
    assert proc.returncode == 1
    assert f"{deck}:5:11: error: unknown template 'midnite' (did you mean 'midnight'?)" in proc.stderr


def test_check_passes_the_example():
    example = Path(__file__).resolve().parents[1] / "examples" / "canada-auto" / "deck.yaml"
    proc = run("check", str(example))
    assert proc.returncode == 0, proc.stderr
    assert "0 error(s)" in proc.stdout
