"""`briefdeck batch`: many decks, some broken; every good one exported, every bad one explained."""
from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from briefdeck.batch import find_decks, output_names
from briefdeck.cli.main import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from decks import write_deck  # noqa: E402


def make_decks(folder: Path, count: int, slides: int = 6) -> list[Path]:
    return [write_deck(folder, slides, name=f"deck-{i:03d}", seed=i) for i in range(count)]


def break_three(decks: list[Path]) -> dict[str, str]:
    """A YAML syntax error, a missing source file, an unknown layout: what each should say."""
    a, b, c = decks[3], decks[10], decks[17]
    a.write_text(a.read_text(encoding="utf-8").replace("slides:", "slides: [", 1), encoding="utf-8")
    (b.parent / f"{b.stem}-source.txt").unlink()
    c.write_text(c.read_text(encoding="utf-8").replace("layout: quote", "layout: qoute", 1), encoding="utf-8")
    return {a.name: "yaml", b.name: "source", c.name: "qoute"}


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_bad_decks_fail_alone_and_nothing_is_half_written(tmp_path, capsys):
    decks = make_decks(tmp_path / "decks", 24)
    broken = break_three(decks)
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "batch", tmp_path / "decks", "-o", out_dir, "-j", "2", "--json")
    assert code == 1
    summary = json.loads(out)
    assert (summary["decks"], summary["ok"], summary["failed"]) == (24, 21, 3)
    failed = {Path(r["deck"]).name: r["error"] for r in summary["rows"] if r["status"] == "failed"}
    assert set(failed) == set(broken)
    for name, word in broken.items():
        assert word in failed[name].lower(), failed[name]
        assert "Traceback" not in failed[name]
    assert "did you mean 'quote'" in failed[decks[17].name]
    produced = sorted(p.name for p in out_dir.iterdir())
    assert produced == sorted(f"{d.stem}.pptx" for d in decks if d.name not in broken)   # no temp files
    for p in out_dir.iterdir():
        assert len(Presentation(str(p)).slides) == 7
        assert zipfile.ZipFile(p).testzip() is None
    for line in err.splitlines():                                          # not a terminal: plain lines
        assert line.startswith("[") and "\r" not in line


def test_summary_table_lists_failures_first_with_their_error(tmp_path, capsys):
    decks = make_decks(tmp_path / "decks", 5, slides=3)
    decks[2].write_text("briefdeck: 1\ntitle: [unclosed\n", encoding="utf-8")
    code, out, _ = run(capsys, "batch", *decks, "-o", tmp_path / "out", "-j", "1")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].split() == ["deck", "slides", "seconds", "status", "first", "error"]
    assert lines[2].startswith("deck-002.yaml") and "failed" in lines[2]
    assert "5 decks: 4 exported (16 slides), 1 failed" in out


def test_fail_fast_stops_at_the_first_failure(tmp_path, capsys):
    decks = make_decks(tmp_path / "decks", 6, slides=3)
    decks[0].write_text("briefdeck: 1\nslides: {\n", encoding="utf-8")
    code, out, _ = run(capsys, "batch", tmp_path / "decks", "-o", tmp_path / "out", "-j", "1", "--fail-fast",
                       "--json")
    summary = json.loads(out)
    assert code == 1 and summary["failed"] == 1 and summary["skipped"] == 5
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_outputs_never_collide(tmp_path):
    a = write_deck(tmp_path / "east" / "weekly", 2, name="deck")
    b = write_deck(tmp_path / "west" / "weekly", 2, name="deck")
    c = write_deck(tmp_path / "west", 2, name="Deck")
    names = [p.name for p in output_names([a, b, c], tmp_path / "out")]
    assert len({n.lower() for n in names}) == 3
    assert names[:2] == ["east-weekly-deck.pptx", "west-weekly-deck.pptx"]


def test_folders_are_searched_for_deck_files_only(tmp_path):
    deck = write_deck(tmp_path / "decks", 2)
    (tmp_path / "decks" / "settings.yaml").write_text("colour: blue\n", encoding="utf-8")
    assert find_decks([tmp_path / "decks"]) == [deck.resolve()]


def test_no_decks_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(capsys, "batch", tmp_path, "-o", tmp_path / "out")
    assert code == 1 and "no deck files found" in err


def test_runs_on_a_local_dask_cluster(tmp_path, capsys):
    pytest.importorskip("distributed")
    decks = make_decks(tmp_path / "decks", 4, slides=3)
    decks[1].write_text("briefdeck: 1\nslides: [\n", encoding="utf-8")
    code, out, err = run(capsys, "batch", tmp_path / "decks", "-o", tmp_path / "out", "--scheduler", "local",
                         "-j", "2", "--json")
    summary = json.loads(out)
    assert code == 1 and (summary["ok"], summary["failed"]) == (3, 1)
    assert "dask: 2 workers" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["deck-000.pptx", "deck-002.pptx",
                                                                   "deck-003.pptx"]
