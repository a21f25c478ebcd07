"""How numbers read on a slide and in the editor's lists."""
import pytest

from briefdeck.core.numbers import big_number, hedged, with_unit


@pytest.mark.parametrize("value,unit,big,listed", [
    (51000, "jobs", "51,000", "51,000 jobs"),
    (2025, "year", "2025", "2025"),                       # a year never gets a thousands separator
    (2025, "vehicles", "2,025", "2,025 vehicles"),
    (25, "percent", "25%", "25%"),
    (3.5, "percent", "3.5%", "3.5%"),
    (4.2, "CAD billion", "C$4.2B", "C$4.2B"),
    (310, "$ million", "$310M", "$310M"),
    (40, "GBP million", "\u00a340M", "\u00a340M"),
    (12.5, "$", "$12.50", "$12.50"),
    (1.2, "million vehicles", "1.2M", "1.2 million vehicles"),
    (2, "years", "2", "2 years"),
    (-4.2, "$ million", "-$4.2M", "-$4.2M"),            # a loss: the sign before the currency's
    (-11, "percent", "-11%", "-11%"),
    (200, "$ million per year", "$200M/year", "$200M per year"),     # money at a rate keeps its currency
    (45, "$ per month", "$45/month", "$45 per month"),
    (2.75, "CAD per order", "C$2.75/order", "C$2.75 per order"),
])
def test_numbers_read_as_a_person_writes_them(value, unit, big, listed):
    assert big_number(value, unit) == big
    assert with_unit(value, unit) == listed


@pytest.mark.parametrize("words, shown, big, listed", [
    ("nearly six hours", "6", "~6", "nearly 6 hours"),
    ("About C$4.2 billion", "C$4.2B", "~C$4.2B", "about C$4.2B"),
    ("more than 30 people", "30", "30+", "more than 30 people"),
    ("at least 12%", "12%", "12%+", "at least 12%"),
    ("fewer than 50 staff", "50", "<50", "fewer than 50 staff"),
    ("as many as 12,000 jobs", "12,000", "Up to 12,000", "as many as 12,000 jobs"),
    ("12,000 jobs", "12,000", "12,000", "12,000 jobs"),
    ("overtime pay of $40", "$40", "$40", "$40"),        # "over" only as a word of its own
])
def test_a_hedged_figure_keeps_its_hedge(words, shown, big, listed):
    assert hedged(shown, words) == big
    value, unit = {"6": (6, "hours"), "C$4.2B": (4.2, "CAD billion"), "30": (30, "people"), "12%": (12, "percent"),
                   "50": (50, "staff"), "12,000": (12000, "jobs"), "$40": (40, "$")}[shown]
    assert with_unit(value, unit, words) == listed


def test_a_british_papers_pc_is_per_cent():
    from briefdeck.extract import figures
    text = "Shares fell 4.6pc on Tuesday and the base rate is 4.25pc; the maker sold 40 PCs."
    found = [(text[f.start:f.end], f.value, f.unit) for f in figures.find(text)]
    assert ("4.6pc", 4.6, "percent") in found and ("4.25pc", 4.25, "percent") in found
    assert ("40 PCs", 40.0, "percent") not in found
