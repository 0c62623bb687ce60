"""What first sight missed in every blind gold, by general means (orgs10): large firms from a
sourced list (firms.tsv, build_firms.py), a name before an apposition whose head is any compound
of an association's or organisation's word, and a body named again by the compound its full name
opens with ('de Architectuurraad' after 'Architectuurraad GDI'). Every text here is invented."""

from __future__ import annotations

import pytest

from services.enrich.data import build_firms, rows
from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import organisations

# Invented word frequencies: common words and places above 3.0, firm names below.
_FREQUENCIES = {"plus": 5.5, "action": 5.0, "mars": 4.5, "centric": 3.4, "das": 5.0, "jan": 4.8}


def _zipf(word: str, lang: str) -> float:
    return _FREQUENCIES.get(word, 1.0)


def test_firm_build_keeps_names_that_are_no_words() -> None:
    table = build_firms.build_firms(
        [
            "Quorvex",  # rare: a name
            "Plus",  # a word
            "Action",
            "Centric",  # as common as a word in the frequency list
            "Plimsolt",  # a surname a listed person bears
            "Hurks",  # a family name the source lists as a firm
            "Bureau Plimsolt",  # the name finders read it, with what follows
            "QVX",  # three capitals stand for too much, word or not
            "DAS",
            "BP Nederland",  # two capitals left alone say too little
            "Holland Plimbank Groep",  # its trading form without 'Groep' too
            "Jan Quorvelaar Supermarkten",
            "KarweiVaro Energy",  # two items the source glued together
            "Zorbex Bank",  # listed elsewhere
        ],
        {"Zorbex Bank"},
        _zipf,
        {"Plimsolt"},
        frozenset({"Bureau"}),
    )
    assert [(r[0], r[1]) for r in table] == [
        ("BP Nederland", ""),
        ("Holland Plimbank Groep", "Holland Plimbank"),
        ("Jan Quorvelaar Supermarkten", "Jan Quorvelaar"),
        ("Karwei", ""),
        ("Quorvex", ""),
        ("Varo Energy", ""),
    ]
    assert all(r[2] == "s" and r[4] == build_firms.SOURCE for r in table)


def test_the_committed_firm_file_and_what_it_finds() -> None:
    table = rows("firms.tsv")
    assert len(table) > 150
    assert all(r["source"] == build_firms.SOURCE and r["case"] == "s" for r in table)
    names = {r["canonical"] for r in table}
    assert not names & {"Plus", "Action", "Total", "Mars", "Exact", "Kuijpers", "Verkade"}
    assert not names & {"BCC", "WPG", "TBI"}  # a mail field, a law, an injury
    assert "Bureau Veritas" not in names
    text = "Het onderzoek van Wavin en Lannoo Meulenhoff werd in 2023 afgerond."
    assert organisations(text) == ["Wavin", "Lannoo Meulenhoff"]
    assert organisations("wavin en lannoo") == []  # every form is case-sensitive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volgens de ZQA, een netwerkorganisatie van kleine kantoren, werkt het niet.",
            ["ZQA"],
        ),
        ("Daarom steunen we Woonplimsol, de vereniging van wooncoöperaties.", ["Woonplimsol"]),
        # a wrapped line lost its space between adjective and head
        ("Dit bespreekt QUORVA, de Europeseassociatie die makers verenigt.", ["QUORVA"]),
        # a sentence's first word and its comma name nothing
        ("Hierover, de organisatie van het congres, later meer.", []),
        ("Tot slot. Daarnaast, de vereniging van ouders.", []),
        # a plural or no article: a list of roles, no apposition
        ("Bouwers, verenigingen en makers doen mee.", []),
    ],
)
def test_a_name_before_an_apposition_of_a_body(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def _document(*pages: str) -> SegmentedDocument:
    return SegmentedDocument(
        segments=[
            Segment(id=f"p{i}", kind="paragraph", page=i, text=text)
            for i, text in enumerate(pages, 1)
        ]
    )


def _mentions(doc: SegmentedDocument) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich(doc)[1] if e.type == "organization"]


def test_a_body_named_again_by_the_compound_its_name_opens_with() -> None:
    doc = _document(
        "Het advies van de Afstemmingstafel QRV Noord is gevraagd.",
        "Daarna besluit de Afstemmingstafel over de planning; Afstemmingstafels zijn er vele.",
    )
    assert _mentions(doc) == [
        ("Afstemmingstafel QRV Noord", "Afstemmingstafel QRV Noord"),
        ("Afstemmingstafel", "Afstemmingstafel QRV Noord"),
    ]


@pytest.mark.parametrize(
    "pages",
    [
        # two bodies open with the same compound: which one is meant is unknown
        (
            "De Afstemmingstafel QRV Noord en de Afstemmingstafel QRV Zuid vergaderden.",
            "Daarna besluit de Afstemmingstafel over de planning.",
        ),
        # without an article the compound is no mention of the body
        ("De Afstemmingstafel QRV Noord vergaderde.", "Afstemmingstafel overleg gepland."),
        # a committee's compound: papers name several ('de Kamercommissie')
        ("De Overlegcommissie QRV Noord vergaderde.", "Toen sprak de Overlegcommissie."),
    ],
)
def test_the_compound_alone_names_no_body_otherwise(pages: tuple[str, str]) -> None:
    found = _mentions(_document(*pages))
    assert found  # the full name is found
    assert all(canonical == text for text, canonical in found)
