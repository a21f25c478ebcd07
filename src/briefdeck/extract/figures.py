"""Figures: numbers with their unit and what they measure, parsed to a value.

Percentages, money with currency and scale, counts with their noun
("51,000 jobs"), number words ("three-quarters", "hundreds of thousands"),
durations ("30 years", "half a century") and dates ("in 2025", "Feb. 18", "August 2023") — the last two
marked as such so they are never charted as quantities.
"""
from __future__ import annotations

import math
import operator
import re

from briefdeck.core.numbers import HEDGE_WORDS, LOOSE_HEDGES
from briefdeck.core.patterns import leftmost, trie_pattern
from briefdeck.extract import count_nouns, measures, money, shares, table_cells, tallies
from briefdeck.extract.figure_parts import (ANY_WORD, COUNT, COUNTED_M, DATE, DURATION, DURATION_UNITS, FRACTIONS, Figure,
                                            MONEY, MONTH, NUM, ONE_WORD, PERCENT, SCALE, SCALE_WORDS, VAGUE,
                                            WORD_NUMBERS, number_value, scale_word)
from briefdeck.extract.units import ATTACHED, ATTACHED_UNIT, COUNT_RATE, RATE, SLASH_RATE, UNIT_RATE, weight_not_money

FIGURE = re.compile(
    rf"(?P<money>(?P<cur>{money.BEFORE})\s?(?P<mnum>{NUM})(?:[\s-]?(?P<mscale>{SCALE}))?"
    rf"|(?P<mnum2>{NUM})(?:\s(?P<mscale2>{SCALE}))?\s{money.AFTER})"
    rf"|(?P<halfc>\b(?:half a century|a century|half a decade|a decade|a quarter[- ]century)\b)"
    rf"|(?P<pct>(?P<pnum>{NUM})(?:\s?(?:(?P<pts>\s(?:percentage\s|basis\s)?points?\b)|%|per\s?cent\b|percent\b|pct\b|pc\b)"
    rf"|-per-?cent\b|-percent\b)|(?P<pword>\b(?:{ONE_WORD}|one))\s(?:per\s?cent|percent)\b)"     # "nine per cent", "one per cent"
    rf"|(?P<cent>(?<![\w.,$€£])(?:US)?(?P<cnt>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:¢|c(?=/(?!o\b)[a-zA-Z])))"   # "9.5¢", "US64.8¢", "1,168c/kg" (not "c/o")
    rf"|(?P<pence>(?<![\w.,$€£])(?P<pnc>\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}})?)p\b(?!\.\w))"
    rf"|(?P<adj>(?<![\w.,$€£/#-])(?P<anum>{NUM})-(?P<aunit>square-(?:foot|metre|meter|mile|kilometre|kilometer)|"
    rf"acre|hectare|mile|kilometre|kilometer|km|metre|meter|millimetre|millimeter|centimetre|centimeter|inch|foot|storey|story|page|seat|bed|room|megawatt|tonne|ton|"
    rf"member|person|unit|home|suite|job|worker|employee|head|cow|barrel-(?:a|per)-day|strong|truck|vehicle|bus|store|"
    rf"branch|restaurant|vessel|ship|boat|aircraft|plane)\b)"
    rf"|(?P<frac>(?<!first )(?<!second )(?<!latter )(?<!back )(?<!front )\b(?:{'|'.join(sorted(map(re.escape, FRACTIONS), key=len, reverse=True))})\b"
    rf"(?=\s+(?:of|the|its|their|all|a|an)\b))"
    rf"|(?P<inx>\b(?:one|1) in (?P<inxn>two|three|four|five|six|seven|eight|nine|ten|{NUM})\b"
    rf"|(?P<inxa>two|three|four|five|six|seven|eight|nine|[2-9]) in (?P<inxd>three|four|five|six|seven|eight|nine|ten|10)\b)"
    rf"|(?P<dur>(?<![\w.,$€£-])(?P<dnum>{NUM}|{ONE_WORD})"
    rf"[\s-](?P<dunit>{DURATION_UNITS}|hrs?|mins?|h(?=\s\d{{1,2}}\smin))\b(?![- ]old)"
    rf"(?:(?:(?<=hour)|(?<=hours)|(?<=\bh)|(?<=\bhr)|(?<=\bhrs)),?\s(?:and\s)?(?P<dmin>\d{{1,2}})\s(?:minutes?|mins?)\b"
    rf"|(?:(?<=minute)|(?<=minutes)),?\s(?:and\s)?(?P<dsec>\d{{1,2}})\sseconds?\b)?)"
    rf"|(?P<vague>\b{VAGUE}\b(?= of\b))"
    rf"|(?P<mdate>(?-i:{MONTH})\s(?:\d{{1,2}}(?:st|nd|rd|th)?\b(?:,\s(?P<mdyear>(?:19|20)\d\d)\b)?"
    rf"|(?P<myear>(?:19|20)\d\d)\b)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s(?-i:{MONTH})(?:\s(?P<dmyear>(?:19|20)\d\d)\b)?)"
    rf"|(?P<year>(?<![\w.,$€£/#-])(?:19|20)\d\d(?:[-–/](?:\d\d){{1,2}})?(?![\w%]|[.,]\d|\s(?:{SCALE})\b))"
    rf"|(?P<att>(?<![\w.,$€£/#-])(?P<atnum>{NUM}){ATTACHED_UNIT}\b(?![.,]\d|/\w))"     # "390mm", "702 km"
    rf"|(?P<count>(?<![\w.,$€£/#-])(?P<cnum>{NUM})(?:-odd\b)?(?:(?:\s|(?=(?:bn|mn|tn)\b|m\s{COUNTED_M}))(?P<cscale>{SCALE}))?(?![\w%.,/-]\w|-))"
    rf"|(?P<wcount>\b(?P<wnum>{ANY_WORD})\b)",
    re.I)
_TIME_RATE = re.compile(r"\s(?:a|per|each)\s(day|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after)\b)", re.I)
# Where a figure can start (a digit, a currency sign or code, a number word): FIGURE is tried only there, much faster
_START_WORDS = ["half", r"a(?=[\s-]+(?:quarter|fifth|third|decade|tenth|dozen|century|hundred|thousand|million|"
                        r"billion|half|sixth|eighth))", "one", *(k for k in WORD_NUMBERS if " " not in k), "three",
                "hundreds", "tens", "thousands", "millions", "billions", "dozens"]
_START = (re.compile(rf"\d[\d,.]*|[$€£¥₹]|{money.START_SIGN}", re.I),      # (two scans, one for the digits and signs
          re.compile(rf"{money.START_CODE}|"                                   # and one for the words, take less
                     rf"\b(?=[{''.join(sorted({w[0] for w in _START_WORDS}))}])"     # than one for either)
                     rf"(?:{trie_pattern(sorted({w for w in _START_WORDS if w.isalpha()}))}|"   # (the number words
                     rf"{'|'.join(w for w in _START_WORDS if not w.isalpha())})\b", re.I))  # as a trie)
_FRACTION_WORD = re.compile(r"half|third|quarter|fifth|tenth")
_BY_FRACTION = re.compile(r"\bby\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|around\s+|some\s+|more\s+than\s+|"
                          r"less\s+than\s+|over\s+|under\s+)?(?P<frac>"
                          + "|".join(sorted(map(re.escape, FRACTIONS), key=len, reverse=True)) + r")\b(?![\s-]+(?:century|decade))",
                          re.I)
# "a crowd of 21,348", "a town of about 3,300": a bare number counts the whole named before it
_COLLECTIVE_BEFORE = re.compile(rf"\b(?P<noun>crowd|town|city|village|population|audience|attendance|community|"
                                rf"workforce|staff|crew|fleet|membership|electorate)\s+of\s+(?:(?:{HEDGE_WORDS})\s+)?$", re.I)
# "the number of customers paying more than $1 million rose to 412": a bare number after the change counts them
_NUMBER_OF_BEFORE = re.compile(rf"\b(?:number|count|total|tally) of (?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>[a-z][\w-]*s)\b[^.;!?]{{0,120}}?\b(?:rose|fell|"
                               rf"climbed|dropped|grew|increased|decreased|jumped|slipped|declined|reached|hit|totall?ed|"
                               rf"stood at|was|were|is|are)(?:\s+to)?\s+(?:(?:{HEDGE_WORDS})\s+)?$", re.I)
_DATE_WORD = re.compile(r"\b(?:in|since|by|from|until|through|early|late|mid|of|during|before|after|between|"
                        r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s-]+$", re.I)
_LABEL_BEFORE = re.compile(r"(?:\b(?:route|highway|road|page|chapter|room|flight|line|number|no\.|exit|gate|"
                           r"platform|bus|model|section|article|bill|pier|berth|terminal|unit|level|grade|"
                           r"phase|stage|version|channel|district|local))\s+$", re.I)


_MONTH_START = re.compile(rf"{MONTH}(?=\s\d)")     # "Feb. 18", "August 2023": scanned apart, it is cheaper


def _matches(text: str):
    """FIGURE matches, leftmost first and not overlapping, tried only where a figure can start."""
    end = 0
    starts = leftmost(_START, text)
    if _MONTH_START.search(text):
        starts = sorted([*starts, *_MONTH_START.finditer(text)], key=operator.methodcaller("start"))  # stable, as heapq.merge
    for start in starts:
        if start.start() < end:
            continue
        m = FIGURE.match(text, start.start())
        if m is None and start.group()[:1].isalpha() and start.end() < len(text):
            continue
        if m is not None:
            end = m.end()
            yield m


_JOINED = re.compile(r"\s(?:and|or|&)\s")       # "the 2025 wildfire and flood seasons": a year, not 2,025 seasons
_SHORT_TIME = {"h": "hours", "hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes"}
_WORTH = re.compile(r"[\u2019'][ \t]+(supply|inventory|worth|notice|pay|wages|salary|rent|production|output)\b", re.I)
# "210 of them": a part of what was just counted ("the two of them": the people just named)
# "another 10 to 15 per cent": a range, found apart; "another 6 a.m. workout": a time
_NOT_MORE_AFTER = re.compile(r"\s*(?:(?:to|or|-|\u2013)\s*\d|[ap]\.?m\b|:\d)", re.I)
# "job losses at between 15,000 and 19,000": a range of two bare thousands (one with a noun or a unit is found before)
_BARE_RANGE = re.compile(r"\bbetween[ \t]+(?:about[ \t]+|roughly[ \t]+)?\d{1,3}(?:,\d{3})+[ \t]+and[ \t]+\d{1,3}(?:,\d{3})+(?![\d,])")
# "3,710 of the notices, followed by Cork with 980 and Galway with 410": the next places' counts of the same things
_PLACE_WITH = re.compile(r"(?:\bfollowed[ \t]+by|,|\band)[ \t]+(?:the[ \t]+)?[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3}[ \t]+with[ \t]+"
                         r"(?:about[ \t]+|nearly[ \t]+|almost[ \t]+|roughly[ \t]+)?$")
# "Of the 742 applications …, 653, or 88%,": a bare number that is a share of a count
_OR_SHARE = re.compile(r",[ \t]+or[ \t]+(?:about[ \t]+|nearly[ \t]+|almost[ \t]+|roughly[ \t]+)?\d[\d.]*[ \t]*(?:%|per[ \t]?cent\b|percent\b)")
_MORE_BEFORE = re.compile(rf"\b(?:another|a further|an additional|the remaining)\s+(?:(?:{HEDGE_WORDS})\s+)?$", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|us|those|these)\b")
# "employs about 1,350 people, including 980 in Minnesota": a part, in a place, of what was just counted
_IN_YEAR = re.compile(r"[ \t]+in[ \t]+(?:19|20)\d\d\b")
_INCLUDING = re.compile(rf",[ \t]+including[ \t]+(?:(?:{HEDGE_WORDS})[ \t]+)?$", re.I)
_IN_A_PLACE = re.compile(r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z]")


def _last_count(found: list[Figure]) -> Figure | None:
    return next((f for f in reversed(found) if f.quantity == COUNT), None)


def _counted_before(found: list[Figure], at: int) -> str:
    """What the last count before ``at`` (within 400 characters) counted, without its scale: "workers"."""
    last = _last_count(found)
    if last is None or at - last.end > 400 or not last.unit or " per " in last.unit:
        return ""
    return " ".join(w for w in last.unit.split() if w not in SCALE_WORDS.values())


_JOINS_NEXT = re.compile(r"[ \t]*(?:(?:to|and|or|of)[ \t]+|[-\u2013][ \t]*)(?:[a-z]+[ \t]+)?\d")   # a range, a share


def _counted_in_sentence(text: str, found: list[Figure], at: int) -> str:
    """What the last count before ``at`` in the same sentence counted ("" when there is none)."""
    noun = _counted_before(found, at)                 # (a count found, so _last_count is one)
    line = text[text.rfind("\n", 0, at) + 1:at]
    return noun if noun and noun not in ("year", "votes") and "|" not in line and "  " not in line \
        and not _SENTENCE_END.search(text, _last_count(found).end, at) else ""   # (not a table's cells)


def _price_rate(text: str, e: int, unit: str) -> tuple[int, str]:
    """A sum's span and unit taken on over the rate after it: "$0.68 per kilometre", "C$150-an-hour", "$30 per
    person per day", "$345 a tonne", "€68/MWh"."""
    rate = money.PER_CURRENCY.match(text, e) or RATE.match(text, e)
    if rate:
        while rate:
            e, unit = rate.end(), f"{unit} per {(rate.group(1) or rate.group(2)).lower()}"
            rate = RATE.match(text, e) if text.startswith(" per ", e) else None
    elif (rate := UNIT_RATE.match(text, e) or SLASH_RATE.match(text, e)) is not None:
        e, unit = rate.end(), f"{unit} per {rate.group(1)}"
    return e, unit


def _signed(text: str, start: int, value: float | None) -> tuple[int, float | None]:
    """A sign written onto a number ("−11%", "(-4.2%)", "+9%", not "2-3%" nor "- 11%"): the figure starts at the
    sign, and with a minus its value is negative."""
    if start and text[start - 1] in "\u2212-+" and (start == 1 or text[start - 2] in " \t\n(|:") and value is not None:
        return start - 1, value if text[start - 1] == "+" else -value
    return start, value


def find(text: str) -> list[Figure]:
    """Every figure in ``text``; counts need a noun after them ("51,000 jobs"); a bare number is skipped unless
    something tells what it counts or it is the level of what its clause names ("recovered to 12,600")."""
    out: list[Figure] = []
    froms: list[Figure] = []                              # bare levels a change starts "from"
    for m in _matches(text):
        g = m.groupdict()
        s, e = m.start(), m.end()
        if g["money"]:
            cur = (g["cur"] or g["cur2"]).strip().lower()
            value = number_value(g["mnum"] or g["mnum2"])
            if cur == "pounds" and weight_not_money(text, s, e):     # "a quota of 73,393 pounds": a weight
                out.append(Figure(s, e, value, " ".join(p for p in (scale_word(g["mscale2"]), "pounds") if p), COUNT))
                continue
            unit = " ".join(p for p in (money.unit(cur), scale_word(g["mscale"] or g["mscale2"])) if p)
            e, unit = _price_rate(text, e, unit)
            if unit == "cents" and (us := money.US_AFTER.match(text, e)):
                e, unit = us.end(), "US cents"            # the dollar "at 71 cents U.S.": in whose cents
            s, value = _signed(text, s, value)            # "−$4.2 million": a loss
            out.append(Figure(s, e, value, unit, MONEY))
        elif g["cent"]:                                   # "9.5¢/USG"
            rate = SLASH_RATE.match(text, e)
            out.append(Figure(s, rate.end() if rate else e, number_value(g["cnt"]),
                              f"cents per {rate.group(1)}" if rate else "cents", MONEY))
        elif g["pct"]:
            unit = ("basis points" if "basis" in g["pts"].lower() else "percentage points") if g["pts"] else "percent"
            rate = UNIT_RATE.match(text, e)
            if rate:                                      # "raises of 5 per cent a year": the span says so
                e = rate.end()
            s, value = _signed(text, s, number_value(g["pnum"] or g["pword"]))     # "−11%" in a table: a fall
            out.append(Figure(s, e, value, unit, PERCENT))
        elif g["pence"]:                                  # "54.75p a day", "26.35p per kilowatt hour"
            e, unit = _price_rate(text, e, "pence")
            out.append(Figure(s, e, number_value(g["pnc"]), unit, MONEY))
        elif g["att"]:                                    # "390mm of rain", "1.8C above the norm"
            out.append(Figure(s, e, number_value(g["atnum"]), ATTACHED[g["atunit"]], COUNT))
        elif g["adj"]:                                    # "a 14,000-square-foot warehouse", "a 34-page report"
            unit = "barrels per day" if g["aunit"].startswith("barrel") else g["aunit"].lower().replace("-", " ")
            unit = "people" if unit == "strong" else unit      # "the company's 5,100-strong workforce"
            out.append(Figure(s, e, number_value(g["anum"]), unit, COUNT))   # "a 128,000-barrel-a-day refinery"
        elif g["frac"]:
            out.append(Figure(s, e, round(FRACTIONS[g["frac"].lower()], 1), "percent", PERCENT))
        elif g["inx"]:                                    # "one in six", "nine in 10"
            part, whole = (number_value(g["inxa"]), number_value(g["inxd"])) if g["inxa"] else (1.0, number_value(g["inxn"]))
            if part >= whole:
                continue                                  # "three in three": no share
            whole /= part                                 # "one in 0": no share to give
            noun, noun_end = count_nouns.noun_after(text, e)
            e = noun_end if noun else e                   # "one in six jobs"
            out.append(Figure(s, e, float(f"{100 / whole:.3g}") if whole else None, "percent", PERCENT))
        elif g["mdate"]:
            year = g["mdyear"] or g["myear"] or g["dmyear"]
            out.append(Figure(s, e, float(year) if year else None, "date", DATE))
        elif g["halfc"]:
            years = {"half a century": 50, "a century": 100, "half a decade": 5, "a decade": 10}
            out.append(Figure(s, e, float(years.get(g["halfc"].lower(), 25)), "years", DURATION))
        elif g["dur"]:
            unit = g["dunit"].lower()
            unit = _SHORT_TIME.get(unit, unit)                  # "3 h 10 min", "45 mins"
            unit = unit if unit.endswith("s") or unit.endswith("ies") else (unit[:-1] + "ies" if unit.endswith("y")
                                                                          else unit + "s")
            part = int(g["dmin"] or g["dsec"] or 0) / 60          # "2 hours 25 minutes", "9 minutes 50 seconds"
            if (worth := _WORTH.match(text, e)) is not None:    # "71 days’ supply": a stock measured in time
                e, unit = worth.end(), f"{unit}' {worth.group(1).lower()}"
            elif (every := _TIME_RATE.match(text, e)) is not None and unit in ("hours", "days", "minutes"):
                e, unit = every.end(), f"{unit} a {every.group(1).lower()}"      # "open 22 hours a day"
            out.append(Figure(s, e, round(number_value(g["dnum"]) + part, 2), unit, DURATION))
        elif g["vague"]:
            noun, noun_end = count_nouns.noun_after(text, e)
            out.append(Figure(s, noun_end if noun else e, None, noun, COUNT))
        elif g["year"]:
            noun, noun_end = count_nouns.noun_after(text, e)
            if noun and not _DATE_WORD.search(text, max(0, s - 16), s) and not _JOINED.search(text, e, noun_end):
                out.append(Figure(s, noun_end, float(g["year"][:4]), noun, COUNT))   # "2024 vehicles"
            else:
                out.append(Figure(s, e, float(g["year"][:4]), "year", DATE))
        elif (g["count"] or g["wcount"]) and _LABEL_BEFORE.search(text, max(0, s - 24), s):
            continue                                      # "route 66", "Boeing 737": a name, not a count
        elif g["count"] or g["wcount"]:
            noun, noun_end = count_nouns.noun_after(text, e)
            scale = scale_word(g["cscale"])
            if g["count"]:
                value = number_value(g["cnum"])
                if not noun and (1900 <= value <= 2100 and value.is_integer()) and "," not in g["cnum"]:
                    out.append(Figure(s, e, value, "year", DATE))
                    continue
            else:
                value = number_value(g["wnum"])
            whole = (_COLLECTIVE_BEFORE.search(text, max(0, s - 40), s)
                     or _NUMBER_OF_BEFORE.search(text, max(0, s - 200), s)) if not noun and not scale else None
            fx = money.PER_CURRENCY.match(text, e) if not noun and not scale else None
            if fx:                                        # "the peso weakened to 19.86 per dollar"
                out.append(Figure(s, fx.end(), value, f"per {fx.group(1).lower()}", MONEY))
                continue
            if whole:
                noun = whole.group("noun").lower()        # "a crowd of 21,348", "the number of stores fell to 27"
            elif not noun and not scale and (_OF_THEM.match(text, e) and not text[max(0, s - 4):s].lower() == "the "
                                             or _MORE_BEFORE.search(text, max(0, s - 24), s) and not _NOT_MORE_AFTER.match(text, e)
                                             or _INCLUDING.search(text, max(0, s - 30), s) and _IN_A_PLACE.match(text, e)
                                             and (last := _last_count(out)) is not None and (last.value or 0) > (value or 0)):
                noun = _counted_before(out, s)            # "about 340 workers. … 210 of them", "… and another 260"
            if not noun and not scale and g["count"] and (paid := table_cells.money_unit(text, s, e)):
                out.append(Figure(s, e, value, paid, MONEY))      # "| 107 |" under "| 2025 revenue (C$ million) |"
                continue
            if not noun and not scale and g["count"] and value and (header := table_cells.column_header(text, s, e)):
                out.append(Figure(s, e, value, header, COUNT))    # "| 271,400 |" under "| Housing starts |"
                continue
            if not noun and not scale:                    # a bare number: the level of what its clause names, or none
                digits = g["cnum"] or ""                  # not a number word: "41 votes to seven"
                lv = measures.level(text, s, e) if "," in digits or "." in digits or digits and value >= 10 else None
                if lv is None and digits and (_OR_SHARE.match(text, e) or _PLACE_WITH.search(text, max(0, s - 50), s)) \
                        and not re.search(r"\d[ \t]*(?:and|-|\u2013)[ \t]*$", text[max(0, s - 8):s]):   # (not "weeks 24 and 28,")
                    out.append(Figure(s, e, value, _counted_before(out, s), COUNT))
                    continue
                paired = _IN_YEAR.match(text, e) and (last := _last_count(out)) and _IN_YEAR.match(text, last.end)
                if lv is None and ("," in digits or paired) and not _JOINS_NEXT.match(text, e) \
                        and (same := _counted_in_sentence(text, out, s)):
                    out.append(Figure(s, e, value, same, COUNT))      # "35,210 thefts in 2023 and 25,950 in 2024",
                    continue                                          # "19 productions in 2023 and 14 in 2024"
                if lv is None and not (digits and froms and measures.continues_from(text, s, froms[-1].end)):
                    continue                              # "4.5 million" is a count all the same
                noun = _counted_before(out, s) if lv is not None and (lv.group("there") or lv.group("part")) else (froms[-1].unit if lv is None else "")
                out.append(Figure(s, e, value, noun, COUNT))
                if lv is not None and "from" in (lv.group("dir"), lv.group("pdir")):
                    froms.append(out[-1])                 # "fell from 26.4 … to 24.1"
                continue
            unit = " ".join(p for p in (scale, noun) if p)
            rate = COUNT_RATE.match(text, noun_end) if noun else None
            if rate:                                      # "1.2 tonnes a hectare", "41 cases per 100,000 residents"
                per = f"{rate.group('rn')} {rate.group('rnoun')}" if rate.group("rn") else rate.group("ru")
                noun_end, unit = rate.end(), f"{unit} per {per.lower()}"
            out.append(Figure(s, noun_end, value, unit, COUNT))
    taken = [(f.start, f.end) for f in out]
    for m in _BY_FRACTION.finditer(text) if _FRACTION_WORD.search(text) else ():   # "fell by about a third"
        s, e = m.span("frac")
        if not any(a < e and s < b for a, b in taken):
            out.append(Figure(s, e, round(FRACTIONS[m.group("frac").lower()], 1), "percent", PERCENT))
    for m in _BARE_RANGE.finditer(text) if " between " in text else ():    # "at between 15,000 and 19,000."
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(Figure(m.start(), m.end(), None, "", COUNT))
    for s, e, what in tallies.find(text):                 # "voted 5-2", "a 3-1 win": never a number to chart,
        out = [f for f in out if not (f.start < e and s < f.end and f.quantity == COUNT)]   # nor "12 along party lines"
        if not any(f.start < e and s < f.end for f in out):
            out.append(Figure(s, e, None, what, COUNT))
    out.sort(key=lambda f: f.start)
    kept: list[Figure] = []
    for f in out:                                          # "per 100,000 residents" inside a rate
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    out = _ranges(text, shares.find(text, _bare_after_from(text, _bare_pairs(text, kept))))
    more = [Figure(*at, number_value(text[slice(*at)]), f.unit, COUNT) for f in out if f.quantity == COUNT
            and (at := measures.parallel(text, f.end)) and not any(g.start <= at[0] < g.end for g in out)]
    out = sorted(out + more, key=lambda f: f.start) if more else out
    for f in out:   # 400 digits make float('inf'): a figure, but no value to chart or compare
        if f.value is not None and not math.isfinite(f.value):
            f.value = None
    return _hedged(text, out)


# "nearly six hours", "more than 30 people", "up to 40%": the hedge is part of the figure, or a slide
# would show a number the source did not state ("over" and "under" before a duration mean "during")
_HEDGE_BEFORE = re.compile(rf"\b(?:{HEDGE_WORDS}|(?P<loose>{LOOSE_HEDGES}))[ \t]+$", re.I)


# "The shares add up to 100%", "prices went up to $5": a verb's "up to", not a hedge
_VERB_UP_TO = re.compile(r"\b(?:add|adds|added|adding|sum|sums|summed|amount|amounts|amounted|come|comes|came|go|goes|"
                         r"went|gone|move|moves|moved|step|steps|stepped|ramp|ramps|ramped|live|lives|lived)\s+$", re.I)


def _hedged(text: str, found: list[Figure]) -> list[Figure]:
    last_end = 0
    for f in found:
        m = _HEDGE_BEFORE.search(text, max(last_end, f.start - 24), f.start)
        if m and not (m.group("loose") and f.quantity == DURATION) \
                and not (m.group().lower().startswith("up") and _VERB_UP_TO.search(text, max(0, m.start() - 12),
                                                                                    m.start())):
            f.start = m.start()
        last_end = f.end
    return found


# "between 25,000 and 30,000 jobs", "40 to 55 mph": the bare first number takes the unit of the second;
# "from 118 to 131 stops" is a change, so 118 becomes a figure of its own. "34 votes to 21" is a tally.
_BARE_BEFORE = re.compile(rf"(?P<lead>\b(?:between|from)\s+(?:(?:{HEDGE_WORDS})\s+)?)?(?<![\w.,$€£/#-])"
                          rf"(?P<n>{NUM}|{ONE_WORD})\s*(?P<join>to|and|or|\u2013|-)\s*$",
                          re.I)
_TALLY_TAIL = re.compile(rf"\s+to\s+(?:\d{{1,4}}\b(?![.,]\d)|(?:{ONE_WORD})\b)")
# "fell to 140,000 units this year from 212,000": the bare number after "from" counts the same thing
_FROM_BARE = re.compile(rf"\b(?:from|compared with|compared to|versus|vs\.)\s+(?:(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?"
                        rf"(?:peak|high|low|record|target|level|total|forecast|estimate)\s+of\s+)?(?:(?:{HEDGE_WORDS})\s+)?"
                        rf"(?:\*\*|__)?"
                        rf"(?P<n>{NUM})(?!\d|[\w%.,/:-]\w|-|\s(?:{SCALE})\b|\s?%|\s+per\b)")
_TO_BARE = re.compile(rf"\s+to\s+(?:(?:{HEDGE_WORDS})\s+)?(?P<n>{NUM})(?!\d|[\w%.,/:-]\w|-|\s(?:{SCALE})\b|\s?%|\s+per\b)")
_SENTENCE_END = re.compile(r";\s|(?<!\b[A-Z]\.[A-Z])(?<!Jan|Feb|Mar|Apr|Aug|Oct|Nov|Dec)(?<!Sept)[.!?]\s+(?![a-z])")
# (not "U.S. residents", "by the Jan. 15 deadline")
_FROM_REACH = 120


def _bare_pairs(text: str, found: list[Figure]) -> list[Figure]:
    """A bare number paired with the figure after it: a range or a change ("between 25,000 and 30,000 jobs",
    "from 118 to 131 stops"), and a tally's second number ("34 votes to 21")."""
    out: list[Figure] = []
    for f in found:
        if f.unit == "votes" and f.value is not None:
            tail = _TALLY_TAIL.match(text, f.end)
            if tail:
                out.append(Figure(f.start, tail.end(), None, "votes", COUNT))
                continue
        m = (_BARE_BEFORE.search(text, max(0, f.start - 40), f.start)
             if (f.quantity in (COUNT, PERCENT, DURATION) or "cents" in f.unit.split()) and f.value is not None
             and f.unit != "votes" else None)                # ("20 to 25 cents a gallon": cents, written once)
        lead = (m.group("lead") or "").lower() if m else ""
        if m and (m.group("join").lower() != "and" or lead.startswith("between")) \
                and not (out and out[-1].end > m.start("n")) and number_value(m.group("n")) < f.value:
            if lead.startswith("from"):                   # a change: two figures
                out.append(Figure(m.start("n"), m.end("n"), number_value(m.group("n")), f.unit, f.quantity))
            else:                                         # a range: one figure, no single value
                start = m.start() if lead.startswith("between") else m.start("n")    # "between 85 and 95 students"
                out.append(Figure(start, f.end, None, f.unit, f.quantity))
                continue
        out.append(f)
    return out


def _bare_after_from(text: str, found: list[Figure]) -> list[Figure]:
    """A bare number after "from" or "compared with" counts what the count before it in its sentence counts:
    "fell to 140,000 units this year from 212,000"."""
    if " from " not in text and " compared " not in text and " vs" not in text:
        return found
    taken = [(f.start, f.end) for f in found]
    out = list(found)
    for m in _FROM_BARE.finditer(text):
        s, e = m.span("n")
        if any(a < e and s < b for a, b in taken):
            continue
        before = [f for f in found if f.end <= m.start() and m.start() - f.end <= _FROM_REACH
                  and f.quantity == COUNT and f.value is not None and f.unit not in ("votes", "year")]
        if before and not _SENTENCE_END.search(text, before[-1].end, m.start()):
            out.append(Figure(s, e, number_value(m.group("n")), before[-1].unit, COUNT))
    for f in found:                                   # "from 38 people to about 75": the second counts the same
        to = _TO_BARE.match(text, f.end) if f.quantity == COUNT and f.unit and f.value is not None else None
        if to and _FROM_BEFORE.search(text, max(0, f.start - 30), f.start) \
                and not any(a < to.end("n") and to.start("n") < b for a, b in taken):
            out.append(Figure(to.start("n"), to.end("n"), number_value(to.group("n")), f.unit, COUNT))
    out.sort(key=lambda f: f.start)
    return out


_RANGE_JOIN = re.compile(r"[ \t]*(?:to|\u2013|\u2014|-)[ \t]*")
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \t]+$", re.I)
_AND_JOIN = re.compile(r"[ \t]+and[ \t]+")
_FROM_BEFORE = re.compile(r"\b(?:from|between)[ \t]+(?:about[ \t]+|roughly[ \t]+)?$", re.I)


# "lost $10.90 to $629.10", "up A$14 to A$372 a tonne", "weakened by 9 cents to 61 cents": a small change, then the
# level it came to ("by 3% to 5%", "up $40 to $55": a range)
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|by|rose|fell|gained|lost|added|shed|climbed|dropped|slipped|jumped|eased|firmed|"
                            r"weakened|strengthened|rallied|declined|increased|decreased|advanced|retreated|higher|lower)"
                            r"[ \t]+(?:(?:about|roughly|nearly|almost|some)[ \t]+)?$", re.I)


def _same_base(a: Figure, b: Figure) -> bool:
    """Whether two figures are in the same unit, whatever rate follows: a range is; "2 cents to $10.18" and
    "0.6 percentage point to 14.1%" are a change and the level it came to."""
    return a.unit.split(" per ")[0] == b.unit.split(" per ")[0]


def _ranges(text: str, found: list[Figure]) -> list[Figure]:
    """"$4.35 to $4.50", "2% to 3%": one figure, a range, with no single value to chart. "from 118 to 131"
    is a change, two figures."""
    out: list[Figure] = []
    for f in found:
        last = out[-1] if out else None
        if last is not None and last.quantity == f.quantity and f.quantity in (MONEY, PERCENT) \
                and last.value is not None and f.value is not None and last.value < f.value:
            between = _BETWEEN_BEFORE.search(text, max(0, last.start - 20), last.start)
            if between and _AND_JOIN.fullmatch(text, last.end, f.start):     # "between $300 million and $450 million"
                out[-1] = Figure(between.start(), f.end, None, f.unit, f.quantity)
                continue
            if _RANGE_JOIN.fullmatch(text, last.end, f.start) and _same_base(last, f) \
                    and not _FROM_BEFORE.search(text, max(0, last.start - 20), last.start) \
                    and not (last.value < f.value / 4 and _CHANGE_BEFORE.search(text, max(0, last.start - 30), last.start)):
                out[-1] = Figure(last.start, f.end, None, f.unit, f.quantity)
                continue
        out.append(f)
    return out
