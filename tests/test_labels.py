"""Figure labels read as a person writes them: short noun phrases, or nothing; years without separators."""
from __future__ import annotations

import pytest

from briefdeck.core import Source
from briefdeck.extract import extract
from briefdeck.extract.labels import label_for, list_lead
from briefdeck.writers.plan_layouts import format_value

TEXT = """Mill towns count the cost

Ridgeway shed 4,200 jobs in March, the regional statistics office said.
Last year the province imposed a 12% levy on timber shipped to other provinces.
Ottawa set a duty of 18% on imported softwood lumber.
Roughly two-thirds of the county's timber goes to the United States.
About 9,000 jobs depend on the two remaining mills.
Direct employment at the mills is roughly 2,600 people.
Unemployment in the valley rose to 11% in April.
Critics warned of open threats to push it to 30% next year.
The mills sawed 3.4 million cubic metres in 2025.
Stumpage fees will rise by about 8% next spring.
The mill put off a $40-million expansion of the planer line indefinitely.
Ottawa announced a $25 million investment that the ministry says will retrain 300 workers.
The closure affects about 340 sawyers. The mill said 210 of them will be laid off in January.
A sawyer bought a chainsaw in four payments of $112.50 last spring.
The owner was blunt. “It hasn’t worked. The border now takes a fifth of their value at the crossing.”
Washington set a 25% tariff on the non-U.S. content of trucks.
Benefits top up insurance to about 70 per cent of regular pay for up to a year.
The smelter now ships more than a third of its metal to Europe rather than to carmakers in Ohio.
Under the rules, 62% of the value of a logging truck's core parts must come from the region.
Exporters were told to plan on the 17% surcharge lasting ‘well into next year’.
The mill blamed the 35% duty on coated lumber that took effect in June.
The sawmill blames the 20 per cent tariff the United States has charged on planed boards since May.
Pellets are exempt from the 45% levy Washington applies to most other wood products.
A rule let a parcel worth up to US$650 go across the border without duty.
Under the rules a sawmill's planer is dutiable at 14% unless the importer can show where its steel came from.
A seller could mail a box worth up to $700 straight to a buyer with no duty.
“The yard now moves 900 logs in a day,” Ada Roe said.

Shares of lumber shipments

- United States: about 64%
- Asia: 21%
- Everywhere else: 15%
"""


@pytest.fixture(scope="module")
def labels():
    source = Source(id="s", path="s.txt", text=TEXT)
    found = {}
    for sn in extract(source):
        if sn.kind == "figure":
            found[sn.anchor.exact] = (label_for(sn, TEXT), label_for(sn))
    return found


@pytest.mark.parametrize("figure,label", [
    ("4,200 jobs", "Jobs lost in March"),
    ("12%", "Levy on timber shipped to other provinces"),
    ("18%", "Duty on imported softwood lumber"),
    ("Roughly two-thirds", "Share of the county's timber"),
    ("About 9,000 jobs", "Jobs depending on the two remaining mills"),
    ("roughly 2,600 people", "Direct employment at the mills"),
    ("11%", "Unemployment in the valley"),
    ("30%", ""),                                      # "threats to push it to": no phrase, no label
    ("about 8%", "Rise in stumpage fees"),                 # "will rise by about": the change, not the modal
    ("$40-million", "Expansion of the planer line"),        # not "... line indefinitely"
    ("210", "Sawyers laid off in January"),                # "210 of them": what was counted before
    ("$25 million", ""),                     # not "Investment that the ministry"; one word says too little
    ("$112.50", "Four payments"),                          # not "In four payments"
    ("a fifth", "Share of value at the crossing"),         # not "… crossing.”"
    ("about 64%", "United States"),
    ("21%", "Asia"),
    ("25%", "Tariff on the non-U.S. content of trucks"),    # "U.S." ends no clause
    ("about 70 per cent", "Share of regular pay"),         # not "… regular pay for up"
    ("more than a third", "Share of metal to Europe"),     # not "… to Europe rather"
    ("62%", "Share of the value"),                         # not "… of a logging truck's", its noun cut off
    ("17%", "Surcharge lasting well into next year"),      # the quoted words without their marks
    ("35%", "Duty on coated lumber"),                      # not "… that took effect": a thing, not a clause
    ("20 per cent", "Tariff on planed boards"),            # not "Tariff the United States": its clause left out
    ("45%", "Levy on most other wood products"),          # not "Levy Washington applies to …"
    ("up to US$650", ""),                                 # not "Go across the border without duty": a clause
    ("up to $700", ""),                                   # not "Straight to a buyer with no duty"
    ("900 logs", "Logs in a day"),                          # not "… in a day,” Ada Roe": the quotation ends it
    ("14%", ""),                                          # not "Unless the importer": a clause, no noun phrase
])
def test_labels_are_noun_phrases_made_from_the_measure(labels, figure, label):
    assert labels[figure][0] == label


def test_labels_never_end_on_a_dangling_word(labels):
    for with_text, from_anchor in labels.values():
        for label in (with_text, from_anchor):
            if label:
                last = label.split()[-1].lower()
                assert last not in {"of", "to", "from", "on", "in", "the", "a", "and", "than", "imported", "up"}, label
                assert len(label.split()) <= 8


def test_without_the_source_the_anchor_context_is_enough_and_never_cuts_a_word(labels):
    assert labels["18%"][1] == "Duty on imported softwood lumber"
    assert labels["4,200 jobs"][1].startswith("Jobs lost")
    for _, from_anchor in labels.values():
        assert all(w.isalpha() or not w[-1:].isalpha() or len(w) > 1 for w in from_anchor.split())


def test_dates_and_durations_get_no_label():
    text = "The plant opened in 2019 and ran for 30 years."
    source = Source(id="s", path="s.txt", text=text)
    for sn in extract(source):
        if sn.kind == "figure":
            assert label_for(sn, text) == ""


def test_list_lead_is_the_words_before_the_colon():
    text = "- Japan: about 2%\n1. Mexico: 14 per cent\nNot a list 5%"
    assert list_lead(text, text.index("2%")) == "Japan"
    assert list_lead(text, text.index("14")) == "Mexico"
    assert list_lead(text, text.index("5%")) == ""


def test_years_are_never_shown_with_a_thousands_separator():
    assert format_value(2025, "year") == "2025"
    assert format_value(2025, "vehicles") == "2,025"
    assert format_value(51000, "jobs") == "51,000"
    assert format_value(25, "percent") == "25%"


NAMED = """Harbour traders brace for a slow winter

Australian retail sales fell 1.2% in October, the bureau said.
The Australian figures surprised the bureau's own forecasters.
Wichita County's population dropped 3% over the decade.
The landlord won an above-guideline increase of 5.5% for the tower.
The council estimates that output fell 4% in the third quarter.
Mr Okafor grew by 40% in a year, his filing shows.
Prices rose 2% in November.
I don't have 400 customers any more, one trader said.
Economists polled by the bank had forecast growth of 0.4% for the quarter.
Half of 2026 went by before the new duty was collected.
Canadian-resident ferry trips to the island fell 7.5% in September.
Tariff-hit exporters said fewer Canadian buyers came.
"""


@pytest.fixture(scope="module")
def named_labels():
    source = Source(id="n", path="n.txt", text=NAMED)
    return {sn.anchor.exact: label_for(sn, NAMED) for sn in extract(source) if sn.kind == "figure"}


@pytest.mark.parametrize("figure,label", [
    ("1.2%", "Drop in Australian retail sales"),      # a nationality keeps its capital ("The Australian figures")
    ("3%", "Drop in Wichita County's population"),     # a name of two words does too
    ("2%", "Rise in prices"),                          # a sentence's first word does not
    ("5.5%", ""),                                      # not "Rise in landlord won an above-guideline"
    ("4%", ""),                                        # not "Drop in council estimates that output"
    ("40%", ""),                                       # not "Growth in mr Okafor"
    ("400 customers", "Customers"),                    # what was counted, not "I don't have"
    ("Half", ""),                                      # a time, not "Share of 2026"
    ("7.5%", "Drop in Canadian-resident ferry trips to the island"),   # its first part is a name inside a sentence
])
def test_a_label_is_a_named_thing_never_a_clause(named_labels, figure, label):
    assert named_labels[figure] == label


def test_no_label_holds_a_verb_of_its_own(named_labels, labels):
    for label in [*named_labels.values(), *(with_text for with_text, _ in labels.values())]:
        assert not set(label.lower().split()) & {"had", "has", "have", "is", "are", "was", "were", "would", "will"}, label


def _labels(sentence: str) -> dict[str, str]:
    """Each figure of one sentence, by its words, with its label."""
    source = Source(id="s", path="s.txt", text=sentence)
    return {sn.anchor.exact: label_for(sn, sentence) for sn in extract(source) if sn.kind == "figure"}


@pytest.mark.parametrize("sentence,figure,label", [
    ("Benefits replace 55% of average insurable weekly earnings, up to $695.", "55%",
     "Share of average insurable weekly earnings"),
    ("Members pay a $7.99 monthly fee for the service.", "$7.99", "Monthly fee for the service"),
])
def test_a_word_in_ly_that_is_no_adverb_does_not_cut_a_label_short(sentence, figure, label):
    got = _labels(sentence)
    assert got[figure] == label


@pytest.mark.parametrize("sentence,figure,label", [
    # cut inside "out of": not ending on "out"
    ("The closure takes roughly 15 per cent of the province's electricity supply out of the market in 2030.",
     "roughly 15 per cent", "Share of the province's electricity supply"),
    ("Operators say more than half of the methane coming out of the wells is never measured.", "more than half",
     "Share of the methane"),
    # a levy's relative clause with no "that" ("the 25% duty its buyers pay"), and what the levy is blamed for
    ("The plant says axles built in Ohio would reduce the 25 per cent U.S. duty its buyers pay on every crate.",
     "25 per cent", "U.S. duty"),
    ("The mill blamed the 30% U.S. duty on planed boards for a drop in orders from Ohio builders.", "30%",
     "U.S. duty on planed boards"),
    # ... and the condition it is charged under ("unless the importer claims remission")
    ("Resin coming north from Ohio can carry a 25 per cent U.S. levy unless the broker files a remission claim.",
     "25 per cent", "U.S. levy"),
])
def test_a_label_stops_where_the_thing_it_names_ends(sentence, figure, label):
    assert _labels(sentence)[figure] == label


@pytest.mark.parametrize("sentence,figure,label", [
    # two things joined by "and" before "of": both, not "And provincial levies"
    ("Ferry crossings now face combined federal and provincial levies of 12.5%, set in the spring.", "12.5%",
     "Federal and provincial levies"),
    # a date cut off by the next number: not "… that took effect on Oct"
    ("The operator added a 10% surcharge that took effect on Oct. 14 for every vehicle.", "10%",
     "Surcharge that took effect"),
    # "came", a verb; one person's share keeps her "her" (a deck leaves such a number off its big slides)
    ("When Jo Doe opened the cafe in 2016, a third of her coffee came from Guatemala.", "a third",
     "Share of her coffee from Guatemala"),
    # "through …" is how, not what
    ("Sales of island cider rose 9 per cent through the co-op stores and farm gates of the three ferry towns.",
     "9 per cent", "Rise in sales of island cider"),
    ("Cider makers reported a 14% rise in sales of Okanagan cider through provincial liquor stores.",
     "14%", "Rise in sales of Okanagan cider"),
    # "came in at": the thing before the verb, not "EBITDA came" (and one word alone says too little)
    ("Adjusted EBITDA came in at C$58 million, down from a year ago.", "C$58 million", "Adjusted EBITDA"),
    ("When she traded in her crossover, the offer came in at $31,500.", "$31,500", ""),
])
def test_a_label_names_the_thing_not_how_or_when_it_happened(sentence, figure, label):
    got = _labels(sentence)
    assert got[figure] == label



def test_a_label_does_not_end_on_plus():
    text = "KINGSVILLE \u2014 The bylaw takes effect in May.\n\nOwners will pay a fee of $450 per building plus $12 per bed."
    fee = next(sn for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.anchor.exact == "$450")
    label = label_for(fee, text)
    assert label and label.split()[-1] not in ("plus", "but")


LEVIES = """Two tariffs, one lobster

Since March, Beijing has charged a 26% tariff on Canadian lobster.
The crab goes to the United States, which on April 1 began charging a 16% duty on Canadian crab.
Boat sales fell. Then the Americans put a 52% duty on the aluminum in its pontoons.
Last year the province imposed a 12% levy on timber shipped to other provinces.
"""


@pytest.mark.parametrize("figure,label", [
    ("26%", "Beijing\u2019s tariff on Canadian lobster"),
    ("16%", "US duty on Canadian crab"),                  # "the United States, which … began charging"
    ("52%", "US duty on the aluminum in its pontoons"),  # not "Then …", not "Americans duty"
    ("12%", "Levy on timber shipped to other provinces"),  # "the province": no one named
])
def test_a_levys_label_says_who_levies_it_when_the_words_before_name_them(figure, label):
    found = {sn.anchor.exact: label_for(sn, LEVIES) for sn in extract(Source(id="s", path="s.txt", text=LEVIES))
             if sn.kind == "figure"}
    assert found[figure] == label



@pytest.mark.parametrize("sentence,figure,label", [
    ("The Alpine Lodge says skier visits between December 20th and January 4th were up 16 percent over the same "
     "stretch last year.", "16", "Skier visits"),                     # no half of a range: "… between December"
    ("Domestic room nights booked by Canadian residents rose 9.0 per cent to 44.9 million, the highest level in its "
     "series.", "9.0", "Rise in domestic room nights"),              # no people's adjective without its noun
])
def test_a_label_cut_at_its_length_does_not_end_inside_a_phrase(sentence, figure, label):
    text = f"Snow came early this year.\n\n{sentence}\n"
    source = Source(id="s", path="s.txt", text=text)
    found = next(sn for sn in extract(source) if sn.kind == "figure" and sn.anchor.exact.startswith(figure))
    assert label_for(found, text) == label
