"""glyph45 (bench/segment/glyph45.md): grids reads a page's glyphs for its cells and its tables
ruled across in C, the same answers as the Python loops it ran a glyph at a time.

- `_bulk.word_middles`: `_by_middle`'s word middles (`grids._word_middles`), middle heights,
  drawn flags and drawn indices;
- `_bulk.drawn_at`: `grids._drawn_glyphs`' test;
- `_bulk.box_middles`: `grids._PageGlyphs.of`'s middles and the indices of those not NaN;
- `_bulk.text_lines`: `across.text_lines`, a table ruled across's lines of glyphs.

Each answers None for input it does not read (a box not a tuple of four floats, a text of
another length than the boxes, a NaN top among text_lines' glyphs): grids' and across'
own loops then read it (and raise as before).
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from services.segment.layout import across, glyphs, grids
from services.segment.segmenter import segment_pdf

_MATRIX = Path(__file__).resolve().parents[2] / "fixtures" / "producers" / "pdf"
_GLYPH_PDFS = sorted(_MATRIX.glob("*.reportlab-glyph.pdf"))
_C = ("word_middles", "drawn_at", "box_middles", "text_lines")

needs_c = pytest.mark.skipif(
    glyphs.bulk is None or not all(hasattr(glyphs.bulk, name) for name in _C),
    reason="no accelerator with word_middles, drawn_at, box_middles, text_lines",
)


def _python(text: str, boxes: list[grids.Box]) -> tuple[Any, ...]:
    """The loops the C functions replace, as grids ran them before."""
    drawn = [c > a and not ch.isspace() for ch, (a, _, c, _) in zip(text, boxes, strict=True)]
    ys = [(b[1] + b[3]) / 2 for b in boxes]
    at = [i for i, d in enumerate(drawn) if d]
    return grids._word_middles(boxes, drawn), ys, drawn, at


def _same(text: str, boxes: list[grids.Box]) -> None:
    bulk = glyphs.bulk
    assert bulk is not None
    read = bulk.word_middles(text, boxes)
    assert read is not None
    xs, ys, drawn, at = read
    pxs, pys, pdrawn, pat = _python(text, boxes)
    assert repr(xs) == repr(pxs)  # repr: NaN and -0.0 as the loop gives them
    assert repr(ys) == repr(pys)
    assert list(drawn) == [int(d) for d in pdrawn]
    assert at == pat
    assert bulk.drawn_at(text, boxes) == pat
    middles = [(b[1] + b[3]) / 2 for b in boxes]
    got = bulk.box_middles(boxes)
    assert got is not None
    assert repr(got[0]) == repr(middles)
    assert got[1] == [i for i, m in enumerate(middles) if m == m]


@needs_c
@pytest.mark.parametrize("path", _GLYPH_PDFS, ids=lambda p: p.name)
def test_as_the_loops_on_pages(path: Path) -> None:
    pdf = pdfium.PdfDocument(path.read_bytes())
    glyph_count = 0
    for index in range(len(pdf)):
        textpage = pdf[index].get_textpage()
        boxes = glyphs.Glyphs(textpage.raw).all_boxes(textpage.count_chars())
        _same(grids._glyph_text(textpage), boxes)
        glyph_count += len(boxes)
    assert glyph_count > 500


@needs_c
def test_as_the_loops_on_odd_boxes() -> None:
    """Touching and gapped glyphs, rows apart, blanks of several kinds, no width or a negative
    one, NaN and infinite edges, equal middles; text of every width of str."""
    rng = random.Random(45)
    chars = "ab \u00a0\u2003\n\r\t-\u00e9\u4e2d\U0001f600x1"
    odd = [math.nan, math.inf, -math.inf, -0.0, 0.0]
    for _ in range(300):
        n = rng.randrange(0, 60)
        x, boxes = 0.0, []
        for _ in range(n):
            height = rng.choice([0.0, 0.4, 5.0, 10.0])
            y = rng.choice([100.0, 100.0, 100.5, 112.0])
            width = rng.choice([4.0, 4.0, 0.0, -1.0])
            x += rng.choice([0.0, 1.0, 2.4, 2.6, 8.0, -30.0])
            box = [x, y, x + width, y + height]
            if rng.random() < 0.05:
                box[rng.randrange(4)] = rng.choice(odd)
            boxes.append((box[0], box[1], box[2], box[3]))
            x += width
        text = "".join(rng.choice(chars) for _ in range(n))
        _same(text, boxes)


@needs_c
def test_odd_input_left_to_python() -> None:
    bulk = glyphs.bulk
    assert bulk is not None
    box = (1.0, 2.0, 3.0, 4.0)
    for text, boxes in [
        ("ab", [box]),  # the text longer than the boxes
        ("a", [(1, 2, 3, 4)]),  # ints
        ("a", [[1.0, 2.0, 3.0, 4.0]]),  # a list
        ("a", [(1.0, 2.0, 3.0)]),  # three numbers
    ]:
        assert bulk.word_middles(text, boxes) is None
        assert bulk.drawn_at(text, boxes) is None
    assert bulk.box_middles([(1.0, 2.0, 3.0)]) is None
    assert bulk.box_middles([]) == ([], [])
    assert bulk.word_middles("", []) == ([], [], b"", [])
    # grids' loops read what C leaves, and a length mismatch still raises
    with pytest.raises(ValueError):
        grids._drawn_glyphs("ab", [box])
    with pytest.raises(ValueError):
        grids._middles("ab", [box])
    assert grids._drawn_glyphs("a", [(1, 2, 3, 4)]) == [(1, 2, 3, 4)]


class _Without:
    """The accelerator without this branch's three functions: grids reads a glyph a step."""

    def __init__(self, bulk: Any) -> None:
        self._bulk = bulk

    def __getattr__(self, name: str) -> Any:
        if name in _C:
            raise AttributeError(name)
        return getattr(self._bulk, name)


@needs_c
def test_segmented_the_same_without(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every per-glyph matrix PDF (tables ruled across, shaded boxes, drawn grids) segments to
    the same document with the C readings and with grids' loops."""
    read = 0
    original = grids._by_middle

    def counted(textpage: pdfium.PdfTextPage) -> grids._Reader:
        nonlocal read
        read += 1
        return original(textpage)

    monkeypatch.setattr(grids, "_by_middle", counted)
    for path in _GLYPH_PDFS:
        data = path.read_bytes()
        in_c = segment_pdf(data, ocr=True, max_pages=None).model_dump(mode="json")
        with monkeypatch.context() as patch:
            patch.setattr(grids.glyph_calls, "bulk", _Without(glyphs.bulk))
            looped = segment_pdf(data, ocr=True, max_pages=None).model_dump(mode="json")
        assert in_c == looped, path.name
    assert read >= 10  # the cell reader ran on enough pages to say so


def _lines_both(
    glyph_boxes: list[grids.Box], x0: float, x1: float, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, str]:
    in_c = across.text_lines(glyph_boxes, x0, x1)
    with monkeypatch.context() as patch:
        patch.setattr(across.glyph_calls, "bulk", _Without(glyphs.bulk))
        looped = across.text_lines(glyph_boxes, x0, x1)
    return repr(in_c), repr(looped)


@needs_c
def test_text_lines_as_the_loop_on_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every per-glyph matrix page's drawn glyphs, read between edges across the page."""
    lines = 0
    for path in _GLYPH_PDFS:
        pdf = pdfium.PdfDocument(path.read_bytes())
        for index in range(len(pdf)):
            textpage = pdf[index].get_textpage()
            boxes = glyphs.Glyphs(textpage.raw).all_boxes(textpage.count_chars())
            drawn = grids._drawn_glyphs(grids._glyph_text(textpage), boxes)
            for x0, x1 in [(0.0, 700.0), (72.0, 300.0), (250.0, 520.0), (300.0, 100.0)]:
                in_c, looped = _lines_both(drawn, x0, x1, monkeypatch)
                assert in_c == looped, (path.name, index, x0, x1)
                lines += in_c.count("[(")
    assert lines > 100


@needs_c
def test_text_lines_as_the_loop_on_odd_glyphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Equal tops (the sort's ties), low commas, overlapping rows, glyphs at the edges and past
    them, no width, NaN and infinite edges (a NaN top goes the loop's way)."""
    rng = random.Random(4545)
    odd = [math.nan, math.inf, -math.inf, -0.0]
    nan_top = 0
    for _ in range(400):
        boxes: list[grids.Box] = []
        for _ in range(rng.randrange(0, 50)):
            x = rng.choice([0.0, 10.0, 11.0, 49.0, 50.0, 51.0, 99.0, 100.0, 112.0, 113.0])
            x += rng.random() * rng.choice([0.0, 5.0])
            y = rng.choice([100.0, 100.0, 102.0, 97.0, 88.0, 76.0])
            height = rng.choice([10.0, 10.0, 4.0, 0.0])
            box = [x, y, x + rng.choice([5.0, 5.0, 0.0, -1.0]), y + height]
            if rng.random() < 0.04:
                box[rng.randrange(4)] = rng.choice(odd)
            boxes.append((box[0], box[1], box[2], box[3]))
        nan_top += any(b[3] != b[3] for b in boxes)
        in_c, looped = _lines_both(boxes, 10.0, 100.0, monkeypatch)
        assert in_c == looped
    assert nan_top > 10
    bulk = glyphs.bulk
    assert bulk is not None
    assert bulk.text_lines([(1.0, 1.0, 2.0, math.nan)], 0.0, 5.0, 12.0) is None
    assert bulk.text_lines([(1, 1, 2, 3)], 0.0, 5.0, 12.0) is None
    assert bulk.text_lines([], 0.0, 5.0, 12.0) == []
