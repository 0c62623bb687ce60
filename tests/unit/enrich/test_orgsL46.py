"""orgsL46 (issue #12, point 4): organisations in letters to parliament and answers.

Classes read off orgsL46's blind set L: (1) the Kamer's former 'algemene commissies' keep their
word and are no vaste commissie ('De Algemene commissie voor Volksgezondheid, Welzijn en Sport',
'de algemene commissie voor de Rijksuitgaven'); (2) a meeting of the Kamer spelled out before its
abbreviation is no body ('het Wetgevingsoverleg (WGO) Water'), where 'Interprovinciaal Overleg
(IPO)' stays one; (3) the arts' and the technical universities' umbrella bodies named bare
('Kunsten ’92', '4TU'); (4) a clinic named as a hospital is ('de Sint Maartenskliniek'), also
after its organ ('de Raad van Bestuur van de Sint Maartenskliniek'). Texts our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies


@pytest.mark.parametrize(
    ("text", "printed", "name"),
    [
        (
            "De Algemene commissie voor Volksgezondheid, Welzijn en Sport heeft over het rapport "
            "vragen gesteld.",
            "Algemene commissie voor Volksgezondheid, Welzijn en Sport",
            "Algemene commissie voor Volksgezondheid, Welzijn en Sport",
        ),
        (
            "De algemene commissie voor de Rijksuitgaven legde vragen voor aan de Rekenkamer.",
            "algemene commissie voor de Rijksuitgaven",
            "Commissie voor de Rijksuitgaven",
        ),
    ],
)
def test_general_committee_keeps_its_word(text: str, printed: str, name: str) -> None:
    assert bodies(text).get(printed) == name


def test_vaste_commissie_unchanged() -> None:
    found = bodies("De vaste commissie voor Economische Zaken heeft overleg gevoerd.")
    assert found == {
        "vaste commissie voor Economische Zaken": "Vaste commissie voor Economische Zaken"
    }


def test_algemene_zaken_is_no_general_committee() -> None:
    # the word before a committee belongs to it only right before it
    found = bodies("Over algemene zaken sprak de commissie voor Financiën.")
    assert found.get("commissie voor Financiën") == "Vaste commissie voor Financiën"


def test_meeting_of_the_kamer_is_no_body() -> None:
    found = bodies(
        "De Kamer wordt voor het Wetgevingsoverleg (WGO) Water geïnformeerd, en het "
        "Notaoverleg (NO) volgt."
    )
    assert "WGO" not in found and "Wetgevingsoverleg" not in found.values()
    assert "NO" not in found


def test_an_overleg_that_is_a_body_stays() -> None:
    found = bodies("Het Interprovinciaal Overleg (IPO) en de VNG schreven de minister.")
    assert found.get("IPO") == "Interprovinciaal Overleg"


@pytest.mark.parametrize(
    ("text", "printed", "name"),
    [
        (
            "Ik sprak met de Raad voor Cultuur, Kunsten ’92 en de Federatie Cultuur.",
            "Kunsten ’92",
            "Kunsten '92",
        ),
        ("Ook Kunsten '92 reageerde op de plannen.", "Kunsten '92", "Kunsten '92"),
        (
            "De regering overlegt met de VSNU en het samenwerkingsverband 4TU over de capaciteit.",
            "4TU",
            "4TU.Federatie",
        ),
    ],
)
def test_umbrella_bodies_named_bare(text: str, printed: str, name: str) -> None:
    assert bodies(text).get(printed) == name


def test_a_number_alone_is_no_arts_body() -> None:
    # 'Kunsten' with another year, and a bare '92', are nothing of the kind
    found = bodies("De kunsten in 1992 en artikel 92 van de wet.")
    assert not found


def test_clinic_named_as_hospital() -> None:
    found = bodies(
        "Mark van Houdenhoven, voorzitter van de Raad van Bestuur van de Sint Maartenskliniek, "
        "reageerde."
    )
    assert found.get("Sint Maartenskliniek") == "Sint Maartenskliniek"


def test_clinic_word_alone_is_no_body() -> None:
    found = bodies("De polikliniek is open. Polikliniek en dagkliniek blijven dicht.")
    assert not found


def test_body_after_its_organ() -> None:
    # the organ opens the capitalised run; the body after 'van de' is still named
    found = bodies("De voorzitter van de Raad van Bestuur van de Sint Maartenskliniek reageerde.")
    assert found.get("Sint Maartenskliniek") == "Sint Maartenskliniek"


def test_organ_before_an_address_stays_none() -> None:
    assert not bodies("Raad van Bestuur Loosdrechtse Bos")
