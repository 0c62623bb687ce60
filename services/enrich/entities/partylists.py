"""Lists a phrase announces, read in kindlists.py's one pass over the text (no pass of their own).

Parties to something: 'ondertekend door VNG, IPO en Stichting Lezen', 'samen met de VNG, Pharos
en Movisie', 'in samenwerking met ...', 'namens VNO-NCW, MKB-Nederland en LTO Nederland'. The
phrase says what the members are to the paper, not what they are: people sign, come along and
speak on someone's behalf as often as bodies. So a list is read only when one member is known as a
body (kindlists' `_a_body_among`) and none looks like a person: initials, a given name the lists
know, an office ('Minister', 'Wethouder'). Its other members are then bodies, as after a plural
kind word.

People with their bodies: 'de dames Boribon (Belgische Vereniging van Dagbladuitgevers), Corman
(Verbrauchersschutz Zentrale Ostbelgien) en Culot (C.S.C.)', 'de heren Andries (Bestuur
Economische Inspectie), Ducart (O.I.V.O.)': advisory opinions and hearings list their experts so.
Each item is a surname (particles allowed) and, in brackets, where that person comes from. At
least two such items make the list; a bracket that holds a lower-case word, a party or a place
names no body, and one that holds a role names the body after its 'bij' ('Advokaat-generaal bij
het Hof van Beroep van Gent').

A member of two words that a particle opens ('De Jong') may be a surname: its list is not read.

A law's abbreviation is no party ('VNG, IPO en de Wmo', 'de WTMO'): a member the lists know as a
law, or an unknown abbreviation shaped like a Dutch law's ('Wtmo', 'Wkkgz': 'W' for 'Wet' and two
to five lower-case letters) is left out of every list kindlists reads. An abbreviation in capitals
is a body's as often ('WPBL', 'WODC'): abbreviations.py drops it only where the document defines
it after a law's title ('de Wet ... (WTMO)').
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.attendees import given_names
from services.enrich.entities.gazetteer import Match, automaton

ANNOUNCING: Final = (
    "samen met",
    "Samen met",
    "samenwerking met",
    "ondertekend door",
    "getekend door",
    "namens",
    "Namens",
)  # fmt: skip
GENTLEMEN: Final = ("de heren", "de dames", "De heren", "De dames")
_SP: Final = r"[ \t\u00a0]"
# After the phrase: an optional colon, then the first member (its article allowed).
AFTER_ANNOUNCING: Final = re.compile(
    rf"{_SP}*:?(?:{_SP}|\n)+(?=(?:(?:de|het){_SP}+)?[A-Z0-9À-Þ])"
)  # fmt: skip
AFTER_GENTLEMEN: Final = re.compile(rf"{_SP}+(?=[A-Z]|(?:van|de|du|le|la|ten|ter){_SP}+[A-Z])")

_OFFICES: Final = frozenset(
    {
        "Minister", "Staatssecretaris", "Burgemeester", "Wethouder", "Gedeputeerde",
        "Commissaris", "Voorzitter", "Directeur", "Mevrouw", "Meneer", "Dhr", "Mw", "Heer",
    }
)  # fmt: skip
_INITIAL: Final = re.compile(r"[A-Z][a-z]?\.")
_SURNAME_PARTICLES: Final = frozenset({"De", "Van", "Den", "Der", "Ter", "Ten", "Te", "Du", "Le"})
# 'W' for 'Wet', then two to five lower-case letters with one vowel at most ('Wmo', 'Wlz', 'Wtmo',
# 'Wkkgz', 'Was'); a body's short name has more ('Wonion').
_LAW_SHAPE: Final = re.compile(r"W(?=[a-z]{2,5}$)[b-df-hj-np-tv-z]*[aeiou]?[b-df-hj-np-tv-z]*")


def _word_start(text: str, last: int, phrase_length: int) -> bool:
    start = last - phrase_length + 1
    return start == 0 or not text[start - 1].isalnum()


def bodies_only(text: str, last: int, members: list[tuple[int, int]]) -> bool:
    """The announcing phrase stands as words of its own and no member looks like a person."""
    phrase = next(p for p in ANNOUNCING if text.endswith(p, 0, last + 1))
    if not _word_start(text, last, len(phrase)):
        return False  # 'bijeenkomsten samen met' is fine, 'Verzamen met' is no phrase
    names = given_names()
    for start, end in members:
        words = text[start:end].split()
        if _INITIAL.match(words[0]) or words[0] in names or words[0].rstrip(".") in _OFFICES:
            return False
        if len(words) == 2 and words[0] in _SURNAME_PARTICLES:
            return False  # 'De Jong', 'Van Dijk': a surname as often as a body ('De Hoop')
        known = automaton().get(" ".join(words), None)
        if known is not None and known[1].type == "person":
            return False
    return True


def a_law(name: str) -> bool:
    """A law's name or abbreviation, as the lists have it or by its shape."""
    known = automaton().get(name, None)
    if known is not None:
        return known[1].type == "law"
    return _LAW_SHAPE.fullmatch(name) is not None


_SURNAME: Final = (
    rf"(?:(?:[Vv]an|[Dd]e[nr]?|[Dd]u|[Ll][ea]|[Tt]e[nr]|het|'t){_SP}+){{0,3}}[A-Z][\w'’-]+"
)
_ITEM: Final = re.compile(
    rf"(?P<surname>{_SURNAME}){_SP}*\((?P<body>[^()\n]{{2,90}})\)"
    rf"(?P<sep>{_SP}*,{_SP}*(?:en{_SP}+)?|{_SP}+en{_SP}+)?"
)
_ROLE_AT: Final = re.compile(rf"{_SP}(?:bij|te){_SP}")
_AT_BODY: Final = re.compile(rf"{_SP}bij{_SP}+(?:(?:de|het){_SP}+)?(?=[A-Z])")
_MOST: Final = 24


def people_and_bodies(text: str, last: int, pos: int) -> list[Match]:
    """The surnames after 'de heren' / 'de dames' and the bodies in their brackets."""
    if not _word_start(text, last, len("de heren")):
        return []
    items: list[re.Match[str]] = []
    while len(items) < _MOST:
        m = _ITEM.match(text, pos)
        if m is None:
            break
        items.append(m)
        if not m.group("sep"):
            break
        pos = m.end()
    if len(items) < 2:
        return []
    out: list[Match] = []
    for m in items:
        surname = " ".join(m.group("surname").split())
        out.append(Match("person", m.start("surname"), m.end("surname"), surname))
        body = _body(m)
        if body is not None:
            out.append(body)
    return out


def _body(item: re.Match[str]) -> Match | None:
    inside = item.group("body")
    name = inside.strip()
    start = item.start("body") + inside.index(name)
    role = _ROLE_AT.search(name)
    if role is not None:
        # 'Advokaat-generaal bij het Hof van Beroep van Gent': the body after the role's 'bij'
        at = _AT_BODY.match(name, role.start())
        if at is None:
            return None
        start, name = start + at.end(), name[at.end() :]
    if not name[:1].isupper() or len(name.split()) > 8:
        return None
    known = automaton().get(name, None)
    if known is not None and known[1].type != "organization":
        return None  # a party, a place
    canonical = known[1].canonical if known is not None else name
    return Match("organization", start, start + len(name), canonical)
