"""What the sweep of 127 new real PDFs (bench/breadth/report-sweep27.md) showed: a page's second
column read as a side column.

Annual accounts set their notes in two columns: the left one the notes' prose in the body's
type, the right one numbered notes whose tables are set smaller, a column of labels beside two
columns of amounts (EIFFELAnalytics/jaarverslagen-text-mining, Unilever_2017.pdf, Aspose.Words:
42 blocks over 20 pages). The tables' gutters cut the right column into strips; the first, in
the smaller type and narrower than half the body, took the side column's evidence, the others
joined its rows, and every heading, table and sentence of that column became furniture. Strips
right of the body whose text together stands as wide as half the body and holds a quarter of
its characters are a text column, however the tables cut them.

The fixture (`python -m tests.fixtures.sweep27.src.build`; the Chromium twin printed from its
`html()`) has such pages; printed by Chromium it loses its right column on main, typeset by
reportlab it reads right on main as here (a guard: the rule must not change it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sweep27"
NOTES = ["OPBRENGST UIT DEELNEMINGEN", "BELASTINGEN", "MATERIËLE VASTE ACTIVA", "VOORZIENINGEN"]
AMOUNTS = ["18.930", "164.208", "6.412", "1.204"]


@pytest.mark.parametrize(
    "name", ["jaarrekening-second-column.chromium.pdf", "jaarrekening-second-column.pdf"]
)
def test_a_second_column_of_small_tables_is_read_as_text(name: str) -> None:
    doc = segment_pdf((FIXTURES / name).read_bytes(), ocr=False)
    body = [s for s in doc.segments if s.kind not in ("furniture", "letterhead")]
    text = " ".join(s.text for s in body)
    assert not [s for s in doc.segments if getattr(s, "role", None) == "side_column"]
    for page in (1, 2):
        on_page = " ".join(s.text for s in body if s.page == page)
        for note in NOTES:
            assert note in on_page, (page, note)
        assert "ontvangen over het boekjaar van de deelnemingen" in on_page
    for amount in AMOUNTS:
        assert amount in text
    # the left column's notes are read before the right column's, on each page
    first = [s.text for s in body if s.page == 1]
    left = next(i for i, t in enumerate(first) if "Besluit begroting" in t)
    right = next(i for i, t in enumerate(first) if "DEELNEMINGEN" in t)
    assert left < right
