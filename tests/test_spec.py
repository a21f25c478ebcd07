"""The deck file format: load, save, diagnostics with line:col, re-anchoring, safety, lint."""
from __future__ import annotations

import os
import re
import shutil
import textwrap
import time
from pathlib import Path

import pytest

from briefdeck.cli.main import main
from briefdeck.core import BriefdeckError, ChartSpec, DeckError, Item, Table
from briefdeck.spec import deck_to_data, dump_deck, load_deck, save_deck

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "canada-auto"

HARBOUR = textwrap.dedent("""\
    # Harbour notes

    Ferry fares rose by 12% last spring. The crew voted to strike in July.

    Ridership fell for the third year. "We will keep the boats running," the operator said.
    """)


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def harbour(tmp_path) -> Path:
    """A folder with one source file; decks are written next to it."""
    write(tmp_path / "harbour.md", HARBOUR)
    return tmp_path


def located(stderr: str, deck: Path) -> list[tuple[int, int, str]]:
    """(line, col, rest) for every 'deck.yaml:LINE:COL: ...' line the CLI printed."""
    pattern = re.compile(re.escape(str(deck)) + r":(\d+):(\d+): (.*)")
    return [(int(m[1]), int(m[2]), m[3]) for m in map(pattern.fullmatch, stderr.splitlines()) if m]


# --- (a) the example deck, and load -> save -> load ----------------------------------------

def test_example_deck_loads():
    loaded = load_deck(EXAMPLE / "deck.yaml")
    deck = loaded.deck
    assert deck.title == "Canada's auto industry under US tariffs"
    assert len(deck.sources) == 5 and len(deck.snippets) == 33 and len(deck.slides) == 14
    assert [d for d in loaded.diagnostics if d.is_error] == []
    for snippet in deck.snippets.values():
        source = deck.sources[snippet.source].text
        a = snippet.anchor
        assert source[a.start:a.end] == a.exact == snippet.text
        assert a.source_hash == deck.sources[snippet.source].hash
    chart = deck.slides[4].slots["chart"]
    assert isinstance(chart, ChartSpec)
    assert chart.series[0].values == [0, 25, 35]
    assert chart.snippet_ids() == ["tariff-0", "tariff-25", "tariff-35"]
    table = deck.slides[13].slots["table"]
    assert isinstance(table, Table) and table.rows[0][1] == Item(snippet="tariff-25")


def test_example_deck_round_trips(tmp_path):
    shutil.copytree(EXAMPLE / "sources", tmp_path / "sources")
    first = load_deck(EXAMPLE / "deck.yaml").deck
    save_deck(first, tmp_path / "deck.yaml")
    second = load_deck(tmp_path / "deck.yaml").deck
    assert deck_to_data(second) == deck_to_data(first)
    assert second.sources == first.sources
    assert second.snippets == first.snippets
    assert second.slides == first.slides
    assert second == first
    # saving again is stable byte for byte
    assert dump_deck(second) == (tmp_path / "deck.yaml").read_text(encoding="utf-8")


def test_round_trip_keeps_tricky_values(harbour):
    deck_path = write(harbour / "deck.yaml", """\
        briefdeck: 1
        title: "yes"
        subtitle: "1.50"
        author: "null"
        date: 2026-03-01
        sources:
          - id: harbour
            path: harbour.md
            publisher: "Quay Weekly: #1 for ferries"
        snippets:
          - id: boats
            kind: quote
            source: harbour
            text: "We will keep the boats running,"
            display: "We will keep the boats running"
            speaker: "Ines Varga"
            role: "Operator"
            tags: [labour, "2026"]
            score: 0.75
          - id: fares
            kind: figure
            source: harbour
            text: "Ferry fares rose by 12% last spring."
            value: 12.5
            unit: percent
        slides:
          - layout: quote
            quote: {snippet: boats}
            notes: "First line\\n  indented second line\\nthird: with colon"
          - layout: table
            table:
              columns: [What, Value]
              rows:
                - ["Fares", {snippet: fares, text: "12% (spring)"}]
                - ["Strike month", "July"]
          - layout: chart
            chart:
              type: line
              categories: [2024, 2025]
              series:
                - name: ""
                  values: [1.5, {value: 3, snippet: fares}]
        """)
    first = load_deck(deck_path).deck
    assert first.title == "yes" and first.subtitle == "1.50" and first.author == "null"
    assert first.date == "2026-03-01"
    assert first.snippets["boats"].edited and first.snippets["boats"].text == "We will keep the boats running"
    out = harbour / "saved.yaml"
    save_deck(first, out)
    second = load_deck(out).deck
    assert deck_to_data(second) == deck_to_data(first)
    assert second == first
    assert second.slides[0].notes == "First line\n  indented second line\nthird: with colon"
    assert second.slides[2].slots["chart"].categories == ["2024", "2025"]


# --- (b) every mistake at once, each with its place --------------------------------------

TEN_MISTAKES = """\
    briefdeck: 1
    title: Ferry briefing
    sources:
      - id: harbour
        path: harbour.md
      - id: gone
        path: missing.md
    snippets:
      - id: fares
        kind: figure
        source: harbour
        text: "Ferry fares rose by 12% last spring."
        value: lots
      - id: crew
        kind: claim
        source: harbour
        text: "The crew voted to strike in June."
      - id: boats
        kind: quot
        source: harbour
        text: "We will keep the boats running"
      - id: fares
        kind: claim
        source: harbour
        text: "Ridership fell for the third year."
    slides:
      - layout: bulets
        title: Overview
      - layout: bullets
        title: Service
        bullets:
          - snippet: fare
      - layout: section
        title: Outlook
        note: check with the desk
      - layout: quote
        title: In their words
      - layout: chart
        chart:
          type: column
          categories: [2023, 2024, 2025]
          series:
            - name: Sailings
              values: [410, 395]
    """

# (line, col, words in the message, hint)
EXPECTED = [
    (7, 11, "source 'gone': file 'missing.md' not found", "paths are relative to the deck file"),
    (13, 12, "'value' should be a number, not 'lots'", None),
    (17, 11, "snippet 'crew': its text is not in source 'harbour'", "copy the exact words from the source"),
    (19, 11, "unknown snippet kind 'quot'", "did you mean 'quote'?"),
    (22, 9, "snippet id 'fares' is used twice", "ids must be unique"),
    (27, 13, "unknown layout 'bulets'", "did you mean 'bullets'?"),
    (32, 18, "unknown snippet 'fare'", "did you mean 'fares'?"),
    (35, 5, "unknown key 'note' in a 'section' slide", "did you mean 'notes'?"),
    (36, 5, "the 'quote' slide has no 'quote' yet", "it exports with that place empty"),
    (44, 19, "2 values for 3 categories", "give one value per category"),
]


def test_every_mistake_is_reported_with_its_place(harbour):
    deck_path = write(harbour / "deck.yaml", TEN_MISTAKES)
    with pytest.raises(DeckError) as exc:
        load_deck(deck_path)
    diags = exc.value.diagnostics
    assert len(diags) == len(EXPECTED) == 10
    for d, (line, col, words, hint) in zip(diags, EXPECTED):
        assert d.is_error == ("yet" not in words)       # a slot left empty is a warning: the slide is half-built
        assert d.file == str(deck_path)
        assert (d.line, d.col) == (line, col), d.message
        assert words in d.message
        assert d.hint == hint or hint is None
    # the same, as text: one file:line:col line per problem
    lines = str(exc.value).splitlines()
    assert lines[5] == f"{deck_path}:27:13: error: unknown layout 'bulets' (did you mean 'bullets'?)"


def test_check_command_prints_every_mistake(harbour, capsys):
    deck_path = write(harbour / "deck.yaml", TEN_MISTAKES)
    assert main(["check", str(deck_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    found = located(err, deck_path)
    assert [(line, col) for line, col, _ in found] == [(line, col) for line, col, _, _ in EXPECTED]
    assert [rest.split(":")[0] for _, _, rest in found] == \
        ["warning" if "yet" in words else "error" for _, _, words, _ in EXPECTED]
    assert len(re.findall(r"deck\.yaml:\d+:\d+: ", err)) == 10


@pytest.mark.parametrize("version,words", [("3", "written by a newer briefdeck (format 3)"),
                                           ("'1'", "version '1' is not a version"),
                                           ("true", "version True is not a version")])
def test_wrong_version(harbour, version, words):
    deck_path = write(harbour / "deck.yaml", f"briefdeck: {version}\ntitle: Ferries\n")
    with pytest.raises(DeckError) as exc:
        load_deck(deck_path)
    (d,) = exc.value.diagnostics
    assert (d.line, d.col) == (1, 12)
    assert words in d.message


def test_format_1_is_upgraded_and_saved_as_2_with_marks_kept(harbour, tmp_path):
    from briefdeck.spec import dump_deck, read_deck
    text = """briefdeck: 1
title: Ferries
sources:
  - {id: harbour, path: harbour.md}
snippets:
  - id: fares
    kind: figure
    source: harbour
    text: "12%"
    prefix: "Ferry fares rose by "
    start: 999999
    hash: "sha256:0000"
    wobble: 1
slides:
  - layout: big-number
    figure: {snippet: fares}
"""
    loaded = read_deck(text, harbour / "v1.yaml")
    assert loaded.migrated_from == 1
    (d,) = [d for d in loaded.diagnostics if d.is_error]
    assert "unknown key 'wobble'" in d.message and (d.line, d.col) == (13, 5)
    anchor = loaded.deck.snippets["fares"].anchor
    assert anchor.exact == "12%" and loaded.deck.sources["harbour"].text[anchor.start:anchor.end] == "12%"
    saved = dump_deck(loaded.deck)
    assert saved.startswith("briefdeck: 2\n") and "\n  anchor:\n    prefix:" in saved
    again = read_deck(saved, harbour / "v2.yaml")
    assert again.migrated_from is None and not [d for d in again.diagnostics if d.is_error]
    assert again.deck.snippets["fares"].anchor == anchor


def test_missing_version_and_unknown_top_level_key(harbour):
    deck_path = write(harbour / "deck.yaml", "title: Ferries\nslide: []\n")
    with pytest.raises(DeckError) as exc:
        load_deck(deck_path)
    messages = [(d.line, d.message, d.hint) for d in exc.value.diagnostics]
    assert (1, "missing 'briefdeck: 2' version key", "add 'briefdeck: 2' as the first line") in messages
    assert (2, "unknown key 'slide' in the deck", "did you mean 'slides'?") in messages


def test_missing_deck_file(tmp_path, capsys):
    with pytest.raises(DeckError, match="no such deck file"):
        load_deck(tmp_path / "absent.yaml")
    assert main(["check", str(tmp_path / "absent.yaml")]) == 1
    assert "absent.yaml: no such deck file" in capsys.readouterr().err


# --- (c) re-anchoring after the source is edited -----------------------------------------

ANCHORED = """\
    briefdeck: 1
    title: Ferry briefing
    sources:
      - id: harbour
        path: harbour.md
    snippets:
      - id: fares
        kind: figure
        source: harbour
        text: "Ferry fares rose by 12% last spring."
        value: 12
        unit: percent
      - id: boats
        kind: quote
        source: harbour
        text: "We will keep the boats running,"
        speaker: Ines Varga
    slides:
      - layout: big-number
        figure: {snippet: fares}
      - layout: quote
        quote: {snippet: boats}
    """


def test_anchors_re_resolve_after_the_source_is_edited(harbour):
    deck_path = write(harbour / "deck.yaml", ANCHORED)
    before = load_deck(deck_path)
    save_deck(before.deck, deck_path)
    saved = deck_path.read_text(encoding="utf-8")
    old = before.deck.snippets["fares"].anchor
    assert f"start: {old.start}" in saved and f"hash: {old.source_hash}" in saved

    inserted = "The harbour board met again on Friday to hear from skippers.\n\n"
    (harbour / "harbour.md").write_text(inserted + HARBOUR, encoding="utf-8")
    after = load_deck(deck_path)
    for ident in ("fares", "boats"):
        a, b = before.deck.snippets[ident].anchor, after.deck.snippets[ident].anchor
        assert b.exact == a.exact
        assert (b.start, b.end) == (a.start + len(inserted), a.end + len(inserted))
        assert b.source_hash == after.deck.sources["harbour"].hash != a.source_hash
    warnings = [d for d in after.diagnostics if not d.is_error]
    assert len(warnings) == 2
    assert all("changed since the deck was saved" in d.message for d in warnings)
    # lines in the file as save_deck wrote it (block style, two-space indent)
    lines = saved.splitlines()
    assert lines[11] == "  text: Ferry fares rose by 12% last spring."
    assert lines[25] == "  text: We will keep the boats running,"
    assert "snippet 'fares'" in warnings[0].message and (warnings[0].line, warnings[0].col) == (12, 9)
    assert "snippet 'boats'" in warnings[1].message and (warnings[1].line, warnings[1].col) == (26, 9)


def test_unchanged_source_gives_no_warning(harbour):
    deck_path = write(harbour / "deck.yaml", ANCHORED)
    save_deck(load_deck(deck_path).deck, deck_path)
    assert load_deck(deck_path).diagnostics == []


def test_slightly_reworded_snippet_is_re_anchored_by_its_context(harbour):
    deck_path = write(harbour / "deck.yaml", ANCHORED)
    save_deck(load_deck(deck_path).deck, deck_path)
    (harbour / "harbour.md").write_text(HARBOUR.replace("rose by 12%", "rose by 13%"), encoding="utf-8")
    loaded = load_deck(deck_path)
    assert loaded.deck.snippets["fares"].text == "Ferry fares rose by 13% last spring."
    (warning,) = loaded.diagnostics
    assert warning.severity == "warning" and "snippet 'fares'" in warning.message
    assert "wording changed" in warning.message


def test_snippet_whose_text_was_removed_is_an_error_naming_it(harbour):
    deck_path = write(harbour / "deck.yaml", ANCHORED)
    save_deck(load_deck(deck_path).deck, deck_path)
    (harbour / "harbour.md").write_text(
        HARBOUR.replace("Ferry fares rose by 12% last spring. ", ""), encoding="utf-8")
    with pytest.raises(DeckError) as exc:
        load_deck(deck_path)
    errors = [d for d in exc.value.diagnostics if d.is_error]
    assert len(errors) == 1
    assert "snippet 'fares'" in errors[0].message
    assert "not in source 'harbour'" in errors[0].message
    assert deck_path.read_text(encoding="utf-8").splitlines()[11].startswith("  text: Ferry fares")
    assert (errors[0].line, errors[0].col) == (12, 9)


# --- (d) YAML problems and safety ---------------------------------------------------------

def test_invalid_yaml_gives_one_located_diagnostic(harbour, capsys):
    deck_path = write(harbour / "deck.yaml", "briefdeck: 1\ntitle: [unclosed\nslides: []\n")
    with pytest.raises(DeckError) as exc:
        load_deck(deck_path)
    (d,) = exc.value.diagnostics
    assert d.message.startswith("not valid YAML")
    assert (d.file, d.line, d.col) == (str(deck_path), 3, 7)
    assert main(["check", str(deck_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"{deck_path}:3:7: error: not valid YAML" in err


def test_bad_indentation_is_located(harbour):
    deck_path = write(harbour / "deck.yaml", "briefdeck: 1\nslides:\n  - layout: title\n   title: x\n")
    with pytest.raises(DeckError) as exc:
        load_deck(deck_path)
    (d,) = exc.value.diagnostics
    assert d.line == 4 and d.col is not None


BILLION_LAUGHS = "briefdeck: 1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))


def test_alias_bomb_is_refused_quickly(harbour, capsys):
    deck_path = write(harbour / "deck.yaml", BILLION_LAUGHS)
    began = time.perf_counter()
    with pytest.raises(DeckError) as exc:
        load_deck(deck_path)
    assert time.perf_counter() - began < 10
    (d,) = exc.value.diagnostics
    assert "too many values" in d.message and d.line is not None
    assert main(["check", str(deck_path)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_recursive_alias_is_refused(harbour, capsys):
    deck_path = write(harbour / "deck.yaml", "briefdeck: 1\ntitle: &t [*t]\n")
    with pytest.raises(DeckError) as exc:
        load_deck(deck_path)
    (d,) = exc.value.diagnostics
    assert (d.line, d.col) == (2, 8)
    assert main(["check", str(deck_path)]) == 1
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("depth", [80, 999, 3000])   # past our limit; near and past libyaml's own (1,000)
def test_absurdly_deep_nesting_is_refused(harbour, capsys, depth):
    deck_path = write(harbour / "deck.yaml", "briefdeck: 1\ntitle: " + "[" * depth + "]" * depth + "\n")
    with pytest.raises(DeckError) as exc:
        load_deck(deck_path)
    (d,) = exc.value.diagnostics
    assert "nested more than" in d.message and d.line == 2 and d.hint
    assert main(["check", str(deck_path)]) == 1
    err = capsys.readouterr().err
    assert "deck.yaml:2:" in err and "nested" in err and "Traceback" not in err


@pytest.mark.parametrize("value,line", [
    ("!!python/object/apply:os.system ['echo hacked']", 2),
    ("!!python/object:builtins.dict {a: 1}", 2),
    ("!!python/name:os.system ''", 2),
    ("!custom thing", 2),
])
def test_python_and_unknown_tags_are_refused(harbour, capsys, value, line):
    deck_path = write(harbour / "deck.yaml", f"briefdeck: 1\ntitle: {value}\n")
    with pytest.raises(DeckError) as exc:
        load_deck(deck_path)
    (d,) = exc.value.diagnostics
    assert "unsupported YAML tag" in d.message
    assert (d.line, d.col) == (line, 8)
    assert main(["check", str(deck_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"{deck_path}:{line}:8: error: unsupported YAML tag" in err


def test_deck_file_that_is_not_utf8(harbour):
    deck_path = harbour / "deck.yaml"
    deck_path.write_bytes("briefdeck: 1\ntitle: Caf\u00e9\n".encode("cp1252"))
    with pytest.raises(DeckError, match="not UTF-8"):
        load_deck(deck_path)


# --- (e) atomic save --------------------------------------------------------------------

def test_save_is_atomic_when_the_final_rename_fails(harbour, monkeypatch):
    deck_path = write(harbour / "deck.yaml", ANCHORED)
    loaded = load_deck(deck_path)
    save_deck(loaded.deck, deck_path)
    previous = deck_path.read_bytes()
    files_before = sorted(p.name for p in harbour.iterdir())

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    loaded.deck.title = "A title that must never reach the disk"
    with pytest.raises(BriefdeckError) as exc:
        save_deck(loaded.deck, deck_path)
    monkeypatch.undo()
    assert "unchanged" in str(exc.value)
    assert deck_path.read_bytes() == previous
    assert sorted(p.name for p in harbour.iterdir()) == files_before
    assert not [p for p in harbour.iterdir() if p.suffix == ".tmp"]


def test_save_failing_midway_leaves_no_new_file(harbour, monkeypatch):
    deck = load_deck(write(harbour / "deck.yaml", ANCHORED)).deck
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError("disk gone")))
    with pytest.raises(BriefdeckError):
        save_deck(deck, harbour / "new.yaml")
    monkeypatch.undo()
    assert not (harbour / "new.yaml").exists()
    assert sorted(p.name for p in harbour.iterdir()) == ["deck.yaml", "harbour.md"]


def test_save_replaces_the_file_and_leaves_no_temp(harbour):
    deck_path = write(harbour / "deck.yaml", ANCHORED)
    loaded = load_deck(deck_path)
    loaded.deck.title = "Renamed briefing"
    save_deck(loaded.deck, deck_path)
    assert load_deck(deck_path).deck.title == "Renamed briefing"
    assert sorted(p.name for p in harbour.iterdir()) == ["deck.yaml", "harbour.md"]


# --- (f) uncited numbers and quotes ---------------------------------------------------------

UNCITED = """\
    briefdeck: 1
    title: Ferry briefing
    sources:
      - id: harbour
        path: harbour.md
    snippets:
      - id: fares
        kind: figure
        source: harbour
        text: "Ferry fares rose by 12% last spring."
        value: 12
        unit: percent
    slides:
      - layout: title
        title: Ferry briefing
        date: "12 March 2026"
      - layout: bullets
        title: Fares and tariffs
        bullets:
          - snippet: fares
          - Tariffs rose to 35%
          - Three crews share 2 boats
          - Service resumed in 2025
      - layout: quote
        title: Voices
        quote: 'The operator said "we will sail through any storm" to reporters'
    """


def test_check_reports_uncited_numbers_and_quotes(harbour, capsys):
    deck_path = write(harbour / "deck.yaml", UNCITED)
    assert main(["check", str(deck_path)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    found = located(captured.err, deck_path)
    errors = [(line, col, rest) for line, col, rest in found if rest.startswith("error:")]
    assert [(line, col) for line, col, _ in errors] == [(21, 9), (26, 12)]
    assert "slide 2: 'bullets' states 35% without a source" in errors[0][2]
    assert "{snippet: ID}" in errors[0][2]
    assert "\u201cwe will sail through any storm\u201d" in errors[1][2]
    assert "2 error(s)" in captured.out


def test_check_passes_a_fully_cited_deck(harbour, capsys):
    deck_path = write(harbour / "deck.yaml", ANCHORED)
    assert main(["check", str(deck_path)]) == 0
    captured = capsys.readouterr()
    assert "error" not in captured.err
    assert "2 slides, 2 snippets, 0 error(s)" in captured.out


def test_check_on_the_example_deck_is_clean(capsys):
    assert main(["check", str(EXAMPLE / "deck.yaml")]) == 0
    assert "0 error(s)" in capsys.readouterr().out
