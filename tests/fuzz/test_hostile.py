"""Hostile files, one test each: YAML bombs and tags, an oversized deck, XML entities in a Word file
and in a PowerPoint template, and web pages that would fetch things. Each gives a result or a
BriefdeckError with a message, quickly, reads no file it was not given and fetches nothing.

The last section shows, minimally, the bugs this suite found in modules it may not change (spec/);
those still open are marked xfail (see fuzzkit.KNOWN), the fixed ones stay as regression tests.
"""
from __future__ import annotations

import io
import os
import re
import socket
import subprocess
import threading
import time
import zipfile
from pathlib import Path

import pptx
import pytest

from briefdeck.core import BriefdeckError, Deck, DeckError, Item, Slide, TemplateError
from briefdeck.readers import read_source
from briefdeck.spec import Loaded, load_deck, read_deck
from briefdeck.writers.export import export
from fuzzkit import call, counted, outcome
from test_readers_formats import make_docx

SECRET = "TOPSECRET-c0ffee-7f3a"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.fixture
def secret(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


@pytest.fixture
def listener():
    """A TCP server on the loopback: anything that tries to fetch http://127.0.0.1:PORT/ shows up here.

    (libxml2 fetches in C, out of reach of a monkeypatched Python socket.) Bounded: it accepts for
    as long as the test runs and is closed after it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(0.5)
                try:
                    hits.append(conn.recv(1024) or b"(connected)")
                except OSError:
                    hits.append(b"(connected)")
    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], hits
    stop.set()
    thread.join(timeout=2)
    server.close()


@pytest.fixture
def no_python_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def no_commands(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"tried to run a command: {args!r}")
    for name in ("system", "popen", "execv", "execve", "execvp", "posix_spawn"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, refuse)
    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)


def refused(result, kind=BriefdeckError) -> str:
    assert isinstance(result, kind), f"expected a {kind.__name__}, got {result!r:.300}"
    message = str(result)
    assert message.strip()
    return message


# --- deck files --------------------------------------------------------------------------------
BILLION_LAUGHS = "".join(
    ["briefdeck: 1\n", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)]
    + ["title: *i\n"])


@counted("hostile")
def test_billion_laughs_is_refused_quickly(tmp_path, no_commands):
    path = tmp_path / "lol.yaml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    for fn, arg in ((read_deck, BILLION_LAUGHS), (load_deck, path)):
        started = time.perf_counter()
        result = call("hostile", fn, *((arg, path) if fn is read_deck else (arg,)), seconds=5)
        assert time.perf_counter() - started < 2, "took 2 s or more"     # counted, not built: ~1 ms
        assert "too many values" in refused(result, DeckError)
        assert result.diagnostics[0].line == 7, "points at the first anchor that alone is too big ('f')"


@counted("hostile")
def test_a_25_mb_deck_is_refused(tmp_path):
    text = "briefdeck: 1\ntitle: big\nslides:\n" + "  - {layout: section, title: padding padding padding}\n" * 500_000
    assert len(text.encode()) > 25 * 1024 * 1024
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    assert "larger than" in refused(call("hostile", load_deck, path, seconds=10), DeckError)
    assert "larger than" in refused(call("hostile", read_deck, text, path, seconds=10), DeckError)
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("fragment", [
    '!!python/object/apply:os.system ["echo pwned > /tmp/briefdeck-pwned"]',
    "!!python/object/apply:os.system\n  - echo pwned",
    "!!python/object/new:subprocess.Popen [[touch, /tmp/briefdeck-pwned]]",
    "!!python/name:os.system", "!!python/module:os", "!!python/object:pathlib.Path {}",
])
@pytest.mark.parametrize("where", ["top", "title", "slide"])
@counted("hostile")
def test_python_tags_are_refused(tmp_path, no_commands, fragment, where):
    one_line = fragment.replace("\n  - ", " ")
    text = {"top": fragment + "\n",
            "title": f"briefdeck: 1\ntitle: {one_line}\n",
            "slide": f"briefdeck: 1\nslides:\n  - layout: section\n    title: {one_line}\n"}[where]
    message = refused(call("hostile", read_deck, text, tmp_path / "evil.yaml"), DeckError)
    assert "unsupported YAML tag" in message and "python/" in message
    assert not Path("/tmp/briefdeck-pwned").exists()


# --- XML entities in a Word document -----------------------------------------------------------
def _docx_with(tmp_path: Path, name: str, document_xml: str) -> Path:
    base = make_docx(tmp_path / "base.docx")
    out = tmp_path / name
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, document_xml if item.filename == "word/document.xml" else src.read(item))
    return out


def _entities(secret: Path, port: int) -> dict[str, str]:
    lol = '<!ENTITY a "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    return {
        "file": (f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">', "&xxe;"),
        "etc": ('<!ENTITY xxe SYSTEM "file:///etc/hostname">', "&xxe;"),
        "http": (f'<!ENTITY xxe SYSTEM "http://127.0.0.1:{port}/xxe">', "&xxe;"),
        "parameter": (f'<!ENTITY % p SYSTEM "{secret.as_uri()}"> %p;', ""),
        "parameter-http": (f'<!ENTITY % p SYSTEM "http://127.0.0.1:{port}/dtd"> %p;', ""),
        "laughs": (lol, "&i;"),
    }


def _hostname() -> str:
    try:
        return Path("/etc/hostname").read_text().strip()
    except OSError:
        return ""


@pytest.mark.parametrize("kind", ["file", "etc", "http", "parameter", "parameter-http", "laughs"])
@counted("hostile")
def test_docx_entities_are_not_expanded_or_fetched(tmp_path, secret, listener, kind):
    port, hits = listener
    declaration, use = _entities(secret, port)[kind]
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [{declaration}]><w:document {W}>'
           f"<w:body><w:p><w:r><w:t>Ferry notes {use} end of notes.</w:t></w:r></w:p></w:body></w:document>")
    result = call("hostile", read_source, _docx_with(tmp_path, f"{kind}.docx", xml), seconds=10)
    if outcome(result) == "ok":
        assert SECRET not in result.text and "lollol" not in result.text
        hostname = _hostname()
        assert not hostname or len(hostname) < 3 or hostname not in result.text.replace("Ferry notes", "")
    else:
        refused(result)
    time.sleep(0.1)
    assert hits == [], f"the reader fetched from the network: {hits!r}"


# --- XML entities in a PowerPoint template -----------------------------------------------------
def _template_with(tmp_path: Path, declaration: str, use: str) -> Path:
    buffer = io.BytesIO()
    pptx.Presentation().save(buffer)
    out = tmp_path / "company.pptx"
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename in ("ppt/slideLayouts/slideLayout2.xml", "ppt/slideLayouts/slideLayout6.xml"):
                text = data.decode("utf-8").replace("<p:sldLayout ", f"<!DOCTYPE p:sldLayout [{declaration}]>"
                                                                     "<p:sldLayout ", 1)
                data = re.sub(r"<a:t>[^<]*</a:t>", f"<a:t>Layout {use} text</a:t>", text, count=1).encode()
            dst.writestr(item, data)
    return out


@pytest.mark.parametrize("kind", ["file", "etc", "http", "parameter", "parameter-http", "laughs"])
@counted("hostile")
def test_template_entities_are_not_expanded_or_fetched(tmp_path, secret, listener, kind):
    port, hits = listener
    template = _template_with(tmp_path, *_entities(secret, port)[kind])
    deck = Deck(title="Freight", slides=[Slide("bullets", {"title": Item("Ports"), "bullets": [Item("Busy")]}),
                                         Slide("quote", {"quote": Item("We are busy"), "speaker": Item("A. Pilot")})])
    out = tmp_path / "out.pptx"
    result = call("hostile", export, Loaded(deck, tmp_path / "deck.yaml"), out, template=str(template), seconds=20)
    if outcome(result) == "ok":
        with zipfile.ZipFile(out) as z:
            for name in z.namelist():
                data = z.read(name)
                assert SECRET.encode() not in data and b"lollollol" not in data, name
                if name.endswith(".xml"):
                    assert b"<!DOCTYPE" not in data and b"<!ENTITY" not in data, name
        assert len(pptx.Presentation(str(out)).slides) == result.slide_count   # the output reopens
    else:
        refused(result, TemplateError)
    time.sleep(0.1)
    assert hits == [], f"the exporter fetched from the network: {hits!r}"


# --- web pages that would fetch ----------------------------------------------------------------
HOSTILE_PAGE = """<!DOCTYPE html><html><head><title>Harbour news</title>
<script src="http://127.0.0.1:{port}/tracker.js"></script>
<script>document.write("SCRIPT-TEXT-SHOULD-NOT-APPEAR"); fetch("http://127.0.0.1:{port}/beacon");</script>
<link rel="stylesheet" href="http://127.0.0.1:{port}/style.css"><style>@import url(http://127.0.0.1:{port}/x.css);
body {{ background: url(http://127.0.0.1:{port}/bg.png) }} .STYLE-TEXT-SHOULD-NOT-APPEAR {{}}</style>
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:{port}/refresh">
<base href="http://127.0.0.1:{port}/">
</head><body><article><h1>Ferry timetable changes in April</h1>
<p>The harbour board said on Thursday that the island ferry will sail every forty minutes from April.</p>
<iframe src="http://127.0.0.1:{port}/frame">IFRAME-TEXT-SHOULD-NOT-APPEAR</iframe>
<img src="http://127.0.0.1:{port}/pixel.gif" srcset="http://127.0.0.1:{port}/2x.gif 2x" onerror="alert(1)">
<object data="http://127.0.0.1:{port}/object.swf">OBJECT-TEXT</object><embed src="http://127.0.0.1:{port}/e">
<video src="http://127.0.0.1:{port}/v.mp4" poster="http://127.0.0.1:{port}/p.png"></video>
<svg><image href="http://127.0.0.1:{port}/svg.png"/><script>SVG-SCRIPT-SHOULD-NOT-APPEAR</script></svg>
<p>Captain Erik Sand said the newer vessel is quieter than the old one, which was retired last autumn.</p>
<noscript><img src="http://127.0.0.1:{port}/noscript.gif">NOSCRIPT-TEXT-SHOULD-NOT-APPEAR</noscript>
<script type="text/template">TEMPLATE-SCRIPT-SHOULD-NOT-APPEAR</script>
</article></body></html>"""


@pytest.mark.parametrize("ext", [".html", ".htm"])
@pytest.mark.parametrize("fallback", [False, True])
@counted("hostile")
def test_html_fetches_nothing_and_drops_scripts(tmp_path, listener, monkeypatch, ext, fallback):
    port, hits = listener
    if fallback:   # the visible-text path, used when trafilatura finds no article
        from briefdeck.readers import html as reader
        monkeypatch.setattr(reader.trafilatura, "bare_extraction", lambda *args, **kwargs: None)

    def refuse(*args, **kwargs):
        raise AssertionError("the HTML reader tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    path = tmp_path / f"page{ext}"
    path.write_text(HOSTILE_PAGE.format(port=port), encoding="utf-8")
    result = call("hostile", read_source, path, seconds=10)
    assert outcome(result) == "ok", result
    assert "forty minutes" in result.text and "quieter" in result.text
    # The fallback text inside <noscript>, <iframe> and <object> is what some browsers show: trafilatura
    # keeps it (and then runs the whole article into one paragraph: reported), so it is not checked here.
    for marker in ("SCRIPT-TEXT-SHOULD", "STYLE-TEXT", "SVG-SCRIPT", "TEMPLATE-SCRIPT",
                   "document.write", "fetch(", "alert(", "http://127.0.0.1", "tracker.js"):
        assert not re.search(rf"(?<!NO){re.escape(marker)}", result.text), (marker, result.text)
    time.sleep(0.1)
    assert hits == [], f"the reader fetched from the network: {hits!r}"


# --- bugs the fuzz suite found, each kept as a minimal regression test --------------------------


@pytest.mark.parametrize("text", [
    "briefdeck: 1\ntitle: Tariffs\ndate: 2026-02-30\n",          # a typo in a date: YAML reads it as a date
    "briefdeck: 1\ntitle: !!int x\n",
    "briefdeck: 1\ntitle: !!bool maybe\n",
    "briefdeck: 1\ntitle: !!timestamp x\n",
    "briefdeck: 1\nslides: [{<<: 3}]\n",
    "briefdeck: " + "9" * 5000 + "\n",
])
def test_yaml_values_that_escape_as_python_errors(tmp_path, text):
    with pytest.raises(DeckError):
        read_deck(text, tmp_path / "deck.yaml")


def test_source_path_with_a_nul(tmp_path):
    with pytest.raises(DeckError):
        load_deck(_write(tmp_path / "deck.yaml", 'briefdeck: 1\nsources:\n  - id: s\n    path: "a\\0b.md"\n'))


def test_lone_surrogate_in_deck_text(tmp_path):
    with pytest.raises(DeckError):
        read_deck("briefdeck: 1\ntitle: a\ud800b\n", tmp_path / "deck.yaml")


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_chart_values_that_are_not_numbers(tmp_path, value):
    """The loader takes .nan/.inf as chart values; the native chart then holds <c:v>nan</c:v>."""
    deck = _write(tmp_path / "deck.yaml", "briefdeck: 1\nslides:\n  - layout: chart\n    chart: {type: column, "
                                          f"categories: [a, b], series: [{{name: s, values: [{value}, 1]}}]}}\n")
    with pytest.raises(DeckError):
        load_deck(deck)


def test_bullets_slide_without_bullets_vanishes(tmp_path):
    deck = Deck(title="T", slides=[Slide("bullets", {"title": Item("Coming soon"), "bullets": []}, notes="Say hi")])
    result = export(Loaded(deck, tmp_path / "deck.yaml"), tmp_path / "out.pptx")
    assert result.slide_count >= 1 or any("bullet" in d.message for d in result.diagnostics)


@pytest.mark.parametrize("where", ["snippet", "chart"])
def test_integer_beyond_float_range(tmp_path, where):
    huge = "1" + "0" * 400
    (tmp_path / "s.md").write_text("The port handled many ships.\n", encoding="utf-8")
    text = ("briefdeck: 1\nsources: [{id: s, path: s.md}]\nsnippets:\n  - {id: n, kind: figure, source: s, "
            f"text: many ships, value: {huge}}}\n" if where == "snippet" else
            "briefdeck: 1\nslides:\n  - layout: chart\n    chart: {type: column, categories: [a], "
            f"series: [{{name: s, values: [{huge}]}}]}}\n")
    with pytest.raises(DeckError):
        load_deck(_write(tmp_path / "deck.yaml", text))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path

