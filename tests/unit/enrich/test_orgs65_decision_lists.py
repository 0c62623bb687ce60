"""Round orgs65 (issue #12): organisations and persons in a college's decision lists, Woo papers
and inspection reports, each rule with the near misses that stay as they were. Sentences and
cells are our own, in the shapes the blind batch showed."""

from __future__ import annotations

import pytest

from services.enrich.entities import portfolios
from tests.unit.enrich.found import enrich_one


def persons(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich_one(text) if e.type == "person"]


def bodies(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich_one(text) if e.type == "organization"]


# --- a portfolio's policy fields ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "5.a | Financiën, Economie en Sport\n5.a.1 | Kaderbrief 2026",
        "5.b | Sociaal Domein, Wonen en Onderwijs",
        "Portefeuille: Financiën, Bestuur en Veiligheid",
        "3.c Ruimte, Duurzaamheid en Mobiliteit\nBesluit: akkoord.",
    ],
)
def test_a_portfolio_cell_names_no_body(text: str) -> None:
    assert bodies(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a ministry's subject as a heading prints it stands for the ministry
        ("Volksgezondheid, Welzijn en Sport", "Ministerie van Volksgezondheid, Welzijn en Sport"),
        # ministries by their short names, all of them ministries
        ("Financiën, Defensie en Buitenlandse Zaken", "Ministerie van Defensie"),
        # the fields in running text: the cell holds more than the fields
        ("Financiën en Sport hebben ingestemd met het voorstel.", "Ministerie van Financiën"),
        # one field alone is no portfolio's list
        ("5.a | Financiën", "Ministerie van Financiën"),
    ],
)
def test_a_cell_that_is_no_portfolio_keeps_its_bodies(text: str, found: str) -> None:
    assert found in {canonical for _, canonical in bodies(text)}


def test_is_portfolio_reads_the_cell_only() -> None:
    assert portfolios.is_portfolio(" Cultuur en Welzijn")
    assert not portfolios.is_portfolio("Cultuur en Welzijn van ouderen")
    assert not portfolios.is_portfolio("Onderwijs, Cultuur en Wetenschap")
    assert not portfolios.is_portfolio("financiën en sport")


# --- bodies by their shape: a rescue brigade, a visited provider, a bracketed foundation, a school


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "De evaluatie van de Wassenaarse Reddingsbrigade (WRB) is klaar.",
            "Wassenaarse Reddingsbrigade",
        ),
        ("Een subsidie voor Reddingsbrigade Katwijk is verleend.", "Reddingsbrigade Katwijk"),
        (
            "De inspectie heeft een bezoek gebracht aan Zorgkracht-Oost, locatie Dorpsstraat 4.",
            "Zorgkracht-Oost",
        ),
        (
            "Het verslag van de Lindenschool (Stichting openbaar basisonderwijs Vlietstad) is er.",
            "Stichting openbaar basisonderwijs Vlietstad",
        ),
        ("De raad keurt de jaarrekening van de Lindenschool goed.", "Lindenschool"),
    ],
)
def test_a_body_by_its_shape(text: str, name: str) -> None:
    assert name in {found for found, _ in bodies(text)}


@pytest.mark.parametrize(
    "text",
    [
        "De reddingsbrigade kwam snel ter plaatse.",  # the kind, not a brigade's name
        "Reddingsbrigade Wedstrijden 2024 zijn verplaatst.",  # no place after the kind
        "De inspectie bracht een bezoek aan Tilburg, locatie centrum.",  # a place
        "Zij schreef het (Stichting is opgericht in 2001) al eerder.",  # a sentence in brackets
        "Hij gaat naar de Basisschool in het dorp.",  # the kind of school
        "Naar de Rijschool gaan veel jongeren.",  # the kind, after no article
    ],
)
def test_no_body_where_the_shape_is_a_kind_place_or_sentence(text: str) -> None:
    assert bodies(text) == []


def test_kind_word_brigade_links_its_abbreviation() -> None:
    text = "De Wassenaarse Reddingsbrigade (WRB) bewaakt het strand. De WRB telt veel leden."
    assert {c for _, c in bodies(text)} == {"Wassenaarse Reddingsbrigade"}


def test_a_gemeente_list_cut_at_the_segments_end() -> None:
    assert bodies("1. De samenwerking voort te zetten met de gemeenten Lansingerland,") == [
        ("Lansingerland", "Gemeente Lansingerland")
    ]
    # no listed gemeente of that name: nothing
    assert bodies("1. De samenwerking voort te zetten met de gemeenten Oud Dorp,") == []


# --- bodies listed this round ---------------------------------------------------------------------


def test_avalex_and_the_knrm_are_listed() -> None:
    assert bodies("Het college neemt kennis van de rapportage Avalex over 2023.") == [
        ("Avalex", "Avalex")
    ]
    assert ("KNRM", "Koninklijke Nederlandse Redding Maatschappij") in bodies(
        "De ontvlechting tussen de KNRM en de brigade is besproken."
    )


# --- a plan, a member and a party -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De raad wordt geïnformeerd over het Inrichtingsplan Centrum Oostdorp en het budget.",
        "De ambities die in het Regioplan staan beschreven worden onderschreven.",
    ],
)
def test_a_plan_names_no_body(text: str) -> None:
    assert bodies(text) == []


def test_a_research_bureau_named_plan_stays() -> None:
    assert ("Regioplan", "Regioplan") in bodies("Uit onderzoek van Regioplan blijkt dat.")


def test_a_member_named_de_raad_is_a_person() -> None:
    text = "Vragen gesteld door raadslid Hofman-De Raad van de LW!-fractie d.d. 16 oktober 2025."
    assert persons(text) == [("Hofman-De Raad", "Hofman-De Raad")]
    assert bodies(text) == []
    # the Raad van State after no member's title stays the body
    assert bodies("Het advies van de Raad van State volgt.") == [
        ("Raad van State", "Raad van State")
    ]


def test_a_partys_short_name_after_a_title_is_no_person() -> None:
    assert persons("Beantwoording art 37 raadslid HvW inzake bankstand per 30 sept.") == []
    # an initialled member after the same title stays
    assert persons("Beantwoording art 37 raadslid J. de Vries inzake bankstand.") == [
        ("J. de Vries", "J. de Vries")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "gesteld door raadslid Bellekom-Vogels Lokaal Wassenaar! d.d. 12 mei 2025",
        # the particle before the party's name goes with it (the sweep's form)
        "gesteld door raadslid Bellekom-Vogels van Lokaal Wassenaar! d.d. 5 december 2023",
    ],
)
def test_a_local_partys_first_word_leaves_the_members_span(text: str) -> None:
    assert persons(text) == [("Bellekom-Vogels", "Bellekom-Vogels")]
