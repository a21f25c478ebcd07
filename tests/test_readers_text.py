"""Plain-text and Markdown sources: encodings, line ends, titles and clear errors."""
from __future__ import annotations

import codecs

import pytest

from briefdeck.core import Source, SourceError
from briefdeck.readers import read_source, source_id_for

BODY = "# Harbour notes\n\nThe ferry ran late on Tuesday.\nCaf\u00e9 owners on the quay were not pleased \u2014 \u201cagain\u201d.\n"


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def message(exc: pytest.ExceptionInfo) -> str:
    return str(exc.value)


# --- decoding ----------------------------------------------------------------------------

@pytest.mark.parametrize("name,data", [
    ("plain.md", BODY.encode("utf-8")),
    ("bom8.md", codecs.BOM_UTF8 + BODY.encode("utf-8")),
    ("bom16le.md", codecs.BOM_UTF16_LE + BODY.encode("utf-16-le")),
    ("bom16be.md", codecs.BOM_UTF16_BE + BODY.encode("utf-16-be")),
    ("bom32le.md", codecs.BOM_UTF32_LE + BODY.encode("utf-32-le")),
    ("nobom16le.md", BODY.encode("utf-16-le")),
    ("nobom16be.md", BODY.encode("utf-16-be")),
])
def test_encodings_decode_to_the_same_text(tmp_path, name, data):
    source = read_source(write(tmp_path, name, data))
    assert isinstance(source, Source)
    assert source.text == BODY.rstrip("\n")  # clean text has no trailing newline
    assert "\ufeff" not in source.text
    assert source.title == "Harbour notes"


def test_python_utf16_codec_output_with_bom(tmp_path):
    # what a Windows editor writes as "Unicode": a BOM in native order
    source = read_source(write(tmp_path, "native.txt", BODY.encode("utf-16")))
    assert source.text == BODY.rstrip("\n")


def test_crlf_and_lone_cr_are_normalised_to_lf(tmp_path):
    data = "Line one\r\nLine two\rLine three\r\n\r\nNew paragraph\r\n".encode("utf-8")
    source = read_source(write(tmp_path, "windows.txt", data))
    assert "\r" not in source.text
    assert source.text == "Line one\nLine two\nLine three\n\nNew paragraph"


def test_crlf_is_normalised_in_utf16_too(tmp_path):
    data = codecs.BOM_UTF16_LE + "A\r\nB\r\n".encode("utf-16-le")
    assert read_source(write(tmp_path, "w16.txt", data)).text == "A\nB"


def test_stray_control_characters_are_dropped_but_tabs_kept(tmp_path):
    data = "Col A\tCol B\x07\x1b\nNext\x0cline\n".encode("utf-8")
    source = read_source(write(tmp_path, "ctl.txt", data))
    assert source.text == "Col A\tCol B\nNextline"


# --- titles, ids, paths ------------------------------------------------------------------

def test_markdown_title_from_first_heading_skipping_blank_lines(tmp_path):
    data = "\n\n## Quay traffic report \n\nBody text.\n".encode("utf-8")
    source = read_source(write(tmp_path, "report.md", data))
    assert source.title == "Quay traffic report"


def test_text_title_is_the_first_nonblank_line(tmp_path):
    source = read_source(write(tmp_path, "memo.txt", b"\nMemo on pier repairs\nDetails follow.\n"))
    assert source.title == "Memo on pier repairs"


def test_a_long_first_line_is_no_headline_its_start_is_a_guessed_title(tmp_path):
    long_line = "word " * 60
    source = read_source(write(tmp_path, "long.txt", (long_line + "\n").encode("utf-8")))
    assert source.title == "word " * 15 + "word\u2026" and source.title_guessed


def test_source_id_and_path_come_from_the_file_name(tmp_path):
    source = read_source(write(tmp_path, "Lakeshore Ledger.MD", b"# Hi\n\nText.\n"))
    assert source.id == "lakeshore-ledger"
    assert source.path == "Lakeshore Ledger.MD"
    assert read_source(tmp_path / "Lakeshore Ledger.MD", "ledger").id == "ledger"
    assert source_id_for(tmp_path / "###.txt") == "source"


def test_markdown_extension_is_supported(tmp_path):
    assert read_source(write(tmp_path, "notes.markdown", b"Hello there\n")).text == "Hello there"


# --- errors ------------------------------------------------------------------------------

def test_binary_file_with_txt_extension(tmp_path):
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    with pytest.raises(SourceError) as exc:
        read_source(write(tmp_path, "picture.txt", data))
    assert "picture.txt" in message(exc)
    assert "binary" in message(exc)


def test_zero_padded_binary_is_not_mistaken_for_utf16(tmp_path):
    data = b"\x00\x00\x00\x01" + b"\x00" * 200 + b"\x7fELF"
    with pytest.raises(SourceError, match="binary"):
        read_source(write(tmp_path, "blob.txt", data))


def test_invalid_utf8_such_as_cp1252_is_decoded(tmp_path):
    text = "Caf\u00e9 prices \u2013 \u201cup again\u201d"
    source = read_source(write(tmp_path, "legacy.txt", text.encode("cp1252")))
    assert source.text == text
    assert source.extra["encoding"] == "cp1252"


def test_bom_that_lies_about_the_encoding(tmp_path):
    data = codecs.BOM_UTF16_LE + b"abc"  # odd number of bytes after the mark
    with pytest.raises(SourceError) as exc:
        read_source(write(tmp_path, "liar.txt", data))
    assert "liar.txt" in message(exc)
    assert "byte-order mark" in message(exc)


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t\n", codecs.BOM_UTF8])
def test_empty_file(tmp_path, data):
    with pytest.raises(SourceError) as exc:
        read_source(write(tmp_path, "blank.md", data))
    assert "blank.md" in message(exc)
    assert "empty" in message(exc)


@pytest.mark.parametrize("name,shown", [("report.odt", ".odt"), ("slides.PPTX", ".PPTX"),
                                        ("README", "files without an extension")])
def test_unknown_extension(tmp_path, name, shown):
    with pytest.raises(SourceError) as exc:
        read_source(write(tmp_path, name, b"text"))
    assert name in message(exc)
    assert f"cannot read {shown}" in message(exc)
    assert ".txt" in exc.value.diagnostics[0].hint


def test_missing_file(tmp_path):
    with pytest.raises(SourceError) as exc:
        read_source(tmp_path / "nowhere.md")
    assert "nowhere.md" in message(exc)
    assert "no such file" in message(exc)


def test_a_directory_is_not_a_source(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(SourceError, match="folder.txt: no such file"):
        read_source(tmp_path / "folder.txt")


def test_byline_fills_author_publisher_and_date(tmp_path):
    data = ("# Quay works begin\n\nBy Tove Brandt | Island Courier | 3 March 2026\n\nDiggers arrived on the quay "
            "on Monday.\n").encode("utf-8")
    source = read_source(write(tmp_path, "quay.md", data))
    assert (source.title, source.author, source.publisher, source.date) == (
        "Quay works begin", "Tove Brandt", "Island Courier", "2026-03-03")


@pytest.mark.parametrize("first_line,title,guessed", [
    ("Ferry Plans for the Island", "Ferry Plans for the Island", False),
    ("The town has decided something nobody expected:", "The town has decided something nobody expected", True),
    ("The ferry ran late again on Tuesday, and the council has finally had enough of it.",
     "The ferry ran late again on Tuesday, and the council has finally had enough\u2026", True),
])
def test_title_is_the_first_line_only_when_it_reads_as_a_headline(tmp_path, first_line, title, guessed):
    source = read_source(write(tmp_path, "t.txt", f"{first_line}\nBody text follows here.\n".encode()))
    assert (source.title, source.title_guessed) == (title, guessed)


def test_an_oversized_source_is_refused_before_it_is_read(tmp_path, monkeypatch):
    import briefdeck.readers as readers
    monkeypatch.setattr(readers, "MAX_SOURCE_BYTES", 1000)
    with pytest.raises(SourceError, match="larger than"):
        read_source(write(tmp_path, "huge.txt", b"word " * 400))


def test_a_saved_pages_byline_under_its_menus_names_the_writer_without_the_role(tmp_path):
    menus = "\n".join(["News", "Local", "Sports", "Opinion", "Subscribe", "Sign In", "Home > Local > Transit"] * 3)
    for byline, author in (("Written by Tove Brandt", "Tove Brandt"),
                           ("By Tove Brandt, Transit Reporter", "Tove Brandt"),
                           ("By Tove Brandt and Ivo Lind, Staff Writers", "Tove Brandt and Ivo Lind")):
        data = f"Ferry fares frozen\n\n{menus}\n{byline}\n\nFares stay at $14 until June, the board said.\n"
        assert read_source(write(tmp_path, "fares.txt", data.encode())).author == author


def test_a_byline_with_where_each_writer_filed_from_gives_the_names_alone(tmp_path):
    path = tmp_path / "naira.md"
    path.write_text("# Naira slides to a record low\n\n**By Ada Quill in Lagos and Tom Rook in London**\n\n"
                    "The currency fell 9% in a month, traders said.\n", encoding="utf-8")
    source = read_source(path, "naira")
    assert source.author == "Ada Quill and Tom Rook"
    assert "Lagos" not in source.text


def test_a_pasted_page_takes_its_site_writer_and_date_from_the_lines_cleaning_removes(tmp_path):
    path = tmp_path / "mill.txt"
    path.write_text("Skip right to the story\nTHE SHORE ROAD HERALD OF COMMERCE\n"
                    "Local  |  Region  |  Sports  |  Opinion  |  Obituaries\nSubscriber sign-in   |   Get full access\n\n"
                    "Paper mill to restart one machine in March\n\nJo Doe\nStaff Reporter\nFiled Apr. 15, 2026 \u00b7 roughly a "
                    "4-minute read\n\nThe mill will call back 85 workers to run its newsprint machine from March 2, its "
                    "owner said on Monday.\n", encoding="utf-8")
    source = read_source(path, "mill")
    assert source.title == "Paper mill to restart one machine in March"
    assert source.publisher == "The Shore Road Herald of Commerce"
    assert source.author == "Jo Doe"
    assert source.date == "2026-04-15"
    assert source.text.startswith("Paper mill to restart one machine in March\n\nThe mill will call back")


def test_a_markdown_byline_in_bold_gives_the_writers_name_alone(tmp_path):
    path = tmp_path / "loonie.md"
    path.write_text("# Loonie slips as tariffs bite\n\nBy **Ada Quill**, Markets Reporter\n\n"
                    "The Canadian dollar fell to 71.2 U.S. cents on Tuesday, traders said.\n", encoding="utf-8")
    assert read_source(path, "loonie").author == "Ada Quill"


def test_a_pasted_emails_subject_line_gives_its_headline_as_the_title(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("Subject: PRESS RELEASE: Four in ten market traders see sales fall\n\nOne in six small firms is "
                    "considering closing within a year, the chamber's survey found.\n", encoding="utf-8")
    assert read_source(path).title == "Four in ten market traders see sales fall"


def test_a_byline_in_capitals_gives_the_author_as_a_citation_writes_it(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("Shoppers plan to spend less this winter\n\nBy JO HARTWELL-DOE\nRetail Writer\n\nShoppers expect to "
                    "spend $934 on gifts this year, down 4.1 percent, a survey found.\n", encoding="utf-8")
    from briefdeck.clean import clean_source
    assert clean_source(read_source(path)).author == "Jo Hartwell-Doe"
