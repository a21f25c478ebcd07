"""Claims: what an analyst would pick first comes first; labels are not part of the claim."""
from __future__ import annotations

import pytest

from briefdeck.core import Source
from briefdeck.extract import claims, extract, extract_files

# Invented wire story: a lead with the news, a figure, colour, quotes, a rhetorical aside and a label.
STORY = """Harbour authority approves second ferry terminal

PORT ALDER, N.S. — The Alder Harbour Authority approved a $48-million second ferry terminal on Tuesday, \
ending a three-year dispute with the town over where the new berth should go.

The terminal will handle 1,600 vehicles a day once it opens in 2028, twice what the old pier can take.

Why it matters: The ferry is the only year-round link between the island and the mainland.

Board chair Nadia Okafor said the vote was close. “We heard every side of this,” she said.

Is there a better place for it? Some residents think so.

It is a grey, windy morning on the pier, and gulls circle the idle ramps.

He said the design would be published next month.

Residents of the east shore had pushed for a site near the old cannery, which the board rejected as too shallow.
"""


def _claims(text: str) -> list:
    source = Source(id="s", path="s.txt", text=text)
    found = [sn for sn in extract(source) if sn.kind == "claim"]
    return sorted(found, key=lambda sn: -sn.score)


@pytest.mark.parametrize("dateline", ["**PORT ALDER, N.S.** \u2014 ", "__HALIFAX__ \u2014 ",
                                      "PORT ALDER, N.S., March 3, 2026 /Maritime Newswire/ -- "])
def test_a_dateline_in_bold_or_a_newswires_is_not_part_of_the_claim(dateline):
    text = STORY.replace("PORT ALDER, N.S. \u2014 ", dateline)
    assert any(sn.anchor.exact.startswith("The Alder Harbour Authority approved a $48-million") for sn in _claims(text))


def test_the_lead_and_the_figures_come_first():
    best = [sn.anchor.exact for sn in _claims(STORY)[:3]]
    assert best[0].startswith("The Alder Harbour Authority approved a $48-million")   # dateline left out
    assert any(t.startswith("The terminal will handle 1,600 vehicles") for t in best)


def test_colour_asides_and_questions_rank_low_or_not_at_all():
    ranked = [sn.anchor.exact for sn in _claims(STORY)]
    assert "Is there a better place for it?" not in ranked
    assert not any(t.startswith("Some residents think so") for t in ranked)      # too short to stand alone
    colour = ranked.index("It is a grey, windy morning on the pier, and gulls circle the idle ramps.")
    assert colour >= 4
    assert ranked.index("He said the design would be published next month.") > 3


def test_the_headline_is_not_a_claim():
    assert not any(sn.anchor.exact.startswith("Harbour authority approves") for sn in _claims(STORY))


def test_a_label_opening_a_sentence_is_not_part_of_the_claim():
    texts = [sn.anchor.exact for sn in _claims(STORY)]
    assert "The ferry is the only year-round link between the island and the mainland." in texts
    assert not any(t.startswith("Why it matters") for t in texts)


def test_label_end_skips_short_labels_only():
    for label in ("Why it matters: ", "The details: ", "Between the lines: ", "Bottom line — ", "UPDATE: "):
        text = label + "The mill will close in May after 60 years."
        assert text[claims.label_end(text, 0, len(text)):] == "The mill will close in May after 60 years."
    for kept in ("The mayor said: The mill will close in May.", "Three things changed: The mill will close.",
                 "In a statement issued late on Friday by the company's board: The mill closes."):
        assert claims.label_end(kept, 0, len(kept)) == 0


def test_a_label_in_bold_markdown_is_skipped_but_an_italic_note_stays_a_note():
    for label in ("**Driving the news:** ", "__What's next:__ ", "*The big picture:* "):
        text = label + "The mill will close in May after 60 years."
        assert text[claims.label_end(text, 0, len(text)):] == "The mill will close in May after 60 years."
    for kept in ("*Update:* The mill will close in May after 60 years.", "**Note:** The mill will close in May."):
        assert claims.label_end(kept, 0, len(kept)) == 0


def test_any_bold_phrase_ending_in_a_colon_is_a_label_when_a_sentence_follows():
    # an explainer's own labels, in any words: "**How much money is involved:**", "**The target:**"
    for label in ("**How much money is involved:** ", "**The target:** ", "- **Shop around:** ", "__Who pays:__ ",
                  "> **What we know:** "):          # a live page's summary box, quoted in Markdown
        text = label + "The mill will close in May after 60 years."
        assert text[claims.label_end(text, 0, len(text)):] == "The mill will close in May after 60 years."
    # a number in bold before what it counts is a list of figures: no sentence to skip to
    listed = "- **€31.2 billion:** forecast corporation tax take for the year."
    assert not listed[claims.label_end(listed, 0, len(listed)):].startswith("forecast")


def test_an_explainers_labelled_paragraphs_give_claims_without_their_labels():
    story = ("# Councils get new housing targets\n\n"
             "**The target:** The government has promised 300,000 new homes a year in England by 2029.\n\n"
             "**How it works:** Each council now has a mandatory housing target set by a national formula.\n")
    texts = [sn.anchor.exact for sn in _claims(story)]
    assert "The government has promised 300,000 new homes a year in England by 2029." in texts
    assert "Each council now has a mandatory housing target set by a national formula." in texts


def test_items_of_a_list_that_end_on_a_semicolon_are_claims_without_it():
    text = ("Trust documents obtained by the paper show three things.\n\n"
            "\u2022 4,212 patients waited more than 12 hours in its two emergency departments in 2024;\n"
            "\u2022 14 serious incidents were linked in part to delays in emergency care;\n"
            "\u2022 the board was told of both in March.\n")
    found = [sn.anchor.exact for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.kind == "claim"]
    assert "4,212 patients waited more than 12 hours in its two emergency departments in 2024" in found
    assert "14 serious incidents were linked in part to delays in emergency care" in found


def test_an_italic_note_is_not_a_claim_worth_showing():
    text = ("*This story was written with files from the regional desk and updated on Friday.*\n\n"
            "The province will close two rural clinics in June, the health minister announced on Monday.\n\n"
            "About 3,000 patients use the clinics each month, according to the health authority.\n")
    ranked = [sn.anchor.exact for sn in _claims(text)]
    assert any(t.startswith("The province will close two rural clinics") for t in ranked[:2])
    assert not any(t.startswith("*This story") for t in ranked)


def test_the_best_claims_do_not_repeat_each_other():
    text = ("The city council voted to ban plastic bags at all grocery stores from next spring.\n\n"
            "The council voted to ban plastic bags at grocery stores across the city from next spring.\n\n"
            "Retailers will face fines of up to $5,000 for handing out the bags after the deadline.\n\n"
            "The ban follows a two-year pilot in three neighbourhoods that cut litter by 30 per cent.\n")
    top = [sn.anchor.exact for sn in _claims(text)[:2]]
    assert not all("voted to ban plastic bags" in t for t in top)


def test_centrality_ranks_the_sentence_the_others_talk_about():
    from briefdeck.extract import centrality
    rows, _ = centrality.vectors(["Tariffs on steel rose again.", "Steel tariffs hurt the mills.",
                                  "The mills blame the steel tariffs.", "A parade was held downtown."])
    central = centrality.lexrank(rows)
    assert central.argmax() in (1, 2) and central[3] < central[1]


# Invented page: a headline on two lines, a one-line standfirst, then the story.
MILL = """Mill town braces for closure;
Owners blame timber prices and a lost contract.

Workers were told on the shop floor.

BRANTVALE, Ont. — Northgate Paper will close its Brantvale mill in March, putting 420 people out of \
work in a town of 6,000, the company said on Thursday.

The mill has run since 1952 and is the town's largest employer. Northgate said it lost money on the \
mill in each of the past three years.

Mayor Ines Varga said council would ask the province for help retraining workers.

The union said it would fight the closure.
"""


def test_a_headline_on_two_lines_is_not_a_claim_and_a_standfirst_does_not_push_the_lead_down():
    source = Source(id="s", path="s.txt", text=MILL, title="Mill town braces for closure")
    ranked = sorted((sn for sn in extract(source) if sn.kind == "claim"), key=lambda sn: -sn.score)
    texts = [sn.anchor.exact for sn in ranked]
    assert not any(t.startswith("Owners blame timber prices") for t in texts)
    assert texts[0].startswith("Northgate Paper will close its Brantvale mill in March")


def test_front_matter_is_found_only_where_the_page_has_it():
    from briefdeck.extract import front, sentences
    found = front.front(MILL, sentences.split(MILL), "Mill town braces for closure")
    assert MILL[:found.end].endswith("a lost contract.")
    assert MILL[found.dek[0]:found.dek[1]] == "Workers were told on the shop floor."
    assert "Owners blame timber prices" in found.heading
    # a story that opens on its lead, and hard-wrapped prose, have no headline to skip
    lead = ("The council voted on Tuesday to close the Brantvale pool for good, citing a repair bill of "
            "$2.4 million.\n\nSwimmers will be sent to the Eastfield pool.\n\nThe vote was 6 to 3.\n")
    assert front.front(lead, sentences.split(lead)) is None
    wrapped = ("The council voted on Tuesday to close the Brantvale pool\nfor good, citing repairs.\n\n"
               "Swimmers will be sent to the Eastfield pool.\n\nThe vote was 6 to 3.\n")
    assert front.front(wrapped, sentences.split(wrapped)) is None


def test_how_a_poll_was_done_ranks_below_what_it_found():
    text = ("Ferry fares divide island voters, poll finds\n\n"
            "Most island residents oppose the planned 15% rise in ferry fares, a Harbourview Research poll "
            "released on Monday found.\n\n"
            "The poll found 61% of residents against the increase and 27% in favour.\n\n"
            "Opposition was strongest among commuters, 74% of whom said the rise would cost them more than "
            "$600 a year.\n\n"
            "The ferry authority said it would publish its final fare schedule in June.\n\n"
            "Harbourview surveyed 1,204 adults online from March 3 to March 9; the margin of error is plus "
            "or minus 2.8 percentage points.\n")
    ranked = [sn.anchor.exact for sn in _claims(text)]
    method = next(i for i, t in enumerate(ranked) if t.startswith("Harbourview surveyed"))
    assert method >= 4
    assert ranked[0].startswith("Most island residents oppose the planned 15% rise")


def test_a_headline_whose_title_was_shortened_is_still_not_a_claim():
    text = ("Ferry operator cuts winter sailings; Islanders fear for jobs at the terminal and in the shops "
            "that depend on it.\n\n"
            "Coastline Ferries will run two sailings a day instead of six from November, the company said on "
            "Friday, citing a 30% fall in winter traffic.\n\n"
            "About 140 people work at the Westport terminal.\n\n"
            "The island council said it would ask the province to subsidise the route.\n")
    source = Source(id="s", path="s.txt", text=text, title="Ferry operator cuts winter sailings; Islanders fear…")
    ranked = sorted((sn for sn in extract(source) if sn.kind == "claim"), key=lambda sn: -sn.score)
    assert not any(sn.anchor.exact.startswith("Ferry operator cuts") for sn in ranked)
    assert ranked[0].anchor.exact.startswith("Coastline Ferries will run two sailings")


def test_a_note_that_someone_did_not_comment_is_not_a_claim():
    text = ("The ferry service will add two winter sailings to the island in January.\n\n"
            "The extra crossings will cost about $2.4 million a year.\n\n"
            "The operator's head office did not respond to requests for comment on Friday.\n\n"
            "A spokesperson for the shipyard declined to comment.\n\n"
            "The ministry did not respond to a follow-up question about the winter crews.\n\n"
            "None of the three ferry operators responded to requests for comment on Thursday.\n\n"
            "Minister Ada Rook would not say whether the province will pay for a third sailing.\n\n"
            "The union did not respond to the schedule change by calling a strike, its president said.")
    ranked = [sn.anchor.exact for sn in _claims(text)]
    assert not any("comment" in s or "follow-up" in s or "would not say" in s for s in ranked)
    assert any(s.startswith("The union did not respond") for s in ranked)


def test_a_short_sentence_that_only_introduces_a_quote_scores_below_the_same_words_stated_alone():
    def score_of(after: str) -> float:
        text = ("Harbour votes to dredge its main channel\n\n"
                "The harbour commission approved a $12-million dredging plan on Tuesday.\n\n"
                f"Marta Ilves of the pilots' association was blunter. {after}\n\n"
                "Dredging will start in April and take two summers to finish.")
        (found,) = [sn.score for sn in _claims(text) if sn.anchor.exact.startswith("Marta Ilves")]
        return found
    introducing = score_of("\u201cWithout it, the big ships stop coming here by 2028,\u201d she said.")
    stating = score_of("Without it, she said, the big ships would \u201csimply stop coming\u201d by 2028.")
    assert introducing < stating


def test_a_live_blogs_what_we_know_label_is_not_part_of_the_claim():
    text = ("Live updates: wildfire near Elkhorn\n\nWhat we know: The Elkhorn fire has burned about 12,000 acres "
            "since Saturday and is 8 percent contained. About 3,100 residents are under evacuation orders.")
    spans = [s for s in extract(Source(id="s", path="s.txt", text=text)) if s.kind == "claim"]
    assert any(s.anchor.exact.startswith("The Elkhorn fire has burned about 12,000 acres") for s in spans)
    assert not any("What we know" in s.anchor.exact for s in spans)


def test_a_quote_in_single_marks_ranks_like_one_in_double_marks():
    body = ("The council approved a \u00a3310m loan for the tram extension on Thursday. The line will open in 2029 "
            "with seven stops. Ground works will add \u00a3212m to the bill.\n\n")
    double, single = ("\u201cPeople here have been promised a tram three times,\u201d he said.",
                      "\u2018People here have been promised a tram three times,\u2019 he said.")
    def ranked(quote):
        text = "Tram costs rise\n\nMr Okafor leads the council. " + body + quote
        return [(s.anchor.start, s.anchor.end, s.score) for s in extract(Source(id="s", path="s.txt", text=text))
                if s.kind == "claim"]
    assert ranked(single) == ranked(double)


def test_a_sentence_that_only_introduces_the_quote_after_it_ranks_lower_despite_a_who_clause():
    def score(after):
        text = ("Ferry fares rise\n\nThe harbour board voted on Thursday to add two winter sailings to the island "
                "route.\n\nMs Lindqvist, who chairs the fishermen\u2019s co-operative, was less sure.\n\n" + after
                + "The board meets again in March to set the fares.")
        (c,) = [s for s in extract(Source(id="s", path="s.txt", text=text))
                if s.kind == "claim" and s.anchor.exact.startswith("Ms Lindqvist")]
        return c.score
    assert score("\u201cWe have heard this before,\u201d she said.\n\n") < score("")


def _trait_and_its_weight(trait: str, text: str) -> tuple[list[float], float, float]:
    """Each sentence's ``trait`` (sentences split at ". "), and the first sentence's score with and without the
    trait's weight."""
    spans, start = [], 0
    for end in [i + 1 for i in range(len(text)) if text.startswith(". ", i)] + [len(text)]:
        spans.append((start, end))
        start = end + 1
    traits = [f[trait] for f in claims.candidates(text, spans).features]
    unheeded = dict(claims.WEIGHTS, **{trait: 0.0})
    return traits, claims.rank(text, spans)[0].score, claims.rank(text, spans, weights=unheeded)[0].score


def test_a_columnist_talking_to_the_reader_ranks_lower():
    traits, score, unheeded = _trait_and_its_weight(
        "to_reader", "Here is a number worth keeping in your head this spring: 1.3 million. The central bank cut "
        "its policy rate to 4.25% in January. Inflation fell to 2.7% in February from 3.1% in January.")
    assert traits == [1.0, 0.0, 0.0]
    assert score < unheeded


def test_a_finding_or_a_decision_ranks_above_the_same_sentence_without_it():
    traits, score, unheeded = _trait_and_its_weight(
        "finding", "The audit found that 38% of the logs had been edited. The mill will close in June. "
        "The audit covered 38% of the logs that had been edited.")
    assert traits == [1.0, 1.0, 0.0]
    assert score > unheeded


def test_a_features_scene_setting_opening_ranks_lower():
    traits, score, unheeded = _trait_and_its_weight(
        "scene", "On a grey Tuesday morning in March, the bell over the feed store door rings four times. "
        "The county has lost 212 farms since 2012, the agricultural census shows. "
        "Feed prices rose 18% last year.")
    assert traits == [1.0, 0.0, 0.0]
    assert score < unheeded


def test_a_feature_opening_on_a_private_person_or_the_hour_ranks_lower():
    traits, score, unheeded = _trait_and_its_weight(
        "anecdote", "Marta Kowal has driven a school bus in Brandon for 19 years. "
        "The division cancelled 14 bus routes this fall after 30 drivers quit. "
        "Transport Minister Ed Ruiz said the province would review driver pay.")
    assert traits == [1.0, 0.0, 0.0]
    assert score < unheeded
    traits, _, _ = _trait_and_its_weight(
        "anecdote", "Just after dawn on Friday, the first plough left the city yard. "
        "Olga Brandt said the city had spent $2.1 million on snow clearing. "
        "Jo Doe of the drivers' union was blunter.")
    assert traits == [1.0, 0.0, 0.0]        # someone saying something, or who someone is, is not a scene
    traits, _, _ = _trait_and_its_weight(
        "anecdote", "Gail Orme, 71, who lives by the lake, said no one warned her before the alert. "
        "The county sent 4,100 alerts by text on Tuesday night. "
        "Fire Chief Ed Ruiz, 58, said the sirens would be tested monthly.")
    assert traits == [1.0, 0.0, 0.0]        # a private person's own story; an official, whatever his age, is not


def test_what_happens_next_counts_for_a_sentence_and_a_scene_of_a_life_against_it():
    traits, score, unheeded = _trait_and_its_weight(
        "words", "A vote on the agreement is scheduled for March and will need approval from the council. "
        "The mill opened in 1952 on the river. "
        "Every few years she spent a week at home, outside the town where she retired.")
    assert traits[0] > traits[1] > 0 > traits[2]
    assert score > unheeded
    traits, score, unheeded = _trait_and_its_weight(
        "words", "Every few years she spent a week at home, outside the town where she retired. "
        "The mill opened in 1952 on the river.")
    assert score < unheeded


def test_names_and_numbers_do_not_count_as_words():
    from briefdeck.extract.claim_features import words_weight
    assert words_weight("Ottawa, Windsor, Oshawa: 1,200.") == 0.0
    assert words_weight("Scheduled") == 0.0 < words_weight("it is scheduled")   # a capital: a name or an opener


def test_the_lead_and_the_sentence_carrying_most_figures_rank_above_colour_with_one_number_each():
    text = ("Grain terminal strike enters second week\n\n"
            "Dock workers at the Riverside grain terminal stayed off the job for an eighth day on Monday.\n\n"
            "About 60 pickets gathered by the main gate, where someone had hung a banner from the fence.\n\n"
            "Two of the strikers said they had brought their children along for the afternoon.\n\n"
            "A dozen trucks idled on the access road while drivers waited for word from the dispatcher.\n\n"
            "Some of the 14 drivers said they would go home if nothing changed by nightfall.\n\n"
            "The terminal ships about 4.2 million tonnes of wheat and canola a year, and the shutdown has left "
            "38 vessels waiting at anchor, costing exporters an estimated $1.6 million a day.\n\n"
            "The union and the terminal's owner have not met since talks broke off last Tuesday.")
    ranked = [sn.anchor.exact for sn in _claims(text)]
    dense = next(i for i, t in enumerate(ranked) if t.startswith("The terminal ships about 4.2 million"))
    colour = [i for i, t in enumerate(ranked) if t.startswith(("About 60 pickets", "Two of the strikers",
                                                                 "A dozen trucks", "Some of the 14"))]
    lead = next(i for i, t in enumerate(ranked) if t.startswith("Dock workers"))
    assert max(dense, lead) < min(colour)


def test_a_rhetorical_lead_in_before_a_colon_scores_below_the_plain_statement():
    plain = claims.quality("The fastest-growing parts of the business are concentrated in Asia.")
    for lead in ("The reasoning is straightforward: ", "The answer was simple: ", "Their logic is clear: "):
        assert claims.quality(lead + "the fastest-growing parts of the business are in Asia.") < plain - 0.2


def test_saying_what_happens_next_ranks_a_sentence_above_the_same_sentence_without_it():
    traits, score, unheeded = _trait_and_its_weight(
        "next_step", "The regulator will hold a public hearing on the cuts in March. "
        "The ferry operator cut 5 of its 14 daily sailings. "
        "In April, the province imposed a 25 per cent levy on ferry fuel.")
    assert traits == [1.0, 0.0, 0.0]
    assert score > unheeded


def test_a_sentence_inside_a_quotation_is_the_quote_not_a_claim():
    text = ("Mill cuts a shift\n\nThe mill will drop its night shift on July 14, the company said.\n\n"
            "\u201cWe ran flat out for as long as we could,\u201d the owner said. \u201cIt hasn\u2019t worked. "
            "We cannot keep shipping lumber to a market that takes a quarter of its value at the border.\u201d\n")
    found = extract(Source(id="s", path="s.txt", text=text))
    claimed = [sn.anchor.exact for sn in found if sn.kind == "claim"]
    assert not any(c.startswith(("We cannot keep", "It hasn")) for c in claimed)
    assert any("We cannot keep" in sn.anchor.exact for sn in found if sn.kind == "quote")
    assert any(c.startswith("The mill will drop") for c in claimed)


def test_a_sentence_says_what_happens_next_when_it_looks_ahead_not_when_it_names_a_past_month():
    from briefdeck.extract.claim_features import next_step
    assert next_step("Talks resume on Friday, and a vote is scheduled for June.")
    assert next_step("The new fare takes effect in April.")
    assert not next_step("In April, the province imposed a 25 per cent levy on ferry fuel.")
    assert not next_step("\u201cWe will appeal,\u201d she said of the ruling in March.")


def test_a_calls_running_order_is_not_a_claim_and_its_results_are():
    text = ("Tidewater Freight Q3 2026 Earnings Call\n\nOperator\nGood afternoon, ladies and gentlemen, and welcome "
            "to the Tidewater Freight third-quarter earnings call. All lines are currently muted. I would now like to "
            "turn the conference over to Dana Oyelaran, head of investor relations.\n\n"
            "Dana Oyelaran -- Head of Investor Relations\nThank you. Joining me are our chief executive and our "
            "chief financial officer. We will open the line for analyst questions after their remarks.\n\n"
            "Marek Lindahl -- Chief Financial Officer\nRevenue for the quarter was $412 million, down 4% from a year "
            "earlier, as cross-border loads fell. We cut 140 driver positions in September.\n")
    found = [c.text for c in _claims(text)]
    assert any(c.startswith("Revenue for the quarter was $412 million") for c in found)
    assert not any(w in c for c in found for w in ("ladies and gentlemen", "currently muted", "turn the conference",
                                                    "Joining me", "open the line"))


def test_a_markdown_headings_marks_are_not_part_of_its_claim():
    text = ("# Ferry fares\n\nThe harbour board froze ferry fares on Thursday for the third year running.\n\n"
            "### Islanders will pay the same $14 fare until 2028.\n\nThe board said fuel costs had eased.\n")
    found = [c.text for c in _claims(text)]
    assert "Islanders will pay the same $14 fare until 2028." in found and not any(c.startswith("#") for c in found)


@pytest.mark.parametrize("introduction", [
    "My guests are Ada Mbeki, a trade lawyer in Ottawa, and Tom Reyes, who runs a steel fabrication shop in Laval.",
    "I'm joined by Ada Mbeki, a trade lawyer in Ottawa, and Tom Reyes, who runs a steel fabrication shop in Laval.",
    "With me today are Ada Mbeki, a trade lawyer in Ottawa, and Tom Reyes, who runs a steel fabrication shop.",
])
def test_a_shows_introduction_of_its_guests_is_not_a_claim(introduction):
    text = (f"HOST: Welcome back to Trade Lines. {introduction}\n\n"
            "ADA MBEKI: Quota steel above 2024 volumes now pays a 25% surtax, and about 1,900 shop workers are on "
            "reduced hours.\n")
    found = [c.text for c in _claims(text)]
    assert not any("Ada Mbeki, a trade lawyer" in c for c in found)


def test_a_transcripts_speaker_label_is_not_part_of_the_claim_and_a_greeting_is_no_claim(tmp_path):
    path = tmp_path / "hearing.txt"
    path.write_text("Committee on Trade, evidence\n\nTHE CHAIR (Ms. Jo Roe-Lind): Good morning, everyone.\n\n"
                    "MR. ABEL DOE-OSEI: Thank you, Madam Chair. Our members shipped 412,000 tonnes of coil to Ohio last "
                    "year, and this year they will ship less than half of that.\n\n"
                    "THE CHAIR (Ms. Jo Roe-Lind): Why less than half?\n\n"
                    "MR. ABEL DOE-OSEI: Because the quota filled on October 3, five weeks sooner than in 2024.\n",
                    encoding="utf-8")
    found = [sn.anchor.exact for sn in extract_files([path], jobs=1).snippets if sn.kind == "claim"]
    assert "Because the quota filled on October 3, five weeks sooner than in 2024." in found
    assert not any(c.startswith(("MR.", "THE CHAIR")) or "Good morning" in c or "Thank you" in c for c in found)


def test_a_label_with_a_role_or_a_title_is_taken_off_and_a_guests_pleasantry_is_no_claim(tmp_path):
    path = tmp_path / "show.txt"
    path.write_text("Border Hour, episode 12\n\nPETRA LUND-AZIZ, HOST: Welcome back to Border Hour on a cold morning.\n\n"
                    "Colm Adeyemi-Roth -- Owner, Lakeshore Freight: Glad to be here with you this week.\n\n"
                    "PETRA LUND-AZIZ, HOST: Colm, Wren, thanks for coming in on such short notice today.\n\n"
                    "Colm Adeyemi-Roth -- Owner, Lakeshore Freight: Our trucks crossed at Lacolle 1,240 times in "
                    "October, down from 1,900 a year ago.\n",
                    encoding="utf-8")
    found = [sn.anchor.exact for sn in extract_files([path], jobs=1).snippets if sn.kind == "claim"]
    assert "Our trucks crossed at Lacolle 1,240 times in October, down from 1,900 a year ago." in found
    assert not any("Welcome back" in c or "Glad to be" in c or "thanks for coming" in c or "HOST" in c
                   or "Lakeshore Freight:" in c for c in found)


def test_a_label_in_accented_capitals_is_taken_off_the_claim():
    text = ("Hearing on the softwood reference, day two\n\n"
            "MR. TH\u00c9RIAULT-OKAFOR: In 2024, about 64 per cent of our lumber went to the United States, mostly "
            "to dealers in Maine and New Hampshire.\n\n"
            "THE CHAIR: Thank you. Next witness, please.\n\n"
            "MR. TH\u00c9RIAULT-OKAFOR: If the duty of 42 per cent becomes final in August, the mill will run two "
            "shifts instead of three.\n")
    found = [c.anchor.exact for c in _claims(text)]
    assert "In 2024, about 64 per cent of our lumber went to the United States, mostly to dealers in Maine and New " \
           "Hampshire." in found
    assert not any(c.startswith("MR.") for c in found)


def test_a_chat_exports_claims_start_after_each_messages_time_stamp_and_sender():
    text = ("[2025-11-19, 10:42:51] Dario Kapoor-Villeneuve: A 2022 crew cab with 61,000 km just went for $41,200 "
            "at the Milton sale.\n"
            "[2025-11-19, 10:46:02] +1 (905) 555-0142: Pennsylvania dealers now pay 25% on the whole truck when "
            "they buy in Canada.\n")
    found = [c.anchor.exact for c in _claims(text)]
    assert "A 2022 crew cab with 61,000 km just went for $41,200 at the Milton sale." in found
    assert "Pennsylvania dealers now pay 25% on the whole truck when they buy in Canada." in found
    assert not any(c.startswith("[") for c in found)


def test_an_interviewers_question_and_a_note_on_where_the_text_comes_from_are_no_claims():
    text = ("Transcript excerpt: a ferry operator on winter service\n\n"
            "Posted by Hollis Verbatim Services for subscribers: pages 12 to 14 of the transcript, reproduced as filed.\n\n"
            "Q: You have gone from 41 sailings a week to 29 since the duty on engine parts began.\n\n"
            "A: We have, and the two boats we parked need parts that now cost a third more from Ohio.\n\n"
            "Q: What would bring the sailings back?\n\n"
            "A: A remission on the engine parts, or a grant for the new boat the province promised in 2023.\n")
    found = [c.anchor.exact.lower() for c in _claims(text)]
    assert not any(c.startswith(("you have gone", "posted by", "q:")) for c in found)
    assert any(c.startswith("we have, and the two boats") for c in found)


def test_a_spoken_sentence_with_its_fillers_ranks_under_the_same_fact_written():
    from briefdeck.extract import claims
    spoken = "Westbound rates out of Halifax to Antwerp are, um, around US$1,100 a box."
    written = "Westbound rates out of Halifax to Antwerp are around US$1,100 a box."
    assert claims.quality(spoken) < claims.quality(written)
    assert claims.quality("The umbrella group said westbound rates out of Halifax rose by a fifth in May.") > 0.5
