"""Titles a person would write: from a headline when there is one, else a guess marked as one; never a file name.

Every reader is tried with a headline and without one; the guess mark goes into the deck file and comes
back; an exported deck shows no file name in its footnotes, Sources slide or speaker notes.
"""
from __future__ import annotations

import datetime
import re

import pytest
from pptx import Presentation

import pdfkit
from briefdeck.cli.main import main
from briefdeck.core import Source
from briefdeck.core.source import UNTITLED, guess_title, is_placeholder_title
from briefdeck.readers import read_source
from briefdeck.spec import dump_deck, load_deck, save_deck
from test_readers_formats import make_pdf

STORY = ("The harbour board of Kettleness voted on Tuesday to build a third container berth, after two years of "
         "arguments about dredging the outer channel. The berth will cost 48 million pounds.\n\n"
         "Work starts in the spring. \u201cWe cannot keep turning ships away,\u201d said Morag Quayle, who chairs "
         "the board, adding that traffic through the port had grown by 12% last year.\n\n"
         "Fishermen fear the dredging will disturb the lobster grounds off the point, and their association "
         "has asked for an independent survey before any work begins.\n")
GUESS = "The harbour board of Kettleness voted on Tuesday to build a third container"


def write(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- the guess itself ----------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Microsoft Word - report_final.docx", "untitled", "Untitled document", "Slide 1", "Document1", "Title",
    "001_c09184477b124be4.txt", "001_c09184477b124be4", "AR2024_final_v7.indd", "AR2024_final_v7",
    "c09184477b124be4", "C:\\Users\\me\\Desktop\\draft 3.pdf", "PowerPoint Presentation", "  ", "12345",
])
def test_placeholders_are_not_titles(title):
    assert is_placeholder_title(title)


@pytest.mark.parametrize("title", ["Annual Review 2023", "Kettleness votes for a third berth", "Q3 results",
                                   "Tariffs: what changes on 1 April", "Report"])
def test_real_titles_are_titles(title):
    assert not is_placeholder_title(title)


def test_a_title_equal_to_the_file_name_is_not_a_title():
    assert is_placeholder_title("harbour notes", "Harbour_Notes.txt")
    assert not is_placeholder_title("harbour notes", "other.txt")


@pytest.mark.parametrize("text,title", [
    (STORY, GUESS),                                                       # cut at a word boundary
    ("Ferries will run late all week. More follows.", "Ferries will run late all week"),
    ("Kettleness has done what nobody thought it would dare to do:\nit said no.\n",
     "Kettleness has done what nobody thought it would dare to do"),
    ("By Morag Quayle | Kettleness Post | 3 May 2026\n\nMr. Quayle said the U.S. buyers left. Then more.",
     "Mr. Quayle said the U.S. buyers left"),
    ("The berth, first proposed in 2019 when traffic was half of today's, opens in May after a long delay.",
     "The berth, first proposed in 2019 when traffic was half of today's"),     # cut at a clause
    ("12 | 14 | 19\n\n", ""),
])
def test_the_guess_is_the_first_sentence_shortened(text, title):
    guess = guess_title(text)
    assert guess == title or (guess.endswith("\u2026") and guess[:-1] == title)
    assert len(guess) <= 80
    assert not re.search(r"\b(the|of|with|and|to)\u2026$", guess)


# --- each reader, with and without a headline -------------------------------------------------------

def test_text_with_a_headline(tmp_path):
    source = read_source(write(tmp_path, "001_c09184477b124be4.txt", "Kettleness votes for a third berth\n\n" + STORY))
    assert (source.title, source.title_guessed) == ("Kettleness votes for a third berth", False)
    assert "title_guess" not in source.extra


def test_a_question_over_its_byline_is_the_headline_and_a_question_over_the_story_is_not(tmp_path):
    asked = read_source(write(tmp_path, "a.txt", "Will Kettleness get its third berth?\n\nBy Jo Doe\n\n" + STORY))
    assert (asked.title, asked.title_guessed) == ("Will Kettleness get its third berth?", False)
    opened = read_source(write(tmp_path, "b.txt", "Will Kettleness get its third berth?\n\n" + STORY))
    assert opened.title_guessed


@pytest.mark.parametrize("episode", ['Call-in hour: "Berths, ferries and a long winter"',
                                     'Panel transcript: \u201cBerths, ferries and a long winter\u201d'])
def test_a_shows_transcript_is_titled_by_its_episode_not_by_the_shows_name(tmp_path, episode):
    text = (f'HARBOUR 1290 AM \u2014 "THE NOON LINE"\n{episode}\nAired Tuesday, March 3, 2026\n\n'
            "HOST: Good afternoon. The third berth vote is tonight.\n\nDOE: We have waited ten years for it.\n")
    assert read_source(write(tmp_path, "show.txt", text)).title == "Berths, ferries and a long winter"


def test_a_site_name_over_its_account_strip_is_the_publisher_and_the_headline_under_it_the_title(tmp_path):
    top = "Kettleness Harbour Power\nSign in to My Account\nPay my bill\n\n"
    source = read_source(write(tmp_path, "c.txt", top + "Third berth opens at Kettleness after two years of work\n\n"
                               + STORY))
    assert source.title == "Third berth opens at Kettleness after two years of work"
    assert source.publisher == "Kettleness Harbour Power"


def test_text_without_a_headline_gets_its_first_sentence_marked_as_a_guess(tmp_path):
    source = read_source(write(tmp_path, "001_c09184477b124be4.txt", STORY))
    assert source.title.startswith(GUESS) and source.title_guessed
    assert source.extra["title_guess"] == "first sentence"


@pytest.mark.parametrize("top, site", [
    ("Skip to main content\nSubscribe Now | Log In\nTHE KETTLENESS POST-COURIER\n", "The Kettleness Post-Courier"),
    ("Skip to main content\nSubscribe Now | Log In\nL\u2019\u00c9TOILE DE LA BAIE\n", "L\u2019\u00c9toile de la Baie"),
    ("Skip to main content\nSubscribe Now | Log In\nLA VOIX DU LITTORAL\n", "La Voix du Littoral"),
    ("[Skip to content](#main)\nThe Kettleness Courier\nNews for the point since 1902 \u00b7 Whitby \u00b7 Staithes\n"
     "Sections   Harbour   Fishing   Sport\n", "The Kettleness Courier"),
])
def test_a_pasted_page_is_titled_by_its_headline_and_cited_to_the_site_above_it(tmp_path, top, site):
    raw = top + "\nKettleness votes for a third berth\n\nBy Morag Quayle, Post staff\n\n" + STORY
    source = read_source(write(tmp_path, "pasted.txt", raw))
    assert (source.title, source.title_guessed) == ("Kettleness votes for a third berth", False)
    assert source.publisher == site and site in source.citation()
    assert source.text.startswith("Kettleness votes for a third berth")
    assert not any(name in source.text for name in ("KETTLENESS POST", "Kettleness Courier", "since 1902"))


def test_an_all_capitals_headline_over_its_byline_stays(tmp_path):
    raw = "THIRD BERTH APPROVED\n\nBy Morag Quayle, Post staff\n\n" + STORY
    source = read_source(write(tmp_path, "caps.txt", raw))
    assert source.title == "THIRD BERTH APPROVED" and source.text.startswith("THIRD BERTH APPROVED")


def test_text_starting_with_a_byline_is_not_titled_by_it(tmp_path):
    source = read_source(write(tmp_path, "note.md", "By Morag Quayle | Kettleness Post | 3 May 2026\n\n" + STORY))
    assert source.title.startswith(GUESS) and source.title_guessed
    assert (source.author, source.publisher, source.date) == ("Morag Quayle", "Kettleness Post", "2026-05-03")
    assert "Kettleness Post" in source.citation() and "Morag" not in source.title


def test_html_with_a_headline(tmp_path):
    page = (f"<html><head><title>Third berth approved | Kettleness Post</title></head><body><article>"
            f"<h1>Third berth approved</h1>{''.join(f'<p>{p}</p>' for p in STORY.split(chr(10) * 2))}"
            "</article></body></html>")
    source = read_source(write(tmp_path, "page_0042.html", page))
    assert (source.title, source.title_guessed) == ("Third berth approved", False)


@pytest.mark.parametrize("head", ["", "<title>untitled</title>", "<title>page_0042.html</title>"])
def test_html_without_a_headline_gets_a_guess(tmp_path, head):
    page = (f"<html><head>{head}<meta property='og:site_name' content='Kettleness Post'></head><body><article>"
            f"{''.join(f'<p>{p}</p>' for p in STORY.split(chr(10) * 2))}</article></body></html>")
    source = read_source(write(tmp_path, "page_0042.html", page))
    assert source.title.startswith(GUESS) and source.title_guessed


def make_docx(path, heading: str | None, core_title: str):
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, 0)
    for para in STORY.split("\n\n"):
        document.add_paragraph(para.strip())
    document.core_properties.title = core_title
    document.core_properties.created = datetime.datetime(2026, 5, 3, 9, 0)
    document.save(path)
    return path


def test_docx_headline_wins_over_the_properties(tmp_path):
    source = read_source(make_docx(tmp_path / "report_final.docx", "Kettleness harbour plan", "Board paper 7"))
    assert (source.title, source.title_guessed) == ("Kettleness harbour plan", False)


def test_docx_without_a_headline_takes_its_properties_title_as_a_guess(tmp_path):
    source = read_source(make_docx(tmp_path / "report_final.docx", None, "Kettleness harbour plan 2026"))
    assert (source.title, source.title_guessed) == ("Kettleness harbour plan 2026", True)
    assert source.extra["title_guess"] == "document properties"


def test_docx_with_a_placeholder_title_and_no_headline_takes_the_first_sentence(tmp_path):
    source = read_source(make_docx(tmp_path / "report_final.docx", None, "Microsoft Word - report_final.docx"))
    assert source.title.startswith(GUESS) and source.title_guessed


def story_pdf(headline: str | None, info: dict | None) -> bytes:
    pdf = pdfkit.Pdf()
    frame = pdfkit.Frame(50, 800, 495)
    if headline:
        frame.para(headline, 20, "F2")
    for para in STORY.split("\n\n"):
        frame.para(para.replace("\u201c", '"').replace("\u201d", '"'))
    pdf.page(frame.content())
    return pdf.bytes(info)


def test_pdf_headline_in_large_type(tmp_path):
    source = read_source(write(tmp_path, "scan_0001.pdf", story_pdf("Kettleness votes for a third berth",
                                                                     {"Title": "Board paper"})))
    assert (source.title, source.title_guessed) == ("Kettleness votes for a third berth", False)


@pytest.mark.parametrize("info,title", [({"Title": "Harbour board minutes, May 2026"}, "Harbour board minutes, May 2026"),
                                        ({"Title": "Microsoft Word - minutes_v2.docx"}, GUESS), (None, GUESS)])
def test_pdf_without_a_headline(tmp_path, info, title):
    source = read_source(write(tmp_path, "scan_0001.pdf", story_pdf(None, info)))
    assert source.title.startswith(title) and source.title_guessed


def test_pdf_lines_of_body_size_are_not_a_headline(tmp_path):
    lines = [(72, 800, "Ferry Safety Notice"), (72, 740, "Life jackets are stored under every bench.")]
    source = read_source(write(tmp_path, "notice.pdf", make_pdf([lines])))
    assert (source.title, source.title_guessed) == ("Ferry Safety Notice", True)


# --- citations never show a file name ------------------------------------------------------------

def test_citations_fall_back_to_the_text_then_to_untitled_never_to_the_file_name():
    bare = Source(id="s1", path="sources/001_c09184477b124be4.txt", text=STORY)
    for shown in (bare.label(), bare.citation(), bare.full_citation()):
        assert shown.strip("\u201c\u201d. ").startswith("The harbour board of Kettleness")
        assert "001_" not in shown and ".txt" not in shown
    empty = Source(id="s2", path="gone/AR2024_final_v7.pdf", text="", title="AR2024_final_v7.pdf")
    assert (empty.label(), empty.citation(), empty.full_citation()) == (UNTITLED, UNTITLED, UNTITLED)
    named = Source(id="s3", path="x.html", text=STORY, title="Kettleness Post", publisher="Kettleness Post",
                   url="https://post.example/berth")
    assert named.citation() == "Kettleness Post"
    assert named.full_citation() == "Kettleness Post. https://post.example/berth"


# --- the deck file keeps the mark ----------------------------------------------------------------

def deck_yaml(extra: str = "") -> str:
    return ("briefdeck: 2\ntitle: Berths\nsources:\n  - id: story\n    path: 001_c09184477b124be4.txt\n" + extra
            + "slides:\n  - layout: title\n")


def test_a_guessed_title_is_saved_marked_and_loaded_back(tmp_path):
    write(tmp_path, "001_c09184477b124be4.txt", STORY)
    deck_file = write(tmp_path, "deck.yaml", deck_yaml())
    source = load_deck(deck_file).deck.sources["story"]
    assert source.title.startswith(GUESS) and source.title_guessed
    loaded = load_deck(deck_file)
    save_deck(loaded.deck, deck_file)
    text = deck_file.read_text(encoding="utf-8")
    assert re.search(r"\n  title: .*\n  title_guessed: true\n", text)
    assert load_deck(deck_file).deck.sources["story"].title_guessed
    loaded = load_deck(deck_file)
    loaded.deck.sources["story"].title_guessed = False             # the user confirms the guess
    save_deck(loaded.deck, deck_file)
    assert "title_guessed: false" in deck_file.read_text(encoding="utf-8")
    again = load_deck(deck_file).deck.sources["story"]
    assert again.title.startswith(GUESS) and not again.title_guessed


def test_a_title_written_in_the_deck_is_the_persons_unless_it_is_the_guess_itself(tmp_path):
    write(tmp_path, "001_c09184477b124be4.txt", STORY)
    own = load_deck(write(tmp_path, "own.yaml", deck_yaml('    title: "Berth three approved"\n')))
    assert not own.deck.sources["story"].title_guessed
    guess = read_source(tmp_path / "001_c09184477b124be4.txt").title
    drafted = load_deck(write(tmp_path, "drafted.yaml", deck_yaml(f'    title: "{guess}"\n')))
    assert drafted.deck.sources["story"].title_guessed       # a deck drafted before the mark existed
    marked = load_deck(write(tmp_path, "marked.yaml", deck_yaml('    title: "Berth three"\n    title_guessed: true\n')))
    assert marked.deck.sources["story"].title_guessed
    assert "title_guessed: false" in dump_deck(own.deck)            # saved as confirmed: the file has no headline


def test_a_title_guessed_mark_that_is_not_true_or_false_is_an_error(tmp_path, capsys):
    write(tmp_path, "001_c09184477b124be4.txt", STORY)
    deck_file = write(tmp_path, "deck.yaml", deck_yaml("    title_guessed: maybe\n"))
    assert main(["check", str(deck_file)]) == 1
    assert "deck.yaml:6:20: error: 'title_guessed' should be true or false, not 'maybe'" in capsys.readouterr().err


# --- an exported deck shows no file name anywhere -----------------------------------------------

FILE_NAMES = ("001_c09184477b124be4", "c09184477b124be4", "AR2024", "report_final", "page_0042", ".txt", ".pdf",
              ".docx", ".html", "Microsoft Word", "untitled")


def test_an_exported_deck_names_no_file_in_footnotes_sources_or_notes(tmp_path, capsys):
    folder = tmp_path / "sources"
    folder.mkdir()
    write(folder, "001_c09184477b124be4.txt", STORY)
    write(folder, "AR2024_final_v7.pdf", story_pdf(None, {"Title": "AR2024_final_v7.indd"}))
    make_docx(folder / "report_final.docx", None, "Microsoft Word - report_final.docx")
    write(folder, "page_0042.html", "<html><head><title>untitled</title></head><body><article>"
          + "".join(f"<p>{p.replace('Kettleness', 'Kettleness East')}</p>" for p in STORY.split("\n\n"))
          + "</article></body></html>")
    deck_file = tmp_path / "deck.yaml"
    assert main(["draft", str(folder), "-o", str(deck_file), "--no-cache"]) == 0
    assert main(["export", str(deck_file), "-q"]) == 0
    capsys.readouterr()
    deck = load_deck(deck_file).deck
    assert len(deck.sources) == 4 and all(s.title_guessed for s in deck.sources.values())
    prs = Presentation(str(deck_file.with_suffix(".pptx")))
    texts = []
    for slide in prs.slides:
        texts += [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        if slide.has_notes_slide:
            texts.append(slide.notes_slide.notes_text_frame.text)
    shown = "\n".join(texts)
    assert "[1]" in shown and "Sources" in shown and "Passage:" in shown     # footnotes, Sources slide, notes
    assert "The harbour board of Kettleness" in shown
    for name in FILE_NAMES:
        assert name not in shown, name


def test_html_whose_title_is_only_the_site_name_gets_a_guess(tmp_path):
    page = ("<html><head><title>Kettleness Post</title><meta property='og:site_name' content='Kettleness Post'>"
            f"</head><body><article>{''.join(f'<p>{p}</p>' for p in STORY.split(chr(10) * 2))}</article></body></html>")
    source = read_source(write(tmp_path, "page_0042.html", page))
    assert source.publisher == "Kettleness Post"
    assert source.title.startswith(GUESS) and source.title_guessed


@pytest.mark.parametrize("site", ["Harbour Ledger", "THE FERRY DESK", "harbournow.ca"])
def test_a_pasted_page_whose_first_line_is_the_sites_name_is_titled_by_its_headline(tmp_path, site):
    page = (f"{site}\nPorts   Ferries   Weather   Opinion\n\n"
            "Ferry co-op asks the province for two new boats after a winter of missed sailings\n"
            "Jo Doe\n3:10 PM - February 3, 2026\n\n"
            "The ferry co-op will ask the province for two new boats, its board said on Tuesday, after the old ones "
            "missed 41 sailings this winter.\n\nThe request goes to the legislature in March.\n")
    source = read_source(write(tmp_path, "ferry.txt", page))
    assert source.title == "Ferry co-op asks the province for two new boats after a winter of missed sailings"
    assert source.publisher == site


def test_a_short_headline_over_a_kicker_stays_the_title(tmp_path):
    page = ("Growing Pains\n\nFrom the April 2026 issue\n\nThree generations of one family have run the ferry since "
            "1961, and none of them wants to be the one to sell it.\n")
    assert read_source(write(tmp_path, "feature.txt", page)).title == "Growing Pains"


def test_a_tabloids_long_headline_under_a_breadcrumb_is_the_title(tmp_path):
    page = tmp_path / "tabloid.txt"
    page.write_text("HOME > NEWS > TRAVEL > HOLIDAY NIGHTMARES\n\n"
                    "Dad's 'permit' blunder on a copycat website leaves a family of four stuck at Gatwick as their "
                    "£6,900 Orlando trip goes up in smoke\n\n"
                    "By Petra Vance-Oduya, Consumer Reporter\n\n" + STORY, encoding="utf-8")
    assert read_source(page).title.startswith("Dad's 'permit' blunder on a copycat website")


def test_the_line_under_a_byline_gives_the_outlet_and_date_and_a_photo_credit_is_no_publisher(tmp_path):
    page = tmp_path / "feature.txt"
    page.write_text("The diner at the end of the line\n\n"
                    "By Augustin Pelletier-Marsh | Photographs by Noor Elkayam-Voss\n"
                    "Northern Ledger Weekend | December 6, 2025\n\n" + STORY, encoding="utf-8")
    source = read_source(page)
    assert (source.publisher, source.date) == ("Northern Ledger Weekend", "2025-12-06")


def test_a_dateline_under_a_byline_is_no_publisher(tmp_path):
    page = tmp_path / "story.txt"
    page.write_text("Minister grilled over tourism campaign\n\n"
                    "By Casimir Wetherall-Obi, Parliamentary Bureau\n"
                    "OTTAWA | November 19, 2025\n\n" + STORY, encoding="utf-8")
    source = read_source(page)
    assert (source.publisher, source.date) == ("", "2025-11-19")


@pytest.mark.parametrize("page,title", [
    # a masthead and its date over a headline that ends on "on": the headline is not run into the standfirst
    ("THE HARBOUR SENTINEL\nSaturday, March 7, 2026 | Business\n\n"
     "Ferry co-op shelves its third boat as fuel talks drag on\n\n"
     "The co-op says it will not order a new hull until it knows what fuel will cost next year\n\n" + STORY,
     "Ferry co-op shelves its third boat as fuel talks drag on"),
    # a section's label over a headline written as two short sentences
    ("OPINION\n\nThe ferry has no timetable. The board should stop pretending it does.\n\nBy Jo Doe\n\n" + STORY,
     "The ferry has no timetable. The board should stop pretending it does."),
    # a page's skip link cleaning took off, then a column's labelled headline
    ("Skip to main content\nThe Kettleness Courier\nHome | News | Opinion | Sports\n\n"
     "COLUMN: A port town that turns ships away still wants more berths. Both can be true.\n\n" + STORY,
     "A port town that turns ships away still wants more berths. Both can be true."),
    # a release's long headline under "NEWS RELEASE"
    ("NEWS RELEASE\nFOR IMMEDIATE RELEASE\n\nKettleness Harbour Board launches \"Open Berth\" pass for visiting "
     "yachts from Norway and Denmark as North Sea crossings to the port decline\n\n" + STORY,
     "Kettleness Harbour Board launches \"Open Berth\" pass for visiting yachts from Norway and Denmark as North Sea "
     "crossings to the port decline"),
    # a release's issuers over its headline: a ministry, a department's remit
    ("NEWS RELEASE\n\nFor Immediate Release\nOct. 16, 2025\n\nMinistry of Harbours, Tourism and Culture\n"
     "Ministry of Finance\n\nProvince raises harbour dues credit to keep crews working through the season\n\n" + STORY,
     "Province raises harbour dues credit to keep crews working through the season"),
    ("NEWS RELEASE\n\nGovernment of Kettleness\nIndustry, Energy and Technology\n\nOctober 27, 2025\n\n"
     "Provincial Government Launches $45 Million Fund to Help Ports Reach New Buyers\n\n" + STORY,
     "Provincial Government Launches $45 Million Fund to Help Ports Reach New Buyers"),
])
def test_a_headline_under_a_masthead_or_a_sections_label_is_the_title_and_the_label_no_publisher(tmp_path, page,
                                                                                                     title):
    source = read_source(write(tmp_path, "page.txt", page))
    assert source.title == title
    assert source.publisher.upper() not in ("OPINION", "NEWS RELEASE", "COLUMN")
    assert title in source.text                                 # (as a line of its own, not run into the next)
    assert source.text[source.text.index(title) + len(title):][:2] == "\n\n"


def test_a_records_place_and_day_is_not_its_title(tmp_path):
    page = tmp_path / "evidence.txt"
    page.write_text("Parliament of Canada | Parlement du Canada\n\nOTTAWA, Tuesday, March 3, 2026\n\n"
                    "The committee met at 3:30 p.m. to hear from port operators about the new duties.\n", encoding="utf-8")
    assert read_source(page).title != "OTTAWA, Tuesday, March 3, 2026"


def test_a_day_alone_in_english_or_french_is_not_a_title(tmp_path):
    page = tmp_path / "hearing.txt"
    page.write_text("Mercredi 14 janvier 2026\n\nThe committee heard from three college presidents about the cap on "
                    "study permits.\n", encoding="utf-8")
    assert read_source(page).title != "Mercredi 14 janvier 2026"


def test_a_transcripts_long_title_under_a_trail_is_its_title_not_the_venue(tmp_path):
    page = tmp_path / "availability.txt"
    page.write_text("Transport Canada > News > Transcripts\n\nTranscript: Media availability with the Minister of "
                    "Transport, the Honourable Josephine Doe-Abernathy, on the first projects funded under the Harbour "
                    "and Seaway Corridor Resilience Fund\n\n"
                    "Ocean Terminals, Port of Halifax, Halifax, Nova Scotia\nNovember 20, 2025\n\nMODERATOR: Good "
                    "morning. The minister will speak first.\n\nMINISTER DOE: Thank you. Today we fund nine projects.\n",
                    encoding="utf-8")
    assert read_source(page).title.startswith("Transcript: Media availability with the Minister of Transport")
