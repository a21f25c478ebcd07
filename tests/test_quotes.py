"""Quotations: every double-mark convention news text uses, quotes over several paragraphs, and what is
not a quotation (slogans, titles, markup)."""
from __future__ import annotations

import pytest

from briefdeck.extract import quotes
from briefdeck.extract.marks import marks, spans


def found(text: str) -> list[tuple[str, str]]:
    return [(text[q.start:q.end], q.speaker) for q in quotes.find(text)]


@pytest.mark.parametrize("text", [
    "\u201cThe ferry will sail on time this winter,\u201d said Nadia Okonkwo.",
    "\"The ferry will sail on time this winter,\" said Nadia Okonkwo.",
    "''The ferry will sail on time this winter,'' said Nadia Okonkwo.",
    "``The ferry will sail on time this winter,'' said Nadia Okonkwo.",
    "\u201eThe ferry will sail on time this winter,\u201c said Nadia Okonkwo.",
    "\u00abThe ferry will sail on time this winter,\u00bb said Nadia Okonkwo.",
    "\u2019\u2019The ferry will sail on time this winter,\u2019\u2019 said Nadia Okonkwo.",
])
def test_every_double_mark_convention(text):
    assert found(text) == [("The ferry will sail on time this winter", "Nadia Okonkwo")]


def test_doubled_apostrophes_around_a_nested_quote():
    text = ("''The dock workers told me, 'We are not moving.' I believed them,'' said Harbour Master "
            "Felix Arsenault. ''They meant it,'' he added.")
    assert found(text) == [
        ("The dock workers told me, 'We are not moving.' I believed them", "Felix Arsenault"),
        ("They meant it", "Felix Arsenault"),
    ]


def test_a_doubled_apostrophe_closing_a_nested_single_quote():
    text = "''My neighbour said, 'Go ahead and build it,''' Ms. Greta Lindqvist told the council."
    (q,) = quotes.find(text)
    assert text[q.start:q.end] == "My neighbour said, 'Go ahead and build it,'"
    assert q.speaker == "Greta Lindqvist"


def test_apostrophes_inside_words_are_not_marks():
    assert marks("rock''n roll and the harbour's ''last stand''") == [(31, 2, True), (43, 2, False)]


def test_a_quotation_reopened_in_the_next_paragraph_keeps_its_speaker():
    text = ("Councillor Priya Baptiste spoke for twenty minutes. \u201cWe were promised a bridge and we got a "
            "study,\u201d Baptiste said. \u201cThen we got a second study.\n\n"
            "\u201cNow they want a third one, and the river is still there.\u201d\n\n"
            "The council voted 7-2 to ask for a schedule.")
    assert found(text) == [
        ("We were promised a bridge and we got a study", "Priya Baptiste"),
        ("Then we got a second study.", "Priya Baptiste"),
        ("Now they want a third one, and the river is still there.", "Priya Baptiste"),
    ]
    first, second = [s for s in spans(text)][1:]
    assert not first.closed and second.reopened


def test_straight_marks_open_and_close_by_what_surrounds_them():
    text = 'She called it "a fair deal for the whole valley" and left. "It is done," she said.'
    assert [text[s.start:s.end] for s in spans(text)] == ["a fair deal for the whole valley", "It is done,"]


def test_markup_attribute_values_are_not_quotations():
    text = ('<post author="@harbourwatch" date="2026-03-01">The ferry is late again, and the council '
            'has no answer for the riders</post>')
    assert spans(text) == []


@pytest.mark.parametrize("text", [
    "Shops in Lakeport put up \u201cBuy Local\u201d signs last spring.",
    "The minister appeared on CKLP\u2019s \u201cMorning Edition with Dana Roy\u201d on Monday.",
    "Critics call the pier a \u201cwhite elephant\u201d in private.",
    "The union\u2019s \u201cFair Shifts Now\u201d campaign began in May.",
    "\u201cLife on the Tides\u201d star Colm Brennan spoke to the crowd about the wharf.",
    "In 1998, according to \u201cSalt and Steel: The Rise and Fall of the Lakeport Yards\u201d by Ines Marr, "
    "Whitcombe sold the yard.",
    "The regulator publishes a free guide, \u201cWhat to do when the bank calls,\u201d that explains the options.",
    "HARBOUR RADIO 1240\nEpisode title: \u201cWhy the winter ferry stopped running to the island\u201d\nAired March 3.",
])
def test_slogans_titles_and_scare_quotes_are_not_quotes(text):
    assert found(text) == []


@pytest.mark.parametrize("mark", [("\u201c", ",\u201d"), ("\u00ab ", " \u00bb,")])
def test_a_sign_quoted_in_the_sentence_after_someones_quotation_is_not_theirs(mark):
    # the sentence before holds an attributed quotation, but this one has a subject and a verb of its own
    opens, closes = mark
    text = ("A ferry captain, who asked not to be named, said a third of the crew had gone. "
            "\u201cWhen the boats stop, the island stops,\u201d he said.\n\n"
            f"At the terminal, a banner still reads {opens}Fiers de la traverse{closes} the slogan of the 2023 campaign.")
    assert [t for t, _ in found(text)] == ["When the boats stop, the island stops"]


def test_words_quoted_about_a_study_are_still_someones():
    text = "Ramona Oduya called the study \u201ca mess from start to finish\u201d on Monday."
    assert found(text) == [("a mess from start to finish", "Ramona Oduya")]


def test_a_title_is_not_a_quote_even_with_a_speech_verb_near():
    text = "Ramona Oduya said on Sunday\u2019s \u201cHarbour Report\u201d that the quay was safe."
    assert found(text) == []


def test_an_unattributed_quotation_of_five_words_or_more_is_kept_without_a_speaker():
    text = "A sign on the gate read \u201cno trucks past this point after dark\u201d until March."
    assert found(text) == [("no trucks past this point after dark", "")]


def test_ten_thousand_quotations_take_linear_time():
    """Each quotation looks back only as far as its own attribution needs (a list scan per quote once made
    half a megabyte of quotes take seconds). Four times the text takes about four times as long; a
    quadratic scan takes sixteen. Either bound alone would flake on a busy machine, so both must break."""
    import time

    def text(paragraphs):
        return "\n\n".join(f"\u201cPier {i} will open in the spring, weather permitting,\u201d said Wen "
                           f"Okafor{i % 40}. \u201cThe crews are ready.\u201d" for i in range(paragraphs))

    def timed(paragraphs):
        started = time.perf_counter()
        found = quotes.find(text(paragraphs))
        assert len(found) == 2 * paragraphs and all(q.speaker for q in found)
        return time.perf_counter() - started

    small = min(timed(1250) for _ in range(2))
    big = timed(5000)
    assert big < 5 or big / small < 10, f"{big:.2f} s for 10,000 quotes, {big / small:.1f} x the time of 2,500"


def test_a_closing_mark_typed_where_an_opening_one_belongs():
    text = ("The chair listed \u201cthe budget\u201d and \u201dthe ferry schedule, the wharf and the school "
            "bus routes\u201d as the council\u2019s worries.")
    assert [text[s.start:s.end] for s in spans(text)] == [
        "the budget", "the ferry schedule, the wharf and the school bus routes"]


# ---- texts that quote with single marks, as much of the British press does

BRITISH = (
    "Harbour board approves the new ferry timetable\n\n"
    "\u2018The winter sailings will run on time,\u2019 said Mr Okafor, the harbour master. "
    "\u2018Nobody on the island should be stranded again.\u2019\n\n"
    "Ms Lindqvist, who runs the fishermen\u2019s co-operative, was less sure. \u2018The skippers\u2019 union "
    "has heard this before,\u2019 she said. \u2018We\u2019ll believe it in March.\u2019\n\n"
    "The board called the change \u2018modest\u2019. A letter from residents, quoting a ferryman who said "
    "\u201cwe were never asked\u201d, was read into the record.\n"
)


def test_a_text_quoting_with_single_marks_gives_its_quotes_and_speakers():
    assert found(BRITISH) == [
        ("The winter sailings will run on time", "Mr Okafor"),
        ("Nobody on the island should be stranded again.", "Mr Okafor"),
        ("The skippers\u2019 union has heard this before", "Ms Lindqvist"),
        ("We\u2019ll believe it in March.", "Ms Lindqvist"),
    ]


def test_straight_single_marks_as_the_quotation_marks():
    text = ("Council leader Priya Shah backed the plan. 'The bus lane stays where it is,' Ms Shah said. "
            "'We made a promise in the '90s and we are keeping it.'")
    assert found(text) == [
        ("The bus lane stays where it is", "Priya Shah"),
        ("We made a promise in the '90s and we are keeping it.", "Priya Shah"),
    ]


def test_single_marks_inside_double_quotes_stay_nested():
    text = ("\u201cThe minister told us \u2018the plant is safe\u2019 and we believed her,\u201d said Dana Ruiz. "
            "\u201cWe don\u2019t any more.\u201d")
    assert found(text) == [
        ("The minister told us \u2018the plant is safe\u2019 and we believed her", "Dana Ruiz"),
        ("We don\u2019t any more.", "Dana Ruiz"),
    ]


def test_a_short_fragment_someone_called_or_said_something_is_their_quote():
    text = ("Harbour MP Lena Voss described the closure as \u201ca devastating blow\u201d to the town. "
            "The trade minister, Piet Sandor, called the duties \u201cdisproportionate and regrettable\u201d. "
            "The health board said in a statement that it was \u201cmonitoring the situation closely\u201d. "
            "Residents walked past the \u201cnew and improved\u201d sign on the quay.")
    assert found(text) == [("a devastating blow", "Lena Voss"), ("disproportionate and regrettable", "Piet Sandor"),
                           ("monitoring the situation closely", "The health board")]


def test_a_short_remark_said_beside_its_mark_is_a_quotation_even_when_nobody_can_be_named():
    # the speaker is "she", an unnamed patient: the remark is still proposed, with no speaker rather than a guess
    text = ("An elderly patient waited two days for a bed. When it came, she thanked the nurses. "
            "\u201cYou were all patient,\u201d she said, \u201cfor such a crowded ward.\u201d")
    assert ("You were all patient", "") in found(text)


def _proposed(text: str) -> list[tuple[str, str]]:
    from briefdeck.core import Source
    from briefdeck.extract import extract
    return [(sn.anchor.exact, sn.speaker) for sn in extract(Source(id="s", path="s.txt", text=text))
            if sn.kind == "quote"]


def test_words_set_off_by_dashes_as_a_translated_story_keeps_them_are_quotations_with_their_speaker():
    text = ("Ramos Arizpe, Coahuila. The seat plant added a second line in March.\n\n"
            "\u2014We have people who have sewn seat covers for twenty years, for other brands \u2014the director, "
            "Lucia Vargas Pena, said\u2014. What we did not have was this customer.\n\n"
            "The line runs two shifts and employs 340 people.\n\n"
            "\u2014They showed us every trick they had learned on their own floor \u2014she said.")
    got = dict(_proposed(text))
    assert got["We have people who have sewn seat covers for twenty years, for other brands"] == "Lucia Vargas Pena"
    assert got["What we did not have was this customer."] == "Lucia Vargas Pena"
    assert got["They showed us every trick they had learned on their own floor"] == "Lucia Vargas Pena"


@pytest.mark.parametrize("text", [
    "Three cities bid for the plant:\n\n\u2014Toronto \u2014the front-runner, with a site ready to build on.",
    "The talks are stalled \u2014 and they may stay so \u2014 until spring, officials in Ottawa have said for weeks.",
])
def test_a_dash_that_sets_off_no_one_saying_anything_makes_no_quotation(text):
    assert _proposed(text) == []


@pytest.mark.parametrize("term", [
    "The rules require proof that the timber was \u201ccut and milled\u201d in Canada before it crosses.",
    "Buyers now ask whether the fish were \u201ccaught and frozen\u201d at sea or on shore.",
])
def test_quoted_participles_of_a_passive_that_goes_on_are_a_term_not_anyones_words(term):
    text = f"Trade lawyers said the delay came from a dispute over definitions. {term}"
    assert found(text) == []


def test_quoted_participles_after_a_verb_of_saying_are_the_speakers_words():
    text = "Jo Ferreira said she was \u201chonoured and humbled\u201d by the vote of the harbour board."
    assert found(text) == [("honoured and humbled", "Jo Ferreira")]


def test_a_quoted_subheading_on_a_line_of_its_own_is_nobodys_words():
    text = ("The plant cut its second shift, the company said.\n\n\u201cA test of the whole island\u201d\n\n"
            "\u201cEvery plant here was built for one buyer,\u201d said Ada Mbeki, an economist.")
    assert found(text) == [("Every plant here was built for one buyer", "Ada Mbeki")]


def test_a_reopened_quotation_alone_in_its_paragraph_is_still_the_speakers():
    text = ("''The buyers walked away,'' said Ada Mbeki. ''The boats came back full and nobody met them.\n\n"
            "''This was a failure of planning as well as of trade.''")
    assert [s for _, s in found(text)] == ["Ada Mbeki", "Ada Mbeki", "Ada Mbeki"]


def test_an_indented_paragraph_under_she_said_colon_is_her_quotation_without_marks():
    text = ("[15] Ms. Ilse Moravec-Tan explained why the notice was sent. In cross-examination, she said:\n\n"
            "    We were losing money on every shipment and the buyer would not return a call. The notice was the "
            "only lever we had.\n\n"
            "[16] A clause of this kind does not excuse a party from a cost increase.")
    found = {text[q.start:q.end]: q.speaker for q in quotes.find(text)}
    assert found["We were losing money on every shipment and the buyer would not return a call. The notice was the "
                 "only lever we had."] == "Ilse Moravec-Tan"
    assert not any("clause of this kind" in words for words in found)
