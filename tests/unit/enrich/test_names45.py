"""names45 (issue #12, point 4): organisations on documents never seen.

Classes read off names44's half B and names45's set C: (1) a name whose bracketed abbreviation
spells only some of its capitals, through a compound ending in 'holding', 'alliantie' or
'coördinator' ('Corporatieholding Friesland (CHF)', 'BelangenAlliantie Detailhandel Twente
(BADT)', 'Nationaal Coördinator tegen Discriminatie en Racisme (NCDR)'); (2) a housing
corporation after 'woningstichting' in lower case ('de Tilburgse woningstichting Tiwos'); (3)
a ministry's directorate 'directeur Woningmarkt' is no person; (4) a register's name loses the
sentence article the register prints before it ('de Noordelijke Rekenkamer'). Texts our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies, enrich_one, persons_printed


@pytest.mark.parametrize(
    ("text", "abbr", "name"),
    [
        (
            "De gemeente Leeuwarden en Corporatieholding Friesland (CHF) tekenen een "
            "prestatieovereenkomst.",
            "CHF",
            "Corporatieholding Friesland",
        ),
        (
            "Twentse gemeenten ontvangen brieven van de BelangenAlliantie Detailhandel Twente "
            "(BADT) over de bouwplannen.",
            "BADT",
            "BelangenAlliantie Detailhandel Twente",
        ),
        (
            "Het programma is opgesteld door de Nationaal Coördinator tegen Discriminatie en "
            "Racisme (NCDR). Hij werkte met de departementen.",
            "NCDR",
            "Nationaal Coördinator tegen Discriminatie en Racisme",
        ),
    ],
)
def test_abbreviation_spelling_part_of_a_compound(text: str, abbr: str, name: str) -> None:
    ents = enrich_one(text)
    found = {(e.text, e.canonical) for e in ents if e.type == "organization"}
    assert (abbr, name) in found


@pytest.mark.parametrize(
    "text",
    [
        # no body word among the spelled-out words: a plan and a person's office stay none
        "Het Plan Herstel Holland (PHH) wordt uitgevoerd.",
        "De Coördinator (CO) belde.",
    ],
)
def test_no_body_word_no_long_form(text: str) -> None:
    assert not {e.text for e in enrich_one(text) if e.type == "organization"} & {"PHH", "CO"}


def test_woningstichting_names_its_corporation() -> None:
    text = "Aldus de bestuurder van de Tilburgse woningstichting Tiwos. Om dat te doen."
    assert "Tiwos" in bodies(text)


def test_directorate_after_directeur_is_no_person() -> None:
    text = "Dat zei Erik Jan van Kempen als directeur Woningmarkt bij het ministerie."
    found = persons_printed(text)
    assert "Woningmarkt" not in found
    assert "Erik Jan van Kempen" in found


def test_register_name_without_its_sentence_article() -> None:
    text = "Naar aanleiding van het rapport van de Noordelijke Rekenkamer over het natuurbeleid."
    found = {(e.text, e.canonical) for e in enrich_one(text) if e.type == "organization"}
    assert ("Noordelijke Rekenkamer", "Noordelijke Rekenkamer") in found


def test_abbreviation_defined_once_found_bare_elsewhere() -> None:
    text = (
        "Het nepnieuws van BADT\n\nTwentse gemeenten ontvangen brieven van de BelangenAlliantie "
        "Detailhandel Twente (BADT) met bezwaren. Volgens BADT is het plan te groot."
    )
    found = [e for e in enrich_one(text) if e.type == "organization" and e.text == "BADT"]
    assert len(found) == 3
    assert {e.canonical for e in found} == {"BelangenAlliantie Detailhandel Twente"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("J. Deuring, raadslid CDA: Welkom allemaal op deze vergadering.", {"J. Deuring"}),
        ("J. Hamster, Wethouder (ChristenUnie): Ja, graag voorzitter.", {"J. Hamster"}),
        ("Afwezig zijn de heer Hekking en meneer Christans van de PvdA.", {"Christans"}),
        ("zegt wethouder Wonen Bert Doorn tegen de krant.", {"Bert Doorn"}),
        ("van 2 wethouders (Strik en Cnossen), de burgemeester", {"Strik", "Cnossen"}),
    ],
)
def test_persons_in_transcripts_and_local_papers(text: str, names: set[str]) -> None:
    assert names <= persons_printed(text)


@pytest.mark.parametrize(
    "text",
    [
        "zegt wethouder Wonen Bert Doorn tegen de krant.",
        "Meneer de voorzitter, dank u wel.",
        "de wethouders (Zorg en Wonen) waren aanwezig.",
    ],
)
def test_no_person_from_a_portfolio_or_an_address(text: str) -> None:
    assert not persons_printed(text) & {"Wonen Bert", "Zorg", "Wonen", "Voorzitter", "voorzitter"}


def test_place_adjective_after_a_role_is_no_body() -> None:
    text = "Dat vindt Hedy van den Berk, directeur van de Rotterdamse woningcorporatie Havensteder."
    found = bodies(text)
    assert "Rotterdamse" not in found
    assert "Havensteder" in found


def test_bare_surname_linked_where_both_fuller_names_are_one_person() -> None:
    text = (
        "Voorgedragen is de heer B. Meijer van de SP. De SP draagt de heer Bastiaan Meijer "
        "voor. Gefeliciteerd, meneer Meijer."
    )
    linked = {e.canonical for e in enrich_one(text) if e.type == "person" and e.text == "Meijer"}
    assert linked == {"B. Meijer"}


def test_bare_surname_unlinked_where_two_given_names_differ() -> None:
    text = "Het woord is aan Joost Smit en Jan Smit. Dank u wel, meneer Smit."
    linked = {e.canonical for e in enrich_one(text) if e.type == "person" and e.text == "Smit"}
    assert linked == {"Smit"}
