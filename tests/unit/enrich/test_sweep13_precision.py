# ruff: noqa: E501  (a sentence of a test reads best on one line)
"""What a precision sweep over unseen PDFs after the twelfth round left wrong (sweep13): a kind's
listed place followed by a table's mark or the next cell's word ('gemeente Zwolle V', 'Gemeente
Zwolle Museale Collectie'). All texts are written for these tests."""

import pytest

from services.enrich.enricher import entities_in_text


def found(text: str, kind: str) -> list[str]:
    return [text[m.start : m.end] for m in entities_in_text(text) if m.type == kind]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a board's table marks each seat with a letter after the body
        (
            "Anna Smit Wethouder gemeente Zwolle V V\nPiet Bos Wethouder gemeente Deventer V\n",
            ["gemeente Zwolle", "gemeente Deventer"],
        ),
        # a list of grants: the body, then the project's name in capitals
        (
            "Bijdragen:\n• Gemeente Hengelo Museale Collectie\n• Provincie Overijssel Culturele Agenda\n",
            ["Gemeente Hengelo", "Provincie Overijssel"],
        ),
        # a place named in two words stays whole
        (
            "Het besluit van de gemeente Bergen op Zoom en de gemeente Den Haag.",
            ["gemeente Bergen op Zoom", "gemeente Den Haag"],
        ),
    ],
)
def test_listed_place_ends_the_kinds_name(text: str, bodies: list[str]) -> None:
    assert [
        b for b in found(text, "organization") if b.lower().startswith(("gemeente", "provincie"))
    ] == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a contact table's row: name, body, e-mail address
        (
            "Contactpersonen:\nPieter Van Damme Agentschap Wegen en Verkeer pieter.vandamme@example.be\nMarleen Peeters Agentschap Natuur en Bos marleen.peeters@example.be\n",
            ["Agentschap Wegen en Verkeer", "Agentschap Natuur en Bos"],
        ),
        # a body named after a person stays whole where no address follows
        (
            "De Anne Frank Stichting Amsterdam opent een tentoonstelling.",
            ["Anne Frank Stichting Amsterdam"],
        ),
        (
            "Hij werkt bij de Anne Frank Stichting Tentoonstellingen en Educatie.",
            ["Anne Frank Stichting"],
        ),
    ],
)
def test_contact_row_person_before_body(text: str, bodies: list[str]) -> None:
    assert found(text, "organization") == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a bilingual heading: the French name's last word, then the Dutch name
        (
            "Commission de la Culture Commissie voor de Cultuur\n– de M. Dupont au ministre",
            ["Commissie voor de Cultuur"],
        ),
        (
            "Conseil central du Commerce Centrale Raad voor het Bedrijfsleven\nBij brief van 2 mei",
            ["Centrale Raad voor het Bedrijfsleven"],
        ),
        # a French sentence's article before a Dutch name is no heading
        (
            "Selon une enquête de la Katholieke Hogeschool Leuven, la majorité",
            ["Katholieke Hogeschool Leuven"],
        ),
    ],
)
def test_bilingual_heading(text: str, bodies: list[str]) -> None:
    assert found(text, "organization") == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a map's legend: a letter, then the use it marks, a line each
        ("Legenda\nBestemmingen\nA Agrarisch\nB Bedrijf\nC Centrum\nW Water\n", []),
        # a list lettered by line still names its bodies
        (
            "Adviezen van:\nA Raad van State\nB Algemene Rekenkamer\n",
            ["Raad van State", "Algemene Rekenkamer"],
        ),
    ],
)
def test_legend_letters(text: str, bodies: list[str]) -> None:
    assert found(text, "organization") == bodies
