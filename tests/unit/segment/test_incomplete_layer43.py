"""A scanner's invisible OCR layer that read only part of the page (issue #8, point 4).

A release tool's layer can be plausible and still thin (a re-scanned dashboard's layer holds a
third to half of the words Tesseract reads): the page image is looked at, small, and when much
of its print lies outside the layer's runs the page is OCR'd and what OCR reads where the layer
has nothing is added after the layer's words. A complete layer is not OCR'd at all.
"""

from __future__ import annotations

import io
import shutil

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from services.segment.layout.words import PageRuns, Run, read_page
from services.segment.ocr_jobs import PagePlanner
from services.segment.scan.completeness import layer_coverage
from services.segment.scan.supplement import filled_in
from services.segment.segmenter import INCOMPLETE_LAYER, segment_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

LINES = [
    "Het kabinet heeft besloten de maatregelen voor het onderwijs te verlengen.",
    "De scholen blijven open, maar de lessen worden in kleinere groepen gegeven.",
    "Gemeenten ontvangen een extra bijdrage voor de kosten van het vervoer.",
    "De minister informeert de Kamer voor de zomer over de stand van zaken.",
    "Aanvullende afspraken over de toetsing volgen in een aparte brief.",
    "Het aantal besmettingen in de regio Utrecht daalde in oktober sterk.",
    "Ziekenhuizen melden dat de wachttijden voor operaties weer afnemen.",
    "Het testbeleid voor kinderen onder de twaalf jaar blijft ongewijzigd.",
    "Reizigers uit risicogebieden worden gevraagd tien dagen thuis te blijven.",
    "Werkgevers worden opgeroepen thuiswerken waar mogelijk te stimuleren.",
    "Sportclubs mogen buiten trainen met groepen van maximaal vier personen.",
    "De evaluatie van deze aanpak verschijnt begin volgend jaar op de website.",
]
TOP, LEADING, LEFT, SIZE = 760.0, 22.0, 72.0, 11


def _printed() -> bytes:
    """The page as printed: twelve lines of body text."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", SIZE)
    for k, line in enumerate(LINES):
        c.drawString(LEFT, TOP - k * LEADING, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def _scan_with_layer(layer_lines: int) -> bytes:
    """The printed page as a scan (an image), with an invisible OCR layer over its first
    `layer_lines` lines only, as a release tool's OCR leaves it."""
    page = pdfium.PdfDocument(_printed())[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(image), 0, 0, *A4)
    text = c.beginText()
    text.setTextRenderMode(3)  # invisible, as a scanner's OCR layer
    text.setFont("Helvetica", SIZE)
    for k, line in enumerate(LINES[:layer_lines]):
        text.setTextOrigin(LEFT, TOP - k * LEADING)
        text.textOut(line)
    c.drawText(text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _coverage(data: bytes) -> float:
    page = pdfium.PdfDocument(data)[0]
    runs = read_page(page, 1)
    assert runs.hidden_layer
    coverage = layer_coverage(page, runs.runs)
    return coverage.uncovered if coverage.incomplete else -coverage.uncovered


def test_a_layer_over_all_the_print_is_complete() -> None:
    assert -0.1 <= _coverage(_scan_with_layer(len(LINES))) <= 0  # complete, and nearly all covered


def test_a_layer_over_a_third_of_the_print_is_incomplete() -> None:
    assert _coverage(_scan_with_layer(len(LINES) // 3)) >= 0.6


@pytest.mark.parametrize("rotate", [90, 180])
def test_a_page_shown_turned_is_measured_as_it_is_shown(rotate: int) -> None:
    # the runs are in the page's own space, the render as shown: mapped by the same affine
    import pikepdf

    def turned(data: bytes) -> bytes:
        pdf = pikepdf.open(io.BytesIO(data))
        pdf.pages[0].obj.Rotate = rotate
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()

    assert -0.1 <= _coverage(turned(_scan_with_layer(len(LINES)))) <= 0
    assert _coverage(turned(_scan_with_layer(len(LINES) // 3))) >= 0.6


def test_rules_bars_and_filled_boxes_are_no_missed_print() -> None:
    # a complete layer beside a ruled frame and a blacked-out redaction box
    page = pdfium.PdfDocument(_printed())[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(image), 0, 0, *A4)
    c.setLineWidth(1)
    c.rect(50, 480, 495, 300)  # a frame round the text
    c.rect(300, 300, 200, 60, fill=1)  # a redaction bar
    c.rect(72, 200, 120, 14, fill=1)
    text = c.beginText()
    text.setTextRenderMode(3)
    text.setFont("Helvetica", SIZE)
    for k, line in enumerate(LINES):
        text.setTextOrigin(LEFT, TOP - k * LEADING)
        text.textOut(line)
    c.drawText(text)
    c.showPage()
    c.save()
    assert -0.1 <= _coverage(buf.getvalue()) <= 0


class _Recorder:
    def __init__(self) -> None:
        self.why: list[str] = []

    def __call__(self, page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        self.why.append(why)
        return runs


def test_a_complete_layer_is_not_ocrd() -> None:
    reader = _Recorder()
    doc = segment_pdf(_scan_with_layer(len(LINES)), ocr=True, ocr_reader=reader)
    assert reader.why == []
    assert "volgend jaar" in " ".join(s.text for s in doc.segments)


def test_an_incomplete_layer_is_planned_for_ocr_as_such() -> None:
    planner = PagePlanner()
    segment_pdf(_scan_with_layer(4), ocr=True, ocr_reader=planner)
    assert [(p.page, p.why) for p in planner.pages] == [(1, "incomplete_layer")]


@needs_tesseract
def test_an_incomplete_layer_is_filled_in_by_ocr() -> None:
    doc = segment_pdf(_scan_with_layer(4), ocr=True)
    text = " ".join(s.text for s in doc.segments)
    for line in LINES[:4]:  # the layer's words, exactly
        assert line in text
    # OCR's reading of the rest: most of the missing lines' words are found
    missing = {w.strip(".,") for line in LINES[4:] for w in line.split()}
    found = {w.strip(".,") for w in text.split()}
    assert len(missing & found) >= 0.8 * len(missing)
    quality = doc.metadata.quality
    assert quality is not None and quality.pages.ocr == 1
    assert any("invisible OCR layer misses" in w for w in quality.warnings)


def _run(text: str, x0: float, y0: float, x1: float) -> Run:
    return Run(text=text, x0=x0, y0=y0, x1=x1, y1=y0 + 10, size=10.0)


def test_filled_in_adds_only_text_where_the_layer_has_none() -> None:
    layer = PageRuns(
        1, 595, 842, [_run("Het kabinet heeft besloten", 72, 700, 250)], hidden_layer=True
    )
    read = PageRuns(
        1,
        595,
        842,
        [
            _run("Het kabinet heeft besloten", 72, 700, 250),  # the layer's line, read again
            _run("Positief getest 1.234", 72, 400, 200),  # a dashboard's cell
            _run("12.480", 300, 400, 340),  # a figure alone
            _run("~ ,; ' |", 72, 300, 100),  # a chart's texture
        ],
        ocr=True,
    )
    filled = filled_in(layer, read)
    assert [r.text for r in filled.runs] == [
        "Het kabinet heeft besloten",
        "Positief getest 1.234",
        "12.480",
    ]
    assert filled.filled == 2 and filled.ocr and filled.supplement and filled.hidden_layer


def test_without_a_reading_the_layer_stands() -> None:
    layer = PageRuns(1, 595, 842, [_run("Het kabinet", 72, 700, 150)], hidden_layer=True)
    assert filled_in(layer, layer) is layer and not layer.ocr and layer.filled == 0


def test_the_reason_has_a_code() -> None:
    from services.segment.ocr_results import WHY_CODES

    assert WHY_CODES[INCOMPLETE_LAYER] == "incomplete_layer"
