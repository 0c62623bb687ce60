"""Round 29 (bench/segment/speed23.md): a thin page (under 800 characters) whose objects are all
text objects its text page read, in a file that draws no form XObject (`grids.only_text`), is
not walked for images (`detect.draws_text_as_images`): it has none. The walk is the reference."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from services.segment import segmenter
from services.segment.layout import grids
from services.segment.layout.words import PageRuns, read_page
from services.segment.scan import detect
from tests.unit.segment.test_speed28 import _MADE, _files, _made, _pages, _text
from tests.unit.segment.test_text_as_images import _pdf

_PRODUCERS = Path(__file__).resolve().parents[2] / "fixtures" / "producers" / "pdf"


def _images(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    return list(detect._image_boxes(page.raw, None, 0))


def _with_form_image(canvas: Canvas) -> None:
    """A text object on the page and a form holding a text object and an image: the count
    alone reads the page as text only; the file's `XObject` says otherwise."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    canvas.beginForm("logo")
    canvas.drawString(72, 60, "Pagina 1 van 1")
    canvas.drawImage(ImageReader(Image.new("RGB", (4, 4), "red")), 72, 80, 40, 12)
    canvas.endForm()
    canvas.drawString(72, 700, "Geachte voorzitter,")
    canvas.doForm("logo")


@pytest.mark.parametrize("name", [*_MADE, "form image"])
def test_made_pages(name: str) -> None:
    draw = _with_form_image if name == "form image" else _MADE[name][0]
    data = _made(draw)
    forms = grids.may_draw_forms(data)
    for page, textpage in _pages(data):
        plain = grids.only_text(page, textpage, lambda: forms)
        assert plain is (name in ("text", "spaces")), name
        if name in ("image", "form image"):
            assert _images(page)  # the walk finds the image: the page is walked
        if plain:
            assert _images(page) == []


def test_without_a_text_page_or_forms_nothing_is_spared() -> None:
    for page, textpage in _pages(_made(_text)):
        assert grids.only_text(page, textpage, lambda: False)
        assert not grids.only_text(page, None, lambda: False)
        assert not grids.only_text(page, textpage, None)
        assert not grids.only_text(page, textpage, lambda: True)


def test_a_failing_shortcut_walks_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where pdfium cannot answer the shortcut (a null handle), the page is walked as before."""

    def broken(page: object, textpage: object) -> bool:
        raise ValueError("a null pdfium handle")

    monkeypatch.setattr(grids, "_text_only", broken)
    for page, textpage in _pages(_made(_text)):
        assert not grids.only_text(page, textpage, lambda: False)


def test_spared_pages_draw_no_image() -> None:
    """Every page of the producer matrix, the fixtures and the shared corpus: where the shortcut
    answers, the walk finds no image and the page is no text set as images."""
    spared = thin = 0
    for path in dict.fromkeys(_files()):
        data = path.read_bytes()
        forms = grids.may_draw_forms(data)
        for k, (page, textpage) in enumerate(_pages(data)):
            if not grids.only_text(page, textpage, lambda drawn=forms: drawn):
                continue
            spared += 1
            assert _images(page) == [], (path.name, k)
            runs = read_page(page, k + 1, textpage)
            if runs.char_count < detect.MAX_LAYER_CHARS:
                thin += 1
                assert not detect.draws_text_as_images(page, runs), (path.name, k)
    assert spared and thin


def _read(
    data: bytes, monkeypatch: pytest.MonkeyPatch, forms: bool | None
) -> tuple[list[PageRuns], list[tuple[int, str]], int]:
    """`read_page_runs` (ocr=True) of every page, with `forms` or without it: the runs, the
    OCR reader's calls and the image walks made."""
    walks = [0]
    walk = detect._image_boxes

    def counted(page: object, form: object, depth: int) -> Iterator[tuple[float, ...]]:
        if form is None:
            walks[0] += 1
        return walk(page, form, depth)

    monkeypatch.setattr(detect, "_image_boxes", counted)
    asked: list[tuple[int, str]] = []

    def reader(page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        asked.append((runs.number, why))
        return runs

    read = []
    for k, (page, textpage) in enumerate(_pages(data)):
        ask = None if forms is None else (lambda: bool(forms))
        read.append(segmenter.read_page_runs(page, k + 1, True, reader, textpage, ask))
    return read, asked, walks[0]


def test_per_glyph_thin_page_is_not_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-glyph raadsvoorstel's page 2 (630 characters, ~600 glyph objects) was walked
    object by object through ctypes for no image; with `forms` it is not, and reads the same."""
    data = (_PRODUCERS / "raadsvoorstel.reportlab-glyph.pdf").read_bytes()
    assert not grids.may_draw_forms(data)
    before, asked_before, walked = _read(data, monkeypatch, None)
    after, asked_after, spared = _read(data, monkeypatch, False)
    assert walked == 1 and spared == 0
    assert asked_before == asked_after == []
    assert [(r.char_count, [x.text for x in r.runs]) for r in before] == [
        (r.char_count, [x.text for x in r.runs]) for r in after
    ]


def test_text_set_as_images_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of line pictures has image objects: it is walked and read by OCR, with `forms`
    or without it."""
    data = _pdf(text_as_images=True)
    for forms in (None, grids.may_draw_forms(data)):
        _, asked, walked = _read(data, monkeypatch, forms)
        assert walked == 1
        assert asked == [(1, "text set as images")]


def test_segment_pdf_spares_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """`segment_pdf` hands its `forms` question to the page reading: the per-glyph thin page
    is not walked for images."""
    calls = []
    walk = detect.draws_text_as_images

    def counted(page: pdfium.PdfPage, runs: PageRuns) -> bool:
        calls.append(runs.number)
        return walk(page, runs)

    monkeypatch.setattr(detect, "draws_text_as_images", counted)
    data = (_PRODUCERS / "raadsvoorstel.reportlab-glyph.pdf").read_bytes()
    segmenter.segment_pdf(data, ocr=True, ocr_reader=lambda page, runs, why: runs)
    assert calls == []
    segmenter.segment_pdf(data, ocr=False)
    assert calls == []
