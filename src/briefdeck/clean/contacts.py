"""How to reach the site, on lines of their own: phone lines and e-mail addresses, a media contact, a postal
address (on one line or set out over two), opening hours, and the credit of whoever built the website.

Each is a whole line of page furniture (:mod:`briefdeck.clean.boilerplate` matches them, case-insensitive);
a sentence of the story that gives a phone number or an address ("Residents can call 311 …") stays.
"""
from __future__ import annotations

_PHONE = r"(?:(?:\+?1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}|\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5})"   # or "+33 1 53 69 72 99"
_DAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
DAY = _DAY_NAME + r"(?:day)?s?\.?"
# what opening hours are made of: days, times and the few words between them
_HOURS_PART = (rf"(?:{DAY}|\d{{1,2}}(?:[:.]\d\d)?|[ap]\.?m\.?|noon|midnight|to|and|through|thru|until|closed|daily|"
               r"weekdays|weekends|by appointment|except (?:statutory |public )?holidays|holidays|[\s,;/&\u2013\u2014-])+")
# a web address, an e-mail address or a handle: "www.icts.example", "media@acme.example", "@BellhavenCTTP"
_WEB = r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|www\.[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ca|co|io|gov|edu|example|news|uk|au|fm)|@\w{2,30})/?"
_PART = r"[^|\u00b7\n.!?@]{2,60}?"
_STREET = (r"(?:st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|way|lane|ln|pl|place|sq|square|pkwy|parkway|hwy|"
           r"highway|ct|court|cres|crescent|terr?|terrace|row|quay|wharf)")

WHOLE_LINE = [
    r"media (?:contact|inquiries|enquiries|relations)\s*:.{0,120}",
    rf"(?:[^|\n]{{2,60}}\|\s*)?{_PHONE}\s*[|\u00b7,]\s*[\w.+-]+@[\w-]+\.[\w.]+",     # "518-555-0134 | media@…" (a
    # research note's "Jo Doe, Chief Economist | 416-555-0148 | jo.doe@…" too)
    rf"{_PHONE}(?:\s*(?:ext\.?|x)\s*\d{{1,5}})?",                                    # a phone number alone
    # a signature's numbers, each labelled ("T 514-555-0182 | M 514-555-0137"), and its web address alone
    rf"(?:(?:t|m|f|p|c|tel|mob|cell|fax|phone|direct|office)\.?:?\s*{_PHONE}\s*[|\u00b7]?\s*)+",
    r"(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?\S*",
    rf"(?:call|text|phone|reach|contact)(?: us| the [\w ]{{1,20}})?\s*(?:at|:)\s*{_PHONE}\.?",
    # a small advert's line that ends on its number: "ACME AUTO - Spring tune-up special, $89.95. Call 306-555-0177."
    rf"(?!.*\b(?:said|says)\b)[^\n]{{3,160}}[.!]\s*call {_PHONE}\.?",
    # a government release's foot: "Media requests for general information, contact Communications Services: 204-…"
    rf"[\w ,’'-]{{2,80}},\s*contact [^:\n]{{2,80}}:\s*{_PHONE}(?:\s+or\s+{_PHONE})?\.?",
    rf"(?:[\w’'&/-]+ ){{0,5}}[\w’'&/-]+\s*:\s*{_PHONE}\.?",                          # "Report an outage: 1-888-…"
    r"(?:contact|reach|write to|get in touch with) (?:us|me|my office|our office|the (?:newsroom|editors?|office|team|desk))[.!:]?",
    # an address set out over lines: "233 E. Washington St.", then "Syracuse, NY 13202" ("Halifax, NS B3J 3A5")
    rf"\d{{1,5}}(?: [NSEW]\.?)? (?-i:[A-Z][\w.’'-]*)(?: (?-i:[A-Z][\w.’'-]*)){{0,3}} {_STREET}\.?"
    r"(?:,? (?:suite|ste\.?|unit|floor|room|rm\.?) \w{1,5})?",
    # a branch or an office, then its street: "Lakeland Trust Alliston Branch, 57 Victoria Street West, Alliston",
    # "The Weekly Ledger, 400-221 Front Street East, Toronto, ON" (a unit's number before the street's)
    rf"(?-i:[A-Z])[\w&’'. -]{{2,60}},\s*(?:\d{{1,5}}-)?\d{{1,5}}(?: [NSEW]\.?)? (?-i:[A-Z][\w.’'-]*)(?: (?-i:[A-Z][\w.’'-]*)){{0,3}} "
    rf"{_STREET}\.?(?: (?:east|west|north|south|[NSEW]\.?))?(?:,\s*(?-i:[A-Z])[\w .’'-]{{1,30}}){{0,2}}",
    r"(?-i:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}),? (?-i:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+"
    r"(?-i:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)",
    r"powered by (?-i:[A-Z])[\w .&’'\u00ae\u2122-]{1,40}",
    # a newsletter's foot: "Acme Travel · 1880 Corydon Avenue, Winnipeg, MB · Open Monday to Saturday"
    rf"[^\n·|•]{{2,60}}\s[·|•]\s*(?:\d{{1,5}}-)?\d{{1,5}} (?-i:[A-Z][\w.’'-]*)(?: (?-i:[A-Z][\w.’'-]*)){{0,3}} {_STREET}\b"
    r"[^\n]{0,160}",
]
SCANNED = [
    # a column's invitation: "Readers with questions about pensions can email money@…. We regret that we cannot …"
    (("readers",), r"readers (?:with|who have) [^.\n]{0,80}\b(?:can|may|should|are invited to) (?:e-?mail|write|send)\b.{0,200}"),
    # a regulated body's foot: "… The Trustees are registered with the Pensions Authority, registration number PB 41207."
    (("registered",), r"(?!.*\b(?:said|says)\b).{0,200}\bregistered (?:with|in|by)\b.{0,120}\b(?:registration|company|charity|"
                      r"firm reference) (?:number|no\.?)\s*:?\s*[A-Z]{0,3}\s?\d[\d ]{3,12}\.?.{0,100}"),
    # opening hours: "Hours: Monday - Friday, 8:30 a.m. - 4:30 p.m.", "Constituency hours: Thursdays, 10 a.m. to 2 p.m."
    (("hours",), rf"(?:[\w’'-]+ ){{0,3}}hours\s*:\s*(?=[^\n]{{0,80}}\b{_DAY_NAME}|[^\n]{{0,80}}\b(?:daily|weekdays)\b)"
                 rf"{_HOURS_PART}(?:,[^.!?\n]{{1,60}})?"),                  # "…, City Hall, Room 203"
    # whoever built or runs the site: "Government Websites by CivicPlus®", "Powered by Ghost", "Site by Acme Digital"
    (("site", "design"), r"(?:[\w’'&.-]+ ){0,2}(?:web ?sites?|sites?|web design|design and hosting)(?: design(?:ed)?| built| "
                         r"hosted)? by (?-i:[A-Z])[\w .&’'\u00ae\u2122-]{1,40}"),
    # a postal address on a line of its own: "Acme Research, Suite 1200, 111 W. Jackson Blvd., Chicago, IL 60604",
    # "The Guild, PO Box 4127, Hobart TAS 7001"
    (("suite", "floor", "box", " st", "ave", "blvd", "boulevard", "road", " rd", "drive", " way"),
     r"(?=.{0,200}\b(?:suite|floor|p\.?\s?o\.? box|\d+ [\w. ]{2,30}\b(?:st|street|ave|avenue|blvd|boulevard|rd|road|drive|way))\b)"
     r"(?!.*\b(?:said|says)\b).{0,200}\b(?-i:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
     r"|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\.?"    # "Hobart TAS 7001", "LS1 4AP"
     # "200 King Street West, Suite 1100, Toronto, ON": a suite and a province or state, with no postal code
     r"|\d{1,5} [^,\n]{2,40},\s*(?:suite|unit|floor|ste\.?) [\w-]{1,6},\s*[^,\n]{2,30},\s*(?-i:[A-Z]{2})\.?"),
    # a site's foot in parts: "The Ledger · 85 Harbor Point Road, Stamford, CT 06902 · Member services: 1-800-555-0176"
    (("\u00b7", "|"), rf"(?=.*(?-i:\b[A-Z]{{2}}\s+\d{{5}}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b))(?=.*{_PHONE})"
                       r"(?=.*\s[\u00b7|]\s)(?!.*\b(?:said|says)\b).{0,300}"),
    # a publisher's line of its name, its town and its web address or handle, in parts: "Institute for Continental
    # Trade Studies · Ottawa · www.icts.example", "cttp.bellhaven.example | @BellhavenCTTP"
    (("\u00b7", "|"), rf"(?=.*\s[\u00b7|]\s)(?:{_PART}\s*[\u00b7|]\s*){{0,3}}{_WEB}(?:\s*[\u00b7|]\s*(?:{_WEB}|{_PART})){{0,3}}"),
]
