"""segspeed44 (bench/segment/segspeed44.md): a page's shaded boxes ask for less, the same answers.

- `_bulk.char_boxes` reads a text page's glyph boxes in one C call, as `Glyphs.all_boxes`' ctypes
  loop does;
- `grids._boxes_in` finds a box's glyphs by bisection over their middles' heights, as a scan
  over every glyph does;
- `grids._filled_tables` makes its cell reader (`_by_middle`, every glyph of the page) on the
  first cell read, not before the shaded groups are looked at (`_Deferred`).
"""

from __future__ import annotations

import math
import random
import weakref
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.layout import glyphs, grids
from services.segment.segmenter import segment_pdf

_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
_EMAIL = _FIXTURES / "producers" / "pdf" / "email.reportlab-glyph.pdf"  # shaded boxes
_PDFS = [_EMAIL, _FIXTURES / "producers" / "pdf" / "rapport.chromium.pdf"]


@pytest.mark.skipif(
    glyphs.bulk is None or not hasattr(glyphs.bulk, "char_boxes"), reason="no accelerator"
)
@pytest.mark.parametrize("path", _PDFS, ids=lambda p: p.name)
def test_char_boxes_as_the_ctypes_loop(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = pdfium.PdfDocument(path.read_bytes())
    for index in range(len(pdf)):
        textpage = pdf[index].get_textpage()
        count = textpage.count_chars()
        in_c = glyphs.Glyphs(textpage.raw).all_boxes(count)
        with monkeypatch.context() as patch:
            patch.setattr(glyphs, "bulk", None)
            looped = glyphs.Glyphs(textpage.raw).all_boxes(count)
        assert count > 100
        assert repr(in_c) == repr(looped)
        assert glyphs.Glyphs(textpage.raw).all_boxes(0) == []
        assert glyphs.Glyphs(textpage.raw).all_boxes(-1) == []


class _TextPage:
    """Stands for a text page: `_boxes_in` keys its glyphs by the text page (weakly)."""


def _scanned(boxes: list[grids.Box], x0: float, y0: float, x1: float, y1: float) -> list:
    return [
        b
        for b in boxes
        if x0 <= b[0] and b[2] <= x1 and y0 <= (b[1] + b[3]) / 2 <= y1 and b[2] > b[0]
    ]


def test_boxes_in_as_a_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(44)
    found = 0
    for _ in range(200):
        boxes: list[grids.Box] = []
        for _ in range(rng.randint(0, 120)):
            x0 = rng.choice([rng.uniform(0, 500), 72.0, 100.0])
            y0 = rng.choice([rng.uniform(0, 800), 300.0, 300.0])  # equal middles
            w = rng.choice([0.0, -1.0, 5.0, rng.uniform(0, 9)])  # no width, or reversed
            h = rng.choice([10.0, 12.0])
            boxes.append((x0, y0, x0 + w, y0 + h))
        if boxes and rng.random() < 0.3:
            boxes[rng.randrange(len(boxes))] = (10.0, math.nan, 20.0, 30.0)  # a NaN middle
        page = _TextPage()
        monkeypatch.setattr(
            grids, "_GLYPHS", weakref.WeakKeyDictionary({page: grids._PageGlyphs.of(boxes)})
        )
        for _ in range(20):
            a, b = rng.uniform(0, 500), rng.uniform(0, 500)
            c = rng.choice([rng.uniform(0, 800), 305.0, 306.0, 304.0])  # a box's edge on a middle
            d = c + rng.choice([0.0, 1.0, 12.0, 200.0, -5.0])
            if rng.random() < 0.05:
                c = math.nan
            want = _scanned(boxes, min(a, b), c, max(a, b), d)
            got = grids._boxes_in(page, min(a, b), c, max(a, b), d)  # type: ignore[arg-type]
            assert got == want
            found += bool(want)
    assert found > 200  # boxes that hold glyphs, not only empty ones


def test_deferred_reader_made_once_on_first_cell() -> None:
    made: list[int] = []

    def make() -> grids._Reader:
        made.append(1)
        return grids._Reader(lambda cell: f"{cell[0]:.0f}", lambda cell: [f"{cell[1]:.0f}"])

    read = grids._Deferred(make)
    assert made == []
    assert isinstance(read, grids._Reader)  # `_merged` asks a reader's lines only then
    assert read((1.0, 2.0, 3.0, 4.0)) == "1"
    assert read((5.0, 2.0, 3.0, 4.0)) == "5"
    assert read.lines((5.0, 7.0, 3.0, 4.0)) == ["7"]
    assert made == [1]
    lines_first = grids._Deferred(make)
    assert lines_first.lines((0.0, 3.0, 1.0, 4.0)) == ["3"]
    assert lines_first((9.0, 3.0, 1.0, 4.0)) == "9"
    assert made == [1, 1]


def test_shaded_page_read_as_when_the_reader_was_made_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _EMAIL.read_bytes()
    deferred = segment_pdf(data, ocr=False).model_dump(mode="json")
    with monkeypatch.context() as patch:  # the reader made before the groups are looked at
        patch.setattr(grids, "_Deferred", lambda make: make())
        eager = segment_pdf(data, ocr=False).model_dump(mode="json")
    assert deferred == eager


def _nested_form_images(canvas) -> None:  # type: ignore[no-untyped-def]
    """Images on the page and in forms nested 1 to 6 deep (the walk goes 4 deep)."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    picture = ImageReader(Image.new("RGB", (4, 4), "red"))
    for depth in range(6):
        canvas.beginForm(f"f{depth}")
        canvas.drawString(72, 60 + 20 * depth, f"vorm {depth}")
        canvas.drawImage(picture, 200, 80 + 20 * depth, 40 + depth, 12)
        if depth:
            canvas.doForm(f"f{depth - 1}")
        canvas.endForm()
    canvas.drawImage(picture, 72, 700, 30, 12)
    canvas.drawString(72, 650, "Geachte voorzitter,")
    canvas.doForm("f5")


@pytest.mark.skipif(
    glyphs.bulk is None or not hasattr(glyphs.bulk, "image_bounds"), reason="no accelerator"
)
def test_image_walk_in_c_as_through_ctypes(monkeypatch: pytest.MonkeyPatch) -> None:
    from services.segment.scan import detect
    from tests.unit.segment.test_speed28 import _made
    from tests.unit.segment.test_speed29 import _with_form_image

    datas = [_made(_nested_form_images), _made(_with_form_image)]
    datas += [p.read_bytes() for p in (_FIXTURES / "producers" / "pdf").glob("email.*.pdf")]
    seen = []
    for data in datas:
        pdf = pdfium.PdfDocument(data)
        for index in range(len(pdf)):
            page = pdf[index]
            in_c = list(detect._image_boxes(page.raw, None, 0))
            with monkeypatch.context() as patch:
                patch.setattr(glyphs, "bulk", None)
                walked = list(detect._image_boxes(page.raw, None, 0))
            assert repr(in_c) == repr(walked)
            seen.append(len(in_c))
    # the page's image and four forms' (the fifth and sixth are deeper than the walk goes)
    assert seen[:2] == [5, 1]
