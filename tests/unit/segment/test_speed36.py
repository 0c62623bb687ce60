"""Round 36 (bench/segment/speed23.md): columns, gutters and lines do less work a page and answer
as before. `columns._running` with its rows in doubles answers as the list-a-row code it replaced,
`gutter_cuts` that skips the margins' side lists as the code before it, a row of one run makes
the same piece, and a line's main run and cleaned cells are what `max` and the rebuilt cells
gave."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.segment.layout import columns, gutters
from services.segment.layout.gutters import Piece, Strip, gutter_cuts
from services.segment.layout.lines import group_lines
from services.segment.layout.words import PageRuns, Run
from services.segment.segmenter import read_page_runs

ROOT = Path(__file__).resolve().parents[3]
PDFS = sorted((ROOT / "tests/fixtures/producers/pdf").glob("*.pdf")) + sorted(
    Path("/work/shared/corpus").glob("*/*.pdf")
)


def _running_before(strip: Strip) -> bool:
    """`columns._running` as it was before round 36: a list of four floats a row."""
    pieces = [p for p in strip.pieces if not p.crosses]
    if len(pieces) < columns._RUNNING_ROWS:
        return False
    rows: list[list[float]] = []
    for p in sorted(pieces, key=lambda p: -p.mid):
        if rows and abs(rows[-1][0] - p.mid) < 0.3 * max(p.y1 - p.y0, 1.0):
            row = rows[-1]
            row[1], row[2], row[3] = min(row[1], p.x0), max(row[2], p.x1), row[3] + p.chars
        else:
            rows.append([p.mid, p.x0, p.x1, float(p.chars)])
    if len(rows) < columns._RUNNING_ROWS:
        return False
    ends = sorted(r[2] for r in rows)
    left, right = sorted(r[1] for r in rows)[len(rows) // 2], ends[int(0.8 * (len(ends) - 1))]
    em = strip.size
    full = sum(1 for r in rows if r[2] >= right - columns._RAGGED * em and r[1] <= left + 2 * em)
    chars = sorted(r[3] for r in rows)[len(rows) // 2]
    return full >= 0.6 * len(rows) and chars >= columns._RUNNING_CHARS and right - left >= 8 * em


def _piece(x0: float, x1: float, y0: float, height: float, chars: int) -> Piece:
    return Piece([], x0, x1, y0, y0 + height, 10.0, chars, "x" * chars)


def _strip(rng: random.Random) -> Strip:
    """A column of lines: full, short, indented, two pieces on a row, a few crossing, some a
    hair off their row, heights under a point (the `max(height, 1.0)` floor)."""
    pieces = []
    for row in range(rng.randint(0, 30)):
        y = 700 - 12 * row + rng.choice([0.0, 0.0, 0.4, -1.5])
        height = rng.choice([10.0, 10.0, 0.5, 1.0, 14.0])
        x0 = 100 + rng.choice([0.0, 0.0, 0.0, 15.0, rng.uniform(0, 120)])
        x1 = rng.choice([300.0, 300.0, rng.uniform(x0 + 5, 300)])
        chars = rng.choice([3, 12, 30, 45, 0])
        piece = _piece(x0, x1, y, height, chars)
        piece.crosses = rng.random() < 0.1
        pieces.append(piece)
        if rng.random() < 0.15:  # a second piece on the row (a cell, a gap in the line)
            pieces.append(_piece(x1 + 12, x1 + 40, y + rng.uniform(-1, 1), height, 4))
    rng.shuffle(pieces)
    return Strip(90.0, 320.0, pieces)


@pytest.mark.parametrize("seed", range(300))
def test_running_as_before_on_made_up_strips(seed: int) -> None:
    strip = _strip(random.Random(seed))
    assert columns._running(strip, strip.size) == _running_before(strip)


def test_running_says_yes_and_no() -> None:
    """The comparison above must see both answers: full lines of running text, and a table's
    column of short labels."""
    text = Strip(90.0, 320.0, [_piece(100, 300, 700 - 12 * k, 10.0, 40) for k in range(10)])
    labels = Strip(90.0, 320.0, [_piece(100, 140, 700 - 12 * k, 10.0, 6) for k in range(10)])
    assert columns._running(text, 10.0) and _running_before(text)
    assert not columns._running(labels, 10.0) and not _running_before(labels)


def _cuts_without_the_margins_skipped(
    pieces: list[Piece], lo: int, hi: int, allowed: int, beside: int
) -> list[float]:
    """Every range at most `allowed` pieces cross asked of `_side_by_side`, as before round 36."""
    points = hi - lo + 1
    cover_at = [0] * (points + 1)
    for p in pieces:
        for x in range(int(p.x0) - lo + 1, int(p.x1) - lo):
            cover_at[x] += 1
    cuts: list[float] = []
    start: int | None = None
    for i in range(points + 1):
        cover = cover_at[i] if i < points else 10**9
        if cover <= allowed and start is None:
            start = i
        elif cover > allowed and start is not None:
            a, b = start + lo, i + lo
            size = gutters.size_median(pieces)
            if b - a >= max(0.8 * size, 5.0) and gutters._side_by_side(pieces, a, b, beside):
                cuts.append((a + b) / 2)
            start = None
    return cuts


@pytest.mark.parametrize("seed", range(100))
def test_cuts_as_before_with_any_text_beside(seed: int) -> None:
    """One to three columns, margins on both sides, `beside` 1 to 6 (as the pages ask 2 and 6)."""
    rng = random.Random(seed)
    edges = rng.choice([[(50, 550)], [(50, 290), (310, 550)], [(40, 200), (220, 380), (400, 560)]])
    pieces = [
        _piece(x0 + rng.uniform(0, 5), x1 - rng.uniform(0, 30), 800 - 14 * row, 10.0, 40)
        for row in range(rng.randint(1, 40))
        for x0, x1 in edges
        if rng.random() < 0.8
    ]
    for allowed in (0, 1, 3):
        for beside in (1, 2, 6):
            expected = _cuts_without_the_margins_skipped(pieces, 0, 597, allowed, beside)
            assert gutter_cuts(pieces, 0, 597, allowed, beside) == expected


def test_margins_are_no_gutters_and_a_gutter_is() -> None:
    left = [_piece(100, 280, 700 - 12 * k, 10.0, 40) for k in range(6)]
    right = [_piece(320, 500, 700 - 12 * k, 10.0, 40) for k in range(6)]
    assert gutter_cuts(left, 0, 597, 0, 1) == []
    assert gutter_cuts(left + right, 0, 597, 0, 6) == [300.5]


def test_extent_is_min_and_max() -> None:
    rng = random.Random(36)
    for _ in range(50):
        pieces = [
            _piece(x0, x0 + rng.uniform(-5, 200), 0, 10.0, 1)
            for x0 in (rng.uniform(-20, 500) for _ in range(rng.randint(1, 20)))
        ]
        left, right = min(p.x0 for p in pieces), max(p.x1 for p in pieces)
        assert gutters.extent(pieces) == (left, right)


def _named(text: str, x0: float = 0.0) -> Piece:
    return Piece([], x0, x0 + 10, 0, 10, 10.0, len(text), text)


def test_repeated_texts_stand_on_two_pages() -> None:
    """Counted once a page (twice on one page is no repeat), as `_key` reads them: a number
    alone is no evidence, case and a trailing colon do not count."""
    pages = {
        1: [_named("Datum 3 mei"), _named("Bijlage"), _named("Bijlage", 50), _named("12")],
        2: [_named("datum 3 mei:"), _named("Onze referentie"), _named("12"), _named("Kenmerk")],
        3: [_named("Onze referentie"), _named("Kenmerk")],
    }
    assert columns.repeated_texts(pages) == {"datum 3 mei", "kenmerk", "onze referentie"}


def _run(text: str, x0: float, x1: float, y0: float = 700.0, size: float = 10.0) -> Run:
    return Run(text, x0, y0, x1, y0 + size, size, base=y0 + 2)


def test_a_row_of_one_run_is_one_piece_and_blank_runs_none() -> None:
    runs = [
        _run("Een regel. ", 100, 160),
        _run("  ", 100, 110, 650),
        _run("", 100, 100, 640),
        _run("\u00a0\n", 100, 105, 630),
        _run("links", 100, 130, 600),
        _run("rechts", 400, 440, 600),
    ]
    pieces = gutters.pieces_of(runs)
    assert [(p.text, p.chars, [r.text for r in p.runs]) for p in pieces] == [
        ("Een regel.", 10, ["Een regel. "]),
        ("links", 5, ["links"]),
        ("rechts", 6, ["rechts"]),
    ]


def test_a_lines_main_run_is_the_first_with_most_text() -> None:
    """Two runs with as much text: the first sets the line's size and baseline (as `max` took
    the first); its cells are cleaned (a ligature, a space doubled), the others kept."""
    first = Run("\ufb01lest ", 100, 700, 130, 710, 10.0, base=702)
    second = Run("abcde", 131, 699, 160, 711, 12.0, base=701)
    cell = Run("x  y", 400, 700, 430, 710, 10.0, base=702)
    (line,) = group_lines([second, cell, first], 1, "body")
    assert (line.size, line.base) == (10.0, 702)
    assert line.cells == [(100, 160, "filest abcde"), (400, 430, "x y")]
    assert line.text == "filest abcde x y"


def _real_pages() -> Iterator[tuple[str, PageRuns]]:
    """The first four pages of each matrix and corpus PDF, read."""
    import pypdfium2 as pdfium

    for path in PDFS:
        pdf = pdfium.PdfDocument(path.read_bytes())
        read = [read_page_runs(pdf[k], k + 1, False) for k in range(min(len(pdf), 4))]
        pdf.close()
        yield from ((path.name, page) for page in read)


@pytest.mark.skipif(not PDFS, reason="no matrix or corpus PDFs")
def test_running_as_before_on_real_strips() -> None:
    checked = 0
    for name, page in _real_pages():
        pieces = gutters.pieces_of(page.runs)
        if len(pieces) < 4:
            continue
        # the page's strips, and the page cut in two at its middle (more strips to ask)
        left, right = gutters.extent(pieces)
        halves = gutters.strips_at(pieces, [(left + right) / 2], min(left, 0.0), right + 2)
        for strip in [*gutters.strips_of(pieces, page.width), *halves]:
            assert columns._running(strip, strip.size) == _running_before(strip), name
            checked += 1
    assert checked > 100
