"""Which words of a capitalised run are a name: "Finance Minister Jo Doe" is Jo Doe, "the Federation of Nurses" a
body's name, "the Minister of International Trade" a portfolio, for :mod:`briefdeck.extract.phrases`."""
from __future__ import annotations

from briefdeck.extract.first_names import first_name_gender, title_as_surname
from briefdeck.extract.lexicon import (DEMONYMS, FOREIGN_BODY_HEADS, HONORIFICS, NOT_NAMES, ORG_WORDS, ROLE_NOUNS, TITLES)
from briefdeck.extract.speech_tokens import Token, _possessive

JOINERS = frozenset("of de la le du des van von der den da di del dos das bin al".split())
POSTS = frozenset("embassy consulate consulate-general mission delegation".split())   # a country's, abroad: "the
                                                                                       # Canadian Embassy in Washington"
PORTFOLIO_HEADS = frozenset("minister ministers secretary ministre".split())   # "Minister of …": of a portfolio


def name_part(run: list[Token]) -> list[Token]:
    """The name at the end of a capitalised run: titles, parties and bodies written before it left out."""
    cut = 0
    for i, t in enumerate(run):
        low = t.low
        if t.text in ("the", "for"):
            continue                                     # inside a body's name: "Office for the Environment"
        if (low in TITLES or low in ROLE_NOUNS) and not title_as_surname([r.text for r in run], i) \
                and not (i < len(run) - 1 and low.endswith("s") and run[i + 1].low in ORG_WORDS) \
                or low in ORG_WORDS and low not in FOREIGN_BODY_HEADS or low in HONORIFICS or _possessive(t) \
                or i < len(run) - 1 and low.rsplit("-", 1)[-1] in ROLE_NOUNS \
                or low in JOINERS and i + 1 < len(run) and run[i + 1].low in ORG_WORDS:
            cut = i + 1
    name = run[cut:]
    if not name and len(run) >= 2 and run[-2].low in HONORIFICS:
        return run[-1:]                                  # "Mr. Bishop", "Ms. King": a surname that is a title too
    if name and (name[0].low in JOINERS or name[0].low == "for" or cut and run[cut - 1].low in POSTS) \
            and name[0].text.islower() \
            and not (cut and run[cut - 1].low in HONORIFICS):
        given = next((k for k in range(cut + 2, len(run) - 1) if first_name_gender(run[k].text)), 0)
        return run[given:] if given and run[cut - 1].low in TITLES else []   # "Federation of Nurses": a body's name
                                                         # ("Mr de Vries": his; "Minister of Tourism Jo Doe": Jo Doe;
                                                         # "the Canadian Embassy in Washington": all of it)
    while name and name[0].low in NOT_NAMES:
        name = name[1:]
    return name


def a_people(run: list[Token]) -> bool:
    """ "the American demand is « … »": a people's adjective alone is no one's name."""
    return len(run) == 1 and run[0].low in DEMONYMS
