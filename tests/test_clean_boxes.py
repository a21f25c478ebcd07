"""Boxes a saved page sets in or around a story: other stories' updates, sign-up boxes, lists of links on one
line, a pull quote printed as its own paragraph, a caption in brackets. Each goes; the story stays."""
from __future__ import annotations

from briefdeck.clean import clean

LEAD = ("Harbourline Ferries said Tuesday it will retire two of its four vessels next spring, cutting 140 jobs in "
        "Saint John as bookings from U.S. travellers fell by a third.")
MORE = ("The company said it would keep its winter schedule to Digby unchanged, and that the two remaining ships "
        "would each sail one more crossing a day.")


def test_a_live_updates_box_of_bulleted_headlines_goes_but_a_live_blogs_own_headline_stays():
    page = (f"Ferry line retires two ships\n\nLIVE UPDATES: Markets today\n\n• TSX edges higher as banks climb\n"
            f"• Loonie slips below 71 cents U.S.\n• Shipping shares mixed after fleet news\n\nFollow all updates\n\n"
            f"{LEAD}\n\n{MORE}\n")
    cleaned = clean(page).text
    assert "LIVE UPDATES" not in cleaned and "Loonie slips" not in cleaned and "Follow all updates" not in cleaned
    assert LEAD in cleaned and MORE in cleaned
    blog = f"Live updates: Ferry line retires two ships as bookings fall\n\n{LEAD}\n\n{MORE}\n"
    assert clean(blog).text.startswith("Live updates: Ferry line retires two ships")


def test_a_live_updates_heading_alone_over_timed_items_goes_with_them():
    page = (f"{LEAD}\n\nLIVE UPDATES\n\n\u2022 9:12 PM Council delays vote on the harbour parking plan\n"
            f"\u2022 8:47 PM Crews respond to a brush fire near Rothesay\n\u2022 8:05 PM Highway 1 traffic heavy at "
            f"the Hampton exit\n\n{MORE}\n")
    cleaned = clean(page).text
    assert "LIVE UPDATES" not in cleaned and "brush fire" not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_a_list_of_links_keeps_going_past_a_headline_that_ends_on_an_abbreviation():
    page = (f"{LEAD}\n\n{MORE}\n\nMORE IN TRAVEL\nHow to read a ferry's fuel surcharge\n"
            f"Five operators on finding passengers in the U.K.\nIs a second vessel worth it for a small line?\n")
    cleaned = clean(page).text
    assert "U.K." not in cleaned and "second vessel" not in cleaned and MORE in cleaned


def test_a_sign_up_box_named_by_how_often_it_comes_goes_with_its_field():
    page = (f"{LEAD}\n\n{MORE}\n\nThe Harbour Weekly\nPractical news for the waterfront, every Friday.\n"
            f"Your email | Subscribe\n")
    cleaned = clean(page).text
    assert "Harbour Weekly" not in cleaned and "every Friday" not in cleaned and "Your email" not in cleaned
    assert cleaned.rstrip().endswith(MORE)


def test_a_pull_quote_printed_again_as_its_own_paragraph_goes_but_a_repeated_label_stays():
    column = (f"{LEAD}\n\nThe ships are not coming back. The passengers still might.\n\n{MORE}\n\n"
              f"The ships are not coming back. The passengers still might.\n\nThe fares will stay where they are.\n")
    assert clean(column).text.count("The ships are not coming back.") == 1
    call = ("Jo Doe-Roe -- Chief Executive Officer\nBookings fell by a third, and we are retiring two ships.\n\n"
            "Ana Lind -- Harbour Capital -- Analyst\nHow many jobs does that take out?\n\n"
            "Jo Doe-Roe -- Chief Executive Officer\nAbout 140, almost all of them in Saint John.\n")
    assert clean(call).text.count("Jo Doe-Roe -- Chief Executive Officer") == 2
    hansard = ("The Speaker (Hon. Jo Roe): The minister.\n\nHon. Ana Lind: Thank you, Speaker. The ferries will run.\n\n"
               "Mr. Sam Doe: Will they run in January, yes or no?\n\nThe Speaker (Hon. Jo Roe): The minister.\n\n"
               "Hon. Ana Lind: They will, Speaker.\n")
    assert clean(hansard).text.count("The Speaker (Hon. Jo Roe): The minister.") == 2


def test_a_pull_quote_of_two_sentences_from_inside_a_longer_paragraph_goes_whether_it_comes_before_or_after():
    said = ("That is the whole problem. A ferry that nobody can plan around is not a service. It is a lottery. The "
            "schedule is set week by week, and the news reaches the island late.")
    pulled = "A ferry that nobody can plan around is not a service. It is a lottery."
    for column in (f"{LEAD}\n\n{said}\n\n{pulled}\n\n{MORE}\n", f"{LEAD}\n\n{pulled}\n\n{MORE}\n\n{said}\n"):
        cleaned = clean(column).text
        assert cleaned.count("It is a lottery.") == 1 and said in cleaned and LEAD in cleaned and MORE in cleaned


def test_a_caption_in_brackets_and_a_trade_papers_one_line_most_read_and_its_publishing_note_go():
    page = (f"Ferry line retires two ships\n\n[Photo: The Harbourline ferry Fundy Star at its berth in Saint John on "
            f"Monday, two days before the company said it would retire her. Beacon photo / Jo Doe-Roe]\n\n"
            f"{LEAD}\n\n{MORE}\n\n*Most read this week:* Lagos port complex secures second-phase funding · Pilot "
            f"rules tighten in Australia · Who owns a ferry's old route?\n\n*Ferry Trade Weekly is published weekly. "
            f"Subscribers can download this issue as a PDF from the archive.*\n")
    cleaned = clean(page).text
    assert "Fundy Star" not in cleaned and "Most read" not in cleaned and "published weekly" not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_a_transcript_services_logo_line_image_source_and_closing_disclaimer_go():
    call = ("Harbourline Ferries (HLF) Q3 2025 Earnings Call Transcript\nQuarterdeck Transcripts logo.\n"
            "Image source: Quarterdeck.\n\nOperator\nGood morning, and welcome to the call.\n\n"
            f"Jo Doe-Roe -- Chief Executive Officer\n{LEAD}\n\n"
            "This article is a transcript of this conference call produced for Quarterdeck. While we strive for "
            "accuracy, there may be errors, omissions, or inaccuracies in this transcript.\n")
    cleaned = clean(call).text
    assert "logo" not in cleaned and "Image source" not in cleaned and "strive for accuracy" not in cleaned
    assert LEAD in cleaned


def test_a_shows_release_line_its_transcript_note_and_a_hosts_whole_sponsor_read_go():
    read = ("[00:21:07] TEODORA: This episode is brought to you by Northstar Freight Insurance. If one damaged "
            "container can sink your quarter, Northstar covers cargo door to door, with claims paid in ten business "
            "days and no paperwork faxed anywhere. Listeners of the show get their first month free with the code "
            "DOCK12 at northstarfreight.example. Northstar Freight Insurance: because the sea does not care about "
            "your margins.")
    assert len(read) > 400                          # (a whole turn, longer than most furniture lines)
    show = ("The Loading Dock, episode 12\nReleased March 3, 2026 · Running time 41:06\nTranscript generated "
            "automatically and corrected by the producers. Timestamps are approximate.\n\n"
            f"[00:00:05] TEODORA: {LEAD}\n\n{read}\n\n[00:21:40] TEODORA: {MORE}\n")
    cleaned = clean(show).text
    assert "Running time" not in cleaned and "generated automatically" not in cleaned
    assert "Northstar" not in cleaned and LEAD in cleaned and MORE in cleaned


def test_a_link_to_another_story_that_ends_a_paragraph_a_series_note_and_a_photography_credit_go():
    page = (f"Sugar shacks brace for a quiet spring\n\nBy Jo Doe-Roe\nPhotography by Ama Roe-Lindqvist\n\n"
            f"{LEAD} (Read more: Federation leases a second warehouse.)\n\n"
            f"{MORE} Related: What is the strategic reserve?\n\n"
            "This story is part of Sugar Season, our series on maple country in a year of tariffs.\n")
    cleaned = clean(page).text
    assert "Read more" not in cleaned and "Related" not in cleaned and "Sugar Season" not in cleaned
    assert "Roe-Lindqvist" not in cleaned and LEAD in cleaned and MORE in cleaned


def test_a_related_opinion_heading_goes_with_its_headlines():
    body = ("The council voted 7-2 to buy eleven electric buses.\n\nJo Doe is the mayor of Port Alder.\n\n"
            "Related opinion\nLetters: Don't forget the island routes when the buses arrive\n"
            "Editorial: The harbour budget leaves the ferry dock hanging\n"
            "Column: The quiet winners of the causeway widening\n")
    cleaned = clean(body).text
    assert "Related opinion" not in cleaned and "island routes" not in cleaned and "causeway" not in cleaned
    assert "eleven electric buses" in cleaned and "mayor of Port Alder" in cleaned


def test_a_sign_up_boxs_name_and_pitch_go_with_its_field_whose_button_has_spaces_in_its_brackets():
    body = ("The ferry resumed on Monday after a two-day strike.\n\nGet the Harbour Morning Report\n"
            "Sailings, weather and the island news, delivered before the first ferry.\n"
            "Your email address   [ Sign up ]\n\nFares stay at $14 for adults.\n")
    cleaned = clean(body).text
    assert "Morning Report" not in cleaned and "first ferry" not in cleaned and "Sign up" not in cleaned
    assert "two-day strike" in cleaned and "$14 for adults" in cleaned
