"""A person's role in apposition names the body they serve: 'Ruud van den Boom, directeur van
Woonkwartier', 'A. van den Berg, voorzitter Rfv', 'P. Jansen, directeur-bestuurder Woonlinie',
'Ilonka de Haan, voorzitter van het bestuur van Buddy-to-buddy'.

After a person's name, a comma and a role word ('voorzitter', 'directeur', 'oprichter', ...), the
capitalised words that follow (with 'van', 'van het bestuur van' between) are a body, not a
second person: the title rule read 'voorzitter Rob' as a person named Rob. The body is taken
when it is no listed place (a mayor's 'burgemeester van Utrecht' is no role here: offices of
places are left out of the roles) and no listed person.

The name before the comma is a person found otherwise, or a given name, a lower-case particle
and a surname ('Armijn van Roon, oprichter van ...'): that shape and the role after it say
together that it names a person, whatever the given name.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import titled
from services.enrich.entities.gazetteer import Match, automaton

_ROLE: Final = (
    r"(?:voorzitter|directeur(?:-bestuurder)?|adjunct-directeur|bestuurder|bestuursvoorzitter|"
    r"bestuurdersvoorzitter|oprichter|medeoprichter|initiatiefnemer|secretaris|penningmeester|"
    r"woordvoerder|eigenaar|co[öo]rdinator|projectleider|campagneleider|campagnevoerder|"
    r"lobbyist)"
)
_S: Final = r"[ \t\u00a0]+"
_NAME_WORD: Final = r"[A-ZÀ-ÖØ-Þ][\w&'’+]*(?:[.-][\w&'’+]+)*"
_BODY: Final = rf"{_NAME_WORD}(?:{_S}(?:(?:van|de|der|den|des|voor){_S})*{_NAME_WORD}){{0,3}}"
# Searched from the comma (a literal), the role word and its body after it.
_APPOSITION: Final = re.compile(
    rf",{_S}(?:de{_S})?{_ROLE}(?P<of>{_S}van(?:{_S}het{_S}bestuur{_S}van)?(?:{_S}(?:de|het))?)?"
    rf"{_S}(?P<body>{_BODY})(?![\w-])"
)
# Initials opening the words after the role: a person ('voorzitter B. Kramer'), no body.
_INITIAL: Final = re.compile(r"[A-Z][a-z]?\.")
# A given name, a lower-case particle and a surname right before the comma.
_GIVEN_PARTICLE_NAME: Final = re.compile(
    r"(?<![\w.’'-])[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+[ \t\u00a0]+"
    r"(?:van[ \t\u00a0]+(?:der|den|de)|van|de|der|den|ter|ten|te)[ \t\u00a0]+"
    r"[A-ZÀ-ÖØ-Þ][\w’'-]+$"
)
# What may stand between a person found and the comma: the rest of a double surname ('Slot').
# Or a given name and a surname, where the role is held 'van' a listed body: 'Ike Teuling,
# campagneleider van Milieudefensie' (the role and the known body say that it names a person).
_GIVEN_NAME: Final = re.compile(
    r"(?<![\w.’'-])[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+[ \t\u00a0]+[A-ZÀ-ÖØ-Þ][a-zà-ÿ’'-]+$"
)
_REST_OF_NAME: Final = re.compile(r"(?:[ \t\u00a0]+[A-ZÀ-ÖØ-Þ][\w’'-]+)?")
_LOOK_BACK: Final = 60
# A place's adjective before the kind it qualifies is no body's name: 'de Rotterdamse
# woningcorporatie', 'de Tilburgse woningstichting'; the name follows the kind word.
_PLACE_ADJECTIVE: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:se|sche)")
_LOWER_NEXT: Final = re.compile(r"[ \t\u00a0]+[a-zà-ÿ]")


def find(text: str, people: list[Match]) -> tuple[list[Match], list[Match], set[tuple[int, int]]]:
    """(persons named before a role, bodies named after it, spans of persons that are bodies)."""
    persons: list[Match] = []
    bodies: list[Match] = []
    not_persons: set[tuple[int, int]] = set()
    if ", " not in text:
        return persons, bodies, not_persons
    ends = {p.end: p for p in people if p.type == "person"}
    for m in _APPOSITION.finditer(text):
        comma = m.start()
        if _INITIAL.match(text, m.start("body")):
            continue
        # Without 'van' the role may title the next of a list of persons ('directeur-generaal
        # Smeets, projectleider Bakker'): then the person before the comma must be named in full
        # (initials or a given name), as an apposition's is.
        full = m.group("of") is not None
        anchored = any(
            _REST_OF_NAME.fullmatch(text, e, comma) and (full or " " in ends[e].canonical)
            for e in _near(ends, comma)
        )
        if not anchored:
            shaped = _GIVEN_PARTICLE_NAME.search(text, max(0, comma - _LOOK_BACK), comma)
            if shaped is None and full and _listed_body(text, m):
                shaped = _GIVEN_NAME.search(text, max(0, comma - _LOOK_BACK), comma)
            if shaped is None:
                continue
            person = titled.person(text, shaped.start(), comma)
            if person is None:
                continue
            persons.append(person)
        start, end = m.span("body")
        name = " ".join(text[start:end].split())
        known = automaton().get(name, None)
        if known is not None and known[1].type in ("location", "person"):
            continue
        if name.split()[0] in titled.NOT_NAMES:
            continue
        if _PLACE_ADJECTIVE.fullmatch(name) and _LOWER_NEXT.match(text, end):
            continue  # 'directeur van de Rotterdamse woningcorporatie Havensteder' (names45)
        bodies.append(Match("organization", start, end, name))
        not_persons.update((p.start, p.end) for p in people if start <= p.start and p.end <= end)
    persons += _before_an_office(text, ends)
    return persons, bodies, not_persons


def _listed_body(text: str, m: re.Match[str]) -> bool:
    known = automaton().get(" ".join(m.group("body").split()), None)
    return known is not None and known[1].type == "organization"


# An office of a place in apposition: 'Froukje de Jonge, wethouder Werk en inkomen, ...'. It
# names no body (what follows is a portfolio or a place), but it says the name before it is a
# person's, as a role does.
_OFFICE: Final = re.compile(
    rf",{_S}(?:de{_S})?(?:wethouder|burgemeester|gedeputeerde|raadslid|statenlid|dijkgraaf|"
    r"heemraad|loco-burgemeester|locoburgemeester)(?![\w-])"
)


def _before_an_office(text: str, ends: dict[int, Match]) -> list[Match]:
    found = []
    for m in _OFFICE.finditer(text):
        comma = m.start()
        if any(_REST_OF_NAME.fullmatch(text, e, comma) for e in _near(ends, comma)):
            continue  # found already
        shaped = _GIVEN_PARTICLE_NAME.search(text, max(0, comma - _LOOK_BACK), comma)
        if shaped is None:
            continue
        person = titled.person(text, shaped.start(), comma)
        if person is not None:
            found.append(person)
    return found


def _near(ends: dict[int, Match], comma: int) -> list[int]:
    return [e for e in ends if comma - 30 <= e <= comma]
