"""Round 32 (gold32): a body named right after the word for its kind ('de zorgverzekeraars X en
Y', 'onderzoeksbureaus, te weten X, Y en Z'), and a report's first author before 'e.a.'.
Sentences of our own."""

from __future__ import annotations

import pytest

from .found import organisations, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De zorgverzekeraars DSW en Zilveren Kruis verlagen de premie.",
         ["DSW", "Zilveren Kruis"]),
        ("Het onderzoek deden de adviesbureaus Kwink, Sardes en Oberon.",
         ["Kwink", "Sardes", "Oberon"]),
        ("uitgevoerd door twee bureaus: de onderzoeksbureaus, namelijk Datawijs en Meetpunt",
         ["Datawijs", "Meetpunt"]),
        ("in gesprek met de netbeheerders\nNetzorg en Stroomlijn over de aansluitingen",
         ["Netzorg", "Stroomlijn"]),
        ("De woningcorporatie Woonkracht Noord bouwt 200 woningen.", ["Woonkracht Noord"]),
        ("volgens pensioenfonds PFNB is dat niet nodig", ["PFNB"]),
        ("met brancheorganisaties zoals Techniekwerk en Bouwkring", ["Techniekwerk", "Bouwkring"]),
    ],
)  # fmt: skip
def test_names_after_their_kind(text: str, expected: list[str]) -> None:
    found = organisations(text)
    assert all(any(e == f or e in f for f in found) for e in expected), found


@pytest.mark.parametrize(
    "text",
    [
        # places after a plural kind are where they are, not names
        "de woningcorporaties Amsterdam en Rotterdam bouwen meer",
        "de banken in Amsterdam en Utrecht",
        # a person, a sentence word, a lower-case word
        "een gesprek met de bank J. Jansen over de lening",
        "bij de bank. Daarnaast vroeg hij om uitstel",
        "de omroepen Ook en Daarnaast",
        "de vakbonden en werkgevers zijn het eens",
        # a kind word at the tail of a longer word
        "de spaarbank Friesland heeft",
        # one name after a plural kind is no list
        "de verzekeraars Achterhoek hebben",
        # a capitalised kind word inside a name, and a legal form after it
        "het Unieke Zorg Verzekeraar Nummer (UZN) op de pas",
    ],
)
def test_no_names_after_a_kind(text: str) -> None:
    assert organisations(text) == []


def test_a_legal_form_after_a_banks_name_is_no_bank() -> None:
    assert "NV" not in organisations("volgens de Noordelijke Bank NV is dat")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het rapport Anders kijken, Marloes Verbeek e.a., Utrecht 2020", ["Marloes Verbeek"]),
        ("zoals berekend door Van Dalen e.a. in 2019", ["Van Dalen"]),
        ("blijkt uit de studie van K.L. de Boer e.a. (2021)", ["K.L. de Boer"]),
        ("volgens Thijs van der Linden et al. is dat", ["Thijs van der Linden"]),
    ],
)
def test_a_first_author_before_e_a(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "een onderzoek van Deloitte e.a. naar de kosten",  # one word: a firm as often as a person
        "de gemeenten e.a. hebben",
        "Zie Bakker e.a. voor een overzicht",
        "de Rabobank Utrecht e.a. gaven geld",  # a name the lists hold
        "Gemeente Zwolle e.a. tekenden",
        "bij Veiligheidsregio Twente e.a.",
        # the tail of a body's longer name
        "de code van de Koninklijke Vlaamse Academie van Kunsten e.a. is ondertekend",
    ],
)
def test_no_first_author(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik sprak met het Zuivel Collectief over de melkprijs.", ["Zuivel Collectief"]),
        ("De Coalitie Schone Lucht vraagt om maatregelen.", ["Coalitie Schone Lucht"]),
    ],
)
def test_a_collective_or_coalition_by_its_name(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text",
    ["een collectief van boeren", "Het Collectief besloot", "de coalitie van VVD en CDA"],
)
def test_no_collective_without_a_name(text: str) -> None:
    assert [o for o in organisations(text) if "ollectief" in o or "oalitie" in o] == []
