"""Bodies answers to Kamervragen name without a list: the publisher a footnote cites before its
date and headline, a firm said to be one ('X is een ... bedrijf', 'X, de Europese associatie'),
a unit of a listed body, a name whose paired word hangs its hyphen before '&', and a kind the law
designates, which is no body."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the footnote's number, glued on or not
        ("3Vakblad Kraanwater, 4 februari 2023, «Leidingen lekken»\n", ["Vakblad Kraanwater"]),
        ("2 Bouwmeesters, 4 februari 2023, «Leidingen lekken»\n", ["Bouwmeesters"]),
        # the next source after a semicolon; a full stop may end the date
        (
            "1 Zie (https://example.org/a); Fietsunie, 9 mei 2022. «Fietsen wordt duurder».",
            ["Fietsunie"],
        ),
        # particles inside the name
        (
            "4Centrum voor Sport en Spel, 1 juni 2024, «Minder zwemmen»\n",
            ["Centrum voor Sport en Spel"],
        ),
        # a paper cited by its kind is no publisher
        ("6 Kamerbrief, 10 oktober 2024, «Voortgang verduurzaming»\n", []),
        ("7 Nieuwsbericht, 2 mei 2024, «Meer geld voor wegen»\n", []),
        # a writer named with a given name is no publisher
        ("5 Piet Jansen, 3 maart 2023, «Een column»\n", []),
        # no headline in quotes: a date in a sentence, not a source
        ("Bouwmeesters, 4 februari 2023, heeft gemeld dat het klopt.", []),
    ],
)
def test_the_publisher_a_footnote_cites(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daar werkt Velora, de Europese associatie van fietsmakers, aan mee.", ["Velora"]),
        ("Zorgrijk is een grote zorgorganisatie met veertig locaties.", ["Zorgrijk"]),
        ("Novabus is een beursgenoteerd bedrijf.", ["Novabus"]),
        # a sentence's own words and a place are no firm
        ("Dit is een groot bedrijf.", []),
        ("Amsterdam is een grote werkgever en Utrecht is een oud bedrijf.", []),
    ],
)
def test_a_body_said_to_be_of_its_kind(text: str, expected: list[str]) -> None:
    assert [o for o in organisations(text) if o not in ("Amsterdam", "Utrecht")] == expected


def test_a_unit_before_its_listed_body() -> None:
    text = "na overleg met het Landelijk Bureau Planning en Toezicht van DJI besloot de directeur"
    assert organisations(text) == [
        "Landelijk Bureau Planning en Toezicht",
        "Dienst Justitiële Inrichtingen",
    ]


def test_a_paired_word_hangs_its_hyphen_before_an_ampersand() -> None:
    assert organisations("De Stichting Bos- & Natuurbeheer schreef ons.") == [
        "Stichting Bos- & Natuurbeheer"
    ]
    # and the name goes on across a line's end where its abbreviation spells it
    assert organisations("de brief van de Landelijke Vereniging\nBos- & Heidebeheer (LVBH)") == [
        "Landelijke Vereniging Bos- & Heidebeheer",
        "Landelijke Vereniging Bos- & Heidebeheer",
    ]


def test_a_kind_the_law_designates_is_no_body() -> None:
    text = "Alle diensten aangemerkt als «Very Large Search Engine Council»\n(VLSEC) rapporteren."
    assert organisations(text) == []
