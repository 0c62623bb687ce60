"""Names a blind set of ministry answers written in Word showed (gold24): a body spelled out before
its abbreviation whose word is a '-kamer'; a note's number glued to the name before its bracket; a
link title's next line after a regional body's word."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de Regionale Verkeerskamer (RVK) besloot", "Regionale Verkeerskamer"),
        (
            "in beheer bij de Landelijke Meldkamer Samenwerking (LMS).",
            "Landelijke Meldkamer Samenwerking",
        ),
    ],
)
def test_a_chamber_spelled_out_before_its_abbreviation(text: str, name: str) -> None:
    assert name in organisations(text)


def test_a_room_is_no_chamber_body() -> None:
    assert organisations("de ouderlijke slaapkamer (OS) werd verbouwd") == []


def test_a_note_number_glued_before_its_bracket_is_no_part_of_the_name() -> None:
    found = organisations("het rapport van Bureau Jansma3) , waarin staat dat")
    assert found == ["Bureau Jansma"]


def test_a_link_title_after_a_regional_word_names_no_region() -> None:
    found = organisations("Geen spoed \u2013 Brandweer\nContact veerdienst | Veerdienst.nl\n")
    assert not any("Contact" in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bel anoniem via Meld misdaad Anoniem op het gratis nummer.",
            "Stichting Meld Misdaad Anoniem",
        ),
        ("De Landelijke Milieukamer stuurt de recherche aan.", "Landelijke Milieukamer"),
        ("onder voorzitterschap van de Strategische Milieukamer", "Strategische Milieukamer"),
        (
            "de Landelijke Meldkamer Samenwerking beheert het nummer",
            "Landelijke Meldkamer Samenwerking",
        ),
    ],
)
def test_national_bodies_of_the_reporting_chain(text: str, name: str) -> None:
    assert name in organisations(text)


def test_their_abbreviations_alone_are_no_body() -> None:
    assert organisations("het LMS van de school en de SMK-waarde") == []


def test_the_interior_ministry_with_its_common_misspelling() -> None:
    text = (
        "in opdracht van de ministeries van Financiën en Binnenlandse Zaken en Koninkrijkrelaties."
    )
    assert "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" in organisations(text)
    # the minister's office stays no mention, misspelt or not
    assert organisations("De minister van Binnenlandse Zaken en Koninkrijkrelaties schrijft.") == []
