"""glyph43 (bench/segment/glyph43.md): fewer interpreted calls a page, the same answers.

- `pdf_open`'s own page and text page ask pdfium once for what is fixed while a page is read
  (its rotation, its size, its character count) and answer later asks from that;
- `grids._Underlines` sorts the page's runs by an `attrgetter` key and tests a rule's runs in
  one call (`_any_on`), not a Python call a run.
"""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment import pdf_open
from services.segment.layout import grids
from services.segment.layout.words import PageRuns, Run

_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
_PDFS = [
    _FIXTURES / "producers" / "pdf" / "kamerbrief.reportlab-glyph.pdf",
    _FIXTURES / "scan36" / "rotated_layer.pdf",  # a page with /Rotate
]


@pytest.mark.parametrize("path", _PDFS, ids=lambda p: p.name)
def test_open_read_answers_as_pypdfium2(path: Path) -> None:
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        turns = set()
        for index in range(len(pdf)):
            theirs = pdf[index]
            their_text = theirs.get_textpage()
            page, textpage = pdf_open.open_read(pdf, index)
            try:
                for _ in range(3):  # the first ask reads pdfium, the later ones the answer kept
                    assert page.get_rotation() == theirs.get_rotation()
                    assert page.get_size() == theirs.get_size()
                    assert textpage.count_chars() == their_text.count_chars()
                turns.add(page.get_rotation())
            finally:
                pdf_open.close_read(page, textpage)
                their_text.close()
                theirs.close()
        if "rotated" in path.name:
            assert turns - {0}, "the fixture no longer has a turned page"
    finally:
        pdf.close()


def _runs(rng: random.Random, n: int) -> list[Run]:
    out = []
    for _ in range(n):
        x0 = rng.choice([rng.uniform(0, 500), 72.0, 100.0])  # ties: the sort must stay stable
        y0 = rng.uniform(0, 800)
        size = rng.choice([8.0, 10.0, 12.0])
        base = rng.choice([0.0, y0 + rng.uniform(0, 3)])
        out.append(Run("w", x0, y0, x0 + rng.choice([20.0, 50.0]), y0 + size, size, base=base))
    return out


def test_underlines_as_before() -> None:
    """`under` with the new key and test against the lambda key and closure it replaces."""
    rng = random.Random(43)

    def under_before(runs: list[Run], b: tuple[float, float, float, float]) -> list[Run] | None:
        if b[3] - b[1] >= grids._THIN or b[2] - b[0] <= 10:
            return None
        y, pad = (b[1] + b[3]) / 2, grids._UNDER + (b[3] - b[1]) / 2

        def on(run: Run) -> bool:
            return -0.15 * run.size <= (run.base or run.y0) - y <= 0.35 * run.size

        starts = [r for r in sorted(runs, key=lambda r: r.x0) if abs(r.x0 - b[0]) <= pad]
        ends = [r for r in sorted(runs, key=lambda r: r.x1) if abs(r.x1 - b[2]) <= pad]
        if not any(map(on, starts)) or not any(map(on, ends)):
            return None
        near = [r for r in sorted(runs, key=lambda r: r.x0) if b[0] - pad <= r.x0 <= b[2] + pad]
        return [run for run in near if run.x1 <= b[2] + pad and on(run)]

    found = 0
    for _ in range(300):
        runs = _runs(rng, rng.randint(0, 30))
        underlines = grids._Underlines(PageRuns(1, 600.0, 800.0, runs))
        for run in runs[:5]:
            y = (run.base or run.y0) - rng.uniform(-1.0, 4.0)
            b = (run.x0 + rng.uniform(-1, 1), y, run.x1 + rng.uniform(-1, 1), y + 0.5)
            got = underlines.under(b)
            assert got == under_before(runs, b)
            found += got is not None
    assert found > 50  # the rules asked are mostly underlines: the runs' side is exercised
