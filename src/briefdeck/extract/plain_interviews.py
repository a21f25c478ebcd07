"""An interview set out as bare questions and answers, with no labels: what says a text is one ("This interview
has been edited for length", "Q&A:", "a conversation with Jo Doe"), for :mod:`briefdeck.extract.interviews`."""
from __future__ import annotations

import re

MIN_WORDS = 5              # "Thanks for having me, Claire." is an answer ("Roe: 2,316 votes, 51 per cent." a tally)
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")     # "I'm", "we're" too ("US" is a country)
# "This interview has been edited for length and clarity.", "Q&A: …": questions and answers set out with no labels
# at all (a page's bold questions lose their bold as text), each answer the paragraph after its question
_EDITED = re.compile(r"\b(?:edited|condensed)\b[^.\n]{0,30}\b(?:length|clarity|brevity|condensed|edited)\b|^Q ?& ?A\b",
                     re.M | re.I)
PLAIN_ANSWERS = 3
# "… a conversation with Jo Doe", "we asked her …", "sat down with …" over bare questions: an interview, answered
# in the first person
TALKED_WITH = re.compile(r"\b(?:(?:a |an |our )?(?:conversation|interview|chat|Q ?& ?A) with|(?:sat|sits) down with|(?:spoke|speaks) with|"
                         r"talked (?:to|with)|(?:spoke|speaks) to (?:him|her|them)|we asked (?:him|her|them)|put (?:\w+ ){0,3}questions to)\b", re.I)


def plain_interview(text: str, paras: list[tuple[int, int]], questions: list[int]) -> bool:
    """An interview set out as bare questions and answers: the page says it is one ("edited for length", "Q&A:"),
    and three questions at least are each followed by an answer of some length, not by another question."""
    said = [m.group().upper().startswith("Q") for m in _EDITED.finditer(text)]     # True: a "Q&A" title only
    asked_first = next((paras[k][0] for k in questions if asks(text, paras[k])), None)
    if not said and asked_first is not None and TALKED_WITH.search(text, 0, asked_first):
        said = [True]                 # ("… a conversation with Jo Doe", whose note on editing went as furniture; up
                                      # to the first question asked, past an italic standfirst)
    if not said:
        return False
    asked = set(questions)
    answered = [k for k in questions if k + 1 < len(paras) and k + 1 not in asked
                and len(text[slice(*paras[k + 1])].split()) >= MIN_WORDS]
    first_person = sum(bool(FIRST_PERSON.search(text, *paras[k + 1])) for k in answered)
    explainer = all(said) and 2 * first_person < len(answered)     # "Q&A: what the tariffs mean": the reporter's
    return len(answered) >= PLAIN_ANSWERS and any(asks(text, paras[k]) for k in answered) and not explainer


def asks(text: str, para: tuple[int, int]) -> bool:
    return text[para[0]:para[1]].rstrip("*_ ").endswith("?")


def hosting(text: str, name: str) -> bool:
    """Whether ``name`` says who they are in ``text`` ("I'm Len Doe."): the host of a show, not its guest."""
    return re.search(rf"\bI(?:[\u2019']m| am) {re.escape(name)}\b", text) is not None
