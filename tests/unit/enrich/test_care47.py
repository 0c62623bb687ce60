"""care.tsv (care47): curated care providers and EU agencies. Every row carries its provenance
and a reason; a GGZ institution named after its province is the institution, not the province;
a bare form that is a city, a painter or a word is not in the list; the EU agencies are found by
their abbreviations and their Dutch names."""

from __future__ import annotations

import pytest

from services.enrich.data import rows, variants
from services.enrich.enricher import entities_in_text
from services.enrich.entities.gazetteer import _SOURCES

_SOURCE = "curated-care47-2026"
_KINDS = {"zorgaanbieder", "jeugdbescherming", "jeugdzorgaanbieder", "ziekenhuis", "internationaal"}


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(m.type, text[m.start : m.end], m.canonical) for m in entities_in_text(text)}


def _orgs(text: str) -> dict[str, str]:
    return {t: c for kind, t, c in _found(text) if kind == "organization"}


def test_the_list_is_wired_and_every_row_has_provenance_and_a_reason() -> None:
    assert ("organization", "care.tsv") in _SOURCES
    listed = rows("care.tsv")
    assert len(listed) >= 70
    for row in listed:
        assert row["source"] == _SOURCE and row["case"] == "s", row
        assert row["kind"] in _KINDS and row["reason"], row


def test_no_form_names_another_lists_other_body() -> None:
    others: dict[str, set[str]] = {}
    for _, name in _SOURCES:
        if name != "care.tsv":
            for row in rows(name):
                for form in variants(row):
                    others.setdefault(form.lower(), set()).add(row["canonical"])
    for row in rows("care.tsv"):
        for form in variants(row):
            assert others.get(form.lower(), {row["canonical"]}) == {row["canonical"]}, form


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("De zorgaanbieders Cordaan en Vivium hebben bericht.", "Cordaan", "Cordaan"),
        ("De zorgaanbieders Cordaan en Vivium hebben bericht.", "Vivium", "Vivium Zorggroep"),
        ("Zorginstelling 's Heeren Loo sluit een locatie.", "'s Heeren Loo", "'s Heeren Loo"),
        ("Zorginstelling ’s Heeren Loo sluit een locatie.", "’s Heeren Loo", "'s Heeren Loo"),
        ("Het rapport over Cordaan verscheen.", "Cordaan", "Cordaan"),
        ("Volgens Zuidoostzorg is er een tekort.", "Zuidoostzorg", "Zuidoostzorg"),
        ("De GGZ Drenthe heeft geantwoord.", "GGZ Drenthe", "GGZ Drenthe"),
        (
            "Zij werkt bij GGZ Noord-Holland Noord.",
            "GGZ Noord-Holland Noord",
            "GGZ Noord-Holland-Noord",
        ),
        ("Ipse de Bruggen biedt gehandicaptenzorg.", "Ipse de Bruggen", "Ipse de Bruggen"),
        ("Het EMCDDA rapporteert over drugs.", "EMCDDA", "European Union Drugs Agency"),
        ("Het EUDA in Lissabon.", "EUDA", "European Union Drugs Agency"),
        (
            "Volgens EU-OSHA stijgt het verzuim.",
            "EU-OSHA",
            "European Agency for Safety and Health at Work",
        ),
        ("Het CPVO in Angers.", "CPVO", "Community Plant Variety Office"),
        ("Het EFCA in Vigo.", "EFCA", "European Fisheries Control Agency"),
        ("Het EUSPA beheert Galileo.", "EUSPA", "European Union Agency for the Space Programme"),
        ("Het EIGE in Vilnius.", "EIGE", "European Institute for Gender Equality"),
        ("Een cursus van CEPOL.", "CEPOL", "European Union Agency for Law Enforcement Training"),
        (
            "Het Europees Bureau voor visserijcontrole controleert.",
            "Europees Bureau voor visserijcontrole",
            "European Fisheries Control Agency",
        ),
    ],
)
def test_a_listed_body_is_found(text: str, name: str, canonical: str) -> None:
    assert _orgs(text).get(name) == canonical


def test_a_ggz_institution_is_not_the_province() -> None:
    found = _found("GGZ Drenthe en GGZ Friesland hebben wachtlijsten.")
    assert ("organization", "GGZ Drenthe", "GGZ Drenthe") in found
    assert ("organization", "GGZ Friesland", "GGZ Friesland") in found
    assert not {t for kind, t, _ in found if kind == "location"}


def test_the_sector_in_a_province_stays_the_province() -> None:
    found = _found("Patiënten van de GGZ in Drenthe wachten lang.")
    assert ("location", "Drenthe", "Drenthe") in found
    assert "GGZ Drenthe" not in {c for _, _, c in found}


@pytest.mark.parametrize(
    "text",
    [
        "Hij vloog naar Philadelphia voor de conferentie.",
        "Een schilderij van Mondriaan hangt in het museum.",
        "De tekening is gemaakt in Visio.",
        "De amarant bloeit in de tuin.",
    ],
)
def test_a_bare_city_painter_or_word_is_no_care_provider(text: str) -> None:
    listed = {row["canonical"] for row in rows("care.tsv")}
    assert not set(_orgs(text).values()) & listed
