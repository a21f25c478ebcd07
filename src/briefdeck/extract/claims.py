"""Claims: sentences worth a bullet, ranked the way an analyst reads an article.

A sentence is scored on two things. *Is it a claim at all?* It states something
checkable (names, numbers, a sensible length), and is not a question, a lead-in
ending in a colon, a first-person aside, a rhetorical opener, a quotation or a
note that someone declined to comment (:func:`quality`). *Would an analyst pick
it first?* It is central to the article (LexRank over sentence similarity:
:mod:`briefdeck.extract.centrality`), close to the headline, early in the story
(news puts its point in the first paragraphs), carries more of the story's figures
and names than its other sentences, states a fact with its context, and stands on
its own (:mod:`briefdeck.extract.claim_features`).
The headline and a standfirst are found first (:mod:`briefdeck.extract.front`): the
headline is not a claim, and the story's lead is counted from its first paragraph.
The best few are then re-ordered so that the top of the list does not say the
same thing twice.

A label that opens a sentence ("Why it matters:", "The details:") is not part
of the claim: :func:`label_end` says where the claim starts.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from briefdeck.extract import centrality, claim_features, front, sentences
from briefdeck.extract.marks import BOLD_LABEL
from briefdeck.extract.claim_features import concreteness

_WORDS = re.compile(r"[\w’'\-]+")
_PERSONAL = re.compile(r"\b(?:I|we|we’re|we're|our|us|my|you|your|you’re|you're)\b")
_RHETORICAL = re.compile(r"^(?:here[’']s|that[’']s|this is|this isn[’']t|it[’']s|so\b|and\b|or\b|imagine|"
                         r"consider|think about|let[’']s|what\b|why\b|how\b|yes\b|no\b|well\b|alas\b|"
                         r"but (?:here|that|this|so)\b|(?:the|its|their|this|that)\s+(?:[\w’'-]+\s+){0,2}(?:is|was|are|were)"
                         r"\s+(?:simple|straightforward|clear|obvious|plain|stark|easy|blunt)\s*:)", re.I)
_HEDGE = re.compile(r"\b(?:may|might|could|perhaps|possibly|maybe)\b", re.I)
_ENDS = re.compile(r"[.!…][\u201d\"’')\]]*$")
# "… did not respond to requests for comment", "… declined to comment": a note on the reporting, not a finding
_NO_COMMENT = re.compile(r"\b(?:(?:did|could|has|have|had|would)(?: not|n[’']t) (?:immediately )?(?:respond|reply|return)\w*"
                         r" to (?:[\w\-]+ ){0,3}(?:requests?|messages?|calls?|e-?mails?|inquir\w+|questions?)"
                         r"|declined (?:to|a request to) (?:comment|say|specify|elaborate)|refused to (?:comment|say)"
                         r"|(?:would|could) not say\b|could not be reached|did not (?:immediately )?"
                         r"(?:provide|offer|give) (?:a |any )?comment"
                         r"|^(?:none|neither) of .{0,60}\b(?:responded|replied|returned|commented)\b)", re.I)
# a call's running order: "Good morning, ladies and gentlemen, and welcome to …", "All lines are currently muted.",
# "I would now like to turn the conference over to …", "Joining me are …", "We will open the line for questions"
_CALL_FURNITURE = re.compile(
    r"^\W*(?:good (?:morning|afternoon|evening)|welcome|thank you|thanks(?! to\b))\b.{0,80}\b(?:ladies and gentlemen|everyone|"
    r"(?:conference|earnings|results|investor) call|webcast)\b"
    r"|\b(?:all (?:participants|lines|callers) (?:are|have been) (?:currently |now )?(?:in a listen-only mode|muted|"
    r"placed on mute)|turn (?:the )?(?:call|conference|meeting|floor|line) (?:back )?over to|^\W*joining me (?:today |on "
    r"(?:the|this) call )?(?:are|is)\b|open the (?:line|lines|floor) (?:for|to) (?:analyst |your )?questions|"
    r"(?:this|today[’']s) (?:call|conference|webcast) is being recorded|question-and-answer session"
    r"|^\W*my guests? (?:today |this week |on the show )?(?:are|is)\b|^\W*(?:i[’']m|we[’']re) joined (?:today |now |in the "
    r"studio )?by\b|^\W*with me (?:today |now |in the studio )?(?:are|is)\b)", re.I)   # (a show's "My guests are …")
# a turn's greeting or thanks, in any transcript: "Good evening.", "Thank you, Julie, and thank you all for being here.",
# "Good afternoon and welcome to Noon Markets …", "I now welcome officers from …", "Our guest is …", "Marc, Ruth, thanks
# for being here.", "Glad to be here.": no one's finding
_POSTED_BY = re.compile(r"(?:Posted|Published|Reproduced|Republished|Reprinted)[ \t]+(?:by|with|from|courtesy)\b")
_GREETING = re.compile(r"^\W*(?-i:(?:[A-Z][\w\u2019'\-]+,[ \t]+){0,3})(?:good (?:morning|afternoon|evening|day)\b|welcome\b|thank you\b|thanks\b(?! to\b)|"
                       r"i now (?:welcome|call)\b|our guests? (?:is|are|today|this week)\b|joining (?:us|me)\b|my pleasure\b|"
                       r"(?:glad|great|happy|good|nice|a pleasure|pleasure|delighted) to be (?:here|with you|back|on)\b)", re.I)
_CALL_WORDS = ("call", "onference", "line", "oining", "question", "elcome", "webcast", "recorded", "floor", "gentlemen",
               "everyone", "guest", "joined", "ith me")   # (a cheap test before _CALL_FURNITURE)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_OPEN_QUOTE = re.compile(r"^[“\"‘']")
_SAID = re.compile(r"\b(?:said|says|told|wrote|added|tweeted|asked|argued|noted)\b", re.I)
_CONTENT = re.compile(r"[a-z][a-z’'\-]{3,}")
_STOP = frozenset(
    "that this these those with from have been were will would could should their there which while about "
    "into over under after before than then they them what when where also more most such only very just "
    "much many some other being does said says like even because through between against during without "
    "within across among upon".split())
# "Why it matters: …", "The details:", "Between the lines —", "Bottom line:", "UPDATE:" — a label, not the claim
# (in Markdown, in bold: "**Driving the news:** …")
_KNOWN_LABEL = (r"why (?:it|this) matters|what(?:[’']s| is) (?:next|new|happening)|what (?:they|we)[’']re saying|"
                r"what (?:we|you) (?:know|don[’']t know|need to know)(?: so far| now)?|how we got here|key points|in short|"
                r"(?:the )?(?:details|big picture|bottom line|latest|backstory|background|context|catch|"
                r"other side|state of play|fine print|numbers|takeaway|key takeaways?|upshot)|between the lines|"
                r"by the numbers|driving the news|zoom (?:in|out)|go deeper|reality check|flashback|yes,? but|"
                r"be smart|the intrigue|what to watch|what(?:[’']s| is) at stake|our thought bubble|"
                r"editor[’']s note|update[d]?|correction|note|breaking|analysis|fact check|in brief|at a glance")
_LABEL = re.compile(rf"(?P<mark>\*\*|__|\*|_)?(?:(?i:{_KNOWN_LABEL})|[A-Z]{{2,}}(?:[ \t]+[A-Z]{{2,}}){{0,3}}|"
                    rf"[A-Z][\w’']*(?:[ \t]+[A-Z][\w’']*){{0,3}})[ \t]*"
                    rf"(?::|[ \t]\u2014|[ \t]\u2013|[ \t]-)(?(mark)(?P=mark))[ \t]+(?=[\"“‘]?[A-Z0-9])")
_NOTE = re.compile(r"(?i:editor[’']s note|note|update[d]?|correction|clarification)\b")
_QUOTE_MARK = re.compile(r"[“”\"]|''")
_CAPITAL = re.compile(r"[\"“‘]?[A-Z0-9]")          # a claim after a label opens a sentence: not "**€28bn:** forecast …"
# "— The plan", Markdown's "> **What we know:** …" and "### A third year of drought …"
_DASH_START = re.compile(r"[\u2014\u2013-]+[ \t]+|(?:>[ \t]*)+|#{1,6}[ \t]+")
# a transcript's speaker label: "MR. DOE-ROE:", "HOST (Jo Doe):", "THE CHAIR (Ms. Roe):", "A:": whose turn it is, not
# part of the claim (taken off however short the rest: "ANCHOR (JO DOE): Good evening." is no claim)
# ("JO DOE, HOST:", "Jo Doe -- Partner, Acme Capital:" too)
_CAPS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ\u2019'.\-]*[A-ZÀ-ÖØ-Þ](?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ\u2019'.\-]*[A-ZÀ-ÖØ-Þ]){0,3}"   # ("ÉLISE …")
_TURN = re.compile(r"(?:(?:MR|MS|MRS|DR|SEN|HON)\.?[ \t]+)?(?:%s(?:,[ \t]+%s)?|[QA]"
                   r"|[A-Z][\w\u2019'.\-]+(?:[ \t]+[A-Z][\w\u2019'.\-]+){0,3}[ \t]+(?:--|\u2014|\u2013)[ \t]+[^\n:]{2,80}"
                   r"|\[(?:[\d/\-]{6,10},?[ \t]+)?[\d:]{4,8}(?:[ \t]?[APap][Mm])?\][ \t]*[^\n:\[\]]{2,60})"   # a chat's "[2025-11-19,
                   # 10:42:13] Jo Doe: …", a podcast's "[00:12:31] Jo Doe: …"
                   r"(?:[ \t]*\([^)\n]{1,60}\))?:[ \t]+|[QA]\.(?:[ \t]{2,}|\t)" % (_CAPS, _CAPS))   # (a trial's "A.   I …")
_NOT_LABEL_WORDS = re.compile(r"\b(?:said|says|told|wrote|is|are|was|were|has|have|had|will|would)\b", re.I)
MIN_WORDS = 5
MIN_SCORE = 0.3
TOP_DIVERSE = 10          # how many of the best claims are re-ordered so they don't repeat one another


def label_end(text: str, start: int, end: int) -> int:
    """Where the claim starts once an opening label ("Why it matters:", "The details —") is skipped."""
    dash = _DASH_START.match(text, start, end)        # "— The plan …" left over from a dateline, a quoted box
    if dash:
        start = dash.end()
    turn = _TURN.match(text, start, end)
    if turn and (start == 0 or text[start - 1] == "\n"):
        return end if turn.group()[:1] == "Q" and turn.group()[1:2] in ".: (" else turn.end()   # (a question: none)
    bold = BOLD_LABEL.match(text, start, end)         # "**How much money is involved:** The first …": any words
    if bold and end - bold.end() >= 20 and _CAPITAL.match(text, bold.end()) and not _NOTE.match(text, bold.start(1) + 2):
        return bold.end()
    m = _LABEL.match(text, start, end)
    if not m or _NOT_LABEL_WORDS.search(m.group()) or end - m.end() < 20 \
            or m.group("mark") and _NOTE.match(text, m.end("mark")):
        return start                                  # "*Update:* …" stays an italic note on the story
    return m.end()


def keywords(text: str) -> dict[str, float]:
    """How central each content word is to a document: its count over the top count (0..1)."""
    counts: dict[str, int] = {}
    for w in _CONTENT.findall(text.casefold()):
        if w not in _STOP:
            counts[w] = counts.get(w, 0) + 1
    top = max(counts.values(), default=1)
    return {w: n / top for w, n in counts.items() if n > 1}


def _may_say_no_comment(low: str) -> bool:
    """Whether a sentence has a word each of _NO_COMMENT's ways needs (far cheaper than the search)."""
    return "not" in low or "n't" in low or "n\u2019t" in low or "declined" in low or "refused" in low or "none" in low \
        or "neither" in low


_FILLER = re.compile(r"(?:^|[\s,])(?:um+|uh+|erm),", re.I)     # (not "As you know, …": a written opening too)


def quality(sentence: str, item: bool = False) -> float:
    """Is this sentence a claim at all, 0..1: a statement of something, not a question, aside or quotation
    (``item``: an item of a list, which may end without a full stop)."""
    words = _WORDS.findall(sentence)
    n = len(words)
    if n < MIN_WORDS or not (item or _ENDS.search(sentence.rstrip())) or sentence.isupper() \
            or _POSTED_BY.match(sentence):
        return 0.0                                      # (in capitals: a stage note, "RECESS AT 11:28 A.M."; a note
                                                        # on where the text comes from: "Posted by Acme for …")
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(sentence))
    if quoted > 0.5 * len(sentence):
        return 0.0                                      # a quotation, not a claim
    if n <= 30 and _may_say_no_comment(sentence.lower()) and _NO_COMMENT.search(sentence):
        return 0.0                                      # a note on the reporting
    if n <= 45 and (any(w in sentence for w in _CALL_WORDS) and _CALL_FURNITURE.search(sentence)
                    or _GREETING.match(sentence)):
        return 0.0                                      # a call's running order or a greeting, not its news
    s = 0.55
    if _OPEN_QUOTE.match(sentence) or (quoted > 0.3 * len(sentence) and _SAID.search(sentence)):
        s -= 0.2                                        # mostly someone's words: the quote is the snippet
    if 9 <= n <= 35:
        s += 0.1
    elif n > 45:
        s -= 0.15
    own = _QUOTED.sub("", sentence)                     # its own words, outside quotation marks
    if _PERSONAL.search(own):
        s -= 0.3
    if _RHETORICAL.match(sentence):
        s -= 0.25
    if _HEDGE.search(own):
        s -= 0.05
    if sentence[:1] in "*_":
        s -= 0.4                                        # an italic note ("*Updated to add ...*"), not the story
    if "um" in sentence or "uh" in sentence or "erm" in sentence:
        s -= 0.2 * bool(_FILLER.search(sentence))       # "… are, um, in the range of …": talk, not a slide's line
    return max(0.0, s)


def score(sentence: str, position: float, weights: dict[str, float] | None = None) -> float:
    """Salience of one sentence on its own, 0..1 (``position``: 0 = start of its source, 1 = end);
    :func:`rank` scores a whole article better, with the other sentences as context."""
    q = quality(sentence)
    if not q:
        return 0.0
    s = q + 0.15 * concreteness(sentence) + 0.1 * (1.0 - position)
    if weights:
        found = sorted((weights.get(w, 0.0) for w in set(_CONTENT.findall(sentence.casefold()))), reverse=True)[:5]
        s += 0.2 * sum(found) / 5
    return round(max(0.0, min(1.0, s)), 3)


@dataclass
class Ranked:
    start: int
    end: int
    score: float


# How much each trait (claim_features, and the article-wide ones below) counts: one L2-regularised logistic
# regression, fitted with the words' weights (claim_words.tsv) on the key sentences of the 1,150 hand-marked
# articles in benchmarks/sets by benchmarks/fit_claims.py --write (see README, "How snippets are proposed"),
# rounded. The sum is the log-odds that an analyst picks the sentence; the score maps it onto MIN_SCORE..1,
# spread so that an article's sentences do not all crowd the bottom of the scale (_SPREAD, _CENTRE: the log-odds
# shown as the middle). "figure" counts against because "figures_rank" carries the figures: among sentences with
# numbers, the ones with more of the story's figures than the others are the ones picked.
BIAS = -4.15
_SPREAD, _CENTRE = 0.75, -2.0
WEIGHTS = {"quality": 0.70, "central": 0.40, "headline": 1.02, "lead": 0.63, "opens_paragraph": 0.13,
           "quoted": -1.66, "quote_paragraph": -0.16, "pronoun": -0.37, "digit": 0.50, "figure": -0.61,
           "dated": 0.38, "leads_in": -0.28, "to_reader": -0.35, "finding": 0.28, "scene": -0.29,
           "length": 0.90, "paragraph": -0.96, "money": 0.05, "figures_rank": 1.81, "concrete_rank": 0.80,
           "words": 1.0, "anecdote": -0.89, "reported": -0.06, "reaction": -0.47, "numbers": 0.81, "next_step": 0.41}
# "Jane Doe was blunter. “…”": a short sentence that only introduces the quotation after it
LEAD_IN_WORDS = 8
_QUOTE_NEXT = re.compile(r"\s*[“\"]")
# "Ms Doe, who chairs the co-operative, was less sure.": the clause about her does not make it a claim
_APPOSITIVE = re.compile(r",\s+(?:who|whose|which)\b[^,.;]*,")
MAX_LINES = 30             # "paragraph": how far down the article, in lines, up to this many
RANKED_TRAITS = ("figures", "concrete")
LEAD_DECAY = 8.0           # the lead weight halves about every five sentences of the story


@dataclass
class Candidates:
    """The sentences that could be claims, with what is known about each (in text order)."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    quality: list[float] = field(default_factory=list)
    features: list[dict[str, float] | None] = field(default_factory=list)   # None: not a claim at all
    vectors: object = None                                                     # unit TF-IDF rows


def _repeats_the_opening(text: str, title: str) -> bool:
    """A title that is only the opening words of the text (one guessed from them) says nothing more."""
    head = title.strip().rstrip("…").strip()
    return bool(head) and text.lstrip().startswith(head)


def candidates(text: str, spans: list[tuple[int, int]], title: str = "",
               figures: list[tuple[int, int]] = ()) -> Candidates:
    """Every sentence that could be a claim, with its traits, its centrality and closeness to the headline."""
    found = front.front(text, spans, title)
    head_text = found.heading if found else ("" if _repeats_the_opening(text, title) else title)
    dek = found.dek if found else None
    out = Candidates()
    texts = []
    for s, e in spans:
        if found and s < found.end:
            continue                                 # the headline itself is not a claim
        item = text.endswith(";", s, e) and sentences.list_item(text, s)
        e -= item                                    # "• 4,212 patients waited …;": the item, not its semicolon
        sentence = text[s:e]
        q = quality(sentence, item)
        if q > 0:
            out.spans.append((s, e))
            out.quality.append(q)
            texts.append(sentence)
    if not texts:
        return out
    vectors, head_vector = centrality.vectors(texts, head_text)
    out.vectors = vectors
    central = centrality.lexrank(vectors).tolist()
    near_head = centrality.similarity_to(vectors, head_vector).tolist()
    proper = claim_features.proper_names(text)
    figure_starts = sorted(f[0] for f in figures)
    quoted: dict[int, bool] = {}

    def quoted_paragraph(line_start: int) -> bool:
        if line_start not in quoted:
            line_end = text.find("\n", line_start)
            quoted[line_start] = bool(_QUOTE_MARK.search(text, line_start, len(text) if line_end < 0 else line_end))
        return quoted[line_start]

    position = newlines = counted = 0
    for i, ((s, e), sentence, q) in enumerate(zip(out.spans, texts, out.quality)):
        in_dek = dek is not None and dek[0] <= s < dek[1]
        if q < MIN_SCORE:
            out.features.append(None)
            position += not in_dek
            continue
        line_start = text.rfind("\n", 0, s) + 1
        n_figures = bisect_left(figure_starts, e) - bisect_left(figure_starts, s)
        newlines += text.count("\n", counted, s)
        counted = s
        opens = not text[line_start:s].strip() or _TURN.fullmatch(text, line_start, s) is not None   # (after "HOST:")
        f = claim_features.traits(sentence, proper, opens, quoted_paragraph(line_start), n_figures)
        f.update(quality=q, central=central[i], headline=near_head[i], lead=math.exp(-position / LEAD_DECAY),
                 paragraph=min(newlines, MAX_LINES) / MAX_LINES,
                 leads_in=float(_APPOSITIVE.sub("", sentence).count(" ") < LEAD_IN_WORDS
                                and bool(_QUOTE_NEXT.match(text, e))))
        out.features.append(f)
        position += not in_dek                    # a standfirst does not push the lead down
    _rank_within(out.features)
    return out


def _rank_within(features: list[dict[str, float] | None]) -> None:
    """Add, for a few traits, where each sentence stands among this article's claims (0 = lowest, 1 = highest):
    the most central sentence of a rambling article and of a tight one both count as the most central."""
    rows = [f for f in features if f is not None]
    for name in RANKED_TRAITS:
        values = sorted(f[name] for f in rows)
        top = max(1, len(values) - 1)
        for f in rows:
            f[name + "_rank"] = bisect_left(values, f[name]) / top


def rank(text: str, spans: list[tuple[int, int]], title: str = "",
         figures: list[tuple[int, int]] = (), weights: dict[str, float] | None = None) -> list[Ranked]:
    """Every sentence of ``text`` scored as a claim, in text order (scores below MIN_SCORE are left out).

    ``spans`` are the sentences (after datelines and labels are skipped); ``title`` the source's title;
    ``figures`` the spans of the quantities found in the text (percentages, money, counts).
    """
    table = candidates(text, spans, title, figures)
    if not table.spans:
        return []
    weights = weights or WEIGHTS
    scores = []
    for q, f in zip(table.quality, table.features):
        if f is None:
            scores.append(q * 0.9)                    # not a claim: kept for centrality only, never shown
            continue
        raw = BIAS + sum(w * f[k] for k, w in weights.items())
        scores.append(MIN_SCORE + (1 - MIN_SCORE) / (1 + math.exp(-_SPREAD * (raw - _CENTRE))))
    order = centrality.diverse_order(table.vectors, scores, TOP_DIVERSE, penalty=0.15)
    final = list(scores)
    ceiling = None
    for i in order:                           # the re-ordered best keep scores that fall in their new order
        value = min(scores[i], ceiling - 0.001) if ceiling is not None else scores[i]
        final[i] = value
        ceiling = value
    out = []
    for (s, e), value in zip(table.spans, final):
        value = round(max(0.0, min(1.0, value)), 3)
        if value >= MIN_SCORE:
            out.append(Ranked(s, e, value))
    return out


def is_heading(line: str) -> bool:
    """A short line without closing punctuation: a heading, not a sentence."""
    stripped = line.strip()
    return bool(stripped) and not _ENDS.search(stripped) and len(stripped.split()) <= 14
