"""Text runs with boxes, font size and weight, read from pdfium's text page.

A run is what pdfium reports as one text rectangle: a stretch of characters on one line in one
font. Reading the page text once and slicing it by each rectangle's first character index is
several times faster than asking pdfium for the text inside every rectangle, and far faster than
a per-character Python loop; `run_starts` finds those indices. Font size and weight are sampled
from the run's first character.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pypdfium2 as pdfium

from services.segment.layout.glyphs import Glyphs
from services.segment.layout.run_starts import Start, first_char, run_starts


@dataclass(slots=True)
class Run:
    text: str
    x0: float
    y0: float  # bottom, PDF points, y grows upwards
    x1: float
    y1: float  # top
    size: float  # font size in points, from the loose glyph box of the first character
    bold: bool = False
    base: float = 0.0  # baseline of the first character: tight boxes vary with descenders


@dataclass(slots=True)
class PageRuns:
    number: int  # 1-based
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    ocr: bool = False
    # How the page was read, for metadata.quality: a page with no letters after reading (and OCR)
    # is blank; a page whose reading or layout failed and fell back to a plain reading carries
    # the error class here.
    blank: bool = False
    degraded: str | None = None

    @property
    def char_count(self) -> int:
        return sum(len(r.text.strip()) for r in self.runs)


def read_page(page: pdfium.PdfPage, number: int) -> PageRuns:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        runs = _runs(textpage)
    finally:
        textpage.close()
    return PageRuns(number=number, width=width, height=height, runs=runs)


def _runs(textpage: pdfium.PdfTextPage) -> list[Run]:
    n_chars = textpage.count_chars()
    if n_chars <= 0:
        return []
    text = textpage.get_text_range(0, n_chars)
    glyphs = Glyphs(textpage.raw)
    if len(text) != n_chars:  # pdfium left out characters: indices no longer line up
        return _runs_bounded(textpage, glyphs)
    starts = run_starts(glyphs, text)
    starts.sort()
    if len(starts) < text.count("\n") / 2 or _rects_span_lines(text, starts):
        # Invisible OCR text layers have flat character boxes and pdfium merges them into a few
        # huge rectangles: fall back to pdfium's own lines, boxed by their end characters.
        return _runs_by_line(text, glyphs)
    runs: list[Run] = []
    for j, (index, x0, y0, x1, y1) in enumerate(starts):
        end = starts[j + 1][0] if j + 1 < len(starts) else n_chars
        piece = text[index:end]
        if not piece.strip():
            continue
        size, bold, base = glyphs.font(index, y0, y1)
        runs.append(Run(piece, x0, y0, x1, y1, size, bold, base))
    return runs


def _runs_bounded(textpage: pdfium.PdfTextPage, glyphs: Glyphs) -> list[Run]:
    """Slow but safe path: the text inside each rectangle."""
    runs = []
    for k in range(textpage.count_rects()):
        x0, y0, x1, y1 = textpage.get_rect(k)
        piece = textpage.get_text_bounded(x0, y0, x1, y1)
        if piece.strip():
            index = first_char(glyphs, (x0, y0, x1, y1))
            size, bold, base = glyphs.font(index, y0, y1)
            runs.append(Run(piece, x0, y0, x1, y1, size, bold, base))
    return runs


def _rects_span_lines(text: str, starts: list[Start]) -> bool:
    ends = [s[0] for s in starts[1:]] + [len(text)]
    return any("\n" in text[s[0] : e].rstrip() for s, e in zip(starts, ends, strict=True))


def _runs_by_line(text: str, glyphs: Glyphs) -> list[Run]:
    runs = []
    index = 0
    for line in text.split("\n"):
        start, end = index, index + len(line.rstrip("\r"))
        index += len(line) + 1
        while start < end and text[start] == " ":
            start += 1
        if start >= end:
            continue
        first = glyphs.loose_box(start) or (0.0, 0.0, 0.0, 0.0)
        last = glyphs.loose_box(end - 1) or first
        x0, x1 = min(first[0], last[0]), max(first[2], last[2])
        y0, y1 = min(first[1], last[1]), max(first[3], last[3])
        size, bold, base = glyphs.font(start, y0, y1)
        runs.append(Run(text[start:end] + " ", x0, y0, x1, y1, size, bold, base))
    return runs
