"""Staatsblad, Staatscourant, Tractatenblad: 'Stb. 2021, 123', 'Stcrt. 2022, 12345', 'Trb. 2008,
175'.

A year without a number ('Stb. 2005') names no single publication and is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from services.enrich.hits import Hit
from services.enrich.scan import Guarded

_OB = "https://zoek.officielebekendmakingen.nl/"
_S = r"[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*"
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_NAMES = {
    "stb": r"Stb|Staatsblad",
    "stcrt": r"Stcrt|Stc|Staatscourant",
    "trb": r"Trb|Tractatenblad",
}
_PATTERNS = {
    kind: Guarded(
        r"(?<![^\W\d_])",
        rf"(?:{names})\.?{_S}(?:van{_S}\d{{1,2}}{_S}(?:{_MONTHS}){_S})?"
        rf"(?P<year>(?:18|19|20)\d\d)(?!\d),?{_S}(?:(?:nr|no)\.?{_S})?(?P<nr>[1-9]\d{{0,5}})(?![\w])",
    )
    for kind, names in _NAMES.items()
}


def find(text: str) -> Iterator[Hit]:
    for kind, pattern in _PATTERNS.items():
        for m in pattern.finditer(text):
            ident = f"{kind}-{m.group('year')}-{m.group('nr')}"
            yield Hit(kind, m.start(), m.end(), ident, f"{_OB}{ident}.html")
