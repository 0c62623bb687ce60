"""Kamerstukken of the Tweede and Eerste Kamer: motions, amendments and reports of debates.

The publication opens with the dossier title and then, in capitals, what the piece is:
"MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS", "AMENDEMENT VAN HET LID ...", "VERSLAG VAN EEN
SCHRIFTELIJK OVERLEG". A motion's date is the day it was proposed ("Voorgesteld 6 juli 2021").
"""

from __future__ import annotations

import re

from services.segment.families.dates import iso_date
from services.segment.families.reading import Reading

# The piece's number stands on the same line, in the left margin ("Nr. 143   MOTIE VAN ...").
_NR = r"^(?:Nr\.\s*\d+\s+)?"
_PIECE = {
    "motie": re.compile(_NR + r"(?:GEWIJZIGDE )?MOTIE VAN (?:HET LID|DE LEDEN)\b", re.IGNORECASE),
    "amendement": re.compile(
        _NR + r"(?:GEWIJZIGD |NADER GEWIJZIGD )?AMENDEMENT VAN (?:HET LID|DE LEDEN)\b",
        re.IGNORECASE,
    ),
    "verslag": re.compile(
        _NR + r"(?:VERSLAG|LIJST VAN VRAGEN EN ANTWOORDEN|VERSLAG VAN EEN (?:SCHRIFTELIJK|"
        r"ALGEMEEN|NOTA|WETGEVINGS)?\s*OVERLEG)\b"
    ),
}
_PROPOSED = re.compile(r"^(?:Voorgesteld|Ontvangen|Vastgesteld)\s+(.+)$", re.MULTILINE)


# What each piece's every match holds, case-blind: a quick "no" before the first page's blocks
# are searched one by one.
_PIECE_WORDS = {
    "motie": ("motie",),
    "amendement": ("amendement",),
    "verslag": ("verslag", "lijst van vragen"),
}


def detect(r: Reading) -> tuple[str, str] | None:
    for kind, pattern in _PIECE.items():
        block = r.first(pattern) if r.mentions(*_PIECE_WORDS[kind]) else None
        if block:
            return kind, f"kamerstuk heading '{block.text[:60]}'"
    return None


def title(r: Reading) -> str | None:
    for pattern in _PIECE.values():
        block = r.first(pattern)
        if block:
            return re.sub(_NR, "", block.text.split("\n")[0])
    return None


def date(r: Reading) -> tuple[str, str] | None:
    for match in _PROPOSED.finditer(r.opening):
        iso = iso_date(match.group(1))
        if iso:
            return iso, f"'{match.group(0)[:40]}'"
    return None
