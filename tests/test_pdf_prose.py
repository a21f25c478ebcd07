"""PDFs as design tools and report generators write them: every run of prose is kept, in reading order.

The fixtures (``pdfkit``) are built here from invented text: prose inside form XObjects (nested too),
columns, words drawn one glyph run at a time, a chart among the prose, running heads, pictures of
pages with no text layer, fonts without a Unicode map.
"""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

import pdfkit
from briefdeck.cli.main import main
from briefdeck.core import SourceError
from briefdeck.readers import read_source, source_warnings


def squash(text: str) -> str:
    return " ".join(text.split())


def chars(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


@pytest.fixture(params=pdfkit.FIXTURES, ids=lambda make: make.__name__)
def fixture(request, tmp_path):
    fx = request.param()
    path = tmp_path / f"{fx.name}.pdf"
    path.write_bytes(fx.data)
    return fx, path


def test_every_paragraph_is_kept_once_and_in_reading_order(fixture):
    fx, path = fixture
    text = squash(read_source(path).text)
    places = [text.find(squash(p)) for p in fx.prose]
    missing = [p[:60] for p, at in zip(fx.prose, places) if at < 0]
    assert not missing, f"{fx.name}: prose left out: {missing}"
    assert places == sorted(places), f"{fx.name}: paragraphs out of order"
    assert all(text.count(squash(p)) == 1 for p in fx.prose)


def test_what_is_not_prose_is_left_out(fixture):
    fx, path = fixture
    text = read_source(path).text + "\n"
    for junk in fx.not_prose:
        assert junk not in text, f"{fx.name}: kept {junk!r}"


def test_paragraphs_stay_whole(fixture):
    """Each paragraph is one block of the text: columns and word-by-word glyph runs are not cut up."""
    fx, path = fixture
    blocks = {squash(b) for b in read_source(path).text.split("\n\n")}
    assert {squash(p) for p in fx.prose} <= blocks


def test_the_reader_keeps_what_pdfminer_finds_less_only_the_labels_and_furniture(fixture):
    """Measured against pdfminer's own extract_text: the prose is all there, and no character is invented."""
    from pdfminer.high_level import extract_text

    fx, path = fixture
    text = read_source(path).text
    theirs = extract_text(str(path))
    assert chars(" ".join(fx.prose)) <= chars(text) <= chars(theirs)
    assert not set(re.sub(r"\s", "", text)) - set(theirs)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_every_word_kept_is_one_pdftotext_sees_too(fixture):
    fx, path = fixture
    theirs = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                            check=True, timeout=60).stdout
    assert set(re.findall(r"\w+", read_source(path).text)) <= set(re.findall(r"\w+", theirs))


def test_prose_inside_form_xobjects_is_kept_beside_page_text(tmp_path):
    """The annual report: only the running head and footer are page text; every frame is a form."""
    fx = pdfkit.annual_report()
    path = tmp_path / "report.pdf"
    path.write_bytes(fx.data)
    source = read_source(path)
    assert chars(source.text) >= 0.98 * chars(" ".join(fx.prose))
    assert not source_warnings(source)
    assert source.text.startswith("Corvina Freight plc Annual Report 2024\n\nChair's statement\n\nTwenty twenty-four")
    assert source.text[source.page_starts[1]:].startswith("Chief executive's review\n\nVolumes grew")
    assert source.text[source.page_starts[2]:].startswith("Financial review\n\nGroup revenue increased")
    assert source.page_at(source.text.index("Ruth Halvorsen")) == 2     # nested forms, right column
    assert source.text.endswith("We expect a similar level of investment next year.")
    for label in ("Revenue by year", "Group revenue\n", "\n301", "\n500"):
        assert label not in source.text + "\n"


def test_the_headline_in_large_type_is_the_title_and_a_file_name_in_the_properties_is_not(tmp_path):
    fx = pdfkit.annual_report()
    path = tmp_path / "AR2024_final_v7.pdf"
    path.write_bytes(fx.data)
    source = read_source(path)
    assert (source.title, source.title_guessed) == ("Corvina Freight plc Annual Report 2024", False)


def test_pages_that_are_pictures_are_reported(tmp_path):
    fx = pdfkit.part_scanned()
    path = tmp_path / "survey.pdf"
    path.write_bytes(fx.data)
    source = read_source(path)
    assert squash(source.text) == squash(fx.prose[0])
    [warning] = source_warnings(source, "survey.pdf")
    assert str(warning).startswith("survey.pdf: warning: pages 2, 3 of 3 are pictures with no text layer")
    assert "OCR" in warning.hint
    assert len(source.page_starts) == 3


def test_a_pdf_with_no_text_layer_at_all_is_refused_with_a_hint_to_run_ocr(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdfkit.scanned())
    with pytest.raises(SourceError) as exc:
        read_source(path)
    assert "scan.pdf: the PDF has no text layer" in str(exc.value)
    assert "OCR" in exc.value.diagnostics[0].hint


def test_glyphs_without_a_unicode_map_are_left_out_and_reported(tmp_path):
    fx = pdfkit.undecodable()
    path = tmp_path / "survey.pdf"
    path.write_bytes(fx.data)
    source = read_source(path)
    assert source.text == fx.prose[0]
    assert "cid" not in source.text
    [warning] = source_warnings(source)
    assert re.fullmatch(r"700 of 7\d\d characters could not be decoded \(their fonts have no Unicode map\) "
                        r"and are left out", warning.message)


def test_a_page_of_charts_keeps_its_headline_and_says_how_little_that_is(tmp_path):
    fx = pdfkit.chart_only()
    path = tmp_path / "fleet.pdf"
    path.write_bytes(fx.data)
    source = read_source(path)
    assert source.text == "Fleet at a glance"
    [warning] = source_warnings(source)
    assert re.fullmatch(r"kept 14 of the \d+ characters on its pages; the rest looked like chart labels, "
                        r"numbers, or running headers and footers", warning.message)


def test_extract_prints_the_warning_and_still_reads_the_file(tmp_path, capsys):
    path = tmp_path / "survey.pdf"
    path.write_bytes(pdfkit.part_scanned().data)
    code = main(["extract", str(path), "--no-cache", "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0
    assert f"{path}: warning: pages 2, 3 of 3 are pictures with no text layer (scanned, or text drawn as " \
           "shapes): their text is missing (run OCR on the PDF (e.g. ocrmypdf) and add the result instead)" \
           in captured.err
    assert '"warnings"' in captured.out           # the JSON keeps it for other tools, under extra


def test_a_deck_citing_the_pdf_warns_where_the_source_is_named(tmp_path, capsys):
    (tmp_path / "survey.pdf").write_bytes(pdfkit.part_scanned().data)
    (tmp_path / "deck.yaml").write_text("briefdeck: 2\ntitle: Sea wall\nsources:\n  - id: survey\n"
                                        "    path: survey.pdf\nslides:\n  - layout: title\n", encoding="utf-8")
    code = main(["check", str(tmp_path / "deck.yaml")])
    captured = capsys.readouterr()
    assert code == 0 and "0 error(s), 1 warning(s)" in captured.out
    assert re.search(r"deck\.yaml:5:11: warning: source 'survey': pages 2, 3 of 3 are pictures", captured.err)


def test_a_short_word_on_its_own_is_kept_but_lone_numbers_bullets_and_letters_are_not(tmp_path):
    from test_readers_formats import make_pdf

    lines = [(72, 760, "The answer the harbour office gave to every question"), (72, 700, "is:"),
             (72, 640, "wait for the survey."), (300, 500, "3.1 3.2 3.3"), (72, 400, "x y"), (72, 300, "\u2022"),
             (400, 200, "12.5%")]
    path = tmp_path / "answer.pdf"
    path.write_bytes(make_pdf([lines]))
    assert squash(read_source(path).text) == "The answer the harbour office gave to every question is: wait for the survey."
