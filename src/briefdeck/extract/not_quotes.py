"""What quotation marks enclose that is nobody's quotation: the title of a show, a book or a report in title case
("State of the Union", "Who Pays for the Port?"), and the headline's quoted words that the story quotes again."""
from __future__ import annotations

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
