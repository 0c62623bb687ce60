"""orgs81 (issue #12): organisations on a blind set of Woo decisions and council papers.

- a firm's name opened by a surname's capitalised particle mid-sentence ('adviesbureau &Van de
  Laar B.V.'; main cut it to 'Laar B.V.');
- an article between a capitalised word and an abbreviation ends a capitalised run: 'onder
  leiding van Adviesbureau KokxDeVoogd de GR gewijzigd' (main read 'Adviesbureau KokxDeVoogd de
  GR');
- a department named by its portfolios goes on through its enumeration where its letters without
  the head are printed: 'Dienst Onderwijs, Cultuur en Welzijn' beside 'OCW/10914325' (main read
  'Dienst Onderwijs');
- plural kinds of orgs80's heads announce a list (kindlists: 'de basisscholen X en Y');
- development organisations from a source: data/development.tsv, the bodies the Regeling
  aanwijzing ontwikkelingsorganisaties 2011 (BWBR0031167) designates ('ICCO', 'Edukans').
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.enrich.data import build_development, rows
from services.enrich.enricher import enrich
from services.enrich.entities import orgnames
from stukken.contracts import Segment, SegmentedDocument


def _orgs(*texts: str) -> list[str]:
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts)
        ]
    )
    return sorted({e.text for e in enrich(doc)[1] if e.type == "organization"})


# --- a firm's name opened by a surname's particle -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the blind set's council paper (Den Haag, 2025): an evaluation by a consultancy
        (
            "In 2022 heeft adviesbureau &Van de Laar B.V. een evaluatie van de GR uitgevoerd.",
            "Van de Laar B.V.",
        ),
        ("De opdracht is gegund aan Van der Valk B.V. uit Wassenaar.", "Van der Valk B.V."),
        ("De grond is verkocht aan Ten Brinke Bouw B.V. in 2019.", "Ten Brinke Bouw B.V."),
    ],
)
def test_a_capitalised_particle_opens_the_firms_name(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_at_a_sentences_start_van_de_is_the_preposition() -> None:
    found = _orgs("Van de Rabobank B.V. ontvingen wij een brief over de lening.")
    assert "Rabobank B.V." in found
    assert not any(f.startswith("Van de") for f in found)


def test_a_founders_given_name_still_opens_the_name() -> None:
    assert "Jan de Nul N.V." in _orgs("Het werk is uitgevoerd door Jan de Nul N.V. in 2020.")


def test_a_lower_case_particle_ends_a_phrase_before_the_firm() -> None:
    # main's reading stands: 'van de' in lower case belongs to the sentence
    found = _orgs("Dit is het verslag van de Laar B.V. over het jaar 2020.")
    assert "Laar B.V." in found
    assert not any("van de" in f for f in found)


# --- an article before an abbreviation ends the run -----------------------------------------


def test_an_article_before_an_abbreviation_opens_the_object() -> None:
    found = _orgs("In 2024 is onder leiding van Adviesbureau KokxDeVoogd de GR gewijzigd.")
    assert "Adviesbureau KokxDeVoogd" in found
    assert not any(f.endswith("de GR") for f in found)


def test_an_article_after_a_particle_stays_in_the_run() -> None:
    # 'Vereniging van de NVM': the article follows 'van', not a capitalised word
    words = [(0, 10, "Vereniging"), (11, 14, "van"), (15, 17, "de"), (18, 21, "NVM")]
    assert orgnames._before_an_object(words) == words
    cut = [(0, 12, "Adviesbureau"), (13, 17, "Kokx"), (18, 20, "de"), (21, 23, "GR")]
    assert orgnames._before_an_object(cut) == cut[:2]


def test_an_article_before_a_surname_stays_in_the_name() -> None:
    # a surname, not an abbreviation, after 'de'
    assert "Adviesbureau Kokx de Voogd" in _orgs(
        "In 2024 is onder leiding van Adviesbureau Kokx de Voogd de regeling gewijzigd."
    )


# --- a department named by its portfolios ---------------------------------------------------


def test_a_department_goes_on_through_its_portfolios_where_its_letters_are_printed() -> None:
    found = _orgs(
        "Retouradres: Postbus 12600, 2500 DJ Den Haag Ons kenmerk OCW/10914325",
        "Dienst Onderwijs, Cultuur en Welzijn Afdeling OCW Stad en Bestuur",
    )
    assert "Dienst Onderwijs, Cultuur en Welzijn" in found
    assert "Dienst Onderwijs" not in found


def test_without_its_letters_a_comma_ends_the_departments_name() -> None:
    found = _orgs("De Dienst Sport, Cultuur en Recreatie heeft de subsidie verleend.")
    assert "Dienst Sport, Cultuur en Recreatie" not in found


def test_only_a_departments_head_drops_from_its_letters() -> None:
    # a council is no department: its letters count its head ('RCOW' would be printed)
    found = _orgs("OCW vraagt advies. De Raad voor Cultuur, Onderwijs en Welzijn adviseert.")
    assert "Raad voor Cultuur, Onderwijs en Welzijn" not in found


# --- development organisations from a source ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # orgs79's blind misses, named bare in answers to Kamervragen
        ("Bent u ermee bekend dat ICCO afgelopen jaar 0,9 miljoen euro ontving?", "ICCO"),
        ("Zij werkt samen met Kerk in Actie en Edukans aan onderwijs.", "Edukans"),
        ("Het Koninklijk Instituut voor de Tropen sluit.", "Koninklijk Instituut voor de Tropen"),
        ("Agriterra ondersteunt boerenorganisaties in Afrika.", "Agriterra"),
        ("Simavi en Wemos pleiten voor meer geld voor gezondheid.", "Simavi"),
        ("ZOA-Vluchtelingenzorg helpt in Soedan.", "ZOA-Vluchtelingenzorg"),
    ],
)  # fmt: skip
def test_a_designated_development_organisation_is_read_bare(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mensen met een missie zijn belangrijk voor de wijk.",  # the phrase, not the body's name
        "There is a tear in the WASTE report.",  # English words the regulation prints as names
        "De KIT is klaar voor gebruik.",  # three letters: left out
    ],
)
def test_words_and_short_letters_are_no_development_organisation(text: str) -> None:
    assert not {"Mensen met een Missie", "Tear", "WASTE", "KIT"} & set(_orgs(text))


def test_the_development_list_names_its_source_and_holds_no_form_another_list_prints() -> None:
    table = rows("development.tsv")
    assert len(table) > 40
    assert {r["source"] for r in table} == {build_development.SOURCE}
    assert all(r["source_id"].startswith("art1-line") and r["case"] == "s" for r in table)
    canon = {r["canonical"] for r in table}
    assert {"Interkerkelijke Organisatie voor Ontwikkelingssamenwerking", "Edukans"} <= canon
    assert not canon & build_development.NOT_NAMES
    others = {
        r["canonical"] for name in ("organisations.tsv", "international.tsv") for r in rows(name)
    }
    assert not canon & others
    variants = {v for r in table for v in r["variants"].split("|") if v}
    assert "ICCO" in variants
    assert all(len(v) >= 4 for v in variants)


def test_the_builder_reads_article_1s_dashed_names(tmp_path: Path) -> None:
    md = tmp_path / "BWBR0031167.md"
    md.write_text(
        "### Artikel  1  \n"
        "– Agriterra;  \n"
        "– Interkerkelijke Organisatie voor Ontwikkelingssamenwerking (ICCO);  \n"
        "– International Child Support (ICS);  \n"
        "– Stichting Kinderhulp Mondiaal (Kimon);  \n"
        "– SIMAVI;  \n"
        "– Tear;  \n"
        "– de deputaten voor de Buitenlandse Zending (dep. BZ) van de Kerken;  \n"
        "– Mama Cash;  \n"
        "### Artikel  2  \n"
        "– Niet Meer;  \n",
        encoding="utf-8",
    )
    table = build_development.build_development(md, {"Stichting Mama Cash"})
    assert [r[:2] for r in table] == [
        ["Agriterra", ""],
        ["Interkerkelijke Organisatie voor Ontwikkelingssamenwerking", "ICCO"],
        ["International Child Support", ""],  # 'ICS': three letters
        ["Simavi", "SIMAVI"],
        ["Stichting Kinderhulp Mondiaal", ""],  # 'Kimon': one capital, a given name
    ]


# --- plural kinds of orgs80's heads announce a list -----------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "De basisscholen De Regenboog en Het Anker fuseren volgend jaar.",
            {"De Regenboog", "Het Anker"},
        ),
        # orgs79's set C (a council's answer): orchestras by example
        (
            "Er zijn orkesten zoals de TU Prometheus, De Koninklijke Harmoniekapel en het Haags "
            "Jeugdorkest.",
            {"TU Prometheus", "De Koninklijke Harmoniekapel"},
        ),
        ("De theaters Diligentia en Branoul krijgen subsidie.", {"Diligentia", "Branoul"}),
    ],
)
def test_a_plural_kind_announces_its_bodies(text: str, names: set[str]) -> None:
    assert names <= set(_orgs(text))


@pytest.mark.parametrize(
    "text",
    [
        "De scholen Noord en Zuid sluiten eerder.",  # parts of town
        "De musea Amsterdam en Rotterdam zijn open.",  # places
        "De stembureaus De Linde en Het Anker zijn open.",  # polling stations: sites
    ],
)
def test_a_plural_kind_before_places_or_sites_announces_no_bodies(text: str) -> None:
    found = set(_orgs(text))
    assert not found & {"Noord", "Zuid", "Amsterdam", "Rotterdam", "De Linde", "Het Anker"}
