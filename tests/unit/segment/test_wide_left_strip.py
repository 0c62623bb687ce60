"""A strip left of the body that is near as wide as the body, in the body's type, is the page's
own text, not a margin: a data specification's pages put an object's attributes over a table whose
last column (the definitions) holds most of the text, so the attribute list and the table's first
columns stand left of it, the same on every page. A narrow left column of particulars, or one in
smaller type, stays beside the body as before."""

from __future__ import annotations

import pytest

from services.segment.layout.assemble import segment_pages
from services.segment.layout.words import PageRuns
from tests.unit.segment.page_runs import body_text, line_runs

ATTRIBUTES = [
    "Feature dataset: Functioneel",
    "• Areaaldata model versie: 4.1",
    "• BGT inhoud: Nee",
    "• Positionele nauwkeurigheid: nvt",
    "• SHAPE: Vlak",
]
COLUMNS = ["GLOBALID GlobalID(38,0,0)", "AD_ID String(255,0,0)", "GISIB_ID Integer(0,10,0)"]
DEFINITION = "PNH; Uniek identificatienummer voor het"


def _page(
    number: int, left: list[str], left_size: float, per_word: bool, at: float = 330.0
) -> PageRuns:
    """`left` beside a column of definitions at x `at` that holds most of the text, its lines
    between the definitions' rows (a table's rows are taller than a line)."""
    lines = [(t, 70.0, 594 - 24 * i, left_size) for i, t in enumerate(left)]
    lines += [(f"{DEFINITION} {k}", at, 600 - 12 * k, 10.0) for k in range(16)]
    runs = [r for text, x, y, size in lines for r in line_runs(text, x, y, size, per_word)]
    return PageRuns(number, 595.0, 842.0, runs)


@pytest.mark.parametrize("per_word", [False, True])
def test_a_wide_strip_left_of_the_body_is_the_pages_text(per_word: bool) -> None:
    pages = [_page(n, ATTRIBUTES + COLUMNS, 10.0, per_word) for n in (1, 2, 3)]
    doc = segment_pages(pages, 3)
    assert not [s for s in doc.segments if s.role == "side_column"]
    body = body_text(doc)
    assert all(t.lstrip("• ") in body for t in ATTRIBUTES + COLUMNS)


@pytest.mark.parametrize("per_word", [False, True])
def test_a_narrow_left_column_of_repeated_particulars_stays_beside_the_body(
    per_word: bool,
) -> None:
    particulars = ["Datum", "3 april 2009", "Kenmerk", "2009-0000123456", "Directie Wetgeving"]
    doc = segment_pages([_page(n, particulars, 10.0, per_word, at=300.0) for n in (1, 2, 3)], 3)
    assert "Kenmerk" not in body_text(doc)


@pytest.mark.parametrize("per_word", [False, True])
def test_a_wide_left_strip_in_small_type_stays_beside_the_body(per_word: bool) -> None:
    # its longest line reaches as wide as the wide one's above: only its type differs
    small = [f"{t} (zie het model)" if "nauwkeurigheid" in t else t for t in ATTRIBUTES]
    pages = [_page(n, small + COLUMNS, 7.0, per_word, at=360.0) for n in (1, 2, 3)]
    body = body_text(segment_pages(pages, 3))
    assert "Areaaldata model versie" not in body and "GISIB_ID" not in body
