"""Round orgs75 (issue #12, orgs74's 'Left'): a plural kind's examples in brackets or after
'zoals' ('zorggroepen (als Cardia, Florence, ...)'); a local court of audit by its town's
adjective ('de Rotterdamse Rekenkamer'); a hospital by a capitalised 'Ziekenhuis' and its own
name ('Ziekenhuis Bethesda'); a listed hospital by its own word and its seat ('het
Diaconessenhuis te Meppel'); a listed site's capitals title-cased ('Nu.nl'); a name whose split
compound lost its hyphen ('de Natuur en Milieufederatie Limburg'); a colophon's maker ('Zet- en
binnenwerk: Textcetera'); a firm whose bankruptcy a paper speaks of ('het faillissement van
Intertoys'). Near misses stay none: a kind again, a month, a compass word, a person, a place, a
listed body before 'en', a label that names people. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies

# A plural kind's examples, in brackets after 'als'/'zoals'/'onder andere', or after 'zoals'.


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Wil het college zich tot zorggroepen (als Zonnedal, Wilgenhof, Rivierzicht e.d.) "
            "richten?",
            {"Zonnedal", "Wilgenhof", "Rivierzicht"},
        ),
        (
            "Het college richt zich tot welzijnsorganisaties (zoals Welzijn Noordkwartier, "
            "Samenkracht en Buurtwerk Oost) en tot scholen.",
            {"Welzijn Noordkwartier", "Samenkracht"},
        ),
        (
            "De gemeente sprak met zorgaanbieders (onder andere Dagzorg Horizon en Zorgkracht).",
            {"Dagzorg Horizon", "Zorgkracht"},
        ),
        (
            "De gemeente sprak met zorgaanbieders, waaronder Dagzorg Horizon en Zorgkracht.",
            {"Dagzorg Horizon", "Zorgkracht"},
        ),
        ("Wij spraken met zorggroepen zoals Zonnedal en Rivierzicht.", {"Zonnedal", "Rivierzicht"}),
    ],
)
def test_examples_of_a_plural_kind(text: str, names: set[str]) -> None:
    found = bodies(text)
    assert names <= set(found), found


@pytest.mark.parametrize(
    ("text", "none"),
    [
        ("Instellingen (zoals Universiteiten en Hogescholen) krijgen geld.", "Hogescholen"),
        ("De fondsen (zoals Januari en Februari) zijn leeg.", "Januari"),
        ("De partijen (zoals VVD en CDA) stemden voor.", "CDA"),
        ("Zorgaanbieders (bijvoorbeeld in Amsterdam en Rotterdam) wachten.", "Amsterdam"),
        ("Zij bezochten zorggroepen als deze in Zwolle en Kampen.", "Kampen"),
    ],
)
def test_near_miss_no_example_of_a_plural_kind(text: str, none: str) -> None:
    assert none not in bodies(text)


def test_near_miss_a_name_ending_in_a_plural_kind_stays() -> None:
    text = "De verenigingen Samenwerkende Gezondheidsfondsen en Dorpsbelang Noord spraken in."
    assert "Samenwerkende Gezondheidsfondsen" in bodies(text).values()


# A local court of audit by its town's adjective.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het rapport van de Rotterdamse Rekenkamer wordt besproken.", "Rotterdamse Rekenkamer"),
        ("De Amsterdamse Rekenkamer onderzocht de subsidies.", "Amsterdamse Rekenkamer"),
    ],
)
def test_a_local_court_of_audit(text: str, name: str) -> None:
    assert name in bodies(text).values()


def test_near_miss_the_court_of_audit_alone() -> None:
    assert bodies("De Rekenkamer heeft de Minister geadviseerd.") == {}


# A hospital by a capitalised 'Ziekenhuis' and its own name.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De SP vraagt naar de afdelingen van Ziekenhuis Zonneweide.", "Ziekenhuis Zonneweide"),
        ("Vorige week ging het mis in Ziekenhuis Tjongerschans.", "Ziekenhuis Tjongerschans"),
    ],
)
def test_a_hospital_by_its_capitalised_kind(text: str, name: str) -> None:
    assert name in bodies(text).values()


def test_near_miss_the_hospital_word_alone() -> None:
    assert bodies("Het Ziekenhuis heeft de afdeling gesloten.") == {}


# A listed hospital by its own word and its seat.


@pytest.mark.parametrize(
    ("text", "printed", "listed"),
    [
        (
            "De afdeling verloskunde van het Diaconessenhuis te Meppel moet mogelijk sluiten.",
            "Diaconessenhuis",
            "Isala Diaconessenhuis Meppel",
        ),
        (
            "De sluiting van afdelingen in Ziekenhuis Bethesda in Hoogeveen baart zorgen.",
            "Ziekenhuis Bethesda",
            "Ziekenhuis Bethesda Hoogeveen",
        ),
    ],
)
def test_a_listed_hospital_by_its_word_and_seat(text: str, printed: str, listed: str) -> None:
    assert bodies(text).get(printed) == listed


@pytest.mark.parametrize(
    "text",
    [
        "Jan Bethesda in Hoogeveen schreef een brief.",  # a person's last word
        "Het Diaconessenhuis in Amsterdam bestaat niet.",  # not the listed seat
    ],
)
def test_near_miss_no_listed_hospital_by_seat(text: str) -> None:
    assert not any(c.startswith(("Ziekenhuis Bethesda", "Isala")) for c in bodies(text).values())


# A listed site's capitals title-cased.


def test_a_listed_site_title_cased() -> None:
    assert bodies("2. Nu.nl, 21 januari 2010, «Babysterfte hoger».").get("Nu.nl") == "NU.nl"


# A split compound's name without its hyphen.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "De Natuur en Milieufederatie Limburg heeft een brief gestuurd.",
            "Natuur en Milieufederatie Limburg",
        ),
        ("De Kunst en Cultuurraad Zeeland adviseert.", "Kunst en Cultuurraad Zeeland"),
    ],
)
def test_a_split_compound_without_its_hyphen(text: str, name: str) -> None:
    assert name in bodies(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Rijkswaterstaat en Milieufederatie Limburg overleggen.",  # a listed body before 'en'
        "De Provincie en Milieufederatie Limburg overleggen.",  # a public body's word
        "Organisaties en Milieufederatie Limburg overleggen.",  # a plural
    ],
)
def test_near_miss_two_bodies_joined_by_en(text: str) -> None:
    assert "Milieufederatie Limburg" in bodies(text).values()


# A colophon's maker.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zet- en binnenwerk: Textcetera, Den Haag", "Textcetera"),
        ("Omslagontwerp: Haagsblauw, Den Haag", "Haagsblauw"),
        ("Druk: Drukkerij Veldhoven, Zwolle", "Drukkerij Veldhoven"),
    ],
)
def test_a_colophons_maker(text: str, name: str) -> None:
    assert name in bodies(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Vormgeving: Anna Bakker",  # a person
        "Opmaak: Amsterdam",  # a place
        "Fotografie: Zonnebloem",  # a label that names people
        "Druk: De eerste oplage is op.",  # a sentence
    ],
)
def test_near_miss_no_colophon_maker(text: str) -> None:
    assert bodies(text) == {}


# A firm whose bankruptcy a paper speaks of.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vragen over de gevolgen van het faillissement van Speelgoedhuis (ingezonden 2019).",
            "Speelgoedhuis",
        ),
        ("Kent u het bericht over het bankroet van Kroesbouw?", "Kroesbouw"),
        ("De curator van Vroom & Dreesmann heeft gesproken.", "Vroom & Dreesmann"),
    ],
)
def test_a_bankrupt_firm(text: str, name: str) -> None:
    assert name in bodies(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Na het faillissement van Jan Jansen verloor hij alles.",  # a person
        "Het faillissement van Nederland is ver weg.",  # a place
        "Het faillissement van De onderneming kwam onverwacht.",  # a sentence's word
    ],
)
def test_near_miss_no_bankrupt_firm(text: str) -> None:
    found = bodies(text)
    assert not any(n in found for n in ("Jan Jansen", "Jan", "Nederland", "De")), found


# A body whose governing organs or staff a paper speaks of.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "De raad van bestuur van Zorgcombinatie Noorderboog heeft besloten.",
            "Zorgcombinatie Noorderboog",
        ),
        ("Wij spraken met de directie van Meubelfabriek Oost.", "Meubelfabriek Oost"),
        ("De werknemers van Kroeskamp Metaal zijn ongerust.", "Kroeskamp Metaal"),
        ("De raad van toezicht van het Zonnehuis trad af.", "Zonnehuis"),
    ],
)
def test_a_body_by_its_organs_or_staff(text: str, name: str) -> None:
    assert name in bodies(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "De werknemers van Jan Jansen kregen loon.",  # a person
        "De werknemers van Nederland werken lang.",  # a place
        "De medewerkers van de minister schreven.",  # an office in lower case
    ],
)
def test_near_miss_no_body_by_its_organs(text: str) -> None:
    found = bodies(text)
    assert not any(n in found for n in ("Jan Jansen", "Jan", "Nederland")), found
