"""persons48 (issue #12): members of the Royal House named by their title.

A blind set of answers, letters, Handelingen and Woo releases of other bodies (P48) missed one
class a rule can carry: 'koning Willem-Alexander' in an explainer and a caption; no rule reads a
given name alone, and persons47 kept the title in a sentence no person. The name after a royal
title is a person where it is one of the Royal House's names; the title stays outside the span.
Near misses: a body or building named after a royal ('Prinses Máxima Centrum', 'Prins Claus
Fonds', 'Prinses Amalialaan', 'Prinses Máxima-kazerne'), a title before a word that is no royal
name ('Prins Carnaval'), the title alone ('de commissaris van de Koning', 'de Koning'), and the
redaction codes of Coevorden's released mails ('wethouder BW', 'Brief aan BM WN'), which stay no
person. A unit's name where a letter's signature or its 'Behandeld door' label stands ('Thema
Ruimte & Wonen', provincie Drenthe's letters in a Coevorden Woo release; 'Domein
Klantondersteuning', UWV) was read as a person and its second word linked as a surname ('Ruimte')
through the document: 'Thema', 'Domein', 'Portefeuille' and 'Taakveld' head a unit, never a name.
An anonymised letter (Coevorden's Woo decisions of 2023-2024) keeps the signer's function and
unit where the name stood ('Met vriendelijke groet,\nTeamleider Omgevingsontwikkeling', 'Jurist
Omgevingsrecht', 'Medewerker Risicobeheersing') and the salutation's title without its name, the
next line's label or first word after it ('Geachte heer\nVerzenddatum: 3 augustus 2023',
'Geachte heer mevrouw\nIk verzoek'): no person. Near misses: the addressee's name on the line
after the title ('Geachte heer\nJansen,'), a surname after a staff function ('jurist
Engelbrecht'), a Frisian given name that is also a word ('de heer Alle Bakker').
Texts our own, in the documents' shapes."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one


def _persons(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in enrich_one(text) if e.type == "person"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nu is koning Willem-Alexander het hoofd van de regering.", {"Willem-Alexander"}),
        ("Koning Willem-Alexander opende de vergadering.", {"Willem-Alexander"}),
        ("Koning Willem-Alexander\n\nHet kabinet", {"Willem-Alexander"}),
        (
            "Het staatsbezoek van koning Willem-Alexander en koningin Máxima aan Canada.",
            {"Willem-Alexander", "Máxima"},
        ),
        ("Prinses Amalia opende de tentoonstelling.", {"Amalia"}),
        ("De brief van kroonprinses Amalia, gedateerd 2 mei.", {"Amalia"}),
        ("Toen prinses Beatrix in 1980 koningin werd, veranderde dat.", {"Beatrix"}),
        ("Te gast bij de Belgische koning Filip en koningin Mathilde.", {"Filip", "Mathilde"}),
    ],
)
def test_a_royal_title_names_a_member_of_the_royal_house(text: str, names: set[str]) -> None:
    found = _persons(text)
    assert names <= set(found)
    assert not any("oning" in f or "rins" in f for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Het Prinses Máxima Centrum in Utrecht behandelt kinderen met kanker.",
        "Een bijdrage van het Prins Bernhard Cultuurfonds en het Prins Claus Fonds.",
        "Zij woont aan de Prinses Amalialaan 4 en werkt in de Prinses Máxima-kazerne.",
        "Prins Carnaval en koning Voetbal regeren in februari.",
        "De commissaris van de Koning opende de vergadering.",
        "De minister sprak met de Koning over het kabinet.",
        "Het Koningin Juliana Ziekenhuis en de Koningin Wilhelmina Fonds-collecte.",
    ],
)
def test_a_body_or_place_named_after_a_royal_or_the_title_alone_is_no_person(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gezien onderstaande wil wethouder BW graag een bevestiging van de gemeente.",
        "Onderwerp: Brief aan BM WN inzake windpark\nGoedemorgen IE, (geanonimiseerd)",
        "Uw cliënt, BN MR, heeft een verzoek tot openbaarmaking ingediend.",
        "Van: [GELAKT: 5.1.2e] <[GELAKT: 5.1.2e]@minszw.nl>\nAan: [GELAKT: 5.1.2e]",
    ],
)
def test_redaction_codes_of_released_mails_stay_no_person(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenmerk: 8/RW/2026\nBehandeld door: Thema Ruimte & Wonen (0592) 36 5555\nOnderwerp: x",
        "Met vriendelijke groet, \nThema Ruimte en Wonen \nprovincie Drenthe",
        "Met vriendelijke groet,\nDomein Fysiek",
        "Behandeld door: Portefeuille Wonen\nOnderwerp: uw verzoek",
        "Behandeld door: Taakveld Openbare Ruimte",
    ],
)
def test_a_units_name_in_a_signature_or_contact_label_is_no_person(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Behandeld door: Sanne Dijkstra (0592) 36 5555\nOnderwerp: x", "Sanne Dijkstra"),
        ("Met vriendelijke groet,\nKees Veldhuis\nThema Ruimte en Wonen", "Kees Veldhuis"),
    ],
)
def test_the_person_beside_a_units_name_stays_a_person(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Met vriendelijke groet,\nTeamleider Omgevingsontwikkeling\nGemeente Coevorden\nKasteel 1",
        "Met vriendelijke groet,\nMedewerker Risicobeheersing\nM.\ne-mail @vrd.nl",
        "zodra deze verzonden zijn.\nJurist Omgevingsrecht\nGemeente Coevorden",
        "Afwijzing Woo-verzoek\nGeachte heer\nVerzenddatum: 3 augustus 2023\nU heeft een verzoek.",
        "Afdeling WOZ\nGeachte heer mevrouw\nIk verzoek om de volgende informatie.",
        "komen voor rekening van de heer\nAanpak/uitvoering\nEen en ander.",
    ],
)
def test_an_anonymised_letters_function_or_next_line_is_no_person(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Geachte heer\nJansen,\nHierbij ontvangt u het besluit.", "Jansen"),
        ("Geachte mevrouw\nDe Vries,\nHierbij ontvangt u het besluit.", "De Vries"),
        ("Dat zegt jurist Engelbrecht van de gemeente.", "Engelbrecht"),
        ("Namens de fractie sprak de heer Alle Bakker over de begroting.", "Alle Bakker"),
        ("Met vriendelijke groet,\nAlle Postma\nGemeente Tytsjerksteradiel", "Alle Postma"),
        (
            "Met vriendelijke groet,\nSanne Dijkstra\nTeamleider Omgevingsontwikkeling",
            "Sanne Dijkstra",
        ),
    ],
)
def test_a_name_beside_an_anonymised_letters_words_stays_a_person(text: str, name: str) -> None:
    assert name in _persons(text)
