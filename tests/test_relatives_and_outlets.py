"""Speakers and figures met on unseen news: "her father" in a feature that follows one family, "the corporation"
for a crown insurer, figures a statement cites, a Mexican story in translation ("the head of the federal
dependency", "the also economist by the UNAM"), a paper's own name over a statement made to it, "in Dr Doe's
words", a British "1.5m tonnes" and a council's "carries 20-5". Every fixture is written for these tests."""
from __future__ import annotations

from test_speakers_features import speakers       # each quotation's words and who said them

from briefdeck.extract import figures

FAMILY = """At ten past five, Owen Tarrant is already in his truck. He has driven to the mill for 22 years.

"The mill was the one thing that never had a bad year," Tarrant says.

His father, Glen Tarrant, worked there for 30 years before him.

Maddie Tarrant is 16 and wants to study forestry. She is less worried than her father.

"She is probably right," her father says later. "I just want her to have choices."
"""


def test_her_father_is_the_man_of_her_surname_the_story_follows():
    said = speakers(FAMILY)
    assert said["She is probably right"] == "Owen Tarrant"
    assert said["I just want her to have choices."] == "Owen Tarrant"


def test_her_father_stays_a_description_when_two_men_of_her_name_are_named_as_often():
    story = FAMILY.replace('"The mill was the one thing that never had a bad year," Tarrant says.',
                           "The mill has cut two shifts this year.")
    assert speakers(story)["She is probably right"] == "her father"


def test_the_corporation_is_the_crown_insurer_named_before():
    story = ("Drivers across the province are waiting longer for repairs. The Provincial Insurance Corporation of "
             "Nova Scotia said in a statement that repair times have grown by a third.\n\n"
             "In January, the insurer agreed to pay back half of the rental costs.\n\n"
             "\u201cWe know these delays are hard on our customers,\u201d the corporation said in its statement.\n")
    assert speakers(story)["We know these delays are hard on our customers"] == \
        "Provincial Insurance Corporation of Nova Scotia"


def test_a_department_whose_data_a_statement_cites_did_not_make_the_statement():
    story = ("WASHINGTON - The Office of the Federal Trade Envoy said on Tuesday that Washington would not sign.\n\n"
             "The deficit reached $219.4 billion in 2025, according to Commerce Department data cited in the "
             "statement.\n\nThe statement also said the tariffs would stay \"for as long as the underlying concerns "
             "persist,\" a line likely to alarm Ottawa.\n")
    assert speakers(story)["for as long as the underlying concerns persist"] != "Commerce Department"


TRANSLATED = """MEXICO CITY.- The Secretary of Economy, Alejandro Trevino Lozano, affirmed this Wednesday that Mexico will arrive at the review "with the homework done."

"Mexico is not the problem of North America, Mexico is part of the solution," stated the head of the federal dependency.

Trevino Lozano detailed that trade reached 872 billion dollars in 2025.

About the position of Canada, the also economist by the UNAM said that the talks are "permanent and fluid," although he recognized that "each country has its own sensitivities," in allusion to dairy.
"""


def test_a_translations_head_of_the_dependency_and_also_economist_are_the_secretary():
    said = speakers(TRANSLATED)
    assert said["Mexico is not the problem of North America, Mexico is part of the solution"] == \
        "Alejandro Trevino Lozano"
    assert said["each country has its own sensitivities"] == "Alejandro Trevino Lozano"


def test_a_papers_name_is_no_woman_and_a_statement_to_it_is_the_governors():
    story = ("Maumee Valley Courier\n\nExports rose, according to a Courier analysis of federal trade data.\n\n"
             "Gov. Patricia Holloway, a Republican, has stayed between the union and the White House. In a statement "
             "to the Courier, she said she supported \"a stronger deal for Ohio workers\" but warned against delay.\n")
    assert speakers(story)["a stronger deal for Ohio workers"] == "Patricia Holloway"


def test_in_someones_words_makes_them_the_speaker_and_in_her_words_colon_keeps_the_minister():
    story = ("Dr Imogen Castellane, a fellow at the Hartwell Institute, said the talks were stuck.\n\nA move to annual "
             "reviews would, in Dr Castellane\u2019s words, \u2018put a question mark over every investment decision "
             "made in a boardroom\u2019.\n")
    assert speakers(story)["put a question mark over every investment decision made in a boardroom"] == \
        "Imogen Castellane"
    pickup = ("Kyle Doerksen, 34, hauls a tool trailer, and his pickup had a transmission that, in his words, "
              "\u201cwas on its very last legs before the winter.\u201d\n")
    assert speakers(pickup)["was on its very last legs before the winter."] == "Kyle Doerksen"
    minister = ("The Minister of Jobs and Families has confirmed to me in writing that workers at all three plants are "
                "covered. In her words: \"No worker in this riding should lose a week of benefits over paperwork.\"\n")
    assert speakers(minister)["No worker in this riding should lose a week of benefits over paperwork."] == \
        "The Minister of Jobs and Families"


def _figures(text: str) -> list[str]:
    return [text[f.start:f.end] for f in figures.find(text)]


def test_a_british_million_written_onto_the_number_counts_what_follows_and_metres_do_not():
    assert "1.5m tonnes" in _figures("The expansion will add 1.5m tonnes of capacity by 2028.")
    assert "2.3m users" in _figures("The app has 2.3m users in Canada.")
    assert not any("1.5" in f for f in _figures("The pipe is 1.5m long and cost little."))


def test_a_council_motion_that_carries_or_fails_gives_its_tally():
    from briefdeck.extract import tallies
    text = "Vote: the main motion carries 20-5. The amendment fails 11-14 on a recorded vote."
    found = [text[s:e] for s, e, kind in tallies.find(text) if kind == "votes"]
    assert found == ["20-5", "11-14"]


def test_a_he_after_the_story_goes_back_to_the_family_it_follows_is_its_man():
    story = ("Leif Norquist has farmed near Kinistino for 40 years. His daughter, Kirsten Norquist, keeps the books.\n\n"
             "Brent Solberg, who manages a dealership in Melfort, said parts prices have climbed 15 per cent.\n\n"
             "For the Norquists, that rising used market cuts both ways. She ran the numbers again.\n\n"
             "He is less interested in the spreadsheet than in a simpler question.\n\n"
             "\u201cI want to know who is going to be running this farm in 10 years,\u201d he said.\n")
    assert speakers(story)["I want to know who is going to be running this farm in 10 years"] == "Leif Norquist"
    passing = ("Mr. Ostrander said his friendship with the senator was strictly business.\n\nHe said he did not "
               "recall whether the Whitfields had stayed at his resort. \u201cIf they did, it only shows that they "
               "liked the place,\u201d he said.\n")                   # a family named in passing: no one follows them
    assert speakers(passing)["If they did, it only shows that they liked the place"] == "Mr. Ostrander"


def test_a_named_person_and_others_asking_together_are_the_named_persons_words():
    story = ("Mayor Jo Dornan spoke Monday.\n\nDornan and two other mayors asked the minister for \"a seat at the "
             "table when the deal is written.\"\n")
    assert speakers(story)["a seat at the table when the deal is written."] == "Jo Dornan"


def test_the_company_a_release_defines_is_the_firm_it_names():
    story = ("Maplewood Duty Free Inc. (\"Maplewood\" or \"the Company\") said today it will close six stores.\n\n"
             "In a statement, the Company said that without such measures, \"further closures across the sector are "
             "likely in 2026.\"\n")
    assert speakers(story)["further closures across the sector are likely in 2026."] == "Maplewood Duty Free Inc."
