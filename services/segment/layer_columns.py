"""A side column's edge on a page read from a scanner's invisible layer: lines ended there.

A letter's side column (the sender's directorate, 'Datum', 'Ons kenmerk', the page number)
stands a few points right of the body's right margin. A copier's OCR layer may run a body line
straight on into the column word beside it ('... d.d. 25 september 2020 op de' and
'Directoraat-Generaal' one line, a 5 pt gap: JenV's Wob decision on the Boerenprotest Wijster,
Xerox Color 560), and the lenient reading of a layer keeps its lines whole
(`line_runs._by_words`), so the column's words end up inside the body's sentences.

The edge is found on the page itself: the x at which `_STARTS` runs or more start, right of the
page's middle, where the body's own lines (those starting at its left edge) end before it (four
in five of them). A run that starts in the body and reaches over the edge is cut at its first
word that starts on the edge, as pdfium's text page places the words (its text in the run's
box from the edge on): the words before stay in the run, the rest become a run of their own.
A run whose words do not line up with the text page's is left whole.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

import pypdfium2 as pdfium

from services.segment.layout.words import PageRuns, Run

_NEAR: Final = 1.5  # points: runs starting this close start at the same edge
_STARTS: Final = 3  # runs (on as many rows) starting at an edge before it is one
_BODY_ENDS: Final = 0.8  # share of the body's lines that end before the edge
_OVER: Final = 2.0  # points a run reaches over the edge before it is cut


def end_at_side_column(runs: PageRuns, textpage: pdfium.PdfTextPage) -> int:
    """Cut the layer's runs that run over the page's side column edge; how many were cut."""
    level = [r for r in runs.runs if not r.upright and not r.slanted]
    edge = _edge(level, runs.width)
    if edge is None:
        return 0
    out: list[Run] = []
    cut = 0
    boxes: list[tuple[float, float, float, float]] = []  # the text page's glyphs, asked once
    for run in runs.runs:
        pieces = _cut(run, edge, textpage, boxes) if run in level else None
        if pieces is None:
            out.append(run)
        else:
            out += pieces
            cut += 1
    if cut:
        runs.runs = out
    return cut


def _edge(runs: list[Run], width: float) -> float | None:
    if len(runs) < 2 * _STARTS:
        return None
    lefts = Counter(round(r.x0) for r in runs)
    body_left = lefts.most_common(1)[0][0]
    body = [r for r in runs if abs(r.x0 - body_left) <= 2 * _NEAR]
    candidates = sorted(r.x0 for r in runs if r.x0 > 0.5 * width)
    best: float | None = None
    best_count = 0
    for x in candidates:
        near = [r for r in runs if abs(r.x0 - x) <= _NEAR]
        rows = {round(r.base or r.y0) for r in near}
        if len(near) >= _STARTS and len(rows) >= _STARTS and len(near) > best_count:
            best, best_count = min(r.x0 for r in near), len(near)
    if best is None or not body:
        return None
    before = sum(1 for r in body if r.x1 <= best + _OVER)
    if before < _BODY_ENDS * len(body):
        return None
    return best


def _cut(
    run: Run,
    edge: float,
    textpage: pdfium.PdfTextPage,
    boxes: list[tuple[float, float, float, float]],
) -> list[Run] | None:
    if run.x0 >= edge - 4 * _NEAR or run.x1 <= edge + _OVER:
        return None
    words = run.text.split()
    right = textpage.get_text_bounded(
        left=edge - _NEAR, bottom=run.y0, right=run.x1 + 0.5, top=run.y1
    ).split()
    if not right:
        return None
    for k in range(1, len(words)):
        if words[k:] == right[: len(words) - k]:
            head = _part(run, " ".join(words[:k]), run.x0, _last_right(run, edge, textpage, boxes))
            tail = _part(run, " ".join(words[k:]), edge, run.x1, run.ends_word)
            return [head, tail]
    return None


def _part(run: Run, text: str, x0: float, x1: float, ends_word: bool = True) -> Run:
    """The part of `run` from x0 to x1 that reads `text`, in the run's type on its line."""
    return Run(
        text,
        x0,
        run.y0,
        x1,
        run.y1,
        run.size,
        run.bold,
        run.base,
        ends_word,
        em=run.em,
        italic=run.italic,
    )


def _last_right(
    run: Run,
    edge: float,
    textpage: pdfium.PdfTextPage,
    boxes: list[tuple[float, float, float, float]],
) -> float:
    """Where the run's last glyph before the edge ends (the text page's glyph boxes)."""
    if not boxes:
        boxes += [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    ends = [
        right
        for left, bottom, right, top in boxes
        if left >= run.x0 - 0.5
        and right <= edge - _NEAR + 0.5
        and bottom < run.y1
        and top > run.y0
        and right > left
    ]
    return max(ends, default=edge - _NEAR)
