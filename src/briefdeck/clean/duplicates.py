"""Drop what a page scrape repeated: a heading printed twice, a paragraph pasted again further down."""
from __future__ import annotations

import difflib
import re

from briefdeck.clean import mail_heads
from briefdeck.clean.edits import Step, apply

_NOT_WORD = re.compile(r"[\W_]+")
_MIN_REPEAT = 50      # a non-adjacent repeat must be at least this long (normalised) to be dropped
# ... or this long when it is two sentences or three, as a pull quote printed as its own paragraph is ("The rule is
# not coming back. The customers still might."; not a call's label, "Jo Doe -- Chief Executive Officer")
_MIN_SAID_AGAIN = 30
_HEAD = 40            # a long sentence printed again alone is looked for by its first characters first
_SENTENCE = r"[A-Z][^.!?:()\n\s]*(?:\s+[^.!?:()\n\s]+){2,}[.!?]"       # three words at least, no label nor "(Hon."
_TWO_SENTENCES = re.compile(_SENTENCE + r"(?:[ \t]+" + _SENTENCE + r"){1,2}")
_ONE_SENTENCE = re.compile(_SENTENCE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\u201d\"\u2019')]*\s+(?=[\u201c\"\u2018'(]?[A-Z])")   # the sentences of a paragraph
_PROSE_END = re.compile(r"[.!?][\u201d\"\u2019')]*[ \t]*$")    # a line of prose ends as a sentence does (a call's
                                                                 # "Jo Doe -- Analyst" over a turn does not)


def key(line: str) -> str:
    """A line reduced to its letters and digits, so 'Canada’s' and 'Canadas' compare equal."""
    return _NOT_WORD.sub("", line.casefold())


# a pull quote: a line that is only a quotation, printed large beside the paragraph that has it (in Markdown,
# as a block quote: "> “…”"; in French, "« … »")
_PULL_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]*)?(?:(?i:pull[ \t]?quote)[ \t]*:[ \t]*)?"    # ("PULL QUOTE: “…”")
                         r"[\u201c\"\u00ab][ \t\u00a0\u202f]*(?P<words>[^\u201c\u201d\"\u00ab\u00bb\n]{30,300}?)"
                         r"[ \t\u00a0\u202f]*[\u201d\"\u00bb][ \t]*$"
                         r"|^[ \t]*(?:>[ \t]*)?\u2018(?P<single>(?:[^\u2018\u2019\n]|\u2019(?=\w)){30,300}?)\u2019[ \t]*$", re.M)
# (or in a British paper's ‘…’, whose ’ inside a word is an apostrophe)
# ... or, in Markdown, a block quote with no quotation marks: "> Growers are not asked whether …"
_PULLED_BLOCK = re.compile(r"^[ \t]*>[ \t]*(?P<words>[^>\u201c\u201d\"\u00ab\u00bb\n]{30,300}?)[ \t]*$", re.M)
# ... and the line under it that says whose words they are: "— Jo Doe, Harbour Food Bank"
_PULL_CREDIT = re.compile(r"[ \t]*(?:>[ \t]*)?[*_]*(?:\u2014|\u2013|--?)[ \t]*[A-Z][^.!?\n\u201c\u201d\"]{2,80}[*_]*[ \t]*")


_MARKS = re.compile(r"[\u201c\u201d\"\u00ab\u00bb\u2018]")


def _pull_quotes(text: str) -> set[int]:
    """Where each pull quote starts ("PULL QUOTE: “…”" too): its words are said again inside a longer paragraph,
    or, for one in quotation marks, as a paragraph of their own without them."""
    starts = set()
    lines = text.lstrip().split("\n")[1:]          # not the headline, which may quote the story
    for m in [*_PULL_QUOTE.finditer(text), *(_PULLED_BLOCK.finditer(text) if "\n>" in text else ())]:
        words = key(m.group("words") or m.group("single"))
        for line in lines:
            k = key(line)
            if len(k) > len(words) + 10 and words in k \
                    or k == words and m.re is _PULL_QUOTE and not _MARKS.search(line):   # (not the quote itself)
                starts.add(m.start())
                break
    return starts


# a pasted e-mail's subject line: "Subject: <the headline>", "Subject: PRESS RELEASE: <the headline>"
SUBJECT = re.compile(r"[ \t]*(?:(?:subject|re|fwd?)[ \t]*:[ \t]*)+(?:(?:press|media|news)[ \t]+release[ \t]*"
                     r"[:\u2013\u2014-][ \t]*)?", re.I)

# a saved page's first line, the browser's title: the headline, then the site's name ("… | Prairie 11 News")
_SITE_NAME = re.compile(r"[ \t]+[|\u2013\u2014-][ \t]+[^|\u2013\u2014\n]{2,40}$")


_WORD = re.compile(r"\w+")
REWORD_REACH = 8          # lines under a subject line where the headline it rewords may stand
REWORD_SHARE = 0.8        # ... holding this share of the subject's words


def _reworded_below(said: str, below: list[str]) -> bool:
    """A headline among the lines under an e-mail's subject that says it again in other punctuation or with a word
    more ("… as costs bite – Chamber survey" over "… as costs bite, Chamber survey finds")."""
    words = set(_WORD.findall(said.casefold()))
    if len(words) < 4:
        return False
    lines = [line for line in below if line.strip()][:REWORD_REACH]
    return any(len(words & set(_WORD.findall(line.casefold()))) >= REWORD_SHARE * len(words)
               and len(line.split()) <= 2 * len(words) for line in lines)


def headline_of_title(title: str, text: str) -> str:
    """The headline a browser's title ("Plant to close | The Ledger") prints again, when ``text`` has it as a
    line of its own among its first lines; else ''."""
    site = _SITE_NAME.search(title)
    head = key(title[:site.start()]) if site else ""
    if len(head) < 20 or not any(key(line) == head for line in text.split("\n")[:40]):
        return ""
    return title[:site.start()].strip()


def _browser_title(text: str) -> int | None:
    """Where the first line ends when it is the browser's title: the headline below it, and the site's name."""
    first = text.lstrip("\n").split("\n", 1)[0]
    if not headline_of_title(first, text.lstrip("\n")[len(first):]):
        return None
    return text.find(first) + len(first)


# a call transcript's "Jo Doe -- President and Chief Executive Officer" over each of her turns: said again, not pasted
_TURN_LABEL = re.compile(r"[ \t]*(?!By[ \t])[A-Z][\w\u2019'.\-]+(?:[ \t]+[A-Z][\w\u2019'.\-]+){1,3}[ \t]+(?:--|-|\u2014|\u2013)[ \t]+"
                         r"[A-Z][^\n.!?]{1,100}"
                         r"|[ \t]*\[[A-Z][^\[\]\n]{2,150}\][ \t]*"    # a transcript's "[Jo Doe, president, answers]" again
                         r"|[ \t]*(?:\(SOT\)[ \t]*)?[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de.\u2019'\- ]+,[^\n]{2,150}:[ \t]*"
                         # a call page's "Jo Doe, Chief Financial Officer:" over each of her turns
                         r"|[ \t]*(?:\((?:SOT|ACT|BITE|SOUNDBITE|CLIP)\)[ \t]*)?[A-Z][\w\u2019'.\-]+(?:[ \t]+[A-Z][\w\u2019'.\-]+){1,3},"
                         r"[ \t]+[A-Za-z][^\n.!?:]{1,120}:[ \t]*")
# (and a TV script's "(SOT) JO DOE, PRESIDENT, ACME SEATING:" or "(SOT) Jo Doe, hockey parent:" over each of her soundbites)


SUMMARY_REACH = 40         # lines from the top where a newswire page's summary may stand over the lead
SUMMARY_WORDS = 15        # ... a summary of at least this many words
SUMMARY_SHARE = 0.95      # ... all but a few of them said again, in order, by the paragraph under it


def _words(line: str, seen: dict[str, list[str]]) -> list[str]:
    """A line's words, lower case, found once per line (a line is looked at again as the one under the next)."""
    if line not in seen:
        seen[line] = _WORD.findall(line.casefold())
    return seen[line]


def _summary_of_next(line: str, below: str, words_of: dict[str, list[str]]) -> bool:
    """A newswire page's summary: the lead under it says it again, with a dateline and a defined term added
    ("Acme Ltd. today announced …" over "OTTAWA, Dec. 2 /Newswire/ - Acme Ltd. (the "Company") today announced …")."""
    if not line.rstrip().endswith((".", "\u201d", '"')):
        return False                                    # a headline over its lead is no summary
    words = _words(line, words_of)
    if len(words) < SUMMARY_WORDS:
        return False
    next_words = _words(below, words_of)
    if not len(words) < len(next_words) <= 1.6 * len(words) + 10:
        return False
    if len(set(words) - set(next_words)) > (1 - SUMMARY_SHARE) * len(words):
        return False                                    # (most paragraphs: no sequence match needed)
    matched = sum(b.size for b in difflib.SequenceMatcher(None, words, next_words, autojunk=False).get_matching_blocks())
    return matched >= SUMMARY_SHARE * len(words)


def _runs(line: str) -> set[str]:
    """The sentences of a longer paragraph, alone and two or three in a row (not the whole paragraph: that is a
    repeat), as keys; none for a paragraph of one sentence."""
    parts = [key(part) for part in _SENTENCE_BREAK.split(line)]
    if len(parts) < 2:
        return set()
    return {*parts, *("".join(parts[i:i + run]) for run in (2, 3) for i in range(len(parts) - run + 1)
                      if i + run < len(parts) or i)}


def _within(lines: list[str]) -> set[str]:
    """Every sentence, and every two or three in a row, of the longer paragraphs (:func:`_runs`)."""
    return {run for line in lines for run in _runs(line)}


def drop(text: str) -> Step:
    """Remove a line equal to the line just before it, a long line already seen anywhere earlier, or a
    pull quote."""
    pulled = _pull_quotes(text) if "\u201c" in text or '"' in text or "\u00ab" in text or "\n>" in text \
        or "\u2018" in text else set()
    seen: set[str] = set()
    previous = ""
    prev_end = 0
    pos = 0
    replacements = []
    pulled_last = False                            # the line before was a pull quote
    title_end = _browser_title(text)
    if title_end is not None:
        pos = min(title_end + 1, len(text))
        replacements.append((0, pos, "", "the browser's title: the headline again, and the site's name"))
        prev_end = pos
    lines = text[pos:].split("\n")
    keys = [key(line) for line in lines]
    within: set[str] | None = None                  # made when first needed (_within)
    words: dict[str, list[str]] = {}                # each line's words, when needed (_summary_of_next)
    last = ""                                       # the line before, not blank
    heads = mail_heads.head_lines(text)             # an email thread's headers: "To: Doe, Jo" again is no repeat
    for n, line in enumerate(lines):
        end = pos + len(line)
        pos = end + 1
        k = keys[n]
        if not k:
            continue
        if heads and any(s <= end - len(line) < e for s, e in heads):
            prev_end = end
            continue
        before, last = last, line
        if end - len(line) in pulled:
            replacements.append((prev_end, end, "", "a pull quote, said again in the article"))
            prev_end, pulled_last = end, True
            continue
        if pulled_last and _PULL_CREDIT.fullmatch(line):
            replacements.append((prev_end, end, "", "whose words the pull quote above is"))
            prev_end, pulled_last = end, False
            continue
        pulled_last = False
        subject = SUBJECT.match(line)
        if subject and (said := key(line[subject.end():])) in seen:
            k = said                                      # an e-mail's subject, the headline printed again
        elif subject and _reworded_below(line[subject.end():], lines[n + 1:n + 1 + 2 * REWORD_REACH]):
            replacements.append((prev_end, end, "", "an e-mail's subject: the headline under it says it again"))
            prev_end = end
            continue
        short = len(k) >= _MIN_SAID_AGAIN and (before and k not in seen or len(k) < _MIN_REPEAT)
        one = short and _ONE_SENTENCE.fullmatch(line.strip())       # (tried only where they can matter)
        few = short and _TWO_SENTENCES.fullmatch(line.strip())
        long = len(k) >= _MIN_REPEAT or len(k) >= _MIN_SAID_AGAIN and (few or one and _PROSE_END.search(before))
        again = one or few or len(k) >= _MIN_REPEAT and k not in seen and bool(_PROSE_END.search(line)) \
            and text.find(line.strip()[:_HEAD], 0, end - len(line)) >= 0     # "Since Jan. 5, U.S. Customs …" once
        if again and before and len(k) >= _MIN_SAID_AGAIN and k not in seen \
                and k in (within := _within(lines) if within is None else within):
            # (not the first line: a headline that a paragraph says again is still the headline)
            replacements.append((prev_end, end, "", "a pull quote: sentences of another paragraph, printed again"))
            prev_end = end
            continue
        if k == previous or (long and not _TURN_LABEL.fullmatch(line) or subject) and k in seen:
            why = "same as the line before" if k == previous else "repeats an earlier paragraph"
            replacements.append((prev_end, end, "", why))   # the separator before it goes too
            prev_end = end
            continue
        below = next((b for b in lines[n + 1:n + 4] if b.strip()), "") if n < SUMMARY_REACH else ""
        if below and _summary_of_next(line, below, words):
            replacements.append((prev_end, end, "", "a newswire summary: the lead under it says it again"))
            prev_end = end
            continue
        seen.add(k)
        previous = k
        prev_end = end
    return apply(text, "duplicate", replacements)
