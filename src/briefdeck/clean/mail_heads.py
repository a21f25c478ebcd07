"""The headers of emails printed one after another (a release under an access-to-information law, a thread):
who wrote each message, to whom, when, about what.

    From: Doe, Jo (CBSA/ASFC)
    Sent: Monday, September 15, 2025 7:52 AM
    To: Roe, Sam (CBSA/ASFC)
    Subject: Weekend numbers

A header is a "From:" line, then a "Sent:" or "Date:" line and a "Subject:" line among the "To:" and "Cc:" lines.
In a text with two such headers or more, they are the document's own (who said what, and when), and cleaning keeps
them; one alone is an e-mailed newsletter's, and goes (see furniture_lines and duplicates).
"""
from __future__ import annotations

import re

HEADER = re.compile(r"^[ \t]*From:[ \t]*(?P<sender>[^\n]+)\n(?P<fields>(?:[ \t]*(?:Sent|Date|To|Cc|CC|Bcc|BCC|Subject|"
                    r"Importance|Attachments?)[ \t]*:[^\n]*(?:\n|\Z)){2,8})", re.M)
_SENT = re.compile(r"^[ \t]*(?:Sent|Date)[ \t]*:", re.M)
_SUBJECT = re.compile(r"^[ \t]*Subject[ \t]*:", re.M)
MIN_HEADERS = 2


def heads(text: str) -> list[re.Match]:
    """Every email header in ``text``, when it has two at least; [] otherwise."""
    if "From:" not in text or "Subject:" not in text:
        return []
    found = [m for m in HEADER.finditer(text) if _SENT.search(m.group("fields")) and _SUBJECT.search(m.group("fields"))]
    return found if len(found) >= MIN_HEADERS else []


def head_lines(text: str) -> list[tuple[int, int]]:
    """Where each of those headers runs, from its "From:" to the end of its last field's line."""
    return [(m.start(), m.end()) for m in heads(text)]
