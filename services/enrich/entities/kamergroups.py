"""A Kamer group named after its members: 'groep Kuzu/Öztürk', 'Groep Krol/Van Klaveren'.

Such a group is no organisation the lists hold and its name is two surnames, so each is read as a
person, and only when it is the surname of a Kamerlid or bewindspersoon of the people list: 'groep
Noord/Zuid' or 'groep A/B' names nobody.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities.gazetteer import Match
from services.enrich.entities.persons import canonical
from services.enrich.scan import Guarded
from services.enrich.words import read

_SURNAME: Final = r"(?:(?:[Vv]an\s+(?:der|den|de)|[Vv]an|[Dd]e|[Tt]er)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+"
_PARTICLES: Final = frozenset({"van", "de", "der", "den", "ter"})
_GROUP: Final = Guarded(
    r"(?<![\w-])", rf"[Gg]roep\s+(?P<a>{_SURNAME})\s*/\s*(?P<b>{_SURNAME})(?![\w/-])"
)


@cache
def _surnames() -> frozenset[str]:
    """Every listed person's surname with its particles ('Van Klaveren', 'Öztürk')."""
    found = set()
    for row in rows("people.tsv"):
        words = row["canonical"].split()
        for i in range(1, len(words)):
            if words[i][:1].isupper() or words[i] in _PARTICLES:
                found.add(" ".join(words[i:]).lower())
                break
    return frozenset(found)


# Every match holds it (words.py's pass; speed50).
CUES: Final = frozenset({"roep "})


def find(text: str) -> list[Match]:
    if "roep " not in read(text).cues:  # words.py's pass, not a scan (speed50)
        return []
    found = []
    for m in _GROUP.finditer(text):
        names = [m.group(g) for g in ("a", "b")]
        if all(" ".join(n.split()).lower() in _surnames() for n in names):
            for g in ("a", "b"):
                name = canonical(m.group(g))
                found.append(Match("person", m.start(g), m.end(g), name, "kamerlid"))
    return found
