"""Regular expressions built from word lists, and two scans that find what one would."""
import re

from briefdeck.core.patterns import leftmost, trie_pattern


def test_a_trie_matches_the_longest_word_at_a_place():
    trie = re.compile(trie_pattern(["sub", "subscribe", "subscri", "news"]))
    assert trie.match("subscribers").group() == "subscribe"
    assert trie.match("subway").group() == "sub"
    assert trie.match("newsletter").group() == "news"
    assert trie.match("new") is None


SIGNS = r"\d[\d,.]*|[$£]|E£"
WORDS = r"\b(?:one|ten|a(?= dozen))\b|\bUS(?=\$)"
TEXTS = [
    "one£5 and E£5, then US$5 at ten past 3,000.",
    "a dozen eggs cost $4; tone and often are no numbers",
    "E£12 E£ one£ £one 1one one1",
    "",
    "nothing here",
]


def test_two_scans_find_what_one_scan_of_the_alternation_finds():
    both = re.compile(f"{SIGNS}|{WORDS}")
    apart = (re.compile(SIGNS), re.compile(WORDS))
    for text in TEXTS:
        assert [(m.start(), m.group()) for m in leftmost(apart, text)] == \
            [(m.start(), m.group()) for m in both.finditer(text)], text


def test_at_one_place_the_earlier_pattern_wins_and_nothing_starts_inside_a_match():
    found = [m.group() for m in leftmost((re.compile(r"ab|b"), re.compile(r"abc|c")), "abc bc")]
    assert found == ["ab", "c", "b", "c"]        # as "ab|b|abc|c" finds them: "abc" never, "c" after "ab"
