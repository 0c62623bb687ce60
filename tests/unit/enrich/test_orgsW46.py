"""orgsW46 (issue #12, point 4): organisations and persons in Woo documents, names in capitals.

Classes: (1) a body printed in capitals, in a letterhead, a Woo document's heading or a ruling's
list of parties, is the listed body ('PROVINCIE DRENTHE', 'WONINGSTICHTING NIJKERK', 'MINISTERIE
VAN VOLKSGEZONDHEID, WELZIJN EN SPORT'), or a foundation or association by its kind ('STICHTING
STIKSTOF CLAIM'); headings in capitals ('BESLUIT', 'INVENTARISLIJST', 'ZIENSWIJZE') and a kind
with no name ('OPRICHTING STICHTING', 'VERENIGING VAN EIGENAREN') name no body; (2) a team's name
signed after a title ('i.o. mr. Openbaarmaking en privacy') is no person. Texts our own."""

from __future__ import annotations

import pytest

from services.enrich import words
from services.enrich.entities import capitals
from tests.unit.enrich.found import bodies, enrich_one, persons_printed


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        (
            "MONUMENTENWACHT | MET STEUN VAN DE PROVINCIE DRENTHE",
            "PROVINCIE DRENTHE",
            "Provincie Drenthe",
        ),
        (
            "WONINGSTICHTING NIJKERK\nPostbus 12",
            "WONINGSTICHTING NIJKERK",
            "Woningstichting Nijkerk",
        ),
        (
            "MINISTERIE VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\nDirectie Wetgeving",
            "MINISTERIE VAN VOLKSGEZONDHEID, WELZIJN EN SPORT",
            "Ministerie van Volksgezondheid, Welzijn en Sport",
        ),
        ("Retouradres RIJKSWATERSTAAT Postbus 2232", "RIJKSWATERSTAAT", "Rijkswaterstaat"),
    ],
)
def test_a_listed_body_in_capitals_is_the_listed_body(
    text: str, printed: str, canonical: str
) -> None:
    assert bodies(text).get(printed) == canonical


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        (
            "1 STICHTING STIKSTOF CLAIM te Lelystad,",
            "STICHTING STIKSTOF CLAIM",
            "Stichting Stikstof Claim",
        ),
        (
            "2. STICHTING MESDAG-ZUIVELFONDS NLTO te Smallingerland,",
            "STICHTING MESDAG-ZUIVELFONDS NLTO",
            "Stichting Mesdag-Zuivelfonds NLTO",
        ),
        (
            "STICHTING HET DRENTSE WELSTANDSTOEZICHT",
            "STICHTING HET DRENTSE WELSTANDSTOEZICHT",
            "Stichting Het Drentse Welstandstoezicht",
        ),
    ],
)
def test_a_foundation_in_capitals_is_a_body_by_its_kind(
    text: str, printed: str, canonical: str
) -> None:
    assert bodies(text).get(printed) == canonical


def test_a_list_in_capitals_gives_each_body_apart() -> None:
    found = bodies("STICHTING WOONBELANG, STICHTING HUURDERSBELANG EN WONINGSTICHTING NIJKERK")
    assert found == {
        "STICHTING WOONBELANG": "Stichting Woonbelang",
        "STICHTING HUURDERSBELANG": "Stichting Huurdersbelang",
        "WONINGSTICHTING NIJKERK": "Woningstichting Nijkerk",
    }


@pytest.mark.parametrize(
    "text",
    [
        "BESLUIT OP UW WOO-VERZOEK",
        "INVENTARISLIJST\nNr. | Documentnaam | Beoordeling",
        "ZIENSWIJZE STICHTING",
        "OPRICHTING STICHTING",
        "VERENIGING VAN EIGENAREN",
        "STICHTING TE",
        "DE STICHTING HEEFT BESLOTEN DAT",
    ],
)
def test_a_heading_in_capitals_names_no_body(text: str) -> None:
    assert bodies(text) == {}


def test_the_finder_is_asked_only_where_a_kind_in_capitals_stands() -> None:
    # the enricher (councilpages.find) asks capitals.find only where words.py saw its gate
    assert words.read("Stichting Woonbelang en de Provincie Drenthe").cues.isdisjoint(
        capitals.GATES
    )
    assert not words.read("STICHTING WOONBELANG").cues.isdisjoint(capitals.GATES)
    assert capitals.find("Stichting Woonbelang") == []


def test_a_team_signed_after_a_title_is_no_person() -> None:
    text = (
        "De Minister van Landbouw, Natuur en Voedselkwaliteit, namens deze, mr. J.F.L. Roording "
        "Divisiehoofd Juridische zaken\n\ni.o. mr. Openbaarmaking en privacy"
    )
    assert persons_printed(text) == {"J.F.L. Roording"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Aanwezig waren mr. Bakker en mevrouw De Vries.", "Bakker"),
        ("Het woord is aan de heer Koning en daarna aan mevrouw Smit.", "Koning"),
    ],
)
def test_a_surname_before_en_after_a_title_stays_a_person(text: str, person: str) -> None:
    assert person in persons_printed(text)


@pytest.mark.parametrize(
    ("text", "short", "canonical"),
    [
        (
            "het ketenterrein dat door Aannemingsmaatschappij Van Gelder B.V. (hierna: Van "
            "Gelder) is geplaatst. Van Gelder heeft de vergunning aangevraagd.",
            "Van Gelder",
            "Aannemingsmaatschappij Van Gelder B.V.",
        ),
        (
            "subsidieaanvragen en -beschikkingen aan Rutgers Kenniscentrum seksualiteit (hierna: "
            "Rutgers). Rutgers ontving de subsidie.",
            "Rutgers",
            "Rutgers Kenniscentrum",
        ),
    ],
)
def test_a_short_name_defined_after_its_body_is_that_body(
    text: str, short: str, canonical: str
) -> None:
    found = [e for e in enrich_one(text) if e.text == short or e.text.startswith(short + "\n")]
    assert found and all(e.type == "organization" and e.canonical == canonical for e in found)


def test_the_person_a_firm_is_named_after_stays_a_person() -> None:
    text = (
        "Het werk is gedaan door Bouwbedrijf Jansen B.V. (hierna: Jansen). De heer Jansen "
        "lichtte het toe."
    )
    kinds = {(e.type, e.start) for e in enrich_one(text) if e.text == "Jansen"}
    assert ("person", text.index("heer Jansen") + 5) in kinds


def test_a_laws_short_name_follows_no_body() -> None:
    assert bodies("met een beroep op de Wet open overheid (hierna: Woo) verzocht") == {}
