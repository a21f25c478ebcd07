"""Photo captions and credits on a line of their own: "Photo: Jo Doe / The Ledger", "(Acme photo)",
"Image supplied by …", "[Chart] …", a caption ending on its agency ("… on Sunday. (The Canadian Press)").

Each is a whole line of page furniture (:mod:`briefdeck.clean.boilerplate` matches them, case-insensitive).
A credit line ("Image: The Canadian Press", "Jo Doe for The Union Herald") also takes the caption right above it.
"""
from __future__ import annotations

import re

_LINE_END = r"[ \t*_]*"      # how a whole line may end, as in WHOLE_LINE, for the scanned lines below that end one

# a photographer and the paper under a caption: "Jo Doe/The Dominion Standard" (CREDIT below takes the caption too)
_SLASHED = r"(?-i:[A-Z][\w\u2019'-]+(?: [A-Z][\w\u2019'-]+){1,2}) ?/ ?(?-i:(?:The )?[A-Z][\w\u2019'&.-]+(?: [A-Z][\w\u2019'&.-]+){0,4})"

WHOLE_LINE = [
    r"\[?(?:(?:photo|image|picture) )?caption(?:\s*\([^()\n]{1,30}\))?\s*:.{1,300}",   # "Caption: Lorries queue on the A20 …",
                                                                     # "Photo caption (print edition): …", "[Photo caption: …]"
    r"(?:in pictures|in pics|(?:photo )?gallery|slideshow|watch)\s*:\s.{1,150}",  # "IN PICTURES: How …", "WATCH: …"
    r"(?:photo|image|picture|file photo|photograph|photography|video|illustration|graphic)(?: credit| source)?s?\s*[:|/].*",
    r"(?:(?-i:[A-Z])[\w’'-]* ){0,2}(?:file |staff )?(?:photo|image|picture|photograph|photography|video|illustration)s? "
    r"(?:by|courtesy(?: of)?|credit)\b.{0,160}",                       # "Courier file photo by Jo Doe"
    r"(?:photo )?credits?\s*:.{0,160}", r"open this photo in gallery:?.{0,400}",
    r"(?:photo|image|picture)s? (?:supplied|provided|submitted) by .{2,120}", r"\[(?:image|photo|picture|video|chart|graphic|map|table)(?: \d{1,2}:\d\d)?\].{0,300}",
    r"[*_]?video,? \d{1,2}:\d\d\s*[\u2014\u2013:-]\s.{1,300}",    # "*Video, 2:48 — A look inside the plant … (Outlet)*"
    r"(?:(?:source|data)s?:\s.{1,80}?\.\s+)?graphic(?:s)?:\s.{1,80}",                  # "Source: CMHC. Graphic: Data desk."
    r"courtesy(?: of)? (?-i:[A-Z])[\w .,’'&/-]{1,60}",
    r"pull[ -]?quote\s*:?",                          # the label over a pull quote (the quote is a duplicate)
    r"\[pull[ -]?quote\]\s*.{0,300}",                 # ... or before it: "[Pull quote] “…”"
    _SLASHED,
    # a video's crew under it: "Acme Video is produced in Montreal. Camera: Jo Doe. Editing: Al Roe."
    r"(?:[^.\n]{1,60} is (?:produced|filmed|recorded) in [^.\n]{1,40}\.\s+)?(?:camera|editing|editor|producer|sound|"
    r"graphics|music)\s*:\s*[^.:\n]{2,60}\.(?:\s+(?:camera|editing|editor|producer|sound|graphics|music)\s*:\s*[^.:\n]{2,60}\.?)+",
    r"(?:chart|map|graph|infographic)\s*:\s.{1,300}?\b(?:sources?|data|credit)\s*:\s.{1,120}",   # "Chart: … Source: …"
]
# a credit on a line of its own, under the caption it credits: "Image: The Canadian Press", "(Photo credit: Jo Doe)"
CREDIT = re.compile(r"\(?(?:(?:photo(?:graph)?|image|picture|illustration|photo credit|credit)s?\s*:\s*\S.{0,80}"
                    r"|(?:(?-i:[A-Z])[\w’'-]* ){0,2}(?:file |staff )?(?:photo(?:graph)?|image|picture)s? "
                    r"(?:by|courtesy of|supplied by|provided by|/)\s.{2,80}"
                    r"|courtesy(?: of)? (?-i:[A-Z]).{1,60}|\((?-i:[A-Z])[^()]{1,60} (?:photo|image)\))$|" + _SLASHED + "$", re.I)
# a photographer's credit under the caption right above it: "Jo Doe for The Union Herald"
FOR_OUTLET = re.compile(r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2} for (?:[Tt]he )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,4}")
# Lines that only a scan of the whole line can tell, each tried only when a word it needs is there (cheap)
SCANNED = [
    # a caption ending on its credit: "… on Sunday. (The Canadian Press)", "(Acme photo)", "[Credit: …]"
    (("(",), r"\*?.{0,300}\((?-i:[A-Z])[^()]{1,60} (?:photo|photograph|image)\)\.?\*?" + _LINE_END),   # "… late Sunday. (Acme photo)"
    # "Acme CEO Jo Doe speaks during a news conference in Seongnam, Tuesday. (Acme)": a caption in the present tense
    (("(",), r".{0,300}\b(?:speaks|poses|attends|looks on|holds|stands|walks|waves|gestures|listens|is seen|are seen)\b"
             r".{0,200}[.!?]\s+\((?-i:[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){0,3})\)\.?" + _LINE_END),
    # "Jo Doe-Roe checks a door seam during her last shift. (Sam Roe)": someone named, doing something, then the
    # photographer (a name in brackets, and the line's one sentence)
    (("(",), r"(?-i:[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,2}\s(?!says\b)[a-z]+s\b)[^.!?()\n]{0,200}[.!?]\s+"
             r"\((?-i:[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,2})\)\.?" + _LINE_END),
    (("(",), r".{0,300}\((?:photo|image|picture|video|supplied|source|file)s?(?: by| credit| courtesy|\s*:)[^)]*\)\.?" + _LINE_END),
    (("(",), r".{0,300}\((?:submitted|supplied|courtesy|handout)(?: (?:by|of|photo))?\b[^)]{0,60}\)\.?" + _LINE_END),
    (("(",), r".{0,300}[.!?]\s+\((?-i:(?:[A-Z][\w.’'-]*\s?){1,4}):\s?(?-i:(?:[A-Z][\w.’'-]*\s?){1,4})\)\.?" + _LINE_END),   # "(ABC News: Jo Doe)"
    (("[",), r".{0,300}\[(?:photo|image|picture|credit|photograph)s?\s*:[^\]]{1,300}\]\.?" + _LINE_END),   # "[Credit: Beacon staff]",
    # "[Photo: Empty rigs on the main stage on Monday. Tribune photo / Jo Doe]"
    (("(", "/", "|", "\u2014"), r".{0,300}[(/|\u2014]\s*(?:getty images|reuters|the canadian press|canadian press|cp|associated press|ap|afp|"
    r"shutterstock|bloomberg|postmedia(?: network)?|cbc|radio-canada|ctv news|global news|epa|xinhua|alamy|"
    r"istock(?:photo)?|file|handout|supplied|submitted)(?: photos?| images?| file)?(?:/[\w .’'-]+)?\)?\.?" + _LINE_END),
    (("/",), r".{0,300}[.)]\s+(?:the canadian press|cp|ap|reuters|afp|getty images|bloomberg)(?: photo)?\s?/\s?[\w .’'-]{2,40}" + _LINE_END),
    (("/",), r".{0,300}(?-i:\((?:[A-Z][\w.’'-]*\s?){1,4}\s?/\s?(?:[A-Z][\w.’'&-]*\s?){1,5}\))\.?" + _LINE_END),
    # "The skipper at the wheel in February. Photograph: Jo Doe / Coastline Magazine": a caption and its credit
    (("photo", "image", "picture", "illustration", "credit"),
     r".{0,300}(?:[.!?][*_]*|[*_])\s+(?:[|\u2014\u2013-]\s+)?(?:[\w’'-]+\s){0,2}(?:photo(?:graph)?|image|picture|illustration|credit)s?"
     r"(?:\s*:|\s*(?:\.{3}|\u2026)|\s+by\b|\s+courtesy(?:\s+of)?\b)\s*[^.!?]{2,80}\.?"),
    (("/",), r".{0,300}[.!?]\s+(?:[|\u2014\u2013]\s+)?(?-i:[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2}\s?/\s?(?:[A-Z][\w.’'&-]*\s?){1,5})"),  # "… Jo Doe / KRVU"
    (("/",), r".{0,300}[.!?]\s+\((?-i:[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})\s?/\s?[^()]{2,60}\)\.?"),  # "(Jo Doe / Tribune staff photographer)"
    (("courtesy",), r".{0,300}[.!?]\s+(?:photo\s+)?courtesy(?:\s+of)?\s+(?-i:[A-Z])[^.!?]{1,80}\.?"),   # "… Courtesy of Acme Co."
    # "… sorts tie rod ends on a Saturday morning. JO DOE FOR WEEKEND": the photographer's credit in capitals
    ((" for ",), r".{0,300}[.!?]\s+(?-i:[A-Z][A-Z’'-]+(?:\s[A-Z][A-Z’'-]+){1,2}\sFOR\s[A-Z][A-Z’'&.-]*(?:\s[A-Z][A-Z’'&.-]*){0,3})"
                  + _LINE_END),
    # "Trucks at the mine in this 2023 file photo. Clearwater Current file photo": a caption and its credit
    (("file photo", "staff photo", "handout photo", "file image"),
     r".{0,300}\b(?:in (?:this|a|an) (?:\w+ ){0,2}|(?-i:[A-Z])[\w’'-]*(?:\s(?-i:[A-Z])[\w’'-]*){0,3}\s)(?:file|staff|handout) "
     r"(?:photo|image|picture)\b[^\u201c\u201d\"]{0,120}"),
]
