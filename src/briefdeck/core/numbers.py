"""Numbers as a slide shows them: '51,000', '25%', 'C$4.2B', '$310M', and a year never as '2,025'."""
from __future__ import annotations

import re

CURRENCY = {"cad": "C$", "usd": "US$", "eur": "\u20ac", "gbp": "\u00a3", "$": "$", "jpy": "\u00a5",
            "cny": "CN\u00a5", "mxn": "MX$", "aud": "A$", "inr": "\u20b9"}
SCALE = {"thousand": "K", "million": "M", "billion": "B", "trillion": "T"}
# Words that hedge a number ("nearly six hours", "more than 30 people"): a figure keeps them, and so does its slide
HEDGE_WORDS = (r"about|around|roughly|approximately|some|an estimated|close to|nearly|almost|just (?:over|under)|"
               r"more than|fewer than|less than|at least|at most|upwards of|up to|as (?:many|much|few|little) as")
LOOSE_HEDGES = "over|under|below|above"     # hedges too, except before a duration ("spread over 10 years")
HEDGE_VOCABULARY = frozenset(re.findall(r"[a-z]+", f"{HEDGE_WORDS}|{LOOSE_HEDGES}"))
_HEDGE = re.compile(rf"(?:{HEDGE_WORDS}|{LOOSE_HEDGES})\b\s*", re.I)
_MARK = {"more than": "+", "over": "+", "above": "+", "at least": "+", "upwards of": "+", "just over": "+",
         "fewer than": "<", "less than": "<", "under": "<", "below": "<", "just under": "~"}
_UP_TO = ("up to", "at most", "as many as", "as much as", "as few as", "as little as")


def number(value: float) -> str:
    """51000 -> '51,000'; 4.25 -> '4.25'; 3.5 -> '3.5'."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _money(value: float, unit: str, per: str = "/") -> str | None:
    """Money as a slide shows it: 'C$4.2B', '$12.50', and with its rate ('$ million per year': '$200M/year', or
    with ``per`` ' per ', '$200M per year'); None when ``unit`` is no currency."""
    money, _, rate = unit.partition(" per ")
    code, _, scale = money.partition(" ")
    sign = CURRENCY.get(code.lower())
    if sign is None or (scale and scale.lower() not in SCALE):
        return None
    minus, value = ("-", -value) if value < 0 else ("", value)     # -$4.2M, not $-4.2M
    rate = f"{per}{rate}" if rate else ""
    if not scale and not float(value).is_integer():
        return f"{minus}{sign}{value:,.2f}{rate}"       # $12.50, not $12.5
    return f"{minus}{sign}{number(value)}{SCALE.get(scale.lower(), '')}{rate}"


def big_number(value: float, unit: str) -> str:
    """The number as the big-number slide shows it: the unit's noun goes in the label, a symbol stays.

    25, percent -> 25%; 4.2, CAD billion -> C$4.2B; 51000, jobs -> 51,000; 2025, year -> 2025."""
    u = unit.strip().lower()
    if u == "year" and float(value).is_integer():
        return f"{value:.0f}"
    if u in ("percent", "%", "per cent"):
        return f"{number(value)}%"
    money = _money(value, unit.strip())
    if money is not None:
        return money
    scale = u.split(" ", 1)[0]
    if scale in SCALE:                                  # 1.2, million vehicles -> 1.2M
        return f"{number(value)}{SCALE[scale]}"
    return number(value)


def with_unit(value: float, unit: str, words: str = "") -> str:
    """The number and what it counts, for lists and tables: '51,000 jobs', '1.2 million vehicles', '25%';
    with the hedge of the ``words`` it was read from: 'nearly 6 hours'."""
    h = hedge(words)
    return f"{h} {_with_unit(value, unit)}" if h else _with_unit(value, unit)


def _with_unit(value: float, unit: str) -> str:
    u = unit.strip()
    shown = big_number(value, u)
    low = u.lower()
    if not u or low == "year" or low in ("percent", "%", "per cent"):
        return shown
    if (money := _money(value, u, per=" per ")) is not None:
        return money                                    # "$200M per year"
    scale, _, noun = low.partition(" ")
    if scale in SCALE:
        return f"{number(value)} {u}"
    return f"{shown} {u}"


def hedge_length(words: str) -> int:
    """How many characters of a figure's words are its hedge and the space after it ("about 9,000 jobs" -> 6)."""
    m = _HEDGE.match(words)
    return m.end() if m else 0


def hedge(words: str) -> str:
    """The hedge a figure's words open with ("nearly", "more than"), lower-cased; "" when they state it flat."""
    return " ".join(words[:hedge_length(words)].lower().split())


def hedged(shown: str, words: str) -> str:
    """A slide's number with the hedge of the words it came from: '~6' for "nearly six hours", '30+' for
    "more than 30 people", '<5%' for "less than 5 percent", 'Up to 40%' for "up to 40 percent"."""
    h = hedge(words)
    if not h or not shown:
        return shown
    if h in _UP_TO:
        return f"Up to {shown}"
    mark = _MARK.get(h, "~")
    return f"{shown}+" if mark == "+" else f"{mark}{shown}"
