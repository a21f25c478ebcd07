"""Tallies: a vote's count ("voted 5-2", "passed 34 to 33") and a match's score ("a 3-1 win"), which are figures
an analyst reads but never one number to chart."""
from __future__ import annotations

import re

# "voted 5-2", "passed 34-33", "by a 7-4 vote", "in a 3–2 decision": a tally, never one number to chart
_VOTE = re.compile(r"\b(?:(?:voted|voting|passed|passes|failed|fails|approved|rejected|defeated|carried|carries|adopted|upheld|"
                   r"advanced|cleared)"
                   r"(?:\s+(?P<voted>\d{1,3}(?:[-\u2013]| to )\d{1,3})\b(?![-\u2013.,]?\d)"
                   # "approved the bill 53-45,", "failed, 11-12, on a party-line vote"
                   r"|(?:\s+(?:the|a|an|its|their)\s+(?:[\w\u2019'-]+\s+){0,3}?[\w\u2019'-]+,?|,)"
                   r"\s+(?P<voted2>\d{1,3}(?:[-\u2013]| to )\d{1,3})\b(?![-\u2013.,]?\d)"
                   r"(?=[,.;]|\s+(?:vote|votes|margin|on|with|to|in favou?r|against|last|this|earlier|but|and)\b|$))"
                   r"|(?:vote(?: of)?|by an?|in(?: an?)?|on an?|with an?|[\u2019']s)\s+(?P<tally>\d{1,3}[-\u2013]\d{1,3})"
                   r"(?=\s+(?:vote|decision|ruling|margin|majority|to|in favou?r|against|for|on)\b|[,.;]|\s+\w+day\b))",
                   re.I)
_PAIR = re.compile(r"\d[-\u2013]\d|\d to \d")    # "5-2", "7 to 2": what every tally holds, looked for first
# "a 3-1 win over", "won 2-0", "drew 0-0", "trailed 29 to 20", "a 21-8 run", "Osage Hills (24-2)": a match's score
# or a team's record, never a number to chart
_SCORE = re.compile(r"\b(?:(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts)\s+(?P<a>\d{1,2}[-\u2013]\d{1,2})(?=\s+(?:home\s+|away\s+)?(?:win|victory|"
                    r"defeat|loss|draw|lead|run|record|start|streak)\b)|(?:won|lost|drew|drawn|tied|leads?|led|trailed?|"
                    r"trailing|beat\s+(?:[A-Z][\w.\-]*\s+){1,3})\s*(?P<b>\d{1,3}(?:[-\u2013]| to )\d{1,3})\b(?![-\u2013.,]?\d)"
                    r"|\b[A-Z][\w.\-]*\s\((?P<c>\d{1,2}[-\u2013]\d{1,2})\)(?=[\s,.;]))")


def find(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "votes" or "score")`` for every tally in ``text``."""
    out = []
    if not _PAIR.search(text):
        return out
    for m in _VOTE.finditer(text):
        out.append((*(m.span("tally") if m.group("tally") else m.span("voted") if m.group("voted")
                      else m.span("voted2")), "votes"))
    for m in _SCORE.finditer(text):
        out.append((*m.span(next(g for g in "abc" if m.group(g))), "score"))
    return out
