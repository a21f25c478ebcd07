"""Who hosts a broadcast or a podcast transcript: the one who asks, whose turns are questions, not answers."""
from __future__ import annotations

from briefdeck.extract.first_names import first_name_gender

HOST_SHARE = 0.25          # a host asks in one turn of four at least (the guest answers)
HOST_TURNS = 3             # and talks all through the show


def host_of(who: dict, turns: dict[str, list[str]]):
    """The one who asks in a broadcast transcript labelled in capitals ("OKAFOR: Where do things stand?"): of two
    people or more, the one whose turns ask something most often, in a quarter of them at least and twice as
    often as anyone else who talks as much; None when no one does (a chamber's questioners, written "Ms. Jo
    Doe:", are not hosts)."""
    asking: dict[int, list] = {}                          # a person's id: [turns that ask, turns, the person]
    for label, person in who.items():
        if label.isupper():
            counts = asking.setdefault(id(person), [0, 0, person])
            counts[0] += sum("?" in turn for turn in turns.get(label, ()))
            counts[1] += len(turns.get(label, ()))
    if len(asking) < 2:
        return None
    shares = sorted(((asked / said, said, person) for asked, said, person in asking.values()),
                    key=lambda row: row[:2], reverse=True)
    top, said, person = shares[0]
    second = max((share for share, spoke, _ in shares[1:] if spoke >= HOST_TURNS), default=0.0)   # (not a guest's
    # one "Who'd do it?"; and not the guest who asks "Is that distributor American?" in an answer, when a host named
    # by first name alone, "NADIA:", who is no one in ``who``, asks more)
    rival = max((sum("?" in turn for turn in theirs) / len(theirs) for label, theirs in turns.items()
                 if label.isupper() and label not in who and len(theirs) >= HOST_TURNS and " " not in label
                 and first_name_gender(label.title())), default=0.0)
    return person if top >= HOST_SHARE and top >= 2 * second and said >= HOST_TURNS and top >= rival else None
