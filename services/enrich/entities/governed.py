"""Bodies no list knows, named by an abbreviation after the people who run or join them: 'het
bestuur van het CBL', 'Voorzitter CBL', 'de leden van de NVZ', 'aangesloten bij de KNB', 'Bij het
CBL zijn aangesloten'.

An abbreviation alone says nothing (BCO, PCR and AVG are no bodies), but a board, a chair or
members are had only by a body. Not a directorate: 'Directie I&Z' is a unit of a ministry.
Abbreviations a list knows are left to the lists, which know what kind they are (a party, a
ministry).
"""

from __future__ import annotations

import re

from services.enrich.entities.gazetteer import Match, automaton

_ABBREVIATION = r"(?P<name>[A-Z][A-Z0-9&]{1,5}(?:-[A-Z0-9]{1,4})?)(?![\w-])"
_ARTICLE = r"(?:(?:het|de)[ \t\u00a0]+)?"
_RUN_BY = re.compile(
    r"(?<![\w-])(?:[Bb]estuur|[Vv]oorzitter|[Ll]eden|[Aa]angesloten)"
    rf"[ \t\u00a0]+(?:(?:van|bij)[ \t\u00a0]+)?{_ARTICLE}{_ABBREVIATION}"
)
# 'Bij het CBL zijn aangesloten:', 'Bij de NVZ zijn 70 ziekenhuizen aangesloten'
_JOINED_AT = re.compile(
    rf"(?<![\w-])[Bb]ij[ \t\u00a0]+{_ARTICLE}{_ABBREVIATION}[ \t\u00a0]+(?:zijn|is)[ \t\u00a0]"
    r"[^.\n]{0,40}?aangesloten"
)
_STEMS = ("estuur", "oorzitter", "leden", "Leden", "angesloten")


def find(text: str) -> list[Match]:
    patterns = [_RUN_BY] if any(stem in text for stem in _STEMS) else []
    if "angesloten" in text and ("Bij " in text or "bij " in text):
        patterns.append(_JOINED_AT)
    found = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            name = m.group("name")
            if automaton().exists(name):
                continue  # a listed body, party or ministry: the lists say which
            found.append(Match("organization", m.start("name"), m.end("name"), name))
    return found
