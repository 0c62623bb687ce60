"""The UN's specialised agencies, TO2 institutes and the research bureaus ministries cite are
listed (curated-intl-research-2026): found by name and abbreviation, a standard's code is not
its body."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het belangrijkste platform is de ICAO.", "International Civil Aviation Organization"),
        ("Volgens het NLR is dat zo.", "Koninklijk Nederlands Lucht- en Ruimtevaartcentrum"),
        ("Dat blijkt uit onderzoek van CE Delft.", "CE Delft"),
        ("de standaardenorganisatie ASTM International", "ASTM International"),
        ("Het rapport van Berenschot over de uitvoering.", "Berenschot"),
        ("Holland Casino heeft contact gehad met het ministerie", "Holland Casino"),
        ("de kliniek van Fivoor in Den Dolder", "Fivoor"),
    ],
)
def test_listed_agencies_and_bureaus(text: str, expected: str) -> None:
    assert organisations(text) == [expected]


def test_a_standards_code_is_no_body() -> None:
    assert organisations("De kerosine voldoet aan ASTM D1655.") == []


def test_a_compound_ending_in_college_heads_a_name() -> None:
    """'Adviescollege Stikstofproblematiek', 'Kiescollege Niet-ingezetenen': a body; the
    municipality's 'college van B en W' in lower case is no name of its own."""
    assert organisations("het advies van het Adviescollege Stikstofproblematiek") == [
        "Adviescollege Stikstofproblematiek"
    ]
    assert organisations("het college van B en W besluit") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "de Vereniging van Schouwburg- en\nConcertgebouwdirecties en de VNPF",
            "Vereniging van Schouwburg- en Concertgebouwdirecties",
        ),
        (
            "de Vereniging Nederlandse Poppodia en —Festivals stelt",
            "Vereniging Nederlandse Poppodia en —Festivals",
        ),
    ],
)
def test_a_name_with_a_hanging_hyphen_is_whole(text: str, expected: str) -> None:
    assert organisations(text) == [expected]


def test_care_providers_named_like_words_only_by_their_long_name() -> None:
    assert organisations("een sterk karakter en de tactus van het kabinet") == []
