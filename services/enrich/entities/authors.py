"""Authors a footnote cites the way a bibliography prints them: 'Torenvlied, R. et al., 1 december
2023, Leren van ...', 'Jansen, K.J. (2021)'.

Surname, comma, initials, then 'et al.' or a year in parentheses: that is a citation's author, not
a place or a body ('Den Haag, 3 april' has no initials, 'Utrecht, A. (2020)' names a place the
lists know and is left alone).

A report's first author before 'e.a.' or 'et al', in a person's full shape: a given name and a
surname ('Elianne Zijlstra e.a.'), initials and a surname ('J. de Wit e.a.') or a capitalised
particle and a surname ('Van Bruggen e.a.'). A single word ('Deloitte e.a.', 'gemeenten e.a.') and
a name the lists hold ('Rabobank Utrecht e.a.') are left alone.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities.gazetteer import Match, automaton
from services.enrich.words import read

_AUTHOR: Final = re.compile(
    r"(?<![\w-])(?P<sur>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er)\s+){0,2}[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+),"
    r"[ \t]+(?P<ini>(?:[A-Z]\.){1,4})[ \t]*(?:et[ \t]+al\.|\(\d{4}\))"
)


_NAME_CHAR: Final = "a-zà-öø-ÿ'’"
_PARTICLE: Final = r"(?:van[ \t]+der|van[ \t]+den|van[ \t]+de|van|de|der|den|ter|ten|te)[ \t]+"
_PARTICLE_CAP: Final = r"(?:Van[ \t]+der|Van[ \t]+den|Van[ \t]+de|Van|De|Den|Der|Ter|Ten|Te)[ \t]+"
_SURNAME: Final = rf"[A-ZÀ-ÖØ-Þ][{_NAME_CHAR}]+(?:-[A-ZÀ-ÖØ-Þ][{_NAME_CHAR}]+)?"
_FIRST_AUTHOR: Final = re.compile(
    rf"(?<![\w-])(?P<name>(?:(?P<given>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{{2,}})[ \t]+(?:{_PARTICLE})?"
    rf"|(?:[A-Z]\.){{1,4}}[ \t]*(?:{_PARTICLE})?|{_PARTICLE_CAP}){_SURNAME})[ \t]+$"
)
_ET_AL: Final = re.compile(r"e\.a\.|et[ \t]+al(?![\w])")
_CAPITALISED_BEFORE: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*[ \t]+$")
_REACH: Final = 60  # a given name, particles and a surname before the marker
# Words that open a sentence or name a kind, where a given name would stand.
_NOT_GIVEN_WORDS: Final = (
    "Zie Door Met Bij Volgens Onder Naar Uit Voor Over Het Een Deze Die Dat Ook En Of "
    "Gemeente Gemeenten Provincie Stichting Vereniging Ministerie Universiteit Hogeschool "
    "Rapport Onderzoek Brief Minister Staatssecretaris Kamerlid Motie Amendement"
)
_NOT_GIVEN: Final = frozenset(_NOT_GIVEN_WORDS.split())


# The words `find` asks a text for, read in words.py's one pass over it (a set's test each, not
# a substring test each over the text: enspeed48).
CUES: Final = frozenset({"e.a.", "et al", "et al.", ". ("})


def first_authors(text: str) -> list[Match]:
    """A report's first author before 'e.a.' or 'et al' (see the module's note)."""
    cues = read(text).cues
    if "e.a." not in cues and "et al" not in cues:
        return []
    found = []
    for marker in _ET_AL.finditer(text):
        start = max(0, marker.start() - _REACH)
        m = _FIRST_AUTHOR.search(text, start, marker.start())
        if m is None:
            continue
        name = " ".join(m.group("name").split())
        given = m.group("given")
        surname = name.rsplit(" ", 1)[-1]
        if given in _NOT_GIVEN or any(automaton().exists(w) for w in (name, surname, given) if w):
            continue
        if _CAPITALISED_BEFORE.search(text, max(0, m.start("name") - _REACH), m.start("name")):
            continue  # the tail of a longer name: 'de Koninklijke Nederlandse Akademie van ...'

        found.append(Match("person", m.start("name"), m.end("name"), name))
    return found


def find(text: str) -> list[Match]:
    found = first_authors(text)
    cues = read(text).cues
    if "et al." not in cues and ". (" not in cues:
        return found
    for m in _AUTHOR.finditer(text):
        surname = m.group("sur")
        if automaton().exists(surname):
            continue
        name = f"{m.group('ini')} {surname[0].upper()}{surname[1:]}"
        found.append(Match("person", m.start(), m.end("ini"), name))
    return found
