"""Text set upright (a table's column heads as spreadsheets print them, a document stamp along
the page edge) is read along its own line: whole words in reading order, never cut into single
letters that scatter over the rows of the body."""

from __future__ import annotations

import io
import math
import re
from typing import cast

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from services.segment.layout.glyphs import Glyphs
from services.segment.layout.upright import upright_runs
from services.segment.segmenter import segment_pdf
from tests.fixtures.typeset import BOLD, REGULAR, chunked_canvas

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


BODY = (
    "Geachte leden van de raad, hierbij informeren wij u over de voortgang van het project. "
    "De werkzaamheden aan de brug zijn in maart begonnen en lopen volgens planning. "
) * 3
STAMP = "Zaaknummer Z2024-00005714 Documentnummer D2024-123456"


def _stamped_letter(chunk: str, angle: int) -> bytes:
    """A page of body text with a document-management stamp set upright along its left edge,
    as Woo releases carry them."""
    buffer = io.BytesIO()
    canvas = chunked_canvas(buffer, (595, 842), chunk)
    canvas.setFont(REGULAR, 10)
    y, line = 760.0, []
    for word in BODY.split():
        if stringWidth(" ".join([*line, word]), REGULAR, 10) > 430:
            canvas.drawString(90, y, " ".join(line))
            y, line = y - 14, []
        line.append(word)
    canvas.drawString(90, y, " ".join(line))
    canvas.saveState()
    canvas.setFont(REGULAR, 7)
    canvas.translate(40, 420 if angle == 90 else 780)
    canvas.rotate(angle)
    canvas.drawString(0, 0, STAMP)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("angle", [90, -90])
@pytest.mark.parametrize("chunk", ["line", "glyph"])
def test_an_upright_stamp_leaves_the_body_whole(chunk: str, angle: int) -> None:
    doc = segment_pdf(_stamped_letter(chunk, angle), ocr=False)
    texts = [s.text for s in doc.segments if s.kind not in NOT_BODY]
    assert BODY.strip() in texts  # one paragraph, no letters of the stamp inside it
    assert STAMP in texts


LINES = [
    "Tabel 3. Overzicht van de zoekgebieden per gemeente in de regio",
    "De gemeente Hellendoorn heeft drie zoekgebieden aangewezen voor windenergie",
    "In Twenterand is een zoekgebied aangewezen langs het kanaal Almelo De Haandrik",
]


def _turned_page(chunk: str, angle: int) -> bytes:
    """A portrait page whose text is set a quarter turn (a landscape table turned onto it)."""
    buffer = io.BytesIO()
    canvas = chunked_canvas(buffer, (595, 842), chunk)
    canvas.setFont(REGULAR, 10)
    canvas.translate(*((100, 100) if angle == 90 else (495, 742)))
    canvas.rotate(angle)
    for i, line in enumerate(LINES):
        canvas.drawString(0, -14 * i, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("angle", [90, -90])
@pytest.mark.parametrize("chunk", ["line", "glyph"])
def test_a_turned_page_reads_line_after_line(chunk: str, angle: int) -> None:
    doc = segment_pdf(_turned_page(chunk, angle), ocr=False)
    assert " ".join(LINES) in " ".join(s.text for s in doc.segments if s.kind not in NOT_BODY)


class _UprightGlyphs:
    """Glyphs set reading upwards, 7 pt apart along y; those in `boxless` have no box."""

    def __init__(self, boxless: set[int]) -> None:
        self.boxless = boxless

    def angle(self, i: int) -> float:
        return 1.5 * math.pi

    def loose_box(self, i: int) -> tuple[float, float, float, float] | None:
        return None if i in self.boxless else (100.0, 7.0 * i, 110.0, 7.0 * i + 6)

    def box(self, i: int) -> tuple[float, float, float, float]:
        return (100.0, 7.0 * i, 100.0, 7.0 * i)  # no extent

    def bold(self, i: int) -> bool:
        return False


def test_upright_words_without_a_box_stay_in_their_run() -> None:
    text = "Aantal woningen binnen"
    glyphs = cast(Glyphs, _UprightGlyphs(set(range(0, 6))))  # "Aantal" has no box
    runs = upright_runs(text, glyphs, 0, len(text))
    assert [r.text.strip() for r in runs] == [text]
    everything = cast(Glyphs, _UprightGlyphs(set(range(len(text)))))
    assert upright_runs(text, everything, 0, len(text)) == []  # read as level text instead


PARAS = [
    "Geachte leden van de raad, hierbij informeren wij u over de voortgang van het project.",
    "De werkzaamheden aan de brug zijn in maart begonnen en lopen volgens planning. De aannemer "
    "verwacht de brug in het najaar op te leveren.",
    "Over de kosten informeren wij u in de volgende voortgangsbrief.",
]


def _draft(chunk: str, angle: int | None) -> bytes:
    """A one-page letter, with "CONCEPT" set across it at `angle` degrees (None: without)."""
    buffer = io.BytesIO()
    canvas = chunked_canvas(buffer, (595, 842), chunk)
    canvas.setFont(BOLD, 14)
    canvas.drawString(90, 770, "Voortgang vervanging brug Kanaalweg")
    canvas.setFont(REGULAR, 10)
    y = 740.0
    for para in PARAS:
        line: list[str] = []
        for word in para.split():
            if stringWidth(" ".join([*line, word]), REGULAR, 10) > 430:
                canvas.drawString(90, y, " ".join(line))
                y, line = y - 14, []
            line.append(word)
        canvas.drawString(90, y, " ".join(line))
        y -= 24
    if angle is not None:
        canvas.setFont(REGULAR, 72)
        canvas.setFillGray(0.85)
        canvas.translate(150, 450)
        canvas.rotate(angle)
        canvas.drawString(0, 0, "CONCEPT")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("angle", [30, 45, 135])
@pytest.mark.parametrize("chunk", ["line", "glyph"])
def test_a_watermark_across_the_page_is_filed_apart(chunk: str, angle: int) -> None:
    """Its large letters neither pass for the title nor scatter over the body's rows."""
    plain = segment_pdf(_draft(chunk, None), ocr=False)
    draft = segment_pdf(_draft(chunk, angle), ocr=False)
    marks = [s for s in draft.segments if s.role == "watermark"]
    assert [s.kind for s in marks] == ["furniture"]
    assert marks[0].text.replace(" ", "") == "CONCEPT"
    rest = [(s.kind, s.text) for s in draft.segments if s.role != "watermark"]
    assert rest == [(s.kind, s.text) for s in plain.segments]
    assert draft.metadata.title == plain.metadata.title


@pytest.mark.parametrize("chunk", ["line", "glyph"])
def test_column_heads_set_at_a_slant_stay_in_the_body(chunk: str) -> None:
    """Slanted text in the page's own type is no watermark: no evidence for furniture."""
    doc = segment_pdf(_table(chunk, 45), ocr=False)
    body = " ".join(s.text for s in doc.segments if s.kind not in NOT_BODY)
    for head in ["Clusternummer", *HEADS]:
        assert head in body, (head, body)
    assert not [s for s in doc.segments if s.role == "watermark"]
