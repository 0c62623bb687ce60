"""Round orgs76 (issue #12, orgs75's 'Left' and the first half of a blind set): museums and
orchestras by their names ('het Van Gogh Museum', 'het Orkest van het Oosten'); a kind glossed in
brackets after a name ('LIOF (de regionale ontwikkelingsmaatschappij van ...)'); a name the next
sentence types ('X. Dit adviesbureau ...'); the members of a merger and an English name in a
kind's list, a person there none; a listed firm's division ('Philips Lighting') and a listed
body's regional unit; a one-word firm beside a listed firm in a bracketed pair; a former body
('het voormalige Organon'); a listed public body with its later words in lower case ('de
Inspectie van het onderwijs'); an abbreviation's regional body with a hyphen ('LTO-noord'); the
NFIA. Near misses stay none: a lone head, a place, a person, a year, a former state, a place's
preposition before the name. Sentences and names are our own (the listed bodies excepted)."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies

# Museums and orchestras: 'Museum' and 'Orkest' head a name, a surname's particle may open it
# after an article.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De subsidie van het Van Dalen Museum is verlaagd.", "Van Dalen Museum"),
        ("Het Zeeuwse Museum en de gemeente tekenden.", "Zeeuwse Museum"),
        ("Zij sprak over het Waalstreek Orkest en de fusie.", "Waalstreek Orkest"),
        ("De toekomst van het Orkest van de Lage Landen is onzeker.", "Orkest van de Lage Landen"),
        ("Wij hebben het Museum Hoogeland bezocht.", "Museum Hoogeland"),
    ],
)
def test_museums_and_orchestras(text: str, name: str) -> None:
    found = bodies(text)
    assert name in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Het Museum is op maandag gesloten.",
        "Het orkest speelde in het museum.",
        "Museum open op zondag.",
    ],
)
def test_near_miss_a_lone_museum_or_orchestra(text: str) -> None:
    assert not bodies(text)


# A kind glossed in brackets after the name, its article, an adjective and a compound allowed.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ROMZ (de regionale ontwikkelingsmaatschappij van de provincie) sprak met het bedrijf.",
            "ROMZ",
        ),
        ("Het KLIO (een onafhankelijke toezichthouder op de zorg) onderzoekt dit.", "KLIO"),
        ("Kavelta (een Utrechts adviesbureau) schreef het rapport.", "Kavelta"),
    ],
)
def test_a_kind_glossed_in_brackets(text: str, name: str) -> None:
    found = bodies(text)
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "none"),
    [
        ("Zij woont in Amersfoort (de stad van het jaar) sinds 2010.", "Amersfoort"),
        ("Wij spraken Jansen (de directeur van de school) gisteren.", "Jansen"),
        ("Het rapport (de bijlage bij de brief) is openbaar.", "Het rapport"),
    ],
)
def test_near_miss_no_kind_in_brackets(text: str, none: str) -> None:
    assert none not in bodies(text)


# A name the next sentence types by its singular kind.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De wijk werd ondersteund door Kavelta. Dit adviesbureau schreef het plan.", "Kavelta"),
        (
            "Het onderzoek is gedaan door Merwedoorn. Deze netbeheerder beheert de kabels.",
            "Merwedoorn",
        ),
    ],
)
def test_a_name_the_next_sentence_types(text: str, name: str) -> None:
    found = bodies(text)
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "none"),
    [
        ("De fabriek staat in Hoogkerk. Dit bedrijf maakt karton.", "Hoogkerk"),
        ("Dit is gezegd door Johan. Deze leverancier is goed.", "Johan"),
        ("Zo gezegd. Dit adviesbureau schreef het plan.", "Zo"),
    ],
)
def test_near_miss_no_name_before_the_kind(text: str, none: str) -> None:
    assert none not in bodies(text)


# The members of a merger; an English name and a person in a kind's list.


def test_the_members_of_a_merger() -> None:
    text = (
        "De Kredietbank Zuidwest (fusie tussen GKB Vlaardingen, Stadsbank Holland Oost en "
        "Kredietbank Kust) voert dit uit."
    )
    found = bodies(text)
    assert {"GKB Vlaardingen", "Stadsbank Holland Oost", "Kredietbank Kust"} <= set(found), found


@pytest.mark.parametrize(
    ("text", "none"),
    [
        ("Na de fusie van Boarnsterzijl en Heerenveen ging het goed.", "Boarnsterzijl"),
        ("De fusie van 2019 en 2020 verliep goed.", "2019"),
    ],
)
def test_near_miss_a_merger_of_places_or_years(text: str, none: str) -> None:
    assert none not in bodies(text)


def test_an_english_name_in_a_kinds_list() -> None:
    found = bodies("Het rapport van de organisaties Voices for Workers en Kalinda.")
    assert {"Voices for Workers", "Kalinda"} <= set(found), found


def test_near_miss_a_person_in_a_kinds_list() -> None:
    found = bodies("Gezelschappen en performers: Toneelgroep Zuid, Kwast, Laura van Dommelen.")
    assert "Laura van Dommelen" not in found, found


# A listed firm's division; a listed body's regional unit.


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        (
            "Het voorstel van Philips Lighting werd besproken.",
            "Philips Lighting",
            "Philips Lighting",
        ),
        ("De directie van Shell Nederland reageerde.", "Shell Nederland", None),
        ("In opdracht van Staatsbosbeheer Regio Noord.", "Staatsbosbeheer Regio Noord", None),
    ],
)
def test_a_listed_bodys_division_or_unit(text: str, name: str, canonical: str | None) -> None:
    found = bodies(text)
    assert name in found, found
    if canonical is not None:
        assert found[name] == canonical


def test_near_miss_a_division_word_inside_a_compound() -> None:
    found = bodies("Het Philips Lightingsysteem werkt goed.")
    assert "Philips Lightingsysteem" not in found, found
    assert "Regio Noord" not in bodies("In opdracht van Staatsbosbeheer Regio Noord.")


# A one-word firm beside a listed firm in a bracketed pair.


def test_a_firm_beside_a_listed_firm_in_brackets() -> None:
    found = bodies(
        "Ketens die goed presteren (Lidl, Hoogvliet) en slecht presteren (Kleinmarkt, Spar)."
    )
    assert {"Hoogvliet", "Kleinmarkt"} <= set(found), found


@pytest.mark.parametrize(
    ("text", "none"),
    [
        ("Een lijst (Johan, Shell) lag op tafel.", "Johan"),
        ("De vestigingen (Utrecht, Shell) sloten.", "Utrecht"),
        ("Het gesprek van Unilever en Brussel liep af.", "Brussel"),
    ],
)
def test_near_miss_no_firm_beside_a_listed_firm(text: str, none: str) -> None:
    assert none not in bodies(text)


# A former body.


def test_a_former_body() -> None:
    found = bodies("Werknemers van het voormalige Pharmacon in Oss kregen een regeling.")
    assert "Pharmacon" in found, found


@pytest.mark.parametrize(
    ("text", "none"),
    [
        ("Vluchtelingen uit het voormalige Joegoslavië kwamen hier.", "Joegoslavië"),
        ("In het voormalige Oost-Duitsland groeide de industrie.", "Oost-Duitsland"),
        ("Op het voormalige Zuiderzeegebied staan huizen.", "Zuiderzeegebied"),
        ("De voormalige Pieter Jansen sprak.", "Pieter Jansen"),
    ],
)
def test_near_miss_no_former_body(text: str, none: str) -> None:
    assert none not in bodies(text)


# Listed bodies printed otherwise: later words in lower case, an abbreviation hyphened.


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "Het rapport van de Inspectie van het onderwijs was kritisch.",
            "Inspectie van het Onderwijs",
        ),
        ("De Raad voor cultuur adviseerde de minister.", "Raad voor Cultuur"),
        ("Mede namens LTO-noord en de jagers.", "LTO Noord"),
        (
            "Een direct EZK- en NFIA/RVO-contact is aangereikt.",
            "Netherlands Foreign Investment Agency",
        ),
    ],
)
def test_listed_bodies_printed_otherwise(text: str, canonical: str) -> None:
    found = bodies(text)
    assert canonical in found.values(), found


def test_near_miss_a_lower_cased_word_going_on() -> None:
    found = bodies("De Raad voor cultuurbeleid van de gemeente vergaderde.")
    assert "Raad voor Cultuur" not in found.values(), found
