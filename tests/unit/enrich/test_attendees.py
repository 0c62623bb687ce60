"""Attendees, contacts and people named by given name: meeting records and letter side columns."""

import pytest

from services.enrich.enricher import entities_in_text
from services.enrich.entities.attendees import given_names


def found(text: str, kind: str) -> list[str]:
    return [m.canonical for m in entities_in_text(text) if m.type == kind]


def test_an_attendance_list_names_people_and_their_bodies() -> None:
    text = (
        "Aanwezig:\r\n(5 personen) Jorien Veldkamp (Geonovum)(vz), Thijs Boersen (Waterschap "
        "Rivierenland), Anouk de Wit \r\n(Lexicon Advies), Sjors Brinkhuis (gem \r\nZwolle), "
        "Yfke Tamminga (secretaris).\r\n"
    )
    assert found(text, "person") == [
        "Jorien Veldkamp",
        "Thijs Boersen",
        "Anouk de Wit",
        "Sjors Brinkhuis",
        "Yfke Tamminga",
    ]
    bodies = found(text, "organization")
    assert "Waterschap Rivierenland" in bodies
    assert "Lexicon Advies" in bodies
    assert "gemeente Zwolle" in bodies
    assert "secretaris" not in " ".join(bodies)


def test_a_meeting_role_in_brackets_is_evidence_enough() -> None:
    assert found("De vergadering werd geleid door Gerbrand Oostveen (vz.)", "person") == [
        "Gerbrand Oostveen"
    ]


def test_a_contact_label_names_the_person_under_it() -> None:
    text = "Inlichtingen bij\nTjalling Zwaanstra\nT 06 12345678\ntjalling@example.nl"
    assert found(text, "person") == ["Tjalling Zwaanstra"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De presentatie gaf Martijn Verhoef van het Kadaster.", ["Martijn Verhoef"]),
        (
            "Leden: Pieter Dijkstra Kadaster Marco Vlietstra VNG",
            ["Pieter Dijkstra", "Marco Vlietstra"],
        ),
        (
            "met dank aan Peter van der Sloot en Linda vd Brink",
            ["Peter van der Sloot", "Linda vd Brink"],
        ),
        ("op voorstel van Andre Mulder", ["Andre Mulder"]),  # 'André' printed without its accent
    ],
)
def test_a_given_name_and_a_surname(text: str, expected: list[str]) -> None:
    assert found(text, "person") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bezoekadres: Johan de Wittlaan 7, Den Haag",  # a street
        "studenten van de Thomas More Hogeschool en het Frans Hals Museum",  # bodies and buildings
        "Wil de Minister toelichten waarom?",  # a verb that opens a question
        "de feedback van Jan Jaap\nvolgt later",  # two given names; the surname is elsewhere
        "in april Mei Tweede Kamer",
        "het Outbreak Management Team (OMT) en de Raad van State (RvS) adviseren",  # abbreviations
        "Environmental and Social Impact Assessment (ESIA), Human Rights Impact Assessment (HRIA)",
    ],
)
def test_no_person_without_evidence(text: str) -> None:
    assert found(text, "person") == []


def test_given_names_come_from_the_listed_people() -> None:
    names = given_names()
    assert {"Pieter", "Linda", "Andre", "André"} <= names
    assert "Wil" not in names  # also a verb
    assert not any("." in n for n in names)  # initials are no given names


def test_a_members_table_names_each_members_body() -> None:
    text = (
        "Deelnemers Leden Departement Leden Departement\n"
        "Pieter Hoekstra Kadaster Marco Vlietstra Provincie Drenthe\n"
        "Linda de Bruin Waterschap Aa Frank Mulder Gem Assen\n"
        "Hans Smit, Wim Bakker en Rob de Wit Minister van Financiën\n"  # punctuation: no row
    )
    bodies = [
        (text[m.start : m.end], m.canonical)
        for m in entities_in_text(text)
        if m.type == "organization"
    ]
    assert ("Waterschap Aa", "Waterschap Aa") in bodies  # not run on into 'Frank Mulder'
    assert ("Provincie Drenthe", "Provincie Drenthe") in bodies  # nor into the next line
    assert ("Gem Assen", "gemeente Assen") in bodies
    assert not any(t.startswith("Minister") for t, _ in bodies)


def test_a_members_table_row_names_members_by_initials_too() -> None:
    text = "Leden Departement\nMarco Vlietstra Kadaster L. Jansen Gem Assen\nA. Inleiding\n"
    people = found(text, "person")
    assert people == ["Marco Vlietstra", "L. Jansen"]  # not 'A. Inleiding', a heading
    assert "gemeente Assen" in found(text, "organization")


def test_one_letter_after_a_title_is_no_name() -> None:
    assert found("Actie: graag input. Alle TO-leden O\r\n", "person") == []


def test_terms_with_their_abbreviations_are_no_attendance_list() -> None:
    text = (
        "voorschriften voor overmakingen in euro (SEPA Credit Transfers) en de SEPA Instant "
        "Credit Transfer Scheme (SCT Instant Scheme) dat werd gelanceerd.\n6 Volgens de "
        "Finaliteitsrichtlijn (Directive 98/26/EC) mogen zij niet deelnemen."
    )
    assert found(text, "person") == []
