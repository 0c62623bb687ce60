"""Round orgs77 (issue #12, orgs76's 'Left'): a plant by its maker's name after 'fabriek' ('de
sluiting van fabriek Fibrant'); an institution after 'instelling', bare or as a lower-case
compound's end ('de instelling Lievenshove', 'jeugdzorginstelling Juzt'); a plural kind with one
example in brackets ('verzekeraars (zoals Promovendum)'); a footnote's source line numbered '1.'
('1. Museumvereniging, 5 oktober 2023, «...»'). Near misses stay none: a place after the kind, a
sentence's word, a capitalised compound, a person citing, a plural of places. Sentences and names
are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wat vindt u van de sluiting van fabriek Veltrion op het industrieterrein?", "Veltrion"),
        ("De chemische fabriek Nortax stopt met de productie.", "Nortax"),
        ("Wanneer wist u dat jeugdzorginstelling Kwarts in financiële nood was?", "Kwarts"),
        ("Jongeren verhuizen van de instelling Rozenhove naar een andere plek.", "Rozenhove"),
        ("De onderwijsinstelling Terrastede sluit haar deuren.", "Terrastede"),
    ],
)
def test_kind_before_a_name(text: str, name: str) -> None:
    found = bodies(text)
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("De fabriek Moerdijk sluit in 2026.", "Moerdijk"),  # a place
        ("Zo zei de instelling De minister het al.", "De"),  # a sentence's word
        ("Zorginstelling Noord is gesloten.", "Noord"),  # a capitalised compound: its own name
        ("De instelling Utrecht meldt een tekort.", "Utrecht"),  # a place
    ],
)
def test_kind_before_a_near_miss(text: str, wrong: str) -> None:
    assert wrong not in bodies(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kent u verzekeraars (zoals Dekvast) die alleen lage premies bieden?", "Dekvast"),
        ("Sommige adviesbureaus (waaronder Plantijn) werken voor beide partijen.", "Plantijn"),
    ],
)
def test_one_example_in_brackets(text: str, name: str) -> None:
    found = bodies(text)
    assert name in found, found


def test_one_example_in_brackets_near_miss() -> None:
    # not a kind of body: places given as an example
    assert "Zwolle" not in bodies("Sommige gemeenten (zoals Zwolle) doen mee.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "1. Fietsersvereniging, 5 oktober 2023, «Veilig fietsen onder druk».",
            "Fietsersvereniging",
        ),
        ("2. Kustbond, 12 maart 2024, «Duinen in gevaar».", "Kustbond"),
    ],
)
def test_source_line_numbered_with_a_stop(text: str, name: str) -> None:
    found = bodies(text)
    assert name in found, found


@pytest.mark.parametrize(
    "text",
    [
        "1. Piet Jansen, 5 oktober 2023, «Veilig fietsen onder druk».",  # a writer
        "1. Kamerbrief, 5 oktober 2023, «Voortgang van het programma».",  # a paper
    ],
)
def test_source_line_near_miss(text: str) -> None:
    found = bodies(text)
    assert not any(w in found for w in ("Piet Jansen", "Kamerbrief")), found
