"""Persons under a letter's closing words, with spaced initials or a capitalised particle, and
the members after a slash in a motion's name."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich, entities_in_text
from stukken.contracts import Segment, SegmentedDocument


def persons(text: str) -> list[str]:
    return [text[m.start : m.end] for m in entities_in_text(text) if m.type == "person"]


def _signed(*cells: tuple[str, str]) -> list[tuple[str, str]]:
    segs = [Segment(id=f"s{i}", kind=k, page=1, text=t) for i, (k, t) in enumerate(cells)]
    found = enrich(SegmentedDocument(segments=segs))[1]
    return [(e.segment_id, e.text) for e in found if e.type == "person"]


def test_signer_on_the_line_taken_for_a_heading() -> None:
    assert _signed(
        ("signature", "Met vriendelijke groet,"),
        ("signature", "De Minister van Financiën, namens deze:"),
        ("heading", "Marieke van der Hoeven"),
        ("paragraph", "Afdelingshoofd Toezicht"),
    ) == [("s2", "Marieke van der Hoeven")]


def test_signer_after_a_redaction_code_and_a_stroke() -> None:
    assert _signed(
        ("signature", "De Staatssecretaris van Defensie, namens deze:\n5.1.2e\n—"),
        ("heading", "Bram Kuipers"),
    ) == [("s1", "Bram Kuipers")]


def test_signer_with_title_and_initials_in_the_same_segment() -> None:
    assert _signed(("signature", "Hoogachtend,\n\ndrs. K.L. Smit")) == [("s0", "K.L. Smit")]


@pytest.mark.parametrize(
    "cells",
    [
        # A unit, a sentence, a heading of the next section: nobody signs by name.
        [("signature", "Met vriendelijke groet,"), ("heading", "Directie Wonen")],
        [("signature", "Met vriendelijke groet,"), ("paragraph", "Het team Woo van de dienst")],
        [("paragraph", "De minister van VWS heeft besloten,\nDit blijft zo")],
    ],
)
def test_no_signer_where_no_name_stands(cells: list[tuple[str, str]]) -> None:
    assert _signed(*cells) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De voorzitter van de Afdeling, Th. C. De Boer", ["Th. C. De Boer"]),
        ("getekend door A. B. van der Meulen en", ["A. B. van der Meulen"]),
        ("de N.V. Nederlandse Spoorwegen", []),  # a legal form
    ],
)
def test_spaced_initials_and_capital_particles(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("uitvoering van de motie Hermans/Van der Linden over", ["Hermans", "Van der Linden"]),
        ("de motie Bakker/Yilmaz/De Wit wordt", ["Bakker", "Yilmaz", "De Wit"]),
    ],
)
def test_members_after_a_slash_in_a_motion(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


def test_signer_after_a_closing_without_its_comma() -> None:
    assert _signed(("signature", "Met vriendelijke groet"), ("heading", "Sanne de Wit")) == [
        ("s1", "Sanne de Wit")
    ]


def test_a_committee_report_is_signed_by_surname_under_each_office() -> None:
    # a Kamer committee's list of questions: chair and clerk by surname alone
    assert _signed(
        (
            "paragraph",
            "De vragen zijn op 16 januari 2025 beantwoord.\nDe voorzitter van de commissie,\n"
            "Bromet\nAdjunct-griffier van de commissie, \r\nHuls \r",
        ),
        ("heading", "Inhoud"),
    ) == [("s0", "Bromet"), ("s0", "Huls")]
    assert _signed(
        ("paragraph", "De voorzitter van de vaste commissie voor Financiën,"),
        ("paragraph", "Van der Werf"),
        ("paragraph", "De griffier van de commissie,"),
        ("heading", "Inhoud"),
    ) == [("s1", "Van der Werf")]
    # a paragraph joins office and name
    assert _signed(
        ("paragraph", "De voorzitter van de commissie, Bromet"),
        ("paragraph", "Adjunct-griffier van de commissie, Huls"),
        ("paragraph", "De griffier van de commissie, Inhoud"),
    ) == [("s0", "Bromet"), ("s1", "Huls")]
