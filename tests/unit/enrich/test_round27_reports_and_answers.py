"""What a blind set of answers to Kamervragen and committee reports as web pages print them showed
(gold27): a report's attendance list and chair line; a clerk under a committee named after a
ministry (commas in its name); the Aanhangsel's own word 'aanhangselnummer'; the dossier
shorthand after 'Kamerstuk'; a committee named after its chair in a lower-case compound; a
province's executive in lower case; the register's 'surname, initials (party)' after 'het lid'."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text
from tests.unit.enrich.found import enrich_one, organisations


def _persons(text: str) -> list[str]:
    return [e.canonical for e in enrich_one(text) if e.type == "person"]


def _refs(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text)]


def test_the_members_a_report_lists_as_present() -> None:
    text = (
        "Aanwezig zijn vijf leden der Kamer, te weten: Aalberts, Ter Horst, Jan de Groot, "
        "Kleinveld-Smit en Van Oss,\n\nen de heer Maris, minister van Financiën."
    )
    found = _persons(text)
    for name in ("Aalberts", "Ter Horst", "Jan de Groot", "Kleinveld-Smit", "Van Oss", "Maris"):
        assert name in found


def test_the_chair_on_a_line_of_its_own() -> None:
    text = "Voorzitter: Overdijk\n\nGriffier: Ten Brink\n\nDe voorzitter: Goedemorgen. Welkom."
    found = _persons(text)
    assert "Overdijk" in found and "Ten Brink" in found
    assert "Goedemorgen" not in found


@pytest.mark.parametrize(
    "text",
    [
        "De voorzitter: Dank u wel.\nMevrouw Aalberts: Dank.",  # the minutes' speaker label
        "Voorzitter: Provincie Groningen\n",  # a body chairs
        "Voorzitter: Gemeente Hoorn\n",
    ],
)
def test_no_chair_from_a_speaker_label_or_a_body(text: str) -> None:
    assert not any(name in ("Dank", "Provincie", "Gemeente") for name in _persons(text))


def test_a_clerk_under_a_committee_named_after_a_ministry() -> None:
    text = (
        "De commissie brengt verslag uit.\n\n"
        "De griffier van de vaste commissie voor Onderwijs, Cultuur en Wetenschap, Verbeek\n"
    )
    assert "Verbeek" in _persons(text)


def test_the_aanhangsel_numbered_by_its_own_word() -> None:
    text = "(Aanhangsel van de Handelingen, vergaderjaar 2016–2017, aanhangselnummer 812)."
    assert _refs(text) == ["ah-tk-20162017-812"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "inzake de motie (Kamerstuk 31322-402) (31322, nr. 410);",
            ["kst-31322-402", "kst-31322-410"],
        ),
        ("zie Kamerstuk 28 286-1290 voor de brief", ["kst-28286-1290"]),
        ("Kamerstuk 35 300-XVI-12", ["kst-35300-XVI-12"]),
    ],
)
def test_the_shorthand_after_the_label(text: str, expected: list[str]) -> None:
    assert [r for r in _refs(text) if r.startswith("kst")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "het eindrapport van de evaluatiecommissie Veldkamp (2023).",
            "Evaluatiecommissie Veldkamp",
        ),
        ("zoals de onderzoekscommissie Van Hattem adviseerde", "Onderzoekscommissie Van Hattem"),
    ],
)
def test_a_committee_named_after_its_chair(text: str, expected: str) -> None:
    assert expected in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "de begeleidingscommissie Het rapport is klaar",  # a sentence runs on
        "in de raadscommissie Ruimte werd gesproken",  # a council's committee by portfolio
        "de adviescommissie Noord Holland Zuid",  # more capitalised words: no chair's name
        "de evaluatiecommissie Regionale\nSamenwerking adviseert",  # a subject across a line
        "de stuurgroep en de begeleidingscommissie Digitale zorg",  # an adjective before a noun
        "de Tijdelijke onder\x02zoekscommissie Fraudebeleid",  # the tail of a split word
    ],
)
def test_no_named_committee_without_a_name(text: str) -> None:
    assert not any(
        o.startswith(
            ("Begeleidingscommissie", "Raadscommissie Ruimte werd", "Adviescommissie Noord")
        )
        for o in organisations(text)
    )


def test_a_provinces_executive_in_lower_case() -> None:
    text = "Kent u de uitspraak van de gedeputeerde staten van Drenthe over de vergunning?"
    assert "Gedeputeerde Staten van Drenthe" in organisations(text)


def test_the_registers_surname_and_initials_after_het_lid() -> None:
    text = (
        "Vragen van het lid Veldhoen, K.L. (Nieuwe Partij)\n\nVraagnummer: 4\nVraag:\n"
        "Kan de minister aangeven hoe dit werkt? Wij vragen het aan de minister.\n"
    )
    found = _persons(text)
    assert "Veldhoen" in found
    assert not any("Vraagnummer" in name for name in found)


def test_a_listed_ministers_surname_alone_in_a_table_cell() -> None:
    text = (
        "Wachttijden bij de huisarts |\n|\nAnna de Vries (CDA) |\n|\n"
        "Kuipers , Hugo de Jonge (minister volksgezondheid) (CDA) |\n|\nKent u het bericht?\nJa.\n"
    )
    found = _persons(text)
    assert "Kuipers" in found and "Hugo de Jonge" in found


@pytest.mark.parametrize(
    "text",
    [
        "Wachttijden |\n|\nGroningen |\n",  # a place, not a listed surname
        "De brief staat in de bijlage, Kwint en anderen tekenden |\n",  # no item of its own
    ],
)
def test_no_person_from_a_cell_without_a_listed_surname_alone(text: str) -> None:
    assert _persons(text) == []
