"""Cleaning: every step does its job, is reported, and can be undone; offsets map back to the raw text."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from briefdeck.clean import clean, to_clean, undo
from briefdeck.readers import read_source

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def kinds(cleaned) -> list[str]:
    """The kinds of change made, leaving out whitespace tidying."""
    return [row["kind"] for row in cleaned.report() if row["kind"] != "whitespace"]


def test_repeated_heading_is_kept_once_even_when_the_copy_lost_its_punctuation():
    c = clean("Ferry Plans and the Town’s Budget\n\nFerry Plans and the Towns Budget\n\nThe council met on Monday.")
    assert c.text == "Ferry Plans and the Town’s Budget\n\nThe council met on Monday."
    assert kinds(c) == ["duplicate"]


def test_paragraph_pasted_again_further_down_is_dropped():
    para = "The harbour board approved a second berth for the island ferry after a long public consultation."
    raw = f"Intro line.\n\n{para}\n\nA different heading\n\n{para}\n\nClosing words here."
    c = clean(raw)
    assert c.text.count(para) == 1
    assert c.text.endswith("A different heading\n\nClosing words here.")


def test_short_lines_repeated_far_apart_are_kept():
    raw = "Results\n\nThe first table shows costs.\n\nMethods\n\nResults\n\nThe second table shows fares."
    assert clean(raw).text == raw


def test_comment_form_and_page_furniture_are_removed():
    raw = ("Ferry fares rise in spring\n\nPhoto: The quay at dawn / Coastline Images\n\n"
           "Fares on the island route will rise by a tenth in April, the operator said.\n\n"
           "Share this article\n\nAdvertisement\n\nA quick word from our partner\n\n"
           "The increase is the first in six years.\n\nSubscribe to our newsletter\n\n"
           "Leave a Reply\n\nYour email address will never be shared. Fields marked * are required\n\n"
           "Comment *\n\nName *\n\nScroll to Top")
    c = clean(raw)
    assert c.text == ("Ferry fares rise in spring\n\nFares on the island route will rise by a tenth in April, "
                      "the operator said.\n\nThe increase is the first in six years.")
    assert set(kinds(c)) == {"boilerplate"}
    story = "Fares on the island route will rise by a tenth in April, the operator said."
    other = clean(f"{story}\n\nYour email stays private. Fields marked * must be filled in.\n\nThe increase is the "
                  f"first in six years.\n")                  # the same form in other words, with no heading over it
    assert "stays private" not in other.text and story in other.text


def test_a_headline_naming_its_kind_of_story_is_kept_and_a_plug_for_another_goes():
    raw = ("Explainer: What the ferry fare rise means for islanders\n\n"
           "Fares on the island route will rise by a tenth in April, the operator said.\n\n"
           "Explainer: How the operator sets its prices\n\n"
           "The increase is the first in six years.")
    assert clean(raw).text == ("Explainer: What the ferry fare rise means for islanders\n\n"
                               "Fares on the island route will rise by a tenth in April, the operator said.\n\n"
                               "The increase is the first in six years.")


def test_a_sentence_that_merely_mentions_a_news_agency_is_kept():
    raw = "The sale was first reported by Reuters.\n\nThe yard declined to comment."
    assert clean(raw).text == raw


def test_sentence_broken_across_a_blank_line_is_joined():
    raw = ("Shipments leave the quay on Tuesdays and arrive at the\n\n"
           "island depot before noon, weather permitting.\n\nNext paragraph.")
    c = clean(raw)
    assert c.text == ("Shipments leave the quay on Tuesdays and arrive at the island depot before noon, "
                      "weather permitting.\n\nNext paragraph.")
    assert kinds(c) == ["join"]


def test_a_headline_under_a_menu_cleaning_took_away_is_not_joined_to_the_story():
    raw = ("Skip to main content\nHome / Stories / Energy\n\nWind project heads to appeal as neighbours dig in\n"
           "Share this story: Facebook | Email\n\nOn a grey morning in February, the survey stakes went up.")
    assert clean(raw).text == ("Wind project heads to appeal as neighbours dig in\n\n"
                               "On a grey morning in February, the survey stakes went up.")


def test_lead_in_ending_with_a_colon_joins_its_lowercase_continuation():
    assert clean("The town has decided:\nthe ferry will stay.").text == "The town has decided: the ferry will stay."


def test_a_turn_cut_off_with_a_dash_is_not_joined_to_the_next_speakers_turn():
    text = ("ANCHOR: So the carmakers would tell us that this is all going to pass by the spring \u2014\n\n"
            "OKONJO-BRAY: They would say it's temporary, and some of it may be.\n\n"
            "MARTA DIEHL, ECONOMIST: We had three shops close in the county this year alone, and more are coming \u2014\n\n"
            "Q: What would help them most?\n")
    assert clean(text).text == text.strip()


def test_a_paragraph_closing_a_quotation_in_guillemets_is_not_joined_to_the_next():
    raw = ("Remi Vautour, a welder who has worked at the plant for 26 years, will keep his job, but he said he is "
           "thinking of the younger people on his line.\n\n"
           "\u00ab I am 61, I have my seniority, I will be fine, \u00bb he said at the shift change on Tuesday. \u00ab But "
           "the young ones who arrived two years ago, who just bought houses in town, will pay for this. \u00bb\n\n"
           "The town said it is following the situation closely. Its director of development said a meeting with the "
           "company and the region's employers was planned for next week.\n\n"
           "\u00ab The industrial park has about 300 open positions, in food processing and metal work, \u00bb she said. "
           "\u00ab Not every job will be the same, but no one should have to leave to find work. \u00bb")
    assert clean(raw).text == raw


def test_headings_and_list_items_are_not_joined():
    raw = "What changes\n\nThe route gets two new vessels\n- a hybrid ferry\n- a cargo barge"
    assert clean(raw).text == raw


def test_a_markdown_heading_that_ends_on_a_function_word_is_not_joined_to_the_paragraph_under_it():
    raw = ("# The Shop Floor\n\nThe union's newsletter for its members at the brake plant.\n\n"
           "## Layoff notice: what we know, what we are fighting for\n\n"
           "On Monday the company gave the union notice that it will lay off 118 members.")
    assert clean(raw).text == raw


def test_a_name_in_bold_inside_a_line_is_unbolded_and_a_bold_heading_is_left_alone():
    raw = ("**Key dates**\n\n"
           "\u201cWe dispute that layoffs are the only answer,\u201d said union president **Marisol Dunleavy-Okafor**.\n\n"
           "\u201cI have 11 years in and will be fine for a while.\u201d \u2014 **Teodora Vasquez-Lind**, machine operator\n\n"
           "**Tobias Ferreira-Mack** said the fund held about $1.6 million.\n\n"
           "**Doe:** A label stays.")
    cleaned = clean(raw)
    assert cleaned.text == raw.replace("**Marisol Dunleavy-Okafor**", "Marisol Dunleavy-Okafor") \
        .replace("**Teodora Vasquez-Lind**", "Teodora Vasquez-Lind").replace("**Tobias Ferreira-Mack**", "Tobias Ferreira-Mack")
    assert {r["kind"] for r in cleaned.report()} == {"markup"}
    assert undo(cleaned.steps, cleaned.text) == raw


def test_reversible_mojibake_is_repaired_with_ftfy():
    raw = "The harbourâ€™s new ferry cost â‚¬12 million â€” a record."
    c = clean(raw)
    assert c.text == "The harbour’s new ferry cost €12 million — a record."
    assert kinds(c) == ["mojibake"]


def test_lossy_mojibake_letter_is_read_from_where_it_stands():
    raw = ("The mayorās plan ā announced on Monday ā isnāt popular.\n"
           "āWe were not asked,ā said a ferry captain. Itās a familiar complaint among the boatsā crews.")
    c = clean(raw)
    assert c.text == ("The mayor’s plan — announced on Monday — isn’t popular.\n"
                      "“We were not asked,” said a ferry captain. It’s a familiar complaint among the boats’ crews.")
    assert "ā" not in c.text


def test_a_name_whose_accented_letter_sits_where_an_apostrophe_could_is_left_alone():
    raw = ("Marisol Carri\u00e8re runs the code office. \"It works,\" Carri\u00e8re said. Carri\u00e8re took the job in "
           "May, and Carri\u00e8re's office has 12 staff.")
    assert clean(raw).text == raw


def test_french_names_whose_accented_letter_sits_where_an_apostrophe_could_are_left_alone():
    raw = ("The plant in Jonqui\u00e8re will wait, said Genevi\u00e8ve Tremblay. The economist Luc Gigu\u00e8re "
           "agreed, and Ms. Tremblay's deputy, Ren\u00e9e Berg\u00e8re, said the same.")
    assert clean(raw).text == raw


def test_a_capital_accented_letter_opening_and_closing_words_is_left_alone():
    raw = ("# Scrum with Minister \u00c9lise Marchetti-Dub\u00e9\n\n"
           "\u00c9LISE MARCHETTI-DUB\u00c9: Good afternoon. The fund opens in April.\n\n"
           "REPORTER: How many jobs?\n\n\u00c9LISE MARCHETTI-DUB\u00c9: I will not promise a number.\n\n"
           "\u00c9LISE MARCHETTI-DUB\u00c9: \u00c9tienne, next question.")
    assert clean(raw).text == raw


def test_a_real_letter_with_a_macron_is_left_alone():
    raw = ("The Māori language week opened in Whangārei, where the kapa haka festival drew crowds. "
           "Speakers of te reo Māori and Latvian (Rīga, Jūrmala, Cēsis, āboli) shared the stage.")
    assert clean(raw).text == raw


def test_whitespace_is_tidied():
    c = clean("First line.  \u00a0\nSecond\u200b line.\n\n\n\n\nThird line.\n")
    assert c.text == "First line.\nSecond line.\n\nThird line."


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.iterdir()))
def test_cleaning_can_be_undone_and_offsets_map_back(name):
    raw = (ARTICLES / name).read_text(encoding="utf-8")
    c = clean(raw)
    assert undo(c.steps, c.text) == raw
    rnd = random.Random(7)
    checked = 0
    for _ in range(300):
        i = rnd.randrange(len(c.text))
        offset, untouched = i, True
        for step in reversed(c.steps):            # trace the character back, step by step
            if any(ch.new_start <= offset < ch.new_end for ch in step.changes):
                untouched = False
                break
            offset = step.to_old(offset)
        if untouched:
            assert raw[c.to_raw(i)] == c.text[i]
            assert to_clean(c.steps, c.to_raw(i)) == i
            checked += 1
    assert checked > 100


def test_report_says_what_changed_where():
    raw = "Title\n\nTitle\n\nBody text goes here.\n\nScroll to Top"
    rows = [r for r in clean(raw).report() if r["kind"] != "whitespace"]
    assert [(r["kind"], r["line"]) for r in rows] == [("boilerplate", 7), ("duplicate", 1)]
    assert rows[0]["before"].startswith("\n\nScroll to Top") or rows[0]["before"].startswith("Scroll to Top")
    assert all(set(r) == {"kind", "line", "offset", "before", "after", "note"} for r in rows)


def test_read_source_returns_clean_text_and_keeps_the_report():
    source = read_source(ARTICLES / "harbour-scrape.txt")
    assert source.text.count("The yard employs 2,300 people") == 1
    assert "Leave a Reply" not in source.text and "Scroll to Top" not in source.text
    assert "Photo:" not in source.text
    assert {r["kind"] for r in source.extra["cleaning"]} >= {"duplicate", "boilerplate", "join"}
    lossy = read_source(ARTICLES / "harbour-lossy.txt")
    assert "ā" not in lossy.text and "province’s transport ministry" in lossy.text


@pytest.mark.parametrize("raw", [
    "\u00e2\u20ac\u0153We waited all winter,\u00e2\u20ac\u009d the skipper said.",   # every byte kept
    "\u00e2\u20ac\u0153We waited all winter,\u00e2\u20ac the skipper said.",          # the 0x9D byte lost
])
def test_closing_quote_mojibake_with_or_without_its_last_byte(raw):
    assert clean(raw).text == "\u201cWe waited all winter,\u201d the skipper said."


def test_cp1252_mojibake_survives_reading_a_file(tmp_path):
    text = "\u201cThe quay\u2019s crane is back,\u201d the harbour master said."
    path = tmp_path / "m.txt"
    path.write_bytes(text.encode("utf-8").decode("latin-1").encode("utf-8"))   # C1 controls stand for bytes
    assert read_source(path).text == text


@pytest.mark.parametrize("line", [
    "Got a story? Email our business desk in confidence.",
    "Have you got a tip about the port? Contact the newsroom at tips@lantern.example.",
    "Have a question about the bridge? Email our newsroom at desk@lantern.example.",
    "Liking Dockside Daily? Subscribe to our free weekly newsletter.",
    "Crews lift the new span into place over the river. (Photo: Ada Quill / Harbour Pictures)",
    "Crews lift the new span into place in March. Photograph: Ada Quill / Harbour Pictures",
    "Want the week's river news? Sign up for The Towpath, our free Friday newsletter. Sign up",
    "Get the Lantern's Morning Briefing: local news and weather in your inbox every weekday. Sign up here.",
    "Home | News | Business | Sports | Opinion | e-Edition",
    "News   Sport   Football   Rugby   What's On   Jobs",
    "Share: Facebook | X | WhatsApp | Email | Copy link",
    "Follow us on Mastodon  |  Bluesky  |  YouTube",
    "You have 2 free articles left this month. Subscribe for $2 a week",
    "You're reading 1 of 3 free stories this month.",
    "Subscribe for $1 a week for the first 6 months. Already a subscriber? Log in",
    "Sign in to save this story",
    "Get breaking news alerts on your phone. Download the Harbour Lantern app.",
    "Audio is AI-generated and may contain errors.",
    "Text size  A  A  A",
    "WRVX is listener-supported. Donate today to keep local news free for everyone.",
    "We and our 80 partners use cookies and similar technologies to store information on your device.",
    "Sign up to Evening Digest",
    "Our evening email rounds up the day's news, telling you what matters and why",
    "We use your sign-up to send you the harbour news you asked for and to learn what you read. See our Privacy Notice.",
    "Ana Ruiz covers the waterfront for the Lantern. Contact the author at aruiz@lantern.example.",
    "Serving Harbour County since 1902",
    "The Lantern acknowledges the Traditional Owners of the land on which we work.",
    "A worker checks the new span at dawn on Monday. Credit: Jo Pike for the Lantern",
    "A worker checks the new span at dawn on Monday. Jo Pike / WRVX",
    "This story has been updated to include the second closure confirmed by the city.",
    "Correction, 4 June 2025: An earlier version of this article misstated the river's name.",
    "Crews work on the span at dawn. (Supplied: Harbour Works)",
    "Harbour Lantern Media. (c) 2025 All rights reserved.",
    "We acknowledge the Gadigal people as the Traditional Custodians of the land where we work.",
    "The Lantern uses cookies to improve your experience. By continuing you agree to our Cookie Policy.",
    "Our free daily newsletter with the best harbour news, straight to your inbox.",
    "Ana Ruiz is The Harbour Lantern's chief transport writer. She has covered the port for 12 years.",
    "Home / News / Harbour / Transport",
    "Home > News > Local > Transport",
    "Support local journalism. Subscribe today for just 99 cents for your first month.",
    "Subscribe \u2014 $2 for 8 weeks",
    "Lantern+ subscribers get the e-edition and fewer ads. Try 2 months free.",
    "Get the Harbour Lantern app for news alerts. Available on iOS and Android.",
    "Printed in the Saturday edition. A version of this story appeared in our print edition on page A4.",
    "Spot a typo in this article? Tell us and we will fix it.",
    "Report an error",
    "LIVE  Storm updates: Follow our live blog",
    "More Harbour County coverage: Ferry fares frozen | New pier opens",
    "Editorial Standards: How the Lantern reports the news.",
    "Share this story in your social networks",
    "PRTX (NYSE) 12.40 USD -0.85 (-6.4%) \u00b7 At close",
    "Crews lift a span onto the barge at dawn. (Submitted by Ada Quill)",
    "Crews lift a span onto the barge at dawn. Ada Quill/The Harbour Lantern",
    "Transport \u203a Ferries \u203a Harbour Line",
    "Local > Transport",
    "\u2014 With assistance from Ada Quill and Tom Rook",
    "(Updates with the port's evening statement in the ninth paragraph.)",
    "Disclaimer: Views expressed by the analysts quoted here are their own.",
    "ALSO READ | Harbour pilots win new contract after two-year dispute",
    "Go deeper: The five berths that decide the port's future",
    "Crews lift the span onto the barge at dawn. (Harbour News: Ada Quill)",
    "Crews lift the span onto the barge at dawn. [Credit: Lantern staff / A. Quill]",
    "Crews lift the span onto the barge at dawn. Photograph by Ada Quill \u2014 The Harbour Lantern",
    "Full access for 99\u00a2 the first six weeks \u2192",
    "You\u2019ve opened 2 of your 4 no-cost stories this month. Keep going for $1 \u2192",
    "This story is free because Lantern members pay for it. Join them from $4 a month.",
    "\U0001f399 Tideline, episode 12: the pilots on what the new contract means. Streaming now in the Lantern app.",
    "Pier Talk, our weekly podcast, is out every Friday. This week: who owns the foreshore? \u25b6 Play episode",
    "Today 12\u00b0 and windy | Tonight 4\u00b0",
    "\u26a0 Gale warning for the harbour through Sunday. Tap for ferry cancellations.",
    "Pass it on \u2192 Facebook  X  WhatsApp  Email",
    "By browsing harbourlantern.example you accept our tracking technologies as set out in our Data Notice.",
    "Tideline: the port news each Friday. Drop your email and we\u2019ll send the first one free. [Sign me up]",
    "A crane on the east pier at first light. Photo courtesy of Harbour Works",
    "Ada Quill on the deck of her tug. Photograph by Tom Rook for the Harbour Lantern.",
    "Pilots wait on the quay before Monday's vote. | Tom Rook / The Harbour Lantern",
    "Ada Quill arriving at the harbour board's offices before the hearing in March.",
    "Pilots gather outside the board's offices on the quay on Monday.",
    "Tom Rook checks the mooring lines on his tug near the east pier.",
    "Listen (4:05)   |   Share   |   Print   |   A- A+",
    "Share \u25b8 Facebook \u00b7 X \u00b7 Email \u00b7 Copy link     Text size A A A",
    "This article was first published by the Harbour Lantern and is republished here with permission.",
    "Follow our live coverage of the harbour strike on the front page of our website.",
    "Stay ahead: get our weekly ports briefing delivered every Friday morning.",
    "We and our 96 partners store and/or access information on your device, such as cookies, to show you ads.",
    "Report a typo or error",
    "FLOOD ALERT: River levels high on the east shore until Sunday noon.",
    "SPECIAL OFFER: Get 3 months of digital access for $2. Cancel anytime.",
    "Nonprofit, reader-funded news for Harbour County and the islands",
    "Members keep the Lantern free to read. Join 1,800 readers and become a member for $4 a month.",
    "[Become a member]",
    "Reject non-essential", "Gift this article", "Copy URL", "Got it", "Do Not Sell My Personal Information",
    "Menu", "Home", "Search",
    "Share this Story : Ferry fares frozen for a second year", "[Share] [Post] [Email] [Print] [Save]",
    "GET THE HARBOUR BRIEFING", "Sign in | Subscribe", "Estimated 4 minutes",
    "The audio version of this article is generated by text-to-speech.", "LIVE  Watch Harbour 9 News at 6 now",
    "Port Alder, NS 14\u00b0C Fog", "Commenting is now closed for this story.",
    "You must be logged in to join the discussion.", "Please read our community guidelines before commenting.",
    "Like \u00b7 Reply", "Load More Comments",
    "Cookies keep this site running. By using it, you agree to our use of cookies. Privacy notice",
    "BREAKING NEWS: Ferry service restored after overnight repairs", "Home > News > Transport > Ferry fares frozen",
    "Register now: Harbour Trade Summit, 4-5 March", "Topics: ferries, islands, fares", "Subscribe to Harbour Daily",
    "Skip to site index", "Give this article", "Share full article", "SKIP ADVERTISEMENT",
    "A version of this article appears in print on March 3, 2026, Section A, Page 4.",
    "Deckhands tie up the old ferry at North Quay on Monday. Credit... Jo Doe for The Harbour Lantern",
    # a newsletter sent by e-mail, a press-release page, a weather strip, menus, plugs and calls for tips
    "*View this email in your browser*", "You\u2019re receiving this because you signed up for Harbour Notes.",
    "Unsubscribe \u00b7 Update preferences \u00b7 Forward to a friend", "\u2039 Back to News Releases",
    "[Subscribe to the Harbour Lantern morning briefing](https://example.com/briefing)",
    "Friday, March 6 | Port Alder 41\u00b0F, showers clearing | Sunrise 6:52 a.m.",
    "Port Alder  \u22127\u00b0C  Feels like \u221215\u00b0C  Wind NE 30 km/h",
    # a Government of Canada page's frame, a newsletter box's title, a paywall's meter
    "Language selection", "Fran\u00e7ais", "Government of Canada / Gouvernement du Canada",
    "Symbol of the Government of Canada", "Description - Chart 1",
    "Is something not working? Is there information outdated? Can't find what you're looking for?",
    "Please contact us and let us know how we can help you.", "Get the Harbour Morning Report",
    "You are reading 2 of 5 free articles this month. Register for unlimited access.", "View full timetables >",
    # a news site's standards link, a subscriber badge, an opinion piece's disclaimer, the e-paper, a blog's like
    # button, a site search, a local ad, the owner at the foot, a weather strip with the day's range
    "Editorial code of conduct", "For subscribers", "e-Edition",
    "This article is an opinion piece and reflects the views of the author, not those of The Harbour Lantern.",
    "Like Loading...", "Search harbourlantern.ca", "Quayside Family Dental \u2014 New patients welcome. Evening hours.",
    "The Harbour Lantern is a division of Lantern Media Group Ltd.",
    "Port Alder, NS   34\u00b0F   Cloudy   Hi 39\u00b0 / Lo 22\u00b0",
    "[Pull quote] \u201cThe ferry is the only road we have.\u201d",
    "Sections \u25be   Harbour   Islands   Sport   Obituaries   Notices", "\u2014 PARTNER CONTENT \u2014",
    "\u2014 END SPONSORED \u2014", "Send this story: Facebook  X  Email", "Text size: A  A+  A++",
    "Listen to this article (4 min) - read by an automated voice",
    "Seen a pothole we should know about? Send a photo to tips@harbourlantern.example and we will look.",
    "The Lantern is paid for by readers. A $10 gift keeps a reporter on the ferry beat: harbourlantern.org/give",
    "READ | Ferry fares: what the new timetable means for you", "Share on LinkedIn \u00b7 Email to a colleague",
    "![Deckhands on the quay](https://example.com/quay.jpg)", "Upcoming: Harbour Trade Breakfast, May 4. Tickets $30.",
    # a sticky bar, a reporter's contact line, a paywall's prompt, tools written as Markdown links
    "NOW READING: Ferry fares rise as the new timetable starts",
    "Contact Jo Doe: jo.doe@harbourlantern.example. Follow her on X @jodoe_lantern.",
    "Log in, register or subscribe to save articles for later.", "[Save](#) \u00b7 [Share](#) \u00b7 A A A",
    "- [Share by Email](mailto:)",
    "You\u2019re receiving Harbour Notes because you signed up at harbourlantern.example. Manage preferences | Unsubscribe",
    "About a 6-minute read", "You are here: Home \u203a Ferries \u203a", "From our partners:",
    "Posted by Jo Doe, Ferry Desk | March 3, 2026 | Filed in: Ferries, Islands",
    "Autoplay is on \u00b7 Up next: Island council argues over the dock budget",
    "Having trouble reading this? Open the newsletter in your browser", "Change what you receive | Take me off this list",
    "You\u2019re getting this because your shop is a Harbour Association member.", "Hear the story as it aired (2:41)",
    "Search the archive: [          ] Go", "[View in browser](https://example.com/notes/214)",
    "*Forward this to a friend who still thinks the ferry vote is settled.*",
    # a share bar with "Text", a press-release header with its province, an advertiser's link
    "Tell a neighbour: Text \u00b7 Email \u00b7 Copy link", "NEWS RELEASE \u2013 NOVA SCOTIA",
    "Advertise to 12,000 island households",
    # a subscription line with its promise, a nonprofit's appeal, a republishing notice
    "Subscribe to The Harbour Lantern \u2014 island news every Friday",
    "Support independent island news. The Lantern is a nonprofit funded by readers. Become a member today.",
    "Republish this story for free under our Creative Commons licence.",
    # a broadcaster's caption labels, a magazine's print note, Markdown share and related links in italics
    "Image source, Harbour Authority", "Image caption, Deckhands on the new ferry's first run",
    "Image caption: Deckhands on the new ferry's first run. Image source: Harbour Authority / Jo Roe",
    "Categories: Ferries, Island news", "IN PICTURES: How the ferry timetable has shrunk since 2019",
    "Search 4 million press releases...", "Distributed for: Harbour Ferries plc",
    "**This episode is supported by Tidewater Broadband.** Fibre speeds of up to 900Mbps. Listeners get three months "
    "half price with code HARBOUR.", "Skip to page content", "Jump to the \"About this government site\" section",
    "About this government site", "Language: Fran\u00e7ais", "Save to my reading list", "Yes, send me the brief",
    "We value your privacy. The Lantern and our partners store cookies on your device to measure audiences.",
    "WATCH: The captain on the last run of the season (1:45)",
    "This article appears in print in the Weekend Magazine of May 3, 2026, under the headline \u201cLast Boat.\u201d",
    "*Share this article* \u00b7 *Comments (38)*",
    "*Related posts:* [Ferry fares explained](https://example.org/a) \u00b7 [Who runs the port](https://example.org/b)",
    # skip links, a release's header, chart captions and credits, paywall counts, audio and video promos
    "Jump past the menu", "For immediate distribution", "[Chart] Sailings a week, by route, 2019 to 2026.",
    "Source: Harbour Authority. Graphic: Lantern data desk.", "Keep reading free: 2 of 3 articles left this month.",
    "Have this story read to you (4 min)", "VIDEO (2:48) | Riding the last sailing of the old ferry",
    "Up next in 8 seconds: Pilots vote on a new contract",
    "Learn more about the Island Ferry Plan at harbourferries.example/plan",
    # a press office's and a nonprofit's furniture, an event's and a newsletter's plugs, a review site's boxes
    "Media Release No. 42-2026", "Follow Harbour Authority on social media", "Terms and conditions of use",
    "Cookie notice", "Only necessary cookies", "Share this milestone:", "Tel: +44 20 7946 0958",
    "The Lantern Trust is a 501(c)(3) nonprofit. Gifts are tax-deductible to the extent the law allows.",
    "Weekly alerts about ferry schedules and fares. No spam, ever.",
    "We\u2019ll never share your email address. See our privacy policy.",
    "**Get Harbour Daily** \u2014 the news that matters to skippers, every weekday at 6 a.m. [Subscribe free]",
    "Ferry Futures Forum 2026: two days in Halifax, May 12-13. Early-bird passes end March 31.",
    "Wednesday, Nov. 5, 7:00 p.m. Atlantic Time, on Zoom. Free, with live captions.",
    "We answer to readers, not advertisers. That only works because readers like you keep paying for it.",
    "> **Members see more.** Every inspection report, searchable. [Join from $3/month](/join)",
    "Harbour Notes \u00b7 Issue #88 \u00b7 March 3, 2026", "Hey, Harbour Notes readers. Short one this week; on to the news.",
    "Tidewave 40 \u2014 $319 at Dockside Supply (was $379)", "Prices checked March 3, 9:05 a.m. AT. Prices change often.",
    "How we test", "Every kayak we review spends a month on the water. Read our full testing methodology.",
    "Our newest reviews and the week\u2019s best gear deals. Every Thursday.", "Get the Paddle Bench Weekly",
    "Island Lantern \u00b7 12 Water Street, Charlottetown, PE C1A 1A1 \u00b7 Newsroom: 902-555-0147",
    "Quotes delayed by at least 20 minutes. Data terms apply.", "Forwarded this email? Subscribe to Harbour Notes",
    "Subscribe for unlimited access to our fisheries coverage.",
    # a pasted e-mail's header and a newsletter's sign-off and credits
    "From: Harbour Notes <notes@harbour.example>", "Sent: Tuesday, March 3, 2026 7:15 AM",
    "That's all for this week. Hit reply with your questions; I answer every one.",
    "Harbour Notes is edited by Ines Varga and produced by Tom Pell. Reach us at notes@harbour.example.",
    # a page's links and prompts in its own words
    "Licence this photo for publication", "Opens in a new tab", "Topics in this article", "Contact the reporter",
    "Save for reading later", "Jump to comments (31)", "Saved from https://harbour.example/news/ferry on 3 Mar 2026",
    "How the Ledger checks what it publishes", "Advertisement · Scroll to continue", "Ad loading — the story continues below",
    "By signing up you agree to get this newsletter from Ledger Media. You can opt out at any time.",
    "Unlock unlimited Ledger reporting: your first month for $1, then $15 a month.", "Cancel any time.",
    "From the April 2026 issue", "A version of this story appeared in the April 2026 print edition with the headline: Low Tide.",
    "**Follow Harbour Ferries on myLedger** to be alerted when we publish on this company.",
    "Quotes are indicative and may lag the market.", "TSX 24,101.3 ▲0.3% | CAD/USD 0.7312 ▼0.1%",
    "Download the free buyer's guide", "Caption: The new ferry at Pier 4 on its first crossing",
    "*FIRST SAILING: The new ferry leaves Pier 4 on Monday* Picture: Ledger/Ana Ruiz",
    "[Yes, I agree] [Show me my choices]",
    "We and our 140 partners store and access cookies on your device to measure what you read.",
    "Local | N.S. | Canada | Weather | Traffic | Contests",
    "Your Monday read on ferries, fares and the business of the harbour",
    "Good morning. This week: ferry fares and a new pier. Forwarded this by a friend? Join 9,000 readers for free.",
    "Local News / Ferries and Ports", "Harbour \u00b7 The Long Read",
    "Author of the article: Ines Varga", "Join the discussion: 14 comments",
    "Your story keeps going after this message from our sponsors.", "Subscribe \u2013 your first month for \u20ac1",
    "> **Subscribe and save 60%**", "> Twelve issues of the Monthly delivered to your door, plus unlimited access.",
    "The Ledger is not responsible for the content of external internet sites.",
    "> **EVENT** \u00b7 **Ferry Futures Forum 2026** \u00b7 Halifax \u00b7 June 9\u201310",
    "Trending: Bridge lane closures this weekend", "Weather Alert: Frost advisory for Kings County until 9 a.m.",
    "Appeared in the March 6, 2026, print edition as 'Fares Frozen Again.'",
    "Sign up to get the morning's harbour news from The Lantern, part of Lantern Media Ltd.",
    "Thanks for signing up!", "We use your details only to send this bulletin. Read our privacy policy.",
    "Log in / Create a free account", "We’d like to set analytics cookies to see how readers use the site.",
    "Necessary cookies stay on at all times.", "Accept optional cookies", "Copy link to clipboard",
    "Listen to article (4 min)", "Video runtime 3:12", "Our editorial standards: the Lantern Code",
    "We acknowledge the Gadigal people, the traditional custodians of the land on which we work.",
    "Harbour Radio acknowledges the peoples of the lands where we broadcast, and pays respect to Elders past and present.",
    "By **Ada Quill** · Posted Tue 3 Mar 2026 at 6:10am",
    "> **About cookies:** We would like to set analytics cookies to see how the site is used. Necessary cookies "
    "stay on. [Accept all cookies](#) \u00b7 [No thanks](#)",
    "Commenting is now closed for this story. Read our [house rules](https://lantern.example/rules) to see how we "
    "moderate.",
    "Latest in Business\nFerry firm names new chief\nPort fees rise again next year",
    "ADVERTISEMENT - CONTENT CONTINUES BELOW", "[Skip to article body](#main)",
    "Article text continues after this message from our sponsor", "Report an editorial error",
    "Read our editorial code of conduct", "Purchase licensing rights",
    "This audio is read by a synthetic voice and may mispronounce some names.",
    "Print edition subscribers: log in to read the digital replica",
    "### More Harbour Notes\n- [Why the pilots' union walked out](/notes/a)\n- [Ferry fuel bill doubles](/notes/b)",
    "[Video 2:31] VIDEO: Job seekers lined up around the centre before the doors opened. Jo Roe reports.",
    "*Video, 2:48 \u2014 A look inside the paint shop, where the current van is built. (Lantern News)*",
    "---\nWHITEPAPER | The 2026 Ferry Fleet Outlook\nForty pages of forecasts and vessel-by-vessel data.\n"
    "Download now (registration required)\n---",
    "This briefing is for information purposes only and is not advice to buy or sell anything.\n"
    "Past performance is not a guide to future returns.\nHarbour Savings Bank plc is regulated by the Bank of Harbour.\n"
    "Registered in Harbour, No. 88120. Registered office: 2 Quay Row, Port Alder.",
    "Forward this email to a friend", "Stay with Channel 6 for updates on air and online.",
    "Lantern News will continue to follow this story. Stay with Channel 6 for the latest.",
    "The ferry week in five minutes, delivered every Friday at 7 a.m.",
    "The harbour's shipping news in one email, every Monday.",
    "Our weekly briefing on the courts and the council, written by the Lantern's city desk. Arrives every Monday.",
    "Our editors' picks from the paper and the web, plus one long read for your weekend.",
    "Harbour Freight Weekly \u2014 News for the shipping and ferry trade",
    "Some articles on this site carry wire material that belongs to its owners and may not be republished.",
    "If you or someone you know needs support, call the island helpline at any hour.",
    "TSX 25,012.3 +0.4% S&P 500 6,101.2 -0.2%",
    "Our mailing address is:\nHarbour Riders' Association\nc/o 12 Quay Row, PO Box 40\nPort Alder",
    "Want to change how you receive these emails?",
    "The island's news, delivered before the first ferry. Every weekday at 6 a.m.",
    "Report a typo or error in this story",
    "Post to Facebook", "Copy link to this page", "Share this update", "Load earlier updates",
    "Watch the Channel 6 News livestream on our free app",
    "Ad space - the story continues after this message",
    "ALSO ON THE LANTERN: Council fast-tracks sewer upgrades for the harbour lands",
    "By Ada Fenn, Lantern News courts reporter, and Lantern News staff",
    "Ferries, fares and the harbour board - the island stories that matter, delivered every Tuesday morning.",
    "You can opt out whenever you like. We never pass your address on.",
    "Try four weeks of unlimited access for $2", "Please refer to the important disclosures at the end of this note",
    "Your privacy, your choice: we use cookies to keep the site running. You can change your mind at any time.",
    "Accessible formats of this report are available on request. Call 311.", "Printed on 100% recycled paper.",
    "Newsletter of the Harbour Heights Residents' Association \u00b7 Spring 2026 \u00b7 Issue 12",
    "Neighbourhood Report, Fall 2025",
    "Member \u00b7 Joined: Mar 2014 \u00b7 Posts: 2,311 \u00b7 Location: North Shore",
    "Signature: Deckhand since 1998. Opinions are my own.", "Jump to: Ferry Talk | Fares | Off Topic",
    "Users browsing this forum: deckhand_dave, Bingbot and 12 guests",
    "HarbourRiders.net - The ferry deck, online since 2004",
    "HarbourRiders.net is an independent community and is not affiliated with the ferry operator.",
    "Harbour Savings Port Alder Branch, 12 Quay Street West, Port Alder",
    "Ada Fenn \u00b7 Lantern News \u00b7 Posted: Nov 03, 2025 4:12 PM AST | Last Updated: 2 hours ago",
    "Ada Fenn\nVideo journalist, Channel 6 News",
    "*The Harbour Villager \u00b7 Newsletter of the Harbour Heights Association \u00b7 Spring 2026 \u00b7 Issue 12*",
    "**Visit us:** Harbour Savings Port Alder Branch, 12 Quay Street West, Port Alder",
    "**Talk to us about fare relief:** Ask about our Flex Pass for riders facing reduced hours. Conditions apply.",
    "THE HARBOUR BRIEFING\nFerries, fares and the port, delivered to your inbox before the first sailing. Sign up now, "
    "it's free for subscribers.",
    "An official government website \u2014 here's how you know",
    "Federal agency websites end in .gov. Secure pages show a padlock and use HTTPS.",
    "The Department does not discriminate in its programs or employment.", "Follow related authors and topics",
    "Issued by the Communications Team, Harbour Ferries Authority",
])
def test_page_furniture_inside_an_article_goes(line):
    body = ("The bridge reopened on Monday after eleven months of repairs.\n\n" + line + "\n\n"
            "Traffic on the crossing is expected to reach 30,000 vehicles a day by spring.\n")
    cleaned = clean(body).text
    assert line not in cleaned and "eleven months" in cleaned and "30,000 vehicles" in cleaned


@pytest.mark.parametrize("line", [
    "She had got a story to tell about the mill, and the hall listened for an hour.",
    "Readers were urged to subscribe to the newsletter the union launched in March.",
    "Do you have any information on the cause, the inspector asked the crew.",
    "Have a question about rates? Call the utility, the mayor told residents, and she meant it.",
    "Residents can sign up for the county's flood-alert newsletter at the library.",
    "| Region | Jobs | Change |",
    "Ottawa, Toronto and Montreal | all three cities | voted against it.",
    "Residents can donate at the fire hall, the chief said.",
    "The station said it uses cookies to track listeners, a practice regulators are reviewing.",
    "She covers the courts and can be reached through the newsroom, the editor said.",
    "Smith is a reporter for the Ledger who broke the story in March.",
    "Rates rose from 2% to 3% / year, the bank said, and fees rose too.",
    "Our Principles Fund was set up by two former aides to the governor in 2014.",
    "The dock > the pier, the harbour master said of which one floods first.",
    "Share prices at Harbour Holdings (NYSE) fell on Friday, and the board met on Monday.",
    "The pilots, the union said, would \u201ctap for help\u201d only if the board refused to meet.",
    "The new episode of the dispute began when the board cut night shifts in March.",
    "Penn's standing among the pilots looks to be weakening.",
    "Heat to reach 35\u00b0C by Friday",
    "What happens to the paper now? The newsroom of 40 will shrink to 12, the publisher said.",
    "Who pays? Call it a transfer from renters to owners, the economist said.",
    "Tickets for the Saturday show are on sale at harbourhall.com, the organisers said.",
    "Do you know who owns the yard? The council asked residents at a meeting on Tuesday.",
    "The result leaves the pilots two votes short of a strike mandate.",
    "The ferry carries about 3,000 passengers on a typical weekday.",
    "Penn, speaking at the hall on Monday, said the vote would be close.",
    "The Lantern, a reader-funded outlet, reported the figures first.",
    "Temperatures in Port Alder reached 31\u00b0C on Monday, the highest since 1998.",
    "Harbour Authority Calls for The Resignation",
    "Watch for delays on the bridge through the weekend, the ministry said.",
    "Topics of the debate included fares and the new berth.",
    "Register now for the ferry pass, the board urged islanders, before fares rise in June.",
    "Islanders who log in or register to save their fares will be charged less, the operator said.",
    "Contact tracing found 14 cases linked to the ferry, the health unit said.",
    "Up next: the council votes on the dock budget, the mayor said on Tuesday.",
    "Posted by the operator on its website, the notice said 40 sailings would go.",
    "Crews will text, email and call every island household before the sailings change, the operator said.",
    "A news release from the ministry gave no figures.",
    "The ferry company is regulated by the provincial utilities board, which sets its fares.",
    "Parcels delivered every weekday now arrive a day late, the post office said.",
    "You can opt out of the ferry pass scheme at any time, the operator said.",
    "The new terminal opens in spring 2027, the operator said, two years late.",
    "The operator is not affiliated with the union, its chief said on Monday.",
    "The department does not discriminate against islanders, the tribunal found.",
    "A government website crashed on Monday as thousands of islanders tried to renew their ferry passes.",
    "Islanders get four weeks of free ferry access for $0 under the plan, the board said.",
    "The pilots will follow this story closely, the union said.",
    "Our weekly newsletter grew to 4,000 readers, the union said, after the strike began.",
    "If you or someone you know was on the ferry, the police want to hear from you, the inspector said.",
    "The report may not be republished until the inquiry ends, the judge ruled.",
    "Harbour Holdings \u2014 the ferry operator \u2014 said fares would rise.",
    "Islanders who support local news outlets say the Lantern matters, the mayor said.",
    "Islanders can learn more at a meeting in the ferry terminal on Tuesday, the operator said.",
    "Opening hours: the terminal will stay open from Monday to Friday until the repairs are done.",
    "Working hours: the union wants no shifts after 10 p.m. on weekdays.",
    "Next, the council will vote on the dock budget.",
    "The ferry is powered by the new hybrid engines, the operator said.",
    "Residents who want a copy can forward the notice to a neighbour, the clerk said.",
    "Brokers may earn a commission of up to 5% on each sale, according to the board.",
    "Listen to the full interview and you hear a minister who knows the numbers, the editor said.",
    "The union says it will post the vote on Spotify and Apple Podcasts.",
    "Support for the plan comes from the province and two unions.",
    "Registration for the summer sailing camps closes on Friday, the club said.",
    "The council meets again on Tuesday at 6 p.m. on Zoom, and residents can speak, the clerk said.",
    "Tickets for the public go on sale in October.",
    "That's it for the old ferry, which will be sold for scrap, the operator said.",
    "Riders can cancel any time before the sailing and get a full refund.",
    "Halifax / Dartmouth ferry fares rise",
    "The parcels were delivered before noon, every one of them.",
    "Report an error in the count, the clerk told the candidates, and it will be checked.",
    "Also on the ferry: the mayor, two councillors and a film crew from the city.",
    "Police post to Facebook a warning about the bridge every winter.",
])
def test_sentences_that_sound_like_page_furniture_stay(line):
    body = "The bridge reopened on Monday after eleven months of repairs.\n\n" + line + "\n"
    assert line in clean(body).text


def test_a_table_of_short_cells_is_not_a_bar_of_links():
    table = "Route | Crossings | Minutes\nSkarvik | 24 | 18\nNorrby | 6 | 55"
    spaced = "Plant   Jobs   Change\nOshawa   2,400   -300\nWindsor   4,100   +120"
    for rows in (table, spaced):
        body = f"Ferry traffic rose in 2025.\n\n{rows}\n\nThe figures are unchanged."
        assert rows in clean(body).text


def test_a_pull_quote_goes_and_the_paragraph_that_says_it_stays():
    body = ("Tolls on the bridge will rise 40% in May.\n\n"
            "\u201cNobody should pay twice for a crossing their taxes already built.\u201d\n\n"
            "Councillor Ada Penn opposed the rise. \u201cNobody should pay twice for a crossing their taxes already "
            "built,\u201d she said.")
    c = clean(body)
    assert c.text.count("Nobody should pay twice") == 1 and "Councillor Ada Penn" in c.text
    assert any(r["note"].startswith("a pull quote") for r in c.report())


def test_a_markdown_block_quote_that_a_later_paragraph_says_again_is_a_pull_quote():
    body = ("# Who pays for the EV tariff\n\nThe farm tariffs will cost growers close to C$2 billion this year.\n\n"
            "> Farmers were never asked whether the tariff was worth it. They just got the bill.\n\n"
            "Ottawa says the surtaxes protect industry.\n\nWhat bothers me is the pretence that nothing was chosen. "
            "Farmers were never asked whether the tariff was worth it. They just got the bill.\n\n"
            "> A block quote that nothing repeats stays where it is.\n")
    c = clean(body)
    assert c.text.count("They just got the bill") == 1 and "What bothers me" in c.text
    assert "nothing repeats stays" in c.text


def test_a_quotation_standing_alone_is_kept_even_when_the_headline_repeats_it():
    body = ("Mayor: \u201cWe cannot spend money we don't have\u201d, says the budget chief\n\n"
            "The council cut 62 jobs on Tuesday.\n\n\u201cWe cannot spend money we don't have.\u201d\n\n"
            "That was how the mayor put it.")
    assert "\n\u201cWe cannot spend money we don't have.\u201d\n" in clean(body).text


@pytest.mark.parametrize("credit", ["Image: The Valley Press", "(Photo credit: Jo Doe / The Valley Press)",
                                    "Jo Doe-Roe/The Valley Press"])
def test_a_caption_right_above_its_credit_line_goes_with_it(credit):
    body = ("The mill cut 180 jobs on Monday.\n\nThe mill's log yard in January, before the duties took effect.\n"
            f"{credit}\n\nThe company blamed duties of 45%.")
    assert clean(body).text == "The mill cut 180 jobs on Monday.\n\nThe company blamed duties of 45%."


@pytest.mark.parametrize("caption", [
    "Photo caption (print edition): Lise Ouellet at her kitchen table in Lac-Etchemin, where she has lived since 1998.",
    "[Photo caption: Crab sections move down the line at the plant. Jo Doe for the Harbour Weekly]",
    "*Related coverage in this issue: \u201cWhy dishwasher prices are climbing\u201d and \u201cSix questions for your "
    "supplier.\u201d*",
])
def test_a_labelled_caption_and_a_line_of_related_coverage_go(caption):
    body = f"The mill cut 180 jobs on Monday.\n\n{caption}\n\nThe company blamed duties of 45%."
    assert clean(body).text == "The mill cut 180 jobs on Monday.\n\nThe company blamed duties of 45%."


def test_a_charts_caption_naming_its_source_goes():
    body = ("The mill cut 180 jobs on Monday.\n\n*Chart: Lumber shipments by province, 2020 vs. 2025. Source: "
            "Timber Data Desk.*\n\nThe company blamed duties of 45%.")
    assert clean(body).text == "The mill cut 180 jobs on Monday.\n\nThe company blamed duties of 45%."


def test_a_sign_up_box_goes_with_its_name_and_blurb():
    body = ("The ferry resumed on Monday.\n\nGet The Harbour Daily\nThe port news that matters, in five minutes.\n"
            "Sign up\n\nFares rose 4% in March.")
    assert clean(body).text == "The ferry resumed on Monday.\n\nFares rose 4% in March."


def test_a_bylines_role_and_outlet_under_the_name_goes():
    body = ("Harbour fares frozen\n\nAda Fenn\nReporter, The Lantern County Beacon\n\n"
            "The harbour board froze ferry fares on Thursday.")
    cleaned = clean(body).text
    assert "Reporter, The Lantern County Beacon" not in cleaned and "froze ferry fares" in cleaned


def test_a_sign_up_box_goes_with_its_name_and_pitch_above_the_email_field():
    body = ("The ferry resumed on Monday.\n\nThe Tide Line newsletter\nWhat the harbour is talking about, in five "
            "minutes before work.\nEnter your email address\n\nFares rose 4% in March.")
    assert clean(body).text == "The ferry resumed on Monday.\n\nFares rose 4% in March."
    story = ("The ferry resumed on Monday.\n\nThe operator said the crossing would run hourly until June.\n"
             "Email address\n\nFares rose 4% in March.")
    assert "would run hourly until June." in clean(story).text      # no box's name above it: a line of the story
    boxed = ("The ferry resumed on Monday.\n\n**Get Harbour Morning Tides** \u2014 Sailings, fares and the weather "
             "in five minutes, every weekday.\n[Enter your work email] [Join free]\n\nFares rose 4% in March.")
    assert clean(boxed).text == "The ferry resumed on Monday.\n\nFares rose 4% in March."     # "Get <its name>" over it


def test_a_live_blog_with_time_stamps_is_not_a_comments_section():
    story = "The fire grew overnight, officials said, and crews were working on three fronts.\n\n" * 1
    posts = "".join(f"{t}\nUpdate {k}: the fire team reported new growth near the highway.\n\n"
                    f"Crews said {k * 100} more acres burned since the last briefing, and the road stays closed.\n\n"
                    for k, t in enumerate(("11:48 a.m.", "10:42 a.m.", "9:15 a.m.", "8:00 a.m."), 1))
    body = story + posts.strip()
    assert clean(body).text == body


def test_a_menu_copied_one_item_to_a_line_goes_above_or_below_the_story_but_not_inside_it():
    story = ("The harbour board froze ferry fares at $14 for adults on Thursday and promised two more sailings "
             "a day from June, when the new vessel arrives.\n\n"
             "The routes that gain sailings:\nNorth Quay\nSkarv Island\nGull Point\nOld Harbour\n\n"
             "Passenger numbers rose 12% last year, the board said, and the older ferry is already full at peak "
             "times on weekdays.")
    menu = "The Harbour Lantern\nNews\nLocal\nArts & Life\nE-Edition\nSign In"
    footer = "About us\nContact\nTerms of use\nPrivacy policy"
    cleaned = clean(f"Ferry fares frozen\n\n{menu}\n\n{story}\n\n{footer}").text
    assert cleaned == f"Ferry fares frozen\n\n{story}"


def test_a_masthead_in_capitals_over_the_story_goes():
    story = ("The harbour board froze ferry fares at $14 for adults on Thursday and promised two more sailings "
             "a day from June, when the new vessel arrives.")
    assert clean(f"Ferry fares frozen\n\nTHE HARBOUR LANTERN\n\n{story}").text == f"Ferry fares frozen\n\n{story}"


def test_a_sites_name_in_bold_right_under_a_markdown_headline_goes():
    story = ("The harbour board froze ferry fares at $14 for adults on Thursday and promised two more sailings "
             "a day from June, when the new vessel arrives.")
    text = clean(f"# Ferry fares frozen\n\n**HARBOUR NEWS | NUACHT**\n\n{story}").text
    assert text == f"# Ferry fares frozen\n\n{story}"
    kept = f"# Ferry fares frozen\n\n**Fares held for a year**\n\n{story}"
    assert clean(kept).text == kept


def test_a_saved_pages_browser_title_menu_and_banners_go_and_the_headline_is_the_title(tmp_path):
    page = ("Ferry fares frozen for a second year as new vessel nears | Harbour 9 News\n"
            "Skip to content\nWe value your privacy\nAccept All\nCustomize\nHarbour 9 News\n"
            "LIVE  Watch Harbour 9 News at 6 now\nPort Alder 14\u00b0C Fog\nNews\nLocal\nIslands\nWeather\nSports\n"
            "TRANSPORT\n"
            "Ferry fares frozen for a second year as new vessel nears\n"
            "The harbour board froze ferry fares at $14 for adults on Thursday and promised two more sailings a day "
            "from June, when the new vessel arrives.\n\n"
            "Passenger numbers rose 12% last year, the board said, and the older ferry is already full at peak "
            "times on weekdays.\n")
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    source = read_source(path, "s")
    assert source.title == "Ferry fares frozen for a second year as new vessel nears"
    assert "Harbour 9 News" not in source.text and "Islands" not in source.text
    assert source.text.startswith("Ferry fares frozen for a second year as new vessel nears\nThe harbour board")
    assert source.text.count("Ferry fares frozen") == 1


def test_a_caption_over_a_photographers_credit_goes_with_it():
    body = ("The store will close in June.\n\n"
            "Shoppers outside the store on Monday. The closing list has stores in 19 states.\n"
            "Jo Doe for The Harbour Lantern\n"
            "The chain filed for bankruptcy protection on Monday, listing debts of about $1.9 billion, and said "
            "it would close 112 of its stores by June.")
    cleaned = clean(body).text
    assert "Shoppers outside" not in cleaned and "Jo Doe" not in cleaned and "112 of its stores" in cleaned


def test_teaser_headlines_under_more_from_go():
    story = ("The plant's opening slipped by 18 months, and the company cut its planned size by 40%, it said "
             "on Tuesday.\n\n")
    more = ("More from the Review\nThe grid can't keep up. Utilities are rationing.\n"
            "Lithium prices have crashed. Miners are cutting, not quitting.\nFive CFOs on budgeting for tariffs\n")
    assert clean(story + more).text == story.strip()


def test_a_short_headline_right_under_the_sites_furniture_stays():
    page = ("Skip to content\nWe value your privacy\nAccept All\nCustomize\nSign in | Subscribe\n"
            "Fares frozen\n"
            "The harbour board froze ferry fares at $14 for adults on Thursday and promised two more sailings a day "
            "from June, when the new vessel arrives.\n")
    assert clean(page).text.startswith("Fares frozen\nThe harbour board")


_LINKS = ("- Plow drivers reach tentative deal with city\n- Library unveils new reading room\n"
          "- Junior team clinches playoff spot")


@pytest.mark.parametrize("before, after", [(line, "") for line in (
    "[Share this Story]  Facebook  LinkedIn  X  Email  Reddit  Comments (12)",
    "\U0001f517 Copy link  \u2709 Email  f Share  \U0001d54f Post",
    "Weather: -7C Freezing rain | Thunder Bay",
    "Story continues below | Subscribe to the Harbour Morning Brief",
    "*Jo Doe* | 4 min read | 12 Jan 2025, 9:05 AM IST",
    "[Skip to content](#main)",
    "Search the Harbour Ledger",
    "Log in   Subscribe to Ledger Pro",
    "Ledger Mornings: the harbour news you need before work. Sign up \u2014 it\u2019s free.",
    "Crews repair the pier at dawn on the east side of the harbour. Courtesy of Alder Marine Ltd.",
    "**ALSO READ:** [Banks ask regulator to review agent commissions](https://example.org/banks)",
    "Kindly share this story:", "License this article", "Skip ahead to the story", "Listen to this story (6 min)",
    "-- sponsor message --", "32 replies from readers", "Filed in: Getting Around, Council Watch", "About the writer",
    "*Sign up for our weekly ports bulletin*", "Subscribe to Harbour Ledger for daily updates",
    "Write to Jo Doe at jo.doe@example.org and Ann Roe at ann.roe@example.org",
    "Follow our city coverage on WhatsApp", "Catch all the latest port news on our app.", "Subscriber Content",
    "Sponsored Content: How harbour firms are paying for their next crane",
    "Harbour Business Breakfast \u2013 Thursday, Jan. 15, Pier 4 Hall. Register now.",
    "Dock workers walk the picket line on Tuesday. (Jo Doe / Ledger staff photographer)",
    "\U0001f50a Have this story read to you (4 min)", "Tap the chart to enlarge | Download the data",
    "Closed captions are available on all Harbour 9 video", "Harbour \u2192 Ferries",
    "[Harbour Radio](/) | Listen live: **Morning Tide** with Jo Doe",
    "Ferry news from both shores, supported by listeners like you.",
    "*Harbour Radio's transport coverage is made possible in part by the Quay Foundation and by our members.*",
    "**Jo Doe** reports on ports and ferries from the Harbour Radio newsroom. Send story ideas to jo@example.org.",
    "*Jo Doe has covered the ferries for nine years. Before that she ran a deckhands' union local.*",
    # a news aggregator's frame, a podcast plug, a disclaimer, a feedback form, a phone line, a sponsor, an address
    "Sign in to personalize your feed", "Listen \u00b7 5 min", "Follow Harbour Wire", "Sponsored \u00b7 Ads by Feedly Hub",
    "Read original article at harbourwire.example",
    "Hear the full interview on Dockside, Fridays at noon on Harbour Radio, or wherever you get your podcasts.",
    "This newsletter is for information only and is not investment advice.",
    "All fields are optional. Do not include personal information in your feedback.",
    "Text the newsroom: 902-555-0144", "Ferry news brought to you by Gullwing Marine - Serving the coast since 1961",
    "Harbour Ledger Media, Suite 400, 12 Water St., Halifax, NS B3J 1A1",
    "We use essential cookies only. No tracking. OK",
    "Sign up for The Tide Table: the day's ferry news, delivered at 6 a.m.", "Search the harbour site", "### Republish this story",
    "Play video, 1 minute 30 seconds", "Powered by Google Translate", "Accept and close",
    "Update your preferences or unsubscribe from this list.", "Media contact: Jo Doe, Director of Communications",
    "902-555-0134 | media@harbour.example.org",
    "This story is part of our Harbour Pro package. Keep reading free: 2 of 3 articles left this month.",
    # the site's foot: a list under "Other News in …", opening hours, an address over two lines, who built the site
    "Other News in Harbour Works\nFerry Schedule Changes for the Holiday Weekend\nPier 4 Reopens After Repairs\nPrevious\nNext",
    "Hours: Monday - Friday, 8:30 a.m. - 4:30 p.m.", "Office hours: Thursdays, 10 a.m. to 2 p.m., Terminal Hall, Room 4",
    "12 Water St.\nHalifax, NS B3J 1A1", "410 N. Harbour Blvd., Suite 200\nPortland, ME 04101",
    "Municipal Websites by HarbourPlus\u00ae", "Powered by Ghost", "Contact my office",
    "Know someone who should be reading this? Forward the Tide Table to a neighbour.",
    "This newsletter is produced by the Office of the Ward 3 Councillor and paid for from the ward budget.",
    "Quick poll: Should the ferry run past midnight? Vote in our two-question survey.",
    # a site's plugs and notes: its podcast, a sponsor's credit, disclosures, counters, cookie notes in its own words
    "Episode 88 \u00b7 Aired March 14, 2025 \u00b7 28 minutes", "Download MP3",
    "Listen to the full episode above for more on what the new berth will cost.",
    "Support for Harbour Hour comes from Gullwing Marine, serving the coast since 1961.",
    "Harbour Radio does not endorse products or businesses mentioned in our programs.",
    "*Disclosure: Some links in our ferry-gear roundups are affiliate links.*",
    "*Disclosures: This note was prepared by Harbour Securities Inc. for information only and is not an offer to buy or "
    "sell any security. For analyst certifications, visit harboursec.example/disclosures.*",
    "The Ledger may earn a commission on purchases made through links on this page.",
    "### Issue #163 | Ports, ferries and the business of the coast", "My Saved Trips (0)",
    "Create a fare alert for island sailings, and we'll email you daily.", "Search 4,000+ sailings and fares",
    "Sponsored Deal", "Presented by Gullwing Marine", "Submit a letter to the editor", "Support student journalism",
    "OK, got it", "Listen to Tideline, our news podcast, every Friday on Spotify and Apple Podcasts.",
    "> This site uses a single, anonymous analytics cookie and nothing else. [Fine by me](#)",
    "> Cookies, but the boring kind: this blog uses them to count visitors. [Fine by me](#)",
    "> **Sponsored:** Gullwing helps you track every sailing in one place. [Try Gullwing](https://gullwing.example)",
    "You rely on us. We rely on you. Become a sustaining member for as little as $5 a month.",
    "*The Tide Table is free because 300 readers chip in. [Become a supporter](https://tidetable.blog/support).*",
    "Recent posts\n- [Why the ferry is late](https://tidetable.blog/late)\n- [Reading a fare table](https://tidetable.blog/fares)",
    "Jobs you might like\nDeckhand (4-day week)\n$60,000 to $70,000\nTerminal Coordinator",
    "Share this release", "Download the media kit (ZIP, 48 MB)", "See all jobs", "Watch Harbour 9 News at 5, 6 and 11",
    "This news page is supported by the Quay Credit Union. Supporters have no say over our content.",
    "200 Water Street West, Suite 1100, Halifax, NS", "902-555-0110", "Stay connected", "Date modified: 2025-10-02",
    "Search for related information by keyword: Business | Ferries | Nova Scotia | news releases",
    "Report a problem or mistake on this page", "Find more services and information on the Harbour Authority website.",
    "Subscribe to Tide Daily for the latest ferry news, delivered every weekday morning.",
    "Watch Harbour 9 News at 5, 6 and 11, or anytime on our free streaming app.", "Follow Harbour Radio on Facebook",
    "Send your story ideas to news@harbour.example.", "Riders at Pier 4 last December. Ledger staff photo by Ada Quill",
    "Riders wait for the 7 a.m. sailing at Pier 4 last December.\nLedger file photo by Ada Quill",
    # an account strip, an audio player, a phone line under a label, a caption ending on its file-photo credit
    "Sign in to My Account\nPay my bill\nReport an outage or emergency: 1-888-555-0142",
    "Listen to this release (3:05)", "Ferries at Pier 4 in this 2023 file photo. Harbour Ledger file photo",
    # appeals in the site's own voice, a live page's prompt, the letters page's rules, events with their RSVP
    "Every spring our volunteers count the terns. A gift of $25 covers one hour of shoreline survey.",
    "The Lantern is free to read. If this story mattered to you, chip in $5 a month to keep reporters here.",
    "No paywall, no pop-ups. Supporters get ad-free reading for $4 a month.\nSupport us",
    "Your gift keeps our volunteers on the water", "Refresh for the latest updates",
    "Letters may be edited for length and clarity. Send yours to letters@harbour.example.",
    "Riders' meetup: Pier 4, Nov. 15, 10 a.m. Bring your questions. RSVP on our forums.",
    "*The Last Ferry: A History* \u2014 a talk, Thursday, Dec. 4, 5:30 p.m., Pier Hall. Free and open to the public.",
)] + [("", "MORE LOCAL NEWS\n" + _LINKS), ("", "MOST READ ON THE HARBOUR LEDGER\n" + "\n".join(
    f"{n}. {item[2:]}" for n, item in enumerate(_LINKS.split("\n"), 1)))])
def test_furniture_lines_and_lists_of_other_stories_go(before, after):
    story = ("The ferry will carry 1,200 passengers a day from April, the operator said on Monday.\n\n"
             "Tickets go on sale next week.")
    assert clean(f"{before}\n\n{story}\n\n{after}").text == story


def test_a_table_row_between_bars_is_kept():
    text = "Ontario | 51,000 | 2024\n\nThe ferry will carry 1,200 passengers a day from April, the operator said."
    assert clean(text).text == text


def test_a_headline_that_starts_with_search_is_kept():
    text = "Search for missing hikers resumes at dawn\n\nCrews will return to the ridge at 6 a.m., the police said."
    assert clean(text).text == text


@pytest.mark.parametrize("line", ["Residents who qualify for the rebate can register now.",
                                  "Drivers say they get paid less on the app than they did a year ago.",
                                  "The new sailing is funded in part by the province and by a federal grant.",
                                  "Fans can listen live on the station's website, the operator said.",
                                  "**Jo Doe** said the crossing had been late three times this week.",
                                  "The ferry, brought to you by the province since 1961, still runs at a loss.",
                                  "Follow the money",
                                  "Riders who unsubscribe from the alerts will miss detours, the operator said.",
                                  "Riders can call the operator at 902-555-0100 to ask about refunds, the operator said.",
                                  "A gift of $25 million from the Arden family paid for the new terminal.",
                                  "Letters will be sent to every island household next week.",
                                  "Harbour Authority Calls for Review"])
def test_a_story_sentence_that_ends_like_a_plug_is_kept(line):
    story = f"The ferry will carry 1,200 passengers a day from April, the operator said on Monday.\n\n{line}"
    assert clean(story).text == story.replace("**Jo Doe**", "Jo Doe")      # (a name in bold loses its bold)


def test_a_tables_header_row_stays_even_with_a_column_named_like_a_share_button():
    table = "Province | Jobs | Change | Share\nOntario | 51,000 | -3% | 40%\nQuebec | 22,000 | 1% | 18%"
    raw = "The plants employ 73,000 people, the council said.\n\n" + table + "\n\nThe council meets in May.\n"
    assert table in clean(raw).text


def test_a_pasted_pages_sticky_bar_and_menu_go_and_the_headline_leads():
    raw = ("Sign In\nSubscribe\nThe Harbour Lantern\nNOW READING: Ferry fares rise as the new timetable starts\n"
           "Local\nBusiness\nSports\nOpinion\ne-Edition\n\n"
           "Ferry fares rise as the new timetable starts\nJo Doe\n\n"
           "Fares on the island route will rise by a tenth in April, the operator said on Monday.\n")
    text = clean(raw).text
    assert text.startswith("Ferry fares rise as the new timetable starts")
    assert "NOW READING" not in text and "e-Edition" not in text


def test_a_pull_quote_goes_with_the_line_under_it_that_says_whose_words_they_are():
    story = ("Ferry co-op asks for two new boats\n\n"
             "\u201cWe have never had a winter like this one, and the boats are older than the crews,\u201d said "
             "Jo Doe, who runs the ferry co-op.\n\nThe co-op will ask the province for two new boats.")
    pull = "\u201cWe have never had a winter like this one, and the boats are older than the crews.\u201d\n\u2014 Jo Doe, ferry co-op\n\n"
    c = clean(story.replace("\n\nThe co-op", "\n\n" + pull + "The co-op"))
    assert c.text == story
    assert any("whose words" in r["note"] for r in c.report())


def test_a_dashed_line_that_is_not_under_a_pull_quote_stays():
    text = ("The co-op will ask the province for two new boats.\n\n\u2014 Jo Doe, ferry co-op\n\n"
            "The vote is on Friday.")
    assert clean(text).text == text


def test_the_headings_a_page_ends_on_go_once_their_boxes_have_gone():
    paragraphs = "\n\n".join(f"The ferry made crossing number {n} on time, the operator said." for n in range(6))
    page = f"{paragraphs}\n\n---\n\n### Support research at the harbour lab\n\n---\n\nThe Tide Report\n"
    assert clean(page).text.rstrip() == paragraphs


def test_a_research_notes_last_sections_of_findings_stay_when_its_disclosures_go():
    story = "\n\n".join(["# Ferries: a slower year ahead",
                          *(f"Paragraph {n} of the note says what the harbour's traffic did in the quarter." for n in range(5)),
                          "## What would change our view",
                          "- A fare freeze through 2027 would add roughly 40,000 crossings to our forecast.",
                          "- Losing the winter subsidy would cut sailings by a further 12% next year.",
                          "## Ratings",
                          "- No rating changes. We lower our target on Gullwing Marine to C$25 from C$29."])
    disclosures = ("*Disclosures: This note was prepared by Harbour Securities Inc. for information only and is not an "
                   "offer to buy or sell any security.*")
    assert clean(f"{story}\n\n---\n\n{disclosures}\n").text.rstrip("\n -") == story


@pytest.mark.parametrize("disclaimer", [
    "*This report is prepared by Kestrel Bank Economics for information purposes only. It is not investment advice and "
    "should not be relied on as such.*",
    "The commentary above is provided by the Harbour Securities research desk for general informational purposes only, "
    "and its views may change without notice.",
])
def test_a_research_notes_disclaimer_that_it_is_for_information_only_goes(disclaimer):
    story = "\n\n".join(f"Paragraph {n} of the note says ferry traffic rose 4% in the quarter." for n in range(5))
    cleaned = clean(f"{story}\n\n{disclaimer}\n").text
    assert "purposes only" not in cleaned and "Paragraph 4 of the note" in cleaned


@pytest.mark.parametrize("furniture", [
    "Released March 3, 2026 · 28 min",
    'Music: "Overpass" by The Lantern Yard, used under licence.',
    "The Freight Desk is an independent production. Rate and review us wherever you listen.",
    "Rate and review the show: it helps other people find us.",
    "*Thanks for reading. Forward this to a colleague who should be on the list.*",
    "Share  Tweet  Email  Print",
    "*That's the week. Reply to this email with your tips and complaints; we read every one.*",
    "Reply to this newsletter if you want a topic covered next time.",
    "The Freight Desk, 1200-88 Harbour Street West, Halifax, NS",
    "AS PREPARED FOR DELIVERY \u2014 CHECK AGAINST DELIVERY",
    "Forward-looking information: These remarks contain forward-looking statements within the meaning of securities "
    "laws. Actual results may differ materially.",
    "This bulletin is for members of Local 88 only. Please do not forward it outside the membership.",
    "This article is a translation of a text first published in French.",
    "*The Harbour Notebook goes out every Monday during the session. Story tips and complaints about the coffee "
    "machine on the third floor: reply to this email.*",
    "Watch the meeting",
    "Craft Brewers Guild of Australia, PO Box 4127, Hobart TAS 7001",
])
def test_a_podcasts_strip_and_credits_a_newsletters_sign_off_and_a_share_bar_set_out_with_spaces_go(furniture):
    story = "\n\n".join(f"Paragraph {n} says the freight firm parked fourteen trucks this year." for n in range(5))
    cleaned = clean(f"{story}\n\n{furniture}\n\nThe firm said it would hire again in spring.\n").text
    assert furniture.strip("*") not in cleaned and "hire again in spring" in cleaned and "Paragraph 4" in cleaned


@pytest.mark.parametrize("paragraph", [
    "The first shipment arrives every Monday from Halifax.",
    "The bulletin goes out every Friday, the union's secretary said, and members read it on the line.",
    "The report was translated from Korean by the ministry.",
])
def test_a_story_paragraph_about_schedules_or_translations_stays(paragraph):
    story = "\n\n".join(f"Paragraph {n} says the freight firm parked fourteen trucks this year." for n in range(5))
    assert paragraph in clean(f"{story}\n\n{paragraph}\n\nThe firm said it would hire again in spring.\n").text


def test_a_menu_set_out_with_double_spaces_next_to_other_furniture_goes():
    page = ("Coast Clarion\nNews  Sports  Business  Opinion  Obituaries  Classifieds  E-Edition\nSubscribe | Log in\n\n"
            + "\n\n".join(f"Paragraph {n} says the seat plant will drop its second shift in January." for n in range(5)))
    cleaned = clean(page).text
    assert "Obituaries" not in cleaned and "Paragraph 4" in cleaned


def test_a_sites_name_between_its_skip_link_and_its_menu_goes():
    page = ("Skip to main content\nProvince Newsroom\nHome | News Releases | Backgrounders | Statements\n\n"
            "Province Investing $45 Million to Help Parts Suppliers Retool\n\n"
            + "\n\n".join(f"Paragraph {n} says the fund will open to suppliers in November." for n in range(5)))
    assert "Province Newsroom" not in clean(page).text and "Paragraph 4" in clean(page).text


def test_a_releases_quotations_signed_with_the_speakers_office_are_not_reader_comments():
    release = ("Province Investing $45 Million to Help Parts Suppliers Retool\n\n"
               + "\n\n".join(f"Paragraph {n} says the fund will open to suppliers in November." for n in range(6))
               + "\n\nQuotes\n\n\u201cEvery parts maker in this town has felt these tariffs, and this fund will "
               "help.\u201d\n\n- Philippa Grunewald-Obi\nMayor of Tillsonburg\n\n\u201cWe supply brackets to three "
               "assembly plants, and this lets us bid on work outside the United States.\u201d\n\n- Lisandro Feeney-Ruiz\n"
               "President, Oxbridge Metal Forming Ltd.\n\nQuick Facts\n\n- About 700 parts suppliers operate in the "
               "province.\n")
    cleaned = clean(release).text
    assert "We supply brackets" in cleaned and "700 parts suppliers" in cleaned


def test_a_releases_quotations_each_signed_with_a_dash_name_and_lowercase_role_are_not_reader_comments():
    from briefdeck.extract import quotes
    release = ("Fund Doubles Ferry Service to the Islands\n\n"
               + "\n\n".join(f"Paragraph {n} says the ferry fund pays out every April." for n in range(6))
               + "\n\nQuotes:\n\n\"Islanders have waited a long time for a boat that runs after supper, and now "
               "they will have one.\"\n- Warden Ottoline Reyes-Bakker, Grand Isle Municipality\n\n"
               "\"With four years of money we can train deckhands instead of borrowing them from the mainland.\"\n"
               "- Cassius Mbeki-Larsen, general manager, Shoal Harbour Ferries\n\n"
               "Quick Facts:\n- the fund pays $9 million a year\n")
    cleaned = clean(release).text
    assert "train deckhands" in cleaned and "Shoal Harbour Ferries" in cleaned
    speakers = {cleaned[q.start:q.end][:10]: q.speaker for q in quotes.find(cleaned)}
    assert speakers == {"Islanders ": "Ottoline Reyes-Bakker", "With four ": "Cassius Mbeki-Larsen"}


def test_a_signature_under_its_sign_off_is_not_a_heading():
    paragraphs = "\n\n".join(f"The ferry made crossing number {n} on time, the operator said." for n in range(6))
    page = f"{paragraphs}\n\nSafe travels,\nMateo Ruiz\n"
    assert clean(page).text.rstrip().endswith("Safe travels,\nMateo Ruiz")


def test_a_list_of_links_set_line_under_line_ends_at_the_blank_line():
    page = ("The ferry will carry 1,200 passengers a day from April, the operator said on Monday.\n\n"
            "Additional Resources\nFerry plan project page\nSailings by the numbers (PDF)\n\n"
            "About the Harbour Authority\nThe Harbour Authority runs four ferries and two ports.\n")
    cleaned = clean(page).text
    assert "project page" not in cleaned and "About the Harbour Authority" not in cleaned
    assert "runs four ferries" not in cleaned and "1,200 passengers" in cleaned


def test_a_press_releases_notes_to_editors_go_from_their_heading_to_the_end():
    story = "\n\n".join(f"Paragraph {n} of the release says what the harbour board decided on Monday." for n in range(6))
    notes = ("Notes to editors\n\n1. The survey was funded by the Ocean Trust.\n\n"
             "2. Photographs are available on request from the press office.")
    assert clean(story + "\n\n" + notes).text == story


def test_a_newsletters_boxes_go_even_with_a_long_sponsor_note_quoted_among_them():
    story = "\n\n".join(["## Dock rebuild wins funding",
                          "The harbour board approved $4 million for the east dock on Monday, the chair said.",
                          "Work starts in April and should finish by the fall, the board said in a statement.",
                          "The old dock has been closed to trucks since a pile failed in 2024, officials said.",
                          "Fishers said the closure had cost them two hours a day in detours around the bay.",
                          "The board will hold a public meeting on the design in March, the chair said."])
    boxes = ("### On the calendar\n\n- **Tue** \u2014 Net mending night, 6 p.m., the old fish shed.\n\n"
             "### Job board\n\n- Deckhand, Cape Marine (seasonal)\n\n"
             "> **This issue is supported by Bayside Credit Union.** Chequing built for fishing families, with no "
             "monthly fee for your first year and a branch that still answers the phone on Saturdays. "
             "[Open an account](https://bayside.example/open)\n\n"
             "### Reader mail\n\n\"Loved the piece on the lighthouse.\" \u2014 *Jo Roe, Pictou*")
    assert clean(story + "\n\n" + boxes).text == story


def test_a_pasted_emails_subject_line_goes_when_it_repeats_the_headline():
    text = ("Ferry fares frozen for a second year\n\nFrom: Harbour Notes <notes@harbour.example>\n"
            "Subject: Ferry fares frozen for a second year\nDate: Tuesday, March 3, 2026 at 7:15 AM\n\n"
            "Fares will stay at $12 until April 2027, the operator said on Monday.")
    assert clean(text).text == ("Ferry fares frozen for a second year\n\n"
                                "Fares will stay at $12 until April 2027, the operator said on Monday.")


def test_a_subject_line_with_a_release_label_goes_when_it_repeats_the_headline():
    text = ("Ferry fares frozen for a second year\n\nSubject: PRESS RELEASE: Ferry fares frozen for a second year\n\n"
            "Fares will stay at $12 until April 2027, the operator said on Monday.")
    assert clean(text).text == ("Ferry fares frozen for a second year\n\n"
                                "Fares will stay at $12 until April 2027, the operator said on Monday.")


def test_a_subject_line_of_its_own_stays():
    text = "Subject: Ferry schedule for the spring\n\nSailings resume on April 2, the operator said."
    assert "Subject: Ferry schedule for the spring" in clean(text).text


def test_a_clips_summary_under_its_video_label_and_a_caption_over_a_slash_credit_go():
    story = "Hackers stole the names of 340,000 customers, the provider said on Friday.\n\nIt said the data was encrypted."
    raw = ("[Video] Customers react to the breach\nCustomers in two suburbs told 10 News they learned of it by "
           "letter.\n\n" + story)
    assert clean(raw).text == story
    raw = ("The offices in North Austin, photographed in 2023. The maker is one of the largest employers.\n"
           "Herald file photo / Amaya Ruiz\n\n" + story)
    assert clean(raw).text == story


def test_a_release_line_dated_in_may_is_not_joined_to_the_headline_under_it():
    # "… Tuesday 14 May": the month, not the verb "may" a broken sentence would end on
    raw = ("Campus satellite reaches orbit\n\nPRESS RELEASE\nFor immediate release - Tuesday 14 May\n\n"
           "Campus satellite reaches orbit\n\nA shoebox-sized satellite built by students has reached orbit and "
           "sent its first signals home.\n\nThe team will publish its first images next month.")
    c = clean(raw)
    assert "immediate release" not in c.text
    assert "May Campus" not in c.text
    assert c.text.startswith("Campus satellite reaches orbit\n\nA shoebox-sized satellite")


def _release(what: str) -> str:
    """Six paragraphs of a release's body, each saying ``what``."""
    return "\n\n".join(f"Paragraph {n} of the release says what {what}." for n in range(1, 7))


def test_a_government_release_loses_its_from_line_links_contacts_and_social_block():
    story = _release("the department will do about imports")
    raw = ("Department tightens steel quotas\n\nFrom: Department of Finance Canada\n\nNews release\n\n" + story +
           "\n\nQuick facts\n\n- The industry employs about 23,000 people.\n\nAssociated links\n\n"
           "Canada's response to global overcapacity\nNotice of intent on steel quotas\n\nContacts\n\n"
           "Jo Roe\nPress Secretary\nOffice of the Minister of Finance\n343-555-0127\n\nStay connected\n\n"
           "Follow the Department of Finance Canada on social media.\nFacebook: Finance Canada")
    c = clean(raw)
    for gone in ("From: Department", "Associated links", "overcapacity", "Office of the Minister", "Press Secretary",
                 "Follow the Department", "Facebook: Finance Canada"):
        assert gone not in c.text, gone
    assert "Paragraph 6 of the release" in c.text
    assert "The industry employs about 23,000 people." in c.text


def test_a_more_coverage_list_goes_with_its_heading():
    raw = ("Inversion traps smog over the valley\n\nAir quality reached the red level on Wednesday, the state said.\n\n"
           "Residents can check readings on the state's website.\n\nMore coverage:\n"
           "Utah's inversion season, explained in five charts\nWhat to know before buying an air purifier")
    c = clean(raw)
    assert "five charts" not in c.text and "More coverage" not in c.text
    assert c.text.endswith("Residents can check readings on the state's website.")


def test_what_follows_a_releases_end_mark_goes_and_a_newswires_furniture_with_it():
    story = _release("the union wants from the government")
    raw = ("Union demands job guarantees\n\nNews provided by\nAcme Workers Union\n\n" + story +
           "\n\nAbout Acme Workers Union\n\nThe union represents 68,000 workers.\n\n-30-\n\nFor further information: "
           "Media contact: Jo Roe, 416-555-0184\n\nSOURCE Acme Workers Union\n\nAlso from this source\n"
           "Members ratify a new agreement\nStatement on the fall update\n\nExplore more news releases in Labour")
    c = clean(raw)
    for gone in ("News provided by", "-30-", "For further information", "SOURCE Acme", "Also from this source",
                 "Members ratify", "Explore more news releases"):
        assert gone not in c.text, gone
    assert "Paragraph 6 of the release" in c.text


def test_a_betting_adverts_offer_and_small_print_go():
    raw = ("Lawmakers pass ticket-resale crackdown\n\nThe bill bans speculative listings, its sponsor said.\n\n"
           "BET $5, GET $200 IN BONUS BETS\n\nNew customers only. Place your first $5 wager tonight and unlock $200 "
           "in bonus bets.\n\nMust be 21+. Gambling problem? Call 1-800-GAMBLER. Terms apply.\n\n"
           "The governor is expected to sign it next week.")
    c = clean(raw)
    assert "BONUS BETS" not in c.text and "New customers only" not in c.text and "Gambling problem" not in c.text
    assert "The governor is expected to sign it next week." in c.text


def test_a_30_alone_on_its_line_is_a_tables_cell_not_a_releases_end():
    raw = ("Ridings by seats\n\n" + _release("each party won") + "\n\nOntario\n\n30\n\nQuebec\n\n"
           "The count ends on Friday, the agency said.")
    assert clean(raw).text.endswith("The count ends on Friday, the agency said.")


@pytest.mark.parametrize("heading", ["TRENDING ON HARBOURNEWS7.COM", "Trending in Chatham-Kent"])
def test_a_trending_list_headed_by_the_sites_domain_goes_with_its_numbered_headlines(heading):
    story = "The ferry line will add two sailings a day from June, the port authority said on Monday."
    page = (story + f"\n\n{heading}\n1. Causeway closed near Port Ellery after rockslide\n"
            "2. Bakery named among best in the region\n3. Water rates to rise 6% next year: What to know\n")
    assert clean(page).text == story


def test_a_newsletter_box_with_its_button_on_the_email_line_goes_whole_after_a_read_more_list():
    story = "The ferry line will add two sailings a day from June, the port authority said on Monday."
    page = (story + "\n\nREAD MORE\nCauseway shoppers react as bank confirms closure date\n"
            "How to get the best rate on your savings this winter\n\n"
            "Sign up for the Lantern Money newsletter\nStraight-talking advice on bills and savings, every Friday.\n"
            "Enter your email   SUBSCRIBE\nWe use your sign-up to send you newsletters. You can unsubscribe at any "
            "time.\n")
    assert clean(page).text == story


def test_a_topics_menu_whose_items_hold_commas_goes_whole():
    story = ("The ferry line will add two sailings a day from June, the port authority said on Monday, after a winter "
             "of cancelled crossings.")
    menu = ("Topics menu\nJobs and the workplace\nImmigration and citizenship\nTravel and tourism\n"
            "Culture, history and sport\nPolicing, justice and emergencies\nTransport and infrastructure\n\n")
    assert clean("Ferry line adds sailings\n\n" + menu + story).text == "Ferry line adds sailings\n\n" + story


LETTERS_PAGE = """LETTERS: The ferry fare rise, and who pays for it

YOUR SAY

FARE WARNING

The board says the rise was unavoidable. Funny, then, that the same board found money for a new logo last spring.

— Ines Carvalho, North Shore

WRONG PRIORITIES

Council voted 6 to 3 to spend $40 million on the new terminal. The councillor who said "the ferry pays its own way" should ride it at 6 a.m.

— Tomas Reid, Harbour Heights

SENIORS PAY TWICE

My mother takes the ferry to every hospital appointment. A 12 per cent rise is a tax on being ill.

— Dana Whitlock, Port Alder
"""


def test_a_letters_page_keeps_its_signed_letters():
    text = clean(LETTERS_PAGE).text
    for kept in ("found money for a new logo", "the ferry pays its own way", "A 12 per cent rise is a tax on being ill."):
        assert kept in text


def test_a_pasted_emails_header_a_share_bars_counters_and_a_breadcrumb_go():
    raw = ("Sent: 03 March 2026 00:01\n"
           "Attachments: Winter_Survey_2026.pdf; headshot.jpg\n\nOpinion > Letters to the Editor\n\n"
           "Traders see sales fall as costs bite\n\nOne in six small firms is considering closing within a year, "
           "the survey found.\n\nShare 2.1k\n\nComments 612\n\nRead this story in Spanish | Lea esta historia en "
           "espa\u00f1ol\n\nRead more letters to the editor\n\nThis article is general information only and does not "
           "take into account your personal circumstances.\n\nThis transcript has been edited for length and clarity.\n")
    text = clean(raw).text
    for gone in ("Sent:", "Attachments:", "Opinion >", "Share 2.1k", "Comments 612", "Spanish",
                 "Read more letters", "general information only", "edited for length"):
        assert gone not in text
    assert "One in six small firms is considering closing within a year" in text


def test_a_bar_of_links_led_by_the_sites_name_in_bold_goes():
    raw = ("# Mill idled by wildfire\n\n**THE COASTAL LEDGER** | [Markets](/markets) | [Investing](/investing) | "
           "[Economy](/economy) | [Opinion](/opinion)\n\nThe mill will stay shut for four months, the company said.\n")
    text = clean(raw).text
    assert "LEDGER" not in text and "[Markets]" not in text
    assert text.startswith("# Mill idled by wildfire\n\nThe mill will stay shut")


@pytest.mark.parametrize("navigation", ["Opinion > Letters to the Editor", "Sign in | Subscribe: $2 a week",
                                        "Home \u203a Shows \u203a The Morning Line"])
def test_a_sites_name_over_the_pages_navigation_goes_and_names_the_publisher(tmp_path, navigation):
    page = tmp_path / "letters.txt"
    page.write_text(f"THE HARBOUR STANDARD\n{navigation}\n\nFerry fares: three letters on the new timetable\n\n"
                    "The island route's fares rise by a tenth in April, and the last sailing leaves at nine.\n",
                    encoding="utf-8")
    source = read_source(page, "letters")
    assert not source.text.startswith("THE HARBOUR STANDARD")
    assert "HARBOUR" not in source.text
    assert source.publisher == "The Harbour Standard"


def test_a_sites_name_over_a_menu_and_its_sign_in_line_goes_over_a_columns_bare_name_byline():
    text = clean("THE HARBOUR STANDARD\nOpinion | Columns | Ferries & Roads\nSubscribe | Sign in | Today's paper\n\n"
                 "Ferry fares rise again. The co-op should plan for the boats after\n\nJo Doe-Roe\n"
                 "Published March 14, 2026 \u00b7 Updated 9:02 a.m.\n\nThe island route's fares rise by a tenth in "
                 "April, the operator said on Monday.\n").text
    assert text.startswith("Ferry fares rise again.") and "HARBOUR" not in text and "Sign in" not in text


def test_a_short_line_of_sections_set_apart_by_dots_under_the_masthead_goes(tmp_path):
    page = tmp_path / "column.txt"
    page.write_text("Menu   Search   Sign in\nTHE HARBOUR STANDARD\nOpinion \u00b7 Columns \u00b7 Letters\n"
                    "Subscribe for 99\u00a2 a week\n\nCOLUMN\n\nFerry fares rise again. The co-op should plan for the boats "
                    "after\n\nThe fares will not fall this year. Towns that wait for a deal will lose again; towns that "
                    "plan might not\n\nJo Doe-Roe\nMarch 14, 2026 \u00b7 4 min read\nShare on Facebook | Share on X | Email | "
                    "Print\n\nThere is a habit on the island when a sailing is cut. The mayor says it is a sad day.\n\n"
                    "The island route's fares rise by a tenth in April, the operator said on Monday.\n", encoding="utf-8")
    text = read_source(page, "column").text
    assert "Letters" not in text
    assert text.startswith("Ferry fares rise again.")


def test_a_trade_papers_colophon_with_its_subscription_line_goes():
    story = ("Truckload rates on the Windsor lanes rose for a third month, brokers said.\n\n"
             "The rise came as crossings slowed at the bridge.")
    raw = story + "\n\n*Lakehead Freight Review is published every Monday. Subscriptions: freightreview.example/join*\n"
    assert clean(raw).text == story


def test_a_headline_in_capitals_over_a_share_bar_stays():
    raw = ("FERRY FARES RISE IN APRIL\nShare | Email | Print\n\n"
           "The island route's fares rise by a tenth in April, the operator said on Monday.\n")
    assert clean(raw).text.startswith("FERRY FARES RISE IN APRIL")


@pytest.mark.parametrize("note", [
    "Transcripts of Harbour Hour are made with automated tools and checked by our producers; they may contain "
    "errors. Please listen to the audio before quoting.",
    "This transcript was produced on a rush deadline and may not be in its final form.",
    "This is a rush transcript. The recording is the authoritative record.",
    "(BREAK)"])
def test_a_broadcasters_note_on_its_transcripts_goes(note):
    story = "MORROW: The ferry co-op wants two new boats by spring.\n\nDOE: We have asked the province twice."
    assert clean(f"{story}\n\n{note}\n").text == story
    assert clean(f"{note}\n\n{story}\n").text == story


def test_a_transcript_quoted_in_the_story_stays():
    line = "The minister said the transcript may contain errors because the recording was cut short."
    assert clean(f"The hearing ran for six hours.\n\n{line}\n").text.endswith(line)


def test_a_subject_line_goes_when_the_headline_under_it_rewords_it():
    text = ("Subject: PRESS RELEASE: Ferry fares frozen for a second year \u2013 operator\n\n"
            "Ferry fares frozen for a second year, operator says\n\n"
            "Fares will stay at $12 until April 2027, the operator said on Monday.")
    assert clean(text).text == ("Ferry fares frozen for a second year, operator says\n\n"
                                "Fares will stay at $12 until April 2027, the operator said on Monday.")


def test_a_subject_line_over_a_story_on_something_else_stays():
    text = ("Subject: Ferry fares for the spring season\n\nThe board met on Monday and heard from three captains "
            "about the spring season, the fares and the new ferry.")
    assert clean(text).text.startswith("Subject: Ferry fares for the spring season")


def test_a_sites_name_and_motto_under_the_browsers_title_go(tmp_path):
    page = tmp_path / "ferries.txt"
    page.write_text("Ferry co-op asks for two new boats | Harbour Daily Lantern\nSkip to content\nHarbour Daily Lantern\n"
                    "The island's news, every tide\nHome\nNews\nSports\nWeather\n"
                    "Ferry co-op asks for two new boats\n"
                    "The ferry co-op will ask the province for two new boats, its board said on Tuesday, after a "
                    "winter in which the old ones missed 41 sailings.\n", encoding="utf-8")
    source = read_source(page, "ferries")
    assert source.title == "Ferry co-op asks for two new boats"
    assert source.publisher == "Harbour Daily Lantern"
    assert "every tide" not in source.text and "Lantern" not in source.text
    assert source.text.startswith("Ferry co-op asks for two new boats\nThe ferry co-op will ask")


def test_a_sites_name_and_section_over_a_headline_and_its_story_go(tmp_path):
    page = tmp_path / "transcript.txt"
    page.write_text("Harbour Policy Wire | Transcripts\n\nTRANSCRIPT: Minister announces two new ferries for the island\n\n"
                    "The minister announced on Monday that two new ferries will join the island route by 2028, at a "
                    "cost of $76 million, after a winter of missed sailings.\n", encoding="utf-8")
    source = read_source(page, "transcript")
    assert source.publisher == "Harbour Policy Wire"
    assert source.title == "TRANSCRIPT: Minister announces two new ferries for the island"
    assert "Transcripts" not in source.text


def test_a_sites_name_over_a_section_trail_a_headline_and_a_standfirst_goes(tmp_path):
    page = tmp_path / "edition.txt"
    page.write_text("THE NORTH SEA SHIPPING GAZETTE \u2014 INTERNATIONAL EDITION\nFerries / Atlantic Canada\n\n"
                    "Island line to lease two ferries from Norway for the winter\n\n"
                    "Charter costs estimated at 9 million kroner a month\n\n"
                    "HALIFAX \u2014 The island ferry line will lease two Norwegian ferries from December, its board "
                    "told The North Sea Shipping Gazette, after a winter in which its own boats missed 41 sailings.\n",
                    encoding="utf-8")
    source = read_source(page, "edition")
    assert "GAZETTE" not in source.text and "INTERNATIONAL EDITION" not in source.text
    assert source.title == "Island line to lease two ferries from Norway for the winter"
    assert "Charter costs estimated" in source.text and "told The North Sea Shipping Gazette" in source.text


def test_an_outlets_name_alone_in_capitals_over_a_headline_and_its_story_goes(tmp_path):
    page = tmp_path / "qa.txt"
    page.write_text("THE FERRY TRADES REVIEW\n\nQ&A: A port economist on what the fare freeze has done to the island "
                    "route\n\nAda Quill is senior economist at the Harbour Institute and has tracked island sailings, "
                    "fares and freight for 17 years. The interview has been edited and condensed.\n", encoding="utf-8")
    source = read_source(page, "qa")
    assert "FERRY TRADES REVIEW" not in source.text
    assert source.title.startswith("Q&A: A port economist")


def test_a_headline_in_capitals_over_a_kicker_and_a_standfirst_stays(tmp_path):
    page = tmp_path / "tabloid.txt"
    page.write_text("FERRY FIASCO \u2014 AGAIN\nIsland commuters stranded / day three\n\n"
                    "Line cancels every sailing until Friday\n\n"
                    "The island ferry line cancelled every sailing until Friday on Tuesday, after its last working "
                    "boat failed an inspection, stranding about 900 commuters.\n", encoding="utf-8")
    assert "FERRY FIASCO" in read_source(page, "tabloid").text


def test_a_headline_with_a_label_after_a_bar_stays(tmp_path):
    page = tmp_path / "analysis.txt"
    page.write_text("Island Ferry Fares Rise Again | Analysis\n\nWhat the new timetable means for commuters\n\n"
                    "The island route's fares rise by a tenth in April, and the last sailing leaves at nine, the "
                    "operator said on Monday.\n", encoding="utf-8")
    assert read_source(page, "analysis").text.startswith("Island Ferry Fares Rise Again | Analysis")


def test_a_question_in_bold_is_not_run_on_into_the_answer_under_it():
    text = ("The importers' association says prices rose again in March.\n\n"
            "**Ottawa has its own rules on drug prices. How does that play into all this?**\n\n"
            "It squeezes the importers from both sides, and the small ones first.\n")
    assert clean(text).text == text.rstrip("\n")


def test_a_read_more_letters_line_with_the_headlines_it_links_to_goes():
    letter = "The new parking rates will empty the high street by spring.\n\nMarguerite Oyelaran-Fisk, Fernwood"
    raw = letter + ("\n\nRead more letters: \u201cThe bus lane on Fort Street deserves a fair trial\u201d \u00b7 "
                    "\u201cLibrary hours cut again, and nobody asked the readers\u201d\n")
    assert clean(raw).text == letter


@pytest.mark.parametrize("line", ["Comments (86)", "More Acme Hotels analysis", "All earnings call transcripts",
                                  "*Lantern & Quill Travel \u00b7 1880 Corydon Avenue, Winnipeg, MB \u00b7 Open Monday to "
                                  "Saturday*"])
def test_a_pages_counters_links_and_a_newsletters_address_line_go(line):
    story = "The fares rise by a tenth in April, the operator said on Monday."
    assert clean(f"{story}\n\n{line}\n").text == story


@pytest.mark.parametrize("line", [
    "Readers with questions about pensions can email money@ledger.example. We regret that we cannot answer every query.",
    "*Ferncastle Staff Pension Scheme, Harbour House, Limerick. The Trustees are registered with the Pensions "
    "Authority, registration number PB 41207.*"])
def test_a_columns_reader_mail_note_and_a_regulated_bodys_registration_line_go(line):
    story = "The scheme returned 7.9% last year, the trustees said."
    assert clean(f"{story}\n\n{line}\n").text == story


def test_a_reading_time_left_behind_its_separator_goes():
    body = ("Mill wins its permits\n\nThe smelter will sell less abroad.\n\n\u00b7 6 min read\n\n"
            "SUDBURY, Ont. \u2014 The mill won its permits on Monday.")
    assert "min read" not in clean(body).text and "won its permits" in clean(body).text


def test_a_one_sentence_pull_quote_said_inside_a_longer_paragraph_goes():
    line = "A grant that arrives after the harvest is worth nothing to a farm that sold its herd in the spring."
    raw = (f"Ottawa's drought grants are late again.\n\nThe ministry says cheques go out in October. {line} Most "
           f"growers cannot wait that long.\n\n{line}\n\nThe fix is simple: pay in July.")
    cleaned = clean(raw).text
    assert cleaned.count(line) == 1 and f"{line} Most growers" in cleaned
    assert cleaned.endswith("The fix is simple: pay in July.")


def test_a_one_sentence_paragraph_printed_again_in_a_column_goes_but_a_calls_repeated_thanks_stay():
    column = ("The ferry is the only road off the island.\n\nA road that closes twice a week is no road at all.\n\n"
              "The province says the new boat comes in 2028.\n\nA road that closes twice a week is no road at all.\n\n"
              "Until then, the island waits.")
    assert clean(column).text.count("A road that closes twice a week is no road at all.") == 1
    call = ("Operator\n\nOur first question comes from the line of Jo Doe.\n\nJo Doe -- Acme Capital -- Analyst\n\n"
            "Thanks so much for taking my questions today.\n\nSam Roe -- Chief Executive Officer\n\nSure. Volumes "
            "fell 4% in the quarter.\n\nAna Poe -- Harbour Securities -- Analyst\n\n"
            "Thanks so much for taking my questions today.\n\nSam Roe -- Chief Executive Officer\n\nGo ahead.")
    assert clean(call).text.count("Thanks so much for taking my questions today.") == 2


def test_a_sign_in_line_that_quotes_the_subscription_price_goes():
    raw = ("THE HARBOUR COURIER\nNews | Opinion | Sports\nSign in | Subscribe: $2 a week for 10 weeks\n\n"
           "The ferry fare rises in May\n\nThe island ferry will charge $14 a crossing from May 1, the operator said.")
    cleaned = clean(raw).text
    assert "Subscribe" not in cleaned and "$2 a week" not in cleaned and "$14 a crossing" in cleaned


def test_a_live_updates_box_set_off_with_a_middle_dot_goes():
    raw = ("Snack maker grows U.S. sales\n\nThe Dieppe company said sales rose 18% in the quarter.\n\n"
           "LIVE UPDATES \u00b7 Markets today\n\n\u2022 2:15 p.m. TSX edges higher as banks rebound\n"
           "\u2022 1:48 p.m. Port volumes slip for a third month\n\u2022 12:30 p.m. Loonie steady before rate speech\n\n"
           "Chief financial officer Jo Doe said certification cost about $640,000 this year.")
    cleaned = clean(raw).text
    assert "LIVE UPDATES" not in cleaned and "TSX edges" not in cleaned and "$640,000" in cleaned


SUBTITLES = """1
00:00:00,000 --> 00:00:03,100
HARBOUR TALK
The week after the layoffs

2
00:00:03,200 --> 00:00:04,500
[theme music]

3
00:00:04,600 --> 00:00:08,250
Hi, I'm Solenne Abara-Quist,
and this is Harbour Talk.

4
00:00:08,300 --> 00:00:11,900
With me is Ruairi, who worked the night crane.

5
00:00:12,000 --> 00:00:14,700
- Ruairi, what happened that night?

6
00:00:14,800 --> 00:00:18,300
RUAIRI: They called us into the lunchroom

7
00:00:18,400 --> 00:00:21,000
and read it off a sheet.
- How long did it take?
- Four minutes.

8
00:00:21,100 --> 00:00:22,000
[theme music]

9
00:00:22,100 --> 00:00:25,000
Harbour Talk is produced
by Quayside Media.
"""


def test_a_subtitle_files_cues_are_joined_into_turns_without_their_numbers_times_or_closing_credit():
    cleaned = clean(SUBTITLES)
    assert cleaned.text.split("\n\n") == [
        "HARBOUR TALK", "The week after the layoffs",                    # ("[theme music]" goes as a sound cue)
        "Hi, I'm Solenne Abara-Quist, and this is Harbour Talk. With me is Ruairi, who worked the night crane.",
        "- Ruairi, what happened that night?",
        "RUAIRI: They called us into the lunchroom and read it off a sheet.",
        "- How long did it take?", "- Four minutes."]
    assert undo(cleaned.steps, cleaned.text) == SUBTITLES
    assert any(row["kind"] == "subtitles" and row["note"] == "subtitle credits" for row in cleaned.report())


def test_a_few_numbered_lines_with_times_are_not_a_subtitle_file():
    text = "The schedule for Saturday:\n\n1\n00:00:00,000 --> 00:00:03,100\nWarm-up\n\nThen the race starts.\n"
    assert clean(text).text.strip() == text.strip()


@pytest.mark.parametrize("furniture", [
    "Crews leave the plant at the end of the day shift on Wednesday. (Ledger photo: Ottoline Baptiste-Kerr)",
    "Ottoline Baptiste-Kerr @obk_news \u00b7 7:02 PM",
    "Search news releases",
    "\U0001f4cc Pinned by moderators",
    "View more comments (587)",
    "Suggested Topics:",
    "FOI-2026-0081 | 000113 | Released under the Access to Information Act",
])
def test_a_caption_with_its_credit_a_posts_header_and_a_sites_prompts_go(furniture):
    story = ("The plant will cut its second shift in January, the company said on Tuesday, and about 220 workers "
             "will be laid off.\n\nThe union said it would ask for a meeting with the province this week.")
    cleaned = clean(f"{story}\n\n{furniture}\n\nThe company did not say when the shift might return.\n")
    assert furniture not in cleaned.text and story in cleaned.text


def test_a_labelled_pull_quote_goes_when_its_words_stand_as_a_paragraph_of_their_own():
    body = ("A plant that stops training for a year loses more than a year.\n\n"
            "A skill left unused is a skill lost.\n\n"
            "Councils across the region have noticed.\n\n"
            "PULL QUOTE: \u201cA skill left unused is a skill lost.\u201d\n\n"
            "The college has cut two intakes.")
    c = clean(body)
    assert "PULL QUOTE" not in c.text and c.text.count("A skill left unused") == 1
    assert any(r["note"].startswith("a pull quote") for r in c.report())


def test_a_letters_page_under_its_masthead_keeps_its_signed_letters():
    letters = "".join(f"{head}\n\n{body}\n\n{name}\n\n" for head, body, name in [
        ("The rebate is too small", "I visited three dealers on Saturday and bought a used van for $31,500 instead.",
         "Oisin Ratter, Elora"),
        ("Dealers are not the villains", "The counter-tariff is collected at the border, not by the dealer, and it "
         "comes out of our margin.", "Delia Karg, general manager, Speedvale Motors, Guelph"),
        ("Keep the old van", "Our van has 290,000 kilometres on it, and we paid the mechanic rather than the dealer.",
         "Gurdeep Altamira, Puslinch"),
        ("Call it a tax", "A counter-tariff is a tax, and the people paying it are Canadian car buyers.",
         "Mei Brar, Fergus")])
    text = "THE WELLINGTON COURIER\nOpinion | Letters to the Editor | Saturday, January 31, 2026\n\nYour say\n\n" + letters
    cleaned = clean(text).text
    assert "Speedvale Motors" in cleaned and "paid the mechanic" in cleaned and "Mei Brar, Fergus" in cleaned
    assert "Saturday, January 31, 2026" not in cleaned             # the section's line and its date


def test_a_byline_name_over_its_published_line_marks_the_head_so_the_site_above_the_headline_goes():
    raw = ("THE KESTREL VALLEY POST\nHome > Opinion > Columnists\nSubscribe | My account | E-paper\n\n"
           "The duty on ferry parts is hurting the wrong people\n\n"
           "Oskar Abiodun-Lavoie\nPublished Nov. 3, 2025 | 4 min read\n\n"
           "There are two duties on the ferry yard's parts this winter, and only one of them was set abroad.\n\n"
           "The yard has cut a shift and says it will cut another if nothing changes by spring.")
    c = clean(raw)
    assert "Subscribe | My account" not in c.text and "KESTREL VALLEY POST" not in c.text
    assert c.text.startswith("The duty on ferry parts is hurting the wrong people")
    assert "only one of them was set abroad" in c.text


def test_a_closing_line_sending_the_reader_to_buy_at_a_site_goes():
    story = ("The hearing resumes on Monday with the broker's cross-examination.\n\n"
             "The judge said she expects to rule before the end of January.")
    raw = story + "\n\n* * *\n\nHalvard Court Reporting Ltd. | Order certified transcripts at halvardreporting.example\n"
    assert "Order certified" not in clean(raw).text and "Halvard Court Reporting" not in clean(raw).text
