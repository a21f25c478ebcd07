"""A first draft deck from extracted snippets: what an analyst would start from, not a wall of text."""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from briefdeck.core import (CLAIM, FIGURE, QUOTE, ChartSpec, Deck, Item, Point, Series, Slide, Snippet,
                            Source)
from briefdeck.extract.bodies import BUSINESS_NOUNS
from briefdeck.extract.claim_features import opens_on_pronoun, opens_on_scene, says_how_done
from briefdeck.extract.deck_titles import deck_subtitle, deck_title
from briefdeck.extract.labels import label_for, list_lead
from briefdeck.extract.pipeline import Extraction

MAX_CLAIM_WORDS = 32          # longer sentences make poor bullets
MIN_CLAIM_WORDS = 7           # shorter ones lean on the sentence before them ("The shares add up to 100%.")
BULLETS_PER_SLIDE = 4
MIN_BULLETS = 2
QUOTE_WORDS = 60               # a longer quotation shrinks on its slide to a block of small type
CHARTED = ("percent", "money", "count")


# "Instead, …", "However, …", "Even so, …", "Over the same period, …": a sentence that answers the one before it
_LEANS_BACK = re.compile(r"(?:Instead|However|Still|Yet|Meanwhile|Even so|That said|By contrast|In contrast|"
                         r"Nonetheless|Nevertheless|Otherwise|Besides|Moreover|Furthermore|Likewise|Similarly|"
                         r"As a result|In turn|At the same time|(?:Second|Secondly|Third|Thirdly|Fourth|Finally|Lastly)(?=,)|"
                         r"(?:Of|Among|One of|Some of|Most of|Many of|All of|None of|Half of) (?:those|them|these)|"
                         r"(?:Over|In|During|For|Across) (?:the same|that|this) (?:period|time|span|quarter|year|month|week)s?|"
                         # "In Barrie, they are expected to …": a pronoun for what the sentence before named
                         r"(?:In|At|On|For|By|Over|Under|After|Before|Since|During|Across) [^,]{1,40}, "
                         r"(?:they|it|he|she))\b")
# "… the count climbed 31% over the same period": a sentence that measures against the one before it, inside it
_LEANS_BACK_INSIDE = re.compile(r"\b(?:over|in|during|for|across) the same (?:period|time|span|quarter|months?)\b"
                                r"(?! (?:last|of|a|one|in|the) )"        # (not "in the same quarter last year")
                                r"|\b[Tt]he (?:count|figure|tally|total)\b(?= (?:climbed|rose|fell|dropped|grew|jumped|was|is|"
                                r"stood|reached|hit))")
# "One of the people that list affects is Jo Doe, 71, a retired machinist …": one person's story, told by their age
_AGED = re.compile(r"\b[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)? [A-Z][\w’'-]+, \d{1,3},")

# "The company expects …", "The office said …": a firm or body the story named before, which a bullet among other
# sources' does not
_UNNAMED = BUSINESS_NOUNS | {"group", "startup", "airline", "office", "ministry", "department", "agency"}
_THE_FIRM = re.compile(rf"(?:The|[A-Z][^,.\n]{{0,50}},\s+the) (?:{'|'.join(sorted(_UNNAMED))})\b")   # ("In a written
# response, the department said …" too)


def _words(text: str) -> int:
    return len(text.split())


def _rank(snippets: list[Snippet]) -> list[Snippet]:
    """Best first: score, then how many sources back it."""
    return sorted(snippets, key=lambda s: (-(s.score or 0) - 0.05 * len(s.reported_by), s.anchor.start))


_COURTESY = re.compile(r"(?:thanks|thank you|I (?:want to )?thank|good (?:morning|afternoon|evening)|hello|hi)\b", re.I)


def _round_robin(snippets: list[Snippet], limit: int, ranked: bool = False) -> list[Snippet]:
    """Take the best of each source in turn, so one long article does not fill the deck (``ranked``: the
    snippets are already in the order to take them, best first)."""
    by_source: dict[str, list[Snippet]] = {}
    for sn in snippets if ranked else _rank(snippets):
        by_source.setdefault(sn.source, []).append(sn)
    out: list[Snippet] = []
    while len(out) < limit and any(by_source.values()):
        for queue in by_source.values():
            if queue and len(out) < limit:
                out.append(queue.pop(0))
    return out


def _distinct_claims(claims: list[Snippet]) -> list[Snippet]:
    """Drop a claim that another (already kept) source reports too."""
    kept: list[Snippet] = []
    sources_said: set[tuple[str, str]] = set()
    for sn in claims:
        if any((other, sn.source) in sources_said for other in sn.reported_by):
            continue
        kept.append(sn)
        sources_said.update((sn.source, other) for other in sn.reported_by)
    return kept


def _same_number(a: Snippet, b: Snippet) -> bool:
    """Two figures that state one fact: the same value and kind ("about 125,000 Canadians" and "roughly
    125,000 people" work in the plants), and the same unit unless it is a count too large to be chance."""
    return a.value == b.value and a.quantity == b.quantity and (a.unit == b.unit or a.quantity == "count"
                                                                 and abs(a.value or 0) >= 1000)


def _new_numbers(claims: list[Snippet], figures: list[Snippet]) -> list[Snippet]:
    """One bullet per number: a claim stating a figure a bullet before it (from another source) states too
    is dropped, or takes that bullet's place when it says all of it and more."""
    def own(c: Snippet) -> list[Snippet]:
        return [f for f in figures if f.value is not None and f.source == c.source
                and c.anchor.start <= f.anchor.start < c.anchor.end]
    kept: list[Snippet] = []
    for c in claims:
        mine = own(c)
        k = next((i for i, o in enumerate(kept) if o.source != c.source
                  and any(_same_number(f, g) for f in mine for g in own(o))), None)
        if k is None:
            kept.append(c)
        elif len(mine) > len(theirs := own(kept[k])) and all(any(_same_number(g, f) for f in mine) for g in theirs):
            kept[k] = c                              # "… 125,000 people, and about 500,000 jobs …" says more
    return kept


def _one_fact(a: Snippet, label_a: str, b: Snippet, label_b: str) -> bool:
    """Two big numbers that say one thing: the same value and unit, and labels that say the same ("U.S. tariff",
    "U.S. tariff chokes off sales"), that title alike ("Tariff on Canadian fish", "Tariff on Canadian seafood") or
    that both name a levy ("Washington's duty on the non-U.S. content", "Duty only on the share of value")."""
    return a.value == b.value and a.unit == b.unit and (_says_within(label_a, label_b)
                                                        or _number_title(label_a) == _number_title(label_b)
                                                        or _says_within(_levy(label_a), _levy(label_b))
                                                        or "tariff" in _levy(label_a).split() and "tariff" in _levy(label_b).split())


_LEVIES = {"duty": "tariff", "duties": "tariff", "tariffs": "tariff", "levy": "tariff", "surtax": "tariff"}
_WHAT_IN_GENERAL = frozenset("products goods imports exports items shipments".split())


def _levy(label: str) -> str:
    """A levy's label as the same levy reads in any source: who levies it left out ("Washington's", "US"), "duty"
    as "tariff", and a general word for what it is on left out ("Washington's duty on Canadian maple products"
    and "Tariff on Canadian maple syrup": one fact)."""
    words = label.split()
    if words and (words[0].endswith(("\u2019s", "'s")) or words[0].rstrip(".").upper() in ("US", "U.S", "EU")):
        words = words[1:]
    words = [_LEVIES.get(w.lower(), w.lower()) for w in words if w.lower() not in _WHAT_IN_GENERAL]
    return " ".join(words) if "tariff" in words else label


def _says_within(a: str, b: str) -> bool:
    """Does one label say all the other does, in its words ("U.S. tariff" in "U.S. tariff chokes off sales")?"""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


_STOP = frozenset("the a an of to in on at by for from with and or its their it this that as is are was were be "
                  "has have had than into".split())


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}


def _common_prefix(labels: list[str]) -> list[str]:
    words = [lab.split() for lab in labels]
    out: list[str] = []
    for column in zip(*words):
        if len({w.lower() for w in column}) != 1:
            break
        out.append(column[0])
    return out


def _categories(labels: list[str]) -> tuple[list[str], str]:
    """Bar labels without the words they all share, and those words as the chart's title:
    'Duty on imported cars', 'Duty on imported steel' -> 'Imported cars', 'Imported steel'; 'Duty'
    ('Rise in sales of whisky', 'Rise in sales of wine' -> 'Whisky', 'Wine'; 'Rise in sales')."""
    prefix = _common_prefix(labels)
    preps = [i for i, w in enumerate(prefix) if w.lower() in ("on", "of", "in", "for", "to", "at", "from", "by")]
    if not preps or any(len(lab.split()) <= preps[-1] + 1 for lab in labels):
        return labels, ""
    cut = preps[-1] + 1
    cats = [" ".join(lab.split()[cut:]) for lab in labels]
    return [c[:1].upper() + c[1:] for c in cats], " ".join(prefix[:preps[-1]])   # "Rise in sales of …": "Rise in sales"


def _heading_before(text: str, start: int) -> str:
    """The short heading line closest above ``start`` (a list's title), without markdown marks."""
    for line in reversed(text[:start].split("\n")[:-1][-12:]):
        stripped = line.strip().strip("#*_ ").rstrip(":")
        if stripped and not line.lstrip().startswith(("-", "*", "\u2022")) and len(stripped.split()) <= 12 \
                and not stripped.endswith("."):
            return stripped
    return ""


def _list_chart(figures: list[Snippet], texts: dict[str, str]) -> tuple[ChartSpec, list[Snippet], str] | None:
    """Three or more figures of one unit on consecutive list lines ('- China: about 4%'): a chart of the list."""
    groups: dict[tuple[str, str, str], list[tuple[Snippet, str]]] = {}
    for sn in sorted(figures, key=lambda f: (f.source, f.anchor.start)):
        text = texts.get(sn.source, "")
        lead = list_lead(text, sn.anchor.start) if text else ""
        if lead and sn.value is not None and sn.quantity in CHARTED:
            heading = _heading_before(text, sn.anchor.start)
            groups.setdefault((sn.source, sn.unit, heading), []).append((sn, lead))
    best = max(groups.items(), key=lambda kv: len(kv[1]), default=None)
    if not best or len(best[1]) < 3:
        return None
    (_, unit, heading), members = best
    members = members[:8]
    spec = _bars([lead for _, lead in members], [sn for sn, _ in members], unit)
    return spec, [sn for sn, _ in members], re.sub(r"\s*\((?:illustrative|estimates?|est\.)\)", "", heading)


def _bars(categories: list[str], members: list[Snippet], unit: str) -> ChartSpec:
    """Columns when the labels are short enough to sit under them (read left to right in the sources'
    order); otherwise horizontal bars, given bottom-up so they read top-down in the same order."""
    if all(len(c) <= 20 for c in categories) and len(categories) <= 7:
        kind, order = "column", list(range(len(categories)))
    else:
        kind, order = "bar", list(reversed(range(len(categories))))
    return ChartSpec(type=kind, categories=[categories[i] for i in order], unit=unit,
                     series=[Series(name=unit.capitalize(), points=[Point(members[i].value, members[i].id)
                                                                    for i in order])])


def _chart(figures: list[Snippet], texts: dict[str, str] | None = None
           ) -> tuple[ChartSpec, list[Snippet], str] | None:
    """A bar chart when three or more figures share a unit and talk about the same thing.

    A list of figures ('- China: about 4%') is charted as it stands, titled by its heading. Otherwise
    figures are comparable when their measures share two words ("tariff on imported cars", "tariff on
    imported steel") and their labels name the same thing; each bar is labelled with :func:`label_for`, less
    the words all labels share.
    """
    texts = texts or {}
    listed = _list_chart(figures, texts)
    if listed:
        return listed
    groups: dict[tuple[str, str], list[Snippet]] = {}
    for sn in _rank(figures):
        if sn.quantity in CHARTED and sn.value is not None and sn.measure and not re.search(r"\d", sn.measure):
            groups.setdefault((sn.quantity, sn.unit), []).append(sn)
    best: list[Snippet] = []
    for members in groups.values():
        for seed in members:
            words = _content(seed.measure)
            cluster = [sn for sn in members if len(_content(sn.measure) & words) >= min(2, len(words))]
            if len(cluster) > len(best):
                best = cluster
    chosen: list[Snippet] = []
    labels: list[str] = []
    for sn in sorted(best, key=lambda f: (f.source, f.anchor.start)):
        label = label_for(sn, texts.get(sn.source))         # no good phrase: not a bar
        duplicate = any(sn.value == c.value and (c.source in sn.reported_by or c.source == sn.source)
                        for c in chosen)
        if label and not duplicate and label.lower() not in (x.lower() for x in labels) \
                and not _PERSONAL.search(label):      # "Share of his income": one person's, not a bar among others
            chosen.append(sn)
            labels.append(label)
    heads: dict[str, list[int]] = {}                   # bars measure one thing: "Tariff on …", not a tariff, a
    for i, label in enumerate(labels):                 # share and a drop in shipments that share two words
        heads.setdefault(_number_title(label).lower(), []).append(i)
    keep = max(heads.values(), key=len, default=[])[:6]
    if len(keep) < 3:
        return None
    chosen, labels = [chosen[i] for i in keep], [labels[i] for i in keep]
    categories, title = _categories(labels)
    return _bars(categories, chosen, chosen[0].unit), chosen, title


def _claim_of(figure: Snippet, claims: list[Snippet]) -> Snippet | None:
    return next((c for c in claims if c.source == figure.source and c.anchor.start <= figure.anchor.start < c.anchor.end),
                None)


def _in_claim(figure: Snippet, claims: list[Snippet]) -> bool:
    return _claim_of(figure, claims) is not None


def _sentence_of(figure: Snippet, claims: list[Snippet]) -> Snippet | None:
    """The claim sentence a figure sits in, when it is short enough to show beside the number."""
    c = _claim_of(figure, claims)
    return c if c is not None and _words(c.anchor.exact) <= 30 else None


_HEAD_STOP = frozenset("of on in at to for from by with across lost cut laid added created tied depending assembled "
                       "built imported exported sold shipped south north east west abroad overseas through via under "
                       "over into against about between among during after before since is are was were has have "
                       "had will would can could".split())      # "Low-interest loans through the …": "Low-interest loans"


_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|they|their|them|i|my|we|our|you|your)\b", re.I)
# "We sold about 4,200 cases …", "Canada was close to a fifth of our business": someone's own words (an answer in a
# transcript, a column), whose "we" a bullet or a big number cannot say; nor a question's "Minister, you've just said
# …" to someone; quoted words inside are the quoted's
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]urs?|us|[Mm]y|me|[Yy]ou|[Yy]our)\b")
_QUOTED = re.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")


def _first_person(sentence: str) -> bool:
    return bool(_FIRST_PERSON.search(_QUOTED.sub("", sentence)))
_MEASURED = frozenset("worth value number amount cost price volume total".split())


# words a label may open on that no title does: "toward a second rail connection", "for the new berth"
_LEADING = frozenset("toward towards for to into onto on in at from with by over under about against a an the".split())
_AFTER_PLACE = frozenset("in on at for since by from to of and or the a an last this next per each than".split())


def _number_title(label: str) -> str:
    """A big-number slide's title from its label's head: 'Share of Canada’s exports to …' -> 'Canada’s exports'."""
    words = label.split()
    while len(words) > 1 and words[0].lower() in _LEADING:
        words = words[1:]                             # "Toward a second rail connection" -> "Second rail connection"
    if len(words) > 2 and words[0].lower() in ("share", "rise", "drop", "growth", "jump") and words[1] in ("of", "in"):
        words = words[2:]                             # "Rise in fares" -> "Fares"
    head: list[str] = words[:2] if len(words) > 2 and words[0].lower() in _MEASURED and words[1] == "of" else []
    for w in words[len(head):]:                       # "Worth of goods a day" -> "Worth of goods", not "Worth"
        if w.lower() in _HEAD_STOP or w.lower() in ("a", "an", "per", "each") and head or re.match(r"\d", w):
            break
        head.append(w)
    head, rest = head[:4], words[len(head):]
    if len(head) == 1 and len(rest) >= 2 and rest[0].lower() in ("to", "from"):   # "Share of metal to Europe":
        k = 2 if rest[1] == "the" else 1                                          # "Metal to Europe", not "Metal"
        while k < min(len(rest), 5) and rest[k][:1].isupper():
            k += 1
        if rest[k - 1][:1].isupper():
            if k < len(rest) and rest[k].isalpha() and rest[k].islower() and rest[k] not in _AFTER_PLACE:
                k += 1                                # "Shipments to European customers", not "… to European"
            head += rest[:k]
    head = head or words[:3]
    while len(head) > 1 and head[-1].lower() in ("the", "a", "an", "and", "or", "its", "their"):
        head = head[:-1]                              # never a title that stops on "the"
    title = " ".join(head)
    return title[:1].upper() + title[1:]


def draft(extraction: Extraction, deck_path: str | Path, title: str | None = None,
          template: str = "corporate") -> Deck:
    """Title, key claims as cited bullets, big numbers, a chart when figures compare, quotes; sources last."""
    deck_dir = Path(deck_path).resolve().parent
    deck = Deck(title=deck_title(extraction.sources, title), template=template,
                subtitle=deck_subtitle(extraction.sources), date=dt.date.today().isoformat())
    for src in extraction.sources:
        rel = os.path.relpath(Path(src.path).resolve(), deck_dir)
        deck.sources[src.id] = Source(id=src.id, path=Path(rel).as_posix(), text=src.text, title=src.title,
                                      publisher=src.publisher, author=src.author, date=src.date, url=src.url,
                                      page_starts=src.page_starts)
    texts = {src.id: src.text for src in extraction.sources}
    used: list[Snippet] = []
    slides = [Slide("title", {"title": Item(deck.title), "subtitle": Item(deck.subtitle),
                              "date": Item(deck.date)})]
    by_kind = {k: [s for s in extraction.snippets if s.kind == k] for k in (CLAIM, FIGURE, QUOTE)}

    own_words = {f.id for f in by_kind[FIGURE] if (c := _claim_of(f, by_kind[CLAIM])) and _first_person(c.anchor.exact)}
    chart = _chart([f for f in by_kind[FIGURE] if f.id not in own_words], texts)
    charted = {sn.id for sn in chart[1]} if chart else set()
    figures = [s for s in by_kind[FIGURE] if s.quantity in CHARTED and s.value is not None and s.id not in charted]
    numbers: list[tuple[Snippet, str, Snippet | None]] = []
    for sn in _round_robin(figures, 12):
        if len(numbers) == 2:
            break
        if any(sn.value == o.value and (o.source in sn.reported_by or o.source == sn.source) for o, _, _ in numbers) \
                or (chart and any(sn.value == p.value and sn.unit == chart[0].unit for p in chart[0].series[0].points)):
            continue                                 # the same number again, from a second source, or on the chart
        label = label_for(sn, texts.get(sn.source))
        if not label or any(label.lower() == lab.lower() for _, lab, _ in numbers):
            continue                                 # no phrase says what it is: not a number to show big
        if any(_one_fact(sn, label, o, lab) for o, lab, _ in numbers):
            continue                                 # "U.S. tariff" and "U.S. tariff chokes off sales": one fact
        if _PERSONAL.search(label):
            continue                                 # "Share of what he earned": one person's story, not the subject
        if not _in_claim(sn, by_kind[CLAIM]):
            continue                                 # a number from a note or a list, not from the story
        if sn.id in own_words:
            continue                                 # "… close to a fifth of our business": whose?
        numbers.append((sn, label, _sentence_of(sn, by_kind[CLAIM])))
    in_numbers = {ctx.id for _, _, ctx in numbers if ctx}
    shown = {(sn.value, sn.unit) for sn, _, _ in numbers}
    for f in by_kind[FIGURE]:                   # a bullet stating a big number again, from any source
        if (f.value, f.unit) in shown:
            in_numbers.update(c.id for c in by_kind[CLAIM]
                              if c.source == f.source and c.anchor.start <= f.anchor.start < c.anchor.end)

    surnames = {(q.source, q.speaker.split()[-1]) for q in by_kind[QUOTE] if q.speaker and " " in q.speaker}
    claims = [s for s in by_kind[CLAIM] if MIN_CLAIM_WORDS <= _words(s.anchor.exact) <= MAX_CLAIM_WORDS
              and not opens_on_pronoun(s.anchor.exact)           # a bullet stands alone: not "They want …"
              and not _first_person(s.anchor.exact)              # nor "We sold about 4,200 cases …" (who?)
              and not _LEANS_BACK.match(s.anchor.exact)          # nor "Instead, officials …"
              and not _LEANS_BACK_INSIDE.search(s.anchor.exact)  # nor "… over the same period"
              and not _THE_FIRM.match(s.anchor.exact)            # nor "The company expects …" (which one?)
              and not says_how_done(s.anchor.exact)              # nor how the poll was done (a footnote)
              and not _AGED.search(s.anchor.exact)                # nor one person's story ("Jo Doe, 71, …")
              and not opens_on_scene(s.anchor.exact)              # nor a scene ("On a recent morning it had …")
              and (s.source, s.anchor.exact.split()[0]) not in surnames   # nor "Doe said …" (who?)
              and s.id not in in_numbers]
    # repeats go first, then each source takes its turn again: a source whose best claims repeated another's
    # still gets its next best on the first slide
    claims = _new_numbers(_distinct_claims(_round_robin(claims, len(claims))), by_kind[FIGURE])
    claims = _round_robin(claims, 4 * BULLETS_PER_SLIDE, ranked=True)
    for n, start in enumerate(range(0, min(len(claims), 2 * BULLETS_PER_SLIDE), BULLETS_PER_SLIDE)):
        chunk = claims[start:start + BULLETS_PER_SLIDE]
        if len(chunk) < MIN_BULLETS:
            break                                    # one bullet alone on a slide looks like a leftover
        slides.append(Slide("bullets", {"title": Item("Key points" if n == 0 else "Also reported"),
                                        "bullets": [Item(snippet=s.id) for s in chunk]}))
        used += chunk
    for sn, label, sentence in numbers:
        slots = {"title": Item(_number_title(label)), "figure": Item(snippet=sn.id), "label": Item(label)}
        if sentence:
            slots["context"] = Item(snippet=sentence.id)
            used.append(sentence)
        slides.append(Slide("big-number", slots))
        used.append(sn)
    if chart:
        spec, chosen, chart_title = chart
        slides.append(Slide("chart", {"title": Item(chart_title or "Figures compared"), "chart": spec}))
        used += chosen
    quotes = [s for s in by_kind[QUOTE] if s.speaker and _words(s.anchor.exact) >= 3]
    # a slide's quotation says something: not a question put to someone, nor a host's whole introduction, nor an
    # answer that opens on its courtesies ("I thank the member for the question, and …")
    quotes = [s for s in quotes if _words(s.anchor.exact) <= QUOTE_WORDS and not _COURTESY.match(s.anchor.exact)
              and not s.anchor.exact.rstrip(" \u201d\"\u2019'").endswith("?")] or quotes
    for sn in _round_robin(quotes, 2):
        slides.append(Slide("quote", {"quote": Item(snippet=sn.id)}))
        used.append(sn)
    deck.slides = slides
    for sn in used:
        deck.snippets.setdefault(sn.id, sn)
    return deck
