"""Money as news writes it: the currency sign, code or name beside a sum, and the unit a figure shows for it.

Before the sum: "$", "C$", "€", "Rs", "R$118", "GH¢54,150", "Dh6.2bn", "LE48.5", "SR3.1 billion",
"TL 18.4 billion", "AED 2.3 billion". After it: "3,400 pesos", "38.50 Turkish liras", "500 CFA francs".
An exchange rate is a sum per unit of another currency: "19.86 per dollar", "LE48.5 to the dollar".
"""
from __future__ import annotations

import re

# ISO codes written before a sum ("USD 5", "Php14.2 billion", "AED 2.3 billion"): the common ones in any case,
# the rest in capitals only, so "try 5" is no lira
_ANY_CASE = "USD CAD EUR GBP ZAR MYR PHP INR".split()
_ISO = ("AED SAR QAR KWD BHD OMR EGP KES UGX TZS NGN GHS TRY BRL MXN ARS CLP COP PEN CNY RMB JPY KRW CHF SEK NOK "
        "DKK PLN HKD SGD AUD NZD IDR THB VND PKR BDT LKR ILS").split()
# letters a house style writes onto the sum, never with a space ("Dh6.2bn", "LE2,200", "Sh6.8 billion"): only
# then are they money ("SR 520" is a road)
_LETTERS = "KSh Ksh Sh Dh LE SR QR Rp Tk".split()
BEFORE = (r"\$(?:A|US|C|NZ)(?=\d)|(?:US|U\.S\.|C|CA|CAD|A|AU|NZ|HK|S|R|MX|Mex|NT|T|BDS|TT|EC)?\$|€|£|¥|₹|₦|₺|₪|₩|฿|E£|GH[¢₵]|₵|"
          rf"Rs\.?\s?|₱|(?-i:RM)(?=\d)|(?-i:TL)\s?(?=\d)|(?:{'|'.join(_ANY_CASE)})\s?|"
          rf"(?-i:{'|'.join(_ISO)})\s?|(?-i:{'|'.join(_LETTERS)})(?=\d)|(?-i:KSh|Ksh)\s(?=\d)|"
          # "R2.5 billion", "R1 900", "P14.2 billion", "R236 per tonne": rand and pesos, when what follows can only
          # be a sum or a price ("the R2 road", "a P48 rifle" are not one)
          r"(?-i:[RP])(?=\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:\.\d+)?[\s-]?(?:billion|million|trillion|bn|mn|tn|m)\b"
          r"|\d+(?:\.\d+)?\s(?:per|a|an)\s(?:tonne|ton|litre|liter|kilowatt-hour|kWh|kilogram|kg|barrel|month|year|"
          r"week|day|share)\b)")
# where a sum written with letters before it can start, for the figure finder's scan: each group of codes behind
# a look at what must follow it (letters, then a digit or "$"), which spares the scan trying every code at every
# word ("US$", "U.S. 5" / "RM5", "AED 2"); the look holds on to the letters it took (a digit cannot follow fewer)
_SIGN_CODES = ["US", r"U\.S\.", "C", "CA", "CAD", "A", "AU", "NZ", "HK", "S", "R", "MX", "Mex", "NT", "T", "Rs", "BDS", "TT",
               "EC", *_ANY_CASE]
_BARE_CODES = ["RM", "R", "P", "TL", *_ISO, *_LETTERS]
_LONGEST = max(len(code.replace("\\", "")) for code in _SIGN_CODES)
START_SIGN = r"[₱₦₺₪₩฿₵]|E£|GH[¢₵]"          # (a sign, then a code at the start of a word: scanned apart)
START_CODE = (rf"\b(?:(?=[A-Za-z.]{{1,{_LONGEST + 1}}}+\s?[$\d])(?:{'|'.join(_SIGN_CODES)})(?=\$|\.?\s?\d)"
         rf"|(?=[A-Za-z]{{1,{max(map(len, _BARE_CODES))}}}+\s?\d)(?-i:{'|'.join(_BARE_CODES)})(?=\s?\d))")
# written after the sum, perhaps with a country's adjective ("38.50 Turkish liras", "500 CFA francs"); Irish and
# Australian English write "52 cent" and "5.2 billion euro"
AFTER = (r"(?:(?:U\.S\.|(?-i:[A-Z][A-Za-z]+))\s)?(?P<cur2>dollars|euros?|pounds|yen|yuan|cents?|pesos|reais|rupees|rand|"
         r"naira|shillings|liras?|riyals|dirhams|francs|cedis|ringgit|baht|rupiah|kronor|kroner|kronur|forints?|zlotys?"
         r"|(?<=illion )won|(?<=\d{3} )won)\b")    # "9.6 trillion won", "61,200 won" (not "62 won, 20 lost")
# "71 cents U.S.": the dollar's worth in another's cents
US_AFTER = re.compile(r"[ \t]+(?:U\.S\.|US)(?!\w)")
# the unit shown for each way of writing a currency (lower case as written); any other is shown in capitals
UNITS = {"$a": "AUD", "$us": "USD", "$c": "CAD", "$nz": "NZD", "₹": "INR", "rs": "INR", "rs.": "INR", "$": "$",
         "us$": "USD", "u.s.$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD",
         "hk$": "HKD", "s$": "SGD", "bds$": "BBD", "tt$": "TTD", "ec$": "XCD", "r$": "BRL", "mx$": "MXN", "mex$": "MXN", "nt$": "TWD", "t$": "TWD", "€": "EUR", "£": "GBP",
         "r": "ZAR", "rm": "MYR", "p": "PHP", "₱": "PHP", "¥": "JPY", "₦": "NGN", "₺": "TRY", "tl": "TRY",
         "₪": "ILS", "₩": "KRW", "฿": "THB", "e£": "EGP", "le": "EGP", "gh¢": "GHS", "gh₵": "GHS", "₵": "GHS",
         "ksh": "KES", "sh": "shillings", "dh": "AED", "sr": "SAR", "qr": "QAR", "rp": "IDR", "tk": "BDT",
         "dollars": "$", "euros": "EUR", "euro": "EUR", "cent": "cents", "pounds": "GBP", "yen": "JPY", "yuan": "CNY", "cents": "cents",
         "pesos": "pesos", "reais": "BRL", "rupees": "rupees", "rand": "ZAR", "naira": "NGN", "shillings": "shillings",
         "lira": "TRY", "liras": "TRY", "riyals": "riyals", "dirhams": "dirhams", "francs": "francs",
         "cedis": "GHS", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "kronor": "SEK", "kroner": "kroner",
         "kronur": "ISK", "forint": "HUF", "forints": "HUF", "zloty": "PLN",
         "zlotys": "PLN", "won": "KRW"}
# "19.86 per dollar", "LE48.5 to the dollar", "1.09 against the euro": what one unit of that currency costs
PER_CURRENCY = re.compile(r"\s(?:per|to the|to one|against the)\s(?:U\.S\.\s|US\s)?(dollar|euro|pound|yen|yuan|"
                          r"greenback)\b", re.I)


def unit(written: str) -> str:
    """The unit shown for a currency as written: "C$" -> "CAD", "Dh" -> "AED", "AED " -> "AED"."""
    low = written.strip().lower()
    return UNITS.get(low, low.upper())
