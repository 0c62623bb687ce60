"""Signatures a blind set of Wob decision letters showed (gold22): a signer's name on a line pdfium
ends with '\\r\\n', and initials printed with a gap before a dot ('J.K.L . Hoekman') or without
the last one before a capitalised Romance particle ('E.F.G Di Stefano')."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich, entities_in_text
from stukken.contracts import Segment, SegmentedDocument


def _persons(text: str) -> list[tuple[str, str]]:
    return [
        (text[m.start : m.end], m.canonical) for m in entities_in_text(text) if m.type == "person"
    ]


def _enriched_persons(text: str) -> list[str]:
    """Persons the whole enricher finds (the signer pass reads a document's segments)."""
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    _, ents = enrich(doc)
    return [e.canonical for e in ents if e.type == "person"]


def test_a_signer_on_lines_that_end_in_carriage_returns() -> None:
    text = (
        "Met vriendelijke groet,\r\nDe Staatssecretaris van Financiën,\r\nnamens deze:\r\n"
        "Sietske Kuipers\r\nTeamleider Toeslagen\r\n"
    )
    assert _enriched_persons(text) == ["Sietske Kuipers"]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "Hoogachtend,\r\nnamens deze,\r\nMevr. J.K.L . Hoekman\r\nAfdelingshoofd",
            "J.K.L. Hoekman",
        ),
        ("Hoogachtend,\nmr. drs. E.F.G Di Stefano\nHoofd Juridische Zaken", "E.F.G. Di Stefano"),
        ("Hoogachtend,\nmr. E.F. di Stefano\nHoofd Juridische Zaken", "E.F. di Stefano"),
    ],
)
def test_initials_as_signatures_print_them(text: str, canonical: str) -> None:
    assert [c for _, c in _persons(text)] == [canonical]


def test_no_lone_initial_after_a_spaced_initial() -> None:
    assert _persons("de heer A.B. Jansen en mevrouw C. de Vries") == [
        ("A.B. Jansen", "A.B. Jansen"),
        ("C. de Vries", "C. de Vries"),
    ]


@pytest.mark.parametrize(
    "function", ["Teammanager Vergunningen", "Teamleider Subsidies", "Afdelingshoofd Handhaving"]
)
def test_a_signer_with_a_units_head_after_the_name(function: str) -> None:
    closing = "Met vriendelijke groet,\nnamens deze:\n"
    text = f"{closing}Sietske Kuipers {function} Dienst Uitvoering Onderwijs"
    assert _enriched_persons(text) == ["Sietske Kuipers"]


def test_a_units_head_alone_signs_no_person() -> None:
    assert (
        _enriched_persons("Met vriendelijke groet,\nnamens deze:\nTeammanager Vergunningen\n") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        # a unit's name wrapped over two lines goes on in lower case
        "Hoogachtend,\r\nnamens deze,\r\nLandelijke Financiële\r\nadministratie\r\n",
        # a desk's name whose last word the letter also prints as a word
        "Over de subsidieverlening leest u meer op de website.\r\nMet vriendelijke groet,\r\n"
        "Loket Subsidieverlening\r\nProvincie Zuid\r\n",
    ],
)
def test_units_under_a_closing_are_no_signers(text: str) -> None:
    assert _enriched_persons(text) == []
