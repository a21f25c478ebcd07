"""What a workplace chat channel exported as text brings with it, around its messages:

    --- Tuesday, November 18 ---

    Jo Doe  8:41 AM
    replied to a thread: Yeah, that one's real. The CFO called me…
    Paused, in writing. I already offered to cover the duty. (edited)
    :+1: 5  :eyes: 2

Once a text has three message heads at least (a name and the time it was posted, on a line of its own), the day
dividers, the channel's member count, the "replied to a thread: …" line that repeats the start of the message
answered, each line of reactions and the "(edited)" after a message go. The heads and the messages stay: they
are who said what (:mod:`briefdeck.extract.turn_labels`). A video meeting's chat log ("10:14:22 From Jo Doe to
Everyone: …") is made into such turns by :func:`meeting_chat`.
"""
from __future__ import annotations

import re

from briefdeck.clean import comments
from briefdeck.clean.edits import Step, apply

HEAD = re.compile(r"^[^\S\n]*[A-ZÀ-Þ][^\n]{1,60}?[ \t]{2,}(?:APP[ \t]{2,})?\d{1,2}:\d{2}[ \t]?[AaPp]\.?[Mm]\.?[ \t]*$", re.M)
MIN_HEADS = 3
_LINES = re.compile(
    r"^[^\S\n]*(?:-{2,}[ \t]*[A-Z][^\n]{2,40}?[ \t]*-{2,}"                   # "--- Tuesday, November 18 ---"
    r"|[^\n]{2,60}[ \t]\u00b7[ \t]\d[\d,]*[ \t]members"                    # "Acme · 23 members"
    r"|replied to a thread:[^\n]{0,200}"                                  # the start of the message answered
    r"|(?::[a-z0-9_+\-]{1,40}:[ \t]*\d{1,4}[ \t]*)+"                      # ":+1: 5  :eyes: 2"
    r")[ \t]*(?:\n|\Z)", re.M)
_EDITED = re.compile(r"[ \t]+\(edited\)(?=[ \t]*$)", re.M)


_INDENT = re.compile(r"^[ \t]+(?=\S)", re.M)


def strip(text: str) -> Step:
    """The furniture of a chat channel's export; a text with fewer than three message heads is left alone. A forum
    thread whose poster answers the replies loses the indents that nest each answer under its question."""
    if comments.answers_thread(text):
        return apply(text, "chat", [(m.start(), m.end(), "", "forum reply's indent") for m in _INDENT.finditer(text)])
    if "M\n" not in text and "m\n" not in text or len(HEAD.findall(text)) < MIN_HEADS:
        return apply(text, "chat", [])
    replacements = [(m.start(), m.end(), "", "chat export's " + _what(m.group())) for m in _LINES.finditer(text)]
    replacements += [(m.start(), m.end(), "", "chat export's edit mark") for m in _EDITED.finditer(text)]
    return apply(text, "chat", replacements)


def _what(line: str) -> str:
    line = line.strip()
    if line.startswith("-"):
        return "day divider"
    if line.startswith("replied"):
        return "thread reply marker"
    return "reactions" if line.startswith(":") else "member count"


# a video meeting's chat saved as text: "10:14:22 From Jo Doe (Acme) to Everyone: …", a reply opening on what it
# answers ('Replying to "How does a …": '), a reaction on a line of its own ('Reacted to "Maple syrup …" with 🍁')
_MEETING_LINE = re.compile(r"^(?P<stamp>[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]+From[ \t]+)(?P<who>[^\n:]{1,80}?)"
                           r"(?P<to>[ \t]+to[ \t]+(?:Everyone|everyone|[^\n:]{1,60}?)(?:[ \t]*\((?:Direct Message|"
                           r"[Pp]rivately)\))?)[ \t]*:[ \t]*", re.M)
_REPLYING = re.compile(r"Replying to [\"\u201c][^\n\"\u201d]{1,200}[\"\u201d]:[ \t]*")
_REACTED = re.compile(r"Reacted to [\"\u201c][^\n\"\u201d]{1,200}[\"\u201d] with [^\n]{1,20}$")


def meeting_chat(text: str) -> Step:
    """A meeting chat's messages as turns, each a paragraph of its own under its sender's name ("Jo Doe (Acme): …"):
    each line's time, "From" and "to Everyone" go, and so do reactions and the start of the message a reply quotes.
    A text with fewer than three such lines is left alone."""
    lines = list(_MEETING_LINE.finditer(text)) if " From " in text else []
    if len(lines) < MIN_HEADS:
        return apply(text, "chat", [])
    replacements = []
    for m in lines:
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if _REACTED.match(text, m.end(), end):        # (with the line break before it: the next line's is its own)
            replacements.append((max(m.start() - 1, 0), end, "", "meeting chat's reaction"))
            continue
        if m.start() and text[m.start() - 1] == "\n" and not text[:m.start() - 1].endswith("\n"):
            replacements.append((m.start() - 1, m.start(), "\n\n", "meeting chat's line break"))
        replacements.append((m.start(), m.start("who"), "", "meeting chat's time"))
        replacements.append((m.start("to"), m.end("to"), "", "meeting chat's addressee"))
        if (reply := _REPLYING.match(text, m.end(), end)) is not None:
            replacements.append((reply.start(), reply.end(), "", "meeting chat's reply quote"))
    return apply(text, "chat", replacements)
