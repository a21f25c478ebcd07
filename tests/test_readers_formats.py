"""HTML, PDF and Word sources, and legacy text encodings. Every fixture is built here, from invented text."""
from __future__ import annotations

import datetime
import hashlib
import io
import socket
import struct
import subprocess
import sys
import zipfile

import pytest

from briefdeck.core import SourceError
from briefdeck.readers import READERS, read_source

# --- HTML --------------------------------------------------------------------------------

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ferry timetable shake-up for Gullhaven | Gullhaven Gazette</title>
<meta property="og:site_name" content="Gullhaven Gazette">
<meta property="og:title" content="Ferry timetable shake-up for Gullhaven">
<meta property="og:url" content="https://gazette.example/news/ferry-timetable">
<meta property="article:published_time" content="2024-03-07T08:15:00+00:00">
<meta name="author" content="Marta Lindqvist">
<script>window.dataLayer = []; function track() { return "trackingcode"; }</script>
<style>.ad { color: red }</style>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
<header class="site-header"><a href="/">Gullhaven Gazette</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="ad advertisement">Advertisement: discount herring tins today at Fiskmarket!</div>
<main><article>
<h1>Ferry timetable shake-up for Gullhaven</h1>
<p class="byline">By <span class="author">Marta Lindqvist</span>, <time datetime="2024-03-07">7 March 2024</time></p>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<p>The Gullhaven ferry will run every forty minutes from April, the harbour board said on Thursday,
ending a decade of hourly crossings to the island of Skarv\u00f6.</p>
<p>The change follows a rise in passenger numbers after the new fish market opened on the north quay.
Board chair Ingrid Holm said the extra sailings would cost about 1.2 million crowns a year.</p>
<h2>What changes for passengers</h2>
<ul><li>First departure moves to 05:40.</li><li>Bicycles travel free on weekday mornings.</li></ul>
<blockquote>We have listened to the islanders, and the timetable now matches the tides of daily life.</blockquote>
<p>Some residents worry about noise. Captain Erik Sand said the newer vessel is quieter than the old
Marit, which was retired last autumn after thirty-one years of service.</p>
</article></main>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Harbour crane repainted</a></li></ul></aside>
<section id="comments" class="comments"><h3>Leave a Reply</h3>
<form id="commentform"><p>Your email address will never be shared. Fields marked * are required</p>
<textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></section>
<footer class="site-footer"><p>Copyright 2024 Gullhaven Gazette. All rights reserved.</p></footer>
<script>track();</script>
</body></html>"""

LEGACY_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>Caf\u00e9 prices on the quay</title></head><body><article>
<h1>Caf\u00e9 prices on the quay</h1>
<p>The harbour caf\u00e9 \u2018Sj\u00f6boden\u2019 raised the price of coffee again \u2014 \u201cthe third time this
year\u201d, said \u00c5sa Berg, who has sold fish on the quay for twenty years. The owners blame the cost of
milk and the new rent charged by the harbour board since the pier was rebuilt last winter.</p>
<p>Tourists seem not to mind: queues on Saturday mornings reach the ferry ramp, and the caf\u00e9 now opens at
six to catch the first crossing to Skarv\u00f6.</p>
</article></body></html>"""


def write(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.parametrize("stamp", ["Posted: Mar. 18, 2026 4:52 PM EDT | Last Updated: Mar. 19, 2026 9:10 AM EDT",
                                   "By Jo Doe-Roe | Mar. 18, 2026"])
def test_a_pages_posted_line_or_byline_dates_it_when_only_a_copyright_year_says_otherwise(tmp_path, no_network, stamp):
    page = ("<html><head><title>Mill town signs benefits deal</title></head><body><main><article>"
            "<h1>Mill town signs benefits deal</h1>"
            f"<p class='meta'>{stamp}</p>"
            + "".join(f"<p>The township and the mine signed a benefits agreement on Tuesday, the {n} such deal "
                      "in the region this year, the council said in a statement.</p>" for n in ("first", "second"))
            + "</article></main><footer><p>\u00a9 2026 Northshore Broadcasting Ltd. All rights reserved.</p>"
            "</footer></body></html>")
    assert read_source(write(tmp_path, "deal.html", page)).date == "2026-03-18"


def test_html_keeps_the_article_and_drops_the_boilerplate(tmp_path, no_network):
    source = read_source(write(tmp_path, "gazette.html", ARTICLE_PAGE))
    text = source.text
    assert text.startswith("Ferry timetable shake-up for Gullhaven\n\nThe Gullhaven ferry will run every forty "
                           "minutes from April, the harbour board said on Thursday, ending a decade of hourly "
                           "crossings to the island of Skarv\u00f6.\n\nThe change follows")
    assert "What changes for passengers\n\n\u2022 First departure moves to 05:40.\n" \
           "\u2022 Bicycles travel free on weekday mornings.\n\nWe have listened" in text
    assert "matches the tides of daily life.\n\nSome residents worry" in text
    assert text.endswith("thirty-one years of service.")
    for boilerplate in ("cookies", "Sport", "Advertisement", "herring", "Share on", "Leave a Reply",
                        "will never be shared", "Post Comment", "Related stories", "Copyright", "track",
                        "dataLayer", "color: red"):
        assert boilerplate not in text, boilerplate
    assert "\n\n\n" not in text
    assert (source.title, source.author, source.publisher, source.date, source.url) == (
        "Ferry timetable shake-up for Gullhaven", "Marta Lindqvist", "Gullhaven Gazette", "2024-03-07",
        "https://gazette.example/news/ferry-timetable")
    assert source.extra["extraction"] == "main text"
    assert read_source(tmp_path / "gazette.html").text == text  # no dedup cache between reads


STANDFIRST_PAGE = """<!DOCTYPE html><html><head><title>Grain port strike enters third day | The Coast Courier</title>
</head><body><nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<main><article>
<h1>Grain port strike enters third day</h1>
<p class="standfirst">Twenty-two ships wait at anchor while talks between the terminal operator and the union stay stalled.</p>
<div class="byline">By Desk Reporter</div>
<div class="article-body">
<p>A strike by about 1 400 dock workers at the grain terminal entered its third day on Wednesday, halting loading
at four of the port's six berths. The terminal operator said it had offered a 6% wage increase over two years.</p>
<p>The union wants 11% and says the offer does not keep pace with the cost of living in the port city, where
rents rose sharply last year. Farmers upstream say their storage bins are already close to full.</p>
<p>Mediators from the labour department are expected to meet both sides again on Friday morning.</p>
</div></article></main><footer>All rights reserved.</footer></body></html>"""


def test_html_puts_back_a_standfirst_set_outside_the_article_body(tmp_path):
    text = read_source(write(tmp_path, "courier.html", STANDFIRST_PAGE)).text
    assert text.startswith("Twenty-two ships wait at anchor while talks between the terminal operator and the "
                           "union stay stalled.\n\nA strike by about 1 400 dock workers")
    assert text.count("Twenty-two ships") == 1
    page = STANDFIRST_PAGE.replace('<div class="article-body">', '<div class="article-body"><p class="dek">Twenty-two '
                                   'ships wait at anchor while talks between the terminal operator and the union stay '
                                   'stalled.</p>')
    assert read_source(write(tmp_path, "again.html", page)).text.count("Twenty-two ships") == 1


def test_html_puts_back_the_key_points_listed_under_the_headline(tmp_path):
    start = STANDFIRST_PAGE.index('<div class="byline">')
    page = (STANDFIRST_PAGE[:start] + '<ul class="key-points"><li>Key Points</li><li>Loading has stopped at four '
            'of the six berths as the strike enters its third day.</li><li>The union wants 11% over two years; the '
            'operator offers 6%.</li></ul>' + STANDFIRST_PAGE[start:])
    text = read_source(write(tmp_path, "points.html", page)).text
    assert "Loading has stopped at four of the six berths as the strike enters its third day.\n\nThe union wants 11% " \
           "over two years; the operator offers 6%." in text
    assert "Key Points" not in text and text.count("Loading has stopped") == 1
    assert "A strike by about 1 400 dock workers" in text


@pytest.mark.parametrize("charset,encoding", [("windows-1252", "cp1252"), ("iso-8859-1", "cp1252")])
def test_html_meta_charset_is_honoured(tmp_path, charset, encoding):
    page = LEGACY_PAGE.format(charset=charset)
    source = read_source(write(tmp_path, "cafe.htm", page.encode("cp1252")))
    assert "\u2018Sj\u00f6boden\u2019 raised the price of coffee again \u2014 \u201cthe third time this year\u201d, " \
           "said \u00c5sa Berg" in source.text
    assert source.title == "Caf\u00e9 prices on the quay"
    assert source.extra["encoding"] == encoding


def test_html_without_a_declared_charset_is_detected(tmp_path):
    page = LEGACY_PAGE.replace('<meta http-equiv="Content-Type" content="text/html; charset={charset}">', "")
    source = read_source(write(tmp_path, "cafe.html", page.encode("cp1252")))
    assert "\u201cthe third time this year\u201d" in source.text


def test_html_a_wrong_meta_charset_does_not_garble_utf8(tmp_path):
    page = LEGACY_PAGE.format(charset="utf-8")
    source = read_source(write(tmp_path, "cafe.html", page.encode("cp1252")))
    assert "\u2018Sj\u00f6boden\u2019" in source.text


def test_html_with_bom_and_xml_declaration(tmp_path):
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + ARTICLE_PAGE.replace("<!DOCTYPE html>\n", "")
    source = read_source(write(tmp_path, "x.xhtml.html", b"\xef\xbb\xbf" + page.encode("utf-8")))
    assert source.text.startswith("Ferry timetable shake-up for Gullhaven\n\n")
    assert "\ufeff" not in source.text


def test_html_falls_back_to_the_visible_body_text(tmp_path, monkeypatch):
    from briefdeck.readers import html as reader

    monkeypatch.setattr(reader.trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    page = ("<html><head><title>Berths</title><style>p {}</style></head><body>\n<h1>Quay  berths</h1>"
            "<div><p>Twelve berths\n on the north quay.</p><p>Two on the south.</p></div>"
            "<ul><li>North: 12</li><li>South: <b>2</b></li></ul><script>var x = 'hidden';</script>"
            "<table><tr><th>Quay</th><th>Depth</th></tr><tr><td>North</td><td>7 m</td></tr></table>"
            "<!-- a comment -->Tail text<br>after a break</body></html>")
    source = read_source(write(tmp_path, "berths.html", page))
    assert source.extra["extraction"] == "visible text"
    assert source.text == ("Quay berths\n\nTwelve berths on the north quay.\n\nTwo on the south.\n\n"
                           "North: 12\nSouth: 2\n\nQuay Depth\nNorth 7 m\n\nTail text\nafter a break")
    assert source.title == "Quay berths"  # trafilatura prefers a lone <h1> to <title>


def test_html_control_characters_are_dropped(tmp_path):
    page = ARTICLE_PAGE.replace("Board chair", "Board\x07 chair\x1b")
    assert "\x07" not in read_source(write(tmp_path, "ctl.html", page)).text


@pytest.mark.parametrize("data,words", [(b"", "empty"), (b"  \n ", "empty"),
                                        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
                                        (b"<html><body><script>x()</script></body></html>", "no readable text")])
def test_html_unreadable(tmp_path, data, words):
    with pytest.raises(SourceError) as exc:
        read_source(write(tmp_path, "bad.html", data))
    assert "bad.html" in str(exc.value) and words in str(exc.value)


# --- PDF ---------------------------------------------------------------------------------

def pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def make_pdf(pages: list[list[tuple[float, float, str]]], info: dict | None = None,
             encrypt: tuple[str, bytes, bytes] | None = None) -> bytes:
    """A minimal PDF by hand: each page a list of (x, y, text) lines in 11 pt Helvetica."""
    objects: list = ["<< /Type /Catalog /Pages 2 0 R >>", None,
                     "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops = "".join(f"BT /F1 11 Tf {x} {y} Td {pdf_string(t)} Tj ET\n" if t else f"{x} {y} 90 90 re f\n"
                      for x, y, t in lines).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"endstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objects)} 0 R >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    trailer = ""
    if info:
        objects.append("<< " + " ".join(f"/{key} {pdf_string(value)}" for key, value in info.items()) + " >>")
        trailer += f" /Info {len(objects)} 0 R"
    if encrypt:
        doc_id, owner, user = encrypt
        objects.append(f"<< /Filter /Standard /V 1 /R 2 /P -4 /O <{owner.hex()}> /U <{user.hex()}> >>")
        trailer += f" /Encrypt {len(objects)} 0 R /ID [<{doc_id}> <{doc_id}>]"
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + (body if isinstance(body, bytes) else body.encode()) + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def password_entries(user: bytes, owner: bytes, doc_id: bytes) -> tuple[bytes, bytes]:
    """/O and /U for the PDF standard security handler, revision 2 (40-bit RC4)."""
    pad = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
    o = rc4(hashlib.md5((owner + pad)[:32]).digest()[:5], (user + pad)[:32])
    key = hashlib.md5((user + pad)[:32] + o + struct.pack("<i", -4) + doc_id).digest()[:5]
    return o, rc4(key, pad)


REVIEW = {
    1: [["The Harbour Authority of Gullhaven handled more cargo in 2023 than in any",
         "year since records began, driven by the opening of the new manufac-",
         "turing zone on the north quay."],
        ["Passenger numbers on the Skarvo ferry rose by a fifth. The cross-",
         "border freight route to Norrvik, the first cross-border service, resumed in May."]],
    2: [["Dredging of the inner basin finished in October, two weeks ahead of",
         "schedule and within budget."],
        ["The authority plans to replace the old harbour crane in 2025."]],
    3: [["Revenue from mooring fees reached 4.1 million crowns, up eight per cent."],
        ["The board thanks the pilots and the lock keepers for a safe year."]],
}


def review_pages(header: str = "Harbour Authority Annual Review", footer: str = "Page {n}") -> list:
    pages = []
    for n, paragraphs in REVIEW.items():
        lines, y = [(72, 800, header)], 740
        for paragraph in paragraphs:
            for line in paragraph:
                lines.append((72, y, line))
                y -= 14
            y -= 28
        pages.append(lines + [(280, 40, footer.format(n=n))])
    return pages


@pytest.fixture
def review(tmp_path):
    info = {"Title": "Annual Review 2023", "Author": "Harbour Authority of Gullhaven",
            "CreationDate": "D:20240215120000+01'00'"}
    return read_source(write(tmp_path, "review.pdf", make_pdf(review_pages(), info)))


def test_pdf_text_without_running_heads_and_with_mended_hyphens(review):
    assert review.text == (
        "The Harbour Authority of Gullhaven handled more cargo in 2023 than in any year since records began, "
        "driven by the opening of the new manufacturing zone on the north quay.\n\n"
        "Passenger numbers on the Skarvo ferry rose by a fifth. The cross-border freight route to Norrvik, "
        "the first cross-border service, resumed in May.\n\n"
        "Dredging of the inner basin finished in October, two weeks ahead of schedule and within budget.\n\n"
        "The authority plans to replace the old harbour crane in 2025.\n\n"
        "Revenue from mooring fees reached 4.1 million crowns, up eight per cent.\n\n"
        "The board thanks the pilots and the lock keepers for a safe year.")
    assert (review.title, review.author, review.date) == (
        "Annual Review 2023", "Harbour Authority of Gullhaven", "2024-02-15")
    assert review.title_guessed      # from the document properties: the pages show no headline


def test_pdf_page_starts(review):
    assert len(review.page_starts) == 3 and review.page_starts[0] == 0
    assert review.text[review.page_starts[1]:].startswith("Dredging of the inner basin")
    assert review.text[review.page_starts[2]:].startswith("Revenue from mooring fees")
    assert review.page_at(review.text.index("manufacturing")) == 1
    assert review.page_at(review.text.index("crane in 2025")) == 2
    assert review.page_at(review.text.index("Dredging")) == 2
    assert review.page_at(review.text.index("lock keepers")) == 3


def test_pdf_two_page_document_loses_its_running_heads(tmp_path):
    pages = review_pages(header="Gullhaven Pilots' Newsletter", footer="- {n} -")[:2]
    source = read_source(write(tmp_path, "two.pdf", make_pdf(pages)))
    assert "Newsletter" not in source.text and "- 1 -" not in source.text
    assert source.text.startswith("The Harbour Authority") and source.page_starts[1] > 0


def test_pdf_one_page_keeps_its_heading_but_not_its_page_number(tmp_path):
    lines = [(72, 800, "Ferry Safety Notice"), (72, 740, "Life jackets are stored under every bench."),
             (280, 40, "Page 1 of 1")]
    source = read_source(write(tmp_path, "notice.pdf", make_pdf([lines])))
    assert source.text == "Ferry Safety Notice\n\nLife jackets are stored under every bench."
    assert source.page_starts == [0]
    assert (source.title, source.title_guessed) == ("Ferry Safety Notice", True)   # body size: not a headline


def test_pdf_page_without_text_still_gets_a_start(tmp_path):
    pages = review_pages()
    pages.insert(1, [(100, 100, "")])  # a drawing only
    source = read_source(write(tmp_path, "gap.pdf", make_pdf(pages)))
    assert len(source.page_starts) == 4
    assert source.page_starts == sorted(source.page_starts)
    assert source.text[source.page_starts[2]:].startswith("Dredging")


def test_pdf_with_no_text_layer(tmp_path):
    with pytest.raises(SourceError) as exc:
        read_source(write(tmp_path, "scan.pdf", make_pdf([[(100, 100, "")], [(50, 50, "")]])))
    assert "scan.pdf" in str(exc.value) and "no text" in str(exc.value)
    assert "OCR" in exc.value.diagnostics[0].hint


def test_pdf_encrypted_with_a_password(tmp_path):
    doc_id = "0123456789abcdef0123456789abcdef"
    owner, user = password_entries(b"secret", b"owner", bytes.fromhex(doc_id))
    data = make_pdf(review_pages(), encrypt=(doc_id, owner, user))
    with pytest.raises(SourceError) as exc:
        read_source(write(tmp_path, "locked.pdf", data))
    assert "locked.pdf: not a readable PDF" in str(exc.value) and "password" in str(exc.value)


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_pdf_truncated(tmp_path, cut):
    data = make_pdf(review_pages())
    with pytest.raises(SourceError) as exc:
        read_source(write(tmp_path, "cut.pdf", data[:int(len(data) * cut)]))
    assert "cut.pdf: not a readable PDF" in str(exc.value)
    assert exc.value.diagnostics[0].hint


@pytest.mark.parametrize("data", [b"", b"Minutes of the harbour board, not a PDF at all.\n",
                                  b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n%%EOF\n",
                                  b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n"])
def test_pdf_unreadable(tmp_path, data):
    with pytest.raises(SourceError) as exc:
        read_source(write(tmp_path, "bad.pdf", data))
    assert "bad.pdf" in str(exc.value)


# --- Word --------------------------------------------------------------------------------

def make_docx(path, title: str = "Gullhaven Ferry Review"):
    import docx

    document = docx.Document()
    document.add_heading(title, 0)
    document.add_paragraph("The island ferry carried 210,000 passengers last year, a record.")
    document.add_heading("Timetable", 1)
    document.add_paragraph("From April the ferry sails every\tforty minutes.")
    document.add_paragraph("First departure at 05:40", style="List Bullet")
    document.add_paragraph("Bicycles free before nine", style="List Bullet")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["Route", "Crossings", "Minutes"], ["Skarv\u00f6", "24", "18"],
                             ["Norrvik", "6", "55"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("")
    document.add_paragraph("Board the ferry", style="List Number")
    document.add_paragraph("Pay on board", style="List Number")
    document.add_paragraph("Fares are unchanged.")
    document.core_properties.author = "Ingrid Holm"
    document.core_properties.title = "Ferry review 2024"
    document.core_properties.created = datetime.datetime(2024, 5, 2, 9, 30)
    document.save(path)
    return path


def test_docx_blocks_in_document_order(tmp_path):
    source = read_source(make_docx(tmp_path / "review.docx"))
    assert source.text == (
        "Gullhaven Ferry Review\n\n"
        "The island ferry carried 210,000 passengers last year, a record.\n\n"
        "Timetable\n\n"
        "From April the ferry sails every forty minutes.\n\n"
        "\u2022 First departure at 05:40\n\u2022 Bicycles free before nine\n\n"
        "Route | Crossings | Minutes\nSkarv\u00f6 | 24 | 18\nNorrvik | 6 | 55\n\n"
        "1. Board the ferry\n2. Pay on board\n\n"
        "Fares are unchanged.")
    assert (source.title, source.title_guessed, source.author) == ("Gullhaven Ferry Review", False, "Ingrid Holm")
    assert source.date == "2024-05-02"


def test_docx_title_falls_back_to_the_title_paragraph(tmp_path):
    import docx

    path = make_docx(tmp_path / "untitled.docx", title="Quay Works")
    document = docx.Document(str(path))
    document.core_properties.title = ""
    document.save(path)
    assert read_source(path).title == "Quay Works"


@pytest.mark.parametrize("data,words", [
    (b"", "empty"),
    (b"Not a zip, just words about the ferry.", "not a readable Word document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "old Word (.doc)"),
])
def test_docx_unreadable(tmp_path, data, words):
    with pytest.raises(SourceError) as exc:
        read_source(write(tmp_path, "bad.docx", data))
    assert "bad.docx" in str(exc.value) and words in str(exc.value)


def test_docx_truncated_or_not_word(tmp_path):
    data = make_docx(tmp_path / "whole.docx").read_bytes()
    with pytest.raises(SourceError, match="cut.docx: not a readable Word document"):
        read_source(write(tmp_path, "cut.docx", data[:len(data) // 2]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(SourceError, match="sheet.docx: not a readable Word document"):
        read_source(write(tmp_path, "sheet.docx", buffer.getvalue()))
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, b"<w:document>" if item.filename == "word/document.xml" else src.read(item))
    with pytest.raises(SourceError, match="broken.docx: not a readable Word document"):
        read_source(write(tmp_path, "broken.docx", broken.getvalue()))


def test_docx_zip_bomb_is_refused_before_opening(tmp_path, monkeypatch):
    from briefdeck.readers import docx as reader

    path = make_docx(tmp_path / "bomb.docx")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/zeros.bin", bytes(2_000_000))
    assert read_source(path).text.startswith("Gullhaven")  # within the real limits
    monkeypatch.setattr(reader.docx, "Document", lambda *a: pytest.fail("opened a zip bomb"))
    monkeypatch.setattr(reader, "MAX_MEMBER_BYTES", 1_000_000)
    with pytest.raises(SourceError, match="bomb.docx: refused.*zeros.bin"):
        read_source(path)
    monkeypatch.setattr(reader, "MAX_MEMBER_BYTES", 20_000_000)
    monkeypatch.setattr(reader, "MAX_TOTAL_BYTES", 1_500_000)
    with pytest.raises(SourceError, match="bomb.docx: refused: it would unpack to"):
        read_source(path)


# --- text in legacy encodings ------------------------------------------------------------

@pytest.mark.parametrize("text,encoding", [
    ("Caf\u00e9 prices \u2013 \u201cup again\u201d on the \u2018quay\u2019\n", "cp1252"),
    ("Na\u00efve r\u00e9sum\u00e9 of the pier works: \u00a35 a ticket\n", "cp1252"),
    ("Gr\u00fc\u00dfe aus dem Hafen, sagte der F\u00e4hrmann\n", "latin-1"),
])
def test_text_in_a_legacy_encoding_decodes(tmp_path, text, encoding):
    source = read_source(write(tmp_path, "legacy.txt", text.encode(encoding)))
    assert source.text.rstrip("\n") == text.rstrip("\n")
    assert source.extra["encoding"] == "cp1252"  # a superset of latin-1's printable characters


def test_text_encoding_is_recorded(tmp_path):
    body = "Ferry notes: caf\u00e9 \u2014 \u201cquiet\u201d\n"
    assert read_source(write(tmp_path, "a.txt", body.encode("utf-8"))).extra["encoding"] == "utf-8"
    source = read_source(write(tmp_path, "b.txt", body.encode("utf-16-le")))
    assert (source.text.rstrip("\n"), source.extra["encoding"]) == (body.rstrip("\n"), "utf-16-le")


def test_binary_without_zero_bytes_is_still_binary(tmp_path):
    import random

    data = random.Random(7).randbytes(4000).replace(b"\x00", b"\x01")
    with pytest.raises(SourceError, match="junk.txt: looks like a binary file"):
        read_source(write(tmp_path, "junk.txt", data))


# --- the registry ------------------------------------------------------------------------

def test_registry_knows_every_format():
    assert {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"} <= set(READERS)


def test_importing_the_readers_does_not_import_the_heavy_libraries():
    code = ("import sys, briefdeck.readers; "
            "print(sorted(m for m in ('trafilatura', 'pdfminer', 'docx', 'charset_normalizer') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def test_html_boxes_the_page_marks_as_ads_or_sign_ups_are_not_read(tmp_path, no_network):
    story = "".join(f"<p>The court ruled on Tuesday that rail firms owe passengers {n} euros for each hour of "
                    f"delay caused by their own staff, a judgment that covers {n * 1000} claims.</p>"
                    for n in range(10, 16))
    page = ("<html><head><title>Court rules on strike delays</title></head><body><article>"
            "<h1>Court rules on strike delays</h1>" + story[:400] +
            '<div class="ec-ad" data-unit="mpu"><p class="ec-ad__label">Advertisement</p>'
            "<p>RailPass Flex: 10 travel days across 31 countries, from 289 euros."
            "</p><p>Seats are filling fast. Book now at railpass-flex.com/summer</p></div>"
            + story[400:] + '<div id="newsletter-signup"><p>The morning brief, in your inbox at seven.</p></div>'
            '<div class="partner-block"><p>Quillon Ledgers: court filings, sorted overnight.</p></div>'
            "</article></body></html>")
    source = read_source(write(tmp_path, "court.html", page))
    assert "RailPass" not in source.text and "morning brief" not in source.text and "Quillon" not in source.text
    assert "claims" in source.text and source.extra["dropped_boxes"] == 3


def test_html_without_a_site_name_takes_it_from_the_page_title_and_the_writer_without_a_role(tmp_path):
    page = ("<html><head><title>Ferry fares frozen until June | The Island Courier</title>"
            "<meta property='og:title' content='Ferry fares frozen until June'></head><body><article>"
            "<h1>Ferry fares frozen until June</h1><div class='byline'><span class='author'>Tove Brandt</span> "
            "<span class='role'>Transit Reporter</span></div>"
            + "".join(f"<p>The harbour board froze ferry fares at $14 for adults on Thursday, meeting {k}, and said the "
                      f"new timetable would add two sailings a day from June.</p>" for k in range(6))
            + "</article></body></html>")
    source = read_source(write(tmp_path, "fares.html", page.encode()))
    assert (source.title, source.publisher) == ("Ferry fares frozen until June", "The Island Courier")
    assert source.author == "Tove Brandt"


@pytest.mark.parametrize("found,author", [
    ("Tove Brandt Transit Reporter", "Tove Brandt"), ("Tove Brandt, Senior Health Correspondent;", "Tove Brandt"),
    ("Mary Ann Lind", "Mary Ann Lind"), ("Mary Ann Lind Reporter", "Mary Ann Lind"), ("Tove Brandt;", "Tove Brandt"),
    ("Story by Tove Brandt", "Tove Brandt"), ("Tove Brandt \u00b7 Music; Nightlife", "Tove Brandt"),
    ("Tove Brandt KRV9 Business Reporter", "Tove Brandt"), ("Tove Brandt CBX News Reporter", "Tove Brandt"),
    ("Tove Brandt KRV; Updated Feb", "Tove Brandt"), ("Tove Brandt III", "Tove Brandt III"), ("TOVE BRANDT", "TOVE BRANDT"),
])
def test_html_author_loses_a_role_run_on_after_the_name(found, author):
    from briefdeck.readers.html import _without_role
    assert _without_role(found) == author


def test_html_whose_site_name_is_a_longer_headline_takes_the_site_from_the_page_title():
    from types import SimpleNamespace

    from briefdeck.readers.html import _metadata
    found = SimpleNamespace(title="Ferry fares frozen until June", sitename="Ferry fares frozen until June, board says",
                            author="", date="", url="")         # what trafilatura gave for such a page
    meta = _metadata(found, "Ferry fares frozen until June, board says | The Island Courier")
    assert meta["publisher"] == "The Island Courier"
    found.sitename = "Island Courier Media"                # a site name of its own stays
    assert _metadata(found, "Ferry fares frozen until June | The Island Courier")["publisher"] == "Island Courier Media"


def test_html_drops_a_pull_quote_that_repeats_the_story(tmp_path):
    page = STANDFIRST_PAGE.replace(
        "<p>The union wants 11%", "<blockquote class=\"pullquote\">\u201cWe will not load a ship for 6%.\u201d"
        "<cite>Union steward</cite></blockquote><p>The union wants 11%")
    text = read_source(write(tmp_path, "pull.html", page)).text
    assert "We will not load" not in text and "Union steward" not in text
    assert "The union wants 11%" in text


KICKER_PAGE = """<!DOCTYPE html><html><head><title>Harbour town moves to stage 3 watering limits | Valley Sentinel</title>
</head><body><header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sports">Sports</a></nav></header>
<main class="story">
<p class="kicker">Valley Desk</p>
<h1>Harbour town moves to stage 3 watering limits</h1>
<h2 class="deck">The lake sits 34 centimetres below its target as orchardists brace for a smaller harvest</h2>
<p class="byline">Tess Boyle &middot; Valley Sentinel &middot; Jul. 25, 2025</p>
<p>The regional district moved to stage 3 watering limits on Friday, banning lawn sprinklers for the rest of the
summer. Residents may water gardens by hand two mornings a week.</p>
<p>The lake is 34 centimetres below its target level, the lowest in a decade, after a dry spring and a hot July.
Orchardists say the cherry crop could be down by a third.</p>
<p>The district will review the limits on Sept. 1 and could lift them if autumn rains come early.</p>
</main><footer>All rights reserved.</footer></body></html>"""


def test_html_drops_the_section_kicker_over_the_headline(tmp_path):
    source = read_source(write(tmp_path, "kicker.html", KICKER_PAGE))
    assert "Valley Desk" not in source.text and "banning lawn sprinklers" in source.text


def test_a_box_of_live_updates_beside_the_story_is_not_read_but_a_live_blogs_posts_are(tmp_path):
    page = ("<html><body><main><article><h1>Fishers tie up their boats over the wharf price</h1>"
            "<div class=\"live-box\"><h2>LIVE UPDATES</h2><ul><li><time>8:10 PM</time> Buyers will meet fishers "
            "on Thursday in Shediac.</li><li><time>6:35 PM</time> About 60 boats are now tied up.</li></ul></div>"
            "<p>Dozens of lobster fishers kept their boats tied up at the wharf on Wednesday, refusing to fish until "
            "buyers raise the price they pay, which fell to about $6 a pound this week.</p>"
            "<p>The season in the area runs until Oct. 10, and organizers said the tie-up would last all week.</p>"
            "</article></main></body></html>")
    text = read_source(write(tmp_path, "tie-up.html", page)).text
    assert "about $6 a pound" in text and "Buyers will meet fishers" not in text
    blog = ("<html><body><main><h1>Budget day, as it happened</h1>" + "".join(
        f"<div class=\"live-post\"><p>{t} The minister said the deficit would be {n} billion dollars this year, "
        f"less than the spring forecast, and the debt would fall as a share of the economy.</p></div>"
        for t, n in (("4:10 p.m.", 12), ("3:05 p.m.", 13))) + "</main></body></html>")
    assert "deficit would be 12 billion" in read_source(write(tmp_path, "blog.html", blog)).text


def test_a_readers_comments_section_marked_by_its_class_is_not_read(tmp_path):
    page = ("<html><body><main><article><h1>Ferry crossings fall by a third</h1>"
            "<p>Crossings on the island ferry fell by a third this summer, the harbour board said on Thursday, as "
            "fewer visitors came from across the border.</p>"
            "<p>The board expects the winter timetable to stay as it is, with six sailings a day.</p>"
            "<section class=\"story__comments\"><h3>Reader comments</h3>"
            "<div class=\"c\"><strong>Rae Dumont, Skarvo</strong><p>The visitors were always good to this island.</p></div>"
            "<p class=\"c-policy\">Comments are reviewed before they are posted.</p></section>"
            "</article></main></body></html>")
    text = read_source(write(tmp_path, "ferry.html", page)).text
    assert "six sailings a day" in text
    assert "always good to this island" not in text and "Comments are reviewed" not in text
