"""Organisations no list holds, named by a word for their kind, by a list of bodies of one kind,
by a region, by an abbreviation they define, or printed with letters glued to a listed name."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich, entities_in_text
from stukken.contracts import Segment, SegmentedDocument


def found(text: str, kind: str = "organization") -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.canonical) for m in entities_in_text(text) if m.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volgens fabrikant Medisense Diagnostics is de test", ["Medisense Diagnostics"]),
        ("het bedrijf Lumora levert de kastjes", ["Lumora"]),
        ("Het ICT-bedrijf Dataweg en chipfabrikant Siliqon", ["Dataweg", "Siliqon"]),
        ("dat de omroep Zuidwest FM meldde", ["Zuidwest FM"]),
        ("Volgens dagblad Het Oosterlicht", []),  # an article starts no name here
        (
            "de koepel Zorgsamen en branchevereniging Bouwend Nederland",
            ["Zorgsamen", "Bouwend Nederland"],
        ),
        # A place, a sentence's word, a lower-case word: no firm.
        ("het bedrijf Nederland, een bedrijf In de regio, de bank van de toekomst", []),
        # Capitalised, 'Omroep' opens the name itself.
        ("Omroep Flevoland zendt uit", ["Omroep Flevoland"]),
    ],
)
def test_firms_and_media_named_after_their_kind(text: str, expected: list[str]) -> None:
    assert [printed for printed, _ in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De gemeenten Zwolle en Deventer hebben een convenant getekend.",
            [("Zwolle", "Gemeente Zwolle"), ("Deventer", "Gemeente Deventer")],
        ),
        (
            "de provincies Groningen, Drenthe en Overijssel trekken samen op",
            [
                ("Groningen", "Provincie Groningen"),
                ("Drenthe", "Provincie Drenthe"),
                ("Overijssel", "Provincie Overijssel"),
            ],
        ),
        (
            "de gemeenten Het Hogeland en Eemsdelta",
            [("Het Hogeland", "Gemeente Het Hogeland"), ("Eemsdelta", "Gemeente Eemsdelta")],
        ),
    ],
)
def test_bodies_listed_after_their_kind(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The land, not the councils: a merger's title, a place where something happens.
        "Samenvoeging van de gemeenten Zwolle, Kampen en Deventer",
        "In de gemeenten Zwolle en Deventer wonen veel studenten.",
    ],
)
def test_territory_of_listed_municipalities_is_no_body(text: str) -> None:
    assert not any(canonical.startswith("Gemeente") for _, canonical in found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("samen met de Regio Achterhoek en", [("Regio Achterhoek", "Regio Achterhoek")]),
        (
            "de Vervoerregio Amsterdam besloot",
            [("Vervoerregio Amsterdam", "Vervoerregio Amsterdam")],
        ),
        (
            "\u2022 Veiligheids- en Gezondheidsregio Noord-Limburg De AP merkt op",
            [
                (
                    "Veiligheids- en Gezondheidsregio Noord-Limburg",
                    "Veiligheids- en Gezondheidsregio Noord-Limburg",
                ),
                ("AP", "Autoriteit Persoonsgegevens"),
            ],
        ),
        ("in de regio Twente", []),  # lower case: the area
        ("de Regio Deal Achterhoek", []),  # a programme
    ],
)
def test_regions_that_are_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "het advies van de Autoriteit Persoonsgegevensnu is opgevolgd",
            [("Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens")],
        ),
        (
            "advies Autoriteit Persoonsgegeven inzake de app",
            [("Autoriteit Persoonsgegeven", "Autoriteit Persoonsgegevens")],
        ),
    ],
)
def test_listed_name_with_glued_or_lost_letters(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_foreign_college_by_name_but_not_a_dutch_board() -> None:
    assert found("onderzoekers van Imperial College meldden") == [
        ("Imperial College", "Imperial College")
    ]
    assert found("brief aan het regionaal College Zeeland") == []


def _doc(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    return [(e.text, e.canonical) for e in enrich(doc)[1] if e.type == "organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "een brief van Vereniging Artsen Jeugd & Gezin (VAJG) ontvangen. De VAJG vraagt",
            ("VAJG", "Vereniging Artsen Jeugd & Gezin"),
        ),
        (
            "een gesprek met Legal Aid Network Aruba (LANA) gevoerd.",
            ("LANA", "Legal Aid Network Aruba"),
        ),
    ],
)
def test_a_body_that_defines_its_abbreviation(text: str, expected: tuple[str, str]) -> None:
    assert expected in _doc(text)


@pytest.mark.parametrize(
    "text",
    [
        "het Nationaal Programma Groningen (NPG) en het NPG",
        "de Nationale Bestuurlijke Afspraken Groningen (NBAG) en de NBAG",
        "de Algemene verordening gegevensbescherming (AVG) en de AVG",
    ],
)
def test_a_programme_or_law_with_its_abbreviation_is_no_body(text: str) -> None:
    abbr = text.split("(")[1].split(")")[0]
    assert not any(printed == abbr for printed, _ in _doc(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "het kabinet steunt het Voedingscentrum bij",
            [("Voedingscentrum", "Stichting Voedingscentrum Nederland")],
        ),
        (
            "gegevens van het Inlichtingenbureau",
            [("Inlichtingenbureau", "Stichting Inlichtingenbureau")],
        ),
        # a national body named by a compound and 'Nederland'
        (
            "Dat pakket beoordeelt het Zorginstituut.",
            [("Zorginstituut", "Zorginstituut Nederland")],
        ),
    ],
)
def test_a_foundation_by_its_one_word_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_unknown_members_of_a_list_with_articles() -> None:
    text = "Ik reageer op de brief die mede namens de VNR, KLM, Transavia en de BARIN is gestuurd."
    names = [printed for printed, _ in found(text)]
    assert "VNR" in names and "Transavia" in names
    # a sentence's words in the same list are no bodies
    assert found("afspraken tussen de KLM, de Staat en het Rijk") == [("KLM", "KLM")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meldingen Kompasnaald, kenniscentrum voor gelijke behandeling", ["Kompasnaald"]),
        ("dat Veridis Advies, een adviesbureau uit Zwolle, meldde", ["Veridis Advies"]),
        # a place or a sentence's word before the comma is no firm
        ("In Zwolle, een leverancier van", []),
        ("Daarnaast, het bedrijf dat", []),
    ],
)
def test_a_firm_named_before_its_kind(text: str, expected: list[str]) -> None:
    assert [p for p, _ in found(text) if p not in ("Zwolle",)] == expected


def test_a_body_named_once_by_its_kind_is_found_where_it_is_named_again() -> None:
    segs = [
        Segment(id="a", kind="letterhead", page=1, text="Veridis"),
        Segment(id="b", kind="paragraph", page=1, text="het rapport van onderzoeksbureau Veridis"),
        Segment(id="c", kind="paragraph", page=2, text="Veridis/Vilans wonnen; zie veridis.nl."),
    ]
    found = enrich(SegmentedDocument(segments=segs))[1]
    veridis = [(e.segment_id, e.text) for e in found if e.canonical == "Veridis"]
    assert veridis == [("b", "Veridis"), ("c", "Veridis")]


def test_a_union_body_with_the_union_abbreviated() -> None:
    assert found("Zo oordeelde het Hof van Justitie van de EU in 2021.") == [
        ("Hof van Justitie van de EU", "Hof van Justitie van de Europese Unie")
    ]
