"""Persons17: a minister's or state secretary's surname alone (the people list's bewindspersonen)
is that person where it is a name and nothing else; near misses beside the matches."""

from __future__ import annotations

import pytest

from services.enrich.entities import cabinet
from tests.unit.enrich.found import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kent u de column «Het dilemma van Schoof» in de krant van vandaag?", "Schoof"),
        ("Onderwerp: overleg Grapperhaus over de begroting", "Grapperhaus"),
        ("Beantwoord door Ollongren\nOnderwerpen wonen", "Ollongren"),
        ("het gesprek tussen Koenders en de ambassadeur", "Koenders"),
        ("de nota van De Jonge over de coronawet", "De Jonge"),
    ],
)
def test_a_cabinet_members_surname_alone(text: str, name: str) -> None:
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence's first word, or the document prints it as a word
        "Helder is dat het plan niet doorgaat.",
        "Het advies is helder en de keuze is aan Helder zelf.",
        # someone else's full name, or a longer name
        "Het bureau Kuipers Transport werd gebeld.",
        "Zij sprak met J. Koenders over de zaak.",
        "De winnaar van de Alfred Nobel penning.",
        # too short, a given name, an office, or a listed place
        "het gesprek met Kamp over de zaak",
        "de brief van de Dijkgraaf over het peil",
        "de veerdienst naar Den Helder vaart weer",
    ],
)
def test_near_misses_of_a_surname_alone(text: str) -> None:
    assert people(text) == []


def test_which_surnames_are_sought() -> None:
    sought = cabinet.surnames()
    assert {"Schoof", "Grapperhaus", "De Jonge", "Van der Wal-Zeggelink"} <= sought
    # four letters or fewer, a given name ('Mariëlle Paul'), an office word: not sought
    assert not {"Kamp", "Blok", "Kaag", "Paul", "Dijkgraaf"} & sought
