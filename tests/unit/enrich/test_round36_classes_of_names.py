"""What a blind set of answers, letters and reports of BZK, Koninkrijksrelaties, IenW (OV), LNV
(Wadden), EZK (mijnbouw), SZW, OCW (media, NWO) and JenV (rechtsbijstand) showed (gold36): a joint
stuk whose second dossier carries its letter; 'commissie van <portfolio>'; 'Beraad' heads a body;
a guide's 'Leidraad' heads none; a law's title after a name is no word of it; a note's number
glued to a name's last word; a periodical named by a piece 'in' it 'van' its day; a service named
by one '-dienst' compound; a public body's name all in lower case; 'de leden van uw Kamer X en Y';
a wrapped 'Overzichten' + 'Financiën'. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import organisations, people


def _kamerstukken(text: str) -> set[str]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return {r.normalized for r in enrich(doc)[0] if r.type == "kamerstuk"}


# -- a stuk printed in two dossiers, the second with its own letter or chapter --------------------


@pytest.mark.parametrize(
    ("text", "stuk", "not_stuk"),
    [
        ("Zie de brief (Kamerstukken 35 300 B en 35 300 C, nr. 12) over de fondsen.",
         "kst-35300-B-12", "kst-35300-C-12"),
        ("Zie Kamerstukken 36 200 VII en 36 200 B, nr. 4.", "kst-36200-VII-4", "kst-36200-B-4"),
        ("Zie Kamerstukken 31 200 en 32 100 XV, nr. 8.", "kst-31200-8", "kst-32100-XV-8"),
    ],
)  # fmt: skip
def test_joint_stuk_is_the_first_dossiers(text: str, stuk: str, not_stuk: str) -> None:
    found = _kamerstukken(text)
    assert stuk in found
    assert not_stuk not in found


def test_second_dossier_alone_stays_a_stuk_of_its_own() -> None:
    # no 'en' between: two citations, not one joint stuk
    found = _kamerstukken("Zie Kamerstuk 35 300 B, nr. 3 en Kamerstuk 35 300 C, nr. 7.")
    assert {"kst-35300-B-3", "kst-35300-C-7"} <= found


# -- 'commissie van' and a portfolio is the Kamer's committee, not the ministry ------------------


def test_committee_with_van() -> None:
    found = organisations("De leden van de Vaste Commissie van Infrastructuur en Waterstaat vragen")
    assert "Vaste commissie voor Infrastructuur en Waterstaat" in found
    assert "Ministerie van Infrastructuur en Waterstaat" not in found


def test_committee_with_a_note_number_glued_on() -> None:
    found = organisations("De vaste commissie voor Volksgezondheid, Welzijn en Sport2 besloot.")
    assert found == ["Vaste commissie voor Volksgezondheid, Welzijn en Sport"]


def test_minister_with_a_note_number_is_no_body() -> None:
    assert organisations("De Minister van Buitenlandse Zaken3 heeft geantwoord.") == []


def test_ministry_after_van_without_committee_stays_the_ministry() -> None:
    found = organisations("Het advies van Infrastructuur en Waterstaat kwam gisteren.")
    assert not any(o.startswith("Vaste commissie") for o in found)


# -- 'Beraad' heads a body of several words; a 'raad' compound that is a guide heads none ---------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Dat besprak het Landelijk Jeugdzorg Beraad in mei.", "Landelijk Jeugdzorg Beraad"),
        ("Het Regionaal Zorgverzekeraars Beraad stemde in.", "Regionaal Zorgverzekeraars Beraad"),
    ],
)
def test_beraad_heads_a_body(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Daarna volgde Beraad over de begroting.",  # one word: no name
        "Na Beraad besloot het college anders.",
        "Daarvoor geldt de Leidraad Aanbesteding Infrastructuur sinds 2020.",
        "De Leidraad Toezicht Kinderopvang is herzien.",
        "De Woningvoorraad Utrecht groeit traag.",
    ],
)
def test_no_body_from_beraad_alone_or_a_guide(text: str) -> None:
    found = organisations(text)
    assert not any(("Beraad" in o or "raad " in o or o.endswith(("Leidraad", "voorraad")))
                   or o.startswith(("Leidraad", "Woningvoorraad")) for o in found)  # fmt: skip


def test_council_compound_still_heads_a_body() -> None:
    assert "Adviesraad Vreemdelingenzaken Oost" in organisations(
        "Volgens de Adviesraad Vreemdelingenzaken Oost is dat onjuist."
    )


# -- a law's title that opens after a body's name is no word of the name ------------------------


@pytest.mark.parametrize(
    ("text", "body", "not_body"),
    [
        ("Het advies Bureau Toetsing Regels Wet inburgering nieuwkomers kwam laat.",
         "Bureau Toetsing Regels", "Bureau Toetsing Regels Wet"),
        ("Een brief van de Stichting Open Water Besluit bodemkwaliteit volgde.",
         "Stichting Open Water", "Stichting Open Water Besluit"),
    ],
)  # fmt: skip
def test_law_title_after_a_name(text: str, body: str, not_body: str) -> None:
    found = organisations(text)
    assert body in found
    assert not_body not in found


def test_capitalised_wet_inside_a_name_stays() -> None:
    # a capital after 'Wet': no law's title in lower case, the word stays the name's
    found = organisations("De Commissie Wet Open Overheid adviseerde.")
    assert "Commissie Wet Open Overheid" in found


# -- a note's number glued to a name's last word --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Het advies van de Raad voor de Rechtspraak3 is helder.", "Raad voor de rechtspraak"),
        ("Zij wees op de Stichting Groene Dijken12, die klaagde.", "Stichting Groene Dijken"),
        ("Volgens de Autoriteit Consument en Markt4.", "Autoriteit Consument en Markt"),
    ],
)
def test_note_number_glued_to_a_name(text: str, body: str) -> None:
    found = organisations(text)
    assert body in found
    assert not any(o[-1].isdigit() for o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Het programma van de Stichting Horizon2020 loopt af.",  # four digits: part of the word
        "De Stichting Hulp0 werd opgericht.",  # no note is numbered from zero
    ],
)
def test_digits_that_are_no_note_number_stay(text: str) -> None:
    found = organisations(text)
    assert not any(o in ("Stichting Horizon", "Stichting Hulp") for o in found)


# -- a periodical named by a piece 'in' it, dated by its day --------------------------------------


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("Ik reageer op het artikel in Vakblad Veerdiensten van 30 oktober jl. over de pont.",
         "Vakblad Veerdiensten"),
        ("Zij verwijst naar een bericht in het Kustblad van 4 juli 2024.", "Kustblad"),
        ("Het interview van P. de Boer in Polder Magazine van 3 mei 2023 gaat over de dijk.",
         "Polder Magazine"),
    ],
)  # fmt: skip
def test_periodical_named_by_a_dated_piece(text: str, medium: str) -> None:
    assert medium in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het artikel in de Kamer van 3 mei 2024 werd besproken.",  # where it was said
        "Het artikel in Nederland van 3 mei 2024 werd vaak gelezen.",  # a place
        "Het artikel in de Kamerbrief van 3 mei 2024 is kort.",  # a paper
        "Het artikel in Kustblad van gisteren was kort.",  # no day: not read
    ],
)
def test_no_periodical_without_a_paper_and_its_day(text: str) -> None:
    found = organisations(text)
    assert not any(o in ("Kamer", "Nederland", "Kamerbrief", "Kustblad") for o in found)


# -- a service named by one '-dienst' compound ---------------------------------------------------


def test_service_named_by_one_compound() -> None:
    assert "Opsporingsdienst" in organisations(
        "Dat meldden de politie en de Opsporingsdienst gisteren."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Volgens de Rijksdienst is dat niet nodig.",  # refers back to a longer name
        "Hij draaide de Nachtdienst in het ziekenhuis.",  # a shift
        "Na de Kerkdienst gingen zij naar huis.",
        "Zo werkt de dienst van het waterschap.",  # lower case
    ],
)
def test_no_service_from_a_back_reference_or_a_shift(text: str) -> None:
    found = organisations(text)
    assert not any(o in ("Rijksdienst", "Nachtdienst", "Kerkdienst", "dienst") for o in found)


def test_service_whose_name_goes_on_is_read_whole() -> None:
    found = organisations("Zo meldde de Keuringsdienst voor Eieren gisteren een vondst.")
    assert "Keuringsdienst" not in found


# -- a public body's listed name written all in lower case --------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Daarover adviseert de raad voor de kinderbescherming (hierna: de raad).",
         "Raad voor de Kinderbescherming"),
        ("Het toezicht ligt bij de inspectie van het onderwijs.", "Inspectie van het Onderwijs"),
    ],
)  # fmt: skip
def test_public_body_in_lower_case(text: str, body: str) -> None:
    assert body in organisations(text)


def test_foundation_in_lower_case_is_no_body() -> None:
    # a local foundation's lower-case name is a phrase as often: not read
    assert not any(o.lower().startswith("stichting van") for o in organisations(
        "Dat is het werk van de stichting van houten meubelmakers."))  # fmt: skip


# -- the Kamer's members named in a minister's letter ---------------------------------------------


def test_members_of_your_kamer() -> None:
    found = people("Ik beantwoord de vragen van de leden van uw Kamer Bikker en Sneller1 over")
    assert "Bikker" in found
    assert "Sneller" in found


def test_members_of_your_kamer_without_names() -> None:
    assert people("Ik dank de leden van uw Kamer voor hun vragen.") == []


# -- a wrapped line between a title's 'Overzichten' and a portfolio's word ---------------------


def test_overview_of_finances_across_a_line() -> None:
    found = organisations("de Integrale Overzichten\nFinanciën gemeenten en provincies 2025")
    assert "Ministerie van Financiën" not in found


def test_finance_ministry_on_a_new_line_stays() -> None:
    found = organisations("Daarover sprak ik met\nFinanciën en met de VNG.")
    assert "Ministerie van Financiën" in found
