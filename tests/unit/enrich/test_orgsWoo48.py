"""orgsWoo48 (issue #12, point 4): organisations in Woo documents of a body other than UWV.

A blind set of an SZW Woo release (mails, notes, minutes, a branch body's letter) showed four
classes: (1) a law's title opened by 'Wet' holds no body ('Wet Structuur Uitvoeringsorganisatie
Werk & Inkomen' minted two); (2) 'BD' is the Belastingdienst joined to a partner body ('BD en
DUO', 'FIN – BD'), nothing alone (postcodes, sections, LJNs); (3) the social domain's partners
(Cedris, NVVK, ...) are listed (social.tsv); (4) the Wet SUWI's spelling 'Uitvoeringsinstituut
werknemersverzekeringen' is UWV. Near misses keep what they had. Texts our own.
"""

from __future__ import annotations

import pytest

from services.enrich.data import rows
from services.enrich.entities import lawtitles, taxoffice
from services.enrich.entities.gazetteer import _SOURCES
from tests.unit.enrich.found import bodies

UWV = "Uitvoeringsinstituut Werknemersverzekeringen"


@pytest.mark.parametrize(
    "text",
    [
        "De Wet SUWI (Wet Structuur Uitvoeringsorganisatie Werk & Inkomen) regelt de uitvoering.",
        "De Wet Structuur Uitvoeringsorganisatie Werk en Inkomen regelt de inrichting.",
        "Regelgeving: Wet Melding Collectief Ontslag art. 3 is van toepassing.",
    ],
)
def test_a_laws_title_names_no_body(text: str) -> None:
    assert bodies(text) == {}


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("De uitvoeringsorganisatie Werk & Inkomen Lekstroom helpt inwoners.", "Werk & Inkomen"),
        ("Het advocatenkantoor Loyens & Loeff adviseert de gemeente.", "Loyens & Loeff"),
        ("De Wetenschappelijke Raad voor het Regeringsbeleid adviseert.", "Wetenschappelijke Raad"),
        ("Volgens de Wet is de Stichting Het Anker bevoegd.", "Stichting Het Anker"),
        ("Het bedrijf Wet & Droog B.V. levert de pompen.", "Wet & Droog B.V."),
    ],
)
def test_near_misses_of_a_laws_title_keep_their_body(text: str, printed: str) -> None:
    assert any(found.startswith(printed) for found in bodies(text))


def test_a_name_after_the_word_wet_in_a_cell_is_the_name() -> None:
    # the run 'Wet Stichting Het Anker' read as one name before; now the foundation alone
    assert "Stichting Het Anker" in bodies("Wet Stichting Het Anker")


def test_in_title_reads_the_run_before_the_word() -> None:
    text = "de Wet Structuur Uitvoeringsorganisatie Werk"
    assert lawtitles.in_title(text, text.index("organisatie"))
    assert not lawtitles.in_title("de Wet is helder. Uitvoeringsorganisatie X", 30)


@pytest.mark.parametrize(
    "text",
    [
        "Volgende stap: ook gegevensdeling BD en DUO voor het tegengaan van niet-gebruik.",
        "Argumentatie FIN – BD en SZW over het wetsvoorstel proactieve dienstverlening",
        "1 Overeenkomst BD en UWV over de gegevenslevering",
        "De gegevens komen van UWV/BD en worden maandelijks geleverd.",
    ],
)
def test_bd_beside_a_partner_body_is_the_tax_office(text: str) -> None:
    assert bodies(text).get("BD") == taxoffice.CANONICAL


@pytest.mark.parametrize(
    "text",
    [
        "Postbus 20350\n2500 BD Den Haag",
        "kadastraal bekend gemeente Den Haag, sectie BD, nummers 6880 en 6882",
        "CRvB 18-06-2008, LJN: BD 6313",
        "Antigeentest: BD Antigeen, Roche Antigeen",
        "De BD heeft dat gisteren besproken.",
    ],
)
def test_bd_alone_is_no_body(text: str) -> None:
    assert "BD" not in bodies(text)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Aanwezigen: VNG, Divosa en Cedris bij het bestuurlijk overleg.", "Cedris"),
        ("Hierbij reageert de NVVK op het ontwerpbesluit.", "NVVK"),
        ("Zie de schrijfwijzer van het Kenniscentrum voor beleid en regelgeving.", None),
        ("De Landelijke Cliëntenraad adviseert de minister.", "Landelijke Cliëntenraad"),
    ],
)
def test_the_social_domains_partners_are_bodies(text: str, canonical: str | None) -> None:
    found = bodies(text)
    assert (canonical in found.values()) if canonical else any("Kenniscentrum" in f for f in found)


def test_the_statutes_spelling_of_uwv_is_uwv() -> None:
    text = "7. Het Uitvoeringsinstituut werknemersverzekeringen heeft tot taak te onderzoeken wie."
    assert bodies(text) == {"Uitvoeringsinstituut werknemersverzekeringen": UWV}


def test_a_lower_case_word_alone_is_no_uwv() -> None:
    assert bodies("De werknemersverzekeringen en het uitvoeringsinstituut zijn apart.") == {}


def test_social_rows_carry_their_provenance() -> None:
    assert ("organization", "social.tsv") in _SOURCES
    listed = rows("social.tsv")
    assert len(listed) >= 5
    for row in listed:
        assert row["source"] == "curated-social48-2026" and row["reason"], row
