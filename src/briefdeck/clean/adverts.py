"""Advertorial blocks inside an article: a "from our partner" lead-in and the marketing that follows it.

A page often drops a paid block between two paragraphs of the story: a lead-in
("Sponsored", "A word from our partner", "Presented by Northwind Bank"), a
product name, a paragraph or two of marketing in the second person, a call to
action and a web address. The whole block goes, not only its first line; the
story's next paragraph (third person, no call to action) stays. A marketing
paragraph with no lead-in goes only when it carries every sign at once.
"""
from __future__ import annotations

import itertools
import re

from briefdeck.clean import link_lists
from briefdeck.clean.blocks import Para, paragraphs, remove
from briefdeck.clean.edits import Step

_LEAD_IN = re.compile(
    r"^[\W_]*(?:(?:a )?(?:quick |short )?(?:word|message) from (?:our|a|this|the) (?:[A-Z][\w’'&-]* ){0,2}(?:partners?|sponsors?)"
    r"|(?:content |more )?from (?:our|a) (?:[A-Z][\w’'&-]* ){0,2}(?:partners?|sponsors?)(?:[,:] .{1,60}| (?-i:[A-Z]).{1,60})?"   # "…, Acme Finance", "… Acme"
    r"|(?:sponsored|promoted|paid|partner|branded)"
    r"(?: (?:content|post|story|feature|message|links?|stories))?(?:(?: (?:by|from)| ?[-:|] (?:(?:by|from|presented by) )?) ?.{1,40})?"
    r"|our (?:[\w’'-]+ ){0,2}(?:partners?|sponsors?)|presented by .{1,40}"
    r"|brought to you by .{1,40}|in (?:association|partnership) with .{1,40}|advertis(?:ement|ing)(?: feature)?|publicit[e\u00e9]|publicidad|anuncio|werbung"
    # a newsletter's sponsor: "This issue is supported by Ledgerline", "Today's edition is brought to you by …"
    r"|(?:this|today[’']s|this week[’']s) (?:issue|newsletter|edition|episode|email|briefing|dispatch) (?:is |was )?"
    r"(?:supported|sponsored|brought to you|presented|made possible|powered|underwritten) by .{1,40}"
    r"|advertiser content|sponsor"
    r"|(?:member|reader|subscriber|partner|exclusive|special)s?[\u2019']? (?:savings?|pricing|offers?|deals?|perks?|discounts?)"
    r"|advertorial|white ?paper|(?:this|the following) (?:content|article|post|story|section) (?:is|was) "
    r"(?:sponsored|paid for|produced|provided) .{0,80}|ad(?: content)?)[\W_]*$", re.I)
_BARE_MARK = re.compile(r"^[\W_]*(?:advertis(?:ement|ing)|ad(?: content)?|publicit[e\u00e9]|publicidad|anuncio|werbung)[\W_\d]*$",
                        re.I)                   # (in French, Spanish, German: "Publicité", "Publicidad", "Werbung")
_END_MARK = re.compile(r"^[\W_]*(?:end (?:of )?(?:the )?(?:sponsored|partner|paid) (?:content|post|message)|advertisement|"
                       r"story continues(?: below)?(?: advertisement)?|article continues below"
                       # "Content provided by Ovanta. The newsroom was not involved in its creation."
                       r"|(?:this )?(?:content|material|article|post) (?:was |is )?(?:provided|produced|supplied|paid for|"
                       r"created) by [^.\n]{1,100}\.(?:[ \t]+[^.\n]{0,120}\b(?:newsroom|editorial|editors|journalists|"
                       r"reporters|staff)\b[^.\n]{0,80}\.)?"
                       # "Sponsored content. The Gazette newsroom was not involved in its creation."
                       r"|(?:sponsored|paid|partner|promoted) (?:content|post|message|feature)\.[ \t]+[^.\n]{0,120}"
                       r"\b(?:newsroom|editorial|editors|journalists|reporters|staff)\b[^.\n]{0,80}\.)[\W_]*$", re.I)
_CALL = re.compile(r"\b(?:(?:read|get) the (?:full )?(?:guide|report|white ?paper|e-?book|playbook)|see (?:today[’']s |our )?rates|sign up|subscribe|download|try (?:it|\w+ )?(?:free|today|now)|get (?:started|yours|it|"
                   r"\d+%|your)|order (?:now|today|yours)|shop (?:now|today|the)|learn more|read more$|find out (?:more|how)|"
                   r"visit|book (?:now|today|a)|claim (?:your|it)|join (?:now|today|us|thousands)|start (?:your|"
                   r"saving|today|now)|buy (?:now|today)|register (?:now|today)|click|tap|call (?:now|today|us)|"
                   r"discover|request a|apply (?:now|today|online)|see (?:how|why|plans)|(?:see|meet) us at|"
                   r"get (?:a |your )?(?:free )?(?:quote|estimate|tickets?))\b", re.I)
_TLD = r"(?:com|ca|net|org|io|co|app|shop|store|ai)\b"
_DOMAIN = re.compile(r"\w\." + _TLD + r"|www\.|\w\.[a-z]{2,10}/\w", re.I)     # (or any name with a page: "acme.example/go")
_PROMO = re.compile(r"(?:free trial|% off|per cent off|[$£€]\d+ off|promo(?:tional)? code|(?:use|with) code|"
                    r"limited[- ]time|today only|"
                    r"risk[- ]free|no credit card|money[- ]back|special offer|exclusive offer|save up to|"
                    r"for a limited|™|®|\bdeal\b|discount|free shipping|(?:terms|conditions)(?: and conditions)? apply|mention (?:the )?code|"
                    r"free (?:quote|estimate)|rated #1|#1 rated|rates? (?:from|as low as) \d|\d%\*|bonus bets?|"
                    r"new customers|play responsibly|\b1[89]\+|\b21\+|"
                    r"from [$£€]\d[\d.,]* (?:a|per) (?:month|week|year)|no payments for|top-rated|"
                    r"in (?:under|just|only) (?:\d+|\w+) minutes|\b0% (?:financing|interest|apr)\b|"
                    r"free (?:delivery|installation|consultation|assessment|inspection)|in stock now)", re.I)
_IMPERATIVE = re.compile(r"(?:^|[.!]\s+)(?:let|get|try|save|protect|discover|enjoy|join|start|switch|stop|make|compare|"
                         r"find|see|meet|upgrade|unlock|shop|book|order|call|visit|learn|download|sign|claim|apply|"
                         r"treat|give|keep|take|ask|check|schedule)\b", re.I)
_YOU = re.compile(r"\b(?:you|your|you[’']re|you[’']ll|yours)\b", re.I)
_NEWS_VERB = re.compile(r"\b(?:said|says|told|according to|reported|announced)\b", re.I)
# "Freshline Logistics: temperature-controlled haulage from …": a firm's name over what it sells, as ad copy opens
_PITCH_TITLE = re.compile(r"[A-Z][\w&’'-]*(?:[ \t]+[A-Z&][\w&’'-]*){0,3}:[ \t]+[a-z]")
_NAME_LINE = re.compile(r"^[A-Z0-9][\w’'&.+-]*(?:\s+(?:&|[A-Za-z0-9][\w’'&.+-]*)){0,5}[™®]?$")
# the small print under a pitch: "Investing involves risk. Past performance …", "Doe Inc. is a member of CIPF."
_FINE_PRINT = re.compile(r"\b(?:involves risks?|past performance|(?:does|do|is) not (?:a )?guarantee|member (?:of (?:the )?)?"
                         r"(?:Canadian Investor Protection Fund|CIPF|FDIC|SIPC|CIRO)|terms (?:and conditions )?apply|"
                         r"conditions apply|subject to (?:credit )?approval|read the (?:prospectus|fund facts)|"
                         r"trailing commissions|(?:is|are) (?:a )?(?:registered )?trademarks? of)\b", re.I)
_STYLED_LINE = re.compile(r"(\*{1,2}|_{1,2})[^*_\n]+\1")    # a whole line in italics or bold
STYLED_AD_WORDS = 30
MAX_BLOCK = 8             # paragraphs an advertorial block may run to
SANDWICH = 4              # lines between two "Advertisement" marks that are the advert itself


_ARROWS = (">", "\u203a", "\u00bb", "\u2192")


def _promo(text: str) -> bool:
    """An offer, or a link arrow ending the line after a word ("Get tickets >")."""
    if _PROMO.search(text):
        return True
    end = text.rstrip()
    return end.endswith(_ARROWS) and end[:-1].rstrip()[-1:].isalnum()


def _button(text: str) -> bool:
    """A call to action alone on its line, as a button reads: "Download the guide", "Book a demo"."""
    return len(text.split()) <= 5 and bool(_CALL.match(text.strip(" \t*_[]>")))


def _signs(p: Para) -> int:
    text = p.text
    return (bool(_CALL.search(text) or _IMPERATIVE.search(text)) + bool(_DOMAIN.search(text))
            + _promo(text) + bool(_YOU.search(text)) + bool(_PITCH_TITLE.match(text)))


def is_marketing(p: Para, signs: int = 1) -> bool:
    """After a lead-in, a paragraph written to sell: a call to action, a web address, an offer or "you"
    (``signs`` of them at least)."""
    if _NEWS_VERB.search(p.text):
        return False                                 # reported speech: the story, even when it names a product
    return _signs(p) >= signs


_PARTS = re.compile(r"\s+[\u00b7|\u2022\u2014\u2013]\s+")
_CAPITALISED = re.compile(r"(?<=[^\s.!?] )[A-Z][\w’'&+-]*[A-Za-z]")     # not a sentence's first word


def is_lead_in(text: str) -> bool:
    """ "Sponsored", "Paid content · Presented by Northwind", "Sponsored · Harbor Legal Funding": every part of
    the line says whose message follows, or names the sponsor after it."""
    # as a reader sees Markdown's "> **From our partner** — *Acme Kilns*"
    parts = [p.strip("*_ ") for p in _PARTS.split(text.replace("**", "").lstrip("> "))]
    return bool(_LEAD_IN.match(parts[0])) and all(
        _LEAD_IN.match(p) or p.istitle() and all(_NAME_LINE.match(n.strip()) for n in p.split(","))   # "Doe & Co, Leeds"
        for p in parts[1:])


_INLINE_LEAD_IN = re.compile(r"^[\W_]*([^:\n]{3,40}):[ \t]+\S")
_BOLD_LEAD_IN = re.compile(r"^[>\s]*\*\*([^*\n]{3,40})\*\*[ \t]*[\u2014\u2013|-][ \t]+\S")   # "> **Partner message** — …"


def _opens_on_lead_in(text: str) -> bool:
    """ "From our partner: Planning a trip? …", "**Partner message** — Growing your team? …": a lead-in, then
    its pitch in the same paragraph."""
    m = _INLINE_LEAD_IN.match(text.replace("**", "")) or _BOLD_LEAD_IN.match(text)
    return bool(m) and bool(_LEAD_IN.match(m.group(1))) and not _BARE_MARK.match(m.group(1))


_POSSESSIVE_S = re.compile(r"[’']s$")
_ANY_CAPITALISED = re.compile(r"\b[A-Z][\w’'&+-]*[A-Za-z]")


def _capitalised(text: str, first: bool = False) -> set[str]:
    """The capitalised words of a paragraph, past its first (``first``: the first of each sentence too), a
    possessive's "’s" left off ("Dockwise’s": Dockwise)."""
    return {_POSSESSIVE_S.sub("", w) for w in (_ANY_CAPITALISED if first else _CAPITALISED).findall(text)}


def _product_words(run: list[Para]) -> set[str]:
    """The capitalised words of a block so far that are not a lead-in's own words: the product's name."""
    words = {w for p in run for w in _capitalised(p.text)}
    return {w for w in words if not _LEAD_IN.match(w) and w.lower() not in _LEAD_IN_WORDS}


_ADDRESS = re.compile(r"(?:www\.|https?://)?([a-z0-9-]{4,})\.(?:com|ca|net|org|io|co|app|shop|store|ai|example)\b", re.I)
_TAGLINE_SENTENCE = re.compile(r"[^.!?]+[.!?]")


def _in_address(text: str, after: str) -> bool:
    """Does a capitalised word of ``text`` name the web address the next paragraph gives ("Lakehead Coil" and
    "lakeheadcoil.ca")?"""
    hosts = [m.group(1).lower() for m in _ADDRESS.finditer(after)]
    return any(len(w) > 3 and w.lower() in host for host in hosts for w in _capitalised(text, first=True))


def _tagline(text: str) -> bool:
    """ "Doe Press Works. Built in Guelph. Trusted across North America.": two short sentences or more, and
    nothing else."""
    parts = _TAGLINE_SENTENCE.findall(text)
    return len(parts) >= 2 and "".join(parts).strip() == text.strip() and all(len(p.split()) <= 6 for p in parts)


_LEAD_IN_WORDS = frozenset("a an the from our by with in partner partners sponsor sponsors presented brought you "
                           "content paid message word".split())


_RULE = re.compile(r"^[ \t]*(?:[-_=~*\u2014\u2013][ \t]?){3,}[ \t]*$", re.M)   # "---", "----------", "- - - -": a box's rule


def _ruled(text: str, paras: list[Para], i: int) -> list[Para]:
    """A lead-in right under a rule (a blank line between them or not), and everything down to the next rule,
    when none of it is reported news: the paid box as the page drew it (``[]`` when it is not drawn so)."""
    over = text[:paras[i].start].rstrip()               # the last line with anything on it, above the lead-in
    above = over.rfind("\n") + 1
    if not over or not _RULE.match(over, above):
        return []
    below = _RULE.search(text, paras[i].end)
    if below and not text[paras[i].end:below.start()].strip():
        below = _RULE.search(text, below.end())         # the lead-in drawn between two rules: the box runs on to a third
    box = [p for p in paras[i:i + 2 * MAX_BLOCK] if below and p.end <= below.start()]
    sold = len(box) > 1 and bool(_CALL.search(box[-1].text) or _IMPERATIVE.search(box[-1].text)) \
        and bool(_DOMAIN.search(box[-1].text))          # ("Apply in 10 minutes at doe.ca/go.")
    if below is None or len(box) == 2 * MAX_BLOCK or not sold and any(_NEWS_VERB.search(p.text) for p in box):
        return []                                       # (a customer's praise, '"…," says one superintendent', in a
    return box                                          # box that closes on "Book … at acme.ca" is the ad's)


def _framed(text: str, block: list[Para]) -> list[Para]:
    """The block with the rules drawn right above and below it (blank lines between or not), when both are there:
    the box's frame goes with it."""
    over = text[:block[0].start].rstrip()
    above = over.rfind("\n") + 1
    under = len(text) - len(text[block[-1].end:].lstrip())
    below = _RULE.match(text, under)
    if not over or not below or not _RULE.match(over, above):
        return block
    return [Para(above, len(over), over[above:].strip()), *block, Para(below.start(), below.end(), below.group().strip())]


def _block(paras: list[Para], i: int, text: str = "") -> list[Para]:
    """The lead-in at ``i`` and the marketing run after it (product name lines, pitches, end marker)."""
    ruled = _ruled(text, paras, i) if text else []
    if len(ruled) > 1:
        return ruled
    run = [paras[i]]
    # a bare "Advertisement" marks where a picture ad sat: the story usually goes on right after it
    signs = 2 if _BARE_MARK.match(paras[i].text) else 1
    close = next((k for k in range(i + 1, min(len(paras), i + 2 + SANDWICH)) if _END_MARK.match(paras[k].text)), None)
    if signs == 2 and i + 1 < len(paras) and (mark := _STYLED_LINE.fullmatch(paras[i].text)) \
            and (under := _STYLED_LINE.fullmatch(paras[i + 1].text)) and under.group(1) == mark.group(1) \
            and paras[i + 1].words <= STYLED_AD_WORDS and not _NEWS_VERB.search(paras[i + 1].text):
        return paras[i:i + 2]                        # "*Advertisement*" over "*Doe gears — see us at Stand 4B*": the ad
                                                     # set in the mark's own italics
    if signs == 2 and close is not None and close > i + 1 and all(
            p.words <= 60 and not _NEWS_VERB.search(p.text) for p in paras[i + 1:close]):
        return paras[i:close + 1]                    # "ADVERTISEMENT / pitch / ADVERTISEMENT": all of it
    close = next((k for k in range(i + 1, min(len(paras), i + 1 + MAX_BLOCK)) if _END_MARK.match(paras[k].text)),
                 None) if signs == 1 else None
    sold = close is not None and close > i + 1 and bool(_CALL.search(paras[close - 1].text)) \
        and bool(_DOMAIN.search(paras[close - 1].text))      # (closing on "Visit acme.ca/go": a customer's '"…,"
    if close is not None and close > i + 1 and (sold or not any(_NEWS_VERB.search(p.text) for p in paras[i + 1:close])):
        return paras[i:close + 1]                    # "Sponsored by … / pitch / Content provided by …": all of it
                                                     # says one designer' inside is the ad's)
    k = i + 1                                        # "ADVERTISEMENT" and the lines right under it, no blank line
    while k < len(paras) and k - i <= SANDWICH and paras[k].start == paras[k - 1].end + 1 \
            and paras[k].words <= 60 and not _NEWS_VERB.search(paras[k].text):
        k += 1
    if signs == 2 and k > i + 1 and sum(_signs(p) for p in paras[i + 1:k]) >= 3 \
            and any(_DOMAIN.search(p.text) for p in paras[i + 1:k]):
        return paras[i:k]
    if signs == 2 and k > i + 2 and _button(paras[k - 1].text) and sum(_signs(p) for p in paras[i + 1:k]) >= 2 \
            and (k == len(paras) or paras[k].start > paras[k - 1].end + 1):
        return paras[i:k]                            # "Advertisement / Doe Wealth: … / Our free guide … / Download
                                                     # the guide": a box that ends on its button
    j = i + 1
    if signs == 1:                                   # a lead-in over a box of lines with no blank line between:
        k = i + 1                                    # the box is the advert when its lines sell
        while k < len(paras) and k - i <= SANDWICH + 1 and paras[k].start == paras[k - 1].end + 1 \
                and paras[k].words <= 60 and not _NEWS_VERB.search(paras[k].text):
            k += 1
        box = [p for p in paras[i + 1:k] if any(c.isalpha() for c in p.text)]     # not a rule "-----"
        ends = k == len(paras) or paras[k].start > paras[k - 1].end + 1
        selling = [_signs(p) > 0 or is_lead_in(p.text) or p.words <= 6 and bool(_NAME_LINE.match(p.text))
                   for p in box]                     # the sponsor's name in the box sells too
        if len(box) > 1 and ends and selling[-1] and 2 * sum(selling) >= len(box):   # and it ends on the pitch
            run, j = paras[i:k], k
    closed = len(paras)                              # where the call to action that closes the pitch stands
    while j < len(paras) and len(run) <= MAX_BLOCK:
        p = paras[j]
        if _END_MARK.match(p.text):
            run.append(p)
            break
        if j > closed:                               # the story goes on under "Book … at doe.ca" ("… a trade
            if not (_FINE_PRINT.search(p.text) and p.words <= 80 and not _NEWS_VERB.search(p.text)):
                break                                # deal"): only the pitch's small print goes with it
            run.append(p)
            j += 1
            continue
        if len(run) == 1 and signs == 2 and p.words <= 12 and _LEAD_IN.match(p.text) \
                and not _BARE_MARK.match(p.text):
            run.append(p)                            # "Advertisement" over "Sponsored content from …"
            signs = 1
        elif is_marketing(p, signs):
            run.append(p)
        elif (_NAME_LINE.match(p.text) and p.words <= 6 or len(run) == 1 and signs == 1 and p.words <= 12
              and not p.text.rstrip("*_ ").endswith((".", "!", "?")) and not _NEWS_VERB.search(p.text)) \
                and j + 1 < len(paras) and is_marketing(paras[j + 1], signs):
            run.append(p)                            # a product name over its pitch, or the pitch's title
                                                     # ("Doe Solar: Power your roof this spring") under a lead-in
        elif len(run) > 1 and j + 1 < len(paras) and is_marketing(paras[j + 1], signs) \
                and (not _NEWS_VERB.search(p.text) or _testimonial(p.text, run)) \
                and (_capitalised(p.text) & _product_words(run) or _testimonial(p.text, run)
                                                       or _in_address(p.text, paras[j + 1].text)
                                                       or _boxed(run[-1], p, paras[j + 1])):
            run.append(p)                            # "1,200 firms already use CargoSight …" between two pitches,
                                                     # "Doe Press Works builds …" over "Visit doepress.com"
        elif (len(run) > 1 or signs == 1) and (close := _sold_below(paras, j, loose=len(run) == 1)):
            run.extend(paras[j:close])               # "Doe Clearance helps … / Clients using DoeReady … / Book at
            j = closed = close                       # doeclearance.ca": about the advertiser, over its call to action
            continue
        elif len(run) > 2 and _tagline(p.text) and _capitalised(p.text, first=True) & _product_words(run):
            run.append(p)                            # "Doe Press Works. Built in Guelph.": the pitch's sign-off
        elif len(run) == 1 and signs == 1 and not _NEWS_VERB.search(p.text) and not p.text.rstrip("*_ ").endswith("?") \
                and any(is_marketing(q, 2) for q in paras[j + 1:j + 3]):      # (not an interview's next question)
            run.append(p)                            # "Our partner / Doe Bank was founded in 1946 … / Open yours at …"
        else:
            break
        j += 1
    if len(run) == 2 and signs == 1 and _BARE_MARK.match(run[0].text):
        return run[:1]                               # two marks and no pitch: page furniture, not a block
    while len(run) > 1 and link_lists.HEADING.match(run[-1].text):
        run.pop()                                    # "Read more" goes with the headlines under it (link_lists)
    return run


_QUOTE_MARKS = re.compile(r"[\u201c\u201d\"]")
# "doeclearance" in doeclearance.ca, or in doeclearance.example/start (any ending, with a page after it)
_SITE = re.compile(r"(?:www\.)?([a-z0-9\-]+)\.(?:" + _TLD + r"|[a-z]{2,10}/\w)", re.I)


def _sold_below(paras: list[Para], j: int, loose: bool = False) -> int:
    """Where a call to action with a web address stands a few paragraphs under ``j``, when every paragraph down to
    it names the advertiser the address is of ("Doe Clearance" for doeclearance.ca), or a product one of those
    names, or sells (``loose``, right under a lead-in: one of them names it), and none reports or quotes anyone;
    0 otherwise."""
    for k in range(j + 1, min(len(paras), j + MAX_BLOCK - 1)):
        site = _SITE.search(paras[k].text)
        if site is None or not is_marketing(paras[k], 2):
            continue
        between = paras[j:k]
        if any((_NEWS_VERB.search(p.text) or _QUOTE_MARKS.search(p.text)) and not _praise(p.text, site.group(1))
               for p in between):
            return 0
        words = [_capitalised(p.text, first=True) for p in between]
        advertiser = {w for ws in words for w in ws if len(w) > 3 and w.lower() in site.group(1).lower()}
        products = set().union(*(ws for ws in words if ws & advertiser))
        return k if advertiser and (loose or all(ws & products or is_marketing(p) for ws, p in zip(words, between))) \
            else 0                                   # (or sells itself: "Book a sitter in minutes.")
    return 0


# "“Since switching to Acme, our costs fell by half,” says a logistics director at a leading retailer." (or "the
# controller of a mid-sized distributor using Acme")
_ANONYMOUS_PRAISE = re.compile(r"[\u201d\"][ \t]*[,.]?[ \t]*(?:says|said)[ \t]+(?:an?|one|the)[ \t]+[a-z][^.\n]{0,80}[.!]?[ \t]*$")


# '“…,” says Jo, a Doe client in Barrie.', '… said Jo D., who has used Doe since 2019': a customer the ad names
_CLIENT_PRAISE = re.compile(r"[\u201d\"][ \t]*[,.]?[ \t]*(?:says|said)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'.-]*)?,[ \t]+"
                            r"(?:an?|one|who)[ \t][^.\n]{0,80}\b(?:client|customer|user|member|subscriber|investor|"
                            r"patient|student|owner|used|uses)\b[^.\n]{0,60}[.!]?[ \t]*$")


def _praise(text: str, site: str) -> bool:
    """A customer's praise for the advertiser whose web address closes the pitch ("Doe" for doeinvest.ca): a
    quotation naming the advertiser, credited to a customer or to someone the ad does not name."""
    advertiser = {w for w in _capitalised(text, first=True) if len(w) > 3 and w.lower() in site.lower()}
    return bool(advertiser) and bool(_ANONYMOUS_PRAISE.search(text) or _CLIENT_PRAISE.search(text))


def _testimonial(text: str, run: list[Para]) -> bool:
    """A customer's praise inside a pitch: a quotation naming the product, said by someone the ad does not name."""
    named = {w for p in run for w in _capitalised(p.text, first=True) if w.lower() not in _LEAD_IN_WORDS}
    return bool(_ANONYMOUS_PRAISE.search(text)) and bool(_capitalised(text) & named)


def _boxed(before: Para, p: Para, after: Para) -> bool:
    """A line set between two lines of the pitch with no blank line either side: the same box."""
    return p.start == before.end + 1 and after.start == p.end + 1


_ANY_SIGN = re.compile(r"(?=[psbaw.mre])(?:partner|sponsor|presented|brought to you|advertis|publicit|publicidad|anuncio|werbung|"
                       r"paid|promoted|branded|supported by|(?:member|reader|subscriber|exclusive|special)s?[\u2019']? "
                       r"(?:savings?|pricing|offers?|deals?|perks?|discounts?)|"
                       r"association|white ?paper|\bad\b|\.(?:com|ca|net|org|io|co|app|shop|store|ai)\b|www\.)",
                       re.I)          # (the look at the first letter first: a third of the time, over a whole text)


def strip(text: str) -> Step:
    """Remove every advertorial block: its lead-in with the marketing after it, or a full pitch on its own."""
    if not _ANY_SIGN.search(text):
        return remove(text, "advert", [])          # no lead-in and no web address: nothing to look at
    paras = [p for p in paragraphs(text) if any(c.isalnum() for c in p.text)]   # not a Markdown quote's bare ">"
    runs: list[tuple[list[Para], str]] = []
    i = 0
    while i < len(paras):
        p = paras[i]
        if p.words <= 12 and is_lead_in(p.text):
            block = _block(paras, i, text)
            if len(block) > 1:
                runs.append((_framed(text, block), "advertorial block"))
                i += len(block)
                continue
        elif p.words <= 60 and _opens_on_lead_in(p.text) and _signs(p) >= 1 \
                and (not _NEWS_VERB.search(p.text) or _BOLD_LEAD_IN.match(p.text)):    # (a pitch's "…," says one client)
            block = _block(paras, i, text) if not _BOLD_LEAD_IN.match(p.text) else \
                [p, *itertools.takewhile(lambda q: is_marketing(q, 2), paras[i + 1:i + 1 + MAX_BLOCK])]
            runs.append((block, "advertorial block"))   # "From our partner: Planning a trip? Discover … Book now …"
                                                        # (a "**Partner message** — …" box: its own paragraph, and
                                                        # any plain pitch under it, not an interview's next question)
            i += len(block)
            continue
        elif p.words <= 45 and (_DOMAIN.search(p.text) or _promo(p.text)) and _signs(p) >= 3 \
                and not _NEWS_VERB.search(p.text):
            runs.append(([p], "marketing paragraph"))
        i += 1
    return remove(text, "advert", runs)
