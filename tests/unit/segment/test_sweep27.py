"""What the sweep of 127 new real PDFs (bench/breadth/report-sweep27.md) showed: a page's second
column, and a table's columns of amounts, read as a side column.

Annual accounts set their notes in two columns: the left one the notes' prose in the body's
type, the right one numbered notes whose tables are set smaller, a column of labels beside two
columns of amounts (EIFFELAnalytics/jaarverslagen-text-mining, Unilever_2017.pdf, Aspose.Words:
42 blocks over 20 pages). The tables' gutters cut the right column into strips; the first, in
the smaller type and narrower than half the body, took the side column's evidence, the others
joined its rows, and every heading, table and sentence of that column became furniture. Strips
right of the body whose text together stands as wide as half the body and holds a quarter of
its characters are a text column, however the tables cut them.

On one-column pages of the same report a table's note numbers, set smaller than its labels, and
its amounts right of them (pp. 89, 97: 'Turnover' | '2' | '53,715' | '52,713' | '53,272') were
side column too: strips right of the body whose lines are nearly all figures, nearly all on the
body's rows, are the table's further columns.

The fixtures (`python -m tests.fixtures.sweep27.src.build`; the Chromium twin printed from its
`html()`): the two-column pages printed by Chromium lose their right column on main, typeset by
reportlab they read right on main as here (a guard: the rule must not change them); the
one-column overview of income and expenditure loses its amounts on main."""

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


def test_a_tables_columns_of_amounts_beside_its_labels_stay_in_the_table() -> None:
    doc = segment_pdf((FIXTURES / "jaarrekening-amounts.pdf").read_bytes(), ocr=False)
    assert not [s for s in doc.segments if getattr(s, "role", None) == "side_column"]
    for page, (label, amounts) in enumerate(
        [
            ("Algemene uitkering gemeentefonds", ["84.212", "79.530", "75.118"]),
            ("Onroerendezaakbelastingen", ["18.930", "17.455", "16.902"]),
        ],
        start=1,
    ):
        tables = [s for s in doc.segments if s.kind == "table" and s.page == page]
        assert len(tables) == 1
        rows = tables[0].rows or []
        row = next(r for r in rows if r[0] == label)
        assert [cell.strip() for cell in row[2:]] == amounts
