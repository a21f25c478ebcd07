"""How numbers read on a slide and in the editor's lists."""
import pytest

from briefdeck.core.numbers import big_number, with_unit


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
])
def test_numbers_read_as_a_person_writes_them(value, unit, big, listed):
    assert big_number(value, unit) == big
    assert with_unit(value, unit) == listed
