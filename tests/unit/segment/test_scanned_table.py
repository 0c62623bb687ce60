"""A scanned ruled table: its rules exist only in the page image, its text only in the OCR."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from services.segment.scan.rulings import find_rulings
from services.segment.segmenter import segment_pdf
from tests.fixtures.scanned import image_pdf

ROWS = [
    ["Nummer", "Onderwerp", "Status"],
    ["27", "Contact opnemen met de gemeente", "Afgehandeld"],
    ["28", "Overleg inplannen", "Gepland"],
    ["29", "Verslag schrijven", "Lopend"],
]
COLUMNS = [72.0, 150.0, 380.0, 520.0]  # x of the vertical rules
TOP, ROW_HEIGHT = 700.0, 30.0
# where a cell's text breaks onto a second line: a multi-line cell is read whole
BREAK = {"Contact opnemen met de gemeente": 19}


def _cell_lines(cell: str) -> list[str]:
    at = BREAK.get(cell)
    return [cell] if at is None else [cell[:at], cell[at + 1 :]]


def _ruled_table_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, "Actielijst van het kernteam")
    c.setLineWidth(0.8)
    bottom = TOP - ROW_HEIGHT * len(ROWS)
    for k in range(len(ROWS) + 1):
        c.line(COLUMNS[0], TOP - k * ROW_HEIGHT, COLUMNS[-1], TOP - k * ROW_HEIGHT)
    for x in COLUMNS:
        c.line(x, TOP, x, bottom)
    for k, row in enumerate(ROWS):
        for x, cell in zip(COLUMNS, row, strict=False):
            lines = _cell_lines(cell)
            for n, line in enumerate(lines):
                c.drawString(
                    x + 6, TOP - (k + 1) * ROW_HEIGHT + 10 + 6 * (len(lines) - 1) - 12 * n, line
                )
    c.showPage()
    c.save()
    return buf.getvalue()


def _scanned(pdf_bytes: bytes) -> bytes:
    """The same page as an image-only PDF, as a scanner would produce it."""
    return image_pdf([pdf_bytes], 1, dpi=200)


def _scanned_with_ocr_layer(dpi: int = 200) -> bytes:
    """The scan with an invisible text layer over it, as a scanner's own OCR makes it."""
    page = pdfium.PdfDocument(_ruled_table_pdf())[0]
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(image), 0, 0, *A4)
    text = c.beginText()
    text.setTextRenderMode(3)  # invisible
    text.setFont("Helvetica", 12)
    for k, row in enumerate(ROWS):
        for x, cell in zip(COLUMNS, row, strict=False):
            lines = _cell_lines(cell)
            for n, line in enumerate(lines):
                text.setTextOrigin(
                    x + 6, TOP - (k + 1) * ROW_HEIGHT + 10 + 6 * (len(lines) - 1) - 12 * n
                )
                text.textOut(line)
    c.drawText(text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_rules_are_found_in_the_image_where_they_were_drawn() -> None:
    rules = find_rulings(pdfium.PdfDocument(_scanned(_ruled_table_pdf()))[0])
    down = sorted((r[0] + r[2]) / 2 for r in rules if r[3] - r[1] > r[2] - r[0])
    across = [r for r in rules if r[2] - r[0] > r[3] - r[1]]
    assert len(down) == len(COLUMNS) and len(across) == len(ROWS) + 1
    assert all(abs(x - want) < 1.5 for x, want in zip(down, COLUMNS, strict=True))


def test_a_scanned_ruled_table_is_read_cell_by_cell() -> None:
    doc = segment_pdf(_scanned(_ruled_table_pdf()), ocr=True)
    tables = [s for s in doc.segments if s.kind == "table"]
    assert len(tables) == 1 and tables[0].rows is not None
    assert tables[0].rows == ROWS


def test_a_scan_with_an_invisible_ocr_layer_is_read_cell_by_cell() -> None:
    doc = segment_pdf(_scanned_with_ocr_layer(), ocr=True)
    tables = [s for s in doc.segments if s.kind == "table"]
    assert len(tables) == 1 and tables[0].rows == ROWS


def test_a_text_page_with_a_ruled_table_is_not_rendered(monkeypatch: object) -> None:
    # the drawn rules are read from the page's paths; the image is never looked at
    import services.segment.layout.grids as grids

    def no_render(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
        raise AssertionError("a text page was rendered to find its rules")

    monkeypatch.setattr(grids, "find_rulings", no_render)  # type: ignore[attr-defined]
    doc = segment_pdf(_ruled_table_pdf(), ocr=True)
    tables = [s for s in doc.segments if s.kind == "table"]
    assert len(tables) == 1 and tables[0].rows is not None
    assert tables[0].rows[2:] == ROWS[2:]  # (pdfium joins a vector cell's lines without a space)
