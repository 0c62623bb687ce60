"""The body a letter is addressed to: 'De Voorzitter van de Tweede Kamer der Staten-Generaal',
'Aan de gemeenteraad van Utrecht'. The letterhead is metadata, not a mention, except for this:
whom a letter is written to is what the letter is about as much as anything it names."""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match
from stukken.contracts import Segment

ROLE: Final = "geadresseerde"
# The addressee line opens the address block: 'De voorzitter van de ', 'Aan de ', 'Aan: het '.
_TO: Final = re.compile(
    r"^\s*(?:Aan:?\s+(?:de|het)\s+(?:[Vv]oorzitter\s+van\s+de\s+)?|(?:[Dd]e\s+)?[Vv]oorzitter\s+van\s+de\s+)$"
)


def mark(seg: Segment, found: list[Match]) -> list[Match]:
    """The organisation on the address block's addressee line, with the addressee's role."""
    if seg.kind != "letterhead" or seg.role != "address":
        return found
    return [
        m.with_role(ROLE)
        if m.type == "organization" and _TO.match(seg.text, 0, m.start) is not None
        else m
        for m in found
    ]


def named(m: Match) -> bool:
    return m.role == ROLE
