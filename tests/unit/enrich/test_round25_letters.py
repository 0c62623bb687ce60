"""What a blind set of Kamerbrieven, answers, an Eerste Kamer committee's letter and gemeente texts
as web pages print showed (gold25): Eerste Kamer letters cited with 'EK' and no year; a committee's
clerk under its name in capitals; a journal cited 'in' after a headline; a unit or a subject named
by a ministry's one-word name; a body named after an office's 'van de'; regional bodies
(streekgewest, archive services) and a place's name OCR split."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from services.enrich.references import find_in_text
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import enrich_one, organisations, people


def _kamerstukken(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "kamerstuk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(zie EK 35 300 B, A en EK 35 300 C, B).", ["kst-35300-B-A", "kst-35300-C-B"]),
        ("zoals besproken (EK 33 400, H) in april", ["kst-33400-H"]),
        ("TK 31 839, nr. 1024 en meer", ["kst-31839-1024"]),
    ],
)
def test_a_chamber_abbreviation_without_a_year_labels_a_numbered_paper(
    text: str, expected: list[str]
) -> None:
    assert _kamerstukken(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "het EK 2024 in Duitsland",  # a championship
        "EK 36 600 werd genoemd",  # a bare number after it: no paper's number or letter
        "TK 12 345 bezoekers",
    ],
)
def test_a_chamber_abbreviation_before_a_bare_number_is_none(text: str) -> None:
    assert _kamerstukken(text) == []


def test_a_clerk_under_a_committee_named_in_capitals() -> None:
    doc = SegmentedDocument(
        segments=[
            Segment(
                id="s1",
                kind="paragraph",
                page=1,
                text="Het verslag bestaat uit twee brieven.\n"
                "De griffier van de vaste Commissie voor Financiën, Verhoef\n",
            )
        ]
    )
    people = [e.text for e in enrich(doc)[1] if e.type == "person"]
    assert people == ["Verhoef"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het artikel «Bruggen en dijken» in Tijdschrift voor Bestuur (TvB) van 12 maart 2024?",
         # its abbreviation in small letters is defined there too (round orgs58)
         ["Tijdschrift voor Bestuur", "Tijdschrift voor Bestuur"]),
        ("het stuk «Bruggen» in de Dorpsbode van 12 maart 2024.", ["Dorpsbode"]),
        # where a headline is debated, no paper
        ("de motie «Bruggen» in de Kamer van 3 mei 2024", []),
        # a place is no paper
        ("het plan «Groen» in Utrecht van 3 mei 2024", []),
    ],
)  # fmt: skip
def test_a_journal_cited_in_after_the_headline(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De afdeling Financiën van de gemeente betaalt de rekening.", []),
        ("Het team Financiën en Control rekent.", []),
        ("Het Integraal Overzicht Financiën gemeenten verschijnt in juni.", []),
        ("de Hersteloperatie Toeslagen loopt door", []),
        # the ministry or agency as an actor stays a mention, also before a tier it deals with
        ("Volgens Financiën is dit goed.", ["Ministerie van Financiën"]),
        ("Hoe kan de Kiesraad gemeenten helpen?", ["Kiesraad"]),
        # a company's name is no common noun: an overview of it names it
        ("4.2 Overzicht Google diensten", ["Google"]),
        ("Defensie heeft de afdeling gesproken.", ["Ministerie van Defensie"]),
    ],
)
def test_a_one_word_name_as_a_unit_or_a_subject(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een brief van het Hoofd van de Dienst der Vaarwegen over de sluis",
         ["Dienst der Vaarwegen"]),
        ("een brief van het Hoofd van de Afdeling Zuid van de Dienst der Vaarwegen over",
         ["Dienst der Vaarwegen"]),
        ("het Jaarverslag van het Instituut Fysieke Veiligheid", ["Instituut Fysieke Veiligheid"]),
        # a table's next cell opens with a sentence's word: no word of the name
        ("het KPI-advies van de Dienst der Vaarwegen Onze referentie 4",
         ["Dienst der Vaarwegen"]),
        # an office of a bare head alone names no body
        ("het Hoofd van de Raad sprak", []),
        # an English title stays a title
        ("the Recommendation of the Board on Tariffs", []),
    ],
)  # fmt: skip
def test_a_body_after_an_office_of_it(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een brief van het streekgewest Oostelijk Zuid-Limburg van 3 mei",
         ["Streekgewest Oostelijk Zuid-Limburg"]),
        ("de archiefcommissie van het Streekarchivariaat Noordoost-Brabant stuurt",
         ["Streekarchivariaat Noordoost-Brabant"]),
        ("het Stadsarchief Deventer bewaart de akten", ["Stadsarchief Deventer"]),
        ("in het streekgewest werd gesproken", []),
    ],
)  # fmt: skip
def test_regional_bodies_by_kind(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_a_place_in_a_bodys_name_that_ocr_split_is_read_whole() -> None:
    found = [
        (e.text, e.canonical)
        for e in enrich_one("een brief van het streekgewest Midden Zuid-Hol land van mei")
        if e.type == "organization"
    ]
    assert found == [("streekgewest Midden Zuid-Hol land", "Streekgewest Midden Zuid-Holland")]
    # a lower-case word after the name that joins to no place is no part of it
    assert organisations("de gemeente Utrecht en de stad") == ["Gemeente Utrecht"]


def test_an_engineering_firm_defined_by_its_letters() -> None:
    assert organisations("het rapport van Ingenieurbüro Müller-Kamp (IMK) en het advies") == [
        "Ingenieurbüro Müller-Kamp"
    ]
    assert organisations("het stembureau (SB) sluit om negen uur") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het advies van Bakker & Partners en Mazars", ["Bakker & Partners", "Forvis Mazars"]),
        ("het rapport van Bakker & partners", ["Bakker & Partners"]),
        ("Smit & Zn. levert de stenen", ["Smit & Zn."]),
    ],
)
def test_a_firm_named_after_its_founder_and_partners(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_a_ministrys_name_in_a_list_of_committees_portfolios_names_a_committee() -> None:
    text = (
        "De leden van de vaste commissies voor Onderwijs, Cultuur en Wetenschap1, en voor "
        "Binnenlandse Zaken en de Hoge Colleges van Staat / Algemene Zaken en Huis van de "
        "Koning2 hebben vragen gesteld."
    )
    assert "Ministerie van Algemene Zaken" not in organisations(text)
    # the ministry named by itself stays a mention (the committee is one too: gold32)
    assert organisations("De commissie voor de Rijksuitgaven vroeg Algemene Zaken om uitleg.") == [
        "Commissie voor de Rijksuitgaven",
        "Ministerie van Algemene Zaken",
    ]


def test_the_clerk_of_a_report_of_several_committees() -> None:
    doc = SegmentedDocument(
        segments=[
            Segment(
                id="s1",
                kind="paragraph",
                page=1,
                text="De commissies brengen verslag uit.\n"
                "De griffier voor dit verslag, Van Dalen\n",
            )
        ]
    )
    assert [e.text for e in enrich(doc)[1] if e.type == "person"] == ["Van Dalen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aan de leden van Provinciale Staten\nDatum 3 mei", []),
        ("een brief aan de leden van Gedeputeerde Staten van Utrecht", []),
        # a surname with a lower-case particle stays a member
        ("Vragen van de leden van Dijk en Sneller aan de minister.", ["van Dijk", "Sneller"]),
    ],
)
def test_the_members_of_a_named_body_are_no_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected
