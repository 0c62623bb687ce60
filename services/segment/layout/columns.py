"""The body column and what lies beside it.

Ministry letters put a narrow side column on the right (directorate, address, datum, kenmerken);
the Handelingen put the text in a column right of a wide margin that carries the publication
number on page 1. The body column is where most text starts: the left edge that carries the most
characters, and the right edge that full lines reach.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from services.segment.layout.words import PageRuns, Run

_BIN = 4.0  # points: left edges within a bin count as one edge


@dataclass(frozen=True, slots=True)
class Column:
    x0: float
    x1: float

    def zone(self, run: Run) -> str:
        """body | side (right of the body) | margin (left of it) | wide (straddles the edge)"""
        if run.x0 >= self.x1 - 2:
            return "side"
        if run.x1 <= self.x0 + 2:
            return "margin"
        if run.x0 < self.x0 - 12:
            return "wide"
        return "body"


def body_column(pages: list[PageRuns]) -> Column:
    weights: Counter[int] = Counter()
    for page in pages:
        for run in page.runs:
            weights[int(run.x0 // _BIN)] += len(run.text.strip())
    if not weights:
        width = pages[0].width if pages else 612.0
        return Column(0.0, width)
    left_bin = _leftmost_strong_bin(weights)
    x0 = left_bin * _BIN
    # Right edge: where the long lines that start at the left edge end.
    ends = sorted(
        run.x1
        for page in pages
        for run in page.runs
        if abs(run.x0 - x0) <= 2 * _BIN and len(run.text) > 20
    )
    if not ends:
        return Column(x0, max(p.width for p in pages))
    x1 = ends[int(len(ends) * 0.9)] if len(ends) > 3 else ends[-1]
    return Column(x0 - 1, x1 + 6)


def _leftmost_strong_bin(weights: Counter[int]) -> int:
    """The bin with most characters, merged with its neighbours (edges drift by a point)."""
    merged = {b: weights[b] + weights.get(b - 1, 0) + weights.get(b + 1, 0) for b in weights}
    best = max(merged, key=lambda b: merged[b])
    # The exact edge is the leftmost neighbouring bin that carries real weight.
    for b in (best - 1, best):
        if weights.get(b, 0) > 0.2 * weights[best]:
            return b
    return best
