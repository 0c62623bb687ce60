"""A person printed by initials, the given name in brackets, and the surname: 'A.L.E. (Alfred)
Arbouw', 'Ing. D.G. (Derk) Boswijk', 'R. (Raymond) de Roon' (the Kamers' pages list their members
so, a party after the name; persons69).

The shape is a person's alone: initials, then a bracket holding one capitalised word the given-name
list knows, or one no list and no lexicon holds ('(Lauryan)'; names44), then a surname (a particle
allowed). A bracket after initials that holds anything else ('A.B. (red.) Jansen', 'J. (VVD)
Smit', 'J. (Wonen) Smit') is left alone, and so is a surname the gazetteer lists
as a body or place. The canonical is the given name and the surname ('Alfred Arbouw'), as the
people list spells its members.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.entities import attendees, lexicon
from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.entities.persons import NAME_WORD, canonical
from services.enrich.words import read

_SHAPE: Final = re.compile(
    r"(?<![\w.])(?P<ini>(?:(?:IJ|Th|[A-Z])\.[ \u00a0]?){1,5})[ \u00a0]*"
    r"\((?P<given>[A-Z][a-zà-ÿ]+)\)"
    r"[ \u00a0]+(?P<name>(?:(?:van[ \u00a0]+(?:der|den|de)|van|de|der|den|ter|ten|te)[ \u00a0]+"
    # a capital particle opens the surname too, a second word may follow it: 'mr. J.G. (Jaap) De
    # Hoop Scheffer' (persons79; not 'Jaap De')
    r"|(?P<cap>(?:Van[ \u00a0]+(?:der|den|de)|Van|De|Der|Den|Ter|Ten|Te))[ \u00a0]+)?"
    # (a second word no next person's initial: 'M.M. (Maaike) van Elteren A.M. (André) Maaskant')
    rf"(?P<surname>{NAME_WORD})(?:[ \u00a0](?P<second>{NAME_WORD})(?![\w.-]))?)(?![\w-])"
)


def _given_ok(word: str, given: frozenset[str]) -> bool:
    """A listed given name, or one no list holds in the shape's own place ('Drs. A.L. (Lauryan)
    Bakker', a report's colophon; names44): no word the gazetteer holds (a party, a body, a place)
    and no common Dutch word ('A. (Wonen) Smit' is none)."""
    if word in given:
        return True
    return len(word) >= 3 and not automaton().exists(word) and not lexicon.common_word(word)


# The words `find` asks a text for, read in words.py's one pass over it (a set's test each, not
# a substring test each over the text: enspeed48).
CUES: Final = frozenset({".) ", ". (", ".("})


def find(text: str) -> Iterator[Match]:
    if read(text).cues.isdisjoint(CUES):
        return
    given = attendees.given_names()
    for m in _SHAPE.finditer(text):
        if not _given_ok(m.group("given"), given) or automaton().exists(m.group("surname")):
            continue
        end = m.end("name")
        second = m.group("second")
        if second is not None and (
            m.group("cap") is None or second in given or automaton().exists(second)
        ):
            end = m.end("surname")  # a second word only after a capital particle, no name or place
        name = canonical(f"{m.group('given')} {text[m.start('name') : end]}")
        yield Match("person", m.start("ini"), end, name)
