"""`briefdeck draft` on the example sources reads like an analyst's first draft, and exports as such."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pptx import Presentation

from briefdeck.cli.main import main
from briefdeck.extract.deck_titles import clean_title
from briefdeck.extract.draft import _categories, _number_title
from briefdeck.spec import load_deck
from pptx_facts import shapes_text

EXAMPLE = Path(__file__).parent.parent / "examples" / "canada-auto" / "sources"
_FRAGMENT_END = {"of", "to", "from", "on", "in", "the", "a", "and", "than", "showed", "shows", "it"}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    work = tmp_path_factory.mktemp("draft")
    shutil.copytree(EXAMPLE, work / "sources")
    deck_file = work / "deck.yaml"
    assert main(["draft", str(work / "sources"), "-o", str(deck_file), "--no-cache"]) == 0
    assert main(["export", str(deck_file), "-q"]) == 0
    return load_deck(deck_file).deck, Presentation(str(deck_file.with_suffix(".pptx")))


def _drafted_deck(tmp_path: Path, name: str, text: str):
    """The deck `briefdeck draft` makes from one source holding ``text``."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    deck_file = tmp_path / "deck.yaml"
    assert main(["draft", str(source), "-o", str(deck_file), "--no-cache"]) == 0
    return load_deck(deck_file).deck


def _drafted_bullets(tmp_path: Path, name: str, text: str) -> list[str]:
    """The bullets `briefdeck draft` makes from one source holding ``text``."""
    deck = _drafted_deck(tmp_path, name, text)
    return [deck.snippets[i.snippet].anchor.exact for s in deck.slides if s.layout == "bullets"
            for i in s.slots["bullets"]]


def test_the_title_is_about_the_subject_and_the_subtitle_says_when(drafted):
    deck, _ = drafted
    assert not deck.title.startswith("Briefing")
    assert deck.title in {clean_title(s.title) for s in deck.sources.values()}
    assert not deck.title.lower().startswith(("where", "what", "why", "how", "by the numbers"))
    assert re.fullmatch(r"Drafted from 5 sources, \d+ \w{3} – \d+ \w{3} 2026", deck.subtitle)


def test_bullets_are_the_best_claims_of_each_source(drafted):
    deck, _ = drafted
    bullets = [deck.snippets[i.snippet] for s in deck.slides if s.layout == "bullets" for i in s.slots["bullets"]]
    assert len(bullets) >= 6
    for sn in bullets[:5]:                             # the first slide takes each source's best claim
        assert 7 <= len(sn.anchor.exact.split()) <= 32
        assert not sn.anchor.exact.startswith(("*", "Example source"))
    assert len({sn.source for sn in bullets[:4]}) == 4


def test_big_numbers_have_labels_a_person_would_write(drafted):
    deck, prs = drafted
    numbers = [s for s in deck.slides if s.layout == "big-number"]
    assert numbers
    for slide in numbers:
        label = slide.slots["label"].text
        sn = deck.snippets[slide.slots["figure"].snippet]
        assert label and label != sn.measure and len(label.split()) <= 8
        assert label.split()[-1].lower() not in _FRAGMENT_END
        assert slide.slots["title"].text and slide.slots["title"].text != "By the numbers"
    labels = [s.slots["label"].text for s in numbers]
    assert "Jobs lost in February 2026" in labels
    page = list(prs.slides)[deck.slides.index(numbers[0])]
    assert numbers[0].slots["label"].text in shapes_text(page)


def test_a_list_of_shares_becomes_a_native_chart_in_list_order(drafted):
    deck, prs = drafted
    (slide,) = [s for s in deck.slides if s.layout == "chart"]
    chart = slide.slots["chart"]
    assert chart.categories[:3] == ["United States", "European Union", "China"]
    assert [p.value for p in chart.series[0].points][:3] == [75, 6, 4]
    assert all(p.snippet for p in chart.series[0].points)          # every bar cites its figure
    assert slide.slots["title"].text == "Share of goods exports by destination"
    page = list(prs.slides)[deck.slides.index(slide)]
    (native,) = [sh.chart for sh in page.shapes if sh.has_chart]
    assert list(native.plots[0].categories) == chart.categories


def test_chart_categories_drop_the_words_every_bar_shares():
    cats, title = _categories(["Tariff on imported cars", "Tariff on imported steel", "Tariff on imported wine"])
    assert cats == ["Imported cars", "Imported steel", "Imported wine"] and title == "Tariff"
    assert _categories(["Canada", "Mexico", "Japan"]) == (["Canada", "Mexico", "Japan"], "")


def test_number_titles_are_the_head_of_the_label():
    assert _number_title("Jobs lost in February 2026") == "Jobs"
    assert _number_title("Share of Canada’s exports to the United States") == "Canada’s exports"
    assert _number_title("Tariff on vehicles imported from Canada") == "Tariff"
    assert _number_title("Rise in ferry fares") == "Ferry fares"
    assert _number_title("Worth of goods a day") == "Worth of goods"            # not "Worth"
    assert _number_title("Number of workers laid off in March") == "Number of workers"
    assert _number_title("Share of metal to Europe") == "Metal to Europe"      # not "Metal" alone
    assert _number_title("Share of shipments to European customers") == "Shipments to European customers"
    assert _number_title("Share of metal to Europe in 2024") == "Metal to Europe"
    assert _number_title("Share of exports to the United States") == "Exports to the United States"
    assert _number_title("Low-interest loans through the Business Development Bank") == "Low-interest loans"
    assert _number_title("U.S. tariff is beginning") == "U.S. tariff"          # never stopping on "the" or a verb
    assert _number_title("Toward a second rail connection") == "Second rail connection"   # never "Toward"
    assert _number_title("For the new berth at Fairview") == "New berth"


def test_a_short_source_gets_no_slide_with_a_single_bullet(tmp_path):
    deck = _drafted_deck(tmp_path, "ferry.txt", (
        "Ferry fares rise\n\nThe harbour board voted on Thursday to add two winter sailings to the island route, at a "
        "cost of \u00a32.4m a year.\n\nFares will rise by about a third, to \u00a34.80 a journey, the board said.\n\n"
        "Ms Lindqvist, who chairs the co-operative, was less sure.\n\n\u201cWe have heard this before,\u201d she said.\n"))
    assert all(len(s.slots["bullets"]) >= 2 for s in deck.slides if s.layout == "bullets")


def test_a_number_two_sources_state_is_one_bullet_the_one_that_says_more(drafted):
    deck, _ = drafted
    bullets = [deck.snippets[i.snippet].anchor.exact for s in deck.slides if s.layout == "bullets"
               for i in s.slots["bullets"]]
    with_jobs = [b for b in bullets if "125,000" in b]
    assert len(with_jobs) == 1 and "500,000" in with_jobs[0]


def test_a_rhetorical_lead_in_before_a_colon_is_no_key_point(drafted):
    deck, _ = drafted
    bullets = [deck.snippets[i.snippet].anchor.exact for s in deck.slides if s.layout == "bullets"
               for i in s.slots["bullets"]]
    assert not any(re.match(r"The \w+ is (?:straightforward|simple):", b) for b in bullets)


def test_no_bullet_opens_on_a_pronoun_that_leans_on_the_sentence_before(tmp_path):
    bullets = _drafted_bullets(tmp_path, "strike.txt", (
        "Care assistants strike at Ashby General\n\n"
        "More than 600 care assistants at Ashby General walked out on Tuesday at the start of a 48-hour strike.\n\n"
        "They want to be moved to a higher pay band, worth about \u00a32,400 a year, with back pay to 2018.\n\n"
        "The hospital trust has postponed 212 operations and rescheduled 1,450 appointments for the two days.\n\n"
        "The trust has offered back pay to 2022, a package it values at \u00a31.8m.\n\n"
        "Talks are due to resume at the conciliation service next week.\n"))
    assert bullets and not any(b.startswith("They ") for b in bullets)


def test_no_bullet_opens_on_a_word_that_answers_the_sentence_before(tmp_path):
    bullets = _drafted_bullets(tmp_path, "ferry.txt", (
        "Ferry fares frozen for a second year\n\n"
        "The harbour board froze ferry fares at $14 for adults on Thursday, the second freeze in two years.\n\n"
        "Islanders had asked for a cut to the fare, which rose 40% between 2019 and 2023.\n\n"
        "Instead, the board described the freeze as a bridge to the new vessel, which arrives in June 2027.\n\n"
        "The new vessel will carry 120 cars, twice as many as the ferry it replaces.\n\n"
        "However, the board's own figures show the route losing $2.1 million a year.\n\n"
        "The board will hold a public meeting on the timetable at the North Quay hall next month.\n\n"
        "Commuters from Skarv Island say the last sailing of the evening leaves too early for shift workers.\n"))
    assert bullets and not any(b.startswith(("Instead", "However")) for b in bullets)


def test_no_bullet_opens_on_the_company_or_a_bare_surname_that_only_its_own_story_explains(tmp_path):
    deck = _draft_one(tmp_path, "yard.txt",
        "Keelwright wins $3.1 billion frigate contract\n\n"
        "Keelwright Marine has signed a $3.1 billion contract to design and build three frigates for the navy.\n\n"
        "The company expects to employ about 1,200 people at its Halford yard at the program's peak.\n\n"
        "\u201cThis is the largest order in the yard's history,\u201d said Dana Morrow, Keelwright's chief executive.\n\n"
        "Morrow said steel cutting for the first hull would begin in the third quarter of 2026.\n\n"
        "The first ship is due to be handed over in late 2029, with two more following by 2032.\n\n"
        "The contract includes options for five more ships, worth up to $4.5 billion, to be decided by 2028.\n\n"
        "Defence officials said the new ships would replace frigates that have served for more than 30 years.\n")
    bullets = [deck.snippets[i.snippet].anchor.exact for s in deck.slides if s.layout == "bullets"
               for i in s.slots["bullets"]]
    assert bullets and not any(b.startswith(("The company", "Morrow said")) for b in bullets)
    assert any(b.startswith("The first ship is due") for b in bullets)


def _draft_one(tmp_path, name: str, text: str):
    """The deck `briefdeck draft` makes from one source file holding ``text``."""
    return _draft_many(tmp_path, {name: text})


def _draft_many(tmp_path, texts: dict[str, str]):
    """The deck `briefdeck draft` makes from a folder of source files (name: text)."""
    sources = tmp_path / "sources"
    sources.mkdir()
    for name, text in texts.items():
        (sources / name).write_text(text, encoding="utf-8")
    deck_file = tmp_path / "deck.yaml"
    assert main(["draft", str(sources), "-o", str(deck_file), "--no-cache"]) == 0
    return load_deck(deck_file).deck


def test_figures_that_share_words_but_measure_different_things_make_no_chart(tmp_path):
    deck = _draft_one(tmp_path, "smelter.txt",
        "Smelter ships less metal south\n\nShipments of aluminum to the U.S. fell 27% last year, the company "
        "said.\n\nSales fell as a 50% U.S. tariff on aluminum imports pushed buyers toward domestic metal.\n\n"
        "Canada supplied roughly 60% of U.S. primary aluminum imports last year, most of it from Quebec.\n\n"
        "The smelter employs 900 people in Alma.\n")
    assert not [s for s in deck.slides if s.layout == "chart"]


def test_figures_that_measure_one_thing_make_a_chart(tmp_path):
    deck = _draft_one(tmp_path, "duties.txt",
        "Ottawa sets new duties\n\nThe duty on imported steel will be 25% from May, the finance department said.\n\n"
        "The duty on imported aluminum will be 10% from the same date.\n\nThe duty on imported copper wire will "
        "be 15%, officials said.\n\nThe duties end in 2027 unless renewed.\n")
    (chart,) = [s for s in deck.slides if s.layout == "chart"]
    assert len(chart.slots["chart"].categories) == 3


def test_a_title_with_one_storys_number_a_tabloid_shout_or_a_columnists_we_gives_way_to_one_about_the_subject():
    from briefdeck.core import Source
    from briefdeck.extract.deck_titles import deck_title
    body = ("The ferry operator raises island fares again this spring as fuel costs climb. The operator blames "
            "fuel costs, and island ferry users say fares already take a week's wages. ")
    sources = [Source(id=f"s{i}", path=f"s{i}.txt", text=body * 3, title=title) for i, title in enumerate([
        "Ferry operator raises island fares 14% as fuel costs climb",
        "FERRY FURY: operator raises island fares as fuel costs climb",
        "Island ferry fares climb again this spring"])]
    assert deck_title(sources, None) == "Island ferry fares climb again this spring"
    sources[0].title = "Our island ferry fares climb again as fuel costs climb"   # a column's voice
    assert deck_title(sources, None) == "Island ferry fares climb again this spring"


def test_the_title_is_the_headline_the_other_sources_back_not_one_storys_or_a_columns_name():
    from briefdeck.core import Source
    from briefdeck.extract.deck_titles import deck_title
    shared = "Island ferry fares climb as fuel costs rise. "
    night = "Deckhands on the night crossing said the galley closed early and the terminal queue grew long. "
    council = "Councillors asked the operator for a schedule that suits shift workers at the hospital. "
    summer = "Tourism owners on the north shore counted fewer day visitors in August than in July. "
    stories = [("Harwick Marine idles Port Sella repair yard",       # one story's firm and town, said again and again
                "Harwick Marine will idle its Port Sella repair yard, Harwick said. " * 3 + shared),
               ("Island riders cut trips as ferry fares and fuel costs climb", shared + night + council),
               ("Dock workers wait for word on the new winter schedule", shared + council + summer),
               ("Island ferry fares climb", shared + summer + night),    # a column's name, every word shared
               ("Tourism operators count the cost of a slow summer", shared + summer + night)]
    sources = [Source(id=f"s{i}", path=f"s{i}.txt", text=text, title=title)
               for i, (title, text) in enumerate(stories)]
    assert deck_title(sources, None) == "Island riders cut trips as ferry fares and fuel costs climb"


def test_no_big_number_is_one_persons_share_of_what_he_earned(tmp_path):
    deck = _draft_one(tmp_path, "foodbank.txt",
        "Food bank visits climb as plant idles\n\nThe Harbour food bank recorded 2,850 household visits in "
        "September, up 31 per cent from a year earlier, its director said.\n\nTomas Reid, a father of three, said "
        "his employment insurance covers about 55 per cent of what he earned on the line.\n\nThe plant employs "
        "about 3,400 hourly workers across three shifts, according to the union.\n")
    titles = [s.slots["title"].text for s in deck.slides if s.layout == "big-number"]
    assert titles and not any(re.search(r"\b(?:he|his|she|her)\b", t, re.I) for t in titles)
    labels = [s.slots["label"].text for s in deck.slides if s.layout == "big-number"]
    assert not any("earned" in label for label in labels)


def test_how_a_poll_was_done_is_no_bullet(tmp_path):
    bullets = _drafted_bullets(tmp_path, "poll.txt", (
        "Shoppers plan to spend less this winter, survey finds\n\n"
        "Holiday shoppers expect to spend an average of $1,140 this season, down 6 per cent from last year, a survey "
        "released on Tuesday found.\n\n"
        "Nearly half of respondents, 47 per cent, said they would cut back on gifts because of grocery prices.\n\n"
        "Online spending is expected to rise 4 per cent while store visits fall, the retail alliance said.\n\n"
        "The survey of 2,100 adults was conducted online Oct. 1-8 and has a margin of error of plus or minus 2.1 "
        "percentage points.\n\n"
        "Retailers have cut orders for the season by about 8 per cent, the alliance's chief economist said.\n"))
    assert bullets and not any("margin of error" in b for b in bullets)


def test_one_number_two_sources_state_in_other_words_is_one_big_number(tmp_path):
    deck = _draft_many(tmp_path, {
        "mill.txt": "Mill idles as tariff bites\n\nSAULT STE. MARIE, Ont. -- A wire mill will idle for at least eight "
                    "weeks starting March 3, putting 340 workers on temporary layoff as a 50 percent U.S. tariff on "
                    "Canadian steel prices the company out of its largest market, the company said Tuesday.\n\nThe "
                    "mill makes rod and wire for fencing and for car parts.\n\nThe union said it would meet the "
                    "company next week.\n",
        "certified.txt": "Steel maker wins auto certification\n\nA Sault Ste. Marie steel maker won certification to "
                         "supply auto parts makers as a 50 per cent U.S. tariff chokes off sales south of the border."
                         "\n\nThe mill will ship automotive grades from its hot strip mill starting in the spring.\n"})
    shown = [deck.snippets[s.slots["figure"].snippet].value for s in deck.slides if s.layout == "big-number"]
    assert shown.count(50) == 1, shown


def test_a_calls_opening_pleasantries_are_not_a_quote_slide(tmp_path):
    deck = _drafted_deck(tmp_path, "call.txt", (
        "Harbourline Ferries Q3 2025 Earnings Call\n\nOperator\nGood morning, and welcome to the call.\n\n"
        "Vera Lindqvist -- Vice President, Investor Relations\nThanks, operator. Good morning to everyone on the line. "
        "Joining me are our chief executive and our chief financial officer. Our comments today include "
        "forward-looking information, and I would refer you to the risk factors in our filings.\n\n"
        "Élise Moreau -- President and Chief Executive Officer\nThank you, Vera. We carried 1.2 million passengers "
        "in the quarter, up 9% from a year ago, and both new boats are in service.\n\n"
        "Fuel was the one cost that moved against us, and we have hedged about 70% of next year.\n\n"
        "Dan Price -- Chief Financial Officer\nRevenue was $84 million, and we expect capital spending of about "
        "$40 million next year as we refit the older boats.\n\nOperator\nOur first question comes from Jo Roe with "
        "Tidewater Securities.\n\nJo Roe -- Tidewater Securities -- Analyst\nCan you say more about the fuel "
        "hedges?\n\nÉlise Moreau -- President and Chief Executive Officer\nWe have hedged about 70% of next year's "
        "fuel at prices close to this year's average, so the exposure is small.\n"))
    quoted = [deck.snippets[s.slots["quote"].snippet].anchor.exact for s in deck.slides if s.layout == "quote"]
    assert quoted and not any(q.startswith("Thanks, operator") for q in quoted)


def test_a_ministers_answer_that_opens_on_thanks_is_not_a_quote_slide(tmp_path):
    deck = _drafted_deck(tmp_path, "hansard.txt", (
        "ORAL QUESTIONS\n\nFERRY FARES\n\nP. Lindgren (Leader of the Third Party): Mr. Speaker, island families pay "
        "forty dollars more a crossing than they did in May. When will the minister freeze the fares?\n\n"
        "Hon. M. Abernethy (Minister of Transportation): I thank the member for the question, and I want to start by "
        "saying that every family on that island matters to this government and to every member of this House.\n\n"
        "The fares follow a formula set by the ferry authority, and this year it added a fuel charge of eleven per "
        "cent.\n\nP. Lindgren (Leader of the Third Party): A formula did not choose to raise the fares by forty "
        "dollars, Mr. Speaker.\n\nHon. M. Abernethy: We have asked the authority to review the fuel charge before "
        "the spring schedule, and I expect its answer within sixty days.\n"))
    quoted = [deck.snippets[s.slots["quote"].snippet].anchor.exact for s in deck.slides if s.layout == "quote"]
    assert quoted and not any(q.startswith("I thank") for q in quoted), quoted


def test_a_drafted_quote_slide_is_a_statement_not_a_question_or_a_hosts_long_introduction(tmp_path):
    intro = ("Good evening. Ferry fares on the island route rise again in April, the third rise in four years, and "
             "for people who cross twice a day for work that now means more than their lunch and their fuel put "
             "together. With me are the chair of the ferry users' group and the operator's head of planning, and "
             "the lines are open for your calls. Tomas, is this rise fair?")
    deck = _drafted_deck(tmp_path, "radio.md", (
        "# Ferry fares on the line\n\nMarisol Okafor-Banks -- Presenter\n\n" + intro + "\n\n"
        "Tomas Lindgren-Oyelaran -- Chair, Island Ferry Users\n\nNo. We pay more every year, and the boats are "
        "older every year.\n\nMarisol Okafor-Banks -- Presenter\n\nAnd the operator says what, Tomas?\n\n"
        "Tomas Lindgren-Oyelaran -- Chair, Island Ferry Users\n\nThe operator says fuel. Fuel went up a tenth and "
        "the fare went up a third.\n\nMarisol Okafor-Banks -- Presenter\n\nWhat would you ask the minister, then?\n"))
    quoted = [deck.snippets[s.slots["quote"].snippet].anchor.exact for s in deck.slides if s.layout == "quote"]
    assert quoted and all(not q.rstrip("\u201d\"").endswith("?") and len(q.split()) <= 60 for q in quoted), quoted


def test_a_big_numbers_label_after_a_bold_lead_in_has_no_markup(tmp_path):
    deck = _drafted_deck(tmp_path, "rents.md", (
        "# Rent rules in four cities\n\n**Halifax:** The province's rent cap falls to 3.4% in 2026, from 5%.\n\n"
        "**Moncton:** The province set no cap, and average rents rose 11% last year.\n\n"
        "Tenant groups in both cities say the rules still leave renters exposed when a lease ends.\n"))
    texts = [str(item.text) for s in deck.slides for item in s.slots.values()
             if getattr(item, "text", None) is not None]
    assert texts and not any("*" in t for t in texts), texts


def test_no_bullet_opens_on_the_same_period_of_the_sentence_before(tmp_path):
    bullets = _drafted_bullets(tmp_path, "whisky.txt", (
        "Whisky exports to Canada climb\n\n"
        "Whisky exports to Canada rose 31 per cent in the first half of the year to \u00a3212 million, the distillers' "
        "association said on Thursday.\n\n"
        "Over the same period, exports to the US, the largest market for whisky, fell 9 per cent to \u00a3438 million.\n\n"
        "At the same time, shipments to India grew 14 per cent to \u00a3120 million after a tariff cut.\n\n"
        "Distillers have shifted sales staff from New York to Toronto and Montreal since March.\n\n"
        "The association expects the Canadian market to be worth \u00a3400 million by the end of the year.\n"))
    assert bullets and not any(b.startswith(("Over the same period", "At the same time")) for b in bullets)


def test_no_bullet_opens_on_the_office_or_ministry_that_only_its_own_story_names(tmp_path):
    bullets = _drafted_bullets(tmp_path, "mills.txt", (
        "Quebec steps in for mills hit by US duties\n\n"
        "Quebec's economy ministry will lend $210 million to sawmills hit by US duties, the province said on Monday.\n\n"
        "The office said 14 sawmills and planers had received a combined $212 million in loans since April.\n\n"
        "The ministry estimates that 3,400 mill jobs depend on exports to the United States.\n\n"
        "Mill owners in the Saguenay said the loans would keep 1,100 workers on the payroll through the winter.\n\n"
        "US duties on Canadian softwood lumber rose to 35% in August, up from 14% a year earlier.\n"))
    assert bullets and not any(b.startswith(("The office", "The ministry")) for b in bullets)


def test_no_bullet_opens_on_of_those_or_a_scene_or_an_unnamed_department_nor_tells_one_persons_story(tmp_path):
    bullets = _drafted_bullets(tmp_path, "ferries.txt", (
        "Island ferry cancellations double\n\n"
        "The island ferry cancelled 212 sailings between October and December, up from 104 a year earlier, the "
        "operator said on Tuesday.\n\n"
        "Of those, 61 were called off for want of a licensed engineer, meaning the boat could not leave the dock.\n\n"
        "One of the people the cancellations affect is Marta Quill-Ferreira, 67, a retired teacher who has crossed "
        "to the mainland for dialysis since 2021.\n\n"
        "The operator plans to hire six engineers before the spring timetable starts in April.\n\n"
        "The province has set aside $4 million to train engineers at the marine college in Pictou.\n\n"
        "Islanders have asked the operator to publish a weekly list of the sailings it expects to cancel.\n\n"
        "The union representing the crews says the shortage will last until the college's first class graduates.\n\n"
        "Freight companies have started booking space on the mainland ferry from Caribou instead.\n\n"
        "On a recent morning it had nine trucks waiting in its lane, from fuel tankers to a mobile clinic.\n\n"
        "In a written response, the department said it had approved two temporary engineers from Newfoundland "
        "since October.\n"))
    assert bullets and not any(b.startswith(("Of those", "On a recent morning", "In a written response"))
                               or "Quill-Ferreira, 67," in b for b in bullets), bullets


def test_no_bullet_measures_against_the_sentence_before_it(tmp_path):
    bullets = _drafted_bullets(tmp_path, "claims.txt", (
        "Jobless claims climb in Ontario's auto towns\n\n"
        "The number of people drawing regular benefits in Ontario rose to 198,400 in August, up 15% from a year "
        "earlier, according to the statistics agency.\n\n"
        "In the Windsor area the count climbed 29% over the same period, and in Brantford it rose 22%.\n\n"
        "The total is up from 171,000 a year before, the agency said.\n\n"
        "The province will open four job centres in Windsor, Oshawa, Brantford and St. Catharines next month.\n\n"
        "The federal government extended work-sharing agreements to 76 weeks from 38 weeks in September.\n\n"
        "Parts makers in the Windsor area have cut about 2,900 jobs since March, an industry group estimates.\n\n"
        "The union at the Brantford axle plant will vote on a strike mandate on Sunday.\n"))
    assert bullets and not any("over the same period" in b or b.startswith("The total") for b in bullets), bullets


def test_someones_own_we_and_our_is_no_bullet_nor_big_number_and_bars_sharing_a_rise_are_titled_by_it(tmp_path):
    podcast = ("Dockside episode 41: the cider question\n\n"
               "HOST: Welcome back. With me is Ada Okafor-Lindqvist, who makes cider in Kelowna.\n\n"
               "ADA OKAFOR-LINDQVIST: We sold about 4,200 cases through the liquor board last year, and this year we "
               "will be close to 7,000 cases.\n\n"
               "HOST: And the United States?\n\n"
               "OKAFOR-LINDQVIST: The United States was close to a fifth of our business until the spring, and it "
               "was the part that grew every single year.\n")
    report = ("Cider sales climb as U.S. products stay off shelves\n\n"
              "The provincial liquor board reported a 9% rise in sales of Okanagan cider in the second quarter.\n\n"
              "It also reported a 14% rise in sales of British Columbia wine over the same months.\n\n"
              "Brewers saw a 23% rise in sales of craft beer brewed in the province, the board said.\n\n"
              "The board has kept American products off its 198 store shelves since March 4, it said in a "
              "statement on Monday.\n\n"
              "Cideries in the Okanagan Valley employ about 1,300 people in the harvest season, the growers' "
              "association estimates.\n")
    deck = _draft_many(tmp_path, {"podcast.txt": podcast, "report.txt": report})
    first_person = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")
    bullets = [deck.snippets[i.snippet].anchor.exact for s in deck.slides if s.layout == "bullets"
               for i in s.slots["bullets"]]
    assert bullets and not any(first_person.search(b) for b in bullets)
    for slide in (s for s in deck.slides if s.layout == "big-number"):
        assert not first_person.search(slide.slots["label"].text)
        assert "fifth" not in deck.snippets[slide.slots["figure"].snippet].anchor.exact
    (chart,) = [s for s in deck.slides if s.layout == "chart"]
    assert chart.slots["title"].text == "Rise in sales"


def test_one_number_two_sources_title_alike_is_one_fact_and_a_pronoun_after_an_opener_is_no_bullet(tmp_path):
    from briefdeck.core import Source
    from briefdeck.extract import extract
    from briefdeck.extract.draft import _LEANS_BACK, _one_fact
    one = "China put a 25% tariff on Canadian fish and seafood on March 20."
    two = "Beijing's 25% tariff on Canadian seafood has cut live shipments to Shanghai by more than half."
    (a,) = [f for f in extract(Source(id="one", path="one.txt", text=one)) if f.kind == "figure" and f.value == 25]
    (b,) = [f for f in extract(Source(id="two", path="two.txt", text=two)) if f.kind == "figure" and f.value == 25]
    assert _one_fact(a, "Tariff on Canadian fish", b, "Tariff on Canadian seafood")     # (not linked as reported
    assert not _one_fact(a, "Tariff on Canadian fish", b, "Share of shipments lost")    # by each other's source)
    assert _one_fact(a, "Washington’s duty on Canadian maple products", b, "Tariff on Canadian maple syrup")
    assert _one_fact(a, "Washington’s duty on the non-U.S. content of imported parts", b,
                     "Duty only on the share of value")                 # two levies of one rate: one big number
    assert _LEANS_BACK.match("In Kettleness, they are expected to lose about $41 million over two seasons.")
    assert not _LEANS_BACK.match("In Kettleness, harvesters expect to lose about $41 million over two seasons.")


def test_a_press_conference_transcript_gives_no_running_order_quote_nor_a_reporters_you_nor_a_second_as_bullets(
        tmp_path):
    presser = ("TRANSCRIPT: News conference on ferry fares and fuel\nHarbour Hall, Room 4\n\n"
               "[Transcript prepared by the Island Government Press Office. Edited lightly for clarity.]\n\n"
               "MODERATOR: Good morning, everyone. The minister will make a brief statement, and then we'll take "
               "questions. Please identify yourself and your outlet.\n\n"
               "MINISTER ADA OKAFOR-LIND: Thank you. Ferry fares on the island route will rise 6% in April, the "
               "third rise in four years, because fuel now costs the service $41 million a year.\n\n"
               "Second, the province will cover half of the fuel surcharge for commuters who hold a monthly pass.\n\n"
               "REPORTER: Minister, you said fuel costs $41 million a year, up from $29 million in 2023.\n\n"
               "OKAFOR-LIND: That is right. The island route carried 2.1 million passengers last year, up 4% from "
               "2023, and the province will buy two hybrid boats by 2028.\n\n"
               "REPORTER: And the crews?\n\n"
               "OKAFOR-LIND: The ferry union agreed in June to a three-year contract that adds 40 deckhands before "
               "the summer season.\n")
    deck = _drafted_deck(tmp_path, "presser.txt", presser)
    assert not deck.title.lower().startswith("transcript")
    quoted = [deck.snippets[s.slots["quote"].snippet].anchor.exact for s in deck.slides if s.layout == "quote"]
    assert not any("take questions" in q or "identify yourself" in q for q in quoted)
    bullets = [deck.snippets[i.snippet].anchor.exact for s in deck.slides if s.layout == "bullets"
               for i in s.slots["bullets"]]
    assert bullets and not any(b.startswith(("Second,", "Minister, you", "[Transcript")) for b in bullets)
    assert any("40 deckhands" in b for b in bullets)
