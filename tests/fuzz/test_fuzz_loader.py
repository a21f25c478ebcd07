"""Deck loader: any text gives a Loaded or a DeckError with a message, quickly, and builds plain data only.

Inputs: arbitrary text; YAML-shaped random structures that use the real key names, with wrong types,
huge numbers, NaN/inf, control characters, long strings and hostile fragments (tags, aliases)
spliced in; alias bombs and deep nesting of random size; and mutations of the example deck.
"""
from __future__ import annotations

import math
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefdeck.core import Deck, Diagnostic
from briefdeck.spec import Loaded, load_deck, read_deck
from briefdeck.spec import load as spec_load
from briefdeck.spec.yamlnodes import load_located
from fuzzkit import call, counted, examples, outcome

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "canada-auto"
EXAMPLE_LINES = (EXAMPLE / "deck.yaml").read_text(encoding="utf-8").splitlines(keepends=True)

PLAIN = (dict, list, str, int, float, bool, type(None))
KEYS = tuple(dict.fromkeys(
    spec_load.DECK_KEYS + spec_load.SNIPPET_KEYS + spec_load.SOURCE_KEYS + spec_load.CHART_KEYS
    + getattr(spec_load, "ANCHOR_KEYS", ())
    + ("layout", "notes", "bullets", "figure", "quote", "chart", "table", "left", "right", "caption", "label",
       "context", "speaker", "left_heading", "right_heading", "columns", "rows", "name", "values", "snippet",
       "prefix", "suffix", "start", "end", "hash")))
WORDS = KEYS + ("title", "section", "bullets", "big-number", "quote", "chart", "comparison", "table", "sources",
                "claim", "figure", "column", "bar", "line", "pie", "stacked-column", "dot", "slope", "native",
                "image", "percent", "corporate", "newsroom", "midnight", "ledger", "wire", "sources/ledger.md")

# Fragments pasted in place of a scalar: each must be refused with a message or read as plain data.
HOSTILE = (
    '!!python/object/apply:os.system ["echo pwned"]', "!!python/object/apply:os.system\n  - echo pwned",
    "!!python/object/new:subprocess.Popen [[echo, pwned]]", "!!python/name:os.system", "!!python/module:os",
    '!!python/object:__main__.Evil {x: 1}', "!!python/tuple [1, 2]", "!!python/str x", "!!python/bytes aGk=",
    "!!binary aGVsbG8=", "!!timestamp 2001-12-14t21:59:43.10-05:00", "2001-12-14", "!!set {a, b}",
    "!!omap [a: 1]", "!!pairs [a: 1]", "!!str [1, 2]", "!!map [1]", "!!seq {a: 1}", "!!int x", "!!float [1]",
    "!!bool maybe", "!!null x", "!custom x", "!<tag:yaml.org,2002:str> x", "!<!> x", "!e!tag x",
    "*undefined", "&anchor [1, *anchor]", "&m {self: *m}", ".nan", ".NaN", ".inf", "-.inf", "+.inf", "0x1F",
    "0o17", "0b101", "1_000_000", "190:20:30", "~", "yes", "No", "off", "=", "<<",
    '"\\0\\a\\b\\x85\\u2028\\u2029\\U0001F600\\e"', "'it''s'", "|\n  block\n  text", ">-\n  folded",
    "[[[[[[[[[[]]]]]]]]]]", "{a: {b: {c: {d: [1, 2, {e: f}]}}}}", "? complex key\n  : value",
    "9" * 4000, "-" + "9" * 4000, "1e309", "1.0e+309", "-1.0e+309", "4.9e-324", "!!float 1e999",
    "'" + "x" * 20000 + "'",
)


@pytest.fixture(scope="module", autouse=True)
def _no_commands():
    """Loading a deck must never run a command: make every way to do so fail loudly."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"the deck loader tried to run a command: {args!r}")
    with pytest.MonkeyPatch.context() as mp:
        for name in ("system", "popen", "execv", "execve", "execvp", "spawnv", "posix_spawn", "fork"):
            if hasattr(os, name):
                mp.setattr(os, name, refuse)
        mp.setattr(subprocess.Popen, "__init__", refuse)
        yield


@pytest.fixture(scope="module")
def example_copy(tmp_path_factory) -> Path:
    """The example deck folder copied, so mutated decks can be written next to its sources."""
    folder = tmp_path_factory.mktemp("example") / "canada-auto"
    shutil.copytree(EXAMPLE, folder)
    return folder


# --- checks ------------------------------------------------------------------------------------
def assert_plain(value, path=()) -> None:
    """Only dict/list/str/int/float/bool/None, all the way down (iteratively: data may be deep)."""
    stack = [(value, path)]
    while stack:
        value, path = stack.pop()
        assert type(value) in PLAIN, f"{path}: a {type(value).__name__} was built: {value!r:.80}"
        if isinstance(value, dict):
            for key, item in value.items():
                assert type(key) in (str, int), f"{path}: key of type {type(key).__name__}"
                stack.append((item, path + (key,)))
        elif isinstance(value, list):
            stack.extend((item, path + (i,)) for i, item in enumerate(value))


def check_loaded(result, deck_path: Path) -> None:
    """A Loaded whose diagnostics are all messages, and whose snippets point at their source's words."""
    if outcome(result) != "ok":
        return
    assert isinstance(result, Loaded) and isinstance(result.deck, Deck)
    for d in result.diagnostics:
        assert isinstance(d, Diagnostic) and d.message.strip(), d
    for snippet in result.deck.snippets.values():
        source = result.deck.sources.get(snippet.source)
        assert source is not None, snippet
        a = snippet.anchor
        if source.text and a.start is not None:
            assert source.text[a.start:a.end] == a.exact, (snippet.id, a)
        if snippet.value is not None:
            assert isinstance(snippet.value, float)
    for slide in result.deck.slides:
        assert slide.layout in spec_load.LAYOUTS


def load_everything(text: str, deck_path: Path) -> None:
    """read_deck on the text, load_located's data all plain, and load_deck on the same text as a file."""
    check_loaded(call("loader", read_deck, text, deck_path), deck_path)
    data = call("loader", load_located, text, str(deck_path))
    if outcome(data) == "ok":
        assert_plain(data[0])
    deck_path.write_text(text, encoding="utf-8")
    check_loaded(call("loader", load_deck, deck_path), deck_path)


# --- strategies --------------------------------------------------------------------------------
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)
YAMLISH = st.lists(st.sampled_from(list(":-[]{}&*!|>'\"#%@`?,.~\\\n\t ") + ["  ", "- ", ": ", "\n  ", "<<", "!!"]
                                   + list(WORDS[:40])), max_size=60).map("".join)
CONTROL = st.text(st.characters(min_codepoint=0, max_codepoint=0x9f, blacklist_categories=("Cs",)), max_size=8)
LONG_TEXT = st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=4), st.integers(500, 30_000))

scalars = st.one_of(
    st.none(), st.booleans(),
    st.integers(), st.integers(min_value=-(10 ** 4000), max_value=10 ** 4000),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXT, CONTROL, st.sampled_from(WORDS), LONG_TEXT,
    st.sampled_from(range(len(HOSTILE))).map(lambda i: f"ZQHOSTILE{i}QZ"),
)
keys = st.one_of(st.sampled_from(KEYS), TEXT, st.integers(-5, 5))
structures = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=6), st.dictionaries(keys, inner, max_size=6)),
    max_leaves=40)
decks = st.fixed_dictionaries(
    {"briefdeck": st.one_of(st.just(1), st.just(2), scalars)},
    optional={
        "title": structures, "template": structures,
        "sources": st.lists(st.dictionaries(st.sampled_from(spec_load.SOURCE_KEYS + ("x",)), structures, max_size=4),
                            max_size=3) | structures,
        "snippets": st.lists(st.dictionaries(st.sampled_from(spec_load.SNIPPET_KEYS + ("prefix", "start", "x")),
                                             structures, max_size=6), max_size=3) | structures,
        "slides": st.lists(st.dictionaries(keys, structures, max_size=5), max_size=4) | structures,
    })


def emit(data, style: bool | None) -> str:
    """Data to YAML text, with the hostile fragments pasted in for their placeholders."""
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=style, sort_keys=False, width=80)
    for i, fragment in sorted(enumerate(HOSTILE), key=lambda p: -p[0]):
        text = text.replace(f"ZQHOSTILE{i}QZ", fragment if "\n" not in fragment else fragment.replace("\n", " "))
    return text


# --- properties --------------------------------------------------------------------------------
@settings(max_examples=examples(120))
@given(text=st.one_of(TEXT, YAMLISH, st.builds(lambda a, b: a + b, st.just("briefdeck: 1\n"), YAMLISH)))
@counted("loader")
def test_any_text(tmp_path_factory, text):
    load_everything(text, tmp_path_factory.getbasetemp() / "any-text.yaml")


@settings(max_examples=examples(120))
@given(data=decks, style=st.sampled_from([None, False, True]))
@counted("loader")
def test_yaml_shaped_structures(tmp_path_factory, data, style):
    text = emit(data, style)
    load_everything(text, tmp_path_factory.getbasetemp() / "structure.yaml")


@settings(max_examples=examples(40, long=300))
@given(width=st.integers(2, 12), depth=st.integers(2, 10), seq=st.booleans(), use=st.integers(1, 3))
@counted("loader")
def test_alias_bombs(tmp_path_factory, width, depth, seq, use):
    """Billion laughs of every size: small ones load, big ones are refused, none takes long."""
    lines = ["briefdeck: 1", "l0: &l0 " + ("[" + ", ".join(["lol"] * width) + "]" if seq else "{a: lol}")]
    for level in range(1, depth):
        refs = ", ".join([f"*l{level - 1}"] * width)
        lines.append(f"l{level}: &l{level} " + (f"[{refs}]" if seq else "{" + ", ".join(
            f"k{i}: *l{level - 1}" for i in range(width)) + "}"))
    lines.append("title: " + ", ".join([f"*l{depth - 1}"] * use) if use == 1 else
                 "slides: [" + ", ".join([f"*l{depth - 1}"] * use) + "]")
    result = call("loader", read_deck, "\n".join(lines) + "\n", tmp_path_factory.getbasetemp() / "bomb.yaml",
                  seconds=10)
    check_loaded(result, Path("bomb.yaml"))


@settings(max_examples=examples(30, long=600))
@given(depth=st.one_of(st.integers(1, 300), st.integers(300, 10_000), st.just(10_000)),
       kind=st.sampled_from(["flow-seq", "flow-map", "block-seq", "block-map", "mixed"]))
@counted("loader")
def test_deep_nesting(tmp_path_factory, depth, kind):
    if kind == "flow-seq":
        text = "briefdeck: 1\nslides: " + "[" * depth + "]" * depth + "\n"
    elif kind == "flow-map":
        text = "briefdeck: 1\ntitle: " + "{a: " * depth + "x" + "}" * depth + "\n"
    elif kind == "block-seq":
        text = "briefdeck: 1\nslides:\n" + "".join("  " * i + "-\n" for i in range(min(depth, 2000)))
    elif kind == "block-map":
        text = "briefdeck: 1\n" + "".join("  " * i + f"k{i}:\n" for i in range(min(depth, 2000)))
    else:
        text = "briefdeck: 1\nslides: " + "[{a: " * (depth // 2) + "1" + "}]" * (depth // 2) + "\n"
    check_loaded(call("loader", read_deck, text, tmp_path_factory.getbasetemp() / "deep.yaml", seconds=10),
                 Path("deep.yaml"))


line_index = st.integers(0, len(EXAMPLE_LINES) - 1)
mutations = st.lists(st.one_of(
    st.tuples(st.just("delete"), line_index),
    st.tuples(st.just("duplicate"), line_index),
    st.tuples(st.just("swap"), line_index, line_index),
    st.tuples(st.just("value"), line_index, st.one_of(
        st.sampled_from(HOSTILE), TEXT, st.sampled_from(WORDS),
        st.integers(-(10 ** 30), 10 ** 30).map(str),
        st.floats().map(lambda f: ".nan" if math.isnan(f) else ".inf" if f == math.inf else
                        "-.inf" if f == -math.inf else repr(f)))),
    st.tuples(st.just("insert"), line_index, st.one_of(YAMLISH, st.sampled_from(HOSTILE))),
    st.tuples(st.just("indent"), line_index, st.integers(-4, 4)),
    st.tuples(st.just("cut"), st.integers(0, sum(map(len, EXAMPLE_LINES)))),
), min_size=1, max_size=6)


def mutate(ops) -> str:
    lines = list(EXAMPLE_LINES)
    for op in ops:
        if not lines:
            break
        i = op[1] % len(lines) if op[0] != "cut" else 0
        if op[0] == "delete":
            del lines[i]
        elif op[0] == "duplicate":
            lines.insert(i, lines[i])
        elif op[0] == "swap":
            j = op[2] % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif op[0] == "value":
            head, sep, _ = lines[i].partition(": ")
            value = op[2].replace("\n", " ")
            lines[i] = (head + sep + value if sep else lines[i].rstrip("\n") + " " + value) + "\n"
        elif op[0] == "insert":
            lines.insert(i, op[2] + "\n")
        elif op[0] == "indent":
            lines[i] = (" " * op[2] + lines[i]) if op[2] > 0 else lines[i][min(-op[2], len(lines[i]) -
                                                                               len(lines[i].lstrip(" "))):]
        elif op[0] == "cut":
            text = "".join(lines)[:op[1]]
            lines = text.splitlines(keepends=True)
    return "".join(lines)


@settings(max_examples=examples(100))
@given(ops=mutations)
@counted("loader")
def test_mutated_example(example_copy, ops):
    text = mutate(ops)
    check_loaded(call("loader", read_deck, text, example_copy / "deck.yaml"), example_copy / "deck.yaml")
    deck_path = example_copy / "mutant.yaml"
    deck_path.write_text(text, encoding="utf-8")
    check_loaded(call("loader", load_deck, deck_path), deck_path)


@settings(max_examples=examples(60))
@given(data=st.binary(max_size=300) | st.builds(lambda t, junk: t.encode("utf-8") + junk,
                                                 YAMLISH, st.binary(max_size=8)))
@counted("loader")
def test_deck_file_bytes(tmp_path_factory, data):
    """load_deck on bytes: invalid UTF-8, BOMs, NULs."""
    path = tmp_path_factory.getbasetemp() / "bytes.yaml"
    path.write_bytes(data)
    check_loaded(call("loader", load_deck, path), path)
