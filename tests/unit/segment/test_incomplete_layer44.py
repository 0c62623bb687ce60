"""An invisible OCR layer's completeness on other layouts, and the two looks that cannot tell
(bench/breadth/report-ocr44.md).

The pages are typeset, printed to an image at 200 dpi and given an invisible layer, as a release
tool leaves a scan: a letter's body in a left column beside a side panel of short figures (a
dashboard's or a report's), the layer over both or over the panel alone (it read the figures
and skipped the letter, as a thin layer skips a page's small print); a complete layer beside
a photograph; a complete layer over grey text beside a dark signature.
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

from services.segment.layout.words import PageRuns, read_page
from services.segment.ocr_jobs import PagePlanner
from services.segment.scan.completeness import ON_PAPER, Coverage, layer_coverage
from services.segment.segmenter import segment_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

BODY = [
    "Geachte heer De Vries,",
    "Naar aanleiding van uw verzoek van 12 maart",
    "sturen wij u hierbij de gevraagde stukken.",
    "Het college heeft besloten de documenten",
    "gedeeltelijk openbaar te maken. Persoonsgegevens",
    "zijn onleesbaar gemaakt op grond van artikel",
    "5.1, tweede lid, onder e, van de Woo.",
    "Tegen dit besluit kunt u binnen zes weken",
    "bezwaar maken bij het college van burgemeester",
    "en wethouders van de gemeente.",
]
PANEL = [
    "Verzoeken 2024",
    "Ontvangen 1.284",
    "Afgehandeld 1.197",
    "Termijn gehaald 86%",
    "Bezwaren 42",
    "Gegrond 7",
    "Ongegrond 29",
    "Ingetrokken 6",
    "Beroep 11",
    "Kosten 18.400",
]
BODY_X, PANEL_X, TOP, LEADING = 60.0, 400.0, 720.0, 20.0
Layer = list[tuple[list[str], float, float]]  # an invisible layer: lines, left edge, size


def _text(c: canvas.Canvas, lines: list[str], x: float, size: float, mode: int = 0) -> None:
    text = c.beginText()
    text.setTextRenderMode(mode)
    for k, line in enumerate(lines):
        text.setFont("Helvetica", size)
        text.setTextOrigin(x, TOP - k * LEADING)
        text.textOut(line)
    c.drawText(text)


def _image(draw: object) -> Image.Image:
    """The page `draw` prints, as a 200 dpi scan."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    draw(c)  # type: ignore[operator]
    c.showPage()
    c.save()
    page = pdfium.PdfDocument(buf.getvalue())[0]
    image: Image.Image = page.render(scale=200 / 72, grayscale=True).to_pil()
    return image


def _scan(image: Image.Image, layer: Layer) -> bytes:
    """`image` as a scanned page with an invisible layer of (lines, x, size)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(image), 0, 0, *A4)
    for lines, x, size in layer:
        _text(c, lines, x, size, mode=3)
    c.showPage()
    c.save()
    return buf.getvalue()


def _letter_and_panel(c: canvas.Canvas) -> None:
    _text(c, BODY, BODY_X, 11)
    c.setLineWidth(0.5)
    c.rect(PANEL_X - 10, TOP - len(PANEL) * LEADING, 170, len(PANEL) * LEADING + 20)
    _text(c, PANEL, PANEL_X, 9)


def _coverage(data: bytes) -> Coverage:
    page = pdfium.PdfDocument(data)[0]
    runs = read_page(page, 1)
    assert runs.hidden_layer
    return layer_coverage(page, runs.runs)


BOTH: Layer = [(BODY, BODY_X, 11.0), (PANEL, PANEL_X, 9.0)]
PANEL_ONLY: Layer = [(PANEL, PANEL_X, 9.0)]
BODY_ONLY: Layer = [(BODY, BODY_X, 11.0)]


def test_a_layer_over_body_and_panel_is_complete() -> None:
    seen = _coverage(_scan(_image(_letter_and_panel), BOTH))
    assert seen.uncovered <= 0.1 and not seen.incomplete


def test_a_layer_over_the_panel_alone_misses_the_letter() -> None:
    seen = _coverage(_scan(_image(_letter_and_panel), PANEL_ONLY))
    # the letter is most of the page's strokes, all of it on paper
    assert seen.uncovered >= 0.35 and seen.on_paper >= 0.9
    assert seen.incomplete and not seen.blind


def test_the_letter_missed_is_planned_for_ocr_and_the_whole_layer_is_not() -> None:
    missing = PagePlanner()
    segment_pdf(_scan(_image(_letter_and_panel), PANEL_ONLY), ocr=True, ocr_reader=missing)
    assert [(p.page, p.why) for p in missing.pages] == [(1, "incomplete_layer")]
    whole = PagePlanner()
    segment_pdf(_scan(_image(_letter_and_panel), BOTH), ocr=True, ocr_reader=whole)
    assert whole.pages == []


def _photo() -> Image.Image:
    """A photograph's texture: grey levels all over, dark specks among them."""
    rng = random.Random(44)
    side = 300
    return Image.frombytes("L", (side, side), bytes(rng.randrange(40, 200) for _ in range(side**2)))


def test_a_photo_beside_a_complete_layer_is_no_missed_text() -> None:
    def letter_and_photo(c: canvas.Canvas) -> None:
        _text(c, BODY, BODY_X, 11)
        c.drawImage(ImageReader(_photo()), 100, 120, 380, 300)

    seen = _coverage(_scan(_image(letter_and_photo), BODY_ONLY))
    # the photo's specks look like strokes outside the layer ...
    assert seen.uncovered >= 0.35
    # ... but stand on no paper: the page is not OCR'd for them
    assert seen.on_paper < ON_PAPER and not seen.incomplete


def test_grey_text_the_look_cannot_see_is_not_judged() -> None:
    # the layer reads all of the text, printed light grey (lighter than the look's ink);
    # the only dark print is a signature's scrawl under it
    def grey_letter_and_signature(c: canvas.Canvas) -> None:
        c.setFillGray(0.55)
        _text(c, BODY, BODY_X, 11)
        c.setStrokeGray(0)
        c.setLineWidth(1.6)
        for k in range(6):
            path = c.beginPath()
            path.moveTo(80 + 25 * k, 480)
            path.curveTo(95 + 25 * k, 520, 105 + 25 * k, 440, 120 + 25 * k, 485)
            c.drawPath(path)

    seen = _coverage(_scan(_image(grey_letter_and_signature), BODY_ONLY))
    assert seen.uncovered >= 0.35  # the signature is all the look sees, none of it in the layer
    assert seen.blind and not seen.incomplete


def test_without_words_the_look_is_not_blind() -> None:
    # a page whose layer holds nothing the look could have seen is judged as before
    assert not Coverage(print_area=0.0, missed_area=0.0, words=0).blind
    assert Coverage(print_area=1000.0, missed_area=900.0, words=40).incomplete


@needs_tesseract
def test_the_letter_is_filled_in_beside_the_layers_panel() -> None:
    doc = segment_pdf(_scan(_image(_letter_and_panel), PANEL_ONLY), ocr=True)
    text = " ".join(s.text for s in doc.segments)
    for line in PANEL:  # the layer's words, exactly
        assert line in text
    wanted = {w.strip(",.") for line in BODY for w in line.split()}
    found = {w.strip(",.") for w in text.split()}
    assert len(wanted & found) >= 0.7 * len(wanted)
    quality = doc.metadata.quality
    assert quality is not None and quality.pages.ocr == 1


def test_a_page_without_a_layer_is_never_looked_at() -> None:
    # only invisible layers are measured: a typeset page's runs are its own
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _letter_and_panel(c)
    c.showPage()
    c.save()
    planner = PagePlanner()
    segment_pdf(buf.getvalue(), ocr=True, ocr_reader=planner)
    assert planner.pages == []
    runs: PageRuns = read_page(pdfium.PdfDocument(buf.getvalue())[0], 1)
    assert not runs.hidden_layer
