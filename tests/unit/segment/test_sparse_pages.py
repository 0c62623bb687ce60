"""Pages of a few words (covers, dividers, chart pages) and empty pages are looked at by OCR.

A cover's title stands in the text layer while the publisher's name is part of a picture; OCR
reads the picture and what it reads beside the title is added. The title is kept as the text
layer has it, a photo's texture adds nothing, and an empty page is OCR'd and found blank.
"""

from __future__ import annotations

import io
import random
import shutil

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from services.segment.layout.words import PageRuns, Run
from services.segment.scan.supplement import supplemented
from services.segment.scan.text_layer import sparse
from services.segment.segmenter import segment_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

TITLE = "Programma Waterkwaliteit 2030"


def _picture_of(text: str) -> Image.Image:
    """`text` in large type as a picture (a logo, a chart's title): pixels, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(400, 80))
    c.setFont("Helvetica-Bold", 28)
    c.drawString(10, 30, text)
    c.showPage()
    c.save()
    return pdfium.PdfDocument(buf.getvalue())[0].render(scale=300 / 72).to_pil()


def _texture() -> Image.Image:
    """A photo's texture: grey noise, no words."""
    rng = random.Random(7)
    image = Image.new("L", (600, 400))
    image.putdata([rng.randrange(90, 200) for _ in range(600 * 400)])
    return image


def _cover(picture: Image.Image | None, *, empty_page: bool = False) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(72, 420, TITLE)
    if picture is not None:
        c.drawImage(ImageReader(picture), 300, 60, width=240, height=48)
    c.showPage()
    if empty_page:
        c.showPage()  # a page with nothing on it
    c.setFont("Helvetica", 11)
    for i in range(30):
        c.drawString(72, 760 - 16 * i, f"Regel {i + 1} van de tekst over de kwaliteit van water.")
    c.showPage()
    c.save()
    return buf.getvalue()


def _body(doc_text: list[tuple[int, str]], page: int) -> str:
    return " ".join(text for p, text in doc_text if p == page)


@needs_tesseract
def test_a_cover_keeps_its_title_and_gains_the_words_of_its_picture() -> None:
    doc = segment_pdf(_cover(_picture_of("Provincie Zeeland")))
    texts = [(s.page, s.text) for s in doc.segments if s.kind != "furniture"]
    assert doc.metadata.ocr_pages == [1]
    assert TITLE in _body(texts, 1)  # the text layer's words, exactly
    assert "Provincie Zeeland" in _body(texts, 1)
    assert _body(texts, 1).count("Waterkwaliteit") == 1  # not read twice


@needs_tesseract
def test_a_photo_adds_no_words_to_a_cover() -> None:
    doc = segment_pdf(_cover(_texture()))
    assert doc.metadata.ocr_pages == [1]
    cover = " ".join(s.text for s in doc.segments if s.page == 1 and s.kind != "furniture")
    assert cover.split() == TITLE.split()


@needs_tesseract
def test_an_empty_page_is_ocrd_and_found_blank() -> None:
    doc = segment_pdf(_cover(None, empty_page=True))
    assert 2 in doc.metadata.ocr_pages
    assert doc.metadata.quality is not None
    assert doc.metadata.quality.pages.blank == 1
    assert not any(s.page == 2 for s in doc.segments)


def test_without_ocr_a_sparse_page_is_its_text_layer() -> None:
    doc = segment_pdf(_cover(_picture_of("Provincie Zeeland")), ocr=False)
    assert doc.metadata.ocr_pages == []
    assert " ".join(s.text for s in doc.segments if s.page == 1).split() == TITLE.split()


def test_sparse_counts_words_as_coverage_does() -> None:
    assert sparse("Programma Waterkwaliteit 2030")
    assert sparse("Bijlage 1 — 2 3")
    assert not sparse("Regel 1 van de tekst")


def _run(text: str, x0: float, y0: float, x1: float, y1: float) -> Run:
    return Run(text, x0, y0, x1, y1, y1 - y0)


def test_supplement_adds_only_wordlike_runs_where_the_text_layer_has_none() -> None:
    layer = PageRuns(1, 595, 842, [_run("Programma Waterkwaliteit", 72, 410, 400, 440)])
    read = PageRuns(
        1,
        595,
        842,
        [
            _run("Programrna Waterkwaliteit", 70, 408, 398, 442),  # the title read again
            _run("Provincie Zeeland", 300, 60, 540, 100),  # the logo
            _run("et ee", 100, 200, 140, 212),  # a photo's texture
            _run("Be paf", 200, 200, 240, 212),
            _run("£ SN ®", 300, 200, 340, 212),
        ],
        ocr=True,
    )
    out = supplemented(layer, read)
    assert [r.text for r in out.runs] == ["Programma Waterkwaliteit", "Provincie Zeeland"]
    assert out.ocr and out.supplement and not out.scanned


def test_no_reading_leaves_the_text_layer_as_it_was() -> None:
    layer = PageRuns(1, 595, 842, [_run("Programma", 72, 410, 400, 440)], degraded="ocr_failed")
    assert supplemented(layer, layer) is layer


def test_an_empty_page_is_not_handed_to_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its image is all paper: no words to find, and half a second of Tesseract saved."""
    from services.segment.scan import reader

    def no_call(*args: object, **kwargs: object) -> str:
        raise AssertionError("tesseract asked about an empty page")

    monkeypatch.setattr(reader, "tesseract", no_call)
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    assert reader.read_scanned(page) == []


def test_a_faint_page_is_still_read() -> None:
    """Grey a scanner left (lighter than ink, darker than paper) is no empty page."""
    from services.segment.scan.render import PageImage

    image = Image.new("L", (300, 300), color=255)
    image.paste(200, (100, 100, 140, 110))
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=72)
    page = pdfium.PdfDocument(buf.getvalue())[0]
    assert not PageImage(page).blank()
