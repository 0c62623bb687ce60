"""Kamerstukken of the Tweede and Eerste Kamer: motions, amendments and reports of debates.

The publication opens with the dossier title and then, in capitals, what the piece is:
"MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS", "AMENDEMENT VAN HET LID ...", "VERSLAG VAN EEN
SCHRIFTELIJK OVERLEG". A motion's date is the day it was proposed ("Voorgesteld 6 juli 2021").

A council's motion or amendment (a gemeenteraad's, Provinciale Staten's, a waterschap's algemeen
bestuur's) names itself at the top of page 1 ("Motie: Watertappunt in drukstbezochte speeltuinen",
"Amendement: Derde vergunning blijft mogelijk", "MOTIE", "Gewijzigd amendement") and then opens
with the formula every such piece opens with: "De raad van de gemeente Den Haag, in vergadering
bijeen op 18 december 2024, ...", "De gemeenteraad van Baarn, in vergadering bijeen op ...",
"Provinciale Staten van Zuid-Holland, in vergadering bijeen op ...". Its date is that meeting's;
its title the line that names it. Both are asked: a name alone may head a list of motions (a
besluitenlijst), the formula alone may be quoted (minutes print the motions they voted on).
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

# A council piece's name opens a block ("Motie: ...", "Motie vreemd aan de orde van de dag",
# "Gewijzigd amendement"); the formula follows it on page 1 ("..., in vergadering bijeen op 3
# april 2025"), within the page's first blocks.
_COUNCIL_PIECE = {
    "motie": re.compile(r"^(?:(?:Gewijzigde|Aangehouden|Nader gewijzigde)\s+)?Motie\b", re.I),
    "amendement": re.compile(r"^(?:(?:Gewijzigd|Nader gewijzigd|Sub)[- ]?)?amendement\b", re.I),
}
# the date may lack its year ("in vergadering bijeen op 8 mei,"): the piece is told, undated
_ASSEMBLED = re.compile(r"\bin (?:openbare )?vergadering bijeen\b(?: op\s+([^,;\n]{1,40}))?", re.I)
# The name stands in page 1's first blocks (under the council's name and the piece's number,
# vote and register lines: the fifth block in Den Haag's), the formula in the blocks after it:
# minutes that quote a motion in full quote it under their own title and particulars.
_NAME_BLOCKS = 6
_COUNCIL_BLOCKS = 12
# A line of the name's block that is a label of its own ("Indiener: ...", "Agendapunt: ...")
# ends the name.
_LABEL_LINE = re.compile(r"^[^\W\d_][\w ()/-]{0,30}:(?:\s|$)")
_MAX_NAME = 200  # characters: a motion's title, not its text
_WORDY = re.compile(r"[^\W\d_A-Z]{3}")  # three small letters running: words, not a code


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
    found = council_piece(r)
    if found:
        kind, name, formula = found
        return kind, f"council piece '{name[:50]}' and '{formula[:50]}'"
    return None


def council_piece(r: Reading) -> tuple[str, str, str] | None:
    """A council's motion or amendment: its kind, the block naming it and the formula's block."""
    if not r.mentions("vergadering bijeen"):
        return None
    blocks = r.first_page[:_COUNCIL_BLOCKS]
    for i, block in enumerate(blocks[:_NAME_BLOCKS]):
        for kind, pattern in _COUNCIL_PIECE.items():
            if not pattern.match(block.text):
                continue
            formula = next((b for b in blocks[i:] if _ASSEMBLED.search(b.text)), None)
            if formula is not None:
                return kind, block.text, formula.text
    return None


def _council_title(name: str) -> str | None:
    """The name's lines up to the first label line ("Indiener: ..."), when they say more than
    the bare kind ("Motie", "AMENDEMENT")."""
    lines = [line.strip() for line in name.split("\n") if line.strip()]
    kept = lines[:1]
    for line in lines[1:]:
        if _LABEL_LINE.match(line) or len(" ".join(kept)) > _MAX_NAME:
            break
        if _WORDY.search(line):  # not a number or a code beside it ("K.B SP")
            kept.append(line)
    text = " ".join(kept)
    # "Motie: X Indiener: Y" when the block's lines were read as one
    text = re.split(r"\s+(?:Indiener|Indieners|Ingediend door)\s*:", text)[0].strip()
    words = re.findall(r"[^\W\d_]+", text)
    return text[:_MAX_NAME] if len(words) > 1 else None


def title(r: Reading) -> str | None:
    for pattern in _PIECE.values():
        block = r.first(pattern)
        if block:
            return re.sub(_NR, "", block.text.split("\n")[0])
    found = council_piece(r)
    return _council_title(found[1]) if found else None


def date(r: Reading) -> tuple[str, str] | None:
    for match in _PROPOSED.finditer(r.opening):
        iso = iso_date(match.group(1))
        if iso:
            return iso, f"'{match.group(0)[:40]}'"
    found = council_piece(r)
    met = _ASSEMBLED.search(found[2]) if found else None
    day = iso_date(met.group(1)) if met and met.group(1) else None
    return (day, f"'{met.group(0)[:50]}'") if met and day else None
