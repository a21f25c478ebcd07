"""From one clean Source to candidate snippets: claims, figures and quotes, each anchored."""
from __future__ import annotations

import re
from bisect import bisect_right

from briefdeck.core import CLAIM, FIGURE, QUOTE, Snippet, Source
from briefdeck.core.anchor import check_range
from briefdeck.extract import (chevrons, claims, dialogue_dashes, emails, embedded_posts, figures, firms, interviews,
                               measures, monologues, procedure, quotes, sentences, single_marks, speeches)
from briefdeck.extract.records import snippet_from_row
from briefdeck.extract.names import BYLINE, DATELINE

_WORD = re.compile(r"\w+")
_FIGURE_SCORES = {figures.PERCENT: 0.8, figures.MONEY: 0.8, figures.COUNT: 0.6,
                  figures.DURATION: 0.45, figures.DATE: 0.2}
# a call's or a show's pleasantries: "Thanks, operator, and good morning", "Thank you, Luann." — and its notices
_PLEASANTRY = re.compile(r"(?:thanks|thank you|good (?:morning|afternoon|evening)|hello|hi|welcome)\b", re.I)
_CALL_NOTICE = re.compile(r"\b(?:forward-looking|joining me|on the (?:line|call)|welcome to)\b", re.I)
PLEASANTRY_WORDS = 20
# a moderator's running order: "The minister will make a brief statement, and then we'll take questions."
_RUNNING_ORDER = re.compile(r"\b(?:take (?:your |a few |some )?questions|identify yourself|(?:make|give|read) (?:a )?(?:brief|"
                            r"short) (?:statement|remarks)|open (?:the|it) (?:up )?(?:floor|lines?) (?:to|for) questions)\b",
                            re.I)
RUNNING_ORDER_WORDS = 60
# "Thank you, Mr. Chair. Our members …", "Thanks for having me. We shipped …": a turn's thanks before its words
_OPENING_THANKS = re.compile(r"(?:(?:thank you|thanks(?! to\b)|good (?:morning|afternoon|evening|day))\b"
                             r"(?:(?:(?:Mr|Ms|Mrs|Dr|Sen|Hon)\.|[^.!?\n]){0,60}?)[.!][ \t]+)+(?=(?-i:[A-Z0-9])|[\u201c\"])",
                             re.I)
THANKS_REST = 40           # ... taken off only when the answer goes on for this many characters after it


def _past_thanks(text: str, start: int, end: int) -> int:
    """Where an answer's own words start, past its opening thanks or greeting."""
    m = _OPENING_THANKS.match(text, start, end)
    return m.end() if m and end - m.end() >= THANKS_REST else start


def extract(source: Source) -> list[Snippet]:
    """Every candidate in ``source``, in order of appearance within each kind."""
    source_hash = source.hash
    return [snippet_from_row(row, source, source_hash) for row in rows(source)]


def rows(source: Source) -> list[list]:
    """:func:`extract`'s snippets as the cache's rows (records.ROW), made without the snippets themselves: a
    worker process sends rows, and the parent makes each snippet once."""
    text = source.text
    spans = sentences.split(text)
    out: list[list] = []
    counters = {CLAIM: 0, FIGURE: 0, QUOTE: 0}
    prefix = source.id + "-"

    def add(kind: str, start: int, end: int, speaker: str = "", role: str = "", value: float | None = None,
            unit: str = "", quantity: str = "", measure: str = "", score: float | None = None) -> None:
        check_range(text, start, end)              # (in the worker: a bad row never reaches the cache)
        counters[kind] += 1
        out.append([f"{prefix}{kind[0]}{counters[kind]}", kind, start, end, speaker, value, unit, score, role,
                    measure, quantity])

    # single quotation marks read as double ones, and dashes that set off someone's words (“—…—she said—.”) as
    # quotation marks (same offsets), for the quotes and for ranking the claims, so a quotation in ‘…’ counts as
    # someone's words, as “…” does
    doubled = dialogue_dashes.as_marks(single_marks.as_double(text))
    found = [(q.start, q.end, q.speaker, q.role, q.attributed) for q in quotes.find(doubled, doubled=True)]
    answers = [(_past_thanks(text, a.start, a.end), a.end, a.speaker, a.role, True)
               for a in emails.answers(text) or speeches.answers(text) or interviews.answers(text)
               or chevrons.answers(text) or embedded_posts.answers(text) or monologues.answers(text)]   # emails, a
    # speech, a Q&A's answers, live captions, posts set in a story, a video's one speaker
    found = [_not_the_interviewees(q, answers, text) for q in found] if answers else found
    answers = _around_others(answers, found, spans, text) if answers else answers
    full_names: dict[str, str] = {}                  # "Riverside Caliper": "Riverside Caliper Corp."
    chair = procedure.chairs(text) if answers else set()
    for start, end, speaker, role, attributed in _echoes(sorted(found + answers) if answers else found, text):
        base = 0.75 if attributed else 0.35
        words = len(text[start:end].split())
        if _PLEASANTRY.match(text, start) and (words < PLEASANTRY_WORDS or _CALL_NOTICE.search(text, start, end)) \
                or words < RUNNING_ORDER_WORDS and _RUNNING_ORDER.search(text, start, end) \
                or speaker in chair and procedure.procedural(text[start:end]):
            base -= 0.4                              # "Thanks, operator. Good morning … Joining me are …", a chair's
                                                     # "MPP Doe, you have four minutes.": no one's point
        speaker = full_names.setdefault(speaker, firms.in_full(speaker, text)) if speaker else speaker
        add(QUOTE, start, end, speaker=speaker, role=role, score=round(base + min(0.15, 0.01 * words), 3))
    sentence_at = _SentenceIndex(spans)
    seen_figures: set[tuple[int, int]] = set()
    clause_breaks: dict[tuple[int, int], list[int]] = {}
    quantities: list[tuple[int, int]] = []
    bylines = [(m.start(), m.end()) for m in BYLINE.finditer(text)]
    for f in figures.find(text):
        if (f.start, f.end) in seen_figures or any(s <= f.start < e for s, e in bylines):
            continue
        seen_figures.add((f.start, f.end))
        span = sentence_at(f.start) or (f.start, f.end)
        score = _FIGURE_SCORES[f.quantity] + (0.1 if f.value is not None else -0.1)
        if f.quantity == figures.COUNT and f.value is not None and text[f.start].isalpha():
            score -= 0.3                                  # "three pillars": a word, rarely the point
        if f.quantity in (figures.PERCENT, figures.MONEY, figures.COUNT):
            quantities.append((f.start, f.end))
        add(FIGURE, f.start, f.end, value=f.value, unit=f.unit, quantity=f.quantity,
            measure=measures.measure(text, span, f, seen=clause_breaks), score=round(min(1.0, score), 3))
    starts = []
    for s, e in spans:
        dateline = DATELINE.match(text, s, e)
        if dateline:
            s = dateline.end()                       # "OTTAWA — The plan ..." starts at "The"
        starts.append((claims.label_end(text, s, e), e))   # "Why it matters: The plan ..." too
    inside = sorted((s, e) for s, e, *_ in found)          # a sentence within a quotation is the quote's, not a claim
    for c in claims.rank(doubled, starts, source.title, quantities):
        k = bisect_right(inside, (c.start, len(text))) - 1
        if k >= 0 and inside[k][0] <= c.start and c.end <= inside[k][1] + 2:
            continue
        add(CLAIM, c.start, c.end, score=c.score)
    return out


_FIRST_PERSON = re.compile(r"\bI[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:said|say|told|tell|wrote|asked|replied)\b[^.!?\u201c\"]{0,60}"
                           r"[\u201c\"]?$")


def _not_the_interviewees(quote: tuple, answers: list[tuple], text: str) -> tuple:
    """A quotation inside an interviewee's answer is the interviewee's when they say it ("I said from the bench,
    “…”"), and otherwise someone else's ("My father … told me, “…”"): a "he" or "she" resolved to the interviewee
    there is a mistake, and the quotation is left to no one."""
    start, end, speaker, role, attributed = quote
    holder = next((a for a in answers if a[0] <= start and end <= a[1]), None)
    if holder is None:
        return quote
    if _FIRST_PERSON.search(text, max(0, start - 90), start):
        return start, end, holder[2], holder[3], True
    return (start, end, "", "", False) if speaker == holder[2] else quote


def _around_others(answers: list[tuple], found: list[tuple], spans: list[tuple[int, int]], text: str) -> list[tuple]:
    """An answer that tells what someone else said ("… she told the fishers, “…” I took her at her word") is the
    interviewee's around that quotation, which is the other's: the answer stops before the sentence that
    quotes them and goes on at the sentence after it."""
    out = []
    for a_start, a_end, speaker, role, attributed in answers:
        pos = a_start
        for q_start, q_end, *_ in sorted(q for q in found if a_start <= q[0] and q[1] <= a_end
                                         and q[2] and q[2] != speaker and q[4]
                                         and len(text[q[0]:q[1]].split()) >= interviews.MIN_WORDS):   # (not a phrase:
            # "… asked me whether their units are “stuck at the border”" is still the interviewee's sentence)
            k = bisect_right(spans, (q_start, len(text))) - 1
            lead = spans[k][0] if k >= 0 and spans[k][0] <= q_start else q_start
            if lead > pos and text[pos:lead].strip():
                out.append((pos, len(text[:lead].rstrip()), speaker, role, attributed))
            k = bisect_right(spans, (q_end, len(text)))         # the next sentence (not the rest of this one:
            pos = max(pos, spans[k][0] if k < len(spans) else a_end)   # "… and pointed to $40 billion …")
        if a_end > pos and len(text[pos:a_end].split()) >= interviews.MIN_WORDS - 2:
            out.append((pos, a_end, speaker, role, attributed))
    return out


def _echoes(quoted: list[tuple], text: str) -> list[tuple]:
    """A quotation nobody is named for, whose words someone says again in a longer quotation (a headline quoting
    the interview under it), is theirs; not when the longer one holds it (a question put to the interviewee and
    quoted in the answer is not the interviewee's)."""
    words = [" " + " ".join(_WORD.findall(text[q[0]:q[1]].casefold())) + " " for q in quoted]
    out = []
    for (start, end, speaker, role, attributed), said in zip(quoted, words):
        if not speaker and said.count(" ") >= 5:                  # four words at least
            owner = next(((who, as_what) for (at, stop, who, as_what, _), longer in zip(quoted, words)
                          if who and at != start and said in longer and not at <= start < stop), None)
            if owner is not None:
                (speaker, role), attributed = owner, True
        out.append((start, end, speaker, role, attributed))
    return out


class _SentenceIndex:
    """Finds the sentence holding an offset (sentences are sorted and do not overlap)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def __call__(self, offset: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i]
        return None
