"""A page's notes about itself, in forms met on real sites: a transcript service's notes, a translated "Also to
read" list, a release's cautionary section that quotes single words, a live page's refresh switch, a magazine's
issue note, a row of buttons in brackets, a link to report an error. Each goes; the story stays."""
from __future__ import annotations

from briefdeck.clean import clean

LEAD = ("Harbourline Ferries said Tuesday it will retire two of its four vessels next spring, cutting 140 jobs in "
        "Saint John as bookings from U.S. travellers fell by a third.")
MORE = ("The company said it would keep its winter schedule to Digby unchanged, and that the two remaining ships "
        "would each sail one more crossing a day.")


def test_a_transcript_services_notes_go_and_the_turns_stay():
    page = ("*Unofficial transcript prepared by Northgate Hill Monitoring. Portions in French are translated and "
            "marked. Crosstalk is noted.*\n\n---\n\nJO DOE: " + LEAD + "\n\nREPORTER: And the winter schedule?\n\n"
            "JO DOE: " + MORE + "\n\n---\n\n*Northgate Hill Monitoring provides transcripts for subscribers. This "
            "transcript has not been verified against the official recording. Redistribution is prohibited.*\n")
    cleaned = clean(page).text
    assert "Unofficial transcript" not in cleaned and "not been verified" not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_a_translated_also_to_read_list_goes_with_its_headlines():
    page = (f"{LEAD}\n\n{MORE}\n\nALSO TO READ\n\nRoberval: a biochar plant presented to council\n\n"
            f"Forest fires: the season ends with 210,000 hectares burned\n\nChibougamau: the sawmill goes to four days\n")
    cleaned = clean(page).text
    assert "ALSO TO READ" not in cleaned and "biochar" not in cleaned and "210,000 hectares" not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_a_releases_cautionary_section_that_quotes_single_words_goes_to_the_end():
    body = " ".join([LEAD, MORE] * 6)
    page = (f"{body}\n\n\u201cWe are protecting margins this winter,\u201d said the chief executive.\n\n"
            "Caution Regarding Forward-Looking Statements\n\nThis news release contains forward-looking statements. "
            "They are identified by words such as \"expect\", \"anticipate\", \"plan\", \"will\" and similar "
            "expressions, and are subject to risks.\n\nNon-GAAP Measures\n\nAdjusted EBITDA is a non-GAAP measure.\n")
    cleaned = clean(page).text
    assert "Forward-Looking" not in cleaned and "non-GAAP" not in cleaned
    assert "We are protecting margins this winter" in cleaned


def test_a_pages_own_notes_and_buttons_go():
    page = (f"Ferry line retires two ships\n\n[Share] [Save] [Gift this article] [Comments (12)]\n\n"
            f"Auto-refresh is ON. New posts will appear automatically.\n\n{LEAD}\n\n{MORE}\n\n"
            f"Report an error in this article\n\nReport a technical issue\n\n"
            f"This article appears in the March/April 2026 issue of Harbour Life.\n")
    cleaned = clean(page).text
    for furniture in ("[Share]", "Auto-refresh", "Report an error", "technical issue", "appears in the"):
        assert furniture not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_an_advert_tagged_in_brackets_and_a_premium_pitch_go():
    page = (f"{LEAD}\n\n[ADVERTISEMENT] **DockSmart Scheduler \u2013 fill every sailing. Book a demo and get a month "
            f"free.**\n\n{MORE}\n\n*Want more numbers like these? Harbour Ledger Plus members get the full quarterly "
            f"report. Upgrade now.*\n")
    cleaned = clean(page).text
    assert "ADVERTISEMENT" not in cleaned and "DockSmart" not in cleaned and "Upgrade now" not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_a_newsletter_platforms_foot_and_a_pages_comment_prompts_go():
    page = (f"Ferry line retires two ships\n\n{LEAD}\n\n{MORE}\n\nUpgrade to paid \u2014 US$6/month\n\n"
            f"Harbour Notes is a reader-supported publication. To receive new posts, consider becoming a subscriber.\n\n"
            f"Paid subscribers get the full sailing data.\n\n14 Likes | 3 Restacks\n\nDiscussion about this post\n\n"
            f"Letters have been edited for length and clarity.\n\nLog in or create a free account to comment.\n\n"
            f"Show more replies\n\nDid you find what you were looking for?\n\nQuestions about this page? Write to us.\n")
    cleaned = clean(page).text
    for furniture in ("Upgrade to paid", "reader-supported", "Paid subscribers", "Restacks", "Discussion about",
                      "edited for length", "Log in or create", "Show more replies", "Did you find", "Questions about"):
        assert furniture not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_a_market_letters_fine_print_and_a_signatures_numbers_go():
    long_disclaimer = ("DISCLAIMER: This letter is provided by Fundy Grain Advisors Ltd. for information only and is "
                       "not an offer to buy or sell any commodity, future or security. " * 3).strip()
    page = (f"{LEAD}\n\n{MORE}\n\n{long_disclaimer}\n\nPrices are indicative and drawn from sources believed to be "
            f"reliable, but they are not guaranteed.\n\nMarta Ilves\nAccount Manager\nT 902-555-0143 | M 902-555-0178\n"
            f"www.fundygrain.example\n")
    cleaned = clean(page).text
    for furniture in ("DISCLAIMER", "believed to be reliable", "902-555-0143", "fundygrain.example"):
        assert furniture not in cleaned
    assert LEAD in cleaned


def test_a_releases_note_on_its_french_version_and_a_contact_line_with_an_address_go():
    page = (f"{LEAD}\n\n{MORE}\n\nCe communiqué est également disponible en français.\n\n"
            f"Harbourline Ferries | Communications | media@harbourline.example\n")
    cleaned = clean(page).text
    assert "disponible en français" not in cleaned and "media@harbourline" not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_a_head_spread_across_a_pdfs_page_on_three_pages_goes():
    head = "SAILING ON                                        Harbour Report No. 2026-02"
    page = f"{head}\n\n{LEAD}\n\n{head}\n\n{MORE}\n\n{head}\n\nBookings should recover by 2028.\n"
    cleaned = clean(page).text
    assert "Harbour Report No." not in cleaned and LEAD in cleaned and MORE in cleaned


def test_a_records_note_on_itself_and_a_link_bar_over_a_trail_go():
    page = (f"Senate of Canada\nSenators | Committees | Chamber Business | About the Senate\nHome > Committees > AGFO > "
            f"Evidence\n\n{LEAD}\n\n{MORE}\n\nHansard is the official record of the debates of the Assembly. Unrevised "
            f"transcripts may change.\n\n> Letters have been edited for length. The views are the writers' own.\n\n"
            f"Mar 3, 2026 \u00b7 Paid subscribers get the full tables\n")
    cleaned = clean(page).text
    for furniture in ("Chamber Business", "official record", "edited for length", "The views are", "Paid subscribers"):
        assert furniture not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_a_briefing_notes_markings_a_forums_frame_and_a_broadcasts_tape_marks_go():
    page = (f"PROTECTED A\nDocket: TRD-2026-0077\n\n{LEAD}\n\n_____ I approve the recommendation\n_____ Let's discuss\n"
            f"Prepared by: Jo Doe, Policy Analyst, 613-555-0100\n\nPages: [1]   Go Down\n\nharbour_fan\nPosts: 1,204\n"
            f"Location: Digby, NS\n\n{MORE}\n\nReport to moderator   Logged\n\n(BEGIN VIDEOTAPE)\n\n(END VIDEOTAPE)\n\n"
            f"Closed captioning provided by Harbourtext Media.\n\nTranscript generated automatically and checked by staff.\n")
    cleaned = clean(page).text
    for furniture in ("PROTECTED", "Docket", "I approve", "discuss", "Prepared by", "Pages:", "Posts:", "Location:",
                      "Report to moderator", "VIDEOTAPE", "Closed captioning", "generated automatically"):
        assert furniture not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_an_institutions_land_acknowledgement_goes_and_a_story_about_land_stays():
    page = (f"{LEAD}\n\nHarbour College acknowledges that it is located on the traditional lands of the Mi'kmaq.\n\n"
            f"Saltmarsh University is situated on the traditional territory of the Wolastoqiyik.\n\nThe new terminal is "
            f"located on the traditional territory of the Wolastoqiyik, and the First Nation has asked to be consulted.\n")
    cleaned = clean(page).text
    assert "Harbour College acknowledges" not in cleaned and "Saltmarsh University is situated" not in cleaned
    assert "The new terminal is located on the traditional territory" in cleaned and LEAD in cleaned


def test_a_blogs_post_links_a_shows_sponsor_message_and_a_bulletins_pitch_go():
    page = (f"{LEAD}\n\nSponsor message: Tidewater Marine Supply. Life jackets 15% off this weekend only.\n\n{MORE}\n\n"
            "Stay informed: subscribe to the Harbour Authority bulletin for sailing notices.\n\n"
            "\u2190 [Previous: Fog season, part two](/2025/05/fog) | [Next: A new ramp at Digby](/2025/07/ramp) \u2192\n\n"
            "Next: The board meets again in March.\n")
    cleaned = clean(page).text
    assert "Life jackets" not in cleaned and "Stay informed" not in cleaned
    assert "Fog season" not in cleaned and "new ramp" not in cleaned
    assert LEAD in cleaned and MORE in cleaned
    assert "Next: The board meets again in March." in cleaned          # a sentence after "Next:" is the story's


def test_a_video_players_words_a_forums_frame_a_podcasts_asks_and_fine_print_go():
    page = ("Video Player is loading.\n\nCurrent Time 0:00\n\nDuration 2:41\n\nThis is a modal window.\n\n"
            f"{LEAD}\n\nWelcome, Guest. Please login or register.\n\nKarma: +41/-2\n\n"
            "\u00ab Last Edit: March 3, 2026, 09:12:44 PM by ferry_fan \u00bb\n\nLogged\n\n"
            "Today's episode is also supported by Tidewater Bets.\n\nNew players get $50 in free bets. 19+ only. "
            "Please gamble responsibly.\n\nSubscribe wherever you get your podcasts. Leave us a five-star review.\n\n"
            f"{MORE}\n\nCompanies in this story: (TSX:HLF)\n\nDeposits are insured by the provincial regulator, "
            "subject to limits.\n\nThe columnist does not hold any of the securities mentioned.\n\n"
            "Got a question for next week? Hit reply. We read them all.\n\nPUBLICITY\n\n"
            "ANNUAL REPORT 2025: MESSAGE FROM THE CHAIR (CONTINUED)\n\n"
            "This report may be reproduced for non-commercial purposes with credit.\n")
    cleaned = clean(page).text
    for gone in ("Video Player", "Current Time", "Duration 2:41", "modal window", "Please login", "Karma", "Last Edit",
                 "Logged", "Tidewater Bets", "gamble responsibly", "five-star review", "TSX:HLF", "Deposits are insured",
                 "securities mentioned", "Hit reply", "PUBLICITY", "(CONTINUED)", "may be reproduced"):
        assert gone not in cleaned, gone
    assert LEAD in cleaned and MORE in cleaned


def test_a_videos_chapter_list_a_shows_ad_reads_disclaimers_and_a_boards_frame_go():
    page = ("Chapters\n0:00 Intro\n0:41 The dock\n2:35 Winter storage\n4:10 The tariff\n\n"
            f"{LEAD}\n\nThis episode of Harbour Talk is brought to you by Keelson Insurance, cover for every hull.\n\n"
            "This portion of today's webinar is sponsored by Slipway Software.\n\n"
            "Next episode: Ice fishing huts and the law\n\n"
            "Nothing in this episode is legal or financial advice. Guests' views are their own.\n\n"
            "Reading time: 6 minutes\n\nLog in to comment\n\n"
            "Comments are moderated and may take up to 24 hours to appear.\n\n"
            "Board index \u00bb Boats \u00bb Ferries\n\nPage 1 of 1 [ 5 posts ]\n\nReport this post | Like (2) | Quote\n\n"
            "level 2\n\n212 points \u00b7 94% Upvoted\n\n"
            f"{MORE}\n\nTranscript generated with automatic software and edited for clarity.\n")
    cleaned = clean(page).text
    for gone in ("0:41 The dock", "4:10 The tariff", "Chapters", "Keelson", "Slipway", "Ice fishing huts",
                 "legal or financial advice", "Reading time", "Log in to comment", "moderated", "Board index",
                 "[ 5 posts ]", "Report this post", "level 2", "Upvoted", "automatic software"):
        assert gone not in cleaned, gone
    assert LEAD in cleaned and MORE in cleaned


def test_a_list_of_times_that_do_not_run_forward_or_are_sentences_stays():
    page = (f"{LEAD}\n\nSailings today:\n9:30 Digby\n7:15 Saint John\n8:00 Digby\n\n"
            "The schedule:\n6:00 The first ferry leaves.\n7:00 The second one follows.\n8:00 The third goes at eight.\n")
    cleaned = clean(page).text
    assert "9:30 Digby" in cleaned and "6:00 The first ferry leaves." in cleaned


def test_slide_notes_a_records_clock_a_bots_note_and_credits_and_fine_print_go():
    page = ("[Slide 3: Q4 results]\n\n(1105)\n\n"
            f"{LEAD}\n\nRefresh for updates.\n\nI am a bot, and this action was performed automatically.\n\n"
            "Music by The Low Tides.\n\nThis newsletter was printed and distributed by union labour.\n\n"
            "For institutional investors only. Please see important disclosures at the end.\n\n"
            "Video and transcript \u00a9 Town of Digby.\n\n"
            "Translated from the French by the committee. In case of discrepancy, the French version prevails.\n\n"
            "Transcript auto-generated by MeetNotes and lightly edited.\n\n"
            f"{MORE}\n\nThe band played music by local artists at the launch, organizers said.\n")
    cleaned = clean(page).text
    for gone in ("Slide 3", "(1105)", "Refresh for updates", "I am a bot", "Low Tides", "union labour",
                 "institutional investors", "\u00a9", "French version prevails", "auto-generated"):
        assert gone not in cleaned, gone
    assert LEAD in cleaned and MORE in cleaned and "music by local artists" in cleaned
