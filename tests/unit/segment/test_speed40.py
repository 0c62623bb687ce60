"""Round 40 (bench/segment/speed23.md): lines, blocks and columns ask less of CPython and answer
as before. The compiled bisects give `bisect`'s index for any list (sorted or not, ties, NaN),
`line_leading` counted in a dict gives what the Counter and `min` with a key gave, and
`right_edges` with its prose in two lists a column gives the edges of the pairs it made."""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections import Counter

from services.segment.layout import gutters, paragraphs
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import BAND, column_of


def _values(rng: random.Random) -> list[float]:
    """A short list of floats: sorted most times, with ties, sometimes unsorted or with a NaN."""
    values = [rng.choice([0.0, 1.0, 2.5, -3.0, 100.0, rng.uniform(-50, 700)]) for _ in range(9)]
    values = values[: rng.randint(0, 9)]
    if rng.random() < 0.7:
        values.sort()
    if values and rng.random() < 0.05:
        values[rng.randrange(len(values))] = math.nan
    return values


def test_bisects_give_bisects_index() -> None:
    rng = random.Random(40)
    for _ in range(20_000):
        values = _values(rng)
        probes = [*values, rng.uniform(-60, 710), -1e9, 1e9, 0.0, math.nan]
        for x in probes:
            assert gutters.bisect_left(values, x) == bisect.bisect_left(values, x)
            assert gutters.bisect_right(values, x) == bisect.bisect_right(values, x)


def _lines(rng: random.Random) -> list[Line]:
    """Lines of a few pages and columns: spacings in the same type and not, ties of counts
    (the smaller spacing wins), page breaks, bands, long and short lines, cells."""
    out: list[Line] = []
    for page in range(1, rng.randint(1, 4)):
        base = 800.0
        for _ in range(rng.randint(0, 40)):
            size = rng.choice([10.0, 10.0, 10.0, 10.5, 12.0, 8.0])
            base -= rng.choice([12.0, 12.0, 12.2, 11.8, 13.0, 24.0, 6.0, 0.0, -3.0, 50.0])
            zone = rng.choice(["body", "body", "body2", "side", f"body{BAND}2", f"body2{BAND}3"])
            x1 = rng.choice([500.0, 500.0, 499.5, 320.0, rng.uniform(100, 560)])
            text = "x" * rng.choice([5, 30, 60, 21, 20])
            cells = [(0.0, 1.0, "a")] * rng.choice([0, 1, 1, 2])
            out.append(
                Line(
                    page,
                    70.0,
                    base - 2,
                    x1,
                    base + size,
                    base,
                    size,
                    False,
                    text,
                    cells=cells,
                    zone=zone,
                )
            )
    return out


def _leading_before(lines: list[Line]) -> float:
    """`line_leading` as it was before round 40."""
    counts = Counter(round(2 * p) / 2 for p in paragraphs._spacings(lines))
    if not counts:
        return 12.0
    return min(counts, key=lambda p: (-counts[p], p))


def _right_edges_before(lines_by_page: dict[int, list[Line]]) -> dict[str, float]:
    """`right_edges` as it was before round 40: a pair (end, size) a prose line."""
    ends: dict[str, list[float]] = {}
    prose: dict[str, list[tuple[float, float]]] = {}
    banded: set[str] = set()
    for lines in lines_by_page.values():
        for line in lines:
            zone = line.zone
            if BAND in zone:
                banded.add(zone)
                zone = column_of(zone)
            if len(line.text) > 20:
                ends.setdefault(zone, []).append(line.x1)
                if len(line.cells) <= 1:
                    prose.setdefault(zone, []).append((line.x1, line.size))
    edges = {zone: paragraphs._ninetieth(xs) for zone, xs in ends.items()}
    for zone, found in prose.items():
        if len(found) < paragraphs._PROSE_LINES:
            continue
        edge = paragraphs._ninetieth([x for x, _ in found])
        em = paragraphs._median([size for _, size in found])
        if edge < edges[zone] - em:
            edges[zone] = edge
    return paragraphs._shared_by_bands(edges, banded)


def test_leading_and_right_edges_as_before() -> None:
    rng = random.Random(4040)
    ties = 0
    for _ in range(3_000):
        lines = _lines(rng)
        leading = paragraphs.line_leading(lines)
        assert leading == _leading_before(lines)
        assert type(leading) is float
        counts = Counter(round(2 * p) / 2 for p in paragraphs._spacings(lines))
        top = counts.most_common(2)
        ties += len(top) == 2 and top[0][1] == top[1][1]
        by_page: dict[int, list[Line]] = {}
        for line in lines:
            by_page.setdefault(line.page, []).append(line)
        assert paragraphs.right_edges(by_page) == _right_edges_before(by_page)
    assert ties > 50  # the tie-break was asked


def _cuts_by_points(
    pieces: list[gutters.Piece], lo: int, hi: int, allowed: int, beside: int
) -> list[float]:
    """`gutter_cuts` as the plain rule says it: the cover summed up at every point lo..hi (a
    piece adds one from the point after its start and takes it off at its end; one under a
    point wide takes off before it adds, as the edge walks count it), a range of points at most
    `allowed` pieces cover cut in its middle where it is wide enough and has text on both
    sides."""
    points = hi - lo + 1
    change = [0] * points
    for p in pieces:
        change[int(p.x0) - lo + 1] += 1
        change[int(p.x1) - lo] -= 1
    cover = [*itertools.accumulate(change), 10**9]
    size = gutters.size_median(pieces)
    cuts: list[float] = []
    start: int | None = None
    for i in range(points + 1):
        if cover[i] <= allowed and start is None:
            start = i
        elif cover[i] > allowed and start is not None:
            a, z = start + lo, i + lo
            if z - a >= max(0.8 * size, 5.0) and gutters._side_by_side(pieces, a, z, beside):
                cuts.append((a + z) / 2)
            start = None
    return cuts


def _columns(rng: random.Random, width: float) -> list[gutters.Piece]:
    """Pieces in one to three columns across `width`, some over the gutters, some a point or
    less wide (an edge where another begins), a few sizes."""
    pieces = []
    count = rng.choice([1, 2, 3])
    step = width / count
    for row in range(rng.randint(0, 40)):
        y = 800 - 14 * row
        for c in range(count):
            if rng.random() < 0.2:
                continue
            left, right = 40 + c * step, (c + 1) * step - 20
            x0 = left + rng.choice([0.0, 0.0, rng.uniform(0, 30)])
            x1 = rng.choice([right, rng.uniform(x0, right), x0 + 0.5])
            size = rng.choice([10.0, 10.0, 8.0, 12.5])
            pieces.append(gutters.Piece([], x0, x1, y, y + size, size, rng.choice([0, 5, 40]), "x"))
        if rng.random() < 0.05:
            pieces.append(gutters.Piece([], 40, width - 20, y - 7, y + 7, 14.0, 30, "x"))
    return pieces


def test_gutter_cuts_as_counted_point_by_point() -> None:
    """Both ways of walking the cover (a list a point on a page's width, the sorted edges on a
    range wider than `_DENSE_POINTS`) cut where counting every point cuts."""
    rng = random.Random(40_000)
    walked = {True: 0, False: 0}
    for _ in range(400):
        width = rng.choice([595.0, 842.0, 2384.0, 5000.0, 9000.0])
        pieces = _columns(rng, width)
        lo = int(min([*(p.x0 for p in pieces), 0.0]))
        hi = int(max([*(p.x1 for p in pieces), width])) + 2
        walked[hi - lo + 1 <= 4096] += 1
        for allowed, beside in ((max(1, len(pieces) // 30), 2), (0, 6), (3, 1), (0, 1)):
            expected = _cuts_by_points(pieces, lo, hi, allowed, beside)
            assert gutters.gutter_cuts(pieces, lo, hi, allowed, beside) == expected
    assert min(walked.values()) > 50


def test_half_even_is_round() -> None:
    """`paragraphs.half_even` is `round` of a float: ties to even, exact fractions, large values
    (no fraction left), zero and the negative and NaN values it hands to `round`."""
    rng = random.Random(40_040)
    values = [0.0, -0.0, 0.5, 1.5, 2.5, 0.49999999999999994, 2**52 + 0.5, 2.0**60, 1e300, -2.5]
    values += [k / 4 for k in range(-40, 400)]  # halves and quarters: every tie
    values += [rng.uniform(0, 100) for _ in range(20_000)]
    values += [rng.choice([11.8, 12.0, 12.2, 13.9]) * rng.choice([1, 2, 3]) for _ in range(500)]
    for y in values:
        got = paragraphs.half_even(y)
        assert got == round(y) and type(got) is int, y
    for bad in (math.nan, math.inf):
        try:
            round(bad)
        except (ValueError, OverflowError) as exc:
            expected = type(exc)
        try:
            paragraphs.half_even(bad)
        except (ValueError, OverflowError) as exc:
            assert type(exc) is expected
        else:
            raise AssertionError(bad)
