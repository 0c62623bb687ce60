"""'BD' is the Belastingdienst where it stands beside the bodies it exchanges data with (orgsWoo48).

Rijk mail and notes abbreviate the tax office: 'gegevensdeling BD en DUO', 'Argumentatie FIN –
BD en SZW' (an SZW Woo release, two documents), 'Overeenkomst BD en UWV' (a UWV inventory).
Alone the two letters are many other things: a postcode's letters ('2500 BD Den Haag'), a
cadastral section ('sectie BD'), an LJN ('LJN: BD 6313'), a firm's brand ('BD Antigeen'). So
'BD' is the office only joined ('en', '/', a dash, a comma, '&') to one of the national bodies
and ministries that share data with it, by the abbreviation those papers print.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match
from services.enrich.words import read

CANONICAL: Final = "Belastingdienst"
_PARTNERS: Final = (
    "DUO|UWV|SVB|CJIB|RDW|KvK|CBS|CAK|DJI|IND|RVO|FIOD|Douane|Toeslagen|VNG|"
    "FIN|Fin|MinFin|Financiën|SZW|MinSZW|BZK|OCW|VWS|EZK|JenV|J&V"
)
_JOIN: Final = r"[ \t\u00a0]*(?:,|/|&|–|-|—|[ \t\u00a0]en)[ \t\u00a0]*"
_BESIDE: Final = re.compile(
    rf"(?:(?<![\w-])(?:{_PARTNERS}){_JOIN}(?P<after>BD)(?![\w-]))"
    rf"|(?:(?<![\w-])(?P<before>BD){_JOIN}(?:{_PARTNERS})(?![\w-]))"
)


CUES: Final = frozenset({"BD"})  # every match holds it (words.py's pass; speed50)


def find(text: str, found: list[Match]) -> list[Match]:
    """The 'BD's beside a partner body, not inside a span already found."""
    if "BD" not in read(text).cues:  # words.py's pass, not a scan (speed50)
        return []
    out: list[Match] = []
    for m in _BESIDE.finditer(text):
        start, end = m.span("after") if m.group("after") else m.span("before")
        if any(start < f.end and f.start < end for f in found):
            continue
        out.append(Match("organization", start, end, CANONICAL))
    return out
