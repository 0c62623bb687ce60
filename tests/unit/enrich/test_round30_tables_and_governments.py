"""Round 30 (blind gold of answers to Kamervragen, Kamerbrieven and committee texts as web pages
print them): bodies named by a table's compound, ministries with lower-cased portfolio words, a
province's or municipality's government by its place, 'het Lid' capitalised, an EU commissioner
after a one-word portfolio, and the rail and mining firms the curated list lacked. Sentences are
our own; each rule has the near misses it must leave alone."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument

from .found import organisations, people


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Volgens het advies van de Alderstafel blijft het plafond staan.", "Alderstafel"),
        ("De Mobiliteitstafel legde vorige week een pakket voor.", "Mobiliteitstafel"),
        ("Dat bespreekt de Industrietafel, zo schreef de minister.", "Industrietafel"),
    ],
)
def test_a_consultative_table_named_as_one_word_after_an_article(text: str, body: str) -> None:
    assert organisations(text) == [body]


@pytest.mark.parametrize(
    "text",
    [
        "Het gesprek vond plaats aan de Keukentafel van de familie.",  # furniture
        "De Onderhandelingstafel bleef die week leeg.",  # a kind of meeting
        "Zij zaten aan de keukentafel.",  # lower case: a word
        "Alle Mobiliteitstafels kwamen bijeen.",  # a plural, no article
        "De Alderstafel-afspraken liepen af.",  # a compound of its own
        "De Tafel van Tien is een rekensom.",  # the word alone
        "Zo bleek uit de tafel in bijlage 2.",
    ],
)
def test_furniture_meetings_and_compounds_are_no_table_body(text: str) -> None:
    assert organisations(text) == []


def test_a_table_named_in_full_is_that_body_when_named_again_by_its_compound() -> None:
    pages = ["De Klimaattafel Industrie is ingesteld.", "Daarna sprak de Klimaattafel zich uit."]
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"p{n}", kind="paragraph", page=n, text=text)
            for n, text in enumerate(pages, 1)
        ]
    )
    found = [(e.text, e.canonical) for e in enrich(doc)[1] if e.type == "organization"]
    assert found == [
        ("Klimaattafel Industrie", "Klimaattafel Industrie"),
        ("Klimaattafel", "Klimaattafel Industrie"),
    ]


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "Het Ministerie van Infrastructuur en milieu ziet daarop toe.",
            "Ministerie van Infrastructuur en Waterstaat",
        ),
        (
            "Dat meldde het ministerie van volksgezondheid, welzijn en sport gisteren.",
            "Ministerie van Volksgezondheid, Welzijn en Sport",
        ),
        ("Het Ministerie van Economische zaken stuurt bij.", "Ministerie van Economische Zaken"),
        ("Een brief van het ministerie van financiën volgt.", "Ministerie van Financiën"),
    ],
)
def test_a_ministry_with_words_of_its_portfolio_in_lower_case(text: str, ministry: str) -> None:
    assert organisations(text) == [ministry]


@pytest.mark.parametrize(
    "text",
    [
        "Het ministerie van infrastructuur alleen bestaat niet.",  # part of a portfolio
        "Een ministerie van economie en klimaat zou helpen.",  # no ministry's name
        "De minister van financiën antwoordt.",  # the minister's office
    ],
)
def test_part_of_a_portfolio_or_an_office_is_no_ministry(text: str) -> None:
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Volgens het provinciebestuur van Drenthe moet dat anders.", "Provincie Drenthe"),
        ("Het gemeentebestuur van Assen gaat daarmee akkoord.", "Gemeente Assen"),
        ("Ook het Provinciebestuur van Zeeland schreef.", "Provincie Zeeland"),
    ],
)
def test_a_provinces_or_municipalitys_government_by_its_place(text: str, body: str) -> None:
    assert organisations(text) == [body]


@pytest.mark.parametrize(
    "text",
    [
        "Het provinciebestuur van Assen bestaat niet.",  # a municipality, no province
        "Het gemeentebestuur van de stad besloot anders.",  # no name
        "Het provinciebestuur besloot anders.",  # no place
        "Het gemeentebestuur van Vught-Zuid Noord vergaderde.",  # no listed municipality
    ],
)
def test_a_government_of_no_listed_province_or_municipality_is_none(text: str) -> None:
    assert organisations(text) == []


def test_a_government_whose_place_took_the_next_word() -> None:
    assert organisations("Het gemeentebestuur van Assen Willem sprak.") == ["Gemeente Assen"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Daarmee kom ik tegemoet aan het verzoek dat het Lid Kuiken heeft gedaan.", "Kuiken"),
        ("Zoals het Lid De Graaf tijdens het debat vroeg.", "De Graaf"),
    ],
)
def test_a_member_after_a_capitalised_lid(text: str, person: str) -> None:
    assert people(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "Het Lid 3 van artikel 7 bepaalt dat.",  # a paragraph of an article
        "zoals het Lid van de Raad van State schreef",  # the body he sits in
        "het Lid Raad van Bestuur tekende mee",  # an office
    ],
)
def test_a_capitalised_lid_before_no_name_is_no_member(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Wat bedoelt de Europese Commissaris voor Landbouw Janusz Wojciechowski daarmee?",
            "Janusz Wojciechowski",
        ),
        ("Dat zei eurocommissaris voor Handel Dombrovskis gisteren.", "Dombrovskis"),
    ],
)
def test_an_eu_commissioner_after_a_portfolio_of_one_word(text: str, person: str) -> None:
    assert people(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "De Europese Commissaris voor Landbouw en Visserij sprak.",  # no name follows
        "De Europese Commissaris voor Klimaat. Daarna volgt de rest.",
        "Een gesprek met de Europese Commissaris voor Mededinging Nederlandse Zaken volgt.",
    ],
)
def test_a_commissioners_portfolio_without_a_name_is_no_person(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Ook Nobian en Frisia Zout winnen zout in het noorden.", ["Nobian", "Frisia Zout"]),
        ("Een brief van RailGood en van DB Cargo kwam binnen.", ["RailGood", "DB Cargo"]),
        ("Volgens RTLZ gaat het om meer banken.", ["RTL Z"]),
    ],
)
def test_mining_and_rail_firms_and_a_business_channel(text: str, firms: list[str]) -> None:
    assert organisations(text) == firms


@pytest.mark.parametrize(
    "text",
    [
        "Met de Land Rover reden zij naar het veld.",  # 'Rover' only as the association's name
        "Volgens Stadler gaat het goed.",  # a surname: the firm only as 'Stadler Rail'
    ],
)
def test_firm_names_that_are_words_or_surnames_only_in_full(text: str) -> None:
    assert organisations(text) == []


_KAMER_FOOTER = "Tweede Kamer, vergaderjaar 2024–2025, 36 600 XVI, nr. 7"


def _organisations_in(*pages: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"p{n}", kind="paragraph", page=n, text=text)
            for n, text in enumerate(pages, 1)
        ]
    )
    return [(e.text, e.canonical) for e in enrich(doc)[1] if e.type == "organization"]


@pytest.mark.parametrize(
    "text",
    [
        "Wij nemen de aanbeveling van de Rekenkamer over.",
        "Het oordeel der Rekenkamer over het jaarverslag was streng.",
    ],
)
def test_de_rekenkamer_in_a_kamer_publication_is_the_algemene_rekenkamer(text: str) -> None:
    assert _organisations_in(text, _KAMER_FOOTER) == [("Rekenkamer", "Algemene Rekenkamer")]


def test_de_rekenkamer_outside_a_kamer_publication_is_left_alone() -> None:
    # a council's paper: its own court of audit may be meant
    assert _organisations_in("Wij nemen de aanbeveling van de Rekenkamer over.") == []


@pytest.mark.parametrize(
    "text",
    [
        # another court of audit named in the paper: which one is meant is a guess
        "De Europese Rekenkamer oordeelde. Wij volgen de aanbeveling van de Rekenkamer.",
        "De rekenkamercommissie is ingesteld; de Rekenkamer adviseert haar.",
    ],
)
def test_de_rekenkamer_beside_another_court_of_audit_is_left_alone(text: str) -> None:
    found = _organisations_in(text, _KAMER_FOOTER)
    assert ("Rekenkamer", "Algemene Rekenkamer") not in found


def test_a_rekenkamer_named_by_its_place_is_no_algemene_rekenkamer() -> None:
    found = _organisations_in("Zo schreef de Rekenkamer Rotterdam vorig jaar.", _KAMER_FOOTER)
    assert [canonical for _, canonical in found] == ["Rekenkamer Rotterdam"]
