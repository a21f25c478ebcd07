"""The parts figures are made of: numbers as digits and words, scales, months, units of time, and the Figure
record itself, for :mod:`briefdeck.extract.figures` and the modules that read its figures."""
from __future__ import annotations

import re
from dataclasses import dataclass

PERCENT, MONEY, COUNT, DURATION, DATE = "percent", "money", "count", "duration", "date"

# "6,200", "6 200" (thousands set apart by a space, as in South Africa or France), "2,86,412" (India), "6200", "6.2"
NUM = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d+(?:\.\d+)?"
SCALE = r"thousand|million|billion|trillion|lakh crores?|crores?|lakhs?|bn|mn|tn|[mbk](?![\w])"
# "1.5m tonnes", "2.3m barrels": a British million written onto the number, before what it counts (not "1.5m long")
COUNTED_M = r"(?:tonnes|tons|barrels|people|users|customers|jobs|vehicles|cars|homes|households|passengers|visitors|acres|" \
            r"hectares|litres|gallons|shares|workers|subscribers|units|doses|votes|viewers|members)\b"
WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "a hundred": 100, "one hundred": 100, "a dozen": 12, "a thousand": 1000,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
WORD_NUMBERS.update(TENS)
ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# a number word as a pattern: "thirty-three" (as a sentence must open with it), "twelve", "a dozen"
COMPOUND = rf"(?:{'|'.join(TENS)})-(?:{'|'.join(ONES)})"
ONE_WORD = rf"{COMPOUND}|{'|'.join(k for k in WORD_NUMBERS if ' ' not in k)}"
ANY_WORD = rf"{COMPOUND}|{'|'.join(sorted(WORD_NUMBERS, key=len, reverse=True))}"
FRACTIONS = {
    "half": 50, "one-half": 50, "a third": 100 / 3, "one-third": 100 / 3, "one third": 100 / 3,
    "two-thirds": 200 / 3, "two thirds": 200 / 3, "a quarter": 25, "one-quarter": 25, "one quarter": 25,
    "three-quarters": 75, "three quarters": 75, "a fifth": 20, "one-fifth": 20, "a tenth": 10, "one-tenth": 10,
    "two-fifths": 40, "two fifths": 40, "three-fifths": 60, "three fifths": 60, "four-fifths": 80, "four fifths": 80,
}
VAGUE = r"(?:hundreds|tens|thousands|millions|billions|dozens)(?: of (?:thousands|millions|billions))?"
MONTH = (r"\b(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|August|Aug\.|"
          r"Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
DURATION_UNITS = r"years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?"

SCALE_WORDS = {"k": "thousand", "m": "million", "mn": "million", "b": "billion", "bn": "billion", "tn": "trillion",
                "crores": "crore", "lakhs": "lakh", "lakh crores": "lakh crore"}

@dataclass
class Figure:
    start: int
    end: int
    value: float | None
    unit: str
    quantity: str      # percent, money, count, duration or date


GROUPING = re.compile(r"[,\s]")              # "12,600", "12 600"


def number_value(s: str) -> float:
    s = s.lower()
    if s in WORD_NUMBERS:
        return float(WORD_NUMBERS[s])
    if s == "one":                                      # "one per cent" (a bare "one" is no figure)
        return 1.0
    if "-" in s and s.split("-")[0] in TENS:
        tens, ones = s.split("-")
        return float(TENS[tens] + ONES.index(ones) + 1)
    return float(GROUPING.sub("", s))


def scale_word(s: str | None) -> str:
    if not s:
        return ""
    s = s.lower()
    return SCALE_WORDS.get(s, s)
