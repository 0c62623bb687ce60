"""Money amounts to a canonical 'EUR <amount>': '€ 1,5 miljoen' -> 'EUR 1500000', '10 miljoen euro',
'€ 125.000,-'. Dutch notation: '.' groups thousands, ',' is the decimal comma."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Final

from services.enrich.entities.gazetteer import Match
from services.enrich.scan import Guarded
from services.enrich.words import read

_SCALE: Final = {
    "duizend": 10**3, "dzd": 10**3, "miljoen": 10**6, "mln": 10**6, "mln.": 10**6,
    "miljard": 10**9, "mld": 10**9, "mld.": 10**9, "mrd": 10**9, "biljoen": 10**12,
}  # fmt: skip
_S: Final = r"[ \t\u00a0]*"
# Both forms led by one digit outside their repeat: the engine takes the common digit out of the
# alternation and skips to the next digit; led by '\d{1,3}' or '\d+' it tried every position
# (throughput35).
_NUMBER: Final = r"(?P<n>\d\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?|\d\d*(?:,\d+)?)"
_SCALES: Final = r"(?:\s+(?P<scale>duizend|dzd|miljoen|mln\.?|miljard|mld\.?|mrd|biljoen)(?![\w]))?"
_BEFORE: Final = re.compile(rf"(?:€|EUR|euro){_S}{_NUMBER}(?:,-|,–)?{_SCALES}(?![\w])")
_AFTER: Final = Guarded(r"(?<![\w.,€])", rf"{_NUMBER}{_SCALES}\s+(?:euro|EUR)(?![\w])")


def _amount(number: str, scale: str | None) -> str | None:
    try:
        value = Decimal(number.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None
    value *= _SCALE.get((scale or "").lower(), 1)
    value = value.normalize()
    text = f"{value:f}"
    return f"EUR {text}"


# The words `find` asks a text for, read in words.py's one pass over it (a set's test each, not
# a substring test each over the text: enspeed48).
CUES: Final = frozenset({"EUR", "euro"})


def find(text: str) -> Iterator[Match]:
    if "€" not in text and read(text).cues.isdisjoint(CUES):
        return  # every amount names its currency
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(text):
            canonical = _amount(m.group("n"), m.group("scale"))
            if canonical:
                yield Match("money", m.start(), m.end(), canonical)
