"""Issue #12, session 50 (speed50): more finders' substring scans read from words.py's one pass.

Each gate word a finder now asks of the cue set must be a key of words.py's automaton (a word
not among them would read as absent and the finder would find nothing), and each finder must give
what it gave when its gate was a substring test: here with the cue set words.py's pass makes and
with one made by substring tests of every cue word, on texts it finds something in and on near
misses (the gate word cut, or absent)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from services.enrich import words
from services.enrich.entities import (
    committees,
    companies,
    kamergroups,
    orglists,
    orgnames,
    roles,
    signatures,
    speakers,
    taxoffice,
    titled,
    writers,
)
from services.enrich.references import parliamentary, shorthand


def _all_cues() -> frozenset[str]:
    return frozenset().union(*(keys for bit, keys in words._tables() if bit == words.CUE))


_GATES: list[tuple[str, Iterable[str]]] = [
    ("signatures office stems", signatures._OFFICE_STEMS),
    ("signatures colon stems", signatures._COLON_STEMS),
    ("writers", writers.CUES),
    ("committees", committees.CUES),
    ("companies former", companies._FORMER_CUES),
    ("companies example hints", companies._EXAMPLE_HINTS),
    ("speakers", speakers.CUES),
    ("taxoffice", taxoffice.CUES),
    ("orglists", orglists.CUES),
    ("kamergroups", kamergroups.CUES),
    ("roles commissioner", {"ommissaris voor"}),
    ("parliamentary session", {"itting"}),
    ("shorthand assigned", {"krijgt"}),
    ("titled cabinet", titled._CABINET_APPOSED),
    ("orgnames one-word hints", orgnames.HINT_CUES),
]


@pytest.mark.parametrize(("name", "gate"), _GATES, ids=[n for n, _ in _GATES])
def test_every_gate_word_is_a_cue(name: str, gate: Iterable[str]) -> None:
    missing = set(gate) - _all_cues()
    assert not missing, (name, sorted(missing))


_Finder = Callable[[str], list[object]]
_FINDERS: dict[str, _Finder] = {
    "signatures": lambda t: list(signatures.find(t)),
    "writers": lambda t: list(writers.find(t)),
    "committees.find": lambda t: list(committees.find(t)),
    "committees.chairs": lambda t: list(committees.chairs(t)),
    "companies.former": lambda t: list(companies.former(t)),
    "companies.find": lambda t: list(companies.find(t)),
    "speakers": lambda t: list(speakers.find(t)),
    "taxoffice": lambda t: list(taxoffice.find(t, [])),
    "orglists": lambda t: list(orglists.find(t, [])),
    "roles": lambda t: list(roles.find(t)),
    "parliamentary": lambda t: list(parliamentary.find(t)),
    "shorthand": lambda t: list(shorthand.find(t)),
    "titled": lambda t: list(titled.find(t)),
    "orgnames": lambda t: list(orgnames.find(t)),
}

# Texts each gated scan finds something in (short passages of the families' own phrasings).
_FOUND = [
    ("signatures", "Gedeputeerde Staten, voorzitter, A.P. Heidema secretaris, N. Versteeg"),
    ("signatures", "De burgemeester,\nJ. van Zanen"),
    ("signatures", "Voorzitter: J. de Vries\nGriffier: P. Jansen"),
    ("writers", "Kent u het artikel «Fondsen onder druk» van B. de Wit in Rente Vandaag?"),
    ("writers", 'Kent u het bericht "Boeren boos" van Jan Smit in de Dorpsbode?'),
    ("committees.find", "de vaste commissie voor Financiën (FIN) heeft besloten"),
    ("committees.chairs", "het Aanjaagteam onder leiding van Roemer1 (hierna: Aanjaagteam Roemer)"),
    ("companies.former", "het voormalige Hoogovens en de vroegere Staatsmijnen"),
    ("companies.find", "verzekeraars (zoals Promovendum) en banken, waaronder Rabobank."),
    ("speakers", "Inbreng Van der Staaij notaoverleg Defensie\nVoorzitter."),
    ("speakers", "Bijdrage Ouwehand AO Landbouw- en Visserijraad\n\nVoorzitter, de visserij"),
    ("taxoffice", "Volgende stap: ook gegevensdeling BD en DUO voor niet-gebruik."),
    ("orglists", "De brief is namens ZKV en LFB gestuurd."),
    ("roles", "Eurocommissaris voor Klimaat Frans Timmermans sprak."),
    ("parliamentary", "Kamerstukken II, zitting 1975-1976, 13 872, nr. 3"),
    ("shorthand", "Het amendement krijgt nr. 12 (36 123)."),
    ("titled", "Namens het kabinet: Keijzer, Minister van Economische Zaken"),
    ("orgnames", "De Zorgverzekeraarsalliantie en de Bouwcoalitie spraken met ons."),
]  # fmt: skip

# Near misses: the gate word cut or absent, and the everyday neighbours of a find (a phone
# number, an amount, a date, a postcode, a street, a heading): nothing, as with a substring test.
_CLEAN = [
    ("signatures", "De secretaris-generaal belde 070-1234567 op 3 maart 2024."),
    ("signatures", "Voorzitterschap van de EU, 1e helft 2024"),
    ("writers", "Kent u het artikel «Fondsen onder druk» van 3 maart 2024?"),
    ("writers", "«Fondsen onder druk» in Rente Vandaag"),
    ("committees.find", "De commisie (sic) vergaderde op 12 mei 2024 aan de Lange Poten 4."),
    ("committees.chairs", "onder meer Jansen en Roemer, € 1.250,00"),
    ("companies.former", "de voormalig directeur van Hoogovens, 2511 CV Den Haag"),
    ("companies.find", "zoals gezegd, 3 maart 2024, Postbus 20011"),
    ("speakers", "bijdragen van de leden; inbreng 1 juni 2024"),
    ("taxoffice", "BDO en DUO, tel. 088-1234567"),
    ("orglists", "De brief is gestuurd door ZKV en LFB op 1 mei."),
    ("roles", "Eurocommissaris Timmermans sprak; commissaris van de Koning"),
    ("parliamentary", "De zitting van 1975-1976 begon om 10.00 uur, zaal 2."),
    ("shorthand", "Het amendement krijgt steun; nr. 12 volgt op 3 maart."),
    ("titled", "Keijzer; minister van Economische Zaken, 070-3798911"),
    ("orgnames", "De alliantie en de coalitie spraken op 4 april 2024 aan de Bondsstraat 3."),
]  # fmt: skip


def _by_substrings(text: str) -> words.Words:
    """words.read as the old gates saw it: each cue word by its own substring test."""
    seen = words._pass(text)
    cues = frozenset(c for c in _all_cues() if c in text)
    return words.Words(
        seen.kinds, seen.kind_lists, seen.companies, seen.title_stems, seen.org_cues, cues,
        seen.asked,
    )  # fmt: skip


def _found(finder: str, text: str, read: Callable[[str], words.Words]) -> list[object]:
    words.forget()
    words._READ[text] = read(text)
    try:
        return _FINDERS[finder](text)
    finally:
        words.forget()


@pytest.mark.parametrize(("finder", "text"), _FOUND)
def test_finds_as_with_substring_tests(finder: str, text: str) -> None:
    found = _found(finder, text, words._pass)
    assert found, (finder, text)
    assert found == _found(finder, text, _by_substrings)


@pytest.mark.parametrize(("finder", "text"), _CLEAN)
def test_near_misses_stay_clean(finder: str, text: str) -> None:
    assert _found(finder, text, words._pass) == []
    assert _found(finder, text, _by_substrings) == []
