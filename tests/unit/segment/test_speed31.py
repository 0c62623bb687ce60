"""Round 31 (bench/segment/speed23.md): assemble's per-page and per-line work moved into
`placing`, compiled with the layout; the page loop and the fallback seam stay in `assemble`,
interpreted, where a patch reaches the steps a page's error falls back from.

- The seam: every step the fallback tests patch is still called through its module from
  interpreted code (a patch is reached, an error there degrades that page or the document only);
  an error in the compiled part falls back to a plain reading like any other.
- The same output compiled and pure: the fixture documents that reach every branch moved
  (watermarks, furniture, side columns, footnotes carried over, the letterhead, drawn tables)
  segmented in this process and in a pure-Python one.
- The compiled build holds `placing`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from services.segment import layout
from services.segment.layout import assemble, columns, placing, structure
from services.segment.layout.grids import GridTable
from services.segment.layout.lines import Line
from services.segment.layout.words import PageRuns, Run
from services.segment.segmenter import segment_pdf
from tests.unit.segment.test_layout_fallback import PAGES, LayoutBug, _page

_ROOT = Path(__file__).resolve().parents[3]
_FIXTURES = _ROOT / "tests" / "fixtures"
# documents that reach the moved branches: a per-glyph letter (furniture, letterhead), notes
# carried over pages, drawn tables, side columns, a watermark-free form, bands of running text
_FILES = [
    "producers/pdf/kamerbrief.reportlab-glyph.pdf",
    "producers/pdf/raadsvoorstel.reportlab-glyph.pdf",
    "read27/notes.reportlab.pdf",
    "sweep25/notes-with-odd-lines.pdf",
    "breadth21/grid-turned.reportlab.pdf",
    "breadth21/form-values.weasyprint.pdf",
    "breadth22/bands.chromium.pdf",
    "breadth23/kamerstuk.typst.pdf",
    "sweep26/inventory-address-at-rule.pdf",
    "sweep27/jaarrekening-amounts.pdf",
]


def _pages() -> list[PageRuns]:
    return [_page(i + 1, lines) for i, lines in enumerate(PAGES)]


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> Callable[[], int]:
    real = getattr(module, name)
    calls: list[int] = []

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return lambda: len(calls)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (columns, "page_pieces"),
        (columns, "page_columns"),
        (columns, "repeated_texts"),
        (columns, "side_column_apart"),
        (structure, "classify"),
    ],
)
def test_the_seam_steps_are_reached_by_a_patch(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str
) -> None:
    calls = _counted(monkeypatch, module, name)
    doc = assemble.segment_pages(_pages(), 3)
    assert calls() >= 1
    assert doc.metadata.quality is not None and doc.metadata.quality.pages.degraded == []


def test_a_failing_page_lines_step_degrades_that_page_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = assemble.zone_lines

    def fails_on_page_two(zones: dict[str, list[Run]], page: int) -> list[Line]:
        if page == 2:
            raise LayoutBug("a line without runs")
        return real(zones, page)

    monkeypatch.setattr(assemble, "zone_lines", fails_on_page_two)
    doc = assemble.segment_pages(_pages(), 3)
    quality = doc.metadata.quality
    assert quality is not None
    assert [(d.page, d.reason) for d in quality.pages.degraded] == [(2, "LayoutBug")]
    text = " ".join(s.text for s in doc.segments)
    assert all(line in text for lines in PAGES for line in lines)


@pytest.mark.parametrize("step", ["lay_out", "segments", "body_placed"])
def test_an_error_in_the_compiled_part_falls_back_to_a_plain_reading(
    monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    real = getattr(assemble, step)
    calls: list[int] = []

    def broken(*args: object) -> object:
        calls.append(1)
        if len(calls) == 1:  # the plain reading's own call (segments) is left alone
            raise LayoutBug(f"{step} failed")
        return real(*args)

    monkeypatch.setattr(assemble, step, broken)
    doc = assemble.segment_pages(_pages(), 3)
    quality = doc.metadata.quality
    assert quality is not None
    assert [d.reason for d in quality.pages.degraded] == ["document:LayoutBug"] * 3
    text = " ".join(s.text for s in doc.segments)
    assert all(line in text for lines in PAGES for line in lines)


def test_in_grid_asks_only_the_line_s_page() -> None:
    line = Line(1, 100.0, 100.0, 160.0, 110.0, 102.0, 10.0, False, "Totaal 12")
    table = GridTable(1, (90.0, 90.0, 200.0, 120.0), [["Totaal", "12"]])
    other = GridTable(2, (90.0, 90.0, 200.0, 120.0), [["Totaal", "12"]])
    assert placing.in_grid(line, [table])
    assert not placing.in_grid(line, [other])
    assert placing.in_grid(line, [other, table])
    assert not placing.in_grid(line, [])


def test_placed_blocks_sort_by_page_group_and_order() -> None:
    blocks = [
        placing.one(_line(f"regel {i}", 700.0 - 10 * i), "furniture", "header") for i in range(4)
    ]
    placed = [
        placing.Placed(2, placing.BODY, 0.0, blocks[0]),
        placing.Placed(1, placing.FOOTER, -50.0, blocks[1]),
        placing.Placed(1, placing.HEADER, -800.0, blocks[2]),
    ]
    placing.body_placed([blocks[3]], placed)  # page 1, body, order 0 (an int where it was one)
    found, emitted = placing.segments(placed)
    assert [s.text for s in found] == ["regel 2", "regel 3", "regel 1", "regel 0"]
    assert [s.id for s in found] == ["s1", "s2", "s3", "s4"]
    assert emitted == [blocks[2], blocks[3], blocks[1], blocks[0]]


def _line(text: str, y: float) -> Line:
    return Line(1, 72.0, y, 72.0 + 5 * len(text), y + 10.0, y + 2.0, 10.0, False, text)


def _dump(files: list[str]) -> dict[str, str]:
    out = {}
    for name in files:
        doc = segment_pdf((_FIXTURES / name).read_bytes(), ocr=False)
        out[name] = json.dumps(doc.model_dump(mode="json"), sort_keys=True)
    return out


@pytest.mark.skipif(layout.MODE != "compiled", reason="the layout is not compiled here")
def test_compiled_and_pure_give_the_same_documents() -> None:
    assert placing.__file__ is not None and not placing.__file__.endswith(".py")
    script = (
        "import json, sys\n"
        "from tests.unit.segment.test_speed31 import _dump, _FILES\n"
        "from services.segment import layout\n"
        "assert layout.MODE == 'pure'\n"
        "json.dump(_dump(_FILES), sys.stdout)\n"
    )
    env = {**os.environ, "STUKKEN_PURE_LAYOUT": "1"}
    pure = subprocess.run(
        [sys.executable, "-c", script], cwd=_ROOT, env=env, capture_output=True, check=True
    )
    assert json.loads(pure.stdout) == _dump(_FILES)


def test_the_build_compiles_placing() -> None:
    setup = (_ROOT / "setup.py").read_text()
    assert '"placing",' in setup and '"assemble",' not in setup
