"""Round orgs79 (issue #12): bodies read from what is said around them, composed with the
document: a list of abbreviations read again with the bodies the whole document named
(enricher.py), an example list after a plural kind and a bare 'als' beside a known body
(kindlists.py), the first member of a list of abbreviations read without its title's words
(orglists.py), a body's representatives, a partner or a contractor, and 'Huis voor ...'
(bodycues.py). Each rule with its near misses: persons (given names, particles), places, systems,
instruments, laws, a list without a known body. Sentences and names are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from services.enrich.entities import bodycues
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import bodies


def _has(text: str, name: str) -> None:
    found = bodies(text)
    assert name in found, found


def _lacks(text: str, name: str) -> None:
    found = bodies(text)
    assert name not in found, found


def _document(*paragraphs: str) -> set[str]:
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"s{i}", kind="paragraph", page=1, text=p) for i, p in enumerate(paragraphs)
        ]
    )
    return {e.text for e in enrich(doc)[1] if e.type == "organization"}


# a list read again with the bodies the whole document named


def test_a_list_read_again_with_an_abbreviation_defined_elsewhere() -> None:
    found = _document(
        "Wat vindt u van het vertrek van het bestuur van de stichting Landelijk Overleg "
        "Kerkelijk Meldpunt (LOKM)?",
        "Welke eisen zijn gesteld aan de Tussenrapportage Subsidies VKR, LOKM en SBZ?",
    )
    assert {"VKR", "SBZ"} <= found, found


def test_a_list_read_again_near_miss_no_body_named_in_the_document() -> None:
    found = _document(
        "Wat vindt u van het vertrek van het bestuur?",
        "Welke eisen zijn gesteld aan de Tussenrapportage Subsidies VKR, LOKM en SBZ?",
    )
    assert not {"VKR", "SBZ"} & found, found


def test_a_list_read_again_near_miss_units_and_words() -> None:
    # read again, only members in capital letters: a unit's letters with '&' or a word in such a
    # list are as often a department's
    found = _document(
        "Het bestuur van de stichting Landelijk Overleg Kerkelijk Meldpunt (LOKM) trad af.",
        "Dit wordt onderzocht in overleg met LOKM, R&D, Economie en M&A.",
    )
    assert not {"R&D", "Economie", "M&A"} & found, found


def test_a_list_of_abbreviations_after_a_title() -> None:
    # a listed body among them: the first member is the abbreviation, not the title's words
    _has("Het gaat om de Evaluatie Subsidieregeling VKR, NVWA en SBZ.", "VKR")


def test_a_list_of_abbreviations_after_a_title_near_miss() -> None:
    # not every other member an abbreviation: a place among them
    _lacks("Het gaat om de Evaluatie Subsidieregeling VKR, Utrecht en Amsterdam.", "VKR")


# an example list after a plural kind and a bare 'als'


def test_examples_after_a_plural_kind_and_als() -> None:
    _has(
        "Het vormt een alliantie met organisaties als het Leger des Heils en Mondovida.",
        "Mondovida",
    )


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # no member a known body: 'als' compares as often as it lists
        ("Organisaties als Mondovida en Karvelo vragen subsidie.", "Karvelo"),
        # persons
        ("Verenigingen als Jan Jansen en Cordaid zijn er niet.", "Jan Jansen"),
        # places
        ("Bedrijven als Shell en Nederland doen mee.", "Nederland"),
    ],
)
def test_examples_after_a_plural_kind_and_als_near_miss(text: str, wrong: str) -> None:
    _lacks(text, wrong)


# a body's representatives


def test_representatives_of_a_body() -> None:
    _has("Volgens de vertegenwoordigers van Ardent Policy Associates is dat onjuist.",
         "Ardent Policy Associates")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("De vertegenwoordigers van Oekraïne waren aanwezig.", "Oekraïne"),
        ("De vertegenwoordiger van Jan Jansen sprak.", "Jan Jansen"),
    ],
)
def test_representatives_of_a_body_near_miss(text: str, wrong: str) -> None:
    _lacks(text, wrong)


# a partner or a contractor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Is het college bereid dit te doen in samenwerking met KAVORO?", "KAVORO"),
        ("Het onderzoek is in opdracht van Delta Beleidsadvies uitgevoerd.", "Delta Beleidsadvies"),
        ("De opdracht is gegund aan TRAVIX.", "TRAVIX"),
    ],
)
def test_a_partner_or_a_contractor(text: str, name: str) -> None:
    _has(text, name)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # persons: a given name, a particle
        ("Dit is gedaan in samenwerking met Jan de Vries.", "Jan de Vries"),
        ("Dit is gedaan in samenwerking met Van Dijk.", "Van Dijk"),
        # a system, a word with a capital inside
        ("Inloggen gebeurt in samenwerking met DigiD.", "DigiD"),
        # an instrument, a law's letters
        ("Dit is gedaan in samenwerking met de DPIA.", "DPIA"),
        ("Dit gebeurt in samenwerking met de AVG.", "AVG"),
        # places
        ("Het is in opdracht van Nederland gebouwd.", "Nederland"),
        # two letters: as often a code
        ("In samenwerking met AB is het gedaan.", "AB"),
    ],
)
def test_a_partner_or_a_contractor_near_miss(text: str, wrong: str) -> None:
    _lacks(text, wrong)


# 'Huis voor ...'


def test_a_house_for() -> None:
    _has("Dit is een zaak voor het Huis voor de Meldingen of een andere instantie.",
         "Huis voor de Meldingen")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Het paleis Huis ten Bosch is gerestaureerd.", "Het museum Huis Doorn is open."],
)
def test_a_house_for_near_miss(text: str) -> None:
    # a building by its place or family: not this rule's
    assert not [m for m in bodycues.find(text) if m.canonical.startswith("Huis")]


def test_examples_after_als_near_miss_two_listed_bodies_run_together() -> None:
    # the text lost the comma between two listed bodies: each stays the list's own
    found = bodies(
        "Wij spraken met organisaties als het Openbaar Ministerie, VNO-NCW MKB Nederland en NVB."
    )
    assert "VNO-NCW MKB Nederland" not in found, found
    assert {"VNO-NCW", "MKB Nederland"} <= set(found), found
