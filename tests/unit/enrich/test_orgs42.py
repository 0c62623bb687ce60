"""orgs42 (issue #12): organisations on a blind set of answers to Kamervragen, Kamerbrieven and
schriftelijk overleg (stored pages of officielebekendmakingen, tweedekamer.nl, openkamer,
berthub), and the brief's cues for firms no list holds.

- Dutch 'of' ('or') between two names ends the first where it has a Dutch head: 'Stichting
  Hulptroepen Alliantie of Relief Goods Alliance B.V.' names two bodies (main read one name of
  both); English names keep their 'of' ('Library of Congress', 'Bank of England');
- the body that carried out a study: 'het onderzoek is uitgevoerd door Regelink', 'het door X en
  Y opgeleverde rapport', 'uitgevoerd in opdracht van het ministerie door X'; not a person's
  shape, a capitalised plural or a place;
- a firm of partners of two or three names or with 'and': 'Twijnstra Smit & Partners' (main
  read one name before '&' only);
- 'Buro X', the firms' spelling of 'bureau': 'Buro Bakker'.
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _orgs(*texts: str) -> list[str]:
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts)
        ]
    )
    return sorted({e.text for e in enrich(doc)[1] if e.type == "organization"})


# --- 'of' between two names --------------------------------------------------------------


def test_or_between_a_foundation_and_a_firm() -> None:
    # the blind set's questions on the mask deal (2021Z10091)
    found = _orgs(
        "Kunt u bij Stichting Hulptroepen Alliantie of Relief Goods Alliance B.V., danwel de "
        "betrokken personen bij de stichting of de B.V. nagaan of u de documenten kunt delen?"
    )
    assert "Stichting Hulptroepen Alliantie" in found
    assert "Relief Goods Alliance B.V." in found
    assert not any(" of " in f for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het archief van de Library of Congress is online.", "Library of Congress"),
        ("De rente van de Bank of England daalt.", "Bank of England"),
    ],
)
def test_english_names_keep_their_of(text: str, name: str) -> None:
    assert name in _orgs(text)


# --- the body that carried out a study ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Het onderzoek is uitgevoerd door Regelink.", ["Regelink"]),
        (
            "De kartering is uitgevoerd in opdracht van de provincie door Regelink Ecologie.",
            ["Regelink Ecologie"],
        ),
        (
            "Hierbij informeer ik uw Kamer over het recent door Sira Consulting en Ecorys "
            "opgeleverde onderzoeksrapport.",
            ["Ecorys", "Sira Consulting"],
        ),
        ("De enquête is uitgevoerd door Ipsos I&O en Motivaction.", ["Ipsos I&O", "Motivaction"]),
        # the agent before the participle, and 'gedaan'
        ("Het onderzoek is door Regelink uitgevoerd.", ["Regelink"]),
        ("Het onderzoek werd gedaan door Kwink Groep.", ["Kwink Groep"]),
    ],
)
def test_the_body_that_carried_out_a_study(text: str, names: list[str]) -> None:
    found = _orgs(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "Het onderzoek is uitgevoerd door Kamerleden.",  # a capitalised plural
        "Het onderzoek is uitgevoerd door Jan Bakker.",  # a person by given name
        "Het onderzoek is uitgevoerd door Hoekstra.",  # a listed person's surname
        "De beoordeling is verricht door Nederland.",  # a place
        "Het onderzoek is uitgevoerd door middel van interviews.",
        "De werkzaamheden zijn uitgevoerd door Regelink.",  # no study's word
        "De afspraken zijn door Regelink gedaan.",
        "Er is een toezegging gedaan door Kamerleden.",
        # a body by its head after an article, no name
        "Het onderzoek is uitgevoerd door de Commissie.",
        "Het onderzoek is uitgevoerd door de Inspectie.",
    ],
)
def test_no_body_did_the_study(text: str) -> None:
    assert _orgs(text) == []


# --- partners and 'Buro' --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # main read a one-word name before '& Partners' only
        ("Het rapport van Boer & Partners is openbaar.", "Boer & Partners"),
        ("Volgens Twijnstra Smit & Partners is dat juist.", "Twijnstra Smit & Partners"),
        ("Het advies van Bakker and Partners kwam te laat.", "Bakker and Partners"),
    ],
)
def test_a_firm_of_partners(text: str, name: str) -> None:
    assert _orgs(text) == [name]


def test_partners_alone_are_people() -> None:
    assert _orgs("Wij spreken met onze Partners over de aanpak.") == []


def test_a_buro_by_its_name() -> None:
    assert _orgs("Het rapport is in opdracht van de provincie opgesteld door Buro Bakker.") == [
        "Buro Bakker"
    ]
