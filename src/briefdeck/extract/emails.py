"""Emails printed whole (a release under an access-to-information law, a leaked thread, a forwarded note): each
message's paragraphs are its sender's words.

    From: Doe, Jo (CBSA/ASFC)
    Sent: Monday, September 15, 2025 7:52 AM
    To: Roe, Sam (CBSA/ASFC)
    Subject: Weekend numbers

    Sam,

    The lot hit capacity three times between Friday and Sunday. …

    Jo

A message opens on its header (:mod:`briefdeck.clean.mail_heads`: two in a text at least). The sender is the name
on the "From:" line ("Doe, Jo" is Jo Doe; an address alone names no one). The message's paragraphs of five words or
more are the sender's, up to the sign-off: a closing ("Regards,"), the sender's name over a signature, or a reply's
copy of the message before it ("> …", "-----Original Message-----"). A copy of an earlier message printed under a
reply is read as a message of its own only when its words are not already in the text.
"""
from __future__ import annotations

import re

from briefdeck.clean.mail_heads import heads as _heads
from briefdeck.extract.interviews import MIN_WORDS, Answer
from briefdeck.extract.turn_paragraphs import paragraph_spans

_ADDRESS = re.compile(r"<[^<>\n]*>|\[mailto:[^\]\n]*\]|\([^()\n]*\)|\S+@\S+")    # "<jo@acme.ca>", "(CBSA/ASFC)"
_NAME = re.compile(r"[A-ZÀ-Þ][\w’'.\-]*(?:[ \t]+(?:[dl][’']|van |von |de )?[A-ZÀ-Þ][\w’'.\-]*){0,3}")
# what comes before a copy of the message replied to: "-----Original Message-----", "On Mon, … Jo Doe wrote:",
# "---------- Forwarded message ---------", "________________________________"
_COPY = re.compile(r"^[ \t]*(?:-{3,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{3,}|On[ \t][^\n]{5,160}wrote:|_{10,})"
                   r"[ \t]*$", re.M | re.I)
_CLOSING = re.compile(r"(?:Thanks|Thank you|Many thanks|Regards|Best regards|Kind regards|Best|Cheers|Sincerely|"
                      r"Merci|Cordialement|Salutations)[ \t]*[,.!]?[ \t]*(?:\n|$)", re.I)
_SENT_FROM = re.compile(r"Sent from my \w+", re.I)
_CODES = re.compile(r"(?:[ \t]+s\.[ \t]?\d{1,3}(?:\(\d{1,2}\))?(?:\([a-z]{1,4}\))*)+[ \t]*$")   # a release's "s.21(1)(a)"
_COPY_PROBE = 80           # how much of a copied message's opening must be found earlier to be a repeat


def sender(field: str) -> str:
    """The person a "From:" line names: "Doe, Jo (CBSA/ASFC)" is Jo Doe, "Jo Doe <jo@acme.ca>" Jo Doe; "" for an
    address alone."""
    name = " ".join(_ADDRESS.sub(" ", field).replace('"', " ").split()).strip(" ,;")
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    words = [w.title() if w.isupper() and len(w) > 2 else w for w in name.split()]   # "DOE, Jo": Jo Doe
    name = " ".join(words)
    return name if len(words) >= 2 and _NAME.fullmatch(name) else ""


def _signs_off(para: str, name: str) -> bool:
    """Whether a paragraph ends the message: a closing, the sender's name over a signature, "Sent from my …"."""
    first = para.split("\n", 1)[0].strip()
    return bool(_CLOSING.match(para) or _SENT_FROM.match(first)) or bool(name) and first == name


def answers(text: str) -> list[Answer]:
    """Each email's paragraphs, as its sender's words; [] for a text that is no email thread."""
    heads = _heads(text)
    out: list[Answer] = []
    for k, head in enumerate(heads):
        name = sender(head.group("sender"))
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        before = text[heads[k - 1].end() if k else 0:head.start()]
        paras = paragraph_spans(text, head.end(), end)
        copy = _COPY.search(before) is not None
        if not name or copy and paras and text[paras[0][0]:paras[0][0] + _COPY_PROBE] in text[:head.start()]:
            continue                                     # a reply's copy of a message already printed above it
        said, role = [], ""
        for s, e in paras:
            para = text[s:e]
            if _COPY.match(para) or _signs_off(para, name):
                lines = [line.strip() for line in para.split("\n")]
                role = lines[1] if len(lines) > 1 and lines[0] == name else ""   # her title, under her name
                break
            if para.lstrip().startswith(">"):
                continue                                 # "> …": the message replied to
            codes = _CODES.search(text, s, e)
            e = codes.start() if codes else e            # "… asphalt. s.21(1)(a)": what the release held back
            if len(text[s:e].split()) >= MIN_WORDS:
                said.append((s, e))
        out += [Answer(s, e, name, role) for s, e in said]
    return out
