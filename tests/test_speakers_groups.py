"""Who said it, in forms a reporter uses for one of a group, a verb with its particle, a source named first, a
name set off after a long title, a riding joined by a dash, a department's initials: each scene is a few
paragraphs of our own, with who said each quotation."""
from __future__ import annotations

import pytest
from test_speakers_features import speakers   # each quotation's words and who said them


SCENES = [
    pytest.param(
        ("Dozens of dairy farmers drove to the legislature on Tuesday to protest the plan.\n\n"
         "\u201cThis is wrong,\u201d said Jo Brant, a dairy farmer from Sussex.\n\n"
         "\u201cWe cannot plan a season around a rumour,\u201d one of them said.\n\n"
         "\u201cIt will cost us the herd,\u201d one of the protesters said.\n\n"
         "\u201cThis is the third time this year,\u201d said one of the organizers.\n\n"
         "\u201cWe drove six hours to be here,\u201d another said.\n"),
        {"This is wrong": "Jo Brant", "We cannot plan a season around a rumour": "one of them",
         "It will cost us the herd": "one of the protesters", "This is the third time this year": "one of the organizers",
         "We drove six hours to be here": "another"},
        id="one_of_a_group_speaks_as_written_not_the_farmer_named_before"),
    pytest.param(
        ("Three port officials, who asked not to be named because the talks are private, told the Ledger that a "
         "deal was close.\n\n\u201cThe numbers have to hold up first,\u201d one of them said.\n"),
        {"The numbers have to hold up first": "one of three port officials"},
        id="one_of_them_is_one_of_the_group_the_sentence_before_opens_on"),
    pytest.param(
        ("Farm families packed the hall in Rimouski on Thursday.\n\n"
         "\u201cWe cannot plan a season around a rumour,\u201d summed up Marie-\u00c8ve Tanguay, who milks sixty cows.\n\n"
         "\u201cIt is a tax on the people who can least afford it,\u201d shot back Paul Okonjo, the opposition critic.\n\n"
         "\u201cNobody asked the farmers,\u201d chimed in Lena Voss, a grain grower from Weyburn.\n\n"
         "\u201cThat is simply not true,\u201d piped up Dana Whitfield, the minister\u2019s aide.\n"),
        {"We cannot plan a season around a rumour": "Marie-\u00c8ve Tanguay",
         "It is a tax on the people who can least afford it": "Paul Okonjo",
         "Nobody asked the farmers": "Lena Voss", "That is simply not true": "Dana Whitfield"},
        id="a_verb_of_saying_with_its_particle_before_the_name"),
    pytest.param(
        ("Farm families came to the legislature on Tuesday to protest the quota plan.\n\n"
         "\u201cWe cannot plan a season around a rumour.\u201d\n"),
        {"We cannot plan a season around a rumour.": ""},
        id="a_capitalised_first_word_of_a_paragraph_is_no_one"),
    pytest.param(
        ("The chain reported a comparable sales decline of 2.7 per cent.\n\n"
         "According to its finance chief, Priya Halvorsen-Ude, some shoppers are \u201ctrading down to the store "
         "brand, not leaving the aisle,\u201d and the chain expects that to last.\n\n"
         "According to the Harbour Post, Mayor Lin Osei said the town was \u201cready to talk about the lease.\u201d\n"),
        {"trading down to the store brand, not leaving the aisle": "Priya Halvorsen-Ude",
         "ready to talk about the lease.": "Lin Osei"},
        id="a_sentence_opening_on_according_to_is_that_sources_unless_someone_else_says_it"),
    pytest.param(
        ("Ex-Moncton bakery girl Kayleigh made it on her lunch breaks. Now half the province uses it\n\n"
         "Kayleigh Brannock-Oyelaran, 31, wrote a phone app that reads a barcode and says where the product was "
         "made.\n\n\u2018I thought my cousins would use it,\u2019 Kayleigh told the Beacon.\n\n"
         "\u2018Then the downloads went past a million,\u2019 Kayleigh said.\n"),
        {"I thought my cousins would use it": "Kayleigh Brannock-Oyelaran",
         "Then the downloads went past a million": "Kayleigh Brannock-Oyelaran"},
        id="a_first_name_alone_in_the_standfirst_is_still_the_woman_named_in_full_below"),
    pytest.param(
        ("The plant in Sainte-Marie now machines landing-gear parts.\n\n"
         "\u201cHere we measure in microns, not hundredths,\u201d explained the director of operations, Olivier "
         "Gagnon-Racicot, during a tour of the shop.\n"),
        {"Here we measure in microns, not hundredths": "Olivier Gagnon-Racicot"},
        id="the_name_set_off_after_a_title_with_of_in_it"),
    pytest.param(
        ("The sawmill will close for at least eight weeks.\n\n"
         "Kootenay\u2013Columbia MLA Wendell Arcand-Boyle, whose riding includes the town, said the province had "
         "to move on fibre supply \u201cbefore the last mill goes dark.\u201d\n"),
        {"before the last mill goes dark.": "Wendell Arcand-Boyle"},
        id="a_riding_joined_by_an_en_dash_is_not_the_speaker"),
    pytest.param(
        ("The policy, published by Innovation, Science and Economic Development Canada (ISED) in January, asks "
         "bidders to name their suppliers.\n\n"
         "ISED said the rules would help \u201cturn the depth of the parts sector into defence capacity.\u201d\n"),
        {"turn the depth of the parts sector into defence capacity.":
         "Innovation, Science and Economic Development Canada"},
        id="a_departments_initials_spelled_out_with_its_commas_and_canada"),
    pytest.param(
        ("Coverage summary\n\nCompany                 Ticker  Rating\nOakridge Trim            OKT-T   Hold\n"
         "Brightwater Castings     BWC-T   Sell\n\n"
         "Brightwater Castings will close its Guelph plant, with the loss of 380 jobs.\n\n"
         "In its release, the company said it was \u201clooking at every option for the rest of the business.\u201d\n"),
        {"looking at every option for the rest of the business.": "Brightwater Castings"},
        id="a_tables_header_is_not_the_company"),
]


@pytest.mark.parametrize("text,expected", SCENES)
def test_each_quotation_is_given_to_the_one_the_story_means(text, expected):
    found = speakers(text)
    assert {words: found.get(words) for words in expected} == expected
