"""motions42 (issue #12, precision): motion titles and council party names read as persons.

(1) A council's minutes number a motion by its party alone, the title right after ('Motie D66.1
Drempeldemocratie', 'Motie PvdA.4 Inzet voor ...'): the title's first word is no submitter where
the document elsewhere says 'de motie <word>'. A submitter's surname after 'motie' stays a person
where no such heading opens a title with it ('de motie Bakker', 'motie Visser', 'motie De Jong').
(2) A local party 'X voor <place>' after a motion ('de motie van Hart voor Den Haag', 'Amendement'
above a table row 'Hart voor Den Haag') is no person 'Hart'; a surname followed by 'voor' and a
lower-case word or an unlisted, unbracketed name stays one.
Texts our own, in the shapes of Den Haag's council minutes of 2024-2025."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import persons_printed

_persons_in = persons_printed


# (1) a motion numbered by its party, the title after it


@pytest.mark.parametrize(
    ("heading", "speech", "word"),
    [
        (
            "Motie D66.1 Drempeldemocratie",
            "Daarom de motie Drempeldemocratie: verzoekt het college drempels te plaatsen.",
            "Drempeldemocratie",
        ),
        (
            "Motie PvdA.4 Inzet voor minstens een jaar gratis vervoer",
            "Daarom heb ik de motie Inzet voor minstens een jaar gratis vervoer ingediend.",
            "Inzet",
        ),
        (
            "Motie HvDH.11 Verplaatsing van de markt",
            "Dan de motie Verplaatsing van de markt, die wij steunen.",
            "Verplaatsing",
        ),
    ],
)
def test_a_party_numbered_motions_title_is_no_person(heading: str, speech: str, word: str) -> None:
    assert word not in _persons_in(heading, speech)


@pytest.mark.parametrize(
    "speech",
    [
        "Wij steunen de motie Bakker over de jeugdzorg.",
        "De motie Visser is aangenomen.",
        "Over de motie De Jong stemmen wij voor.",
    ],
)
def test_a_submitter_stays_a_person_beside_party_numbered_motions(speech: str) -> None:
    found = _persons_in("Motie D66.1 Drempeldemocratie", "Motie VVD.2 Handhaaf beter", speech)
    assert found & {"Bakker", "Visser", "De Jong"}


def test_an_agenda_code_then_a_party_gives_no_party_as_a_title_word() -> None:
    # 'Motie AA.4 VVD Veilig ...': the code's party is not the title; the title's word is
    found = _persons_in(
        "Motie AA.4 VVD Veilige fietsroutes", "Wij dienen de motie Veilige fietsroutes in."
    )
    assert "Veilige" not in found


# (2) a local party's name after a motion


@pytest.mark.parametrize(
    "texts",
    [
        ("Dan hebben we twee moties van Hart voor Den Haag, HvDH.8 en HvDH.9.",),
        (
            "Richard de Mos (Hart voor Den Haag). Voorzitter.",
            "Wethouder Bredemeijer (CDA). De motie van Hart voor Den Haag over kunstgras.",
        ),
        ("Spreektijd | Voorstel | Huidig | Amendement\nHart voor Den Haag | 20 | 14 | 14",),
    ],
)
def test_a_local_partys_name_after_a_motion_is_no_person(texts: tuple[str, ...]) -> None:
    assert "Hart" not in _persons_in(*texts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De motie Bakker voor de raad van morgen is aangenomen.", "Bakker"),
        ("Wij steunen de motie van Visser voor het klimaat.", "Visser"),
        ("De motie Bakker c.s. is aangenomen.", "Bakker"),
        ("Het amendement De Jong wordt verworpen.", "De Jong"),
    ],
)
def test_a_submitter_before_voor_stays_a_person(text: str, name: str) -> None:
    assert name in _persons_in(text)


def test_a_surname_like_a_party_word_stays_a_person_without_the_partys_bracket() -> None:
    # 'Hart' is a Dutch surname: without a listed place or the party's bracket it stays
    assert "Hart" in _persons_in("De motie van Hart voor Jeugd en Onderwijs is aangenomen.")
