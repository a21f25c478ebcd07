"""Who a quotation's own sentence says spoke it: the speech verb next to it and the phrase naming the speaker.

Reporters attribute in a few shapes, all read here from the words around the quotation (its text masked out): after
it (“…,” said Jane Doe, an economist at the bank / “…,” Doe told reporters / “…,” he added / “…,” according to the
ministry), before it (Doe said: “…” / In a statement, the union said “…” / Doe, who chairs the board, warned that
“…”), or the sentence's subject for a quoted fragment (Doe called the plan “a shell game”).
"""
from __future__ import annotations

import re

from briefdeck.extract.apposition import appositive, described_then_named, members_of, named_after, title_like
from briefdeck.extract.back_references import in_their_words, named_last
from briefdeck.extract.bodies import BUSINESS_NOUNS, has_body_word, listed_after
from briefdeck.extract.colons import colon_speaker
from briefdeck.extract.documents import issuer
from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import (BETWEEN, DETERMINERS, FRAMING, INVERTED_ONLY, NOT_NAMES, OPENERS, ROLE_NOUNS, SPEECH,
                                       STOPS, NAMES_IT, PREPOSITIONS, STRONG_SPEECH, SUBORDINATORS, TAKES_PERSON, TITLE_WORDS)
from briefdeck.extract.name_heads import clause_start, described, describes_name, names_a_kind, participle_before
from briefdeck.extract.name_tails import AUX_FINITE, DASHES, ends_clause, skip_back, skip_between, skip_tail, the_one
from briefdeck.extract.phrases import (_INTRO, _QUOTE_CLOSERS, DESCRIPTION, NAME, ORG_WORDS, PRONOUN, Mention, a_persons,
                                       classify, one_of_them, phrase_left, phrase_right, placed_end)
from briefdeck.extract.speech_tokens import (Token, _lower_stop, _verbish, finite, is_past, loose_verb, meant_otherwise, only_saying,
                                             phrasal, speaks, tokens, verb)

__all__ = ["Mention", "Token", "tokens", "finite", "NAME", "PRONOUN", "DESCRIPTION", "SPEECH", "after", "before",
           "sentence_subject", "subject_of", "according", "appositive", "phrase_right", "main_start"]


def _delimiter(t: Token) -> bool:
    return t.text in DASHES


def subject_of(toks: list[Token], v: int, text: str) -> Mention | None:
    """The subject of the verb at token ``v``: "Jane Doe said", "Doe, an economist at the bank, said"."""
    if v >= 3 and toks[v - 1].low in ("who", "which") and toks[v - 2].text == ",":   # "deferred to the premier,
        head, start = phrase_left(toks, v - 3, text)                               # who said", "the Bank, which said"
        head = None if toks[v - 1].low == "which" and (head is None or head.kind != NAME) else head  # "a report, which"
        prep = toks[start - 1].low if start >= 2 else ""     # "Wendy at Ardlethan", "Jan in Stockport, who says":
        whose = phrase_left(toks, start - 2, text) if prep in ("at", "in", "from") else (None, 0)   # no one is in a person
        if whose[0] is not None and (first_name_gender(whose[0].name.split()[0])
                                     or prep == "in" and toks[v - 1].low == "who" and whose[0].kind != PRONOUN):
            head, start = whose
        if toks[v - 1].low == "who" and head and (head.kind == DESCRIPTION or has_body_word(head.name.split())):
            head = _person_before_appositive(toks, start, text) or head   # "Jo Doe, a director at the Ministry, who"
        if head is not None and head.kind != PRONOUN:
            return head
    j = skip_back(toks, skip_between(toks, v - 1))
    if j < 0:
        return None
    if not _delimiter(toks[j]):
        head, start = phrase_left(toks, j, text)
        if head and head.kind == NAME and head.role and not clause_start(toks, start):
            start = participle_before(toks, start, head)  # "legally qualified chair Jo Doe said"
        if not (head and (clause_start(toks, start) or head.kind == PRONOUN and head.name in ("he", "she", "they")
                          and toks[v].low in SPEECH)):   # "In court he said", "At a meeting she warned"
            return _description_subject(toks, j, text)
        if start and toks[start - 1].text in (",", "and") and head.kind != PRONOUN and not toks[start].low.endswith("-based") \
                and not (head.kind == NAME and (head.role or " " not in head.name and toks[start - 1].text == ",")
                         and first_name_gender(head.name.split()[0])):   # ("Saguenay, Quebec-based Acme said"; "…, Queens, Jo said")
            lead = _leading_name(toks, start - 1, text)  # "Doe, president and CEO of the firm said" (not "In
            # Berea, Ohio, after the vote, Gov. John Doe said": a titled person is the subject)
            voice = head.kind == DESCRIPTION and head.name.split()[-1].lower() in ROLE_NOUNS   # "A Department … spokesperson"
            ends = (head.end - len(head.name.split()[-1]) - 1) if voice else head.end
            if lead is not None and (head.kind == NAME or voice) and ((org := re.search(r"(\w+) (?:of|for) ", lead.name))
                                                                      and org.group(1).lower() in ORG_WORDS
                    or head.name.split()[-1].lower() in ORG_WORDS) and lead.end + len(listed_after(text, lead.end)) \
                    == ends:   # "Ministry of Energy, Mines and Trade", "Innovation, Science and … Canada"
                if voice:
                    whole = text[lead.begin:head.end]
                    return Mention(DESCRIPTION, whole, lead.begin, head.end, whole, "", lead.begin)
                whole = text[text.index(lead.name, lead.start):head.end]
                return Mention(NAME, whole, lead.start, head.end, whole, lead.role, lead.begin)
            if lead is not None:
                return lead
            voice_for = _leading_name(toks, start - 1, text, DESCRIPTION) if head.kind == NAME else None
            if voice_for is not None and voice_for.end == head.end:   # "a spokesperson for Innovation, Science and
                return voice_for                                    # Economic Development Canada said"
        return head
    # an appositive ("Doe, 69, told", "The chair, Jane Doe, said"): the leftmost clause-opening phrase is the subject
    found, close, k, right = None, j, j - 1, None
    while k >= 0 and j - k < 45:
        if toks[k].text in ".;!?\"\u201d\u00bb" or toks[k].text in "\u201c\u00ab" or toks[k].text[0] == "\u2022":
            break                                   # not past a quotation: "…,” while Jo Doe, a spokeswoman, said
        if _delimiter(toks[k]):
            inner = toks[k + 1:close]
            relative = bool(inner) and inner[0].low in _RELATIVES      # "X, which runs four furnaces, Jo Doe, said"
            if not (inner and all(t.low in BETWEEN or t.low in OPENERS for t in inner)):
                head, start = phrase_left(toks, skip_back(toks, k - 1), text)
                office = _office(text, head) if head else ""
                if head and (head.kind != PRONOUN and (clause_start(toks, start) or office or head.kind == NAME
                                                       and described(toks, start)) or start == 0):
                    appos = classify(inner, text) if inner and not relative else \
                        classify(right, text) if relative and right else None
                    if appos and appos.kind == NAME and (head.kind == DESCRIPTION and title_like(appos.role)
                                                         or _office_of_body(head, appos) or office and " " in appos.name):
                        appos.role = appos.role or office or head.text
                        found = appos
                        break                       # "…, Ontario, three years ago, its chief, Jo Doe, promised"
                    else:
                        if head.kind == NAME and not head.role and inner and inner[0].word:
                            head.role = appositive(text, inner[0].start - 2) if inner[0].start >= 2 else ""
                        found = head
                elif found is None:
                    found = described_then_named(toks, k, text)     # "In a memo, the director of …, Jo Doe, wrote"
            right = right if relative else inner             # the words set off after a "which …" clause
            close = k
        k -= 1
    if found is None:
        inner = toks[close + 1:j] if close < j else []
        appos = classify(inner, text) if inner and all(t.word or t.text == "." for t in inner) \
            and inner[0].low not in _RELATIVES and inner[0].low not in DETERMINERS else None
        # not "…, which …, said", nor "…, a chain with stores in the Midwest, said": only a name set off
        if appos is not None and appos.kind == NAME and not any(w.lower() in ORG_WORDS for w in appos.name.split()):
            b = close                                   # "One of its top executives, Jane Doe, testified"
            while b > 0 and toks[b - 1].word and close - b < 12:
                b -= 1
            lead = text[toks[b].start:toks[close - 1].end] if b < close else ""
            if lead and lead.split()[0].lower() in DETERMINERS and \
                    any(w.lower() in ROLE_NOUNS for w in lead.split()):
                appos.role = appos.role or lead.removeprefix("The ")
            return appos
        head, start = phrase_left(toks, close - 1, text) if close > 0 else (None, 0)
        if head and head.kind in (NAME, PRONOUN) and clause_start(toks, start):
            found = head
    return found or _description_subject(toks, j, text)


def _person_before_appositive(toks: list[Token], start: int, text: str) -> Mention | None:
    """The person named before the appositive that holds (or opens at) token ``start``: "Jo Doe" in "Jo Doe, a
    director at the Ministry", "Jo Doe, the industry critic" (``None`` when a comma does not set one off there)."""
    for c in range(start - 1, max(0, start - 20), -1):
        if toks[c].text in ".;!?\u201c\u201d\"":
            return None
        if toks[c].text == ",":
            if toks[c + 1].low not in DETERMINERS:
                return None                             # "In Leeds, Unite, who represents …": Unite
            person = phrase_left(toks, c - 1, text)[0]
            return person if person and person.kind == NAME and not has_body_word(person.name.split()) else None
    return None


def _description_subject(toks: list[Token], j: int, text: str) -> Mention | None:
    """A description with a tail as the subject of the verb after token ``j``: "a spokesperson for the firm
    told", "a source close to the company, who asked not to be named, said"."""
    for i in range(j, max(-1, j - 30), -1):
        if toks[i].text in ".;!?\u201c\u00ab":
            break
        if toks[i].low not in DETERMINERS or not clause_start(toks, i):
            continue
        m = phrase_right(toks, i, text)
        if m is None or m.kind != DESCRIPTION:
            continue
        after_m = _next_index(toks, m)
        if after_m > j or _delimiter(toks[after_m]) and _delimiter(toks[j]):
            before = _description_subject(toks, i - 2, text) if i >= 2 and toks[i - 1].text == "," else None
            if before is not None and _next_index(toks, before) == i - 1:
                return before       # "A spokesperson for the Port, the agency that runs it, said": not the agency
            first, at = phrase_left(toks, i - 2, text) if i >= 2 and toks[i - 1].low == "and" else (None, 0)
            return first if first is not None and first.kind in (NAME, PRONOUN) and clause_start(toks, at) else m
    return None


def _leading_name(toks: list[Token], k: int, text: str, kind: str = NAME) -> Mention | None:
    """A name opening the clause and followed by a comma, left of token ``k``; for another ``kind`` of phrase,
    the one opening the clause there, comma or not ("a spokesperson for Innovation, Science and …")."""
    i = k
    while i > 0 and toks[i - 1].text not in ".;:!?" and toks[i - 1].text not in _QUOTE_CLOSERS + "\u201c\u2022" \
            and k - i < 30:
        i -= 1
    i += main_start(toks[i:k])                           # past "In a statement,"
    head = phrase_right(toks, i, text) if toks[i].low not in PREPOSITIONS else None   # not "For the Greens, Doe said"
    if head is None or head.kind != kind:
        return None
    after_head = next((n for n in range(i, k + 1) if toks[n].start >= head.end), k + 1)
    if after_head <= k and toks[after_head].text == "," or kind != NAME or head.end > toks[k].start:
        return head                                      # (past the comma: "Ministry of Energy, Mines and Trade")
    return None


def according(toks: list[Token], v: int, text: str) -> Mention | None:
    """", according to Doe" / ", in the words of Doe": the speaker named next."""
    if toks[v].low == "according" and v + 1 < len(toks) and toks[v + 1].low == "to":
        return phrase_right(toks, v + 2, text)
    if toks[v].low == "in" and [t.low for t in toks[v + 1:v + 4]] == ["the", "words", "of"]:
        return phrase_right(toks, v + 4, text)
    return in_their_words(toks, v)                       # "in Dr Doe’s words"


def _next_index(toks: list[Token], m: Mention) -> int:
    return next((n for n, t in enumerate(toks) if t.start >= m.end), len(toks))


def after(toks: list[Token], text: str) -> Mention | None:
    """The speaker named right after a quotation: ", said Doe" / ", Doe said" / ", according to Doe"."""
    i = 1 if toks and _delimiter(toks[0]) else 0
    n = len(toks)
    if i >= n:
        return None
    if finite(toks[i]) or toks[i].text == "says" or phrasal(toks, i) or toks[i].low in INVERTED_ONLY and i + 1 < n \
            and (toks[i + 1].cap or toks[i + 1].low in ("the", "his", "her")):
        k = phrasal(toks, i) or i + 1
        while k < n and toks[k].low in BETWEEN and toks[k].text.islower():
            k += 1
        if the_one(toks, k):
            return Mention(PRONOUN, text[toks[k].start:toks[k + 1].end], toks[k].start, toks[k + 1].end, "the one")
        return named_last(phrase_right(toks, k, text), text)
    if toks[i].low in ("according", "in"):
        who = according(toks, i, text)
        if who is not None or toks[i].low == "according":
            return who
    head = phrase_right(toks, i, text)
    if head is not None and i and toks[0].text != "," and head.kind == NAME:
        k = _next_index(toks, head)                      # “…” ― Jane Doe (a byline under the quote)
        if k == n or toks[k].text in ".,;(":
            return head
    if head is not None and head.kind == DESCRIPTION:
        named = named_after(toks, _next_index(toks, head), text)   # “…,” the port's director, Jo Doe, said.
        if named is not None:
            named.role = named.role or head.text
            return named
    if head is not None:
        k = skip_tail(toks, _next_index(toks, head))
        if k < n and (finite(toks[k]) and (toks[k].text in STRONG_SPEECH or ends_clause(toks, k + 1)) or _put_it(toks, k)
                      or is_past(toks[k]) and (ends_clause(toks, k + 1) or only_saying(toks, k))):
            return head                                  # “…,” Doe, a spokesman for the yard, said.
        if head.kind in (NAME, PRONOUN) and k < n and toks[k].text in (",", "("):
            for v in range(k + 1, min(n, k + 25)):      # “…,” Doe, a spokesman for the mayor told reporters.
                if toks[v].text in ".;!?" or toks[v].text in "\u201c\u00ab":
                    break
                if finite(toks[v]):
                    return head
    if (one := one_of_them(toks, i, text)) is not None and (k := _next_index(toks, one)) < n and finite(toks[k]):
        return one                                       # “…,” one of them said.
    for v in range(i + 1, min(n, i + 10)):             # “…,” one vendor said. / a farmer in south-western Ontario said.
        if toks[v].text in STRONG_SPEECH and toks[i].low in DETERMINERS and all(   # (a name before a noun: "one Ledger reader")
                t.word and (t.text.islower() or t.cap and k + 1 < v and toks[k + 1].text.islower()) and not _lower_stop(t) and not _verbish(t)
                for k, t in enumerate(toks[i + 1:placed_end(toks, i, v)], i + 1)) and v > i + 1 and ends_clause(toks, v + 1):
            return Mention(DESCRIPTION, text[toks[i].start:toks[v - 1].end], toks[i].start, toks[v - 1].end,
                           text[toks[i].start:toks[v - 1].end])
        if not toks[v].word:
            break
    for v in range(i + 1, min(n, i + 12)):             # “…,” an angry Doe retorted.
        if toks[v].text in ".;!?" or toks[v].text in "\u201c\u00ab":
            break
        if finite(toks[v]) or is_past(toks[v]) and ends_clause(toks, v + 1):
            who = subject_of(toks, v, text)
            if who is not None and toks[i].start <= who.begin and toks[i].low not in _COORDINATORS and all(
                    t.word and t.text.islower() and t.text not in STOPS for t in toks[i:v] if t.end <= who.begin):
                return who
            break
    return None


_WHAT = re.compile(r"\bwhat[ \t]+$")
_RELATIVES = frozenset("which who whose that where".split())   # "the Alliance, which represents … London, said"
# “…,” and her office said …: a second clause with its own subject, not who said the quotation
_COORDINATORS = frozenset("and but or so yet while whereas".split())


def _put_it(toks: list[Token], v: int) -> bool:
    """ "as Doe put it" / "Doe puts it": a speech verb only with "it"."""
    return toks[v].text in ("put", "puts") and v + 1 < len(toks) and toks[v + 1].text == "it"


def _passive_agent(toks: list[Token], v: int, text: str) -> Mention | None:
    """ "was asked by Jane Doe whether …": the one asking."""
    if v + 1 < len(toks) and toks[v + 1].text == "by" and v and toks[v - 1].text in ("was", "were", "been", "is"):
        return phrase_right(toks, v + 2, text)
    return None


_DATELINE_DASHES = ("\u2014", "\u2013", "--", "-", "\u2015")


def main_start(toks: list[Token]) -> int:
    """Where the main clause starts: past a dateline ("HARRISBURG, Pa. —"), openers, an opening clause and its comma."""
    i = 0
    c = next((k for k, t in enumerate(toks) if not (t.text.isupper() and t.text.isalpha())), len(toks))
    if c and c < len(toks) and len(toks[0].text) > 2 and (toks[c].text in ",(" or toks[c].text in _DATELINE_DASHES):
        i = next((k + 1 for k in range(1, min(len(toks), 14)) if toks[k].text in _DATELINE_DASHES), 0)
        # ("LOS ANGELES —", "KETTERING, England, March 9 (Wire) -": a city in capitals, then a comma or a dash)
    while i < len(toks) and toks[i].low in OPENERS and toks[i].low not in _INTRO:
        i += 1
    if i < len(toks) and (toks[i].low in SUBORDINATORS or toks[i].low in _INTRO
                          or toks[i].cap and toks[i].low.endswith(("ing", "ed")) and toks[i].low not in NOT_NAMES
                          and not describes_name(toks, i)):
        for k in range(i, min(len(toks), i + 30)):
            if toks[k].text in ".;:!?" or toks[k].text in _QUOTE_CLOSERS + "\u201c":
                break
            if toks[k].text == "," and (k + 1 < len(toks) or toks[i].low in ("if", "unless", "because", "although")):
                return k + 1                             # ("If they don't, “…”": the quotation is the main clause)
    return i


def before(toks: list[Token], text: str, lo: int = 0) -> Mention | None:
    """The speaker named before a quotation in its sentence: "Doe said:", "But, said Doe,", "Doe warned that".

    Only speech verbs at or after token ``lo`` count (``main_start`` leaves out an opening "When Doe said …,")."""
    n = len(toks)
    if n == 0:
        return None
    who = colon_speaker(toks, text) if toks[-1].text in ":\u2013\u2014" else None
    if who is not None:
        return who
    k = n - 1
    while k >= 0 and toks[k].text in ",:\u2014\u2013-":
        k -= 1
    for v in range(max(lo, k - 40), k + 1 if k < n - 1 else lo):   # "But, said Doe, “…" / "…,” said Doe: “…"
        if (finite(toks[v]) or v == lo and toks[v].text[1:] and toks[v].text.lower() in STRONG_SPEECH) and v + 1 <= k \
                and (v == lo or toks[v - 1].text in ",\u2014" + _QUOTE_CLOSERS) \
                and toks[v].low not in TAKES_PERSON:     # ", told The Ledger:", ", emailed supporters": who was told
            who = phrase_right(toks, v + 1, text)     # "Said Doe, who grew up there, “…"
            after_who = _next_index(toks, who) if who else n
            if who and (who.end >= toks[k].start or after_who < n and toks[after_who].text == ","):
                return who
    f = k - 1 if k - 1 > lo and toks[k].low in ("as", "its", "their") else k   # "money that Doe dismissed as “…”"
    if f > lo and _framing(toks[f]) and (toks[f].text.endswith("ed") or toks[f].low in NAMES_IT):   # "Doe calls “…”"
        who = subject_of(toks, f, text)
        if who is None:                                   # a clause with no "that"; not "a book by Jo Doe called …"
            who, start = phrase_left(toks, f - 1, text)
            who = who if start and not any(t.low in PREPOSITIONS for t in toks[max(0, start - 3):start]) else None
        if who is not None and (who.kind == NAME or who.kind == DESCRIPTION and who.name.split()[0].lower() == "the"
                                and who.name.split()[-1].lower() in BUSINESS_NOUNS
                                and _WHAT.search(text, max(0, who.begin - 12), who.begin)
                                or who.kind == PRONOUN and who.name in ("he", "she") and who.end == toks[f - 1].end
                                and f >= 2 and toks[f - 2].low != "what"):   # "a trend she called “…”": hers
            return who                                    # ("whom he called": the speech verb before says who he is;
                                                          # "what the company called its “…”": the company's)
    for v in range(n - 1, max(lo, n - 5) - 1, -1):       # "…, and the union has called any quota “…”": the union's
        if _framing(toks[v]) and toks[v].text.endswith("ed") and v > lo and toks[v - 1].low in ("has", "have", "had"):
            who = subject_of(toks, v, text)
            if who is not None and who.kind in (NAME, PRONOUN):
                return who
    for v in range(n - 1, max(lo, n - 4) - 1, -1):       # "in what the union is calling the “…”": the union's
        if _CALLING.fullmatch(toks[v].low) and v - 2 >= lo and toks[v - 1].low in ("is", "are", "was", "were"):
            relative = toks[v - 2].low in ("which", "who") and v - 4 >= lo and toks[v - 3].text == ","
            who, _ = phrase_left(toks, v - 4 if relative else v - 2, text)    # ("…, which is calling it “…”")
            if who is not None and who.kind in (NAME, DESCRIPTION):
                return who
    for v in range(n - 1, lo - 1, -1):                   # the speech verb nearest the quotation, with a subject
        if (finite(toks[v]) or _put_it(toks, v)) and not meant_otherwise(toks, v, lo):
            who = _passive_agent(toks, v, text) or subject_of(toks, v, text)
            if who is not None and lo and who.start < toks[lo].start and toks[0].low in ("asked", "reached", "contacted"):
                who = subject_of(toks[lo:], v - lo, text) or who     # "Asked about Acme, its chief, Jo Doe, said …"
            if who is not None:                          # "Doe said she felt “…”": Doe, who says so
                return who.kind == PRONOUN and 1 < v >= n - 2 and toks[v - 1].start == who.start and finite(toks[v - 2]) \
                    and toks[v].low not in STRONG_SPEECH and subject_of(toks, v - 2, text) or who   # (not "… he said")
        elif verb(toks[v]) and toks[v].text.endswith("ing") and v and toks[v - 1].word:
            who, start = phrase_left(toks, skip_between(toks, v - 1), text)    # "with Doe saying", "of Doe asking"
            if who is not None and who.kind == NAME and start and toks[start - 1].low == "to":
                return _writer(toks, start - 1, text)          # "wrote to Speaker Doe saying": the writers
            if who is not None and members_of(who, text):
                continue                                       # "wrote to members of Parliament asking": not the body
            if who is not None and (who.kind == NAME or who.kind == DESCRIPTION and start and toks[start - 1].low == "with"):
                return who                                     # "with a judge describing it as “…”"
    for v in range(n - 1, lo - 1, -1):                   # "according to the ministry, “…"
        who = according(toks, v, text)
        if who is not None:
            return who
    for v in range(n - 1, lo - 1, -1):                   # "which historian Jane Doe calls “…"
        if _framing(toks[v]):
            who = subject_of(toks, v, text)
            if who is not None and (who.kind in (NAME, PRONOUN) or issuer(who.text)
                                    or who.kind == DESCRIPTION and _AN_OFFICE.fullmatch(who.name)):
                return who                                     # "the trust's own risk register described it as";
    return None                                                # "…; the minister called it “…”": the minister's


def _framing(t: Token) -> bool:
    """A verb that frames the quoted words as someone's name for a thing: "called", "calls", "dubbed"."""
    return t.text.islower() and (t.text in FRAMING or t.text[:-1] in FRAMING) and not t.text.endswith("ing")


def _writer(toks: list[Token], to: int, text: str) -> Mention | None:
    """Who wrote or sent something "to" someone (token ``to``): the subject of the clause, after a "when"."""
    k = max((i + 1 for i in range(to) if toks[i].low in SUBORDINATORS or toks[i].text in ";:"), default=0)
    clause = toks[k:to]
    who = sentence_subject(clause, text) if clause else None
    count = re.search(r"\b\d[\d,]*\s+$", text[max(0, who.start - 12):who.start]) if who is not None else None
    if count:                                                  # "41 Democrats", not "Democrats"
        who.text = who.name = text[who.start - len(count.group()):who.end]
        who.start -= len(count.group())
    return who


def sentence_subject(toks: list[Token], text: str, known=None) -> Mention | None:
    """The main clause's subject when it is someone and a verb follows: "Doe called the plan “…”".

    A lone capitalised word followed by "is" or "has" counts only if ``known(word)`` says it names someone.
    """
    n = len(toks)
    i = main_start(toks)
    starts = [i] + [k + 1 for k in range(i, min(n, i + 40)) if toks[k].text == "," and k + 1 < n][:3]
    spoken = any(speaks(t) for t in toks)
    for c in starts:
        while c < n and toks[c].text in _QUOTE_CLOSERS:
            c += 1
        if c >= n or not toks[c].word:
            continue
        own = _PRONOUN_IS.fullmatch(toks[c].text)       # "She's now driving for an app “…”": she
        if own and c + 1 < n and (toks[c + 1].word and toks[c + 1].text.islower()):
            who = own.group(1)
            return Mention(PRONOUN, who, toks[c].start, toks[c].start + len(who), name=who.lower())
        m = phrase_right(toks, c, text)
        if m is None or m.kind == DESCRIPTION and m.end > toks[-1].end:
            continue
        k = skip_tail(toks, _next_index(toks, m))
        if k < n and m.kind == NAME and " " not in m.name and not m.role and not (known and known(m.name)) \
                and (toks[k].text in AUX_FINITE and not spoken or re.search(rf"\b{re.escape(m.name.lower())}\b", text)):
            continue                                     # "Containment is …", "Measure trails …" (the measure)
        if k < n and (_verbish(toks[k]) or m.kind != DESCRIPTION and loose_verb(toks[k]) and not names_a_kind(toks, k)):
            after = _next_index(toks, m)                 # "Our plant manager, Jo Doe, said …": Jo Doe
            return m.kind == DESCRIPTION and after < n and toks[after].text == "," and described_then_named(toks, after, text) or m
    return None


_PRONOUN_IS = re.compile(r"(He|She|They|he|she|they)[\u2019'](?:s|re|ve|d|ll)")
_CALLING = re.compile(r"calling|describing|dubbing|labell?ing|branding|terming")     # "the union is calling “…”"
_AN_OFFICE = re.compile(r"[Tt]he (?:%s)" % "|".join(TITLE_WORDS))     # "the minister called it “…”": an office
_OFFICES = "(?:%s)" % "|".join(sorted({w.capitalize() for w in TITLE_WORDS} | {"Head", "Registrar"}))
# "The Chair of the Finance Committee, Jo Doe, said": the office read as one name, then who holds it
_OFFICE_NAMED = re.compile(rf"(?:[Tt]he\s+)?((?:[A-Z][\w\-]*\s+){{0,2}}{_OFFICES}\s+(?:of|for)\s.*)")
# "The Minister for Culture and Sport, Niamh Doe, said", "Canada's Minister of …, Jo Doe,": the office before the name
_OFFICE_BEFORE = re.compile(r"(?:^|[.;:!?,]\s+|\n)(?:[Tt]he|[A-Z][\w\-]*[\u2019']s)\s+((?:[A-Z][\w\-]*\s+){0,2}" + _OFFICES + r"(?:\s+(?:for|of)(?:\s+(?:the\s+)?"
                            r"[A-Z][\w\-]*,?(?:\s+and)?){1,5}){0,2}\s+)$")


def _office(text: str, head: Mention) -> str:
    """The office a phrase set off before a name holds, written out ("Minister for Culture and Sport"), or ""."""
    before = _OFFICE_BEFORE.search(text, max(0, head.begin - 80), head.begin)
    if before:
        return before.group(1) + head.text
    named = _OFFICE_NAMED.fullmatch(head.text)
    return named.group(1) if named else ""


def _office_of_body(head: Mention, appos: Mention) -> bool:
    """ "The chief financial officer of Highveld Holdings, (Dr) Sipho Ndlovu, said": the officer named, not the body."""
    office = head.text[:len(head.text) - len(head.name)].lower().split()
    return head.kind == NAME and head.text.endswith(head.name) and len(office) >= 2 and office[-1] in ("of", "at", "for") \
        and (appos.text == appos.name or len(appos.role.split()) == 1 and appos.text.endswith(appos.name)) \
        and (any(w.lower() in ORG_WORDS for w in head.name.split()) or office[-2] in ROLE_NOUNS and a_persons(appos)) \
        and not any(w.lower() in ORG_WORDS for w in appos.name.split())      # ("The mayor of Lévis, Mrs. Jo Doe,")
