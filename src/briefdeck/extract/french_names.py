"""A Quebec body's French name written after its first word: "Confédération" des syndicats nationaux, "Union"
des producteurs agricoles, where an English sentence goes on with the rest of the name."""
from __future__ import annotations

import re

# "the Confédération des syndicats nationaux", "the Union des producteurs agricoles": a Quebec body's French name
_FRENCH_HEADS = frozenset("confédération fédération caisse conseil mouvement union syndicat chambre institut société "
                          "banque commission régie ordre centrale regroupement association collectif coalition front "
                          "alliance agence autorité ministère bureau fondation observatoire réseau".split())
_ENGLISH = r"(?!(?:said|says|told|added|which|who|that|is|was|has|have|had|will|would|and|the|in|on|at|to|for|with|also)\b)"
_FRENCH_REST = re.compile(rf"(?:[ \t]+(?:des|du|de|de[ \t]+la|de[ \t]+l[\u2019']|d[\u2019']|et|aux)[ \t]*{_ENGLISH}"
                          rf"[a-zà-ÿ][\w\u2019'\-]*(?:[ \t]+(?!et\b|des\b|du\b|de\b){_ENGLISH}[a-zà-ÿ][\w\u2019'\-]*){{0,2}})+"
                          r"(?:[ \t]+(?:du|de|des)[ \t]+[A-Z][\w\-]*)?")


def french_name(name: str, text: str, end: int) -> str:
    """A French body's whole name when ``name``, ending at ``end``, is only its first word ("Confédération" des
    syndicats nationaux), or ``""``."""
    m = _FRENCH_REST.match(text, end) if name.lower() in _FRENCH_HEADS else None
    return name + m.group() if m else ""


def headed_by(noun: str, text: str, start: int, end: int) -> str:
    """The last French body's name between ``start`` and ``end`` that opens on ``noun`` (an English word that is
    French too: "the commission" for the Commission de la construction du Québec), or ``""``."""
    found = ""
    if noun.lower() in _FRENCH_HEADS:
        head = re.compile(rf"\b{re.escape(noun.capitalize())}\b")
        for m in head.finditer(text, start, end):
            found = french_name(m.group(), text, m.end()) or found
    return found
