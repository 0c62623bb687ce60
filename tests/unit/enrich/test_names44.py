"""names44 (issue #12, point 4): organisations and persons on documents never seen.

Classes read off half A of names44's blind set (provincial questions, minutes, reports, rulings):
(1) two elected members after their plural title ('de gedeputeerden Spierings en Van den Hout',
'de raadsleden De Mos en Sluijs'); (2) the older minutes' attendance head 'Tegenwoordig zijn ...:'
opens a list of one-initial members ('H. Baas (ChristenUnie) H. Beerda (PvdA)'), and a chair by
office is no surname ('Commissaris van de Koningin'); (3) a given name in brackets after initials
that no list holds ('A.L. (Lauryan) Bakker'); (4) a firm by its trade ('projectontwikkelaar
Provast', 'bouwmarkt Hornbach', 'supermarkt Hoogvliet') and by a trade's compound in apposition
('Mooimekkerland, een melkgeitenbedrijf'). Texts our own, in those documents' shapes."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies, enrich_one, persons_printed

# (1) persons after a plural title of the elected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Het document is een informatienotitie aan de gedeputeerden Spierings en Van den "
            "Hout, en gaat in op de PAS.",
            {"Spierings", "Van den Hout"},
        ),
        (
            "De door de raadsleden Sluijs, Klokkenburg en Van Basten Batenburg ingediende motie.",
            {"Sluijs", "Klokkenburg", "Van Basten Batenburg"},
        ),
        ("Vragen van de statenleden Van Dijk (VVD) en Brouwer (CDA).", {"Van Dijk", "Brouwer"}),
    ],
)
def test_members_after_a_plural_title_of_the_elected(text: str, names: set[str]) -> None:
    assert names <= persons_printed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Een brief aan de raadsleden Den Haag (RIS320314) over de begroting.",
        "Het overleg van de gedeputeerden Financiën en Economie is verschoven.",
    ],
)
def test_a_place_or_portfolios_after_the_plural_title_are_no_persons(text: str) -> None:
    assert not persons_printed(text)


# (2) 'Tegenwoordig zijn' heads an attendance list

_DRENTHE = (
    "Verslag van de vergadering van provinciale staten, gehouden op 17 december 2003. "
    "Tegenwoordig zijn: A.L. ter Beek, Commissaris van de Koningin, voorzitter de leden (49 in "
    "getal): H. Baas (ChristenUnie) H. Beerda (PvdA) W.A.R. Boer (PvdA) L. Bomhof (VVD) "
    "A. Faber (CDA) J. Haikens (VVD)"
)


def test_one_initial_members_after_tegenwoordig_zijn() -> None:
    found = persons_printed(_DRENTHE)
    assert {"H. Baas", "H. Beerda", "L. Bomhof", "A. Faber", "J. Haikens"} <= found
    assert "A.L. ter Beek" in found


def test_the_chair_by_office_is_no_person() -> None:
    assert "Commissaris van de Koningin" not in persons_printed(_DRENTHE)
    assert "Commissaris van de Koningin" not in persons_printed(
        "Aanwezig: A.L. ter Beek, Commissaris van de Koningin, voorzitter"
    )


def test_tegenwoordig_as_an_adverb_opens_no_list() -> None:
    assert not persons_printed("Tegenwoordig zijn er veel A. Jansen en B. Smit die dat denken.")


# (3) an unlisted given name in brackets after initials


def test_an_unlisted_given_name_in_brackets() -> None:
    found = {
        e.text: e.canonical
        for e in enrich_one(
            "Gemeente Zoetermeer Drs. A.L. (Lauryan) Bakker Prof. dr. J. (Hans) Bossert Drs. "
            "M.M. (Maaike) van Elteren A.M. (André) Maaskant, MSc"
        )
        if e.type == "person"
    }
    assert found["A.L. (Lauryan) Bakker"] == "Lauryan Bakker"
    assert found["A.M. (André) Maaskant"] == "André Maaskant"  # not swallowed by the name before
    assert found["M.M. (Maaike) van Elteren"] == "Maaike van Elteren"


@pytest.mark.parametrize(
    "text", ["J. (Wonen) Smit", "J. (Utrecht) Smit", "J. (VVD) Smit", "J. (red.) Smit"]
)
def test_a_bracket_of_a_word_place_or_party_gives_no_name(text: str) -> None:
    found = {
        e.canonical for e in enrich_one(f"Het stuk is van {text} gekomen.") if e.type == "person"
    }
    assert not {c for c in found if c.split()[0] in {"Wonen", "Utrecht", "VVD", "red."}}


# (4) firms by their trade


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Een initiatief van de eigenaren en projectontwikkelaar Provast.", "Provast"),
        ("Bezwaren over de bouwplannen van bouwmarkt Hornbach in Almelo.", "Hornbach"),
        ("Water stroomde in de kantine van supermarkt Hoogvliet uit het plafond.", "Hoogvliet"),
        ("In samenwerking met ontwikkelaar OC OHW is gewerkt aan het plan.", "OC OHW"),
        (
            "Het college heeft een last onder dwangsom opgelegd aan Mooimekkerland, een "
            "melkgeitenbedrijf.",
            "Mooimekkerland",
        ),
    ],
)
def test_a_firm_by_its_trade(text: str, name: str) -> None:
    assert name in bodies(text)


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("De Pier, waar projectontwikkelaar Re:Born een nieuw plan voor heeft.", "Re"),
        ("Ad 1. Motie 2e supermarkt RIS296770 en nut en noodzaak.", "RIS296770"),
        ("Dat zei de ontwikkelaar Jan de Vries gisteren.", "Jan de Vries"),
    ],
)
def test_no_firm_read_in_half_a_reference_or_a_person(text: str, not_a_body: str) -> None:
    assert not_a_body not in bodies(text)


# (5) a public library by its place or region; 'WMO' alone is the law, not the UN's body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zo doet Bibliotheek Den Haag mee aan nationale campagnes.", "Bibliotheek Den Haag"),
        (
            "De uitvoering in handen te geven van de openbare Bibliotheek Rivierenland.",
            "Bibliotheek Rivierenland",
        ),
        ("Samen met Bibliotheek Midden-Brabant en de scholen.", "Bibliotheek Midden-Brabant"),
    ],
)
def test_a_library_by_its_place_or_region(text: str, name: str) -> None:
    assert name in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Programma 5 Cultuur en Bibliotheek Lasten 2025: 29.108",
        "Het tarief voor Bibliotheek Buitenland stijgt.",
    ],
)
def test_a_library_before_a_common_word_is_no_body(text: str) -> None:
    assert not {b for b in bodies(text) if b.startswith("Bibliotheek")}


def test_wmo_alone_is_the_law_not_the_meteorological_body() -> None:
    assert "WMO" not in bodies("zegt Karin Schrederhof, Wethouder Wonen en WMO.")
    assert "WMO" not in bodies("Onderwerp: METC afweging reikwijdte WMO voor aanvraag 21-146/C")
    assert "World Meteorological Organization" in bodies(
        "Volgens de World Meteorological Organization (WMO) was het warm."
    )


def test_the_limburg_daily_by_its_full_name() -> None:
    found = bodies("Op zaterdag stond er een artikel in de Dagblad de Limburger.")
    assert found.get("Dagblad de Limburger") == "De Limburger"
