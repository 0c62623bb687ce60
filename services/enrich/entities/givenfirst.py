"""A person printed by given name, initials and surname: 'dr. Ronald H.A. Plasterk', 'Mark R.
Rutte', 'Anna B. de Vries' (letters64).

The initials rules (signatures.py) read 'H.A. Plasterk' and leave the given name out; one initial
after a given name ('Mark R. Rutte') no rule read. Here the whole name is one person where the word
before the initials is a given name (attendees.given_names(): the sourced list and the listed
people's first names), so a capitalised word that is none ('Volgens', 'Minister', a place) stays
out, and the surname may be one (no office, body's head, street, or a body or place the gazetteer
lists). A listed person whose first name, or whose initials, the printed name bears ('Ronald' of
'Ronald Plasterk'; 'R.H.A.' of 'R.H.A. Plasterk') is its canonical, as the other forms link.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from services.enrich.data import rows
from services.enrich.entities import attendees, titled
from services.enrich.entities.gazetteer import Match, automaton

_UP: Final = "A-ZÀ-ÖØ-ÞĀ-Ž"  # attendees.py's letter classes
_LOW: Final = "a-zß-öø-ÿā-ž"
_WORD: Final = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_PARTICLE: Final = (
    r"(?:van[ \u00a0]+(?:der|den|de|het|'t)|van|de|den|der|ter|ten|te|in[ \u00a0]+'t|von)"
)
# An initial after a space, found by its dot and the initial and space looked back at; the given
# name is looked back at from that space. (Led by the space, every space of a text was tried; led
# by the capital, every character was tested against its class (throughput35); led by the dot,
# one character is compared and the rest tried at dots alone: throughput38.)
_INITIAL_DOT: Final = re.compile(r"\.(?:(?<=[ \u00a0][A-Z]\.)|(?<=[ \u00a0](?:IJ|Th)\.))")


def _initial_spaces(text: str) -> Iterator[int]:
    """The space before each initial ('IJ.', 'Th.', 'A.') a space precedes, in order: one
    before each start of throughput35's pattern, the capital-led one (tests/unit/enrich/
    test_throughput38.py)."""
    for dot in _INITIAL_DOT.finditer(text):
        at = dot.start()
        yield at - 2 if text[at - 2] in " \u00a0" else at - 3


_GIVEN_BEFORE: Final = re.compile(rf"(?<![\w.\-/@'‘\"“]){_WORD}\Z")
_INITIAL_BEFORE: Final = re.compile(r"(?<![\w.])(?:IJ|Th|[A-Z])\.[ \u00a0]+\Z")
_SHAPE: Final = re.compile(
    rf"(?P<given>{_WORD})[ \u00a0](?P<ini>(?:(?:IJ|Th|[A-Z])\.[ \u00a0]?){{1,4}})"
    rf"(?:(?P<particle>{_PARTICLE})[ \u00a0]+)?(?P<surname>{_WORD})(?![\w\-]|\.\w)"
)
# Legal forms and country codes in the initials' shape: 'Philips N.V. Eindhoven' names no one.
_FORMS: Final = frozenset(
    {"N.V.", "B.V.", "V.S.", "U.S.", "E.U.", "C.V.", "V.O.F.", "U.K.", "S.A."}
)


@cache
def _listed() -> dict[str, list[tuple[str, str, str]]]:
    """The listed people by the name after their first name or initials ('plasterk', 'de vries'),
    each with its canonical, first name and the initials a variant prints ('R.H.A.')."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in rows("people.tsv"):
        first, _, rest = row["canonical"].partition(" ")
        if not rest or "." in first:
            continue
        own = ""  # the initials a variant prints before the same surname: 'R.H.A.' Plasterk
        for variant in filter(None, row["variants"].split("|")):
            initials, _, tail = variant.partition(" ")
            if tail and initials.endswith("."):
                out.setdefault(tail.lower(), []).append((row["canonical"], "", initials))
                own = initials if tail == rest else own
        out.setdefault(rest.lower(), []).append((row["canonical"], first, own))
    return out


def _linked(given: str, initials: str, rest: str) -> str | None:
    """The one listed person the printed name is: by the initials the given name's first letter
    and the printed initials spell ('Jan P. Balkenende': J.P. Balkenende), or by its first name
    where its listed initials agree."""
    spelled = given[0] + "." + "".join(initials.split())
    found = {
        canonical
        for canonical, first, listed in _listed().get(rest.lower(), ())
        if listed == spelled
        # by first name, unless the listed initials say otherwise ('Aukje B.' is no 'A.C.')
        or (first == given and (spelled.startswith(listed) or listed.startswith(spelled)))
    }
    return found.pop() if len(found) == 1 else None


def find(text: str) -> Iterator[Match]:
    given = attendees.given_names()
    for space in _initial_spaces(text):
        word = _GIVEN_BEFORE.search(text, max(0, space - 30), space)
        if word is None or word.group() not in given:
            continue
        if _INITIAL_BEFORE.search(text, max(0, word.start() - 4), word.start()):
            continue  # 'drs. K. Prins J.W. Mulder': a surname, then the next person's initials
        m = _SHAPE.match(text, word.start())
        if m is None:
            continue
        initials = m.group("ini").strip()
        if initials.replace(" ", "") in _FORMS:
            continue
        surname = m.group("surname")
        if not attendees.surname_word(surname) or automaton().exists(surname):
            continue
        rest = " ".join(p for p in (m.group("particle"), surname) if p)
        rest = " ".join(rest.split())
        canonical = _linked(m.group("given"), initials, rest)
        if canonical is None:
            found = titled.person(text, m.start(), m.end())
            if found is None or (found.start, found.end) != (m.start(), m.end()):
                continue
            canonical = found.canonical
        yield Match("person", m.start(), m.end(), canonical)
