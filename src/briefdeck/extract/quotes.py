"""Direct quotations and who said them.

A quotation is text between double quotation marks in any of the conventions news text uses (see ``marks``). Its
speaker is read from its own sentence (see ``speakers``): a speech verb beside it, or the subject of the sentence a
quoted fragment sits in. A quotation with no attribution of its own goes on the previous one's: the next quotation in
the same paragraph, a paragraph that reopens a quote left open, or a paragraph that follows "Doe said:" or follows a
paragraph ending in an attributed quote. Names resolve to the full name written earlier, pronouns to the person they
refer to, and descriptions are kept as written. Short quoted phrases with no attribution beside them are slogans,
titles or scare quotes.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefdeck.extract import (back_references, bodies, body_names, documents, epithets, firms, french_names,
                               name_tails, referents, signatures, single_marks, relations, speakers, voices,
                               who_clauses)
from briefdeck.extract.apposition import appositive
from briefdeck.extract.first_names import first_name_gender
from briefdeck.extract.lexicon import DETERMINERS, ORG_WORDS, REACTIONS, TITLES
from briefdeck.extract.marks import Span, trimmed, whole_remark
from briefdeck.extract.not_quotes import is_heading, is_title, named_in_passing, repeated_in_full, repeated_in_headline
from briefdeck.extract.people import Directory
from briefdeck.extract.speakers import DESCRIPTION, NAME, PRONOUN, Mention

_MIN_WORDS = 3                  # a quotation attributed right beside it ("Buy, build, partner," Joly said)
_MIN_PARTIAL_WORDS = 5          # a quoted fragment inside a sentence, or one with no speaker
_SOMEONE_IN_LEAD = re.compile(r"(?<!if )(?<!unless )\b(?:he|she|they)\b|(?:^|[,;]\s+)(?:an?|another|my|our)\s+[a-z]",
                              re.I)     # ("My banker told me, “…”": the writer's banker, not the one quoted before)
_ATTRIBUTED_TO = re.compile(r"\b(?:statement|remarks?|comments?|response|e-?mail)[ \t]+attributed[ \t]+to[ \t]+((?:(?:Dr|Mr|Mrs|Ms)\.?"
                            r"[ \t]+)?[A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){1,3})")
_SIGNING_DASHES = ("\u2014", "\u2013", "\u2015", "--")
_INTRO_WORDS = 12               # "Doe is blunt about what comes next.": a paragraph that only introduces the quote
_INTRO_PARAGRAPH_WORDS = 30     # "Doe, who runs the dealership, was blunt when I asked her.": a paragraph of its own
# "called the response “disproportionate and regrettable”": verbs that give a fragment to the sentence's subject
_CALLING = frozenset("called calls call calling described describes describing termed labelled labeled branded "
                     "dubbed characterized characterised".split())


@dataclass
class Quote:
    start: int          # first quoted character (the mark excluded)
    end: int
    speaker: str
    role: str
    attributed: bool


@dataclass
class _Said:
    speaker: str
    role: str
    person: object | None       # the resolved Person, for pronouns that follow
    span: Span


_COUNTS = frozenset("two three four five six seven eight nine ten several some many both".split())


class _Finder:
    def __init__(self, text: str, directory: Directory):
        self.text = text
        self.d = directory
        self.masked = directory.masked
        self.starts = directory.sentences
        self.out: list[tuple[Span, _Said | None, int]] = []      # every quotation, its attribution, its words
        self.lines = text.split("\n")

    def sentence(self, at: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding offset ``at`` (never past its paragraph)."""
        i = bisect.bisect_right(self.starts, at) - 1
        start = self.starts[max(0, i)]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        nl = self.text.find("\n", at)
        return start, nl if 0 <= nl < end else end

    def resolve(self, m: Mention, at: int) -> tuple[str, str, object | None]:
        """``(speaker, role, person)`` for a mention: a full name, a pronoun's person, or a description."""
        if m.kind == PRONOUN:
            return referents.pronoun(self, m, at)
        if m.kind == DESCRIPTION and m.text.lower() in ("one of them", "one of those"):
            return self._one_of_group(m), "", None
        if m.kind == NAME and (signer := documents.signed_by(self.masked, m.end, lambda n: self.a_person(n) or bool(
                first_name_gender(n.split()[0])))) is not None:
            m = Mention(NAME, signer[1], signer[0], signer[0] + len(signer[1]), signer[1])   # "… a statement from Jo Doe"
        if m.kind == DESCRIPTION:
            source = documents.issuer(m.text, self.masked, m.start, self.a_person)   # "a statement from …"
            if source:
                m = Mention(NAME if source[:1].isupper() else DESCRIPTION, source, m.end - len(source), m.end, source)
                if m.kind == NAME:
                    return self.resolve(m, at)
            described = referents.described_before(self, m.text, at) if m.text.lower().startswith("the ") \
                and not documents.is_document(m.text) else None    # (“…,” the report says: whose report)
            if described and m.text.split()[-1].lower() in described.lower().split(" who ")[0].split()[:6]:
                return voices.voice_of(described, self.masked, at, self.a_person) \
                    or bodies.spelled_in(described, self.masked), "", None   # "An engineer … “…,” the engineer"
            p = self.d.titled(m.text, at)                   # "the minister": the minister named before
            if p is not None:
                return p.called, p.role, p
            p = epithets.epithet(self.d, m.text, at) or epithets.in_focus(self.d, m.text, at) \
                or epithets.in_translation(self.d, m.text, at)
            if p is not None:
                if m.text.split()[-1].lower() in TITLES:      # "the Ontario premier": him, and later "the premier"
                    p.called_as = re.sub(r"^[Tt]he\s+", "", m.text)
                return p.called, p.role or p.called_as, p
            maker = documents.document_maker(m.text, self.masked, at, self.d)
            if maker and maker[0].islower():                # "the board said in a statement": which board
                return bodies.body_named_before(maker, self.masked, at, self.a_person) \
                    or bodies.spelled_in(maker, self.masked), "", None
            if maker:
                words = maker.split()                       # "Mayor Dana Whitfield": the person named
                known = next((self.d.people[" ".join(words[k:])] for k in range(len(words))
                              if " ".join(words[k:]) in self.d.people), None) or self.d.surname_person(words[-1], at)
                return (known.called, known.role, known) if known is not None and self.a_person(known.name) \
                    else (firms.short_for(maker, self.masked, at) or body_names.spelled_out(maker, self.masked)
                          or maker, "", None)                # "Northlake": a firm; "the DPC": the Data Protection …
            voiced = voices.voice_of(m.text, self.masked, at, self.a_person) \
                or back_references.owners_voice(m.text, self.d, at)     # "a utility spokesperson", "his office"
            if voiced:
                return voiced, "", None
            body = bodies.body_named_before(m.text, self.masked, at, self.a_person)      # the nearest body, first
            named = None if body else relations.named_relation(m.text, self.masked, at) \
                or relations.named_next(m.text, self.masked, m.end)     # "a leading pharmacologist": Prof Jo Doe
            if named:                                       # "her son": "Her son, Daniel Doe," before
                return self.named_at(named, at)
            kin = None if body else relations.family_member(self.d, m.text, m.start)   # "her father": the Doe
            if kin is not None:                                                      # the story follows
                return kin.called, kin.role, kin
            if body:                                        # "the agency": Statistics Canada
                return firms.short_for(body, self.masked, at) or body_names.spelled_out(body, self.masked) or body, "", None
            described = back_references.fuller_description(m.text, self.masked, at) or m.text
            return bodies.spelled_in(bodies.named_in(described, self.masked, at, self.a_person), self.masked, at), \
                "", None
        if (held := name_tails.portfolio_holder(self.masked, m.end)) is not None:   # "said Agriculture, Aquaculture
            m = Mention(NAME, held.group(1), held.start(1), held.end(1), held.group(1))   # and Fisheries Minister Jo Doe"
        if m.name.endswith(("\u2019s", "'s")):
            return m.name, "", None                      # "Halliwell’s said": the shop, as it is called
        if (styled := back_references.styled(self.d, m.start, m.end, at)) is not None:   # "her Honour": the judge
            return styled[0], styled[1].role if styled[1] else "", styled[1]
        held = None if self.a_person(m.name) else back_references.office_holder(self.d, m, self.masked, at)
        if held is not None:
            return held.called, held.role, held          # "said the chief executive of Sahra Airways": its CEO
        # "Pacific Crest" after "Pacific Crest Mutual": the firm ("David Suzuki" after "the David Suzuki Foundation": him)
        firm = " " in m.name and not first_name_gender(m.name.split()[0])
        full = firms.defined_as(m.name, self.text, m.start) or body_names.spelled_out(m.name, self.masked) \
            or french_names.french_name(m.name, self.masked, m.end) or (
            "" if not firm and (any(" " in p.name and p.start <= at for p in self.d.by_surname.get(m.name, ())) or
                                self.a_person(m.name))
            else firms.short_for(m.name, self.masked, at))
        if full:
            return full, "", None                            # "the PHL": the Premier Hardcourt League (PHL)
        if posted := body_names.posted_in(m.name, self.masked, m.end):
            return posted, "", None                          # "the Canadian Consulate General in Minneapolis"
        p = self.d.person(m.name, m.start, role=m.role)
        role = m.role if m.role and m.role.lower().rstrip(".") not in ("mr", "mrs", "ms", "dr", "miss") else ""
        role = role or appositive(self.masked, m.end) or p.role
        return p.called, role, p

    def _one_of_group(self, m: Mention) -> str:
        """ "one of them": one of the group the sentence before opens on ("Two Treasury officials, who …, told …":
        one of two Treasury officials), else as written."""
        previous = self.previous_sentence(self.sentence(m.start)[0])
        group = speakers.sentence_subject(speakers.tokens(self.masked, *previous), self.masked, self.d.knows) \
            if previous else None
        if group is None or group.kind != DESCRIPTION or not group.text.split()[-1].endswith("s"):
            return m.text
        first, rest = group.text.split(None, 1)
        counted = first.lower() in DETERMINERS or first.lower() in _COUNTS             # "two Treasury officials"
        first = first.lower() if counted or first.endswith("s") or re.search(rf"\b{re.escape(first.lower())}\b",
                                                                               self.text) else first
        return f"one of {'' if counted else 'the '}{first} {rest}"      # "the executives at two …", "the Canadian …"

    def named_at(self, span: tuple[int, int], at: int) -> tuple[str, str, object | None]:
        """The speaker at ``at`` is whoever is named at ``span`` (a relative's name given before)."""
        name = self.masked[span[0]:span[1]]
        return self.resolve(Mention(NAME, name, span[0], span[1], name, "", span[0]), at)

    def a_person(self, name: str) -> bool:
        """Whether ``name`` (or a surname) is someone the text shows to be a person: a gender, a role, a quote."""
        if any(w.lower() in ORG_WORDS for w in name.split()):
            return False                                    # "Northfield Motors" spoke, and is still a body
        found = [self.d.people.get(name), *self.d.by_surname.get(name, ())]
        return any(p is not None and p.personal and (" " in p.name or p.gender or p.role or p.honorific)
                   for p in found)                  # "Eskom said": a lone name that only spoke may be a body

    def _next_sentence(self, q: Span, e2: int) -> list:
        """The tokens of the sentence after a quotation that ends one, in the same paragraph."""
        if not q.closed or self.text[q.end - 1:q.end] not in ".!?" or e2 >= len(self.text) or "\n" in self.text[q.close:e2]:
            return []
        ns, ne = self.sentence(e2)
        return speakers.tokens(self.masked, ns, ne)

    def attribute(self, q: Span) -> tuple[Mention | None, bool]:
        """The mention naming ``q``'s speaker, and whether it stands right beside the quotation."""
        s, e = self.sentence(q.mark)
        _, e2 = self.sentence(max(q.mark, q.close - 1))
        masked = self.masked
        toks_after = speakers.tokens(masked, q.close, e2) if q.closed else []
        toks_before = speakers.tokens(masked, s, q.mark)
        m = speakers.after(toks_after, masked) if toks_after and toks_after[0].text[:1] not in ".!?" else None
        if m and toks_before and documents.is_document(m.text):    # The company “…,” a statement said.
            who = speakers.phrase_right(toks_before, 0, masked)
            m = who if who is not None and who.end == toks_before[-1].end else m
        if m and toks_after[0].text in _SIGNING_DASHES and (q.reopened or toks_before and speakers.before(
                toks_before, masked, speakers.main_start(toks_before))):
            m = None                                       # a live blog entry's "— Jo Doe" under its own "Roe said “…”"
        if m and not (m.name in ("i", "we") and any(t.word for t in toks_before)):   # not "… is “…,” I believed her"
            return m, True
        nxt = self._next_sentence(q, e2) if not toks_after else []
        if nxt and self.text[q.end - 1] in "?!":          # “Why now?” Doe asked.
            m = speakers.after(nxt, masked)
            if m:
                return m, True
        if toks_before and toks_before[0].low in ("according", "in") \
                and (who := speakers.according(toks_before, 0, masked)) is not None \
                and not any(speakers.speaks(t) or t.text in speakers.SPEECH for t in toks_before if t.start >= who.end):
            return who, False                              # "According to Doe, shoppers are “…”" (not "According
                                                           # to the Post, Roe said “…”")
        if toks_before:
            main = speakers.main_start(toks_before)
            m = back_references.possessor(toks_before, main)
            if m:
                return m, True                             # "Her verdict: “…”"
            m = who_clauses.relative_speaker(toks_before, masked) or speakers.before(toks_before, masked, main)
            if m:
                return m, toks_before[-1].text in ",:\u2014"
            m = speakers.sentence_subject(toks_before, masked, self.d.knows)
            if m:
                return m, False
            m = speakers.before(toks_before, masked) if main else None
            if m:
                return m, False
        for v, t in enumerate(toks_after):        # that yielded “…,” he remarked. / …, said Doe. / …, according to Doe.
            if t.text in "\u201c\u00ab":
                break
            if speakers.finite(t):
                who = speakers.subject_of(toks_after, v, masked)
                if who is None and v and toks_after[v - 1].text == ",":
                    who = speakers.phrase_right(toks_after, v + 1, masked)
                if who is not None:
                    return who, False
            who = speakers.according(toks_after, v, masked)
            if who is not None:
                return who, False
        if 2 <= len(nxt) <= 8 and nxt[-1].text in ".!" and "\u2022" not in masked[nxt[0].start:nxt[-1].end]:
            m = speakers.after(nxt, masked)                # “…done.” Doe said.
            if m:
                return m, True
        if not toks_after and q.closed and (not nxt or nxt[0].start < q.close) and self.text.startswith("\n\n", q.close):
            nxt = speakers.tokens(self.masked, *self.sentence(q.close + 2))   # “…” ¶ That was Doe, talking late …
        m = back_references.pointing_back(nxt, masked, self.d.knows) if nxt else None
        if m is not None:                                  # “…” That was the view of Doe, …
            return m, True
        return None, False

    def previous_sentence(self, s: int) -> tuple[int, int] | None:
        """The sentence before the one starting at ``s``: in its paragraph, or the last of the paragraph before."""
        at = s - 1
        while at > 0 and self.text[at - 1].isspace():
            at -= 1
        if at <= 0:
            return None
        return max(self.sentence(at - 1)[0], self.text.rfind("\n", 0, at - 1) + 1), at    # never past its paragraph

    def _subject_between(self, start: int, end: int, speaker: str, anywhere: bool = False) -> bool:
        """Whether a sentence between ``start`` and ``end`` opens with (or, ``anywhere``, names) someone else."""
        i = bisect.bisect_right(self.starts, start)
        while i < len(self.starts) and self.starts[i] < end:
            s = self.starts[i]
            stop = self.starts[i + 1] if anywhere and i + 1 < len(self.starts) else s + 30
            if any(p.called != speaker for _, p in self.d.between(s, min(end, stop))):
                return True
            i += 1
        return False

    def _opening_word(self, m, toks) -> bool:
        """ "Personal orders are held at the border.": a capitalised word opening the sentence that the text never
        capitalises elsewhere, and no one it knows, is no one ("… was blunt when I asked her." is handled apart)."""
        return m is not None and m.kind == NAME and " " not in m.name and bool(toks) and m.start == toks[0].start \
            and not self.d.knows(m.name) and not first_name_gender(m.name) \
            and re.search(rf"(?<=[a-z,;] ){re.escape(m.name)}\b", self.masked) is None

    def inherited(self, q: Span) -> _Said | None:
        """The attribution a quotation without its own takes from what comes before (or under) it, if any."""
        signed = self._signed(q)                          # signed under it: “…” ¶ Jane Doe, Minister of Health
        if signed is not None or q.reopened:
            return signed or (self.out[-1][1] if self.out else None)
        s, _ = self.sentence(q.mark)
        lead = self.masked[s:q.mark]
        if self.d.between(s, q.mark) or _SOMEONE_IN_LEAD.search(lead):   # ("If they don't, “…”": not theirs)
            return None                                   # its own sentence names someone else (or "a sign reads “…”")
        previous = self.previous_sentence(s)
        said = next((x for _, x, _ in reversed(self.out) if x is not None), None)
        if previous is not None:
            ps, pe = previous
            held = []
            for span, x, words in reversed(self.out):        # the quotations in that sentence
                if span.mark < ps:
                    break
                if span.mark < pe:
                    held.insert(0, (span, x, words))
            if any(x is not None for _, x, _ in held):
                return [x for _, x, _ in held if x is not None][-1]      # “…,” said Doe. “…”
            if any(words >= _MIN_PARTIAL_WORDS for _, _, words in held):
                return None                               # the quotation before it has no speaker either
            new_paragraph = "\n" in self.text[pe:s]
            toks = speakers.tokens(self.masked, ps, pe)
            m = speakers.before(toks, self.masked)
            m = None if m is not None and m.name in ("i", "we") or self._opening_word(m, toks) else m
            if named := _ATTRIBUTED_TO.search(self.masked, ps, pe):   # "… sent a statement attributed to Jo Doe, a …:"
                m = Mention(NAME, named.group(1), named.start(1), named.end(1), named.group(1))
            v = next((v for v, t in enumerate(toks) if speakers.finite(t)), len(toks))   # "Doe confirmed that his
            if m is not None and any(t.low == "that" and t.start < m.start for t in toks[v:]):  # group had held …"
                m = speakers.subject_of(toks, v, self.masked) or m
            if m is None and (any(speakers.speaks(t) for t in toks) or toks and toks[-1].text == ":"):
                m = speakers.sentence_subject(toks, self.masked, self.d.knows)   # Doe ended by saying … “…”
                m = None if self._opening_word(m, toks) else m
            elif m is None and not lead.strip() and len(toks) <= 3 * _INTRO_WORDS and (not new_paragraph or (
                    ps == 0 or self.masked[ps - 1] == "\n") and pe >= self.masked.find("\n", ps) > -1) and \
                    (v := next((v for v, t in enumerate(toks) if t.low in REACTIONS), None)) is not None:
                m = speakers.subject_of(toks, v, self.masked)     # Doe smiled. “Never say never.” (or "She paused,
                                                                  # pulling off a glove." alone in its paragraph)
                m = m if m is not None and m.kind in (NAME, PRONOUN) else None
            elif m is None and new_paragraph and not lead.strip() and self.masked[ps:pe].rstrip().endswith("."):
                m = speakers.sentence_subject(toks, self.masked, self.d.knows)   # “Doe was blunt.” ¶ “…”
                m = None if self._opening_word(m, toks) else m          # (not "Farm families came …": a word)
                alone = len(toks) <= _INTRO_PARAGRAPH_WORDS and (ps == 0 or self.masked[ps - 1] == "\n")
                intro = m is not None and back_references.introduces(self.d, ps, pe, m.name if m.kind == PRONOUN else "")
                m = m if intro and m.kind == PRONOUN or m is not None and m.kind == NAME and (alone or intro) else None
            if m is None and new_paragraph and not lead.strip():
                m = self._reported_paragraph(ps, pe)      # Doe said sales fell. So far this year … ¶ “…”
            if m is None and (document := documents.announced(self.masked, ps, pe, self.d)):
                m = Mention(DESCRIPTION, document, pe, pe, document)    # "Acme sent us a statement. Quote: “…”"
            m = m or back_references.quoted_at_length(self.masked, ps, pe)    # "His speech … is quoted here at length."
            if m is not None and (not new_paragraph or self.masked[ps:pe].rstrip().endswith(":") or not lead.strip()):
                speaker, role, person = self.resolve(m, m.start)   # Doe said the plan was late. “…”
                if speaker:
                    return _Said(speaker, role, person, q)
        if said is not None and not lead.strip() and said.span.para >= self.previous_paragraph(q.para) \
                and not self._subject_between(said.span.close, s, said.speaker, anywhere=True):
            return said                                   # a paragraph of quotation after the speaker's
        if said is not None and said.span.para == q.para and not self._subject_between(said.span.close, s,
                                                                                     said.speaker):
            return said
        return None

    def _reported_paragraph(self, ps: int, pe: int) -> Mention | None:
        """Who a paragraph with no quotation reports, when its first sentence reports someone's words ("He said
        the United States took 71 per cent …") and the sentences after it, down to ``pe``, name no one else."""
        first = self.text.rfind("\n", 0, ps) + 1
        if first >= ps or any(first <= span.mark < pe and (x is not None or words >= _MIN_PARTIAL_WORDS)
                              for span, x, words in self.out[-3:]):
            return None                                   # one sentence (seen already), or a quotation in it (not
                                                          # a "wish list" in marks that is no one's words)
        _, fe = self.sentence(first)
        toks = speakers.tokens(self.masked, first, fe)
        v = next((v for v, t in enumerate(toks) if speakers.speaks(t)), None)
        m = speakers.subject_of(toks, v, self.masked) if v is not None else None
        if m is None or m.kind not in (NAME, PRONOUN) or m.name in ("i", "we") or self._opening_word(m, toks) \
                or self.d.between(fe, pe) or _SOMEONE_IN_LEAD.search(self.masked[fe:pe]):
            return None
        return m

    def previous_paragraph(self, para: int) -> int:
        """The index of the paragraph with text before paragraph ``para``."""
        k = para - 1
        while k > 0 and not self.lines[k].strip():
            k -= 1
        return k

    def _reported(self, q: Span) -> bool:
        """Whether a quoted fragment is someone's words by the verb before it: "called the move “…”",
        "described it as “…”", "said members were “…”" (not a name or a slogan quoted in passing)."""
        s, _ = self.sentence(q.mark)
        toks = speakers.tokens(self.masked, s, q.mark)
        return any(t.low in _CALLING for t in toks[-8:]) or any(speakers.speaks(t) for t in toks)

    def _signed(self, q: Span) -> _Said | None:
        """A quotation standing alone in its paragraph and signed on the line under it (:mod:`signatures`)."""
        at = signatures.signer(self.text, self.masked, q.mark, q.close)
        headed = at is None and signatures.header(self.text, self.masked, q.mark, q.close)
        at = at or headed
        if not at:
            return None
        name = self.text[at[0]:at[1]].title() if headed else self.text[at[0]:at[1]]
        speaker, role, person = self.resolve(Mention(NAME, name, at[0], at[1], name), at[0])
        return _Said(speaker, role, person, q) if speaker else None

    def run(self) -> list[Quote]:
        text, quotes = self.text, []
        guessed = -1                    # a quotation that runs on into the next paragraph, its speaker inherited
        for q in self.d.quoted:
            s, e = trimmed(text, q.start, q.end)
            if e <= s:
                continue
            words = len(text[s:e].split())
            if is_title(text[s:e]) or named_in_passing(text, q.mark, q.start, q.end, q.close) \
                    or is_heading(text, q.mark, q.close):
                self.out.append((q, None, words))          # a name or a slogan: nobody's quotation
                continue
            if words < _MIN_WORDS:                         # “Made it,” he said. “…”: too short to propose, but
                mention, beside = self.attribute(q)        # the quotation after it is the same person's
                said = self.resolve(mention, mention.start) if mention is not None and beside else None
                self.out.append((q, _Said(*said, q) if said and said[0] else None, words))
                continue
            mention, beside = self.attribute(q)
            said = None
            if mention is not None:
                speaker, role, person = self.resolve(mention, mention.start)
                if speaker:
                    said = _Said(speaker, role, person, q)
                    if person is not None:
                        self.d.note(person, mention.start if mention.kind != PRONOUN else q.mark)
            if said is None and mention is None:
                said = self.inherited(q)
                beside = said is not None
                if said is not None:
                    said = _Said(said.speaker, said.role, said.person, q)
            if said is not None and q.reopened and guessed == len(quotes) - 1 >= 0 and (
                    mention is not None or not quotes[guessed].speaker):    # “… ¶ “…,” he said. / “… ¶ “…” ¶ — Doe
                quotes[guessed] = Quote(quotes[guessed].start, quotes[guessed].end, said.speaker, said.role, True)
            self.out.append((q, said, words))
            attributed_here = said is not None and (beside or mention is not None and self._reported(q))
            said_here = attributed_here or beside and mention is not None and whole_remark(text, e, q.end)
            if words < (_MIN_WORDS if said_here else _MIN_PARTIAL_WORDS):     # “You were kind,” she said: whoever she is
                continue
            guessed = len(quotes) if mention is None and not q.closed else -1
            quotes.append(Quote(s, e, said.speaker, said.role, True) if said else Quote(s, e, "", "", False))
        return quotes


def find(text: str, doubled: bool = False) -> list[Quote]:
    """Every quotation in ``text``, with its speaker when the text says who it is.

    A text that quotes with single marks is read as if they were double (offsets stay the same);
    ``doubled`` says ``text`` already went through :func:`single_marks.as_double`.
    """
    if not doubled:
        text = single_marks.as_double(text)
    return repeated_in_full(text, repeated_in_headline(text, _Finder(text, Directory(text)).run()))


__all__ = ["Quote", "find", "NAME", "PRONOUN", "DESCRIPTION"]
