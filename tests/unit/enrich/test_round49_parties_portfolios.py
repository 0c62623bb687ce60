"""What a blind batch of decentral, care and advisory texts showed (gold49): the parties to an
agreement listed after 'partijen:'; a wethouder's portfolio in brackets; an author line of names
only; a letter's salutation after its subject; an insurance's product name; a body's name cut
before its lower-case word where its abbreviation follows. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations, people

# -- the parties to an agreement ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Het convenant is getekend door de betrokken partijen: Zonnehuis Zorg, "
            "De Vaste Burcht, Vestia, Stichting Buurtkracht eo., Zorgkantoor Rijnmond en de "
            "gemeente Schiedam.",
            [
                "Zonnehuis Zorg",
                "De Vaste Burcht",
                "Stichting Buurtkracht eo.",
                "Zorgkantoor Rijnmond",
            ],
        ),
        (
            "De samenwerkingspartners Tauw, Groenlab en Stichting Rivierzicht leveren het ontwerp.",
            ["Groenlab", "Stichting Rivierzicht"],
        ),
        (
            "Ondertekend door de zorgaanbieders: Kompaan, Lindehof en Horizonzorg.",
            ["Kompaan", "Lindehof", "Horizonzorg"],
        ),
    ],
)
def test_a_list_of_parties_holds_bodies(text: str, names: list[str]) -> None:
    found = organisations(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no member is a known body and no organisation word heads one: parties may be persons
        ("Beide partijen De Wolff en Kramer verschenen ter zitting.", ["De Wolff", "Kramer"]),
        ("De partners Anouk en Bram wonen samen.", ["Anouk", "Bram"]),
        # listed parties stay parties
        ("De coalitiepartijen VVD, D66 en CDA zijn het eens.", ["VVD", "D66", "CDA"]),
    ],
)
def test_a_list_of_parties_without_a_known_body_is_left(text: str, absent: list[str]) -> None:
    found = organisations(text)
    for name in absent:
        assert name not in found


# -- a portfolio in brackets ----------------------------------------------------------------------


def test_a_wethouders_brackets_name_a_portfolio() -> None:
    text = "Het tekenen door de wethouders Karin Bos (Zorg) en Peter Smit (Wonen) gebeurt vandaag."
    assert "Zorg" not in organisations(text)
    assert "Wonen" not in organisations(text)
    assert {"Karin Bos", "Peter Smit"} <= set(people(text))


def test_a_gedeputeerdes_brackets_name_a_portfolio() -> None:
    text = "Aanwezig waren gedeputeerde Anne Vos (Mobiliteit), Kees Mol (Natuur) en de griffier."
    assert "Mobiliteit" not in organisations(text)
    assert "Natuur" not in organisations(text)


def test_attendees_brackets_still_name_their_bodies() -> None:
    text = "Aanwezig: Joost Farla (Geonovum), Thijs Boersen (Kadaster)."
    found = organisations(text)
    assert "Stichting Geonovum" in found
    assert "Kadaster" in found


def test_an_office_in_an_earlier_sentence_does_not_reach() -> None:
    text = "Dat zei de wethouder. Aanwezig: Joost Farla (Geonovum), Thijs Boersen (Kadaster)."
    assert "Kadaster" in organisations(text)


# -- an author line of names only -----------------------------------------------------------------


def test_a_row_of_names_ends_in_a_name() -> None:
    text = (
        "Eindrapport\n\nRonald van der Mark André Oostdijk Rachel Beerepoot Hessel Heins\n\n12 mei"
    )
    assert "Hessel Heins" in people(text)
    assert "Hessel Heins" not in organisations(text)


def test_a_members_table_keeps_its_body_cells() -> None:
    text = "Leden\nEric Brouwer ICTU Frank Samwel Gem Den Haag\n"
    found = organisations(text)
    assert "gemeente Den Haag" in found
    assert "Frank Samwel" in people(text)


def test_a_row_whose_last_cell_is_a_body_word_keeps_the_body() -> None:
    text = "Leden\nPiet Jansen Kees Pieters Waterbouw Instituut\n"
    assert "Waterbouw Instituut" not in people(text)


# -- a letter's salutation; an insurance's product ------------------------------------------------


def test_a_name_ends_before_the_salutation() -> None:
    text = "betreft Aanbiedingsbrief Adviescommissie Geachte heer Jansen, hierbij"
    found = organisations(text)
    assert not any("Geachte" in name for name in found)


def test_a_name_before_a_lower_case_salutation_word_is_whole() -> None:
    text = "De Stichting Kunst en Cultuur geachte het advies nuttig."
    assert "Stichting Kunst en Cultuur" in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zij had de aanvullende ziektekostenverzekering Plus Collectief afgesloten.",
        "De aanvullende verzekering Tandarts Collectief is niet in geschil.",
        "Hij koos het pakket Zorg Select Collectief.",
    ],
)
def test_a_product_after_its_kind_is_no_body(text: str) -> None:
    assert not any("Collectief" in name for name in organisations(text))


def test_a_collective_without_a_product_word_is_a_body() -> None:
    text = "Het Collectief Zorg Noord heeft een verzekering afgesloten."
    assert "Collectief Zorg Noord" in organisations(text)


# -- a name cut before its lower-case word ---------------------------------------------------------


def test_a_cut_name_before_an_abbreviation_is_dropped() -> None:
    text = "Ook Stichting Georganiseerd eerstelijnszorg Zoetermeer (SGZ) tekende."
    found = organisations(text)
    assert "Stichting Georganiseerd" not in found
    assert "Stichting Georganiseerd eerstelijnszorg Zoetermeer" in found


def test_a_whole_name_before_its_abbreviation_stays() -> None:
    text = "De Stichting Open Data (SOD) is opgericht."
    assert organisations(text).count("Stichting Open Data") == 2


# -- data -----------------------------------------------------------------------------------------


def test_nhl_stenden() -> None:
    found = organisations("NHL Stenden is tevreden met het akkoord.")
    assert "NHL Stenden Hogeschool" in found
    assert "Stenden" not in found


# -- from the held-out pages: a list after a few words and a colon; an office in apposition;
# -- redaction placeholders; a ministry's short name as a subject ----------------------------------


def test_a_kind_then_a_colon_after_a_few_words_opens_the_list() -> None:
    text = (
        "Naast de gemeente tekenden de volgende zorgaanbieders het convenant: Stichting Ankerpunt, "
        "GGZ Rijnstreek, Limor, Pret in Herstel en Jados. De deelnemende woningcorporaties zijn: "
        "Vestia, Vidomes en Woonbron."
    )
    found = organisations(text)
    for name in ["GGZ Rijnstreek", "Pret in Herstel", "Jados", "Woonbron"]:
        assert name in found
    assert "Pret" not in found


def test_a_kind_then_a_sentence_is_no_list() -> None:
    text = "De zorgaanbieders zijn het eens. Kees Mol zei: Prima, Anne ook."
    found = organisations(text)
    assert "Prima" not in found
    assert "Anne" not in found


def test_an_office_in_apposition_names_a_person() -> None:
    text = "Froukje van der Linde, wethouder Werk en inkomen, werd benoemd tot voorzitter."
    assert "Froukje van der Linde" in people(text)
    assert "Werk" not in organisations(text)


def test_an_office_after_a_non_name_names_no_one() -> None:
    text = "Stichting de Brug, wethouder Jansen en de raad spraken."
    assert "Stichting de Brug" not in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente, vertegenwoordigd door wethouder Xxx Xxxxxx, tekent.",
        "Woonconcept, vertegenwoordigd door Xxxxx xx Xxxxx, beleidsregisseur, tekent ook.",
    ],
)
def test_a_redaction_placeholder_names_no_one(text: str) -> None:
    assert not any(name.startswith("X") for name in people(text))


def test_a_name_with_an_x_is_a_name() -> None:
    assert "Xander Xu" in people("Xander Xu, wethouder van Almere, sprak.")


@pytest.mark.parametrize(
    "text",
    [
        "Oude-Kotte wordt verantwoordelijk voor de portefeuille Financiën.",
        "Wethouder Henk-Jan Molenaar: Omgevingsvisie, Financiën en belastingen, Grondbedrijf.",
        "2.6 Publiciteit 15\n\n2.7 Financiën 15\n\n2.8 Bezuinigingen 17",
    ],
)
def test_a_ministrys_short_name_as_a_subject_is_no_body(text: str) -> None:
    assert "Ministerie van Financiën" not in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "De wethouder belde met Financiën.",
        "De beleggingsportefeuille van Defensie is klein.",
        "De minister stuurt zijn portefeuille door. Defensie reageerde.",
        "Het advies van het ministerie van Financiën volgt.",
    ],
)
def test_a_ministrys_short_name_elsewhere_is_the_ministry(text: str) -> None:
    found = organisations(text)
    assert "Ministerie van Financiën" in found or "Ministerie van Defensie" in found


# -- the GHOR, as the GGD -------------------------------------------------------------------


def test_the_ghor_spelled_out_is_one_name() -> None:
    text = (
        "De DPG is verantwoordelijk voor twee organisaties: GGD (Gemeentelijke Gezondheidsdienst) "
        "en GHOR (Geneeskundige Hulpverleningsorganisatie in de Regio)."
    )
    found = organisations(text)
    assert "Geneeskundige Hulpverleningsorganisatie" not in found
    assert "GHOR" in found


def test_a_ghor_with_its_region_is_that_regions() -> None:
    found = organisations("Bij de GGD Gelderland-Zuid en de GHOR Hollands Midden.")
    assert "GHOR Hollands Midden" in found
    assert "Gemeentelijke Gezondheidsdienst Gelderland-Zuid" in found  # the register's (orgs57)


def test_the_ghor_keten_is_no_region() -> None:
    found = organisations("De visie De GHOR-keten versterkt is vastgesteld.")
    assert not any(name.startswith("GHOR ") for name in found)
