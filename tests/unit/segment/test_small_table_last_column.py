"""A table set in smaller type than the text keeps its last column: the column stands on the rows
of the table's other cells, in their type, though its head repeats on every page and its type is
smaller than the body's. A side column in small type on the rows of the body's larger text is
still the side column. With the table's last column in the text, its rows reach past the prose:
the prose's full lines do not look short for it (a sentence ending at the line's end goes on)."""

from __future__ import annotations

import pytest

from services.segment.layout.assemble import segment_pages
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import _PROSE_LINES, right_edges
from services.segment.layout.words import PageRuns
from tests.unit.segment.page_runs import NOT_BODY, line_runs

ROWS = [
    ("Het onderzoek draagt bij aan de bestrijding", "264 (82.2%)", "567 (53.8%)"),
    ("De app wordt door de GGD ondersteund", "256 (79.8%)", "190 (18.0%)"),
    ("De GGD krijgt het te druk zonder de app", "235 (73.2%)", "213 (20.2%)"),
    ("Totaal", "321 (100.0%)", "1054 (100.0%)"),
]


def _page(number: int, per_word: bool) -> PageRuns:
    text = f"De tabel op pagina {number} toont de antwoorden per groep."
    lines = [(text, 60.0, 740.0 - 16 * i, 12.0) for i in range(4)]
    lines += [("Stelling", 60.0, 660.0, 8.0), ("Gebruikers", 300.0, 660.0, 8.0)]
    lines += [("Niet gebruikers", 470.0, 660.0, 8.0)]
    for k, (claim, users, others) in enumerate(ROWS):
        y = 640.0 - 18 * k
        lines += [(claim, 60.0, y, 8.0), (users, 300.0, y, 8.0), (others, 480.0, y, 8.0)]
    runs = [r for t, x, y, size in lines for r in line_runs(t, x, y, size, per_word)]
    return PageRuns(number, 595.0, 842.0, runs)


@pytest.mark.parametrize("per_word", [False, True])
def test_the_last_column_of_a_table_in_small_type_is_no_side_column(per_word: bool) -> None:
    doc = segment_pages([_page(n, per_word) for n in (1, 2, 3)], 3)
    assert not [s for s in doc.segments if s.kind in NOT_BODY]
    body = " ".join(s.text for s in doc.segments)
    assert "Niet gebruikers" in body and "1054 (100.0%)" in body


@pytest.mark.parametrize("per_word", [False, True])
def test_a_small_side_column_on_the_rows_of_larger_text_stays_the_side_column(
    per_word: bool,
) -> None:
    def page(number: int) -> PageRuns:
        text = f"Dit is regel van de brief op pagina {number}, de tekst loopt gewoon door"
        lines = [(text, 70.0, 700.0 - 14 * i, 10.0) for i in range(8)]
        side = ["Directie Wetgeving", "Datum", "3 april 2009", "Ons kenmerk", "2009-0000123456"]
        lines += [(t, 450.0, 700.0 - 14 * i, 7.0) for i, t in enumerate(side)]
        runs = [r for t, x, y, size in lines for r in line_runs(t, x, y, size, per_word)]
        return PageRuns(number, 595.0, 842.0, runs)

    doc = segment_pages([page(1), page(2), page(3)], 3)
    body = " ".join(s.text for s in doc.segments if s.kind not in NOT_BODY)
    assert "Ons kenmerk" not in body and "Directie Wetgeving" not in body


def _prose(length: int, end: str) -> str:
    """A line of Dutch prose of exactly `length` characters, ending in `end`."""
    words = ("de", "respondenten", "gaven", "in", "deze", "meting", "vaker", "aan", "dat", "zij")
    text = ""
    while len(text) < length:
        text += ("" if not text else " ") + words[len(text) % len(words)]
    return text[: length - len(end)].rstrip() + end


def _prose_and_table_page(number: int) -> PageRuns:
    """Prose that ends a sentence a little short of the text's edge and goes on in the next
    line; under it a table in small type whose last column reaches out past the text's edge."""
    prose = [
        _prose(73, " en"),
        _prose(66, "."),  # a sentence ends; the next line's first word would not have fit
        "Gebruikers " + _prose(62, " en"),
        _prose(40, "."),
        _prose(73, " en"),
        _prose(73, " en"),
        _prose(30, "."),
    ]
    lines = [(t, 60.0, 760.0 - 16 * i, 12.0) for i, t in enumerate(prose)]
    lines += [("Stelling", 60.0, 630.0, 8.0), ("Gebruikers", 300.0, 630.0, 8.0)]
    lines += [("Niet gebruikers", 470.0, 630.0, 8.0)]
    for k, (claim, users, others) in enumerate(ROWS * 3):
        y = 610.0 - 18 * k
        lines += [(claim, 60.0, y, 8.0), (users, 300.0, y, 8.0), (others, 480.0, y, 8.0)]
    runs = [r for t, x, y, size in lines for r in line_runs(t, x, y, size, True)]
    return PageRuns(number, 595.0, 842.0, runs)


def test_a_table_reaching_past_the_text_makes_no_full_line_of_prose_short() -> None:
    doc = segment_pages([_prose_and_table_page(n) for n in (1, 2, 3)], 3)
    paragraphs = [s.text for s in doc.segments if s.kind == "paragraph" and s.page == 1]
    going_on = [t for t in paragraphs if ". Gebruikers" in t]
    assert going_on, paragraphs
    # the short line that ends the paragraph still ends it
    assert going_on[0].endswith(_prose(40, ".")), going_on[0]


def _line(x1: float, text: str, cells: int) -> Line:
    spans = [(60.0 + 100 * k, 60.0 + 100 * k + 50, "c") for k in range(cells)]
    return Line(1, 60.0, 700.0, x1, 710.0, 702.0, 10.0, False, text, cells=spans)


def test_the_text_edge_is_learnt_from_prose_lines_not_from_table_rows() -> None:
    prose = [_line(500.0, "x" * 60, 1) for _ in range(8)]
    rows = [_line(553.0, "x" * 40, 3) for _ in range(8)]
    assert right_edges({1: prose + rows})["body"] == 500.0


def test_a_column_of_few_prose_lines_learns_its_edge_from_all_its_lines() -> None:
    prose = [_line(300.0, "x" * 60, 1) for _ in range(_PROSE_LINES - 1)]
    rows = [_line(553.0, "x" * 40, 3) for _ in range(8)]
    assert right_edges({1: prose + rows})["body"] == 553.0


def test_rows_that_end_within_an_em_of_the_prose_leave_the_edge_as_it_was() -> None:
    prose = [_line(500.0, "x" * 60, 1) for _ in range(8)]
    rows = [_line(506.0, "x" * 40, 3) for _ in range(8)]
    assert right_edges({1: prose + rows})["body"] == 506.0
