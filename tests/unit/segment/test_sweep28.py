"""What the sweep of 102 new real PDFs (bench/breadth/report-sweep28.md) showed: a table's last
column, in the body's type, read as a side column.

Standards set their profile tables in the text's type, the last column standing right of the
text above the table and its cells wrapping over several lines (Geonovum/TPOD 'TPOD
Omgevingsverordening v0.98-beta.pdf', Microsoft Print To PDF: 'Mag niet bevatten' over 'Boek,
Deel, Hoofd-/stuk, Titel'; Logius-standaarden/publicatie 'Digikoppeling-Koppelvlakstandaard-
ebMS2.pdf', wkhtmltopdf: 'End-to-End Security' over 'Required in this/profile.'). A gutter runs
down the page left of that column. Its cells' first lines sit on the rows of the cells beside
them (top-aligned) or their blocks stand centred on them (centred), their further lines on no
row: counted per line, the column stood off the body's rows, its head and cells repeated on
other pages, and it became furniture/side_column. Counted per block (lines under each other at
the line distance), most of its cells start or centre on a row of the cells to their left: a
table's column, joined to its rows.

The fixtures (`python -m tests.fixtures.sweep28.src.build`; the Chromium twin printed from its
`html()`, cells centred): three pages of such a profile, typeset by reportlab (cells
top-aligned) and by Chromium; on main both lose the last column (8 and 12 side-column
segments)."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sweep28"


def _words(text: str) -> list[str]:
    return text.replace("\ufffe", "").replace("-\n", "").replace(",", " ").split()


@pytest.mark.parametrize("name", ["profiel-tabel.pdf", "profiel-tabel.chromium.pdf"])
def test_a_tables_last_column_of_wrapped_cells_is_no_side_column(name: str) -> None:
    doc = segment_pdf((FIXTURES / name).read_bytes(), ocr=False)
    assert not [s for s in doc.segments if getattr(s, "role", None) == "side_column"]
    body = [s for s in doc.segments if s.kind not in ("furniture", "letterhead")]
    for page in (1, 2, 3):
        words = _words(" ".join(s.text for s in body if s.page == page))
        assert "bevatten" in words  # 'Mag niet bevatten', the last column's head
        # the last column's cells: each names 'Subsubparagraaf' (the text above the table
        # and the second column never do on pages 1 and 3)
        assert words.count("Subsubparagraaf") >= 3, (page, words.count("Subsubparagraaf"))
    # the sentence after the table is read after it, as text
    assert any("validatie van de landelijke voorziening" in s.text for s in body if s.page == 3)


def test_a_letters_side_column_stays_a_side_column() -> None:
    """A guard: the rule leaves a letter's side column (its fields' labels have a letterhead's
    shape), printed by Chromium (the kamerbrief fixture)."""
    path = Path(__file__).parents[2] / "fixtures" / "chromium-letter.pdf"
    doc = segment_pdf(path.read_bytes(), ocr=False)
    side = [s.text for s in doc.segments if getattr(s, "role", None) == "side_column"]
    assert side == ["Ons kenmerk", "4296828", "Uw kenmerk", "2022Z20166"]
