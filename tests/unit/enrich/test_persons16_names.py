"""Persons16: classes of person names missed on first sight (issue #12), with near misses."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import enrich_one


def _people(text: str) -> list[str]:
    return [e.canonical for e in enrich_one(text) if e.type == "person"]


def _linked(*paragraphs: str) -> list[tuple[str, str]]:
    segments = [
        Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(paragraphs)
    ]
    _, ents = enrich(SegmentedDocument(segments=segments))
    return [(e.segment_id, e.canonical) for e in ents if e.type == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het lid Kuipers stelde daarna een vraag over de dijken.", "Kuipers"),
        ("Het Lid Van Hattem diende de motie in.", "Van Hattem"),
        ("Het lid Femke Wiersma (BBB) vroeg om uitstel.", "Femke Wiersma"),
    ],
)
def test_a_member_at_a_sentence_start(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Het lid van de raad van toezicht is benoemd.",
        "Het Lid Staat meldt dit aan de Commissie.",
        "Het lid Raad van Bestuur stemt in.",
    ],
)
def test_a_member_word_before_no_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens Jan-Willem Oosterbeek is de planning te krap.", "Jan-Willem Oosterbeek"),
        ("Daarover sprak Anne-Fleur van Meurs met de wethouder.", "Anne-Fleur van Meurs"),
        ("Het lid Jan-Peter Balkenende vroeg het woord.", "Jan-Peter Balkenende"),
    ],
)
def test_two_given_names_joined_by_a_hyphen(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "De Jan-Willem Straat wordt heringericht.",
        "Het Jan-Willem Huis opent in maart.",
        "In Noord-Holland Zuid is het rustig.",  # no given names
        "De Anne-Marie Stichting geeft subsidie.",
        "De Jan-Willem Fonds stelt geld beschikbaar.",
    ],
)
def test_hyphenated_words_before_no_surname(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens Mohamed Hamdan Dagalo is het bestand voorbij.", "Mohamed Hamdan Dagalo"),
        ("De heer Mohamed Ould Ghazouani sprak de vergadering toe.", "Mohamed Ould Ghazouani"),
    ],
)
def test_a_third_name_word_without_a_particle(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens Pieter Dijkstra Kadaster is dat onjuist.", "Pieter Dijkstra"),
        ("Mevrouw Anna Smit Projectleider, zei het.", "Anna Smit"),
        ("De heer Mohamed Hamdan Directeur is daar.", "Mohamed Hamdan"),
        ("Burgemeester Femke Halsema Amsterdam heeft gezegd.", "Femke Halsema"),
        ("Met Pieter Dijkstra Beleid en ander beleid.", "Pieter Dijkstra"),
        ("Overleg met\nPieter Dijkstra Kadaster\nJan Smit Gemeente", "Pieter Dijkstra"),
        # the next person of a row of names: a given name, or a particle and a surname after it
        ("Team: Karel Wouters Sanne Bos en anderen", "Karel Wouters"),
        ("Team: Karel Wouters Bram van der Meulen Sanne Bos", "Karel Wouters"),
    ],
)
def test_a_body_office_or_word_after_a_name_is_no_third_name_word(text: str, name: str) -> None:
    assert _people(text)[:1] == [name]


def test_a_surname_alone_links_to_the_given_name_and_surname_elsewhere() -> None:
    assert _linked("Volgens Jan Oosterbeek is dat onjuist.", "Oosterbeek bleef bij zijn punt.") == [
        ("s0", "Jan Oosterbeek"),
        ("s1", "Jan Oosterbeek"),
    ]
    assert _linked("Volgens Jan-Willem de Vries klopt het.", "De Vries zei later iets anders.") == [
        ("s0", "Jan-Willem de Vries"),
        ("s1", "Jan-Willem de Vries"),
    ]


def test_two_given_names_give_no_surname_to_link() -> None:
    assert ("s1", "Jan Peter") not in _linked(
        "Volgens Jan Peter is dat onjuist.", "Peter zei later iets anders."
    )


def test_a_building_named_after_a_person_is_none() -> None:
    assert _people("Er hingen posters bij de Johan Cruijff Arena in het centrum.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ons kenmerk 2023-114 H. Kuipers (058) 292 5911\nGeachte heer,", "H. Kuipers"),
        ("Contact: A.B. van Leeuwen 030 - 258 6000 of per mail.", "A.B. van Leeuwen"),
        ("Vragen? Bel T. Mulder 06-41234567.", "T. Mulder"),
    ],
)
def test_initials_and_a_surname_before_a_telephone_number(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zie bijlage B. Tabel 0701234 voor de cijfers.",  # seven digits: no telephone number
        "Zie B. Overzicht 2020 0 0 0 hieronder.",
        # a word the text also prints in lower case
        "Deel C. Kosten (070) 123 4567. De kosten zijn hoog.",
    ],
)
def test_no_contact_without_a_whole_telephone_number_or_a_surname(text: str) -> None:
    assert _people(text) == []


def test_a_titled_surname_is_that_person_where_it_stands_alone() -> None:
    assert _linked("Dat zei president Zelenski gisteren.", "De speech van Zelenski is bekend.") == [
        ("s0", "Zelenski"),
        ("s1", "Zelenski"),
    ]


def test_a_titled_surname_the_text_prints_as_a_word_is_left_alone() -> None:
    # 'het lid Kamp' names a member; 'kamp' is a word, so 'Kamp' elsewhere is not looked for
    assert _linked("Het lid Kamp vroeg het woord.", "Na het kamp in het Kamp Zeist.") == [
        ("s0", "Kamp")
    ]
