"""What the sweep of new real PDFs (bench/breadth/report-sweep33.md) showed: a side column with
no gutter before it read into the body's lines.

A beslisnota of BZK, released under the Woo (Mart-bkr/PDFair 'EvaluationPDFix/evaluatie inhoud/
pdf1_evaluatie_inhoud.pdf', 13 December 2023): its side column ('Onze referentie', 'Datum') in
7.8 pt starts at x 466.2, and the body, 10.9 pt justified, ends at 463-466.7, a point before that
edge or half a point past it. No gutter parts them, so each side-column line joined the body
line beside it: '... één evaluatierapport Onze referentie over de werking ... vijf jaar
2023-0000700225 geleden'. Read29's Woo decisions of BZ, JenV and DJI (their later pages, text
layers of scans) do the same ('Deze Datum documenten', a false table '... | Datum'). Found by
its type and its edge (`columns._abutting_side`); on page 1 only where a body line runs up to
that edge (the letterhead's rules read a first page's column that stands apart).

The fixtures (`python -m tests.fixtures.sweep33.src.build`; the Chromium twin printed from its
`html()`): such a nota's two pages typeset by reportlab and by Chromium; main glues the side
column's lines into page 2's body on both ('documenten2025-0000412377')."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.layout.columns import _abutting_side, page_pieces
from services.segment.layout.gutters import Piece
from services.segment.layout.words import PageRuns, Run
from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sweep33"
NAMES = ["beslisnota.pdf", "beslisnota.chromium.pdf"]
SIDE = ("Onze referentie", "2025-0000412377", "Datum", "12 maart 2025")


def _words(text: str) -> list[str]:
    return [w for w in text.split() if w != "|"]  # a table's cells are parted by ' | '


@pytest.mark.parametrize("name", NAMES)
def test_a_side_column_against_the_body_stays_out_of_its_lines(name: str) -> None:
    doc = segment_pdf((FIXTURES / name).read_bytes(), ocr=False)
    page2 = [s for s in doc.segments if s.page == 2]
    # page 1's column found (side35), page 2's repeat of it is its running head (README's "A
    # side column on a later page"); what page 2 prints new stays side column
    side = [" ".join(s.text.split()) for s in page2 if s.role in ("side_column", "header")]
    assert [t for t in side if t in SIDE] == list(SIDE)
    body = " ".join(" ".join(s.text.split()) for s in page2 if s.kind != "furniture")
    assert "meer documenten actief openbaar maken dan voor de inwerkingtreding" in body
    for text in SIDE:
        assert text not in body, text


@pytest.mark.parametrize("name", NAMES)
def test_every_word_of_page_two_lands_once(name: str) -> None:
    """Nothing glued ('documenten2025'), nothing dropped: the text layer's words of page 2, each
    in one segment. (Page 1, the letterhead's rules' as on main, reads the reportlab nota's
    'Bijlage(n)' value '2', level with the title's end, as the title's note marker.)"""
    path = FIXTURES / name
    doc = segment_pdf(path.read_bytes(), ocr=False)
    layer = Counter(_words(pdfium.PdfDocument(path)[1].get_textpage().get_text_range()))
    read = Counter(w for s in doc.segments if s.page == 2 for w in _words(s.text))
    assert read == layer


@pytest.mark.parametrize("name", NAMES)
def test_page_one_keeps_its_letterhead_reading(name: str) -> None:
    """Page 1's column stands above the body, apart from 'Aan' and the title beside it: the
    letterhead's rules read it, as before (the title is no side column)."""
    doc = segment_pdf((FIXTURES / name).read_bytes(), ocr=False)
    page1 = [s for s in doc.segments if s.page == 1]
    assert not [s for s in page1 if s.role == "side_column" and "Kamerbrief" in s.text]
    body = " ".join(" ".join(s.text.split()) for s in page1 if s.kind != "furniture")
    assert "Kamerbrief over de evaluatie van de Wet open overheid" in body


def _run(text: str, x0: float, y0: float, size: float) -> Run:
    return Run(text, x0, y0, x0 + 0.5 * size * len(text), y0 + size, size)


def _page(number: int, side: list[str], body_right: float, side_size: float = 7.8) -> PageRuns:
    runs = [_run("x" * 70, 79.0, 700.0 - 12 * k, 10.9) for k in range(12)]
    for run in runs:
        run.x1 = body_right
    runs += [_run(t, 466.2, 705.0 - 9 * k, side_size) for k, t in enumerate(side)]
    return PageRuns(number, 595.0, 842.0, runs)


def _pieces(page: PageRuns) -> list[Piece]:
    return page_pieces(page)


def test_labels_in_small_type_at_one_edge_are_the_side_column() -> None:
    page = _page(2, list(SIDE), 466.7)
    found = _abutting_side(page, _pieces(page))
    assert found is not None
    assert [r.text for r in found[0]] == list(SIDE)


def test_one_label_is_no_side_column() -> None:
    """'Datum' alone over values in small type at one edge: a table's last column may hold it."""
    page = _page(2, ["Datum", "12 maart 2025", "13 maart 2025", "14 maart 2025"], 466.7)
    assert _abutting_side(page, _pieces(page)) is None


def test_labels_in_the_bodys_type_are_no_side_column() -> None:
    page = _page(2, list(SIDE), 466.7, side_size=10.9)
    assert _abutting_side(page, _pieces(page)) is None


def test_page_one_abutting_is_the_side_column_too() -> None:
    """side35: page 1's column with the body's lines beside it on its rows and up to its edge
    is found as on later pages (BZK's nota p. 1: 'Aan MBZK 2023-0000700225'); the letter's
    particulars under it are `metadata._particulars_subject`'s, so the title is kept."""
    page = _page(1, list(SIDE), 466.7)
    found = _abutting_side(page, _pieces(page))
    assert found is not None
    assert [r.text for r in found[0]] == list(SIDE)


def test_page_one_column_with_nothing_beside_is_not_abutting() -> None:
    """Page 1's column above the body, no body text on its rows: `aside.column_above_body`'s."""
    page = _page(1, list(SIDE), 466.7)
    for run in page.runs:
        if run.size > 8:
            run.y0 -= 200.0
            run.y1 -= 200.0
    assert _abutting_side(page, _pieces(page)) is None
