"""Kamer members named after their party, titles before a name, and regional bodies whose region
is more than one word."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _found(text: str, kind: str) -> set[str]:
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    _, entities = enrich(doc)
    return {e.canonical for e in entities if e.type == kind}


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Vragen van de CDA-leden Omtzigt en Van Dijk over de toeslagen.", {"Omtzigt", "Van Dijk"}),
        ("Het D66-Kamerlid Sneller diende een motie in.", {"Sneller"}),
        ("De VVD-Kamerleden Tielen en Becker vroegen om een debat.", {"Tielen", "Becker"}),
        # a listed member's surname that is also a place is a person after 'het lid'
        ("Het GroenLinks-lid Westerveld stelde vragen.", {"Westerveld"}),
        (
            "De vragen van de CDA-leden Omtzigt en Amhaouch (2022Z0001) en PvdA-leden Kuiken en"
            " Nijboer (2022Z0002) zijn beantwoord.",
            {"Omtzigt", "Amhaouch", "Kuiken", "Nijboer"},
        ),
        ("De informateur Plasterk sprak met de fracties.", {"Plasterk"}),
        ("Namens de directie, drs. P.J. de Wit, directeur.", {"P.J. de Wit"}),
    ],
)
def test_members_and_titled_persons(text: str, persons: set[str]) -> None:
    assert persons <= _found(text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Het CDA-lid heeft gevraagd om opheldering.",  # no name follows
        "De GGD-medewerker belde de leden van de vereniging.",
    ],
)
def test_no_member_without_a_name(text: str) -> None:
    assert not _found(text, "person")


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (
            "De GGD Zeeland en Westhoek deed het bron- en contactonderzoek.",
            "GGD Zeeland en Westhoek",
        ),
        ("Volgens GGD Noord- en Zuid-Limburg loopt het aantal op.", "GGD Noord- en Zuid-Limburg"),
        (
            "Omgevingsdienst Rivierenland –Oost gaf een vergunning.",
            "Omgevingsdienst Rivierenland-Oost",
        ),
    ],
)
def test_regional_bodies_with_a_longer_region(text: str, organisation: str) -> None:
    assert organisation in _found(text, "organization")


def test_a_region_does_not_run_into_the_next_body() -> None:
    found = _found("De GGD Twente en Veiligheidsregio Twente oefenden samen.", "organization")
    assert "GGD Twente" in found
    assert not any(" en Veiligheidsregio" in name for name in found)
    found = _found("Overleg tussen GGD Drenthe en VWS over testen.", "organization")
    assert "GGD Drenthe en VWS" not in found


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (
            "Het advies van Smit & Van Dam Advocaten N.V. is helder.",
            "Smit & Van Dam Advocaten N.V.",
        ),
        (
            "Het Europees Comité voor gegevensbescherming gaf richtsnoeren.",
            "European Data Protection Board",
        ),
        ("Het EMA beoordeelt het vaccin.", "European Medicines Agency"),
        ("Volgens de Landsadvocaat is het besluit houdbaar.", "Landsadvocaat"),
    ],
)
def test_companies_with_partners_and_listed_bodies(text: str, organisation: str) -> None:
    assert organisation in _found(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Hoewel Nederland geen lid is, doet het mee.",  # a conjunction opens the clause
        "Stationsplein 1, 3511 ED Utrecht Nederland",  # the place and country of an address
    ],
)
def test_no_national_body_from_a_clause_or_an_address(text: str) -> None:
    assert not any(name.endswith("Nederland") for name in _found(text, "organization"))


def test_no_national_body_from_the_tail_of_a_longer_name() -> None:
    found = _found("Rijksdienst voor Ondernemend XQ Nederland", "organization")  # OCR noise
    assert "Ondernemend XQ Nederland" not in found


def test_a_national_body_after_a_preposition_is_found() -> None:
    assert "Brandweer Nederland" in _found("De directeur van Brandweer Nederland.", "organization")
