"""Forms met after the sets LC to LJ, each in our own words: a second reference that names what someone is and where
("the NDP candidate in Sudbury–Nickel Belt said"), which is the one the paragraph before followed; a headline's
"Okanagan apple grower on the tariff fight: “…”", whose place names no one; a call transcript whose names stand on
lines of their own with a blank line under each; a post quoted in a Markdown page ("> **Sen. Jo Doe** (@SenDoe): …");
a podcast host named by first name alone beside a guest who asks a question in an answer; "the minister at the exit
of the cabinet meeting"; "the critic of the official opposition, Jo Doe."; "says the producer, who grows …"; a show
page's "Hosts: … | Guest: …"; and more of a page's notes on itself (a report's table of contents and blank pages, a
player's running time, a sponsor's read, a research note's credit and legal lines, an e-mail's signature), a call
site's "Recommended transcripts" and a live blog's "Key events"; and, met in the sets LS to LV, a transcript's end and
draft note, a show's breaks, airtimes and pitches, a travel blog's affiliate links, a wire story's note on what changed,
a group's member count, a page's trail; and, in LW to LZ, a chat export's head, a forum's frame, a publisher's legal
and mailing lines and a broadcast script's production cues."""
from __future__ import annotations

import pytest
from test_interviews import _read_quotes          # a file's quotations, as a user loads it
from test_speakers_features import speakers       # each quotation's words and who said them

from briefdeck.clean import clean

SCENES = [
    pytest.param(
        ("By-election in the north\n\nPriya Lalonde keeps a list of every mine shift cut since January, taped inside "
         "her campaign office door.\n\n\u201cPeople want to see that somebody is counting,\u201d the NDP candidate in "
         "Sudbury\u2013Nickel Belt said on Thursday, adding a line to the sheet.\n"),
        {"People want to see that somebody is counting": "Priya Lalonde"},
        id="a_candidate_and_her_riding_after_her_name"),
    pytest.param(
        ("Levy on hold\n\nThe Minister of Natural Resources, Hélène Boisvert-Ngata, confirmed on Wednesday that the levy "
         "was still being studied.\n\n\u00ab No contract will be broken \u00bb, said the minister at the exit of the "
         "cabinet meeting in Quebec City.\n\n\u00ab The minister says one thing on Monday and another on Friday \u00bb, "
         "replied the energy critic of the official opposition, Marc-Olivier Thibault.\n"),
        {"No contract will be broken": "Hélène Boisvert-Ngata",
         "The minister says one thing on Monday and another on Friday": "Marc-Olivier Thibault"},
        id="a_minister_at_the_exit_and_a_critic_of_the_official_opposition"),
    pytest.param(
        ("Seed left in the bin\n\nIn the shed where Rémi Lachance-Dubé keeps his grain, 200 tonnes of last year's "
         "soybeans still wait for a buyer.\n\n\u00ab Normally the bins are empty by March \u00bb, says the producer, who "
         "farms 300 hectares near Saint-Hyacinthe.\n"),
        {"Normally the bins are empty by March": "Rémi Lachance-Dubé"}, id="the_producer_named_before"),
    pytest.param(
        ("Wharf talk\n\nChinese New Year falls on Feb. 17, and buyers ship most of their live lobster before it.\n\n"
         "Roland \u201cSkip\u201d d\u2019Eon, 58, has fished the bay since he was 14.\n\n\u201cIt's two governments deciding "
         "this, not the market,\u201d he said.\n\nIt looked like every other Opening Day Carla Doucet can remember.\n\n"
         "\u201cYou bait the same way and you say the same prayer,\u201d she said.\n"),
        {"It's two governments deciding this, not the market": "Roland d\u2019Eon",
         "You bait the same way and you say the same prayer": "Carla Doucet"},
        id="a_nickname_in_a_name_a_time_of_year_and_every_other_opening_day"),
    pytest.param(
        ("Fund opens\n\n\u201cOur crews did nothing to bring these duties on,\u201d said Agriculture, Aquaculture and "
         "Fisheries Minister Paul Theriault.\n\nThe Gulf Shellfish Processors Council asked Ottawa for more help on Monday. "
         "The council, which speaks for 40 plants in Nova Scotia, New Brunswick, "
         "Quebec, and Newfoundland and Labrador, said in a statement that buyers had moved to Korea.\n\n\u201cA new "
         "market is not a slogan,\u201d the statement said.\n"),
        {"Our crews did nothing to bring these duties on": "Paul Theriault",
         "A new market is not a slogan": "Gulf Shellfish Processors Council"},
        id="a_portfolio_before_the_title_and_a_body_whose_clause_lists_provinces"),
]


@pytest.mark.parametrize("text,expected", SCENES)
def test_each_quotation_is_given_to_the_one_the_story_means(text, expected):
    got = speakers(text)
    for words, who in expected.items():
        assert got.get(words) == who, (words, got)


def test_a_place_before_a_growers_headline_quote_names_no_one(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "Okanagan apple grower on the tariff fight: \u201cWe can't wait a season\u201d\n\nHost Dana Merritt spoke "
        "with Ravi Sandhu, who farms 40 acres of apples near Kelowna.\n\nQ: Ravi, what are buyers telling you?\n\nA: "
        "They want the fruit but not the duty. We can't wait a season for Washington to make up its mind.\n\nQ: Is the "
        "packing house still hiring?\n\nA: For now. They took on twelve pickers in August, fewer than last year.\n\n"
        "Q: And next spring?\n\nA: Ask me after the trade talks. I would rather plant than guess.\n")
    assert found["We can't wait a season"] == "Ravi Sandhu"          # the grower the interview is with, not "Okanagan"


CALL = ("Quartzline Metals Inc. (QZM) Q4 2025 Earnings Call Transcript\n\nCompany Participants\n\nNoor Haddad - Chief "
        "Executive Officer\nLeif Sorensen - Chief Financial Officer\n\nOperator\n\nGood morning and welcome to the "
        "Quartzline Metals fourth quarter call. Please go ahead, Ms. Haddad.\n\nNoor Haddad\n\nThank you, operator. We "
        "shipped 41,000 tonnes of zinc concentrate in the quarter, our best since the mill reopened.\n\nThe export "
        "question is the one everyone asks us about, and our contracts already allow us to sell in Europe if we must."
        "\n\nLeif Sorensen\n\nThanks, Noor. Revenue was $212 million, up 9% from a year earlier, on higher volumes.\n\n"
        "Operator\n\nOur first question comes from Ada Kim with Ridgeway Securities.\n\nAda Kim\n\nHow much of the "
        "zinc goes south today?\n\nNoor Haddad\n\nAbout two thirds, Ada, and we expect that share to fall to half "
        "within two years.\n")


def test_a_call_whose_names_stand_over_their_words_with_a_blank_line(tmp_path):
    found, _ = _read_quotes(tmp_path, "CallNotes Transcripts\nMarkets | Calendar | Log in\n\n" + CALL)
    assert found["We shipped 41,000 tonnes of zinc concentrate in the quarter, our best since the mill reopened."] \
        == "Noor Haddad"                                                # (after her thanks)
    assert found["The export question is the one everyone asks us about, and our contracts already allow us to sell "
                 "in Europe if we must."] == "Noor Haddad"                # her turn runs on over its paragraphs
    assert found["Revenue was $212 million, up 9% from a year earlier, on higher volumes."] == "Leif Sorensen"
    assert "CallNotes Transcripts" not in found.values()               # the site's name over its menu is no one


def test_a_post_quoted_in_a_markdown_page_is_its_posters(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("# Why I hold the juniors\n\nThe senator seems to agree with me:\n\n> **Sen. Dana Okafor** "
                    "(@SenOkafor): Canadian nickel is the safest supply we have. My bill treats it that way.\n>\n> 9:18 "
                    "AM · Mar 20, 2026\n\nIf both capitals get there, the juniors are cheap.\n", encoding="utf-8")
    from briefdeck.extract import extract_files
    found = {sn.anchor.exact: sn.speaker for sn in extract_files([path]).snippets if sn.kind == "quote"}
    assert found["Canadian nickel is the safest supply we have. My bill treats it that way."] == "Dana Okafor"


def test_a_podcast_host_by_first_name_and_a_guest_who_asks_in_an_answer(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "Town Hall Talk, episode 12\n\nShow notes: Priya talks with Mayor Ruth Calder and lawyer Sam Okoye about "
        "local buying rules.\n\nPRIYA: Welcome back. Mayor, what changed in your town?\n\nRUTH CALDER: Less than people "
        "think. We moved about half of our supply contracts to Canadian firms within a year.\n\nPRIYA: Sam, what did "
        "councils get wrong?\n\nSAM OKOYE: The wording. Is a hardware chain owned in Ohio but run from Guelph American? "
        "Half the motions never said.\n\nPRIYA: And the cost?\n\nSAM OKOYE: About two per cent more on the contracts I "
        "have seen, which is less than councils feared.\n\nPRIYA: Mayor, would you do it again?\n\nRUTH CALDER: Yes, "
        "and so would most of my residents, from what they tell me.\n\nPRIYA: Sam, will councils keep the rules?\n\n"
        "SAM OKOYE: Some will. Who wants to be the council that goes back to the old vendor list?\n\nPRIYA: Last word, "
        "Mayor?\n\nRUTH CALDER: Buy from your neighbours when you can. That was always the point.\n")
    assert found["The wording. Is a hardware chain owned in Ohio but run from Guelph American? Half the motions never "
                 "said."] == "Sam Okoye"
    assert found["About two per cent more on the contracts I have seen, which is less than councils feared."] == "Sam Okoye"


def test_the_hosts_of_a_show_page_are_not_its_guest(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "Dawn Farm Report: what the duty means for your bins\nHosts: Lyle Baptiste and Nora Fenwick | Guest: Omar "
        "Siddiqui, Northgate Grain\n\nLYLE BAPTISTE: Good morning, it's 6:10 and minus 12 in Saskatoon. I'm Lyle "
        "Baptiste.\n\nNORA FENWICK: And I'm Nora Fenwick. Futures were up overnight.\n\nOMAR SIDDIQUI: Morning, both. "
        "It is cold out there.\n\nLYLE BAPTISTE: Omar, has the market priced in the duty yet?\n\nOMAR SIDDIQUI: Mostly. "
        "The final rate came in a little under the deposit, so the basis barely moved.\n\nNORA FENWICK: Where is the "
        "oil going?\n\nOMAR SIDDIQUI: South, mostly, into renewable diesel plants in the Dakotas.\n")
    assert found["South, mostly, into renewable diesel plants in the Dakotas."] == "Omar Siddiqui"
    assert "Good morning, it's 6:10 and minus 12 in Saskatoon. I'm Lyle Baptiste." not in found   # a host's turn


LEAD = ("Quartzline Metals said Thursday it will delay its smelter expansion by a year, citing the duties on zinc "
        "exports to the United States and a weaker price.")
MORE = "The company said it would keep its two mines running at full rate through the end of the year."


@pytest.mark.parametrize("note", [
    "2. What Canada Sells, and to Whom ............................ 4", "Notes ..................... 11",
    "This page intentionally left blank.", "Duration: 27 minutes", "Read the video transcript",
    "[SPONSOR MESSAGE] Town Hall Talk is supported by Ridgeline Insurance. Covering councils for 40 years.",
    "Back Town Hall Talk on Patreon for ad-free episodes.", "Visit ridgeline.example to learn more about our coverage.",
    "Subscribe to MinesWire Premium to unlock full audio and slide decks.",
    "Prepared by the metals desk of Harlow Insight, London",
    "Harlow Insight Ltd is registered in England and Wales. Registered office: 9 Fen Row, London. This note is for "
    "information only and is not investment advice.", "Sent with Mailcraft",
    "Harlow Ag Ltd., Box 52, Humboldt, SK  S0K 2A0, Canada", "Refresh this page for the latest updates. Times are Eastern.",
    "Chart 2 \u2014 Zinc exports by destination, thousand tonnes, 2023 to 2025",
    "This transcript was produced with automated software and edited for readability.",
    "> **ADVERTISEMENT** \u00b7 Nelson Credit Union: Winter loan rates from 5.49%. Apply today!",
    "Related video: Smelter workers rally at the plant gate (1:58)", "Inside a zinc smelter paying the duty (2:41)",
    "View 6 more replies", "Comments are closed for this episode.",
    "Forward-looking information: This report contains forward-looking statements under securities laws.",
    "Transcript (auto-generated, edited by creator)",
    "This article was first published in French under the title \u00ab Le zinc attend son heure dans l'ombre de deux "
    "tarifs, et les fondeurs de Trail comptent les semaines \u00bb.",
    "Translation by the editorial team of L'\u00c9cho du Nord.",
    "Transcripts are produced with automated tools and lightly edited. Please check against the audio before quoting.",
    "END OF TRANSCRIPT", "(END OF TRANSCRIPT)",
    "UNOFFICIAL TRANSCRIPT \u2014 This transcript has not been reviewed and may change.",
    "[00:23:04] [AD BREAK]", "[00:26:00] [END AD BREAK]", "(COMMERCIAL BREAK)",
    "Become a supporting listener for $4 a month and get bonus episodes.",
    "Newsletter: Get each episode's notes by email on Fridays.",
    "Not a member yet? Join the guild today for weekly price sheets.",
    "Read every filing in full. Start your 30-day free trial",
    "Win two tickets to the home opener! Enter now",
    "(affiliate link)", "Check current rates at the Pinecrest Motel on RoomScout", "Compare flight prices with SkyTally",
    "**Pin it for later!** \U0001f4cc [Pin this post](https://pins.example/create?url=mill-towns)", "This story is part of our series \u201cMill Towns.\u201d", "See all stories in the series",
    "(Adds union comment in paragraph 6, updates share price)", "12.4k members \u00b7 88 online",
    "Newsroom > Business > Forestry > Mills",
    "Transcribed by the Clerk's Office. Questions about this transcript may be directed to clerk@town.example.",
    "[Transcript prepared from the broadcast audio. It may contain errors.]",
    "Mill Talk airs Saturdays at 9 a.m. on Valley Radio.", "Listen live or subscribe at valleyradio.example/milltalk.",
    "This message and any attachments are confidential and intended only for the addressee.",
    "Group members: Jo Doe, Al Roe, Sam Poe", "Member since 2018 \u00b7 96 posts", "Like (4) \u00b7 Reply \u00b7 Report",
    "You must be logged in to reply to this thread. Log in or Register",
    "New posts appear automatically. Refresh the page if updates stop loading.",
    "This paper is published under a Creative Commons CC BY 4.0 licence.",
    "To be removed from our mailing list, call 555-0190.", "Accessibility: This report is available in alternate formats.",
    "This communication is not intended to solicit properties already listed for sale.",
    "[END PKG \u2014 BACK TO CAM 2]", "### END C2 ###", "PHOTOG: J. ROE", "Shop this post:",
    "Like this post? Pin it for later and share it!",
])
def test_a_pages_note_on_itself_goes_and_the_story_stays(note):
    cleaned = clean(f"{LEAD}\n\n{note}\n\n{MORE}\n").text
    assert note not in cleaned
    assert LEAD in cleaned and MORE in cleaned


@pytest.mark.parametrize("heading,items", [
    ("Recommended transcripts", ["Harlow Zinc plc (HZN) Half-Year 2026 Results Call Transcript",
                                 "Quartzline Metals Inc. (QZM) Investor Day 2026 Transcript"]),
    ("**Key events**", ["- 4:40 p.m. Summit ends with a joint declaration", "- 9:10 a.m. Windsor mayor opens summit"]),
    ("Related groups", ["Kootenay Buy & Sell \u2014 Mining Equipment", "Trail Smelter Retirees"]),
])
def test_a_list_of_other_pages_under_its_heading_goes(heading, items):
    cleaned = clean(f"{LEAD}\n\n{MORE}\n\n{heading}\n" + "\n".join(items) + "\n").text
    assert heading.strip("*") not in cleaned and not any(item.lstrip("- ") in cleaned for item in items)
    assert LEAD in cleaned and MORE in cleaned


@pytest.mark.parametrize("line", [
    "Prepared by hand, the filings ran to 400 pages, the company said.",
    "The union said 48 members voted, and 12 stayed online for the whole meeting.",
    "Prices rose from $410 > $450 > $480 over the winter, the mill said.",
    "Members of the guild said they would compare prices with suppliers in Quebec.",
    "Visit the mine and you will see the new mill, the mayor said.",
    "The smelter was sent from Germany in 2009, and it is still running.",
    "Sponsored by two Liberal members, the bill would cap the levy at 10 per cent.",
])
def test_a_story_line_near_such_a_note_stays(line):
    cleaned = clean(f"{LEAD}\n\n{line}\n\n{MORE}\n").text
    assert line in cleaned


def test_a_columnists_end_note_goes_under_a_byline_in_bold():
    cleaned = clean(f"# Boxes flipped over\n\n*A year into the trade fight, the Canadian shelf is the busiest.*\n\nBy "
                    f"**Harriet Ling**\n\nNovember 13, 2025\n\n{LEAD}\n\n{MORE}\n\n---\n\n*Harriet Ling owns a hardware "
                    "store in Nelson and has sold tools there since 1998.*\n\n\u00a9 2025 The Ledger\n").text
    assert "owns a hardware store" not in cleaned and LEAD in cleaned


def test_a_pull_quote_in_single_marks_goes_and_the_paragraph_that_has_it_stays():
    said = ("\u2018Nobody here blames the people across the river,\u2019 Ms Hale said. \u2018There is nobody to be "
            "angry at within a day\u2019s drive.\u2019")
    cleaned = clean(f"# Two towns\n\n{LEAD}\n\n{said}\n\n    \u2018There is nobody to be angry at within a day\u2019s "
                    f"drive.\u2019\n\n{MORE}\n").text
    assert cleaned.count("There is nobody to be angry at within a day\u2019s drive.") == 1 and said in cleaned


def test_a_groups_replies_set_in_under_their_comment_are_their_writers(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "Trail Smelter Workers (Unofficial)\nPrivate group \u00b7 2.1K members\n\nDoug Pelletier\nAdmin \u00b7 May 2 at "
        "7:41 AM\nThe company posted the new shift schedule this morning. Two lines down to one until June.\n\nWanda "
        "Koch\nSame in the refinery. We need the second line back just to cover the mortgage on the new truck.\n\n"
        "    Doug Pelletier\n    Admin\n    Wanda Koch yup. Nobody is making money on one line at these prices.\n\n"
        "Gord Ellery\nRetired in 2022 with my full pension. Best decision I ever made, looking at this.\n\n    Wanda "
        "Koch\n    Gord Ellery lucky you. The young guys are the ones getting hurt by all of this.\n")
    assert found["Wanda Koch yup. Nobody is making money on one line at these prices."] == "Doug Pelletier"
    assert found["Gord Ellery lucky you. The young guys are the ones getting hurt by all of this."] == "Wanda Koch"
    assert found["Retired in 2022 with my full pension. Best decision I ever made, looking at this."] == "Gord Ellery"
