"""gutters' `gutter_cuts` and `size_median` (round 26, bench/segment/speed23.md) answer as the
dict-based code they replace: the same cuts and the same median, on made-up pages and on every
page of the producer matrix and the shared corpus."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from services.segment.layout import gutters
from services.segment.layout.gutters import Piece, gutter_cuts, size_median, weighted_median
from services.segment.segmenter import read_page_runs

ROOT = Path(__file__).resolve().parents[3]
PDFS = sorted((ROOT / "tests/fixtures/producers/pdf").glob("*.pdf")) + sorted(
    Path("/work/shared/corpus").glob("*/*.pdf")
)


def _cuts_before(pieces: list[Piece], lo: int, hi: int, allowed: int, beside: int) -> list[float]:
    """gutter_cuts as it was before round 26: the edges' deltas in a dict."""
    points = hi - lo + 1
    deltas: dict[int, int] = {}
    for p in pieces:
        begin, end = int(p.x0) - lo + 1, int(p.x1) - lo
        begin = begin + points if begin < 0 else begin
        end = end + points if end < 0 else end
        if not (0 <= begin < points and 0 <= end < points):
            raise IndexError("a piece outside the page's range")
        deltas[begin] = deltas.get(begin, 0) + 1
        deltas[end] = deltas.get(end, 0) - 1
    size: float | None = None
    cuts: list[float] = []
    start: int | None = None
    cover = 0
    for i in [*sorted({0, *deltas}), points]:
        cover = cover + deltas.get(i, 0) if i < points else 10**9
        if cover <= allowed and start is None:
            start = i
        elif cover > allowed and start is not None:
            a, b = start + lo, i + lo
            if size is None:
                size = weighted_median([(p.size, p.chars) for p in pieces])
            if b - a >= max(0.8 * size, 5.0) and gutters._side_by_side(pieces, a, b, beside):
                cuts.append((a + b) / 2)
            start = None
    return cuts


def _piece(x0: float, x1: float, y0: float, size: float, chars: int) -> Piece:
    return Piece([], x0, x1, y0, y0 + size, size, chars, "x" * max(chars, 0))


def _made_up(rng: random.Random) -> list[Piece]:
    """A page of pieces in one to three columns, a few sizes, some crossing, some at the same
    edges (a piece ending where another begins), some with no characters."""
    pieces = []
    columns = rng.choice(
        [[(50, 550)], [(50, 290), (310, 550)], [(40, 200), (220, 380), (400, 560)]]
    )
    for row in range(rng.randint(0, 60)):
        y = 800 - 14 * row
        for left, right in columns:
            if rng.random() < 0.2:
                continue
            x0 = left + rng.choice([0, 0, 0, rng.uniform(0, 40)])
            x1 = rng.choice([right, rng.uniform(x0 + 1, right)])
            size = rng.choice([10.0, 10.0, 10.0, 8.0, 12.5, 9.96])
            pieces.append(_piece(x0, x1, y, size, rng.choice([0, 1, 5, 40, 80])))
        if rng.random() < 0.05:
            pieces.append(_piece(columns[0][0], columns[-1][1], y - 7, 14.0, 30))
    return pieces


@pytest.mark.parametrize("seed", range(300))
def test_cuts_as_before_on_made_up_pages(seed: int) -> None:
    rng = random.Random(seed)
    pieces = _made_up(rng)
    lo = int(min([*(p.x0 for p in pieces), 0.0]))
    hi = int(max([*(p.x1 for p in pieces), 595.0])) + 2
    for allowed, beside in ((max(1, len(pieces) // 30), 2), (0, 6), (3, 1)):
        assert gutter_cuts(pieces, lo, hi, allowed, beside) == _cuts_before(
            pieces, lo, hi, allowed, beside
        )
    pairs = [(p.size, p.chars) for p in pieces]
    assert size_median(pieces) == weighted_median(pairs)
    rng.shuffle(pieces)
    assert size_median(pieces) == weighted_median([(p.size, p.chars) for p in pieces])


def test_edges_outside_the_range_still_refused() -> None:
    pieces = [_piece(10, 20, 0, 10.0, 5), _piece(5000, 5100, 0, 10.0, 5)]
    with pytest.raises(IndexError):
        gutter_cuts(pieces, 0, 600, 0, 1)
    with pytest.raises(IndexError):
        _cuts_before(pieces, 0, 600, 0, 1)


def test_median_of_nothing_and_of_one() -> None:
    assert size_median([]) == weighted_median([]) == 10.0
    assert size_median([_piece(0, 1, 0, 7.5, 0)]) == 7.5


@pytest.mark.skipif(not PDFS, reason="no matrix or corpus PDFs")
def test_cuts_as_before_on_real_pages() -> None:
    import pypdfium2 as pdfium

    checked = 0
    for path in PDFS:
        pdf = pdfium.PdfDocument(path.read_bytes())
        try:
            for index in range(min(len(pdf), 4)):
                page = pdf[index]
                runs = read_page_runs(page, index + 1, False)
                page.close()
                pieces = gutters.pieces_of(runs.runs)
                if not pieces:
                    continue
                lo = int(min(min(p.x0 for p in pieces), 0))
                hi = int(max(max(p.x1 for p in pieces), runs.width)) + 2
                for allowed, beside in ((max(1, len(pieces) // 30), 2), (0, 6)):
                    got = gutter_cuts(pieces, lo, hi, allowed, beside)
                    assert got == _cuts_before(pieces, lo, hi, allowed, beside), path.name
                assert size_median(pieces) == weighted_median([(p.size, p.chars) for p in pieces])
                checked += 1
        finally:
            pdf.close()
    assert checked > 50
