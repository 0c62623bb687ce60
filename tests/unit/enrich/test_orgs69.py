"""Round orgs69 (issue #12): the classes a blind batch of Kamer answers, Woo-related rulings and
decentral papers showed, each with the near misses that stay as they were. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def bodies(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in enrich(_doc(text))[1] if e.type == "organization"}


# (a) a name its abbreviation spells whole is one body, over its commas and 'en'.
def test_a_task_named_committee_spelled_by_its_abbreviation_is_one_body() -> None:
    found = bodies(
        "De Bestuurlijke Adviescommissie Leefomgeving, Klimaat en Mobiliteit (BAC LKM) besloot."
    )
    whole = "Bestuurlijke Adviescommissie Leefomgeving, Klimaat en Mobiliteit"
    assert found[whole] == whole
    assert found["BAC LKM"] == whole
    assert "Klimaat" not in found and "Mobiliteit" not in found


def test_a_foreign_body_defined_by_its_abbreviation_is_found_with_it() -> None:
    found = bodies("Het overleg met de Landwirtschaftliche Rentenanstalt (hierna: LwR) liep vast.")
    assert found["LwR"] == "Landwirtschaftliche Rentenanstalt"


@pytest.mark.parametrize(
    "text",
    [
        # letters that spell no body's words: a programme, a plan, a vehicle
        "Het Programma Ruimte, Water en Wonen (PR WW) start in mei.",
        "Er reed een Snel Interventie Voertuig (SIV) uit.",
        # two capitals groups that spell nothing before them
        "Zie het rapport over Ruimte en Water (AB CD) van mei.",
    ],
)
def test_spelled_letters_of_no_body_name_none(text: str) -> None:
    assert bodies(text) == {}


def test_a_task_list_without_its_abbreviation_stays_cut_at_the_comma() -> None:
    # gold47's decision: without letters that spell it, a comma ends the name
    found = bodies("De Vereniging voor Water, Bodem en Lucht organiseert een congres.")
    assert "Vereniging voor Water, Bodem en Lucht" not in found


# (b) a firm's foreign legal form and a name of dotted capitals.
@pytest.mark.parametrize(
    ("text", "printed"),
    [
        (
            "appellanten: Nordwind Logistik Europe S.A., gevestigd te Luxemburg,",
            "Nordwind Logistik Europe S.A.",
        ),
        (
            "en Hanseatic Rückversicherung AG, gevestigd te Duitsland,",
            "Hanseatic Rückversicherung AG",
        ),
        ("door Baltic Marine Insurance SE, gevestigd te Riga", "Baltic Marine Insurance SE"),
        ("tussen Nordlys Kraft A/S en de Staat", "Nordlys Kraft A/S"),
        ("eiseres: Allianz SE, gevestigd te München", "Allianz SE"),
        ("de naamloze vennootschap E.ON Benelux N.V., gevestigd te Rotterdam", "E.ON Benelux N.V."),
    ],
)
def test_a_firm_with_a_foreign_legal_form(text: str, printed: str) -> None:
    assert printed in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zie de conclusie van A-G Wattel en de Conclusie AG Wattel over de zaak.",
        "De eenheid Unit SE; de afdeling Rapport SA, 2019.",
        "Bijlage Nota AG, 2 pagina's.",
        "de conclusie van de AG, die het hof volgde",
    ],
)
def test_two_letters_a_word_shares_are_no_firms_form(text: str) -> None:
    assert bodies(text) == {}


# (c) a register's or colophon's field label before or after a body is no part of its name.
def test_a_regulations_metadata_labels_are_no_part_of_the_body() -> None:
    found = bodies(
        "Gegevens van de regeling\nOverheidsorganisatie Waterschap Rijn en IJssel\n"
        "Officiële naam regeling Keur 2009"
    )
    assert "Waterschap Rijn en IJssel" in found
    assert not any("Overheidsorganisatie" in t or "Officiële" in t for t in found)


def test_a_colophons_client_label_is_no_part_of_the_ministry() -> None:
    found = bodies("Opdrachtgever: Ministerie van Infrastructuur en Waterstaat\nDatum: mei")
    assert "Ministerie van Infrastructuur en Waterstaat" in found


# (d) a council named after the law it advises on.
@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Verslag van de Adviesraad Wmo op 3 maart.", "Adviesraad Wmo"),
        ("Het advies van de Cliëntenraad Participatiewet volgt.", "Cliëntenraad Participatiewet"),
    ],
)
def test_a_council_named_after_its_law(text: str, printed: str) -> None:
    assert printed in bodies(text)


def test_the_law_alone_is_no_council() -> None:
    assert bodies("Gemeenten voeren de Wmo en de Participatiewet uit.") == {}


# (e) list rows: former and national bodies, short forms as papers print them.
@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Het rapport van de IOOV toont dat.", "Inspectie Openbare Orde en Veiligheid"),
        ("De Inspectie OOV onderzocht de brand.", "Inspectie Openbare Orde en Veiligheid"),
        ("Het Klachtbeeld LMZ 2015 is verschenen.", "Landelijk Meldpunt Zorg"),
        ("De KfW financiert de lening.", "Kreditanstalt für Wiederaufbau"),
        ("Zie de bekendmaking in Stentor, 10-12-2004.", "De Stentor"),
        ("allianties met Prorail en de waterschappen", "ProRail"),
        ("een zienswijze aan Tribuut en de Cleantech Regio", "Tribuut belastingsamenwerking"),
    ],
)
def test_rows_of_this_round(text: str, canonical: str) -> None:
    assert canonical in bodies(text).values()


# (f) a body's bracketed short form: its kind word kept, the rest abbreviated.
def test_a_bracketed_short_form_after_the_name_is_the_body() -> None:
    found = bodies("Het rapport van de Inspectie Leefomgeving en Transport (Inspectie LT) volgt.")
    assert found["Inspectie LT"] == "Inspectie Leefomgeving en Transport"


def test_a_short_form_whose_letters_spell_nothing_is_no_reading_of_the_body() -> None:
    found = bodies("De Inspectie van het Onderwijs (Inspectie VO) rapporteert.")
    assert found.get("Inspectie VO") != "Inspectie van het Onderwijs"


# (g) a guide's name is no body's, though its word ends in 'raad'.
def test_a_guide_spelled_by_its_letters_is_no_body() -> None:
    found = bodies("• De ABCo Leidraad inkopen en ontwikkelen van software (ABCOO).")
    assert not any("Leidraad" in t for t in found)


# (h) a list of gemeenten after a colon; the public body of a common arrangement by its kind.
def test_a_list_of_gemeenten_after_a_colon_names_each() -> None:
    found = bodies("De raden van de gemeenten: Asten, Deurne en Someren, ieder voor zover bevoegd;")
    assert {"Asten", "Deurne", "Someren"} <= set(found)


def test_the_land_of_gemeenten_after_a_colon_stays_none() -> None:
    assert bodies("Zij wonen in de gemeenten: Asten en Deurne.") == {}


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        (
            "Het Werkvoorzieningschap Achterhoek Oost is partij.",
            "Werkvoorzieningschap Achterhoek Oost",
        ),
        ("Het Streekarchief Voorne-Putten bewaart de stukken.", "Streekarchief Voorne-Putten"),
    ],
)
def test_a_common_arrangements_body_by_its_kind(text: str, printed: str) -> None:
    assert printed in bodies(text)


# (i) a safety region by 'VR' and its listed name; rows for foreign parliaments and others.
@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("De VR Zuid-Holland Zuid oefende.", "Veiligheidsregio Zuid-Holland Zuid"),
        ("Met VR Hollands Midden is afgesproken.", "Veiligheidsregio Hollands Midden"),
        ("De delegatie sprak met het Folketing.", "Folketing"),
        ("Een brief aan de Duitse Bondsdag.", "Bundestag"),
        ("in het kader van de WEU", "West-Europese Unie"),
        ("landen van het GOS", "Gemenebest van Onafhankelijke Staten"),
        ("LTO Noord reageerde.", "LTO Noord"),
    ],
)
def test_safety_regions_parliaments_and_more_rows(text: str, canonical: str) -> None:
    assert canonical in bodies(text).values()


def test_vr_before_an_unlisted_name_is_no_safety_region() -> None:
    assert bodies("De VR Groot Nieuws van vandaag.") == {}
