"""Bodies no list holds, named by the words they are made of (orgs9): a group, committee,
platform or alliance named by its task ('Regiegroep X', 'Adviescommissie Y'); one capitalised
compound after an article ('de Fietsalliantie'); a ministry by its letters printed whole ('het
ministerie van VWS'); and a monthly cited by its issue ('Vakblad, maart 2024, «...»')."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one, organisations, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het advies komt van de Regiegroep Betere Wegen in het voorjaar.",
            ["Regiegroep Betere Wegen"],
        ),
        ("Wij vroegen de Adviescommissie Zwemwater om een oordeel.", ["Adviescommissie Zwemwater"]),
        ("Zij praat in het Kennisplatform Slimme Dijken mee.", ["Kennisplatform Slimme Dijken"]),
        # an adjective before the compound is part of the name
        (
            "De Tijdelijke Adviescommissie Kustlijn kwam bijeen.",
            ["Tijdelijke Adviescommissie Kustlijn"],
        ),
        # a body named by its place ends there: a report's title follows
        (
            "het rapport van de Rekenkamercommissie Den Helder Grip op de kosten.",
            ["Rekenkamercommissie Den Helder"],
        ),
        # a fund named on is a body; alone it is money
        (
            "Zij kregen steun via het Jeugdfonds Muziek en Dans in 2023.",
            ["Jeugdfonds Muziek en Dans"],
        ),
        ("Het geld gaat naar het Klimaatfonds in 2025.", []),
        # a group of people or things is no body
        ("In de tabel staat Doelgroep Jongeren Leeftijd 18 jaar.", []),
        # a members list under the name is no part of it
        ("Bijlage 2\nKlankbordgroep\nLeden\nDhr. drs. P. Jansen", []),
        # a paper's word after the name is the paper
        ("Zie de bijgevoegde Werkgroep Nota over de aanpak.", []),
    ],
)
def test_a_body_named_by_its_task(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_an_abbreviation_after_the_names_words_opens_the_next_item() -> None:
    text = "SGF Schadefonds Gewonde Fietsers\nSFN Fietshulp Nederland"
    assert organisations(text)[0] == "Schadefonds Gewonde Fietsers"


def test_an_inventorys_earlier_cells_are_no_part_of_the_name() -> None:
    text = "Openbaar Stichting Bakkerij Regiegroep Betere Wegen\n12 Bijlage Notitie"
    assert "Regiegroep Betere Wegen" in organisations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dit is besproken met de Fietsalliantie en de Wandelbond.",
            ["Fietsalliantie", "Wandelbond"],
        ),
        ("Dat deed de (toenmalige) Zeilfederatie niet.", ["Zeilfederatie"]),
        # at a sentence's start without an article, or a lower-case noun: no name
        ("Fietsalliantie is een woord. Een alliantie helpt.", []),
        # a capitalised word after it makes a longer name, read whole by the runs
        ("Wij spraken de Fietsalliantie Utrecht.", ["Fietsalliantie Utrecht"]),
    ],
)
def test_one_compound_after_an_article(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Ik heb dit besproken met het ministerie van VWS.", "ministerie van VWS"),
        ("Het Ministerie van EZK heeft een brief gestuurd.", "Ministerie van EZK"),
    ],
)
def test_a_ministry_by_its_letters_is_printed_whole(text: str, printed: str) -> None:
    orgs = [e for e in enrich_one(text) if e.type == "organization"]
    assert [e.text for e in orgs] == [printed]
    assert orgs[0].canonical.startswith("Ministerie van ")


def test_a_monthly_cited_by_its_issue() -> None:
    text = "3Vakblad Kraanwater, maart 2024, «Leidingen lekken»\n"
    assert organisations(text) == ["Vakblad Kraanwater"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dat zien waakhonden als Vrijpers en Open Gazet ook.", ["Vrijpers", "Open Gazet"]),
        (
            "Er zijn bedrijven, waaronder Baggerco, Kraanbouw en Van Dok, bij betrokken.",
            ["Baggerco", "Kraanbouw", "Van Dok"],
        ),
        # a sentence's line wraps inside the name, its space kept before the break
        (
            "Met belangenorganisaties zoals Ouderzorg \nNederland, de vereniging.",
            ["Ouderzorg Nederland"],
        ),
        # a category given as an example is no body
        ("Ook organisaties als Algemeen Nut Beogende Instellingen (ANBI) doen mee.", []),
        # nor a place
        ("Er zijn universiteiten als Leiden en Utrecht bij betrokken.", []),
        # a firm's office by the lower-case word
        ("de consultants van het bureau Rekenwerk Partners stelden vast", ["Rekenwerk Partners"]),
    ],
)
def test_bodies_given_as_examples_of_their_kind(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_members_after_a_glued_van() -> None:
    text = "Antwoord op vragen vande leden Pietersen (SP) en Van Dok (VVD) over de weg."
    assert people(text) == ["Pietersen", "Van Dok"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article glued to a name by text joined from wrapped lines
        (
            "Er kwamen meldingen binnen bij hetLandelijk Steunpunt Fietsen over de weg.",
            ["Landelijk Steunpunt Fietsen"],
        ),
        # a glued word that opens no name: the name after it, as unglued
        (
            "Zij verwijst naar hetReport of the Independent Commission on Bridges of 2020.",
            ["Independent Commission on Bridges"],
        ),
    ],
)
def test_a_name_after_a_glued_article(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_a_line_end_hyphen_kept_inside_the_compound() -> None:
    text = "De Raad van State wacht op het advies van de Fietscommis-sie Oost, die kijkt."
    assert "Fietscommis-sie Oost" in organisations(text)
