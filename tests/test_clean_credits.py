"""Who wrote the page and when (bylines, time stamps, the author's bio) leaves the text; the story stays."""
import pytest

from briefdeck.clean import clean

STORY = ("The ferry line will add two sailings a day from June, the port authority said on Monday.\n\n"
         "Fares stay at $14 for adults, and the new sailings need 12 more crew.\n\n")


@pytest.mark.parametrize("line", [
    "By Ada Quill, Staff Writer",
    "By Ada Quill and Tom Rook | The Harbour Lantern",
    "Written by Ada Quill",
    "By Ada Quill \u00b7 March 3, 2026 \u00b7 4 min read",
    "Mar 3, 2026 | Updated 2 hours ago",
    "Thu 5 Mar 2026 09.40 GMT",
    "Posted: Mar 3, 2026 10:04 AM ET | Last Updated: 3 hours ago",
    "Ada Quill covers the waterfront and shipping for the Lantern. She previously worked in Halifax.",
    "Ada Quill is the Lantern's transport reporter. Follow her on Bluesky @adaquill.",
    "Ada Quill has covered the port since 2012. She hosts the Lantern's Tideline podcast.",
    "Ada Quill is a contributing writer at the magazine. She lives in Saint John.",
    "Ada Quill\nTransport Reporter",
    "6 min read",
    "By Ada Quill | aquill@harbourlantern.example",
    "By Ada Quill | Lantern City Hall bureau",
    "Tom Rook is a senior transport analyst at The Lantern. His column appears every Tuesday.",
    "**By Ada Quill in Saint John and Tom Rook in Halifax**",
    "*By Ada Quill \u00b7 Ports program lead \u00b7 March 3, 2026*",
    "Filed March 3, 2026 \u00b7 roughly a 5-minute read",
    "Posted Tue 3 Mar 2026 at 5:30am",
    "Mar 3, 2026 \u2013 4.58pm",
    "Ada Quill \u00b7 Lantern News \u00b7 Posted: Mar 3, 2026 4:00 AM EST | Last Updated: 3 hours ago",
    "Ada Quill Senior transport reporter",
    "By: Ada Quill",
    "By court reporter Ada Quill",
    "Ada Quill and Tom Rook\nHarbour bureau",
    "**Ada Quill** \u00b7 Atlantic Business Reporter, Halifax",
    "Ada Quill joined the Harbour 9 News team in 2022 after four years in Moncton. She covers the port.",
    "Ada Quill hosts The Crossing and has covered the ferries for Harbour Radio since 2016.",
    "Ada Quill has covered ferries for the Lantern since 2018. She has sailed every route, which she says is enough.",
    "Ada Quill \u2022 Harbour Daily Lantern",
    "**Ada Quill** in Saint John | 3 March 2026",
    "Ada Quill\nShipping correspondent, reporting from Saint John",
    "Interview by Ada Quill",
    "Interviewed by Ada Quill | The Harbour Lantern",
    "*Interview conducted by Ada Quill*",
    "Compiled by Ada Quill and Tom Rook",
    "*Posted October 10 by Ada Quill, Director of Ferry Services \u00b7 6 min read*",
    "March 3, 2026 \u00b7 Reading time: 6 min",
])
def test_bylines_stamps_and_bios_go(line):
    cleaned = clean(STORY + line + "\n\n" + STORY.replace("Monday", "Tuesday")).text
    assert line not in cleaned and "Monday" in cleaned and "Tuesday" in cleaned


def test_the_bylines_name_marks_a_bio_written_any_way():
    body = "By Ada Quill\n\n" + STORY + "Ada Quill lives in Saint John with two cats and a rowboat.\n"
    assert clean(body).text == STORY.strip()


@pytest.mark.parametrize("line", [
    "By Tuesday, the port authority had hired 12 more crew for the new sailings.",
    "By the numbers: two sailings, 12 crew, $14 fares.",
    "BY THE NUMBERS",
    "By Tuesday in Halifax, the port authority had hired 12 more crew.",
    "Interviewed by Ada Quill on Monday, the port authority said 12 more crew were hired.",
    "Ada Quill is doing better than her rivals among fellow ferry operators on the coast.",
    "Ada Quill, a former reporter, said the sailings were overdue.",
    "\u201cWe are ready,\u201d said Ada Quill, who is a columnist for the Lantern.",
    "6:05 p.m.",
    "March was the busiest month on record for the line.",
    "Ada Quill joined the port authority's planning team in 2019 and now runs the ferry line.",
])
def test_lines_that_only_look_like_credits_stay(line):
    assert line in clean(STORY + line + "\n\n" + STORY).text


def test_a_headline_is_not_joined_to_the_story_when_the_byline_under_it_goes():
    body = "Why the ferry line is betting on her\n\nBy Ada Quill\n\n" + STORY
    assert clean(body).text == "Why the ferry line is betting on her\n\n" + STORY.strip()


def test_the_report_says_which_credit_went():
    notes = [r["note"] for r in clean("By Ada Quill, Staff Writer\n\n" + STORY).report() if r["kind"] == "byline"]
    assert notes == ["byline: By Ada Quill, Staff Writer"]


@pytest.mark.parametrize("line", [
    "Ada Quill | Transport Reporter",
    "Ada Quill has covered the port for the Lantern since 2019. She previously reported for the Tribune. "
    "Got a tip? Email aquill@harbourlantern.example.",
])
def test_a_byline_without_by_and_a_bio_that_ends_on_how_to_reach_the_writer_go(line):
    cleaned = clean(STORY + line + "\n\n" + STORY.replace("Monday", "Tuesday")).text
    assert line not in cleaned and "Monday" in cleaned and "Tuesday" in cleaned


@pytest.mark.parametrize("about", [
    "About the Harbour Ferry Authority\n\nThe authority runs 12 routes and carries 3 million riders a year.",
    "### About Ada\n\nAda Quill is a transport economist who spent 12 years at the port. She writes from Saint John.",
    "*About Ada:* I'm Ada, a former deckhand who now writes about ferries. Nothing here is financial advice.",
    "About Gullwing Marine Inc.\n\nFounded in 1961, Gullwing Marine builds ferry hulls in Pictou.\n\n"
    "SOURCE Gullwing Marine Inc.",
])
def test_an_about_section_after_the_story_goes(about):
    story = STORY + STORY.replace("Monday", "Tuesday")
    c = clean(story + about + "\n")
    assert c.text == clean(story).text and any(r["kind"] in ("about", "tail") for r in c.report())


@pytest.mark.parametrize("about", [
    "## About the Harbour Ferry Authority\n\nThe authority, its chair said, \u201cruns on fumes.\u201d",
])
def test_an_about_section_where_someone_is_quoted_stays(about):
    story = STORY + STORY.replace("Monday", "Tuesday")
    assert "runs on fumes" in clean(story + about + "\n").text


def test_an_about_heading_early_in_the_story_is_the_storys():
    text = ("About Pier 4\n\nPier 4 was built in 1931 and has flooded twice since.\n\n" + STORY
            + STORY.replace("Monday", "Tuesday"))
    assert "Pier 4 was built in 1931" in clean(text).text


def test_a_posted_byline_names_the_writer_whose_bio_ends_the_page():
    body = ("Posted March 3, 2026 by Ada Quill, Ports Organizer\n\n" + STORY
            + "Ada Quill is the Harbour Alliance\u2019s ports organizer. She lives in Saint John.\n")
    assert clean(body).text == STORY.strip()


def test_a_bio_labelled_about_the_author_goes_even_with_a_word_in_quotes():
    body = STORY + ("**About the author.** Ada Quill leads port research at Tidemark. She still winces at the word "
                    "\u201cmanifest.\u201d\n")
    assert clean(body).text == STORY.strip()


def test_the_writers_role_and_beat_under_the_headline_go():
    body = "Ferry line adds two sailings\nSenior Editor, Transport\n" + STORY
    cleaned = clean(body).text
    assert "Senior Editor" not in cleaned and cleaned.startswith("Ferry line adds two sailings")


def test_the_writers_beat_on_the_line_under_a_byline_goes():
    body = "Ferry line adds two sailings\n\nBy Ada Quill\nHarbour and Islands reporter\n\n" + STORY
    cleaned = clean(body).text
    assert "reporter" not in cleaned and "Ada Quill" not in cleaned and cleaned.startswith("Ferry line adds")


@pytest.mark.parametrize("stamp", ["Posted Tue 3 Mar 2026 at 5:30am\n", ""])
def test_the_writers_desk_under_the_byline_goes(stamp):
    head = f"By court reporter Ada Quill\nLantern Saint John and Fundy Shore\n{stamp}\n"
    cleaned = clean("Ferry line adds two sailings\n" + head + STORY).text
    assert cleaned == "Ferry line adds two sailings\n\n" + STORY.strip()


def test_a_short_line_of_the_story_under_the_byline_stays():
    cleaned = clean("Ferry line adds two sailings\nBy Ada Quill\nFares stay at $14 for now\n\n" + STORY).text
    assert "Fares stay at $14 for now" in cleaned


def test_a_caption_ending_on_its_photographers_credit_in_capitals_goes():
    story = ("The warehouse has lost two of its four biggest customers since the spring.\n\n"
             "It now sells more to garages in Hamilton than it did before the duties began.")
    raw = ("Ilse Mbeki-Sorensen checks a pallet of brake rotors on a Saturday morning. She came back from a bank job "
           "in Toronto last year. ODILE FERREIRA-NAKATA FOR WEEKEND\n\n" + story)
    assert clean(raw).text == story


def test_a_byline_with_a_beat_in_lower_case_and_a_commentators_role_line_go():
    text = clean("Why the docks went quiet\n\nMarisol Quintero, shipping correspondent\n\nThe port handled fewer "
                 "boxes in May than in any month since 2020.\n").text
    assert "shipping correspondent" not in text and "fewer boxes in May" in text
    text = clean("Why the docks went quiet\n\nAnders Holm\nEuropean trade commentator\n12 June 2026\n\nThe port "
                 "handled fewer boxes in May.\n").text
    assert "trade commentator" not in text and "fewer boxes in May" in text


def test_a_contributors_bio_whose_title_comes_first_goes():
    text = clean("The duty on parts will cost the clinic more than its rent.\n\nThat is the choice in front of us.\n\n"
                 "*Dr. Ines Valcourt is an emergency physician in Moncton. She writes now and then for the Gazette "
                 "on health care.*\n").text
    assert "writes now and then for the Gazette" not in text and "That is the choice in front of us." in text
