"""Extraction: figures parse to value and unit, quotes find their speaker, claims are scored sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefdeck.core import Source
from briefdeck.extract import ExtractCache, extract, extract_files
from briefdeck.extract import corroborate
from briefdeck.extract import figures as fig
from briefdeck.extract import measures
from briefdeck.extract import quotes
from briefdeck.extract.sentences import split

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def only(found, text):
    return [(text[f.start:f.end], f.value, f.unit, f.quantity) for f in found]


def test_a_bare_number_after_a_count_that_a_change_starts_from_counts_the_same_thing():
    phrase = "The round will take the team from 38 people to about 75 and pay for an office in Hsinchu."
    found = [(phrase[f.start:f.end], f.value, f.unit) for f in fig.find(phrase)]
    assert found == [("38 people", 38, "people"), ("about 75", 75, "people")]


@pytest.mark.parametrize("phrase,expected", [
    ("a 25% duty on steel", ("25%", 25, "percent", "percent")),
    ("fares rose 12 per cent", ("12 per cent", 12, "percent", "percent")),
    ("fares rose nine per cent", ("nine per cent", 9, "percent", "percent")),
    ("the small-business rate falls to one per cent", ("one per cent", 1, "percent", "percent")),
    ("sales fell twenty-five percent", ("twenty-five percent", 25, "percent", "percent")),
    ("waits reached 2 hours 25 minutes", ("2 hours 25 minutes", 2.42, "hours", "duration")),
    ("response times rose to 11 minutes 40 seconds", ("11 minutes 40 seconds", 11.67, "minutes", "duration")),
    ("average dwell was 2 h 35 min in the lot", ("2 h 35 min", 2.58, "hours", "duration")),
    ("the shuttle takes 25 mins each way", ("25 mins", 25, "minutes", "duration")),
    ("a tax of R236 per tonne of carbon", ("R236 per tonne", 236, "ZAR per tonne", "money")),
    ("up 2.5 percentage points", ("2.5 percentage points", 2.5, "percentage points", "percent")),
    ("a $4.2 billion order", ("$4.2 billion", 4.2, "$ billion", "money")),
    ("worth C$300 million", ("C$300 million", 300, "CAD million", "money")),
    ("€12m for the quay", ("€12m", 12, "EUR million", "money")),
    ("paid 40 dollars", ("40 dollars", 40, "$", "money")),
    ("it employs 51,000 workers", ("51,000 workers", 51000, "workers", "count")),
    ("1.3 million vehicles a year", ("1.3 million vehicles a year", 1.3, "million vehicles per year", "count")),
    ("three-quarters of exports", ("three-quarters", 75, "percent", "percent")),
    ("about two-thirds of revenue", ("about two-thirds", 66.7, "percent", "percent")),
    ("roughly four-fifths of their output", ("roughly four-fifths", 80, "percent", "percent")),
    ("one in five residents", ("one in five residents", 20, "percent", "percent")),
    ("hundreds of thousands of jobs", ("hundreds of thousands of jobs", None, "jobs", "count")),
    ("for 30 years now", ("30 years", 30, "years", "duration")),
    ("for thirty years now", ("thirty years", 30, "years", "duration")),
    ("over half a century ago", ("half a century", 50, "years", "duration")),
    ("opened in 2024 to fanfare", ("2024", 2024, "year", "date")),
    ("drivers spend $0.41 per kilometre on fuel", ("$0.41 per kilometre", 0.41, "$ per kilometre", "money")),
    ("a C$95-an-hour locum", ("C$95-an-hour", 95, "CAD per hour", "money")),
    ("evacuees get $30 per person per day for food", ("$30 per person per day", 30, "$ per person per day", "money")),
    ("net profit rose to T$18.42 billion", ("T$18.42 billion", 18.42, "TWD billion", "money")),
    ("roughly 14.6 billion kroner for ships", ("roughly 14.6 billion kroner", 14.6, "kroner billion", "money")),
    ("| Orlando | \u221211% |", ("\u221211%", -11, "percent", "percent")),
    ("it spent BDS$6.5 million on ads", ("BDS$6.5 million", 6.5, "BBD million", "money")),
    ("net income was \u2212$4.2 million", ("\u2212$4.2 million", -4.2, "$ million", "money")),
    ("the index fell (-2.5%) in May", ("-2.5%", -2.5, "percent", "percent")),
    ("| Lyon | +9% |", ("+9%", 9, "percent", "percent")),
    ("the standing charge rises to 54.75p a day, from", ("54.75p a day", 54.75, "pence per day", "money")),
    ("a unit rate of 26.35p per kilowatt hour.", ("26.35p per kilowatt hour", 26.35, "pence per kilowatt hour", "money")),
    ("the yards employ about 75,000 production workers", ("about 75,000 production workers", 75000, "workers",
                                                          "count")),
    ("the mill has 1,150 production staff", ("1,150 production staff", 1150, "staff", "count")),
    ("it had about 3,800 tradespeople on site", ("about 3,800 tradespeople", 3800, "tradespeople", "count")),
    ("restarting a 212-unit building", ("212-unit", 212, "unit", "count")),
    ("milk paid 46 cent per litre in May", ("46 cent per litre", 46, "cents per litre", "money")),
    ("a merger worth 5.2 billion euro for the two", ("5.2 billion euro", 5.2, "EUR billion", "money")),
    ("it polled 1,031 randomly selected voters", ("1,031 randomly selected voters", 1031, "voters", "count")),
    ("the river rose 34 centimetres overnight", ("34 centimetres", 34, "centimetres", "count")),
    ("dealers ended October with 71 days\u2019 supply of cars", ("71 days\u2019 supply", 71, "days' supply", "duration")),
    ("the gates now open 20 hours a day, up from", ("20 hours a day", 20, "hours a day", "duration")),
    ("it stops punishing the 700-odd small shops that", ("700-odd small shops", 700, "shops", "count")),
    ("Doe Haulage, a 45-truck carrier in Windsor,", ("45-truck", 45, "truck", "count")),
    ("crews work four days per week until", ("four days per week", 4, "days a week", "duration")),
    ("Eleven of the 38 apprentices are women", ("Eleven of the 38 apprentices", 11, "of 38 apprentices", "count")),
    ("women hold nine of the plant\u2019s 24 supervisor jobs", ("nine of the plant\u2019s 24 supervisor jobs", 9,
                                                             "of 24 jobs", "count")),
    ("the mill shipped 12.4 million m\u00b3 of lumber", ("12.4 million m\u00b3", 12.4, "million cubic metres", "count")),
    ("a fine of 90 million forints", ("90 million forints", 90, "HUF million", "money")),
    ("the river peaked at 9,800 cubic feet per second", ("9,800 cubic feet per second", 9800, "cubic feet per second",
                                                          "count")),
    ("it shipped 7.8 billion cubic metres of gas", ("7.8 billion cubic metres", 7.8, "billion cubic metres", "count")),
    ("all but about 6,800 of the more than 41,000 customers", ("about 6,800 of the more than 41,000 customers", 6800,
                                                               "of 41,000 customers", "count")),
    ("the loonie traded at 72.4 U.S. cents", ("72.4 U.S. cents", 72.4, "cents", "money")),
    ("1 in 4 riders", ("1 in 4 riders", 25, "percent", "percent")),
    ("roughly nine in 10 of them", ("roughly nine in 10", 90, "percent", "percent")),
    ("shares rose to 1,482p by noon", ("1,482p", 1482, "pence", "money")),
    ("the rule takes effect on Oct. 1 province-wide", ("Oct. 1", None, "date", "date")),
    ("signed on March 3, 2025 by the board", ("March 3, 2025", 2025, "date", "date")),
    ("empty since September 2021 after the fire", ("September 2021", 2021, "date", "date")),
    ("the vote is on 14 March.", ("14 March", None, "date", "date")),
    ("crab fetched $5.30 a pound \u2014 before costs", ("$5.30 a pound", 5.3, "$ per pound", "money")),
    ("it paid $500 a year ago", ("$500", 500, "$", "money")),
    ("a cut of 25 basis points", ("25 basis points", 25, "basis points", "percent")),
    ("stores fell by about a third", ("about a third", 33.3, "percent", "percent")),
    ("earnings of $4.35 to $4.50 a share", ("$4.35 to $4.50 a share", None, "$ per share", "money")),
    ("a decline of 2% to 3%, from flat", ("2% to 3%", None, "percent", "percent")),
    ("Premier defends $A4.2 billion plan", ("$A4.2 billion", 4.2, "AUD billion", "money")),
    ("a \u20b91,450-crore metro line", ("\u20b91,450-crore", 1450, "INR crore", "money")),
    ("a package of Rs 5 lakh for each family", ("Rs 5 lakh", 5, "INR lakh", "money")),
    ("a 25-per-cent levy on imported cars", ("25-per-cent", 25, "percent", "percent")),
    ("the fare rises by 40p in May", ("40p", 40, "pence", "money")),
    ("grants of up to $12,000 a year of tuition", ("up to $12,000 a year", 12000, "$ per year", "money")),
    ("from a 9,500-square-foot hall", ("9,500-square-foot", 9500, "square foot", "count")),
    ("a 52-page audit landed", ("52-page", 52, "page", "count")),
    ("she keeps 340 head of sheep", ("340 head", 340, "head", "count")),
    ("it found 77 U.S. plants idle", ("77 U.S. plants", 77, "plants", "count")),
    ("winds of 70 km/h overnight", ("70 km/h", 70, "km/h", "count")),
    ("losses of between 4,000 and 6,000 jobs", ("between 4,000 and 6,000 jobs", None, "jobs", "count")),
    ("a drop of between 3 and 5 per cent", ("between 3 and 5 per cent", None, "percent", "percent")),
    ("gusts of 60 to 80 km/h", ("60 to 80 km/h", None, "km/h", "count")),
    ("passed by 12 votes to 9 after midnight", ("12 votes to 9", None, "votes", "count")),
    ("the keeper stopped 31 of 33 shots", ("31 of 33 shots", 31, "of 33 shots", "count")),
    ("the party took 19 of the 27 seats", ("19 of the 27 seats", 19, "of 27 seats", "count")),
    ("canola fetched $610 a tonne delivered to the port", ("$610 a tonne", 610, "$ per tonne", "money")),
    ("yields of 2.1 tonnes a hectare this year", ("2.1 tonnes a hectare", 2.1, "tonnes per hectare", "count")),
    ("a rate of 18 cases per 100,000 residents", ("18 cases per 100,000 residents", 18,
                                                  "cases per 100,000 residents", "count")),
    ("the filter cleans 25 litres of water an hour", ("25 litres of water an hour", 25, "litres per hour", "count")),
    ("the board will add four bus routes in May", ("four bus routes", 4, "routes", "count")),
    ("symptoms appear 7 to 21 days later", ("7 to 21 days", None, "days", "duration")),
    ("about 640,000 Canadians live there", ("about 640,000 Canadians", 640000, "Canadians", "count")),
    ("raises of 4 per cent a year", ("4 per cent a year", 4, "percent", "percent")),
    # a hedge is part of the figure: the slide must not state a number the source did not
    ("the line was down for nearly six hours", ("nearly six hours", 6, "hours", "duration")),
    ("more than 30 people were in the park", ("more than 30 people", 30, "people", "count")),
    ("Almost 40 percent of voters stayed home", ("Almost 40 percent", 40, "percent", "percent")),
    ("a tax on firms with fewer than 50 staff", ("fewer than 50 staff", 50, "staff", "count")),
    ("the payments are spread over 10 years", ("10 years", 10, "years", "duration")),
    ("it sold over 2,000 units", ("over 2,000 units", 2000, "units", "count")),
    ("the shares add up to 100% in all", ("100%", 100, "percent", "percent")),      # a verb's "up to"
    ("a 1 in 40,000 chance of a strike", ("1 in 40,000", 0.0025, "percent", "percent")),
    ("the bill passed by 41 votes to seven", ("41 votes to seven", None, "votes", "count")),
    ("she named two or three things to fix", ("two or three things", None, "things", "count")),
    ("a poll of 900 New Yorkers found", ("900 New Yorkers", 900, "New Yorkers", "count")),
    ("the flood drowned 2,100 cattle overnight", ("2,100 cattle", 2100, "cattle", "count")),
    ("it funds 35 additional police officers", ("35 additional police officers", 35, "officers", "count")),
    ("a high of 34 degrees Celsius on Friday", ("34 degrees Celsius", 34, "degrees Celsius", "count")),
    ("it glows at 1,900 kelvin at dusk", ("1,900 kelvin", 1900, "kelvin", "count")),
    ("the show hangs 140 saris and quilts", ("140 saris", 140, "saris", "count")),
    ("nickel hit $16,420 a metric ton on Friday", ("$16,420 a metric ton", 16420, "$ per metric ton", "money")),
    ("hauling costs $1,900 per trailer each month", ("$1,900 per trailer", 1900, "$ per trailer", "money")),
    ("repairs will cost between $40 million and $65 million.", ("between $40 million and $65 million", None,
                                                               "$ million", "money")),
    ("Forty-two patients were admitted overnight", ("Forty-two patients", 42, "patients", "count")),
    ("the band played to a crowd of 18,250 on Friday", ("18,250", 18250, "crowd", "count")),
    ("the mill closed in a village of about 2,100 last year", ("about 2,100", 2100, "village", "count")),
    ("the gauge recorded 412mm over the month", ("412mm", 412, "millimetres", "count")),
    ("nights ran 2.4C above the norm", ("2.4C", 2.4, "degrees Celsius", "count")),
    ("the herd was 2,140 head at the spring sale", ("2,140 head", 2140, "head", "count")),
    ("officials confirmed 9 more measles cases", ("9 more measles cases", 9, "cases", "count")),
    ("the mill cut 120 million board feet of output", ("120 million board feet", 120, "million feet", "count")),
    ("power cleared at \u00a371.20 per megawatt hour on Friday", ("\u00a371.20 per megawatt hour", 71.2,
                                                                 "GBP per megawatt hour", "money")),
    ("a veto on the 11-member council", ("11-member", 11, "member", "count")),
    ("the number of ferry crossings rose to 1,240", ("1,240", 1240, "crossings", "count")),
    # thousands set apart by a space, rand, attached scales, prices per unit after a slash
    ("the strike idled 4 700 dock workers", ("4 700 dock workers", 4700, "workers", "count")),
    ("breakdowns took out 15 300MW by evening", ("15 300MW", 15300, "megawatts", "count")),
    ("the outage cost R3.1 billion a day", ("R3.1 billion a day", 3.1, "ZAR billion per day", "money")),
    ("a spaza owner lost R2 400 in stock", ("R2 400", 2400, "ZAR", "money")),
    ("the levy raises R8.9bn a year", ("R8.9bn a year", 8.9, "ZAR billion per year", "money")),
    ("funds hold \u00a32.3tn of assets", ("\u00a32.3tn", 2.3, "GBP trillion", "money")),
    ("stocks fell to 61.4mn barrels", ("61.4mn barrels", 61.4, "million barrels", "count")),
    ("power averaged \u20ac71/MWh last month", ("\u20ac71/MWh", 71, "EUR per MWh", "money")),
    ("diesel rose 7.5\u00a2/USG on the day", ("7.5\u00a2/USG", 7.5, "cents per USG", "money")),
    ("the line will store 48GWh of power", ("48GWh", 48, "gigawatt hours", "count")),
    # ringgit, pesos, lakh grouping and lakh crore
    ("fines reach RM12,000 per offence", ("RM12,000 per offence", 12000, "MYR per offence", "money")),
    ("the operator will invest P15.3 billion", ("P15.3 billion", 15.3, "PHP billion", "money")),
    ("it sold 3,14,208 scooters in May", ("3,14,208 scooters", 314208, "scooters", "count")),
    ("deposits reached \u20b92.16 lakh crore", ("\u20b92.16 lakh crore", 2.16, "INR lakh crore", "money")),
    # the Gulf, Egypt, Turkey, Ghana, Kenya, Brazil: signs and letters written onto the sum, codes, names after it
    ("the fund paid Dh6.2bn for the stake", ("Dh6.2bn", 6.2, "AED billion", "money")),
    ("the cargo cost LE6 billion", ("LE6 billion", 6, "EGP billion", "money")),
    ("growers will get GH\u00a254,150 a tonne", ("GH\u00a254,150 a tonne", 54150, "GHS per tonne", "money")),
    ("the operator will invest TL 18.4 billion", ("TL 18.4 billion", 18.4, "TRY billion", "money")),
    ("a sack fetched R$118 this week", ("R$118", 118, "BRL", "money")),
    ("the plant is a SR3.1 billion contract", ("SR3.1 billion", 3.1, "SAR billion", "money")),
    ("the tax will raise Sh6.8 billion next year", ("Sh6.8 billion", 6.8, "shillings billion", "money")),
    ("the listing raised AED 2.3 billion on Monday", ("AED 2.3 billion", 2.3, "AED billion", "money")),
    ("the fare stays at 3,400 pesos", ("3,400 pesos", 3400, "pesos", "money")),
    ("shares sold at 38.50 Turkish liras each", ("38.50 Turkish liras", 38.5, "TRY", "money")),
    ("it will spend 9.6 trillion won on plants", ("9.6 trillion won", 9.6, "KRW trillion", "money")),
    ("shares closed at 61,200 won on Monday", ("61,200 won", 61200, "KRW", "money")),
    ("the fund got KSh 1.2 billion this year", ("KSh 1.2 billion", 1.2, "KES billion", "money")),
    ("a grant of Ksh 300 million for labs", ("Ksh 300 million", 300, "KES million", "money")),
    # a concentration, a ship's capacity in TEU, a pipe's bore
    ("PM2.5 peaked at 94 micrograms per cubic metre overnight",
     ("94 micrograms per cubic metre", 94, "micrograms per cubic metre", "count")),
    ("yards will deliver 3.1 million TEU of new ships", ("3.1 million TEU", 3.1, "million TEU", "count")),
    ("crews shut a broken 600-millimetre main", ("600-millimetre", 600, "millimetre", "count")),
    # an exchange rate: what one dollar costs
    ("the peso weakened to 19.86 per dollar on Friday", ("19.86 per dollar", 19.86, "per dollar", "money")),
    ("the pound settled at LE48.5 to the dollar", ("LE48.5 to the dollar", 48.5, "EGP per dollar", "money")),
    ("it adds an 850-meter quay", ("850-meter", 850, "meter", "count")),
    # units written onto the number, plural acronyms as the counted noun, pounds that weigh
    ("each loaf now weighs 420g at the till", ("420g", 420, "grams", "count")),
    ("the terminal moved 812,000 TEUs in the year", ("812,000 TEUs", 812000, "TEUs", "count")),
    ("the fleet added 90 EVs in March", ("90 EVs", 90, "EVs", "count")),
    ("each trawler keeps a quota of 41,250 pounds", ("41,250 pounds", 41250, "pounds", "count")),
    ("the plant ships 3 million pounds of cheese", ("3 million pounds", 3, "million pounds", "count")),
    ("the club paid 5 million pounds for him", ("5 million pounds", 5, "GBP million", "money")),
    ("from an orbit of 540 km it maps the ice", ("540 km", 540, "kilometres", "count")),
    ("the probe weighs 2,300 kg fully fuelled", ("2,300 kg", 2300, "kilograms", "count")),
    ("the bill cleared the senate 31 to 18 on Friday", ("31 to 18", None, "votes", "count")),
    ("the committee backed it, voting 19 to 12 along party lines", ("19 to 12", None, "votes", "count")),
    ("it passed the state Senate 29 to 5 last year", ("29 to 5", None, "votes", "count")),
    ("output of about 180,000 bpd after the expansion", ("about 180,000 bpd", 180000, "barrels per day", "count")),
    ("a 1.5 gigawatt wind farm", ("1.5 gigawatt", 1.5, "gigawatts", "count")),
    ("upheld the levy in 5-4 ruling", ("5-4", None, "votes", "count")),
    ("cuts to its staff of about 640", ("about 640", 640, "staff", "count")),
])
def test_figure_shapes(phrase, expected):
    found = only(fig.find(phrase), phrase)
    assert len(found) == 1, found
    text, value, unit, quantity = found[0]
    assert (text, unit, quantity) == expected[0:1] + expected[2:]
    assert value == pytest.approx(expected[1]) if expected[1] is not None else value is None


def test_a_bare_number_alone_in_a_table_cell_counts_what_its_column_header_names():
    table = ("| Country | Housing starts | Change vs. a year earlier |\n|---|---|---|\n"
             "| Canada | 271,400 | 6,100 |\n| England | 30,250 | 0 |\n")
    found = {(table[f.start:f.end], f.unit) for f in fig.find(table)}
    assert ("271,400", "housing starts") in found and ("30,250", "housing starts") in found
    assert not any(text in ("6,100", "0") for text, _ in found)      # a column of changes holds no counts


def test_a_table_whose_columns_are_periods_counts_what_each_rows_label_names():
    table = ("| | Q3 2025 | Q4 2025 | 2026F |\n|---|---|---|---|\n| Herring landings (tonnes) | 12,400 | 9,800 | 8,100 |\n"
             "| Boats fishing | 212 | 190 | 175 |\n\n| Port | Calls, winter 2024-25 | Change |\n|---|---|---|\n"
             "| Saint John | 1,184 | -19.9% |\n")
    found = {(table[f.start:f.end], f.unit) for f in fig.find(table)}
    assert {("12,400", "Herring landings (tonnes)"), ("8,100", "Herring landings (tonnes)"),
            ("190", "Boats fishing"), ("1,184", "calls")} <= found


def test_a_cell_under_a_money_header_is_that_much_money():
    table = ("| Market | Revenue (C$ million) | Export value (US$bn) | Change vs. 2024 ($ millions) |\n|---|---|---|---|\n"
             "| United States | 107 | 2.4 | 12 |\n")
    found = {(table[f.start:f.end], f.unit, f.quantity) for f in fig.find(table)}
    assert {("107", "CAD million", "money"), ("2.4", "USD billion", "money")} <= found
    assert not any(text == "12" for text, _, _ in found)               # a column of changes holds no sums


def test_a_bare_number_after_the_number_of_things_changed_counts_them_and_so_does_its_from():
    text = "The number of open berths in the marina fell to 27 this spring, from 41 a year earlier."
    assert [(text[f.start:f.end], f.unit) for f in fig.find(text)] == [("27", "berths"), ("41", "berths")]


def test_a_bare_number_that_is_the_level_of_what_its_clause_names_is_a_figure():
    text = ("Enrolment in trade apprenticeships across Manitoba fell from 8,400 in 2009 to 5,100 in 2015. It has "
            "since recovered to 7,250. When the yard closed it employed 2,900. Hours per shift fell from 9.5 to 8.25. "
            "Six cousins held shares in 1990; today there are 31. With the new line, the count could approach 3,000. "
            "The forecast has been cut from 96,000 a day to 71,000. The bridge's rating, a score the province keeps, "
            "fell from 64 to 41. Weekday boardings averaged 38,200, up from 35,900.")
    got = {text[f.start:f.end]: f.unit for f in fig.find(text)}
    for number in ("8,400", "5,100", "7,250", "2,900", "9.5", "8.25", "3,000", "96,000", "71,000", "64", "41",
                   "38,200", "35,900"):
        assert number in got, number
    assert got["31"] == "cousins"


def test_a_bare_number_down_from_a_count_past_an_abbreviation_counts_the_same_thing():
    text = ("The ferries carried about 41,000 riders from the U.S. mainland this summer, down from 52,500 the summer "
            "before. Fares rose. The Dept. said 9,000 cars made the trip. From 2,000 in 2019, it grew.")
    got = {text[f.start:f.end]: f.unit for f in fig.find(text)}
    assert got["52,500"] == "riders"
    assert "2,000" not in got                     # the sentence before ended: no count to take a noun from


def test_a_bare_number_with_thousands_counts_what_the_count_before_it_in_its_sentence_counts():
    text = ("The port handled 41,300 containers in March and 38,900 in April. Ferries added 12,000 sailings, above "
            "the target of 10,500. Crossings will rise from 8,000 to 9,500 boats.\n\n"
            "| Route | 2024 | 2025 |\n| Harbour | 1,200 trips | 1,350 |\n")
    got = {text[f.start:f.end]: f.unit for f in fig.find(text)}
    assert got["38,900"] == "containers" and got["10,500"] == "sailings"
    assert "8,000" not in got or got["8,000"] != "sailings"     # a range's first number is left to the range
    assert got.get("1,350") != "trips"                           # a table's cell is not read this way


def test_a_bare_number_a_plan_caps_or_a_forecast_expects_is_a_level_and_so_is_the_peak_it_is_down_from():
    text = ("New work permits for seasonal farm hands are capped at **62,000** next year, down from a target of "
            "**91,500** this year. Arrivals of students fall to 118,000, from 164,200. Net migration to the island "
            "is forecast to be 41,000 in 2027, down from a peak of 57,300. Dental residencies are held at 2,450 a "
            "year.")
    got = {text[f.start:f.end] for f in fig.find(text)}
    for number in ("62,000", "91,500", "118,000", "164,200", "41,000", "57,300", "2,450"):
        assert number in got, number


@pytest.mark.parametrize("text, number", [
    ("Seasonal work visa cap held at 62,000 as farms win a bigger share", "62,000"),
    ("The number of seasonal workers on the island peaked at about 9,400 in mid-2024.", "about 9,400"),
    ("Full-time employment in the county fell by 3,100, while part-time work rose by 850.", "3,100"),
    ("Full-time employment in the county fell by 3,100, while part-time work rose by 850.", "850"),
    ("The clinic will be allowed 1,200 new overseas nurses next year.", "1,200 new overseas nurses"),
    ("The manager said 14 of her 52 care staff came on work visas.", "14 of her 52 care staff"),
])
def test_a_bare_number_after_a_peak_a_cap_or_a_change_by_and_a_count_of_overseas_things_are_figures(text, number):
    assert number in [text[f.start:f.end] for f in fig.find(text)]


@pytest.mark.parametrize("text", [
    "She reached 40 before she retired.", "The meeting ran on and rose to 11 p.m.", "Doe climbed to 45 in the poll.",
    "The index rose to 12 times earnings.", "The median age was 39.",
])
def test_a_bare_number_after_a_person_a_time_or_a_plain_was_is_not_a_level(text):
    assert [text[f.start:f.end] for f in fig.find(text) if f.unit == ""] == []


def test_a_bare_level_after_a_change_a_record_a_doubling_or_came_to_is_a_figure():
    text = ("Ferry crossings on the sound rose eight per cent year over year, to 41,300 in the quarter. Licence "
            "applications grew 2.4% on the year to 17,860. Repairs in the first half of the year came to 6,150. "
            "Boat registrations hit a record 88,420 last season. Marina waitlists more than doubled to 3,940. "
            "Landings at Port Vell Fish Market have fallen to 212 this year from 380 in 2019.")
    got = {text[f.start:f.end] for f in fig.find(text)}
    for number in ("41,300", "17,860", "6,150", "88,420", "3,940", "212", "380"):
        assert number in got, number
    assert "half" not in got                          # the first half of a year is a period, not 50%


def test_a_level_after_a_counted_change_a_participles_change_or_a_share_is_a_figure():
    text = ("Licensed moorings fell by 1,210 in the 12 months to the end of March, to 48,930, the authority said. "
            "Charter permits held up, easing 1.4 per cent to 7,065. Of the 530 appeals the panel heard, 412, or 78%, "
            "were upheld. A skipper can claim six months' rent on a lost berth.")
    got = {text[f.start:f.end] for f in fig.find(text)}
    for number in ("48,930", "7,065", "412", "six months' rent"):
        assert number in got, number


def test_the_next_places_with_a_bare_number_count_what_the_first_place_counted():
    text = ("Halifax logged 2,240 of the claims, or 41 per cent, followed by Sydney with 760 and Truro with 315. "
            "She finished with 45 and he with 30.")
    got = {text[f.start:f.end]: f.unit for f in fig.find(text)}
    assert got.get("760") == "claims" and got.get("315") == "claims", got
    assert "45" not in got and "30" not in got


@pytest.mark.parametrize("text, figure", [
    ("The board puts the lost berths at between 1,400 and 2,100.", "between 1,400 and 2,100"),
    ("Crowds of between 12,000 and 15,000 lined the quay each night.", "between 12,000 and 15,000"),
    ("The refit costs between 1,200 and 1,500 dollars a berth.", "1,500 dollars a berth"),
])
def test_a_range_of_two_bare_thousands_is_a_figure(text, figure):
    assert figure in [text[f.start:f.end] for f in fig.find(text)]


@pytest.mark.parametrize("text, second", [
    ("Output was cut by 30 to 40 a week.", "40"), ("Rents rose 20 or 30 percent last year.", "20"),
    ("Sailings between weeks 24 and 28, or 8.7% of the season, were cancelled.", "28"),
])
def test_a_range_or_alternatives_are_not_a_level_or_a_share(text, second):
    assert second not in [text[f.start:f.end] for f in fig.find(text)]


@pytest.mark.parametrize("text, figure, unit", [
    ("A poll of 120 parts suppliers found most had cut shifts.", "120 parts suppliers", "suppliers"),
    ("The yard will hire 1,400 trades workers.", "1,400 trades workers", "workers"),
    ("Officials issued 6,210 nursing and care worker visas.", "6,210 nursing and care worker visas", "visas"),
    ("As many as 31,000 direct and indirect jobs depend on it.", "As many as 31,000 direct and indirect jobs", "jobs"),
    ("The yard will create 14 full-time, year-round jobs.", "14 full-time, year-round jobs", "jobs"),
    ("Some 96 public and private clinics signed up.", "Some 96 public and private clinics", "clinics"),
    ("The fleet has about 2,300 boats moored, climbing to roughly 3,100 in August.", "roughly 3,100", "boats"),
    ("The hull count fell from 4,020 to 3,615 over five years.", "3,615", ""),
    ("The plan shows average staffing falling from 2,240 to 2,105 next year.", "2,105", ""),
    ("Layoffs start with 140 drivers in May and another 95 in July.", "95", "drivers"),
    ("The county has about 90 saw, planer and kiln shops.", "about 90 saw, planer and kiln shops", "shops"),
    ("The cut will cost him about $310 a week before overtime.", "about $310 a week", "$ per week"),
    ("It will open 60 beds this year and a further 35 in spring.", "35", "beds"),
    ("The first 12 buses arrive in March, with the remaining 30 due by June.", "30", "buses"),
])
def test_a_count_names_what_it_counts_across_a_kind_and_a_pair_of_modifiers(text, figure, unit):
    assert (figure, unit) in [(text[f.start:f.end], f.unit) for f in fig.find(text)]


@pytest.mark.parametrize("text", [
    "About 90 have signed or accepted offers.", "The 2024 spring and autumn seasons were wet.",
    "Cutting 3,000 jobs means pain.", "Ask the two of them because they know.",
])
def test_a_count_does_not_run_on_past_a_verb_a_year_or_a_plural_verb(text):
    got = [(text[f.start:f.end], f.unit) for f in fig.find(text)]
    assert not any(unit in ("offers", "seasons", "means", "them") or " " in unit for _, unit in got), got


def test_another_time_or_range_after_a_count_is_not_more_of_it():
    text = "He held 12 rallies, then another 6 a.m. event and another 10 to 15 per cent rise."
    assert [text[f.start:f.end] for f in fig.find(text)] == ["12 rallies", "10 to 15 per cent"]


@pytest.mark.parametrize("text", [
    "The tide gauge rose 4% to 1.3m overnight.",      # a million, or metres: no telling
    "Jo Doe hit 40 last spring.",
])
def test_a_bare_number_with_letters_on_it_or_after_a_person_is_not_a_level(text):
    assert [text[f.start:f.end] for f in fig.find(text) if f.unit == ""] == []


@pytest.mark.parametrize("text, figures", [
    ("Canola lost $10.90 to $629.10 a tonne.", ["$10.90", "$629.10 a tonne"]),
    ("The grid price was up 14 cents to 598c/kg.", ["14 cents", "598c/kg"]),
    ("The fleece indicator rose 12 cents to 1,204c/kg clean.", ["12 cents", "1,204c/kg"]),
    ("The loonie eased to US71.9¢ from US72.3¢.", ["US71.9¢", "US72.3¢"]),
    ("Wheat futures fell 4 cents to $6.02 a bushel.", ["4 cents", "$6.02 a bushel"]),
    ("The jobless rate rose 0.3 percentage point to 7.1%.", ["0.3 percentage point", "7.1%"]),
    ("Freight costs rose by 3% to 5% this year.", ["3% to 5%"]),
    ("Fees are up $40 to $55 a head.", ["$40 to $55 a head"]),
    ("Awards have been in the range of $5,000 to $30,000.", ["$5,000 to $30,000"]),
])
def test_a_small_change_and_the_level_it_came_to_are_two_figures_and_a_range_is_one(text, figures):
    assert [text[f.start:f.end] for f in fig.find(text)] == figures


def test_a_change_from_one_number_to_another_is_two_figures_not_a_range():
    text = "The budget rose from $2.9 billion to $4.2 billion."
    assert [text[f.start:f.end] for f in fig.find(text)] == ["$2.9 billion", "$4.2 billion"]


@pytest.mark.parametrize("text, figures", [
    ("The quota went from 118 to 131 boats.", [("118", 118, "boats"), ("131 boats", 131, "boats")]),
    ("Sales will fall to 90,000 units this year from 130,000 in 2024.",
     [("90,000 units", 90000, "units"), ("130,000", 130000, "units"), ("2024", 2024, "year")]),
    ("The rate was 6.2 per 1,000 people, compared with 9.5 per 1,000 people a decade ago.",
     [("1,000 people", 1000, "people"), ("1,000 people", 1000, "people"), ("a decade", 10, "years")]),
    ("The show airs 200 weekdays from 6:00 a.m. on the radio.", [("200 weekdays", 200, "weekdays")]),
    ("Buyers logged 1,500 smaller packs this spring, up from around 1,100 a year earlier.",
     [("1,500 smaller packs", 1500, "packs"), ("around 1,100", 1100, "packs")]),
    ("The cut affects about 340 deckhands. The operator said 210 of them will be laid off.",
     [("about 340 deckhands", 340, "deckhands"), ("210", 210, "deckhands")]),
    ("The yard buys from 85 suppliers, 52 of them on the island.", [("85 suppliers", 85, "suppliers"), ("52", 52, "suppliers")]),
    ("The mill employs about 1,240 people, including 610 in Thunder Bay.",
     [("about 1,240 people", 1240, "people"), ("610", 610, "people")]),
    ("The closing stores span seven provinces, including 12 in Ontario.", [("seven provinces", 7, "provinces")]),
    ("The closures cost 2,300 jobs in Hamilton and 850 in St. Catharines.",
     [("2,300 jobs", 2300, "jobs"), ("850", 850, "jobs")]),
    ("The Air Quality Index reached 174 in Regina and 212 in Saskatoon.", [("174", 174, ""), ("212", 212, "")]),
])
def test_a_bare_number_counts_what_the_figure_beside_it_counts(text, figures):
    assert [(text[f.start:f.end], f.value, f.unit) for f in fig.find(text)] == figures


@pytest.mark.parametrize("phrase", ["a 30-year-old skipper", "the COVID-19 years", "a Boeing 737 jet",
                                    "route 66 runs here", "at 5:40 in the morning", "the R2 road north",
                                    "a P90 rifle", "the SR 520 bridge", "try 5 of them",
                                    "the Hawks have 62 won and 20 lost"])
def test_numbers_that_are_not_figures(phrase):
    assert [f for f in fig.find(phrase) if f.quantity != "date"] == []


def test_a_number_with_a_thousands_comma_is_never_a_year():
    assert fig.find("The shop sold 2,000 last month.") == []


def test_a_byline_gives_no_figures_but_a_table_row_does():
    text = ("Mills idle as orders fall\n\nBy Priya Nandakumar | The Bay Record | 12 March 2026\n\n"
            "Orders at the two mills fell 18 per cent in October.\n\nPlant | Jobs | Change\n\n"
            "Hamilton | 4,200 jobs | 12 per cent\n\nBy 2030, the older mill will close.")
    found = [sn.anchor.exact for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.kind == "figure"]
    assert "2026" not in " ".join(found) and "12 March" not in " ".join(found)
    assert {"18 per cent", "4,200 jobs", "12 per cent"} <= set(found) and any("2030" in f for f in found)


def test_figure_measure_comes_from_its_clause():
    text = "Managers say a 25% duty on imported plate steel adds cost, and orders are down."
    (f,) = [f for f in fig.find(text) if f.quantity == "percent"]
    assert measures.measure(text, (0, len(text)), f) == "duty on imported plate steel adds cost"



def test_a_figure_after_of_measures_the_noun_before_it_not_what_that_noun_does():
    text = ("The province will spend $90 million on mill towns, as U.S. duties of 35 per cent continue to weigh on "
            "lumber exports.")
    (f,) = [f for f in fig.find(text) if f.quantity == "percent"]
    assert measures.measure(text, (0, len(text)), f) == "U.S. duties"


QUOTES = (
    "Port director Jane Doe said the ferry would run. “We have waited long enough,” said Doe, who took over "
    "in May. “The first half,” she said, “and the second half.” Mr. Omar Haddad told reporters: “Nothing is "
    "settled.” \"It is a straight quote here,\" he added. A spokesperson for the yard said: “We do not "
    "comment on contracts.” Shops push “Buy Local” signs. “Three words only,” said Ann Lee, an economist "
    "at the bank.\n“We will not wait for them,” said harbour master Pia Holm. “Another season is too long.”"
)


def test_quotes_and_speakers():
    found = [(QUOTES[q.start:q.end], q.speaker, q.role) for q in quotes.find(QUOTES)]
    assert found == [
        ("We have waited long enough", "Jane Doe", "Port director"),
        ("The first half", "Jane Doe", "Port director"),
        ("and the second half.", "Jane Doe", "Port director"),
        ("Nothing is settled.", "Omar Haddad", ""),
        ("It is a straight quote here", "Omar Haddad", ""),
        ("We do not comment on contracts.", "A spokesperson for the yard", ""),
        ("Three words only", "Ann Lee", "an economist at the bank"),
        ("We will not wait for them", "Pia Holm", "harbour master"),
        ("Another season is too long.", "Pia Holm", "harbour master"),
    ]


def test_slogans_and_scare_quotes_get_no_speaker():
    text = ("Mayor Ines Varga spoke at length about the “Island First” plan. Retailers report more “Made "
            "Locally” labels, and critics call the route a “white elephant” in private.")
    assert quotes.find(text) == []


@pytest.mark.parametrize("text", [
    "The trial enrolled 900 patients. Often called \u201cthe silent kind of stroke\u201d by neurologists, it "
    "accounts for a third of all cases, the study found.",
    "The report, titled \u201cRivers under pressure after the storms\u201d, was published on Monday by the agency.",
    "Some business groups have taken to calling it the \u201crobot red tape\u201d bill, and the name stuck in "
    "the Senate.",
    "The plan, known as \u201cthe northern corridor deal\u201d, was signed by both premiers on Friday.",
    "Lena Ortiz drives the bypass four days a week. She calls the road \u201cthe long mile,\u201d and does not "
    "mean it warmly.",
    "Backers called it \u201cthe Alberta model.\u201d Critics called it a giveaway.",
    "Mills spent months tracing logs after the agency began requesting \u201cfelled and milled\u201d records.",
])
def test_a_name_given_to_a_thing_is_nobodys_quotation(text):
    assert quotes.find(text) == []


def test_a_characterisation_by_someone_named_is_still_their_quotation():
    text = "Senator Mia Carrow called the bill \u201ca gift to the largest firms in the country\u201d on Tuesday."
    assert [q.speaker for q in quotes.find(text)] == ["Mia Carrow"]
    text = ("Harbour Proxy Partners backed the deal, writing that its \u201cstrategic logic is sound\u201d despite "
            "the thin premium.")
    assert [q.speaker for q in quotes.find(text)] == ["Harbour Proxy Partners"]


def test_pronoun_goes_to_the_person_named_after_the_last_quote():
    text = ("“We are ready,” said board chair Amira Castellanos. Union president Dmitri Havel was less sure. "
            "\"Nobody here believes it,\" he said.")
    assert [(q.speaker) for q in quotes.find(text)] == ["Amira Castellanos", "Dmitri Havel"]


def test_surname_and_honorific_resolve_to_the_full_name():
    text = ("Industry Minister Mélanie Joly set out the plan in Windsor. Weeks later, at a second event, "
            "the message had not changed. “Buy, build, partner,” Ms. Joly said.")
    (q,) = quotes.find(text)
    assert (text[q.start:q.end], q.speaker, q.role) == ("Buy, build, partner", "Mélanie Joly", "Industry Minister")


def test_sentences_survive_abbreviations_and_skip_bullets():
    text = "Mr. Haddad met Dr. J. Ruiz at 9 a.m. on Friday. They agreed.\n• A bullet point here."
    assert [text[s:e] for s, e in split(text)] == [
        "Mr. Haddad met Dr. J. Ruiz at 9 a.m. on Friday.", "They agreed.", "A bullet point here."]


def test_a_quotation_after_a_firms_abbreviation_starts_a_sentence_but_not_after_a_title():
    text = "She joined Acme Inc. \u201cIt was the best job I had,\u201d she said. He met Dr. \u201cBig\u201d Jim Doe."
    assert [text[s:e] for s, e in split(text)] == [
        "She joined Acme Inc.", "\u201cIt was the best job I had,\u201d she said.", "He met Dr. \u201cBig\u201d Jim Doe."]


def test_a_sentence_that_opens_on_a_year_is_a_sentence_of_its_own_but_not_after_a_months_abbreviation():
    text = ("Thank you, and good morning. 2025 was the hardest year we have had. Sales fell in Sept. 2025 from a year "
            "earlier, and the plant closed in 2024. 2026 will be better.")
    assert [text[s:e] for s, e in split(text)] == [
        "Thank you, and good morning.", "2025 was the hardest year we have had.",
        "Sales fell in Sept. 2025 from a year earlier, and the plant closed in 2024.", "2026 will be better."]


def test_a_question_inside_a_sentence_does_not_end_it():
    text = ('Her 2021 study, "Who Pays for the Port?" estimated the cost at $40 a household. It was cited. '
            '"Who covers the overtime?" asked Sam Roe, who runs the depot. Nobody knew? Nobody did.')
    assert [text[s:e] for s, e in split(text)] == [
        'Her 2021 study, "Who Pays for the Port?" estimated the cost at $40 a household.', "It was cited.",
        '"Who covers the overtime?" asked Sam Roe, who runs the depot.', "Nobody knew?", "Nobody did."]
    (q,) = quotes.find(text)
    assert q.speaker == "Sam Roe"


def test_claims_leave_out_questions_headings_and_asides():
    text = ("Ferry Plans for the Island\n\nThe island ferry will carry 1,200 passengers a day from April, "
            "the operator said. Why would anyone drive now? We think you will love it. Here’s the thing.")
    source = Source(id="s", path="s.txt", text=text)
    claims = [sn.anchor.exact for sn in extract(source) if sn.kind == "claim"]
    assert claims == ["The island ferry will carry 1,200 passengers a day from April, the operator said."]


def test_every_snippet_is_anchored_to_its_exact_text():
    result = extract_files(sorted(ARTICLES.iterdir()), jobs=1)
    texts = {s.id: s.text for s in result.sources}
    assert len(result.snippets) > 30
    for sn in result.snippets:
        assert texts[sn.source][sn.anchor.start:sn.anchor.end] == sn.anchor.exact
    kinds = {sn.kind for sn in result.snippets}
    assert kinds == {"claim", "figure", "quote"}


def test_the_same_figure_in_two_sources_is_grouped():
    result = extract_files([ARTICLES / "harbour-scrape.txt", ARTICLES / "harbour-wire.md"], jobs=1)
    jobs = [sn for sn in result.snippets if sn.kind == "figure" and sn.value == 6000]
    assert {sn.source for sn in jobs} == {"harbour-scrape", "harbour-wire"}
    assert all(len(sn.reported_by) == 1 for sn in jobs)
    tariff = [sn for sn in result.snippets if sn.kind == "figure" and sn.value == 25]
    assert tariff and all(sn.reported_by == [] for sn in tariff)


@pytest.mark.parametrize("jobs", [1, 2])
def test_grouping_sources_as_they_arrive_matches_grouping_them_all_at_once(tmp_path, jobs):
    files = []
    for k in range(3):                  # enough files for the worker processes, some of them cached first
        for f in sorted(ARTICLES.iterdir()):
            copy = tmp_path / f"{k}-{f.name}"
            copy.write_text(f.read_text(encoding="utf-8").replace("harbour", f"harbour {k}", 1), encoding="utf-8")
            files.append(copy)
    cache = ExtractCache(tmp_path / "cache")
    extract_files(files[::3], cache=cache, jobs=1)
    result = extract_files(files, cache=cache, jobs=jobs)
    got = {sn.id: list(sn.reported_by) for sn in result.snippets}
    for sn in result.snippets:
        sn.reported_by = []
    corroborate.group(result.snippets)
    assert got == {sn.id: sn.reported_by for sn in result.snippets}
    assert sum(bool(v) for v in got.values()) > 20


def test_unreadable_files_are_problems_not_crashes(tmp_path):
    bad = tmp_path / "blob.txt"
    bad.write_bytes(b"\x00\x01\x02" * 500)
    result = extract_files([bad, ARTICLES / "harbour-wire.md"], jobs=1)
    assert [s.id for s in result.sources] == ["harbour-wire"]
    assert len(result.problems) == 1 and "blob.txt" in result.problems[0].message


def test_cache_makes_the_second_run_read_nothing_and_notices_changes(tmp_path):
    files = []
    for p in sorted(ARTICLES.iterdir()):
        (tmp_path / p.name).write_bytes(p.read_bytes())
        files.append(tmp_path / p.name)
    cache = ExtractCache(tmp_path / "cache")
    first = extract_files(files, cache=cache, jobs=1)
    second = extract_files(files, cache=cache, jobs=1)
    assert (first.cached, second.cached) == (0, len(files))
    assert [s.anchor.exact for s in first.snippets] == [s.anchor.exact for s in second.snippets]
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\n\nA new closing line was added today.",
                        encoding="utf-8")
    third = extract_files(files, cache=cache, jobs=1)
    assert third.cached == len(files) - 1


def _copies(folder: Path, times: int) -> list[Path]:
    """The fixture articles copied ``times`` times into ``folder``: enough files for the worker processes."""
    files = []
    for i in range(times):
        for p in sorted(ARTICLES.iterdir()):
            target = folder / f"{i}-{p.name}"
            target.write_bytes(p.read_bytes())
            files.append(target)
    return files


def test_parallel_and_serial_runs_agree(tmp_path):
    files = _copies(tmp_path, 10)
    serial = extract_files(files, jobs=1)
    parallel = extract_files(files, jobs=2)
    assert [(s.id, s.anchor.start) for s in serial.snippets] == [(s.id, s.anchor.start) for s in parallel.snippets]


def test_worker_processes_fill_the_cache_the_next_run_reads(tmp_path):
    files = _copies(tmp_path, 3)
    cache = ExtractCache(tmp_path / "cache")
    first = extract_files(files, cache=cache, jobs=2)
    assert len(list((tmp_path / "cache").rglob("*.json"))) >= len(files)
    second = extract_files(files, cache=ExtractCache(tmp_path / "cache"), jobs=2)
    assert (first.cached, second.cached) == (0, len(files))
    assert [s.anchor.exact for s in first.snippets] == [s.anchor.exact for s in second.snippets]


ROLE = "president of the Lakeport Steelworkers local"


def test_a_wire_story_end_to_end():
    result = extract_files([ARTICLES / "steel-wire.txt"], jobs=1)
    (source,) = result.sources
    assert (source.title, source.date) == ("Steelworkers brace as new duties hit Lakeport mills", "2026-03-04")
    for furniture in ("Related:", "Advertisement", "Share this article", "Sign up for our daily newsletter",
                      "Published:"):
        assert furniture not in source.text
    said = {sn.anchor.exact: (sn.speaker, sn.role) for sn in result.snippets if sn.kind == "quote"}
    assert said == {
        "This is not a fight we asked for, but it is one we will not lose": ("Claire Dubois", "Finance Minister"),
        "Our members have been on reduced shifts since January": ("Ben Tran", ROLE),
        "Some of them have already left for jobs out west.": ("Ben Tran", ROLE),
        "The money buys time, not a market": ("Priya Raman", "an economist at North Shore Capital"),
        "Every option is on the table.": ("Mark Carney", "Prime Minister"),
        "at least six weeks.": ("Lakeport Steel Inc.", "The company"),      # a fragment of what it said
    }
    numbers = {sn.anchor.exact: (sn.value, sn.unit) for sn in result.snippets if sn.kind == "figure"}
    assert numbers["$1.5-billion"] == (1.5, "$ billion")
    assert numbers["50 per cent"] == (50, "percent")
    assert numbers["as many as 12,000 jobs"] == (12000, "jobs")          # the hedge stays with the number
    claims = [sn.anchor.exact for sn in result.snippets if sn.kind == "claim"]
    assert claims[0].startswith("The federal government will spend")          # the dateline is left out
    assert any(c.startswith("According to Statistics Canada") for c in claims)


@pytest.mark.parametrize("sentence, number, unit", [
    ("The harbour board voted 5-2 on Monday to sell the pier.", "5-2", "votes"),
    ("The commission voted 4-3 late Tuesday to back the plan.", "4-3", "votes"),
    ("The bill cleared a procedural vote 64-31 on Monday.", "64-31", "votes"),
    ("Harbour City moved top with a 3-1 win over Eastport.", "3-1", "score"),
    ("The Gulls beat Port Ellery 2-0 on Saturday.", "2-0", "score"),
    ("Westfield drew 1-1 at home.", "1-1", "score"),
    ("The Gulls trailed 31 to 22 at halftime of the state semifinal.", "31 to 22", "score"),
    ("They opened the third quarter on a 19-6 run and never looked back.", "19-6", "score"),
    ("Hill Prairie (22-3) has won 15 straight games.", "22-3", "score"),
    ("The appeal court upheld the ban by a 7\u20134 vote.", "7\u20134", "votes"),
    ("The housing bill passed 35-32 after a long night.", "35-32", "votes"),
    ("A rival amendment failed 3-6.", "3-6", "votes"),
    ("A settlement approved 5-2 by the board sets a deadline.", "5-2", "votes"),
    ("The Assembly approved the bill 61-37, sending it to the Senate.", "61-37", "votes"),
    ("The committee advanced a two-year transit bill, 9-4, with one Democrat joining.", "9-4", "votes"),
    ("A motion to delay failed, 6-7, on a party-line vote.", "6-7", "votes"),
    ("Tuesday\u2019s 8-5 vote leaves the plan alive.", "8-5", "votes"),
    ("The new plant can treat 6.2 million gallons a day but was designed for 4.5 million.", "4.5 million", "million"),
    ("The pilot line will make 1.2 gigawatt hours of cells a year.", "1.2 gigawatt hours", "gigawatt hours"),
    ("The study examined 1,184 fish from six species.", "1,184 fish", "fish"),
])
def test_tallies_and_scaled_counts_without_a_noun_are_figures(sentence, number, unit):
    from briefdeck.extract.figures import find
    found = {sentence[f.start:f.end]: f for f in find(sentence)}
    assert number in found and found[number].unit == unit
    assert unit not in ("votes", "score") or found[number].value is None      # a tally is never charted


@pytest.mark.parametrize("sentence", ["It won 2-1 in extra time.", "Children aged 5-12 were tested.",
                                      "Scores rose 3-4 points.", "The board approved a 5-10 year road plan."])
def test_other_number_pairs_are_not_tallies(sentence):
    from briefdeck.extract.figures import find
    assert all(f.unit != "votes" for f in find(sentence))


def test_a_figure_never_counts_what_the_next_paragraph_opens_on():
    text = "Union says layoffs top 4,000\n\nUnited Vehicle Workers Canada called for aid on Monday."
    assert not any("\n" in text[f.start:f.end] for f in fig.find(text))


def test_a_firm_speaks_under_the_name_the_text_writes_in_full_with_its_legal_ending():
    text = ("On Monday, Riverbend Caliper Corp. gave the union notice of 118 layoffs at its Walker Road plant.\n\n"
            "In a statement to employees, Riverbend said it \u201cregrets the impact on our team members and their "
            "families.\u201d\n\nA spokesperson for Thornwick Logistics Ltd said the depot would stay open. Later, "
            "a spokesperson for Thornwick Logistics said \u201cno decision has been taken on the night shift at the "
            "depot.\u201d")
    source = Source(id="s", path="s.txt", text=text)
    said = {sn.anchor.exact[:20]: sn.speaker for sn in extract(source) if sn.kind == "quote"}
    assert said["regrets the impact o"] == "Riverbend Caliper Corp."
    assert said["no decision has been"] == "a spokesperson for Thornwick Logistics Ltd"


def _speakers(text: str, tmp_path: Path, name: str = "s.txt") -> dict[str, str | None]:
    """Each quotation's speaker, as a user gets them from a saved file (read, cleaned, then extracted)."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    return {sn.anchor.exact: sn.speaker for sn in extract_files([tmp_path / name], jobs=1).snippets if sn.kind == "quote"}


def test_a_firm_cut_to_its_first_word_is_named_in_full_when_the_headline_under_a_section_label_cuts_it_too(tmp_path):
    text = ("BUSINESS BRIEFS\n\nHalvorsen Axle to drop second shift, 290 jobs affected\n\n"
            "ST. CATHARINES, Ont. \u2014 Halvorsen Axle Systems Ltd. will cut the second shift at its driveline plant at "
            "the end of January, the company said Tuesday.\n\n"
            "In a statement, Halvorsen said \u201cwe recognize the impact this decision will have on our people.\u201d")
    assert _speakers(text, tmp_path)["we recognize the impact this decision will have on our people."] == \
        "Halvorsen Axle Systems Ltd."


def test_the_mediator_is_the_person_named_as_the_mediator_after_a_provincial_mediator_was_first_mentioned(tmp_path):
    text = ("A provincial mediator has called Brackwood Steel Stampings and the union back to the table.\n\n"
            "Rosalind Ekwueme-Hart, the mediator assigned to the dispute by the labour ministry, said she had met both "
            "sides.\n\n"
            "\u201cI would not call them back if I thought we would sit in silence for eight hours,\u201d the mediator "
            "said.\n\n"
            "Brackwood said in a statement that its offer was fair. \u201cOur offer is in line with other stamping plants "
            "in Ontario,\u201d the company said.\n\n"
            "The mediator said she would keep the talks going through the weekend. \u201cI have cleared my calendar,\u201d "
            "she said.")
    speakers = _speakers(text, tmp_path)
    assert speakers["I would not call them back if I thought we would sit in silence for eight hours"] == \
        "Rosalind Ekwueme-Hart"
    assert speakers["I have cleared my calendar"] == "Rosalind Ekwueme-Hart"
    assert speakers["Our offer is in line with other stamping plants in Ontario"] == "Brackwood Steel Stampings"


def test_the_coach_is_the_person_set_off_as_the_head_coach_of_a_team_at_the_start_of_a_sentence(tmp_path):
    text = ("The Riverside minor hockey association voted on Tuesday to cancel a tournament trip to Vermont.\n\n"
            "The head coach of the Bantam AA team, Corentin Vasseur-Albright, said he told his players after practice "
            "on Wednesday night.\n\n"
            "\u201cA few of them were upset, and I understand that, because they had looked forward to it all season,"
            "\u201d the coach said.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    quote = next(sn for sn in extract_files([tmp_path / "a.txt"], jobs=1).snippets if sn.kind == "quote")
    assert quote.speaker == "Corentin Vasseur-Albright"
    assert quote.role == "the head coach of the Bantam AA team"


def test_a_quotation_right_after_a_statement_is_announced_is_the_statements_issuers(tmp_path):
    text = ("THE DRIVE HOME\n\n"
            "CORDELIA AMBROSE-NYE (HOST): Vantmoor Seating Ltd. sent us a statement this afternoon, and I will read "
            "it as written. Quote: \u201cThis pause reflects lower orders from our customers in Michigan and Ohio. "
            "We expect to recall every employee by the spring.\u201d End quote.\n\n"
            "OSWIN TREMAYNE-BALOGUN: Spring is a long way off for a family with a mortgage, Cordelia.\n")
    assert _speakers(text, tmp_path)["This pause reflects lower orders from our customers in Michigan and Ohio. We "
                                     "expect to recall every employee by the spring."] == "Vantmoor Seating Ltd."
    text = ("Vantmoor Seating Ltd. will idle its Brantford line for eight weeks.\n\n"
            "The company issued a statement late on Monday.\n\n"
            "\u201cThis pause reflects lower orders from our customers in Michigan and Ohio,\u201d it read.\n")
    assert _speakers(text, tmp_path, "b.txt")["This pause reflects lower orders from our customers in Michigan and "
                                              "Ohio"] == "Vantmoor Seating Ltd."


def test_the_university_said_is_the_university_not_its_staff_association_named_since(tmp_path):
    text = ("Brookfield University will cut $21 million from its budget and close two programs, the university said "
            "on Friday.\n\n"
            "Delphine Ashgrove-Okafor, president of the Brookfield University Faculty Association, said the cuts would "
            "crowd lecture halls.\n\n"
            "In a statement issued after the meeting, the university said the measures would \u201ckeep the academic "
            "core of every faculty intact\u201d through the next two years.")
    assert _speakers(text, tmp_path)["keep the academic core of every faculty intact"] == "Brookfield University"


DASHED_CALL = """Quillmark Sensors Inc. Q3 2025 Earnings Call Transcript

Call participants:
Ransome Achterberg-Lau -- Vice President, Investor Relations
Marguerite Oyelowo-Strand -- President and Chief Executive Officer
Tobias Kerrigan-Vale -- Chief Financial Officer
Kestrel Amundsen-Obi -- Harrowgate Securities -- Analyst

Operator

Good morning, and welcome to the Quillmark Sensors third-quarter call. I will now turn the call over to Ransome
Achterberg-Lau, vice president of investor relations.

Ransome Achterberg-Lau -- Vice President, Investor Relations

Thank you, operator. With me today are our president and chief executive, and our chief financial officer.

Marguerite Oyelowo-Strand -- President and Chief Executive Officer

Thanks, Ransome. Revenue for the quarter was $94.2 million, up 11% from a year ago.

Most of our sensors cross the border into Michigan, and since August a part of them has paid a 10% duty.

Tobias Kerrigan-Vale -- Chief Financial Officer

Thank you, Marguerite. Gross margin was 58.1%, and we ended the quarter with $160 million in cash.

Operator

Our first question comes from Kestrel Amundsen-Obi with Harrowgate Securities.

Kestrel Amundsen-Obi -- Harrowgate Securities -- Analyst

Thanks. How much of the duty are you passing on to your customers this year?

Marguerite Oyelowo-Strand -- President and Chief Executive Officer

About half of it, and the rest we absorb while we move final assembly to Penang next spring.
"""


def test_an_earnings_call_keeps_each_turn_under_a_label_said_again_and_under_an_unfamiliar_first_name(tmp_path):
    speakers = _speakers(DASHED_CALL, tmp_path)
    assert speakers["With me today are our president and chief executive, and our chief "    # (past "Thank you,
                    "financial officer."] == "Ransome Achterberg-Lau"                             # operator.")
    assert speakers["About half of it, and the rest we absorb while we move final assembly to Penang next "
                    "spring."] == "Marguerite Oyelowo-Strand"
    assert speakers["Gross margin was 58.1%, and we ended the quarter with $160 million in "
                    "cash."] == "Tobias Kerrigan-Vale"
    assert not any(text.startswith(("Operator", "Kestrel Amundsen-Obi --", "Our first question"))
                   for text in speakers)


def test_workers_given_by_first_name_and_age_are_each_quoted_by_that_name(tmp_path):
    text = ("Workers at the Mississauga warehouse vote on a strike mandate this week.\n\n"
            "\u201cI have packed orders here for nine years and I know every aisle by heart,\u201d said Anneliese, "
            "41, who asked that her surname not be used.\n\n"
            "Harjodh, 29, who works nights in the returns department, said he backed the vote. \u201cI have rent and a "
            "car loan to pay every month,\u201d he said.\n\n"
            "Zbigniew, 58, a forklift operator with 20 years at the site, said his job was safe. \u201cI just do not "
            "want to be the last one left in a building full of robots,\u201d he said.")
    speakers = _speakers(text, tmp_path)
    assert speakers["I have rent and a car loan to pay every month"] == "Harjodh"
    assert speakers["I just do not want to be the last one left in a building full of robots"] == "Zbigniew"


def test_a_releases_quotes_block_gives_each_quotation_to_the_name_over_it_before_a_dash(tmp_path):
    text = ("Province opens $90-million fund for flood readiness\n\n"
            "VICTORIA \u2013 Local governments will get a base allocation of $60,000 each, the ministry said.\n\n"
            "Quotes:\n\n"
            "Ingrid Okafor-Brandt, president, Association of Coastal Municipalities \u2013\n\n"
            "\u201cSmall towns have waited years for money they can plan around, and this is a good start.\u201d\n\n"
            "Chief Torvald Nakamura-Reid, Skeena River First Nation \u2013\n\n"
            "\u201cOur people have moved out of the way of water three springs in a row.\u201d\n")
    speakers = _speakers(text, tmp_path)
    assert speakers["Small towns have waited years for money they can plan around, and this is a good start."] == \
        "Ingrid Okafor-Brandt"
    assert speakers["Our people have moved out of the way of water three springs in a row."] == "Torvald Nakamura-Reid"


def test_a_report_named_by_its_title_and_released_by_a_centre_speaks_for_the_centre(tmp_path):
    text = ("Our graduates deserve better than a debt they cannot see coming.\n\n"
            "The report, \u201cThe Long Tail: Debt After the Degree,\u201d was released by the Marrowfield Institute "
            "for Student Finance, a nonpartisan research group.\n\n"
            "\u201cThe risk of borrowing is carried unevenly, and it falls on those with the least advice,\u201d the "
            "report concludes.\n\n"
            "\u201cInstitutional aid, not student behaviour, explains most of the gap between campuses,\u201d the "
            "authors write.")
    speakers = _speakers(text, tmp_path)
    assert speakers["The risk of borrowing is carried unevenly, and it falls on those with the least advice"] == \
        "Marrowfield Institute for Student Finance"
    assert speakers["Institutional aid, not student behaviour, explains most of the gap between campuses"] == \
        "Marrowfield Institute for Student Finance"


def test_a_body_named_for_how_many_members_it_has_speaks_in_its_own_name(tmp_path):
    text = ("Canberra will cap new international enrolments at 270,000 next year.\n\n"
            "The Group of Eight, which represents the country's research universities, said in a statement that the cap "
            "would \u201csend talented students to Canada and the United Kingdom instead.\u201d")
    assert _speakers(text, tmp_path)["send talented students to Canada and the United Kingdom instead."] == \
        "Group of Eight"


def test_a_body_whose_name_opens_on_an_acronym_is_nobody_a_she_can_point_to(tmp_path):
    text = ("\u201cWe are not going anywhere,\u201d said Niamh Brosnan-Keogh, chief executive of Corrib Gauge.\n\n"
            "The company has no plans to move production out of Ireland.\n\n"
            "\u201cGalway is the whole point of the business, and it stays that way,\u201d she said.\n\n"
            "The company said it had spoken to IDA Ireland and Enterprise Ireland about support for its staff.")
    assert _speakers(text, tmp_path)["Galway is the whole point of the business, and it stays that way"] == \
        "Niamh Brosnan-Keogh"


def test_a_radio_reports_clip_labelled_with_a_name_in_capitals_is_that_persons(tmp_path):
    text = ("PRAIRIE MARKETS AT NOON\n\n"
            "ROSALIND AKINTOLA-VOSS: We put the same question to a grower near Melfort. Here's Teodor Marchetti-Ruud, who "
            "farms 3,800 acres with his sister.\n\n"
            "[CLIP - TEODOR MARCHETTI-RUUD]: \"About half the crop is in the bin, and I'm not selling the rest at these "
            "prices while my costs are where they are.\"\n\n"
            "ROSALIND AKINTOLA-VOSS: Bids in the east of the province were steady this morning.\n")
    assert _speakers(text, tmp_path)["About half the crop is in the bin, and I'm not selling the rest at these prices "
                                     "while my costs are where they are."] == "Teodor Marchetti-Ruud"


def test_the_company_after_an_executive_named_family_name_first_is_the_company_not_her(tmp_path):
    text = ("HSINCHU, Taiwan (Pacific Wire) - Tamsui Wafer Works Co said on Thursday that quarterly profit rose 31%.\n\n"
            "Chief Financial Officer Kuo Mei-lan said the company would keep its guidance unchanged.\n\n"
            "\u201cWe would rather be cautious on margin than walk it back in three months,\u201d Kuo said.\n\n"
            "In a filing to the exchange, the company said it \u201ccontinues to study more capacity outside Taiwan at "
            "customers' request,\u201d but gave no timetable.")
    speakers = _speakers(text, tmp_path)
    assert speakers["continues to study more capacity outside Taiwan at customers' request"] == "Tamsui Wafer Works Co"
    assert speakers["We would rather be cautious on margin than walk it back in three months"] == "Kuo Mei-lan"


def test_an_unnamed_source_keeps_the_whole_of_what_they_know_and_a_ministry_its_whole_remit(tmp_path):
    text = ("Ojang Semicon will put its Texas plant on hold, the company said.\n\n"
            "A person familiar with the company's plans, who was not authorized to speak publicly, said the board had "
            "weighed Malaysia. \u201cNobody has decided to leave Texas for good,\u201d the person said.\n\n"
            "An official from the Ministry of Trade, Industry and Energy said Seoul had raised the duties with "
            "Washington. The ministry said it would offer \u201cevery administrative support we can\u201d for the new "
            "plant.")
    speakers = _speakers(text, tmp_path)
    assert speakers["Nobody has decided to leave Texas for good"] == "A person familiar with the company's plans"
    assert speakers["every administrative support we can"] == "Ministry of Trade, Industry and Energy"


_RULE = "-" * 80
WIRE_CALL = (f"Q3 2025 Quillmark Sensors Inc Earnings Call\n\nPresentation\n{_RULE}\nOperator   [1]\n{_RULE}\n"
             " Good morning, and welcome to the Quillmark Sensors third-quarter call. All lines are on mute.\n\n"
             f"{_RULE}\nMarguerite Oyelowo-Strand,  Quillmark Sensors Inc - President and CEO   [2]\n{_RULE}\n"
             " Thanks, operator. Revenue for the quarter was $94.2 million, up 11% from a year ago.\n\n"
             f"{_RULE}\nTobias Kerrigan-Vale,  Quillmark Sensors Inc - CFO   [3]\n{_RULE}\n"
             " Thank you, Marguerite. Gross margin was 58.1%, and we ended the quarter with $160 million in cash.\n\n"
             f"{_RULE}\nQuestions and Answers\n{_RULE}\nOperator   [4]\n{_RULE}\n"
             " Our first question comes from Kestrel Amundsen-Obi with Harrowgate Securities.\n\n"
             f"{_RULE}\nKestrel Amundsen-Obi,  Harrowgate Securities - Analyst   [5]\n{_RULE}\n"
             " Thanks. How much of the duty are you passing on to your customers this year?\n\n"
             f"{_RULE}\nMarguerite Oyelowo-Strand,  Quillmark Sensors Inc - President and CEO   [6]\n{_RULE}\n"
             " About half of it, and the rest we absorb while we move final assembly to Penang next spring.\n")


def test_a_wire_services_call_transcript_with_numbered_labels_between_rules_gives_each_turn_to_its_speaker(tmp_path):
    speakers = _speakers(WIRE_CALL, tmp_path)
    assert speakers["Revenue for the quarter was $94.2 million, up 11% from a year ago."] == \
        "Marguerite Oyelowo-Strand"
    assert speakers["Gross margin was 58.1%, and we ended the quarter with $160 million in "
                    "cash."] == "Tobias Kerrigan-Vale"
    assert speakers["About half of it, and the rest we absorb while we move final assembly to Penang next spring."] == \
        "Marguerite Oyelowo-Strand"
    assert not any(text.startswith(("Good morning, and welcome", "Our first question")) for text in speakers)


HYPHENED_CALL = (
    "Quillmark Sensors Inc (QMS) Q3 2025 Earnings Call\n\nCorporate Participants\n"
    "Marguerite Oyelowo-Strand - Quillmark Sensors Inc - President & CEO\nTobias Kerrigan-Vale - Quillmark Sensors Inc - CFO\n"
    "Kestrel Amundsen-Obi - Harrowgate Securities - Analyst\n\n"
    "Operator\nGood morning, and welcome to the Quillmark Sensors third-quarter call. All lines are on mute.\n\n"
    "Marguerite Oyelowo-Strand - Quillmark Sensors Inc - President & CEO\nThanks, operator. Revenue for the quarter was "
    "$94.2 million, up 11% from a year ago.\n\n"
    "Tobias Kerrigan-Vale - Quillmark Sensors Inc - CFO\nThank you, Marguerite. Gross margin was 58.1%, and we ended the "
    "quarter with $160 million in cash.\n\n"
    "Operator\nOur first question comes from Kestrel Amundsen-Obi with Harrowgate Securities.\n\n"
    "Kestrel Amundsen-Obi - Harrowgate Securities - Analyst\nThanks. How much of the duty are you passing on to your "
    "customers this year?\n\n"
    "Marguerite Oyelowo-Strand - Quillmark Sensors Inc - President & CEO\nAbout half of it, and the rest we absorb while "
    "we move final assembly to Penang next spring.\n")


def test_a_call_transcript_labelled_name_hyphen_firm_hyphen_title_keeps_each_turn_and_not_its_participants_list(tmp_path):
    speakers = _speakers(HYPHENED_CALL, tmp_path)
    assert speakers["Revenue for the quarter was $94.2 million, up 11% from a year ago."] == \
        "Marguerite Oyelowo-Strand"
    assert speakers["About half of it, and the rest we absorb while we move final assembly to Penang next spring."] == \
        "Marguerite Oyelowo-Strand"
    assert not any(text.startswith(("Tobias Kerrigan-Vale -", "Kestrel Amundsen-Obi -", "Good morning, and welcome"))
                   for text in speakers)


def test_the_university_is_named_with_its_campus(tmp_path):
    text = ("Residence rates at the University of Texas at Austin will rise 6.5% next fall, the housing office said.\n\n"
            "In a statement, the university said it was \u201clooking at every way to keep rooms affordable\u201d for "
            "students.")
    assert _speakers(text, tmp_path)["looking at every way to keep rooms affordable"] == "University of Texas at Austin"


def test_the_complaint_quotes_whoever_a_ruling_says_made_the_claim(tmp_path):
    text = ("A judge has refused to throw out a wrongful-dismissal lawsuit brought by a former safety officer.\n\n"
            "Judge Wilhelmina Achebe-Stroud ruled Thursday that Ignatius Varga-Holloway had made a plausible claim that "
            "Tremont Castings Inc. fired him for raising safety concerns.\n\n"
            "\u201cRather than recall the affected parts, managers told the safety office to let the matter drop,\u201d "
            "the complaint says.")
    assert _speakers(text, tmp_path)["Rather than recall the affected parts, managers told the safety office to let the "
                                     "matter drop"] == "Ignatius Varga-Holloway"


def test_a_letters_we_is_the_firm_at_its_head(tmp_path):
    text = ("HALDANE CASTINGS LTD.\nKitchener, Ontario\n\nJuly 21, 2025\n\nDear Valued Customer,\n\n"
            "Beginning with shipments invoiced on or after August 18, we will add a surcharge of 6.5% to orders for the "
            "United States.\n\n"
            "In our letter of March 14, we told you that Haldane would \u201chold its prices for as long as it "
            "responsibly could.\u201d We kept that promise for four months.\n\nSincerely,\n\nOttilie Brandvold-Nakai\n"
            "President\n")
    assert _speakers(text, tmp_path)["hold its prices for as long as it responsibly could."] == "Haldane Castings Ltd."


def test_the_hospitals_are_the_two_bodies_last_named_together(tmp_path):
    text = ("The nurses' council delivered strike notice to Harrowmere Health and Saint Odile Health Partners on Monday."
            "\n\nIn a joint statement, the hospitals said their offer \u201cwould keep our nurses among the best paid in "
            "the region.\u201d")
    assert _speakers(text, tmp_path)["would keep our nurses among the best paid in the region."] == \
        "Harrowmere Health and Saint Odile Health Partners"


def test_a_phone_ins_callers_given_by_first_name_are_quoted_by_that_name(tmp_path):
    text = ("THE NOON HOUR WITH ODESSA PRUITT-LANG\n\n"
            "ODESSA PRUITT-LANG (HOST): The plant is down for six weeks. Let's go to the phones. Bernadette is calling "
            "from Tecumseh.\n\n"
            "BERNADETTE (CALLER, TECUMSEH): Morning. My husband hauls seats into that plant, two loads a shift, and he "
            "was told not to come in after Friday.\n\n"
            "ODESSA PRUITT-LANG (HOST): Next caller is Ferdinand in LaSalle.\n\n"
            "FERDINAND (CALLER, LASALLE): I have been at that plant 22 years. Six weeks does not scare me, the word "
            "tariffs does.\n\n"
            "TOBIAS WENTWORTH-ABARA: The small shops can live through a bad quarter, but they cannot plan through a "
            "year like this.\n\n"
            "ODESSA PRUITT-LANG (HOST): Tobias, what would help them?\n\n"
            "TOBIAS WENTWORTH-ABARA: A date. Any date. Give them a date and they will plan around it.\n")
    speakers = _speakers(text, tmp_path)
    assert speakers["I have been at that plant 22 years. Six weeks does not scare me, the word tariffs does."] == \
        "Ferdinand"
    assert "Odessa Pruitt-Lang" not in speakers.values()


def test_a_quotation_set_as_a_markdown_block_quote_goes_on_from_the_paragraph_before(tmp_path):
    text = ("# The Bean Row\n\nAssociation president **Halvard Ostergaard-Ruiz**, who grows pintos near Grafton, said "
            "buyers are not walking away, but they are waiting.\n\n"
            "> \u201cOur customers in Monterrey have not stopped eating beans. What they have stopped doing is signing "
            "contracts six months out.\u201d\n\nMexico has been the largest market for most of the decade.\n")
    assert _speakers(text, tmp_path, "s.md")["Our customers in Monterrey have not stopped eating beans. What they have stopped "
                                    "doing is signing contracts six months out."] == "Halvard Ostergaard-Ruiz"


def test_the_company_after_a_distributors_statement_is_the_distributor_not_the_grower_before_it(tmp_path):
    text = ("Lakeside Glasshouse Farms says the new clauses would make its tomatoes harder to sell.\n\n"
            "Harrowfield Produce Distributors, a Toledo-based buyer that purchases from about a dozen growers, said in "
            "an emailed statement that the clauses were standard.\n\n"
            "\u201cWe are asking every foreign supplier, not just Canadian growers, to share the uncertainty,\u201d the "
            "company said.")
    assert _speakers(text, tmp_path)["We are asking every foreign supplier, not just Canadian growers, to share the "
                                     "uncertainty"] == "Harrowfield Produce Distributors"



def test_an_earnings_calls_name_and_title_lines_over_a_blank_line_head_each_speakers_turn(tmp_path):
    text = ("Larchmont Homes Q2 Earnings Call Transcript\n\n"
            "Call participants:\nOdalys Brennecke -- Chief Executive Officer\nTheron Vasquez-Lind -- Chief Financial "
            "Officer\n\nOperator\n\nGood morning, and welcome to the call.\n\n"
            "Odalys Brennecke -- Chief Executive Officer\n\n"
            "Thank you, and good morning. We closed 2,874 homes in the quarter, up 2% from a year ago.\n\n"
            "Buyers are cautious, and they want help with the payment more than with the price.\n\n"
            "Theron Vasquez-Lind -- Chief Financial Officer\n\n"
            "Thanks, Odalys. Gross margin was 21.4% in the quarter, against 23.9% a year earlier.\n\n"
            "Odalys Brennecke -- Chief Executive Officer\n\n"
            "Thank you all for joining us, and thank you to our crews in the field.\n")
    speakers = _speakers(text, tmp_path)
    assert speakers["We closed 2,874 homes in the quarter, up 2% from a year ago."] == \
        "Odalys Brennecke"
    assert speakers["Gross margin was 21.4% in the quarter, against 23.9% a year earlier."] == \
        "Theron Vasquez-Lind"


def test_i_am_and_a_first_name_is_no_persons_name_in_a_podcast_labelled_by_first_names(tmp_path):
    text = ("# The Floor Plan, Episode 40\n\nHosts Marit Ostrowski-Bell, a housing reporter, and Tobiah Quansah, a "
            "former underwriter, follow a fridge from the port to the closing table.\n\n"
            "**Marit:** Welcome to The Floor Plan. I'm Marit.\n\n**Tobiah:** And I'm Tobiah.\n\n"
            "**Marit:** This week it is appliances, which sounds boring, and I promise it is not.\n\n"
            "**Tobiah:** Right, and the builder does not buy one fridge, they buy a whole package at once.\n")
    assert _speakers(text, tmp_path, "s.md")["Right, and the builder does not buy one fridge, they buy a whole package "
                                             "at once."] == "Tobiah Quansah"


def test_the_group_is_the_body_set_off_as_an_industry_group_not_an_older_name_ending_in_group(tmp_path):
    text = ("The drop saves a borrower about $66 a month, according to Kestrel Lending Group, a lender in Columbus.\n\n"
            "The American Framing Builders Alliance, an industry group, estimated that tariffs had added $10,900 to "
            "the cost of a typical home.\n\n"
            "\u201cEvery dollar a builder cannot absorb ends up in the price of the house,\u201d the group said in a "
            "statement.")
    assert "Framing Builders Alliance" in _speakers(text, tmp_path)[
        "Every dollar a builder cannot absorb ends up in the price of the house"]


def test_a_firm_named_like_a_man_and_ending_in_products_is_the_company_that_speaks(tmp_path):
    text = ("PRINCE GEORGE \u2014 Tabor Creek Forest Products will curtail its sawmill for six weeks, the company said "
            "Thursday.\n\n\u201cIt just doesn't work that way,\u201d said Lorcan Whitebird, owner of Spruceline Homes, "
            "which builds 30 houses a year.\n\nIn a statement, Tabor Creek said the duties had cost it $38 million.\n\n"
            "\u201cWe cannot keep running at full capacity into this market,\u201d the company said.")
    assert _speakers(text, tmp_path)["We cannot keep running at full capacity into this market"] == \
        "Tabor Creek Forest Products"


def test_a_terminal_operator_cut_to_two_words_is_named_in_full(tmp_path):
    text = ("Container ships wait off the coast\n\n"
            "\u201cWe are turning ships around at half speed,\u201d said Ilario Benkirane, the operations manager of "
            "Kestrel Point Terminals.\n\n"
            "Kestrel Point, which runs one of the port's three berths, said in a statement that it had offered the "
            "crane operators a 9% raise over three years and \u201cstands ready to resume talks at any time.\u201d\n\n"
            "\u201cThe slowdown is hurting growers and mills far from the port, not the employers,\u201d the company said.")
    speakers = _speakers(text, tmp_path)
    assert speakers["stands ready to resume talks at any time."] == "Kestrel Point Terminals"
    assert speakers["The slowdown is hurting growers and mills far from the port, not the employers"] == \
        "Kestrel Point Terminals"


def test_a_lede_quoting_a_description_is_the_person_the_next_paragraph_opens_on(tmp_path):
    text = ("Ferry crews stretched thin\n\n"
            "Cancelled sailings have become \u201ca weekly fact of island life rather than a storm-season problem\u201d, a "
            "senior marine engineer has told a legislature committee.\n\n"
            "Dr Saoirse Lindgren-Abara, who advises the ferry workers' union, told the committee on Tuesday that 61 "
            "sailings had been cancelled in October.\n\n"
            "\u201cWe are running a fleet built for fewer passengers,\u201d she said.")
    speakers = _speakers(text, tmp_path)
    assert speakers["a weekly fact of island life rather than a storm-season problem"] == "Saoirse Lindgren-Abara"


def test_a_lede_quoting_an_unnamed_official_keeps_the_description_when_someone_else_is_named_next(tmp_path):
    text = ("Ferry talks stall\n\n"
            "The union's offer is \u201cnot something the province can afford this year,\u201d a senior official said.\n\n"
            "Transport Minister Benedikt Asante-Rowe said on Tuesday that talks would resume next week.")
    assert _speakers(text, tmp_path)["not something the province can afford this year"] == "a senior official"


def test_a_quotation_in_a_markdown_block_quote_is_signed_by_the_dashed_line_in_the_same_block(tmp_path):
    text = ("# Counter Notes\n\n## Letters\n\n"
            "> \u201cOur patients now phone ahead before every refill, just to ask what is missing this week.\u201d\n>\n"
            "> \u2014 Oluwaseun Marchetti-Byrne, pharmacist, Moncton\n\n## Next week\n\nMore on insulin prices.\n")
    speakers = _speakers(text, tmp_path, "s.md")
    assert speakers["Our patients now phone ahead before every refill, just to ask what is missing this week."] == \
        "Oluwaseun Marchetti-Byrne"


def test_a_lord_mayor_can_be_she_and_an_australian_councillors_cr_is_a_title(tmp_path):
    text = ("Council budget live\n\n"
            "Finance chair Cr Oswin Pemberton-Rao has taken questions from councillors.\n\n"
            "\u201cEvery pensioner household will see its remission rise by $65,\u201d Cr Pemberton-Rao said.\n\n"
            "Lord Mayor Marisol Quenby-Adair has begun her budget speech in the chamber.\n\n"
            "\u201cWe have held the rate rise below inflation for the second year running,\u201d she said.")
    speakers = _speakers(text, tmp_path)
    assert speakers["Every pensioner household will see its remission rise by $65"] == "Oswin Pemberton-Rao"
    assert speakers["We have held the rate rise below inflation for the second year running"] == "Marisol Quenby-Adair"


def test_a_council_leader_set_off_with_coun_before_her_name_is_her_not_the_council(tmp_path):
    text = ("By-election result\n\n"
            "The leader of Harrow Borough Council, Coun Philippa Dunmore-Oke, welcomed the result and said voters had "
            "\u201cbacked a local candidate with local priorities\u201d.")
    assert _speakers(text, tmp_path)["backed a local candidate with local priorities"] == "Philippa Dunmore-Oke"


def test_a_common_noun_opening_a_dek_is_no_speaker(tmp_path):
    text = ("Voters reject sales tax for streets\n\n"
            "Measure trails 52% to 48%; mayor says the city must now \u201cmake choices we were hoping not to make\u201d\n\n"
            "Voters turned down the measure on Tuesday, leaving the city about $38 million short.")
    speakers = _speakers(text, tmp_path)
    assert "make choices we were hoping not to make" in speakers
    assert speakers["make choices we were hoping not to make"] != "Measure"


def test_the_spokesperson_is_the_ministrys_spokesperson_described_in_the_sentence_before(tmp_path):
    text = ("Shell factory\n\n"
            "A Ministry of Transport spokesperson said the government was \u201cinvesting record sums in the rail "
            "network\u201d and pointed to a new contract.\n\n"
            "\u201cThe new depot will double the line's maintenance capacity by 2028,\u201d the spokesperson said.")
    speakers = _speakers(text, tmp_path)
    assert speakers["The new depot will double the line's maintenance capacity by 2028"] == \
        "A Ministry of Transport spokesperson"


def test_the_embassy_is_the_one_that_responded_last_not_the_one_that_spoke_first(tmp_path):
    text = ("Patrol ships\n\n"
            "Within hours, the Embassy of Norway issued a statement.\n\n"
            "\u201cNorway is disappointed by today's decision,\u201d the embassy said.\n\n"
            "The Embassy of Denmark responded two hours later with a statement of its own.\n\n"
            "\u201cDenmark welcomes the decision and looks forward to a long partnership,\u201d the embassy said.")
    speakers = _speakers(text, tmp_path)
    assert speakers["Denmark welcomes the decision and looks forward to a long partnership"] == "Embassy of Denmark"


def test_a_him_in_a_persons_own_relative_clause_is_someone_else_not_their_gender(tmp_path):
    text = ("Profile of an envoy\n\n"
            "Colleagues describe Hartmut Lindqvist-Obi as patient. Corisande Achterberg-Mwale, who worked under him in "
            "the trade talks, recalled a session that ran for 19 hours.\n\n"
            "\u201cHe didn't raise his voice once in all that time,\u201d she said.")
    assert _speakers(text, tmp_path)["He didn't raise his voice once in all that time"] == "Corisande Achterberg-Mwale"


def test_its_report_makes_the_committee_named_before_it_the_reports_maker_not_a_company_announcing_something(tmp_path):
    text = ("Regional news merger\n\n"
            "Harbour Lantern Television announced on 7 October that it would merge its two evening programmes. In its "
            "announcement, the company said the change would protect jobs.\n\n"
            "What I am sure of is what the House of Lords Communications and Digital Committee found when it looked "
            "at this kind of merger. Its report, published last week, is the most careful study we have.\n\n"
            "\u201cWe heard a great deal about online ambition and saw very little online delivery,\u201d the report "
            "said.")
    assert _speakers(text, tmp_path)["We heard a great deal about online ambition and saw very little online delivery"] \
        == "House of Lords Communications and Digital Committee"


def test_the_airline_is_the_firm_set_off_as_a_carrier(tmp_path):
    text = ("Snowbirds stay home\n\n"
            "\u201cBookings are down by a fifth this winter,\u201d said Rosalind Achterberg, an analyst at Pellmore "
            "Lodging Analytics.\n\n"
            "Borealis Air, a Canadian leisure carrier, will cut its Toronto\u2013Fort Myers flights to four a week.\n\n"
            "\u201cDemand for Florida from Canada has softened, and we are moving aircraft to Mexico,\u201d the airline "
            "said in a statement.")
    assert _speakers(text, tmp_path)["Demand for Florida from Canada has softened, and we are moving aircraft to Mexico"] \
        == "Borealis Air"


def test_a_minister_of_a_portfolio_written_before_her_name_is_her_title(tmp_path):
    text = ("Cruise record\n\n"
            "Director General of Tourism Evangeline Pinder-Sands said the government was \u201cnot choosing between "
            "cruise and stay-over visitors this year.\u201d")
    assert _speakers(text, tmp_path)["not choosing between cruise and stay-over visitors this year."] == \
        "Evangeline Pinder-Sands"


def test_the_company_is_the_one_firm_the_text_names_even_when_it_never_spoke_before(tmp_path):
    text = ("# Bargaining Bulletin No. 4\n\n"
            "Your bargaining committee met Lakeshore Post Media for three days this week.\n\n"
            "In its written proposal, the company said:\n\n"
            "> \u201cWe must reduce our cost base by $9 million next year to protect the paper's future.\u201d\n")
    assert _speakers(text, tmp_path, "s.md")["We must reduce our cost base by $9 million next year to protect the "
                                             "paper's future."] == "Lakeshore Post Media"


def test_including_opens_no_speaker_after_a_quotation(tmp_path):
    text = ("Breakfast shows merge\n\n"
            "Meridale Sound Group said in a statement that part of the savings would go to what it called \u201ca "
            "bigger and better local newsroom network\u201d, including 12 new reporter posts outside London.")
    assert _speakers(text, tmp_path)["a bigger and better local newsroom network"] == "Meridale Sound Group"


def test_two_surnames_alone_are_the_person_named_before_with_a_given_name_and_a_municipal_president_is_the_mayor(
        tmp_path):
    text = ("Beach town hotels fill up\n\n"
            "The president of the hotel association, Xiadani Arrieta Valdivieso, said occupancy reached 81 per cent.\n\n"
            "\u201cWe had families from Arizona who could not find a single room in August,\u201d Arrieta Valdivieso "
            "said.\n\n"
            "For his part, the municipal president, Evaristo Quiroga Larrañaga, said the town had spent 38 million "
            "pesos on its boulevard.\n\n"
            "\u201cThe visitor who comes from Arizona is the visitor who returns with his family,\u201d declared the "
            "mayor.")
    speakers = _speakers(text, tmp_path)
    assert speakers["We had families from Arizona who could not find a single room in August"] == \
        "Xiadani Arrieta Valdivieso"
    assert speakers["The visitor who comes from Arizona is the visitor who returns with his family"] == \
        "Evaristo Quiroga Larrañaga"


def test_a_places_farm_ministry_is_its_ministry_named_in_full_before(tmp_path):
    text = ("Beef imports near the trigger\n\n"
            "Imports rose 22% to 118,400 tonnes, according to figures released Monday by Japan's Ministry of "
            "Agriculture, Forestry and Fisheries.\n\n"
            "Japan's farm ministry said in a statement that the safeguard \u201cis functioning as agreed between the "
            "two governments.\u201d")
    assert _speakers(text, tmp_path)["is functioning as agreed between the two governments."] == \
        "Ministry of Agriculture, Forestry and Fisheries"


def test_a_letter_that_arrived_from_a_fund_speaks_for_it_and_hers_is_no_one(tmp_path):
    text = ("My pension fund says I owe it money\n\n"
            "In March a letter arrived from the Willamette Teachers' Retirement Fund. It was two pages long.\n\n"
            "The letter goes on: \u201cAs a result, you have received overpayments totaling $14,812.20 since 2019.\u201d\n\n"
            "My friend Lupe Haskins-Varga got hers the same week. Hers says she owes $9,406.75.\n\n"
            "\u201cThey want 60 months of payments from me,\u201d she told me over coffee.")
    speakers = _speakers(text, tmp_path)
    assert speakers["As a result, you have received overpayments totaling $14,812.20 since 2019."] == \
        "Willamette Teachers' Retirement Fund"
    assert speakers["They want 60 months of payments from me"] == "Lupe Haskins-Varga"


def test_a_firm_cut_short_is_named_as_fully_as_the_text_ever_writes_it(tmp_path):
    text = ("Insurers\n\n"
            "Brightfield Mutual had asked for 71%; retirees face a choice\n\n"
            "Regulators approved increases for holders of policies from Brightfield Mutual Life Insurance Co., the "
            "department said.\n\n"
            "Brightfield said in a statement that the increase was \u201cnecessary to keep these policies sustainable.\u201d")
    assert _speakers(text, tmp_path)["necessary to keep these policies sustainable."] == \
        "Brightfield Mutual Life Insurance Co."


def test_a_hyphenated_daily_capacity_a_headcount_a_cents_range_and_a_price_per_short_ton_are_figures():
    text = ("Harrow Point Refining runs a 94,000-barrel-a-day refinery and a 310-employee terminal. A duty would add "
            "15 to 18 cents a litre to diesel and between 4 and 6 U.S. cents a gallon to gasoline. Sheet steel sold "
            "for $910 per short ton last week.")
    figures = {sn.anchor.exact: sn for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.kind == "figure"}
    assert figures["94,000-barrel-a-day"].unit == "barrels per day"
    assert figures["94,000-barrel-a-day"].value == 94000
    assert "310-employee" in figures
    assert figures["15 to 18 cents a litre"].value is None          # a range: no one value to chart
    assert "between 4 and 6 U.S. cents a gallon" in figures
    assert "$910 per short ton" in figures


def test_a_count_said_again_for_another_year_counts_the_same_thing():
    text = "The city hosted 19 productions in 2023 and 14 in 2024, and 40 members joined in all."
    figures = {sn.anchor.exact: sn for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.kind == "figure"}
    assert figures["14"].value == 14 and figures["14"].unit == "productions"


def test_a_strength_written_with_a_hyphen_counts_people():
    text = "The cuts, about 12% of the jet maker's 5,100-strong Quebec workforce, fall mostly at its Dorval plant."
    figures = {sn.anchor.exact: sn for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.kind == "figure"}
    assert figures["5,100-strong"].value == 5100 and figures["5,100-strong"].unit == "people"


def test_parts_counted_after_their_whole_opens_the_sentence_are_figures_of_it():
    text = ("The union has 7,400 members on temporary layoff or short weeks.\n\nOf the 7,400, roughly 3,900 are on "
            "reduced hours and about 2,100 are laid off. Of the 52 claims filed, 31 were paid within a month. Of the "
            "140 firms polled, 38 per cent expect to cut jobs. Of the terminal's 612 berths, 431 have been let. "
            "Carriers cancelled 11 of the next 40 sailings.")
    figures = {sn.anchor.exact: sn for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.kind == "figure"}
    assert figures["roughly 3,900"].value == 3900 and figures["roughly 3,900"].unit == "of 7,400"
    assert figures["about 2,100"].value == 2100
    assert figures["31"].unit.startswith("of 52 claims")
    assert figures["38 per cent"].unit == "percent"             # a share in per cent stays a percentage
    assert figures["431"].value == 431 and figures["431"].unit.startswith("of 612")   # the whole's owner named
    (next_40,) = [f for exact, f in figures.items() if exact.startswith("11 of the next 40")]
    assert next_40.value == 11 and next_40.unit.startswith("of 40")


def test_livestock_counted_by_the_head_and_a_herd_size_are_figures():
    text = ("The plant kills 2,600 head a day and buys from a 22,000-head feedlot near the river. Their 60-cow "
            "herd is small. Manitoba has 27 provincially inspected meat plants.")
    figures = {sn.anchor.exact: sn for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.kind == "figure"}
    assert figures["2,600 head a day"].value == 2600
    assert figures["22,000-head"].unit == "head" and figures["60-cow"].value == 60
    assert figures["27 provincially inspected meat plants"].unit == "plants"


def test_a_workforce_taken_or_brought_to_a_bare_number_is_a_figure():
    text = ("The order would take the yard's workforce from about 1,900 to nearly 2,400 by 2028. The bakery "
            "hired 40 people, bringing its staff to about 310.")
    figures = {sn.anchor.exact: sn for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.kind == "figure"}
    assert figures["about 1,900"].value == 1900 and figures["nearly 2,400"].value == 2400
    assert figures["about 310"].value == 310


def test_a_number_compared_after_a_month_abbreviation_counts_what_the_sentence_counts():
    text = "The school had 2,140 applications by the Jan. 15 deadline, compared with 1,410 a year earlier."
    figures = {sn.anchor.exact: sn for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.kind == "figure"}
    assert figures["1,410"].unit == "applications"


def test_a_table_header_with_a_period_or_a_season_after_it_names_its_column_and_one_with_a_currency_makes_money():
    text = ("Permits fell sharply.\n\n| Country | Study permits, Jan\u2013Oct 2023 | College intake (fall) | "
            "Export revenue (C$bn) |\n|---|---|---|---|\n| India | 214,600 | 131,000 | 14.2 |\n")
    figures = {sn.anchor.exact: sn for sn in extract(Source(id="s", path="s.txt", text=text)) if sn.kind == "figure"}
    assert figures["214,600"].unit == "study permits" and figures["131,000"].unit == "college intake"
    assert (figures["14.2"].unit, figures["14.2"].quantity) == ("CAD billion", "money")   # not "export revenue" counted
