"""Round orgs65 (issue #12): organisations and persons in a college's decision lists, Woo papers
and inspection reports, each rule with the near misses that stay as they were. Sentences and
cells are our own, in the shapes the blind batch showed."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from services.enrich.entities import portfolios
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def persons(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich(_doc(text))[1] if e.type == "person"]


def bodies(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich(_doc(text))[1] if e.type == "organization"]


# --- a portfolio's policy fields -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "5.a | Financiën, Economie en Sport\n5.a.1 | Kaderbrief 2026",
        "5.b | Sociaal Domein, Wonen en Onderwijs",
        "Portefeuille: Financiën, Bestuur en Veiligheid",
        "3.c Ruimte, Duurzaamheid en Mobiliteit\nBesluit: akkoord.",
    ],
)
def test_a_portfolio_cell_names_no_body(text: str) -> None:
    assert bodies(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a ministry's subject as a heading prints it stands for the ministry
        ("Volksgezondheid, Welzijn en Sport", "Ministerie van Volksgezondheid, Welzijn en Sport"),
        # ministries by their short names, all of them ministries
        ("Financiën, Defensie en Buitenlandse Zaken", "Ministerie van Defensie"),
        # the fields in running text: the cell holds more than the fields
        ("Financiën en Sport hebben ingestemd met het voorstel.", "Ministerie van Financiën"),
        # one field alone is no portfolio's list
        ("5.a | Financiën", "Ministerie van Financiën"),
    ],
)
def test_a_cell_that_is_no_portfolio_keeps_its_bodies(text: str, found: str) -> None:
    assert found in {canonical for _, canonical in bodies(text)}


def test_is_portfolio_reads_the_cell_only() -> None:
    assert portfolios.is_portfolio(" Cultuur en Welzijn")
    assert not portfolios.is_portfolio("Cultuur en Welzijn van ouderen")
    assert not portfolios.is_portfolio("Onderwijs, Cultuur en Wetenschap")
    assert not portfolios.is_portfolio("financiën en sport")
