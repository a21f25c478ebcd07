"""What quotation marks enclose that is nobody's quotation: the title of a show, a book or a report in title case
("State of the Union", "Who Pays for the Port?"), a name the text gives something ("a paper titled “…”", "a free
guide, “…”", "often called “…” by doctors", "the “robot red tape” bill"), and quoted words that the story quotes
again in full: the headline's, a subheading's, a pull quote's."""
from __future__ import annotations

import re

from briefdeck.extract.lexicon import IRREGULAR_PAST, SPEECH
from briefdeck.extract.sentence_names import sentence_start

_SMALL_WORDS = frozenset("of the a an and or in on for to at with by from is are be vs via &".split())


def is_title(words: str) -> bool:
    """A quoted title of a show, book or slogan: all words but small ones capitalised ("State of the Union")."""
    toks = [t for t in (w.strip("\u2019'\",.!?:;()") for w in words.split()) if t]
    if not 0 < len(toks) <= 12 or not toks[0][:1].isupper() and not toks[0][:1].isdigit():
        return False
    capital = sum(t[:1].isupper() or t[:1].isdigit() for t in toks)
    end = words.rstrip()[-1:]
    if len(toks) > 4 and (end == "." or end in "!?" and capital < 3):
        return False                                     # a sentence, not a title ("Who Pays for the Port?" is one)
    return capital >= 2 and all(t[:1].isupper() or t[:1].isdigit() or t in _SMALL_WORDS for t in toks)


HEADING_WORDS = 10


def is_heading(text: str, mark: int, close: int) -> bool:
    """(``close``: one past the closing mark.) A subheading in quotation marks, on a line of its own between blank lines and with no full stop
    ("“A test of the whole model”"): a pull quote over a section, not anyone's words as said."""
    line_start = text.rfind("\n", 0, mark) + 1
    line_end = text.find("\n", close)
    line_end = len(text) if line_end < 0 else line_end
    words = text[mark + 1:close].rstrip().rstrip("\u201d\"'\u2019").rstrip()       # (a closing '' too)
    return not text[line_start:mark].strip(" \t#*_") and not text[close:line_end].strip(" \t*_") \
        and 0 < len(words.split()) <= HEADING_WORDS and words[-1:] not in ".!?,;:\u2026" \
        and text[max(0, line_start - 2):line_start] in ("\n\n", "") and text[line_end:line_end + 2] in ("\n\n", "")


# "a paper titled “…”", "what is known as “…”", "the so-called “…”": a name, whoever gave it
_NAMING = re.compile(r"\b(?:titled|entitled|headlined|subtitled|nicknamed|so-called|known as|billed as)[ \t]*$", re.I)
# "Segment transcript: “…”", "Episode title: “…”": a line that labels the work it names (a "Transcript:" label
# alone may head its guest's words)
_WORK_LABEL = re.compile(r"[ \t*_]*(?:[\w’'-]+[ \t]+){0,2}(?:segment|episode|title|headline|programme|program|series|"
                         r"chapter|panel|topic|theme)(?:[ \t]+transcript)?[ \t]*:[ \t*_]*", re.I)
# "Often called “…” by cardiologists", "is sometimes dubbed “…”": a name in the passive, not someone's words
_PASSIVE_NAMING = re.compile(r"(?:^|\b(?:is|are|was|were|been|being|often|sometimes|widely|commonly|also|once|"
                             r"now)[ \t]+)(?:called|dubbed|termed|labell?ed|branded)[ \t]*$", re.I)
_BY = re.compile(r"[ \t]*,?[ \t]+by\b")
# "He calls the road “the golden mile,”", "Supporters called it “the Texas model.”": a nickname given to a thing
_NICKNAMING = re.compile(r"\b(?:calls?|called|dubs?|dubbed)[ \t]+(?:it|them|itself|(?:the|this|that|its|their)[ \t]+"
                         r"[\w\-]+)[ \t]*$", re.I)
# "publishes a free guide, “Managing debt when money is tight,” that …": the title of the thing just named
_WORK = re.compile(r"\b(?:guide|handbook|booklet|brochure|pamphlet|report|study|paper|book|film|documentary|podcast|"
                   r"series|album|song|play|exhibit(?:ion)?|campaign|toolkit|manual|course|column|newsletter)s?,[ \t]*$", re.I)
_TITLE_WORDS = 12
# "the “robot red tape” bill", "a “use it or lose it” rule": quoted words naming the thing the noun after them is
_DETERMINER = re.compile(r"\b(?:the|a|an)[ \t]*$", re.I)
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:that|which|who|and|or|but|by|for|to|in|of|on|at|with|from|as|is|are|was|were|"
                         r"has|have|had|will|would|than|then|so|if|when|while|because|he|she|they|it|said|says|"
                         r"despite|after|before|since|until|over|about|against|during|without|within|among|amid|"
                         r"through|into|onto|per|via|up|down|out|off|again|also|too|now|there|here)\b)"
                         r"[a-z][a-z\-]+\b")
# "requesting “melted and poured” documentation": a doing word, then quoted words naming a kind of the noun after
_DOING = re.compile(r"\b(?!(?:saying|adding|telling|warning|writing|noting|arguing|calling|being|having|doing|using|"
                    r"chanting|shouting|singing|yelling|describing|branding|labelling|labeling|dubbing)\b)"
                    r"[a-z]{3,}ing[ \t]*$")
# "metal … was “melted and poured” in the UK": a passive's quoted participles, a term the rules use, then the clause
_BEING = re.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]*$")
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)\b")
_GOES_ON = re.compile(r"[ \t]+(?:in|at|on|by|from|to|for|under|into|within|before|after|and|or)\b")


_SAID = frozenset("said says told tells wrote writes".split())


def _spoken(before: str) -> bool:
    """Whether a verb of saying comes before in the sentence ("he said he was “honored and humbled” by …")."""
    return any(w in SPEECH and (w.endswith("ed") or w in _SAID) or w in ("according", "felt", "feels")
               for w in re.findall(r"[a-z]+", before.lower()))    # (not "the rules require …")


_CLAUSE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|do|does|did|not)\b", re.I)


def named_in_passing(text: str, mark: int, start: int, end: int, close: int) -> bool:
    """Whether the quoted words at ``text[start:end]`` (marks at ``mark`` and ``close``) are a name the text
    gives something rather than anyone's words."""
    before = text[max(0, mark - 40):mark]
    line_start = text.rfind("\n", 0, mark) + 1
    if _NAMING.search(before) or _WORK_LABEL.fullmatch(text, line_start, mark):
        return True
    if _PASSIVE_NAMING.search(text[max(line_start, mark - 40):mark]):
        return True
    words = text[start:end]
    if _WORK.search(before) and len(words.split()) <= _TITLE_WORDS and (not words.rstrip(" ,").endswith((".", "!", "?"))
                                                                       or is_title(words.rstrip(" ,."))):
        return True                                      # (in title case, the sentence's full stop inside the marks)
    if before.rstrip().endswith(("called", "dubbed", "termed")) and _BY.match(text, close):
        return True                                      # "is called “…” by some"
    if _NICKNAMING.search(before) and words.lower().startswith("the ") and len(words.split()) <= 3 \
            and not _CLAUSE.search(words):
        return True
    if len(words.split()) <= 4 and words.islower() and not words.rstrip().endswith((".", ",", "!", "?")) \
            and _DOING.search(before) and close > end and _NOUN_AFTER.match(text, close):
        return True                                      # "began requesting “melted and poured” documentation"
    if len(words.split()) <= 4 and words.islower() and (_PARTICIPLE.match(words) or words.split()[0] in IRREGULAR_PAST) \
            and _BEING.search(before) \
            and close > end and _GOES_ON.match(text, close) and not _spoken(text[max(sentence_start(text, mark), line_start):mark]):
        return True                                      # "was “melted and poured” in the UK"
    return len(words.split()) <= 5 and not _CLAUSE.search(words) and bool(_DETERMINER.search(before)) \
        and close > end and bool(_NOUN_AFTER.match(text, close))       # a clause is someone's words


def repeated_in_headline(text: str, found: list) -> list:
    """Without the headline's quoted words that the story quotes again ("… help is “a long time coming”"):
    the story's quotation, with its speaker, is the snippet."""
    first = text.find("\n")
    if first < 0 or not found or found[0].start > first:
        return found
    line = text[:first].rstrip().rstrip("\u201d\"'\u2019").rstrip()
    if not line or line[-1] in ".!?:" or len(line.split()) > 25:
        return found                                     # a first paragraph, not a headline
    body = [text[q.start:q.end] for q in found if q.start > first]
    return [q for q in found if q.start > first or not any(text[q.start:q.end].strip(" .,") in b for b in body)]


_NOT_WORD = re.compile(r"[^\w\s'-]")


def _words(quoted: str) -> str:
    """The words alone: "They are selling anger by the pint, and …" holds "selling anger by the pint"."""
    return " ".join(_NOT_WORD.sub(" ", quoted.replace("\u2019", "'")).lower().split())


def repeated_in_full(text: str, found: list) -> list:
    """Without a quotation whose words another quotation holds again at more length, with a speaker (or with none,
    when it has none either), or as long with a speaker it lacks: a quoted subheading or a pull quote ("## “The
    sticker is the sticker”") over the paragraph that quotes it, a lead's few words ("vowed not to let the plants
    “die at the border”") that the story quotes in full. A speaker's words said twice in one paragraph ("“A light
    bill,” she says. “A light bill and a tank of gas.”") are both hers. The same words quoted from a description
    ("its director warns …") and, elsewhere, from a name ("Ms Cole said …") are the name's."""
    words = [_words(text[q.start:q.end]) for q in found]
    paras = [text.rfind("\n", 0, q.start) for q in found]
    where: dict[str, list[tuple[int, bool]]] = {}   # each wording: the paragraph of each quotation, and its speaker
    for q, w, para in zip(found, words, paras):
        where.setdefault(w, []).append((para, bool(q.speaker)))
    holding: dict[tuple, dict[str, None]] = {}       # three words in a row -> the wordings they are in
    for w in where:
        toks = w.split()
        for k in range(len(toks) - 2):
            holding.setdefault(tuple(toks[k:k + 3]), {})[w] = None
    held = {w: [v for v in holding[tuple(w.split()[:3])] if v != w and f" {w} " in f" {v} "]
            for w in where if len(w.split()) >= 3}   # each wording of three words or more: the longer ones holding it

    def again(q, w: str, para: int) -> bool:
        if w not in held:
            return False
        if not q.speaker:
            return bool(held[w]) or any(spoke for _, spoke in where[w])
        return any(spoke and at != para for v in held[w] for at, spoke in where[v])

    named = {w for q, w in zip(found, words) if q.speaker[:1].isupper()}   # "“…,” Ms Cole said" ...
    return [q for q, w, para in zip(found, words, paras) if not again(q, w, para)
            and not (q.speaker[:1].islower() and w in named and len(w.split()) >= 3)]   # ... over "its director …"
