"""A page stored a quarter turn off and shown upright by its /Rotate entry (a landscape scan, an
inventory printed sideways) reads as it is shown: the same segments as the page stored upright,
its drawn table included."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from services.segment.segmenter import segment_pdf

LINES = [
    "Geachte voorzitter,",
    "Hierbij ontvangt u de antwoorden op de vragen van het lid Jansen over de",
    "toeslagen. De vragen werden op 3 maart gesteld en zijn nu beantwoord.",
    "Daarnaast stuur ik u het verslag van het overleg met de gemeenten over",
    "de uitvoering, zoals ik in het debat van 12 april heb toegezegd.",
    "Met vriendelijke groet,",
]
ROWS = [
    ["nr.", "Datum", "Documentnaam", "Beoordeling"],
    ["1", "3-3-2021", "Verslag overleg gemeenten", "Deels openbaar"],
    ["2", "4-3-2021", "E-mail over de toeslagen", "Openbaar"],
]
WIDTH, HEIGHT = 595, 842  # the page as shown
# The map from the shown page to the stored page's user space, per /Rotate.
STORED = {
    0: (1, 0, 0, 1, 0, 0),
    90: (0, 1, -1, 0, HEIGHT, 0),  # shown a quarter turn clockwise
    180: (-1, 0, 0, -1, WIDTH, HEIGHT),
    270: (0, -1, 1, 0, 0, WIDTH),  # a quarter turn anticlockwise
}


def _letter(rotation: int) -> bytes:
    """A letter with a ruled table, stored so that /Rotate `rotation` shows it upright."""
    buf = io.BytesIO()
    stored = (WIDTH, HEIGHT) if rotation in (0, 180) else (HEIGHT, WIDTH)
    c = canvas.Canvas(buf, pagesize=stored)
    c.transform(*STORED[rotation])  # from here on, draw as the page is shown
    c.setFont("Helvetica", 11)
    for i, line in enumerate(LINES):
        c.drawString(72, 770 - 16 * i - (20 if i > 2 else 0), line)
    xs, top = [72, 110, 180, 360, 470], 560
    for r, row in enumerate(ROWS):
        for x, cell in zip(xs, row, strict=False):
            c.drawString(x + 4, top - 20 * r - 14, cell)
    for r in range(len(ROWS) + 1):
        c.line(xs[0], top - 20 * r, xs[-1], top - 20 * r)
    for x in xs:
        c.line(x, top, x, top - 20 * len(ROWS))
    c.setPageRotation(rotation)
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(data: bytes) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in segment_pdf(data, ocr=False).segments]


@pytest.mark.parametrize("rotation", [90, 270])
def test_a_turned_page_reads_as_shown(rotation: int) -> None:
    upright = _read(_letter(0))
    assert any("toeslagen. De vragen" in text for _, text in upright)
    assert ("table", "\n".join(" | ".join(row) for row in ROWS)) in upright
    assert _read(_letter(rotation)) == upright


def test_an_upside_down_page_keeps_its_paragraphs() -> None:
    # pdfium sets its glyphs at a half turn, which the runs read as slanted text: its lines
    # come out whole, its table's cells do not (upside-down pages are rare: scanned so)
    upright = [seg for seg in _read(_letter(0)) if seg[0] != "table"]
    turned = _read(_letter(180))
    assert upright == turned[: len(upright)]
