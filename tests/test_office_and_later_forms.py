"""Forms met after the sets KU to LB, each in our own words: an office written out before the name of the one who
holds it ("Ambassador to the United States Jo Doe said"), which is hers, while "a spokesperson for Premier Jo Doe"
stays the spokesperson's; "Dr. Jo Doe, our head of surgery, has been clear about …: “…”", hers; a name the
writer's husband goes by; a live blog entry's "— Jo Doe" signature under a quote its sentence attributes; a name
after "his counterpart", which is not the speaker's; a radio host who "spoke with" the guest whose answers follow;
"The company confirmed … in a statement", whose statement it is; a release's quotation signed by a minister
with two portfolios; a social post set in a story under its poster's name and handle; and a label in capitals whose
first name the tables do not know ("DEVON DOE:"), on two turns; and more of a page's notes on itself (an opinion
page's disclaimer, an e-mail's warning banner, a video's fallback, on-screen text, credits, a letters page's rules,
a newsroom's header, download links); a video's transcript a saved page sets beside its article; and a hearing's
"Senator Doe:" and "Ms. Doe:" turns over several paragraphs; an interpreted turn's "MINISTER DOE [Interpretation]:";
a reader's words a newsletter quotes before its "(Reply to this email …)", which are "one Letter reader"'s; a
statement "attributed to Jo Doe"; "Her advice, which I will pass on: “…”"; and more page notes (a show's sponsor and
credits, an author's note under a column, a fact-checker's own box, a forum's and an e-mail's frame, a reporter's
contact line, a trial's pitch)."""
from __future__ import annotations

import pytest
from test_interviews import _read_quotes          # a file's quotations, as a user loads it
from test_speakers_features import speakers       # each quotation's words and who said them

from briefdeck.clean import clean
from briefdeck.extract import extract_files

SCENES = [
    pytest.param(
        ("Ferry talks resume\n\nAmbassador to the United States Mireille Tanaka-Ross said the ferry talks were \"moving "
         "in the right direction\" after a meeting on Tuesday.\n\n\"We are not there yet,\" said U.S. Special Envoy for "
         "Maritime Trade Gordon Pilcher.\n\n\"The premier has nothing to add,\" said a spokesperson for Premier Alma "
         "Voss.\n\nU.S. Special Envoy for Maritime Trade Gordon Pilcher said: \"The quota is the last open item.\"\n"),
        {"moving in the right direction": "Mireille Tanaka-Ross", "We are not there yet": "Gordon Pilcher",
         "The premier has nothing to add": "a spokesperson for Premier Alma Voss",
         "The quota is the last open item.": "Gordon Pilcher"},
        id="an_office_written_out_before_the_name"),
    pytest.param(
        ("Supply memo\n\nDr. Ines Kovalenko, our head of surgery, has been clear about the rule we will work to: "
         "\u201cNo operating room changes a product without a surgeon's sign-off.\u201d\n"),
        {"No operating room changes a product without a surgeon's sign-off.": "Ines Kovalenko"},
        id="has_been_clear_after_an_aside"),
    pytest.param(
        ("We skipped the cruise\n\nI promised this would stay a packing-list blog. Kesh, my husband, settled it over "
         "dinner.\n\n\"I would rather drive twelve hours to Gaspé than fly four to a place that thinks we're a joke,\" he "
         "said.\n"),
        {"I would rather drive twelve hours to Gaspé than fly four to a place that thinks we're a joke": "Kesh"},
        id="a_name_the_writers_husband_goes_by"),
    pytest.param(
        ("Summit live\n\n2:05 p.m.\nAsked about a deal, the minister, Odile Brassard-Kent, said that was \"a question "
         "for the negotiators.\" \u2014 Piers Lundgren\n\n1:40 p.m.\n\"We had our best July ever,\" Ms. Yuen said. "
         "\"We still need the Americans back.\n\"Nobody here wants to pick a side.\" \u2014 Ana Dorsey\n"),
        {"a question for the negotiators.": "Odile Brassard-Kent", "Nobody here wants to pick a side.": "Ms. Yuen"},
        id="a_live_blog_entrys_signature_under_a_quote"),
    pytest.param(
        ("Quebec holds firm\n\nPremier Lucien Marchand-Roy spoke after the meeting. \u201cA contract is not a weapon,"
         "\u201d added the premier, in a jab at his Ontario counterpart, Gail Whitcombe.\n"),
        {"A contract is not a weapon": "Lucien Marchand-Roy"}, id="a_name_after_his_counterpart_is_not_the_speaker"),
    pytest.param(
        ("Mill to idle\n\nKettle Ridge Timber will idle its Lumby mill in April. The company confirmed the shutdown in a "
         "statement on Friday.\n\n\u201cLog costs and duties have left us no choice,\u201d the statement said.\n"),
        {"Log costs and duties have left us no choice": "Kettle Ridge Timber"}, id="the_statement_of_the_company"),
    pytest.param(
        ("Help for mill workers\n\nQuotes\n\n\u201cNo family should carry this dispute on its own.\u201d\nAurèle "
         "Dufresne-Tardif, Minister of Natural Resources and Forests and Minister responsible for the Mauricie and "
         "Centre-du-Québec regions\n"),
        {"No family should carry this dispute on its own.": "Aurèle Dufresne-Tardif"},
        id="a_release_quote_signed_by_a_minister_of_two_portfolios"),
    pytest.param(
        ("TN renewals\n\nI asked the border agency about the refusals. The Buffalo Field Office sent a written statement "
         "attributed to Corinne Achebe-Lund, a public affairs officer:\n\n\"Each application is assessed on its own "
         "merits.\"\n\nMarisol Tybee is back at work now. Her advice to colleagues, which I will pass on to every "
         "client: \"Keep two copies of every letter.\"\n"),
        {"Each application is assessed on its own merits.": "Corinne Achebe-Lund",
         "Keep two copies of every letter.": "Marisol Tybee"},
        id="a_statement_attributed_to_someone_and_advice_with_an_aside"),
]


def test_a_radio_hosts_guest_answers_after_with(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "Mill towns wait\n\nMorning Edition host Carl Vasko spoke with Ilse Marchbank, director of the Kootenay Lumber "
        "Council, about the duties.\n\nQ: Ilse, thanks for coming in.\n\nA: Glad to be here, Carl.\n\nQ: How bad is it?"
        "\n\nA: Three mills have cut a shift since June, and a fourth is down to four days a week.\n\nQ: What do you "
        "need?\n\nA: Loan guarantees that arrive before the spring, not after the last mill has closed.\n")
    assert found["Three mills have cut a shift since June, and a fourth is down to four days a week."] == "Ilse Marchbank"
    assert found["Loan guarantees that arrive before the spring, not after the last mill has closed."] == "Ilse Marchbank"


@pytest.mark.parametrize("text,expected", SCENES)
def test_each_quotation_is_given_to_the_one_the_story_means(text, expected):
    got = speakers(text)
    for words, who in expected.items():
        assert got.get(words) == who, (words, got)


POSTS = ("What the premiers posted\n\nThe meeting ended with a joint statement, but the premiers took their own lines to "
         "their followers within hours of leaving the room.\n\n[Embedded post]\nMarguerite Olander @PremierOlander\n"
         "Manitoba came to build a common front, not to watch one province trade away another's hydro. We stay at the "
         "table.\n7:42 AM \u00b7 Mar 3, 2026 \u00b7 51K views\nView on X\n\nHer counterpart answered within the hour.\n")


def test_a_post_set_in_a_story_is_its_posters_words(tmp_path):
    found, clean_text = _read_quotes(tmp_path, POSTS)
    words = ("Manitoba came to build a common front, not to watch one province trade away another's hydro. We stay at "
             "the table.")
    assert found[words] == "Marguerite Olander"
    assert "Marguerite Olander @PremierOlander" in clean_text          # who posted it, over its words
    assert "View on X" not in clean_text and "51K views" not in clean_text and "[Embedded post]" not in clean_text


def test_a_page_that_is_the_post_and_a_timed_head_lose_their_heads(tmp_path):
    for text in ("Olive Tremblay @olive_t\nThe surcharge is a bad idea and everyone at the plant knows it already.\n",
                 "Plant news\n\nThe plant will close two lines in March, the company told its workers in a meeting on "
                 "Monday.\n\nOlive Tremblay @olive_t \u00b7 2h\nThe surcharge is a bad idea and everyone at the plant knows "
                 "it already.\n"):
        found, clean_text = _read_quotes(tmp_path, text)
        assert "@olive_t" not in clean_text and "Olive Tremblay" not in found.values()


def test_a_label_in_capitals_with_a_first_name_of_either_sex_is_someones_turn(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "Shoppers and the flags\n\nANCHOR MAUD ELLERBY: Shoppers in the capital are reading labels. Our reporter went to "
        "a market in Vanier.\n\nTOBIAS RENNER, REPORTER: Red flags now mark the Canadian products in this store.\n\n"
        "DEVON MARCHAND: I buy the Canadian one when it's close. When it's four dollars more, I don't.\n\nTOBIAS "
        "RENNER: Do you use the apps?\n\nDEVON MARCHAND: I tried one. It called a Michigan cracker Canadian, so I "
        "stopped.\n")
    assert found["I buy the Canadian one when it's close. When it's four dollars more, I don't."] == "Devon Marchand"
    assert found["I tried one. It called a Michigan cracker Canadian, so I stopped."] == "Devon Marchand"


LEAD = ("Kettle Ridge Timber said Friday it will idle its Lumby sawmill for six weeks from April, laying off 140 workers "
        "as combined U.S. duties on softwood lumber passed 45 per cent.")
MORE = "The company said it would keep its planer mill in Vernon running on one shift through the summer."


@pytest.mark.parametrize("note", [
    "The views expressed in this column are those of the author and do not necessarily reflect the views of the Ledger.",
    "[EXTERNAL] This message originated outside your organization. Do not click links unless you know the sender.",
    "To: Undisclosed recipients", "Your browser does not support this video. Video length 2:51.",
    "[ON SCREEN: LUMBER DUTIES — WHAT IT MEANS FOR YOUR DECK]", "Translated by the Courrier du Nord newsroom.",
    "With the collaboration of Ines Paquet", "Legislative Bureau, Victoria",
    "Letters must include your full name, address and a daytime phone number.", "Maximum 250 words.",
    "Letters to the editor: Email letters@valleyledger.example.", "Government of Manitoba | Newsroom",
    "Manitoba Government Newsroom | Office of the Premier", "Listen to this episode", "Download PDF (Members)",
    "Download the panel decision (PDF, 88 pages) | Download the annex (PDF, 12 pages)",
    "Check against delivery. This transcript has been edited for length and clarity.",
    "This episode of Mill Talk is brought to you by Cedar Credit Union.",
    "Mill Talk is produced by Riverbend Audio. Producer: Ana Lutz. Sound design: Tom Iwu.", "Rate & review",
    "Support the show", "ON AIR NOW: The Morning Mill Report with Gus Hale",
    "Special to the Valley Ledger",
    "Ines Paquet is a sawmill owner in Lumby and a director of the loggers' association. The views expressed are her own.",
    "Jo Vance is licensed to practise law in Ontario and New York.", "Nothing in this post is legal advice; ask a lawyer.",
    "TimberCheck is an independent, nonpartisan fact-checking project funded by its readers.",
    "Reply Quote Like (12)", "Reply · Like (9) · Report", "You must log in or register to reply here.",
    "Forums > Trades > Sawmills", "Millwright · Joined Mar 2019 · Posts: 88", "~ Sawdust in my veins. ~",
    "---------- Forwarded message ---------", "Importance: High",
    "[This message was sent to a distribution list. Please do not reply-all.]", "Segment length 9:12", "[00:04:31]",
    "Contact Gus Hale at ghale@valleyledger.example or 250-555-0110.", "Follow her on social media @InesPaquet.",
    "Contact the desk", "Manage your alerts", "250-555-0199 | ana.lutz@cedarecon.example",
    "The full report, including its tables, is available at cedarecon.example/lumber.",
    "Try MillWire Pro free for 30 days: alerts when prices move.",
    "Trade lumber futures commission-free with Ridge Invest. Open an account in minutes.",
    "Letters to the editor: Email letters@valleyledger.example. Letters must include your name and town. We edit for "
    "length. Maximum 250 words.",
    "**[SPONSOR]** This episode of Mill Talk is brought to you by Cedar Credit Union. Whether you run one saw or ten, "
    "our lenders know the trade. Visit a branch or learn more at cedarcu.example. Cedar Credit Union. Rooted here.",
    "Ana Lutz, Chief Economist | 250-555-0199 | ana.lutz@cedarecon.example",
    "*Jo Vance is licensed to practise law in Ontario and New York. Nothing in this post is legal advice; ask a lawyer.*",
    "Contact Gus Hale at ghale@valleyledger.example or 250-555-0110. Follow him on social media @GusHaleLedger.",
])
def test_a_pages_note_on_itself_goes_and_the_story_stays(note):
    cleaned = clean(f"{LEAD}\n\n{note}\n\n{MORE}\n").text
    assert note not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_a_forums_similar_threads_go():
    cleaned = clean(f"{LEAD}\n\n{MORE}\n\nSimilar threads\n\nPlaner mill shifts in Vernon? (12 replies)\n"
                    "Lumby layoffs: who is hiring millwrights (31 replies)\nDuty deposits explained (8 replies)\n").text
    assert "Similar threads" not in cleaned and "millwrights" not in cleaned and LEAD in cleaned and MORE in cleaned


@pytest.mark.parametrize("line", [
    "The bureau said it would hire 20 inspectors for the border crossings by June.",
    "Our correspondent in Washington, Jo Doe, said the talks had stalled again.",
    "The ministry translated by hand every form the mills had to file, the minister said.",
    "The film was produced by a Vernon studio that employs 40 people.",
    "The reporter asked whether the mill would reopen, and the manager said it would not.",
    "Contact with U.S. buyers fell by half, the survey found.",
])
def test_a_story_line_near_such_a_note_stays(line):
    cleaned = clean(f"{LEAD}\n\n{line}\n\n{MORE}\n").text
    assert line in cleaned


ARTICLE = ("<p>Glenmore Foods will lay off 210 workers at its frozen vegetable plant in Carman by the end of April, "
           "blaming a drop in orders from American grocers since the tariff took effect.</p>"
           "<p>The company said orders from U.S. buyers had fallen by about a third since October, and that two of its "
           "five lines would stop at the end of the month.</p>"
           "<p>The union said it was told of the layoffs on Monday afternoon and would meet members on Thursday.</p>")
TRANSCRIPT = ("<h2>Video transcript</h2><p>ANCHOR LENA ROUX: One of Carman's biggest employers is cutting 210 jobs. Our "
              "reporter Kofi Mensah has more.</p><p>KOFI MENSAH, REPORTER: The parking lot was half empty at shift "
              "change this afternoon, and the west line has already gone quiet.</p><p>ROSALIND PRYCE, LINE WORKER: "
              "Nine years on the peas line, and they told us in a hallway meeting that took four minutes.</p><p>KOFI "
              "MENSAH: The company says a third of its American orders have gone since the fall.</p>")


@pytest.mark.parametrize("inside", [False, True])
def test_a_videos_transcript_beside_the_article_is_read_once(tmp_path, inside):
    body = (f'<article><h1>Carman plant cuts 210 jobs</h1><div class="article-body">{ARTICLE}'
            + (f'<div class="transcript">{TRANSCRIPT}</div>' if inside else "") + "</div></article>"
            + ("" if inside else f'<section class="video"><details class="transcript">{TRANSCRIPT}</details></section>'))
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Carman plant cuts 210 jobs</title></head><body><nav>Home News</nav>{body}"
                    "<footer>Contact us</footer></body></html>", encoding="utf-8")
    extraction = extract_files([path])
    text = extraction.sources[0].text
    assert "Glenmore Foods will lay off 210 workers" in text
    assert text.count("Nine years on the peas line") == 1
    quotes = {sn.anchor.exact: sn.speaker for sn in extraction.snippets if sn.kind == "quote"}
    assert quotes["Nine years on the peas line, and they told us in a hallway meeting that took four minutes."] \
        == "Rosalind Pryce"


def test_a_hearings_turn_under_senator_or_ms_goes_on_over_its_paragraphs(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "Committee on Fisheries\n\nThe Chair: Good morning. Senator Emeka Okoye joins us, and our witness is Ingrid "
        "Solberg-Vance, president of the "
        "Atlantic Processors Council.\n\nMs. Solberg-Vance: Thank you, Madam Chair, for the invitation this morning."
        "\n\nOur plants buy from about 900 harvesters, and half of what we pack goes south.\n\nSenator Okoye: Thank "
        "you, Madam Chair.\n\nI will be brief, because our time is short. My province ships lobster and snow crab, and "
        "those harvesters would pay first if the border closes.\n\nMs. Solberg-Vance: I agree with the senator on the "
        "risk.\n\nWhat we ask for is a buyer of last resort for the spring season, nothing more and nothing less.\n\n"
        "The Chair: Thank you both. We are adjourned.\n")
    assert found["Our plants buy from about 900 harvesters, and half of what we pack goes south."] == "Ingrid Solberg-Vance"
    assert found["I will be brief, because our time is short. My province ships lobster and snow crab, and those "
                 "harvesters would pay first if the border closes."] == "Emeka Okoye"
    assert found["What we ask for is a buyer of last resort for the spring season, nothing more and nothing less."] \
        == "Ingrid Solberg-Vance"


def test_an_interpreted_turns_label_is_the_speakers(tmp_path):
    found, _ = _read_quotes(
        tmp_path,
        "Minister's news conference\n\nMINISTER ODILE FERRAND-KAYE: Good afternoon. We are extending the wage subsidy "
        "to every plant on the list, starting on the first of April.\n\nQ (Luc Ashby, Radio-Nord) [Interpretation]: "
        "Why only to April?\n\nMINISTER FERRAND-KAYE [Interpretation]: Because the review of the tariffs ends then, "
        "and we will decide again with what it finds.\n\nQ (Luc Ashby, Radio-Nord): And the cost?\n\nMINISTER "
        "FERRAND-KAYE: About $900 million, all of it in this year's update.\n")
    assert found["Because the review of the tariffs ends then, and we will decide again with what it finds."] \
        == "Odile Ferrand-Kaye"


def test_a_readers_words_quoted_before_a_reply_prompt_stay_and_are_the_readers(tmp_path):
    found, clean_text = _read_quotes(
        tmp_path,
        "The Loonie Letter\n\nThe dollar fell again this week, to 69 U.S. cents, its lowest since the spring.\n\n"
        "**What readers say:** \u201cWe stopped driving to Bellingham for groceries,\u201d one Letter reader in Surrey "
        "wrote to us. \u201cNow we shop in Langley.\u201d (Reply to this email and tell us about your own habits.)\n")
    assert "We stopped driving to Bellingham for groceries" in clean_text
    assert found["We stopped driving to Bellingham for groceries"] == "one Letter reader in Surrey"
