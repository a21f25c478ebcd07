"""Readers: any file with a supported extension gives a Source or a SourceError with a message, quickly.

Hypothesis feeds random bytes, text in many encodings (UTF-16 without BOM, invalid UTF-8), NULs and
control characters, random HTML trees, and valid PDFs and Word files cut short, with bytes flipped
or with a member replaced. Plain tests add the large and odd cases: empty files, a 1 MB line,
<div> nested 10,000 deep, 100,000 paragraphs, a zip bomb, and files in another format's clothes.
"""
from __future__ import annotations

import io
import re
import socket
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefdeck.core import Source
from briefdeck.readers import read_source
from fuzzkit import LONG, call, counted, damage, damage_ops, examples, outcome
from test_readers_formats import make_docx, make_pdf, review_pages

EXTENSIONS = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@pytest.fixture(scope="module", autouse=True)
def _no_network():
    """Readers never fetch anything: any connection attempt fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to use the network")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", refuse)
        mp.setattr(socket, "create_connection", refuse)
        mp.setattr(socket, "getaddrinfo", refuse)
        yield


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("readers")


@pytest.fixture(scope="module")
def valid_docx(folder) -> bytes:
    return make_docx(folder / "valid.docx").read_bytes()


VALID_PDF = make_pdf(review_pages(), {"Title": "Annual Review", "Author": "Harbour Authority",
                                      "CreationDate": "D:20240215120000+01'00'"})


def check_source(result, name: str) -> None:
    """A Source with clean text: no control characters, page starts in order and in range."""
    if outcome(result) != "ok":
        return
    assert isinstance(result, Source), result
    text = result.text
    assert isinstance(text, str) and text.strip(), f"{name}: read as an empty source"
    bad = _CONTROL.search(text)
    assert bad is None, f"{name}: control character {bad.group()!r} at {bad.start()} in the source text"
    assert "\r" not in text
    starts = result.page_starts
    assert starts == sorted(starts) and all(0 <= s <= len(text) for s in starts), starts
    for field in (result.title, result.author, result.publisher, result.date, result.url):
        assert isinstance(field, str)


@pytest.fixture(scope="module", autouse=True)
def _warm(folder):
    """Read a page with a byline once, untimed: the first one loads dateparser's locales (~2 s, more on a
    busy machine), a one-off cost, not a hang."""
    page = folder / "warm.html"
    page.write_bytes(b"<html><body><article><p>By Jane\x1b[31m Doe | Gazette | 14 April 2026</p><p>The ferry "
                     b"sails every forty minutes from April, the harbour board said.</p></article></body></html>")
    read_source(page)


def read(folder: Path, name: str, data: bytes, seconds: float = 10):
    path = folder / name
    path.write_bytes(data)
    result = call("readers", read_source, path, seconds=seconds)
    check_source(result, name)
    return result


# --- strategies --------------------------------------------------------------------------------
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "cp1251",
             "shift_jis", "gb18030", "koi8-r", "mac-roman")
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
WORDY = st.lists(st.sampled_from(["the", "harbour", "ferry", "caf\u00e9", "\u201cquoted\u201d", "\u2019s",
                                  "\u00e2\u20ac\u2122", "\u00c3\u00a9", "&amp;", "&#8217;", "\u00a0", "\u200b",
                                  "\u0085", "\u2028", "\x00", "\x1b", "\x7f", "\r\n", "\n", "\n\n", "  ", "# ", "* ",
                                  "- ", "1. ", "By Jane Doe | Gazette | 14 April 2026", "42%", "$1.2 billion",
                                  "\ufeff", "\ufffd", "\U0001F600", "\u0645\u0631\u062d\u0628\u0627", "\u202e"]),
                 max_size=80).map(" ".join)
encoded = st.builds(lambda text, enc: text.encode(enc, errors="replace"), st.one_of(TEXT, WORDY),
                    st.sampled_from(ENCODINGS))

TAGS = ("p", "div", "span", "h1", "h2", "article", "main", "section", "ul", "ol", "li", "table", "tr", "td", "th",
        "blockquote", "pre", "br", "script", "style", "iframe", "img", "a", "noscript", "template", "svg", "nav",
        "header", "footer", "aside", "form", "button", "meta", "title", "head", "body", "html", "b", "i", "!--",
        "?xml", "!DOCTYPE", "object", "math", "select", "time")
ATTRS = (' class="content"', ' id="main"', ' src="http://example.invalid/x.js"', ' href="https://example.invalid/"',
         ' charset="utf-8"', ' http-equiv="Content-Type" content="text/html; charset=shift_jis"',
         ' property="og:title" content="A title"', ' name="author" content="J. Doe"', ' datetime="2024-02-30"',
         ' style="display:none"', ' onload="alert(1)"', ' charset="bogus-42"', ' lang="ar" dir="rtl"')


def _html_tree():
    leaf = st.one_of(WORDY, TEXT.map(lambda t: t.replace("<", "&lt;")), st.sampled_from(["&nbsp;", "&bogus;", "&#0;",
                                                                                           "&#x110000;", "<", ">"]))

    def node(children):
        return st.builds(lambda tag, attr, kids, close: f"<{tag}{attr}>{''.join(kids)}" + (f"</{tag}>" * close),
                         st.sampled_from(TAGS), st.sampled_from(("",) + ATTRS), st.lists(children, max_size=5),
                         st.booleans())
    return st.recursive(leaf, node, max_leaves=30)


html = _html_tree()


# --- properties --------------------------------------------------------------------------------
@settings(max_examples=examples(120))
@given(ext=st.sampled_from(EXTENSIONS), data=st.binary(max_size=3000))
@counted("readers")
def test_random_bytes(folder, ext, data):
    read(folder, "random" + ext, data)


@settings(max_examples=examples(120))
@given(ext=st.sampled_from(EXTENSIONS), data=encoded,
       noise=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from([b"\x00", b"\x01\x02", b"\x1b[31m", b"\x7f",
                                                                        b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf",
                                                                        b"\xc3", b"\x80\x81", b"\r", b"\x0c"])),
                      max_size=3))
@counted("readers")
def test_text_in_any_encoding(folder, ext, data, noise):
    out = bytearray(data)
    for at, junk in noise:
        out[at % (len(out) + 1):at % (len(out) + 1)] = junk
    read(folder, "encoded" + ext, bytes(out))


@settings(max_examples=examples(100))
@given(ext=st.sampled_from((".html", ".htm")), body=html, wrap=st.booleans(),
       encoding=st.sampled_from(("utf-8", "utf-16", "cp1252", "utf-16-le")))
@counted("readers")
def test_html_trees(folder, ext, body, wrap, encoding):
    page = f"<html><head><title>T</title></head><body>{body}</body></html>" if wrap else body
    read(folder, "tree" + ext, page.encode(encoding, errors="replace"))


@settings(max_examples=examples(80, long=3000))
@given(ops=damage_ops(), ext=st.sampled_from((".pdf", ".pdf", ".pdf", ".docx", ".txt")))
@counted("readers")
def test_damaged_pdf(folder, ops, ext):
    read(folder, "damaged" + ext, damage(VALID_PDF, ops))


@settings(max_examples=examples(80, long=3000))
@given(ops=damage_ops(), ext=st.sampled_from((".docx", ".docx", ".docx", ".pdf", ".html")))
@counted("readers")
def test_damaged_docx(folder, valid_docx, ops, ext):
    read(folder, "damaged" + ext, damage(valid_docx, ops))


@settings(max_examples=examples(60, long=3000))
@given(member=st.sampled_from(["word/document.xml", "word/styles.xml", "[Content_Types].xml", "_rels/.rels",
                               "word/_rels/document.xml.rels", "docProps/core.xml", "word/numbering.xml"]),
       content=st.one_of(st.binary(max_size=200), html.map(lambda s: s.encode("utf-8")),
                         st.sampled_from([b"", b"<w:document/>", b"<?xml version='1.0'?><x/>",
                                          b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                                          b'2006/main"><w:body><w:p><w:r><w:t>\x01</w:t></w:r></w:p></w:body>'
                                          b'</w:document>',
                                          b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                                          b'<x>&b;</x>'])),
       drop=st.booleans())
@counted("readers")
def test_docx_with_a_bad_member(folder, valid_docx, member, content, drop):
    """A real .docx whose one member is replaced by junk, or removed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(valid_docx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename != member:
                dst.writestr(item, src.read(item))
            elif not drop:
                dst.writestr(item, content)
    read(folder, "member.docx", out.getvalue())


# --- large and odd inputs: one case each ---------------------------------------------------------
def _docx_of(paragraphs) -> bytes:
    """A minimal .docx written as XML text: fast for 100,000 paragraphs, unlike python-docx's API."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                   'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{body}'
                                        '</w:body></w:document>')
    return out.getvalue()


_WORDS = ("harbour", "ferry", "crane", "quay", "pilot", "tug", "berth", "dock", "lock", "buoy", "mooring", "cargo")


def _paragraphs(n: int) -> list[str]:
    """Distinct paragraphs, and not alike but for their numbers (a PDF's running heads are found that way)."""
    w = _WORDS
    return [f"Paragraph {i} says the {w[i % 12]} {w[i // 12 % 12]} handled {w[i // 144 % 12]} {w[i // 1728 % 12]} "
            f"{w[i // 20736 % 12]} ships." for i in range(n)]


# The 100,000-paragraph HTML page takes ~26 s in trafilatura, the PDF ~55 s in pdfminer (about
# linear: 5,000 paragraphs 2.7 s), the Word file 22-25 s and the 7 MB plain text 17 s (cleaning it), too
# close to the 30 s that tells a hang on a busy machine: the usual run reads smaller ones, the long run all.
BIG = 100_000
SMALLER = {".html": 20_000 if not LONG else BIG, ".htm": 20_000 if not LONG else BIG,
           ".docx": 20_000 if not LONG else BIG, ".pdf": 2_000 if not LONG else BIG,
           ".txt": 50_000 if not LONG else BIG, ".md": 50_000 if not LONG else BIG}


def _big_document(ext: str, n: int) -> bytes:
    paras = _paragraphs(n)
    if ext in (".txt", ".md"):
        return "\n\n".join(paras).encode("utf-8")
    if ext in (".html", ".htm"):
        return ("<html><body><article>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>").encode()
    if ext == ".docx":
        return _docx_of(paras)
    per_page = 25
    return make_pdf([[(72, 800 - 30 * j, p) for j, p in enumerate(paras[i:i + per_page])]
                     for i in range(0, len(paras), per_page)])


@pytest.mark.parametrize("ext", EXTENSIONS)
@counted("readers")
def test_many_paragraphs(folder, ext):
    n = SMALLER.get(ext, BIG)
    result = read(folder, "many" + ext, _big_document(ext, n), seconds=120 if LONG else 30)
    assert outcome(result) == "ok", result
    assert f"Paragraph {n - 1} says" in result.text


@pytest.mark.parametrize("ext", EXTENSIONS)
@counted("readers")
def test_empty_and_blank(folder, ext):
    for data in (b"", b" ", b"\n\n\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00" * 16, b"\t \r\n"):
        result = read(folder, "blank" + ext, data)
        assert outcome(result) == "refused", (data, result)


@pytest.mark.parametrize("ext", EXTENSIONS)
@counted("readers")
def test_one_megabyte_line(folder, ext):
    line = ("word " * 210_000)[:1_048_576].encode()
    read(folder, "line" + ext, line, seconds=30)


@pytest.mark.parametrize("ext", EXTENSIONS)
@counted("readers")
def test_binary_with_this_extension(folder, ext):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    elf = b"\x7fELF\x02\x01\x01" + bytes(9) + bytes(range(1, 256)) * 20
    for data in (png, elf, b"\x00\x01" * 2000, bytes(range(128, 256)) * 30):
        result = read(folder, "binary" + ext, data)
        assert outcome(result) == "refused", (ext, data[:8], result)


@pytest.mark.parametrize("ext", (".html", ".htm"))
@counted("readers")
def test_deeply_nested_html(folder, ext):
    for page in (b"<div>" * 10_000 + b"Deep text at the bottom of the page." + b"</div>" * 10_000,
                 b"<html><body>" + b"<div><p><span>" * 10_000 + b"Deep text." + b"</span></p></div>" * 10_000,
                 b"<ul><li>" * 10_000 + b"item",
                 b"<table><tr><td>" * 5_000 + b"cell"):
        read(folder, "deep" + ext, page, seconds=20)


@pytest.mark.parametrize("ext", (".txt", ".md", ".html"))
@counted("readers")
def test_utf16_without_bom_and_invalid_utf8(folder, ext):
    text = "Caf\u00e9 notes: the ferry \u2014 \u201con time\u201d \u2014 sailed at six.\n" * 20
    for data in (text.encode("utf-16-le"), text.encode("utf-16-be"), text.encode("utf-8")[:-1] + b"\xc3",
                 b"ok \xff\xfe\xfd " * 50, text.encode("utf-8").replace(b"\xc3", b"\xc0")):
        result = read(folder, "enc" + ext, data)
        if data[:2] in (b"C\x00", b"\x00C"):
            assert outcome(result) == "ok" and "ferry" in result.text, result


@counted("readers")
def test_zip_bomb_named_docx(folder):
    """A member that inflates 1,000 times, and one whose header under-states its size."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("word/media/zeros.bin", bytes(30 * 1024 * 1024))
    result = read(folder, "bomb.docx", out.getvalue(), seconds=10)
    assert outcome(result) == "refused" and "refused" in str(result), result

    big = _docx_of(["A " * 100_000] * 30)   # 6 MB of text, its headers then saying it is 100 bytes
    read(folder, "liar.docx", _understate(big, "word/document.xml", 100), seconds=10)


def _understate(data: bytes, member: str, size: int) -> bytes:
    """A zip whose local and central headers give ``member`` an uncompressed size of ``size``."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(member)
    out[info.header_offset + 22:info.header_offset + 26] = struct.pack("<I", size)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46:at + 46 + name_len] == member.encode():
            out[at + 24:at + 28] = struct.pack("<I", size)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


@counted("readers")
def test_files_in_another_formats_clothes(folder, valid_docx):
    cases = {"zip.pdf": valid_docx, "pdf.docx": VALID_PDF, "pdf.html": VALID_PDF, "docx.txt": valid_docx,
             "pdf.txt": VALID_PDF, "docx.htm": valid_docx, "pdf.md": VALID_PDF}
    for name, data in cases.items():
        result = read(folder, name, data)
        if name.endswith((".pdf", ".docx")) or name.startswith("docx"):
            assert outcome(result) == "refused", (name, result)
        # an all-ASCII PDF such as make_pdf's named .txt/.md/.html is read as text: odd, but text


@counted("readers")
def test_pdf_with_a_zip_inside_and_junk_around(folder):
    """%PDF header and %%EOF trailer around junk, or around a zip: refused, never a crash."""
    for data in (b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n",
                 b"%PDF-1.4\n" + VALID_PDF[9:-6] * 3 + b"%%EOF\n",
                 VALID_PDF.replace(b"/Count 3", b"/Count 99999999"),
                 VALID_PDF.replace(b"/Kids [", b"/Kids [1 0 R "),        # a page tree that contains itself
                 VALID_PDF.replace(b"/Parent 2 0 R", b"/Parent 4 0 R"),
                 VALID_PDF.replace(b"/Length ", b"/Length 9"),
                 VALID_PDF.replace(b"startxref\n", b"startxref\n9")):
        read(folder, "odd.pdf", data, seconds=10)
