"""Round 30, second batch: what a title, a committee's signature, a minister's portfolio and a
list of bodies must and must not take. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument

from .found import organisations, people


def _entities(text: str, kind: str) -> list[str]:
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    return [e.canonical for e in enrich(doc)[1] if e.type == kind]


def test_a_chapter_after_an_empty_line_is_no_name_of_the_title_before_it() -> None:
    text = "I Vragen van de fracties\nII Reactie van de Minister\n\nI Vragen en opmerkingen"
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dat schreef de minister\nDe Jonge in zijn brief.", "De Jonge"),  # a wrapped line
        ("Volgens staatssecretaris Van Huffelen gaat het goed.", "Van Huffelen"),
    ],
)
def test_a_title_and_its_name_on_one_line_or_the_next(text: str, person: str) -> None:
    assert people(text) == [person]


def test_a_portfolio_after_a_wrapped_line_is_the_ministers_office() -> None:
    text = (
        "Antwoord van Minister Jansen (Defensie) en van Minister Pietersen\n"
        "(Sociale Zaken en Werkgelegenheid) (ontvangen 9 april 2021)."
    )
    assert organisations(text) == []


def test_a_ministry_in_a_sentence_after_a_wrapped_line_stays_one() -> None:
    text = (
        "Zo schreef minister Pietersen.\nHet Ministerie van Sociale Zaken en Werkgelegenheid meldt"
    )
    assert organisations(text) == ["Ministerie van Sociale Zaken en Werkgelegenheid"]


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        (
            "Vastgesteld 3 mei 2024\nDe fungerend voorzitter van de commissie, Bakker\n"
            "De griffier van de commissie, Smit\nInleiding",
            ["Bakker", "Smit"],
        ),
        ("De waarnemend griffier van de commissie,\nMulder\n", ["Mulder"]),
    ],
)
def test_a_committee_signed_by_a_chair_or_clerk_standing_in(text: str, signers: list[str]) -> None:
    assert _entities(text, "person") == signers


def test_a_standing_in_chair_before_a_heading_signs_nothing() -> None:
    assert _entities("De fungerend voorzitter van de commissie, Inleiding", "person") == []


def test_the_second_half_of_a_suspended_compound_in_a_list_is_no_body() -> None:
    text = (
        "Het gaat om de politie, de Belastingdienst, de Inspectie- en Toezichtsdiensten en "
        "andere organisaties."
    )
    assert organisations(text) == ["Politie", "Belastingdienst"]


def test_an_unknown_name_in_a_list_of_bodies_is_still_one() -> None:
    assert organisations("Overleg met de politie, de Belastingdienst, Zorgstem en Venex.") == [
        "Politie",
        "Belastingdienst",
        "Zorgstem",
        "Venex",
    ]


def test_defences_information_centre_by_its_abbreviation() -> None:
    assert organisations("De dataverzameling door LIMC bij Defensie stopte.") == [
        "Land Information Manoeuvre Centre",
        "Ministerie van Defensie",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Overleg gevoerd met staatssecretaris Jansen van Buitenlandse Zaken over de agenda.",
        "met Minister Van der Berg-Smit Kuipers van Infrastructuur en Waterstaat over water",
        "Minister De Vries van\nFinanciën schreef dat.",
    ],
)
def test_the_portfolio_after_an_office_holders_name_is_the_office(text: str) -> None:
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the holder's name is not followed by the portfolio: the ministry is meant
        (
            "Minister Jansen vroeg het Ministerie van Financiën om cijfers.",
            "Ministerie van Financiën",
        ),
        ("namens minister Jansen van het RIVM", "Rijksinstituut voor Volksgezondheid en Milieu"),
    ],
)
def test_a_body_after_an_office_holder_that_is_no_portfolio(text: str, body: str) -> None:
    assert organisations(text) == [body]


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        (
            "De vaste commissie voor Buitenlandse Handel en Ontwikkelingshulp heeft vragen.",
            "Vaste commissie voor Buitenlandse Handel en Ontwikkelingshulp",
        ),
        (
            "De vaste commissie voor Digitale Zaken vergaderde.",
            "Vaste commissie voor Digitale Zaken",
        ),
    ],
)
def test_the_committees_of_the_newer_ministries_named_in_full(text: str, committee: str) -> None:
    assert organisations(text) == [committee]


@pytest.mark.parametrize(
    ("text", "council"),
    [
        (
            "de geannoteerde agenda van de Raad Buitenlandse Zaken/Ontwikkelingssamenwerking",
            "Raad Buitenlandse Zaken",
        ),
        ("Het verslag van de JBZ-Raad van 12 juni volgt.", "Raad Justitie en Binnenlandse Zaken"),
        (
            "De EPSCO-Raad sprak over de richtlijn.",
            "Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken",
        ),
    ],
)
def test_a_configuration_of_the_council_of_the_eu(text: str, council: str) -> None:
    assert organisations(text) == [council]


def test_the_ministry_of_the_same_portfolio_stays_the_ministry() -> None:
    assert organisations("Het Ministerie van Buitenlandse Zaken schreef de agenda.") == [
        "Ministerie van Buitenlandse Zaken"
    ]
