"""Text set upright (a table's column heads set upright, as spreadsheets print them) is read along
its own line: whole words in reading order, never cut into single letters."""

from __future__ import annotations

import io
import re

import pytest

from services.segment.segmenter import segment_pdf
from tests.fixtures.typeset import REGULAR, chunked_canvas

HEADS = ["Aantal woningen binnen 1000 meter", "Oppervlakte zoekgebieden", "Opbrengst (GWh)"]
ROWS = [["89", "15.791", "193", "30"], ["92", "606.295", "869", "180"]]
NOT_BODY = {"furniture", "letterhead"}


def _table(chunk: str, angle: int) -> bytes:
    """A landscape page: a title, column heads turned by `angle` degrees, two rows of figures."""
    buffer = io.BytesIO()
    canvas = chunked_canvas(buffer, (842, 595), chunk)
    canvas.setFont(REGULAR, 12)
    canvas.drawString(60, 540, "Bijlage: beoordeling van de zoekgebieden")
    canvas.setFont(REGULAR, 7)
    for k, head in enumerate(["Clusternummer", *HEADS]):
        canvas.saveState()
        x = 70 + 60 * k
        canvas.translate(x, 380 if angle == 90 else 500)
        canvas.rotate(angle)
        canvas.drawString(0, 0, head)
        canvas.restoreState()
    for r, row in enumerate(ROWS):
        for k, cell in enumerate(row):
            canvas.drawString(62 + 60 * k, 360 - 12 * r, cell)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("angle", [90, -90])
@pytest.mark.parametrize("chunk", ["line", "word", "glyph"])
def test_upright_column_heads_keep_their_words(chunk: str, angle: int) -> None:
    doc = segment_pdf(_table(chunk, angle), ocr=False)
    body = " ".join(s.text for s in doc.segments if s.kind not in NOT_BODY)
    for head in ["Clusternummer", *HEADS]:
        assert head in body, (head, body)
    words = re.findall(r"\S+", body)
    assert not [w for w in words if len(w) == 1 and w.isalpha()], body  # no stray letters
    for row in ROWS:
        assert all(cell in words for cell in row)
