"""A body named inside its organ's name, and a Kamer's committee named with its Kamer (letters67).

- 'de Algemene Vergadering van de Verenigde Naties': the listed organ names the listed body it
  belongs to, and a reader finds both (the enrich gold lists both where a paper names the
  assembly; letters66's gold asks for the UN from this phrase). Only where the organ's printed
  name is listed and what follows its 'van de'/'van het' is a listed organisation's printed name
  in full: a body inside a compound ('VN-Veiligheidsraad', 'VN-vluchtelingenorganisatie') stays
  the compound's (the golds make it optional), a body by its abbreviation ('het Hof van Justitie
  van de EU') stays the organ's short form (as test_bodies_by_kind holds), and a name the lists do
  not hold as a whole is not taken apart.
- 'de Eerste Kamercommissie voor Koninkrijksrelaties', 'de Tweede Kamercommissie voor Financiën':
  the committee finders start at 'Kamercommissie'; the Kamer's number before it is part of the
  name.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match, automaton

_OF_THE: Final = re.compile(r"[ \t\u00a0]+van[ \t\u00a0]+(?:de|het)[ \t\u00a0]+")
_CHAMBER_BEFORE: Final = re.compile(r"(?<![\w-])(?:Eerste|Tweede)[ \t\u00a0]+$")
_CHAMBER_REACH: Final = 8  # 'Tweede' and a space


def _listed_body(printed: str) -> str | None:
    value = automaton().get(printed, None)
    if value is None or value[1].type != "organization":
        return None
    return str(value[1].canonical)


def bodies_inside(text: str, found: list[Match]) -> list[Match]:
    """The listed body a listed organ's name ends with, where nothing else was found there."""
    extra = []
    for m in found:
        if m.type != "organization" or " van " not in text[m.start : m.end]:
            continue
        printed = text[m.start : m.end]
        if _listed_body(" ".join(printed.split())) is None:
            continue
        for of in _OF_THE.finditer(printed):
            inner = " ".join(printed[of.end() :].split())
            if " " not in inner:
                continue  # 'het Hof van Justitie van de EU': the organ's short form, kept whole
            canonical = _listed_body(inner)
            if canonical is not None and canonical != m.canonical:
                start = m.start + of.end()
                if not any(f.start == start and f.end == m.end for f in found):
                    extra.append(Match("organization", start, m.end, canonical))
                break
    return extra


def with_chamber(text: str, found: list[Match]) -> list[Match]:
    """A committee found from 'Kamercommissie' on, widened over 'Eerste'/'Tweede' before it."""
    out = []
    for m in found:
        if m.type == "organization" and text.startswith("Kamercommissie", m.start):
            chamber = _CHAMBER_BEFORE.search(text, max(0, m.start - _CHAMBER_REACH), m.start)
            if chamber is not None:
                m = Match(m.type, chamber.start(), m.end, m.canonical, m.role)
        out.append(m)
    return out
