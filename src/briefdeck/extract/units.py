"""Units written with a number: onto it ("390mm", "180g"), after "a" or "per" ("$345 a tonne"), after a
slash ("€68/MWh"); and "pounds" that weigh rather than pay ("2,000 pounds of beef")."""
from __future__ import annotations

import re

# "$5.30 a pound", "$18,500 a worker", "C$150-an-hour": the noun after "a"/"per" ends its clause, or a
# preposition follows ("12 cents a tablet for …"); not "a year ago", not "$4 million a campaign spokesman said"
RATE = re.compile(r"-(?:an?|per)-([a-z]{2,20})\b"
                   r"|\s(?:per|an?|each)\s(sq\.?[ \t]?(?:ft|m)\b\.?|(?:square\s|(?:mega|kilo|giga)watt[ \t])?[a-z][a-z\-]{1,20}\b)"
                   r"(?=\s*(?:[,.;:)\u2014\u2013!?]|-\s|$)|\s+(?:for|in|on|at|to|and|or|but|by|from|with|over|under|"
                   r"until|while|which|that|if|when|as|than|of|each|every|per|before|after|since|during|this|last|next)\b)", re.I)
# "$345 a tonne … delivered", "1.2 tonnes a hectare", "41 cases per 100,000 residents", "40 litres of water an
# hour": a measure per unit, whatever follows it (not "a year ago")
UNITS = (r"(?:(?:metric\s|short\s)?(?:tonnes?|tons?)|pounds?|kilograms?|kg|kilos?|litres?|liters?|gallons?|barrels?|bushels?|hectares?|acres?|"
          r"shares?|head|units?|kilometres?|kilometers?|km|miles?|square (?:foot|feet|metre|meter|mile|kilometre)|cubic (?:metre|meter|foot|feet|yard)s?)\b"
          r"|(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b(?!\s+(?:ago|earlier|later|before|after|old)\b)")
UNIT_RATE = re.compile(rf"\s(?:per|an?)\s({UNITS})", re.I)
COUNT_RATE = re.compile(rf"(?:\s+of\s+[a-z]+)?\s+(?:per|an?|each)\s+(?:(?P<rn>\d{{1,3}}(?:,\d{{3}})*)\s+(?P<rnoun>[a-z][\w-]*)\b"
                         rf"|(?P<ru>{UNITS}))", re.I)
# "€68/MWh", "$148/t", "9.5¢/USG": a price per unit, the unit written after a slash
SLASH_RATE = re.compile(r"/([A-Za-z]{1,5})\b(?!/)")
# "390mm", "1.8C": a unit written onto the number
ATTACHED = {"mm": "millimetres", "cm": "centimetres", "km": "kilometres", "kg": "kilograms", "kWh": "kilowatt hours",
             "MW": "megawatts", "GW": "gigawatts", "MWh": "megawatt hours", "GWh": "gigawatt hours",
             "TWh": "terawatt hours", "mph": "mph", "C": "degrees Celsius", "F": "degrees Fahrenheit"}
ATTACHED.update({"g": "grams", "mg": "milligrams", "ml": "millilitres", "mL": "millilitres", "kW": "kilowatts",
                 "lb": "pounds", "lbs": "pounds", "oz": "ounces", "GB": "gigabytes", "TB": "terabytes",
                 "bpd": "barrels per day", "gigawatt": "gigawatts", "megawatt": "megawatts",    # "a 1.5 gigawatt farm"
                 "m\u00b3": "cubic metres", "m\u00b2": "square metres"})        # "17.6 million m³" of lumber
ATTACHED.update({f"{scale}watt{joint}hours": f"{scale}watt hours" for scale in ("kilo", "mega", "giga", "tera")
                 for joint in (" ", "-")})                                       # "1.2 gigawatt hours"
_ATTACHED = "|".join(sorted(map(re.escape, ATTACHED), key=len, reverse=True))
# ... or after a space, when the symbol can only be a unit: "702 km", "1,140 kg" (not "10 g", "4 C")
_SPACED = "|".join(sorted((re.escape(u) for u in ATTACHED if len(u) > 1), key=len, reverse=True))
ATTACHED_UNIT = rf"(?:[ \u00a0](?=(?-i:{_SPACED})\b))?(?P<atunit>(?-i:{_ATTACHED}))"

# "2,000 pounds of beef", "weighs 180 pounds", "a quota of 73,393 pounds": a weight; "5 million pounds" alone
# is a sum of money
_WEIGHT_AFTER = re.compile(r"\s+(?:of\s+(?!the\b|their\b|its\b|public\b|taxpayers)[a-z]|per\s|an?\s+(?:acre|hectare|head|week|day|year)\b)", re.I)
_WEIGHT_BEFORE = re.compile(r"\b(?:weigh(?:s|ed|ing|t)?|quotas?|catch(?:es)?|loads?|heavier|lighter|landings?|"
                            r"harvest(?:ed)?|shipped|hauled|lifted)\b[^.;!?$£€]{0,60}$", re.I)


def weight_not_money(text: str, start: int, end: int) -> bool:
    """Whether the "pounds" written after a number at ``start:end`` weigh something."""
    return bool(_WEIGHT_AFTER.match(text, end) or _WEIGHT_BEFORE.search(text, max(0, start - 70), start))
