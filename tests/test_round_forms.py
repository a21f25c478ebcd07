"""Forms met in a round of new sets, each in our own words: a forum thread's replies scored in points, a page's notes
on itself (a podcast's episode link, a French advert label and the advert under it, a desk's credits, a record's
authority line, a government site's skip link), a menu at the very top, a byline's bureau chief, an op-ed writer's
bio at the end; and speakers written as "a trend she called", "indicated the company", "he limited himself to
saying", "Calgary, Alberta-based Acme said", a statement made by a named spokesperson, a first name after a place,
a translated story's "the business leader", "the analyst" and "the specialist", a name after a body's initials in
brackets, and a speech "quoted here at length"."""
from __future__ import annotations

import pytest
from test_speakers_features import speakers   # each quotation's words and who said them

from briefdeck.clean import clean
from briefdeck.extract import speakers as speaker_phrases
from briefdeck.extract.speech_tokens import tokens

LEAD = ("Harbourline Ferries said Tuesday it will retire two of its four vessels next spring, cutting 140 jobs in "
        "Saint John as bookings from U.S. travellers fell by a third.")
MORE = ("The company said it would keep its winter schedule to Digby unchanged, and that the two remaining ships "
        "would each sail one more crossing a day.")
BODY = "\n\n".join([LEAD, MORE] * 3)


def test_a_forum_threads_replies_scored_in_points_go_with_the_post_line():
    replies = "".join(f"u/{handle} · {hours} hr. ago\n{opinion}\nReply · {points} points\n\n" for handle, hours, opinion,
                      points in [("harbour_watcher", 8, "Two ships for the whole bay is not going to work in August.", 212),
                                 ("DigbyDeckhand", 7, "My cousin works the night crossing, nobody told them anything.", 98),
                                 ("saltwater_sam", 6, "Tourism was down all summer, this was coming.", 57)])
    page = (f"Search r/NewBrunswick\n\nPosted by u/fundy_fan · 9 hr. ago\n\n{BODY}\n\n"
            f"1.1k upvotes · 204 comments · Share\n\nSort by: Best\n\n{replies}View more comments (201)\n")
    cleaned = clean(page).text
    for gone in ("Search r/NewBrunswick", "Posted by", "Two ships for the whole bay", "nobody told them", "points"):
        assert gone not in cleaned
    assert LEAD in cleaned and MORE in cleaned


@pytest.mark.parametrize("note", [
    "More episodes: harbourpod.example/episodes", "Publicité", "Reuse this content", "Suscríbete",
    "Continued on page 14: Q&A with the new harbour master", "In this issue: why ferry fares keep rising, what the province plans, and the numbers to watch.",
    "Share this item via Email", "Use code FERRY15 at checkout.", "Please share this bulletin with your crew.",
    "Transcripts are provided for reference. Tidewater Radio makes no guarantee as to their accuracy.",
    "Published under the authority of the Speaker of the House of Commons.",
    "The proceedings of this committee are also available in French.",
    "Compiled by the Tidewater research desk. Editing by Ana Ruiz.", "Editing by Ana Ruiz",
    "With a report from Ana Ruiz in Moncton", "Bayline Freight Report is for information only and is not advice.",
    "Did you notice an error? Tell our newsroom.", "Report an error or send a news tip to news@tidewater.example",
    "Skip to \"About government\"",
    "Newsroom transcript. Clip times approximate. For broadcast reference only.", "[SPOT BREAK — 60 SECONDS]",
    "SPONSOR TAG: The noon news is brought to you by Bayside Tire — \"We keep you rolling.\"",
    "SPOT: Harbour Ford spring event — zero per cent financing on select models.",
    "This week's issue is sponsored by Dockline TMS — dispatch and customs status in one screen. Book a demo at dockline.example",
    "Enjoying The Harbour Letter? Forward it to a colleague, or subscribe at harbourletter.example. Premium members "
    "get our monthly Harbour Index.",
    "Follow Tidewater coverage of the ferry cuts at https://tidewater.example/ferries",
    "More transcripts: Bayline Q4 2025 · Dockside Q3 2025", "Table of Contents ▾", "Top of page",
    "Skip X post by Ana Ruiz", "Allow X content? This article contains content provided by X. We ask first.",
    "End of X post by Ana Ruiz", "( ) Yes   ( ) No   ( ) Not sure", "[Vote]   View results",
    "Results so far: Yes 58% · No 29% (2,481 votes)", "Weather: -4°C, light snow. Tonight: flurries, low of -11°C.",
    "Tax receipts issued for gifts of $20 or more.", "Ce document est également disponible en français.",
    "For more information, contact the Ferry Authority's Information Centre.",
    "♬ original sound - harbourhaulbri",
    "Every $1 you give helps provide $3 worth of meals this winter. Tax receipts issued for gifts of $20 or more.",
])
def test_a_pages_note_on_itself_goes_and_the_story_stays(note):
    cleaned = clean(f"{LEAD}\n\n{note}\n\n{MORE}\n").text
    assert note not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_an_advert_under_a_french_label_goes_with_its_label():
    cleaned = clean(f"{LEAD}\n\nPublicité\nCaisse des Deux-Baies: your projects, our region. Mortgage rates from 4.19%.\n\n{MORE}\n").text
    assert "Publicité" not in cleaned and "Deux-Baies" not in cleaned
    assert LEAD in cleaned and MORE in cleaned


@pytest.mark.parametrize("offer", [
    "MEMBER PRICING: Save 8% on deck paint when you book before March 31. Call your local branch.",
    "> **Member savings:** Save 15% on payroll for a year with Brightline Payroll. Use code FERRY15 at checkout.",
])
def test_a_members_offer_inside_a_newsletter_goes(offer):
    cleaned = clean(f"{LEAD}\n\n{offer}\n\n{MORE}\n").text
    assert "Save" not in cleaned and LEAD in cleaned and MORE in cleaned


def test_an_op_eds_writer_bio_at_the_end_goes_and_a_profiles_opening_on_its_subject_stays():
    oped = (f"Ottawa should stop waiting on Washington\n\nThe duties are the new weather, not a storm\n\nAna Ruiz\n\n"
            f"{BODY}\n\nAna Ruiz is a partner at Ruiz Okafor LLP in Halifax, where she practises trade law. She has "
            f"argued for ferry operators before tribunals in both countries.\n")
    cleaned = clean(oped).text
    assert "is a partner at" not in cleaned and "She has argued" not in cleaned and LEAD in cleaned
    profile = (f"Ana Ruiz\n\nAna Ruiz was a deckhand for 22 years before she ran the ferry workers' association.\n\n"
               f"{BODY}\n")
    assert "Ana Ruiz was a deckhand for 22 years" in clean(profile).text


def test_an_alerts_long_disclaimer_goes_in_one_piece():
    note = ("*This alert is provided for general information only and does not constitute legal advice. Rates and "
            "program rules change often; ask a licensed customs broker before you act. Harbourline Brokerage accepts no "
            "liability for decisions made on the basis of this alert.*")
    cleaned = clean(f"{LEAD}\n\n{MORE}\n\n{note}\n").text
    assert "general information only" not in cleaned and "accepts no liability" not in cleaned and MORE in cleaned


@pytest.mark.parametrize("replies", [
    "".join(f"u/{h} · {t}h\n{o}\n▲ {n} ▼  Reply  Share\n\n" for h, t, o, n in [
        ("deckhand_dave", 6, "The Digby run was empty all of July, I work it.", 212),
        ("saltwater_sam", 5, "Tourism was down all summer, this was coming.", 141)]),
    "Most relevant ▾\n\n" + "".join(f"{w}\n • 2nd\n{r}\n{t}h\n{o}\nLike · Reply · {n} Reactions\n\n" for w, r, t, o, n in [
        ("Lena Sorensen", "Port Planner | Logistics", 21, "The Digby run was empty all of July, I work it.", 58),
        ("Omar Haddad", "Partner at Keel Advisory", 19, "Tourism was down all summer, this was coming.", 31)]),
    "**Discussion about this post**\n\nComments | Restacks\n\n" + "".join(f"**{w}** · {t}d\n{o}\nReply · ♡ {n}\n\n" for w, t, o, n in [
        ("Lena Sorensen", 2, "The Digby run was empty all of July, I work it.", 6),
        ("ex-deckhand in Digby", 1, "Tourism was down all summer, this was coming.", 3)]),
    "Comments (214)\nSign in to join the conversation. Comments are moderated.\n\n" + "".join(
        f"{w}\n{o}\nReply  Like {n}\n\n" for w, o, n in [
            ("HarbourDad", "The Digby run was empty all of July, I work it.", 88),
            ("L. Sorensen", "Tourism was down all summer, this was coming. They told us so in May.", 41)]),
    "Comments (4,312)\n\n" + "".join(f"{w} · {t}d\n{o}\n\n" for w, t, o in [
        ("jen.on.a.budget.yeg", 2, "The Digby run was empty all of July, I work it."),
        ("Mo Tehrani", 2, "Tourism was down all summer, this was coming."),
        ("cheapeats_carla", 1, "wait the fare thing is real?? lol")]) + "View 4,309 more replies\n",
], ids=["forum_vote_arrows", "network_post", "newsletter", "news_page", "video_page"])
def test_reader_comments_in_five_forms_go(replies):
    cleaned = clean(f"{BODY}\n\n{replies}").text
    assert "empty all of July" not in cleaned and "down all summer" not in cleaned and "Reply" not in cleaned
    assert LEAD in cleaned and MORE in cleaned


def test_a_byline_with_a_bureau_chief_under_the_name_loses_the_role_line():
    cleaned = clean(f"Ferry cuts hit Saint John\n\nAna Ruiz\nLegislative Bureau Chief\n\n{BODY}\n").text
    assert "Bureau Chief" not in cleaned and LEAD in cleaned


def test_a_menu_set_apart_by_spaces_at_the_top_of_the_page_goes():
    page = (f"The Tidewater Review\nSubscribe | Sign in | Atlantic edition\n\n"
            f"World  Economy  Business  Opinion  Culture  Podcasts\n\nFerry cuts hit Saint John\n\n{BODY}\n")
    cleaned = clean(page).text
    assert "Podcasts" not in cleaned and LEAD in cleaned


SCENES = [
    pytest.param(
        ("Ana Ruiz runs the association of ferry workers in Saint John. Crews have been told to expect shorter "
         "seasons.\n\nOperators across the bay have reported a rise in cancelled bookings, a trend she called "
         "\u201ca slow leak in the hull.\u201d\n"),
        {"a slow leak in the hull.": "Ana Ruiz"}, id="a_trend_she_called"),
    pytest.param(
        ("Harbourline Ferries Inc. announced on Wednesday that it will retire two vessels.\n\n"
         "\"The bay can no longer carry four ships,\" indicated the company in a release sent to the media.\n\n"
         "The minister of transport, Luc Arseneau, indicated that the first payments could come \"before the "
         "summer.\"\n"),
        {"The bay can no longer carry four ships": "Harbourline Ferries Inc.", "before the summer.": "Luc Arseneau"},
        id="indicated_as_a_verb_of_saying"),
    pytest.param(
        ("Freight rates rose again in March.\n\nOn Monday, Calgary, Alberta-based Redcliff Freight said it had "
         "\u201ckept every contract\u201d with its buyers.\n"),
        {"kept every contract": "Alberta-based Redcliff Freight"}, id="a_place_based_firm_after_its_city"),
    pytest.param(
        ("In a statement, Ana Ruiz, a spokesperson for the federal transport minister, said Ottawa had raised the "
         "matter \u201cat every meeting.\u201d\n\n\u201cWe stand with the crews and the towns that depend on "
         "them,\u201d the statement said.\n"),
        {"at every meeting.": "Ana Ruiz", "We stand with the crews and the towns that depend on them": "Ana Ruiz"},
        id="the_statement_of_a_named_spokesperson_is_hers"),
    pytest.param(
        ("Ben Osei grew up above his father's bakery.\n\nWhen the Ruiz family moved to Kew Gardens, Queens, the quiet "
         "street where the Oseis lived, Ben told them that his parents called them \u201cthe first new faces "
         "in years.\u201d\n"),
        {"the first new faces in years.": "Ben Osei"}, id="a_first_name_after_a_place_is_the_speaker"),
    pytest.param(
        ("MONTERREY.\u2014 At a forum of the Northern Ferry Council, its president, Lucía Ferrer Acosta, affirmed that "
         "half of the members surveyed have postponed an order for a new vessel.\n\n\u201cWe ask for rules, not favours,"
         "\u201d said the business leader before some 200 operators.\n\nIn the same sense, Tomás Ibarra Peña, chief "
         "economist of Grupo Financiero Costera, considered that the main risk is a long period of reviews.\n\n"
         "\u201cA review every year is a tax on investment,\u201d the analyst explained in an interview.\n\nAccording to "
         "his estimates, the scenario would take half a point from growth in 2027.\n\nThe specialist added that the "
         "peso has held up, but warned that \"the market does not wait for long.\"\n\nFor his part, the president of "
         "the National Chamber of Ferry Operators (Canafer), Luis Alberto Ruiz Soto, warned that new rules would be "
         "\"a shot in the foot\" for the three countries.\n"),
        {"We ask for rules, not favours": "Lucía Ferrer Acosta", "A review every year is a tax on investment":
         "Tomás Ibarra Peña", "the market does not wait for long.": "Tomás Ibarra Peña",
         "a shot in the foot": "Luis Alberto Ruiz Soto"},
        id="a_translated_storys_second_references_and_a_name_after_a_bodys_initials"),
    pytest.param(
        ("VICTORIAVILLE \u2013 The ferry line will cut 185 jobs by March, the company confirmed Tuesday.\n\n"
         "\u201cWe tried everything,\u201d explained the president of Laurentian Ferries, Mr. Sylvain Roy, in a release.\n\n"
         "The mayor of Lévis, Mrs. Chantal Roy-Bélisle, spoke of \u201ca sad day for the whole shore.\u201d\n\n"
         "\u201cIt is not a tariff, it is a wall,\u201d summarized the general director of the Regroupement, Mrs. Nathalie "
         "Poirier, joined by telephone.\n\n\u201cWe are in contact with the company,\u201d said the press secretary.\n"),
        {"We tried everything": "Sylvain Roy", "a sad day for the whole shore.": "Chantal Roy-Bélisle",
         "It is not a tariff, it is a wall": "Nathalie Poirier", "We are in contact with the company":
         "the press secretary"}, id="titles_before_names_in_a_translated_story_and_a_press_secretary"),
    pytest.param(
        ("Chair Ruth Okafor, who farms near Outlook, spent most of her address on the duties. Her speech drew two "
         "ovations and is quoted here at length.\n\n\u201cA year ago I stood here and told you China was our best "
         "customer. Today it buys almost nothing from us.\n\n\u201cWe did not choose this fight, but we will not walk "
         "away from it.\u201d\n"),
        {"A year ago I stood here and told you China was our best customer. Today it buys almost nothing from us.":
         "Ruth Okafor", "We did not choose this fight, but we will not walk away from it.": "Ruth Okafor"},
        id="a_speech_quoted_at_length_is_hers"),
]


@pytest.mark.parametrize("text,expected", SCENES)
def test_each_quotation_is_given_to_the_one_the_story_means(text, expected):
    got = speakers(text)
    for words, who in expected.items():
        assert got.get(words) == who, (words, got)


@pytest.mark.parametrize("after", ["he limited himself to saying.", "she contented herself with noting."])
def test_a_reflexive_verb_then_saying_names_the_one_after_the_quotation(after):
    text = f"\"I will not bargain through the newspapers,\" {after}"
    found = speaker_phrases.after(tokens(text, text.index(',"') + 2, len(text)), text)
    assert found is not None and found.name == after.split()[0]
