"""A report pasted from a PDF, and a news release's closing sections: what the page or the issuer adds goes."""
from __future__ import annotations

from briefdeck.clean import clean

REPORT = """Shoreline Erosion on the North Coast

Policy Report No. 2025-04
ISBN 978-1-0000-0000-0 (PDF)
Suggested citation: Roe, J. and Diaz, P. (2025). Shoreline Erosion on the
North Coast. Lunenburg: Coastal Futures Institute.

EXECUTIVE SUMMARY

The north coast lost an average of 1.4 metres of shoreline a year between 2015 and 2024,
twice the rate of the previous decade. Most of the loss is on the soft bluffs east of the
harbour, where 38 homes now stand within 20 metres of the edge.

Figure 1: Shoreline retreat by segment, metres per year
2.0
1.5
1.0
East bluffs Harbour West dunes
Source: Coastal survey data, 2015 to 2024.

The county's defence budget has not kept pace. It spent $4.1 million on rock armour in 2024,
against an estimated $19 million needed to protect the homes most at risk, and the province
Coastal Futures Institute | coastalfutures.example                Page 2 of 12

SHORELINE EROSION | EXECUTIVE SUMMARY

has not said whether it will share the cost.

Key findings

1. Retreat is fastest where the bluffs are highest. Between 2015 and
   2024 the east bluffs lost 2.3 metres a year.

Coastal Futures Institute | coastalfutures.example                Page 3 of 12

SHORELINE EROSION | EXECUTIVE SUMMARY

Table 1. Homes within 20 metres of the edge, by segment
Segment      Homes
East bluffs  31
West dunes   7
Source: county assessment roll, 2024.

2. The county has no plan to move the road. The shore road will be within 10 metres of the
edge by 2031 on current trends.
"""

RELEASE = """Lakeview Grain Reports Record Harvest Volumes

REGINA, Sask., Nov. 4, 2025 /Prairie Newswire/ -- Lakeview Grain Co. today reported record volumes for the 2025 harvest, with 2.4 million
tonnes moved through its elevators, up 11 per cent from last year. Revenue for the quarter rose to
$412 million. The company raised its full-year outlook and said a second elevator at Kindersley would
open in the spring. Chief executive Hana Ostrowski said the results showed the network was paying off.

Shipments were held back in February by rail delays on the main line, which cost the company about
four days of loading. Most of that was made up in March, and the company expects no lasting effect.

Conference Call and Webcast
Lakeview will host a call at 9 a.m. CT today. Participants may dial +1 888 555 0142.

About Lakeview Grain
Lakeview Grain Co. operates 14 elevators across Saskatchewan and Manitoba and employs 900 people.

Forward-Looking Statements
This release contains forward-looking statements. Actual results may differ materially.

Investor Contact: Ada Brun, +1 306 555 0190, ir@lakeview.example
"""


def test_page_footers_running_headers_and_a_chart_go_and_the_cut_sentence_is_whole_again():
    text = clean(REPORT).text
    assert "Page 2 of 12" not in text and "Page 3 of 12" not in text
    assert "coastalfutures.example" not in text
    assert "SHORELINE EROSION | EXECUTIVE SUMMARY" not in text
    assert "Figure 1" not in text and "East bluffs Harbour West dunes" not in text and "Coastal survey data" not in text
    assert "Table 1" not in text and "East bluffs  31" not in text and "assessment roll" not in text   # its columns lost
    assert "and the province has not said whether it will share the cost." in text      # across the page break
    assert "Between 2015 and 2024 the east bluffs lost 2.3 metres a year." in text      # a list item's indent
    assert "EXECUTIVE SUMMARY" in text                                                   # the heading, once, stays
    assert "38 homes now stand within 20 metres of the edge." in text
    for front in ("Policy Report No.", "ISBN", "Suggested citation", "Lunenburg: Coastal Futures"):
        assert front not in text                                                         # the front matter


def test_the_cleaning_report_lists_each_page_footer_and_the_chart():
    notes = [r["note"] for r in clean(REPORT).report() if r["kind"] == "page"]
    assert notes.count("page footer") == 2
    assert notes.count("running header") == 2
    assert "chart left in the text" in notes


def test_a_table_outside_a_pasted_pdf_stays():
    text = ("The county counted the homes at risk.\n\nTable 1: Homes near the edge\nEast bluffs 31\nWest dunes 7\n"
            "Source: county assessment roll.\n\nThe road will move in 2031.")
    assert "East bluffs 31" in clean(text).text


def test_a_chart_title_without_a_source_line_under_it_stays():
    text = "Figure 1: the town's budget, which council passed on Monday, is $4 million.\nThe vote was 5 to 2."
    assert clean(text).text == text


def test_a_single_page_number_is_not_a_pasted_pdf():
    text = ("The committee met on Monday.\nSee the table on\nPage 4 of 9\n\nCOMMITTEE NOTES\n\nIt will meet again "
            "in March.\n\nCOMMITTEE NOTES\n")
    assert "COMMITTEE NOTES" in clean(text).text


def test_a_news_releases_closing_sections_go_and_its_news_stays():
    text = clean(RELEASE).text
    for furniture in ("Conference Call and Webcast", "About Lakeview Grain", "operates 14 elevators",
                      "Forward-Looking Statements", "Investor Contact"):
        assert furniture not in text
    assert "Most of that was made up in March, and the company expects no lasting effect." in text
    assert text.startswith("Lakeview Grain Reports Record Harvest Volumes\n\nREGINA, Sask., Nov. 4, 2025 -- Lakeview")


def test_a_releases_about_the_section_its_media_contact_and_the_wires_trailer_go():
    text = ("Harbour Trust Opens Winter Ferry Bookings\n\nHALIFAX, N.S., Nov. 4, 2025 /Coastwire/ -- The Harbour "
            "Ferry Trust today opened bookings for its winter timetable, with 14 daily crossings, up from 11 last "
            "winter, and fares held at $4.25 for adults.\n\nThe added crossings run in the morning and evening "
            "peaks, when the boats carried 2,300 people a day last winter, the trust said.\n\n\"More crossings at "
            "the busy hours is what riders asked us for,\" said Ana Roe, the trust's chief executive. \"The fare "
            "stays where it is for a second year.\"\n\nThe winter timetable runs from Dec. 1 to March 31.\n\n"
            "About the Harbour Ferry Trust\n\nThe Harbour Ferry Trust is a non-profit that runs two ferries "
            "across the harbour for the city.\n\nMedia Contact:\nDana Roe\nCommunications Lead, Harbour Ferry "
            "Trust\ndroe@ferrytrust.example\n\nLogo - https://media.example.com/ferrytrust.jpg\n")
    cleaned = clean(text).text
    for furniture in ("About the Harbour", "non-profit that runs", "Dana Roe", "droe@", "Logo -"):
        assert furniture not in cleaned, furniture
    assert cleaned.rstrip().endswith("The winter timetable runs from Dec. 1 to March 31.")


def test_a_closing_section_where_someone_is_quoted_stays():
    text = RELEASE.replace("employs 900 people.", "employs 900 people. \u201cWe are a farmers' company,\u201d "
                                                   "Ostrowski said.")
    assert "About Lakeview Grain" in clean(text).text


def test_a_closing_section_with_a_word_in_quotation_marks_still_goes():
    text = RELEASE.replace("This release contains", "Words such as \"expects\" and \"plans\" mark what this "
                                                     "release contains:")
    assert "Words such as" in text
    cleaned = clean(text).text
    assert "Forward-Looking Statements" not in cleaned and "Words such as" not in cleaned


WRAPPED = """Harbour dredging report

The harbour authority dredged 412,000 cubic metres of silt from the main channel last year, the
most since 2011, and plans to dredge another 380,000 cubic metres before the shipping season opens
in April. The work is paid for by a levy on every tonne that crosses the wharf, which the Lunenburg
Port Authority raised by 8 per cent in January to cover the cost of the dredging contract it signed.
Ines Calder, who chairs the board of the Port Authority of Lunenburg and signed the contract, put it
bluntly:
"If we stop dredging for one season, the container ships stop coming, and they do not come back."
The board meets again on March 3 to decide whether to extend the contract by a further two years,
at a cost of about $6 million a year, or to put the work out to tender again.
Table 1
Year   Volume
2024   412,000
"""


def test_a_hard_wrapped_text_is_joined_at_its_full_lines_only():
    text = clean(WRAPPED).text
    assert "which the Lunenburg Port Authority raised by 8 per cent" in text     # a capital after a full line
    assert "put it bluntly:" in text.replace("\n", " ") and "Year   Volume" in text
    assert "Table 1\n" in text                                    # a short line is no wrapped one
    assert "or to put the work out to tender again.\nTable 1" in text


def test_a_newswire_summary_over_the_dated_lead_goes_and_the_lead_stays():
    raw = ("Harrowgate Wind signs 15-year supply deal with Vermont co-op\n\n"
           "Harrowgate Wind Energy LP today announced a 15-year agreement to sell up to 310 gigawatt-hours of "
           "electricity a year from its Gaspé wind farm to the Green Mountain Rural Electric Co-operative.\n\n"
           "MATANE, QC, Oct. 14, 2025 /Eastline Wire/ - Harrowgate Wind Energy LP (the \"Partnership\") today "
           "announced a 15-year agreement to sell up to 310 gigawatt-hours of electricity a year from its Gaspé wind "
           "farm to the Green Mountain Rural Electric Co-operative.\n\n"
           "Deliveries are expected to begin in the spring, subject to an export permit.\n")
    text = clean(raw).text
    assert text.count("today announced a 15-year agreement") == 1
    assert "MATANE, QC, Oct. 14, 2025" in text and text.startswith("Harrowgate Wind signs 15-year supply deal")
    assert "Deliveries are expected" in text


def test_a_paragraph_and_a_longer_one_under_it_that_says_more_both_stay():
    raw = ("Council approves the budget\n\n"
           "Council approved a budget of $412 million on Tuesday after a debate that ran past midnight at city hall.\n\n"
           "Council approved a budget of $412 million on Tuesday, but only after cutting two library branches, and "
           "the mayor said the debate that ran past midnight at city hall was the hardest of her term.\n")
    text = clean(raw).text
    assert "after a debate that ran past midnight" in text and "cutting two library branches" in text


def test_a_pull_quote_in_guillemets_goes_and_the_paragraph_that_has_it_stays():
    raw = ("Machine shops in the valley brace for a thin year\n\n"
           "Jules Marnier runs a 40-person shop in Figeac. \u00ab The order books are full in Toulouse and empty "
           "for us, and I have never seen that before \u00bb, he says.\n\n"
           "> \u00ab The order books are full in Toulouse and empty for us \u00bb\n\n"
           "The regional council has promised short-time work for the winter.\n")
    text = clean(raw).text
    assert text.count("order books are full in Toulouse") == 1
    assert "and I have never seen that before" in text and "short-time work" in text


def test_a_sign_up_boxs_pitch_between_its_name_and_its_email_field_goes():
    raw = ("Council backs a grant for rental towers\n\n"
           "Council voted 11-4 on Wednesday to give builders $25,000 for each new rental unit started by June.\n\n"
           "Share this:   Facebook   X   Email\n\n"
           "Sign up for Queen Street Weekly\n"
           "Each Thursday: what council decided, and what it means for your block.\n"
           "Enter your email   Sign up\n\n"
           "The grant is paid when the building's foundation is poured.\n")
    text = clean(raw).text
    assert "what it means for your block" not in text and "Queen Street Weekly" not in text
    assert "Council voted 11-4" in text and "foundation is poured" in text


MINUTES = """TOWN OF PORT ALDER
Verbatim record, Committee of the Whole

MAYOR ROE: We will take the harbour item first.

-- Committee of the Whole | April 14, 2026 | Page 2 of 3 --

COUNCILLOR DIAZ: The harbour fees went up twice last year, and the fleet is smaller for it.

-- Committee of the Whole | April 14, 2026 | Page 3 of 3 --

MAYOR ROE: Thank you. We will vote after the break.
"""


def test_a_minutes_page_footers_set_between_dashes_go():
    text = clean(MINUTES).text
    assert "Page 2 of 3" not in text and "Page 3 of 3" not in text
    assert "COUNCILLOR DIAZ: The harbour fees went up twice last year" in text


_CHAT_PAGE = """THE HARBOUR LEDGER | Live Chats
Posted in: Business · Fisheries
Share this chat: Facebook | X | Email

Quota cut? A fisheries economist takes your questions

Guest: Odalys Ferreira-Quist, economist, Atlantic Fishers' Council
Host: Benedikt Osei-Larsen, business editor, The Harbour Ledger

This chat has ended. The transcript below has been edited for spelling.

[10:02] Host, Benedikt Osei-Larsen:
Good morning. The quota for the spring season was cut by a fifth last week, and readers have sent us dozens of questions.

[10:04] Question from Lobsterpot_Lou:
Will boats that lose a week get any help?

[10:06] Odalys Ferreira-Quist:
The province has a fund for exactly this, but it pays only crews who fished at least ten weeks last year, so most deckhands on the smaller boats will not qualify.

[10:09] Question from Marguerite T.:
The buyers say prices will hold. I'm not sure I believe them.

[10:11] Odalys Ferreira-Quist:
Prices held last spring because the American buyers had no other supply. This year the Maine catch is up, and that changes the bargaining.

More live chats
Ask an accountant: tax time for fishers, March 3
Your questions on the new wharf fees

Comments are closed for this chat.
"""


def test_a_live_chats_page_keeps_the_chat_and_drops_its_site_section_notes_and_other_chats():
    text = clean(_CHAT_PAGE).text
    for furniture in ("HARBOUR LEDGER |", "Posted in", "Share this chat", "This chat has ended", "More live chats",
                      "Ask an accountant", "wharf fees", "Comments are closed"):
        assert furniture not in text, furniture
    assert text.startswith("Quota cut? A fisheries economist takes your questions")
    assert "most deckhands on the smaller boats will not qualify" in text and "the Maine catch is up" in text


def test_a_trade_papers_colophon_with_subscriptions_and_a_series_links_to_its_other_parts_go():
    story = "The wharf will reopen in May, the harbour authority said.\n\nRepairs cost $4.2 million."
    for foot in ("*Harbour Trade Weekly is published weekly. Subscriptions: subs@htw.example · © HTW Media Ltd*",
                 "Read Part 1: The wharf that closed in a storm\nRead Part 2: Crews who moved to Alberta"):
        assert clean(story + "\n\n" + foot + "\n").text.rstrip() == story


def test_a_long_sentence_with_abbreviations_printed_again_as_its_own_paragraph_goes():
    first = ("Since Feb. 3, U.S. Customs and Border Protection has charged a 25 per cent duty on the non-American "
             "content of qualifying parts.")
    text = (f"The line slows on Monday, the company said.\n\n{first} Finished vehicles already pay it.\n\n{first}\n\n"
            "The union said it would meet the company on Thursday.\n")
    cleaned = clean(text).text
    assert cleaned.count("Since Feb. 3") == 1 and "meet the company on Thursday" in cleaned


BRIEF = """Harbour Costs Under Pressure

The port's container volumes fell 9 per cent in the first half of 2026, the steepest drop since 2009.
Shipping lines moved two weekly services to the south, and the terminal cut one shift in March.

Centre for Harbour Studies | Working Paper 7                                        2

Table 2. Container volumes by service, thousands of TEUs
Service            2024      2025      2026
Asia loop          412       398       351
Transatlantic      188       176       162
Source: terminal operator filings.

The terminal now expects volumes to recover only in 2028, and the port authority has delayed a
Centre for Harbour Studies | Working Paper 7                                        3

berth extension worth $240 million.

Centre for Harbour Studies | Working Paper 7                                        4
Centre for Harbour Studies · Halifax · www.harbourstudies.example
"""


def test_a_running_head_beside_its_page_number_goes_and_the_text_is_read_as_a_pasted_pdf():
    text = clean(BRIEF).text
    assert "Working Paper 7" not in text                          # the running head on each page, with its number
    assert "delayed a berth extension worth $240 million." in text     # the sentence the page break cut is whole
    assert "Asia loop" not in text and "Table 2" not in text      # a pasted PDF's table goes, as with "Page 2 of 9"
    assert "www.harbourstudies.example" not in text               # the publisher's line of name, town and site


def test_a_page_number_set_left_of_the_running_head_counts_too():
    page = "\n\n".join(f"{n}                    ANNUAL REVIEW OF THE DOCKS\n\nThe docks handled {n}00 ships in year {n}."
                       for n in (11, 12, 13))
    text = clean(page).text
    assert "ANNUAL REVIEW OF THE DOCKS" not in text and "The docks handled 1200 ships in year 12." in text


def test_a_number_beside_a_line_once_or_counting_down_is_not_a_page():
    text = ("Sample sites                    12\n\nThe crews sampled every site twice.\n\n"
            "Sample sites                    9\n\nOnly nine sites were open in the spring.\n")
    assert "Sample sites                    12" in clean(text).text       # 12 then 9: a count, not a page


def test_a_bilingual_masthead_goes_and_a_line_in_french_stays():
    text = clean("Parliament of Canada | Parlement du Canada\n\nThe committee met on Tuesday to hear "
                 "from port operators about the cost of the new duties.\n").text
    assert "Parlement du Canada" not in text and "hear from port operators" in text
    kept = "Le ministre des Finances a parlé pendant vingt minutes devant le comité.\n\nIt was his first appearance.\n"
    assert "Le ministre des Finances" in clean(kept).text


def test_an_emails_view_in_browser_bar_and_a_podcasts_sponsor_chapter_go():
    text = clean("View this email in your browser | Add us to your address book\n\nFreight rates rose 4 per cent "
                 "in May as carriers added fuel charges.\n\n00:00 Intro\n03:40 Sponsor: Acme Freight Software\n\n"
                 "Rates should settle by the autumn, two brokers said.\n").text
    assert "Add us to your address book" not in text and "Acme Freight Software" not in text
    assert "Freight rates rose 4 per cent" in text and "two brokers said" in text


def test_page_numbers_set_between_dashes_go_when_there_are_two_or_more():
    page = ("Picked Last: Farm Workers and the Tariff Season\n\nMost workers we spoke to had come back for a sixth "
            "season or more.\n\n\u2014 1 \u2014\n\nThe growers we met said orders from the United States fell by "
            "a third.\n\n\u2014 2 \u2014\n\nThe workers asked for one thing: a date for the next season.\n")
    cleaned = clean(page).text
    assert "\u2014 1 \u2014" not in cleaned and "\u2014 2 \u2014" not in cleaned
    assert "fell by a third" in cleaned and "a date for the next season" in cleaned
