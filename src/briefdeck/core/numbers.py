"""Numbers as a slide shows them: '51,000', '25%', 'C$4.2B', '$310M', and a year never as '2,025'."""
from __future__ import annotations

CURRENCY = {"cad": "C$", "usd": "US$", "eur": "\u20ac", "gbp": "\u00a3", "$": "$", "jpy": "\u00a5",
            "cny": "CN\u00a5", "mxn": "MX$", "aud": "A$", "inr": "\u20b9"}
SCALE = {"thousand": "K", "million": "M", "billion": "B", "trillion": "T"}


def number(value: float) -> str:
    """51000 -> '51,000'; 4.25 -> '4.25'; 3.5 -> '3.5'."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _money(value: float, unit: str) -> str | None:
    code, _, scale = unit.partition(" ")
    sign = CURRENCY.get(code.lower())
    if sign is None or (scale and scale.lower() not in SCALE):
        return None
    if not scale and not float(value).is_integer():
        return f"{sign}{value:,.2f}"                    # $12.50, not $12.5
    return f"{sign}{number(value)}{SCALE.get(scale.lower(), '')}"


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


def with_unit(value: float, unit: str) -> str:
    """The number and what it counts, for lists and tables: '51,000 jobs', '1.2 million vehicles', '25%'."""
    u = unit.strip()
    shown = big_number(value, u)
    low = u.lower()
    if not u or low == "year" or low in ("percent", "%", "per cent") or _money(value, u) is not None:
        return shown
    scale, _, noun = low.partition(" ")
    if scale in SCALE:
        return f"{number(value)} {u}"
    return f"{shown} {u}"
