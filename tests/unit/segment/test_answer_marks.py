"""A questionnaire's matrix question (a survey annex, as VNG's Burgerpeiling prints its
questions): row labels at the left over several lines, answer columns headed 'vaak', 'af en
toe', '(bijna) nooit', and under each head a circle per row, set as the letter o in a smaller
size. The answer columns are no side column: their circles are marks on the rows of the text
left of them, whatever their size, and the heads stand on the row of the first head. Before,
the small circles were 'smaller type beside the body' and took the heads with them as side
column (breadth18: 'af en toe (bijna) nooit' and the circles lost). A side column in small type
that holds words (a letter's Datum, Kenmerk) is still the side column, and circles that stand
between the rows of the text, on none of them, are left as they were."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

INTRO = [
    "De bevindingen voor het artikel zijn opgemaakt op basis van de peiling die over de",
    "afgelopen tien jaar is uitgevoerd door onderzoeksbureaus in opdracht van gemeenten.",
    "In de peiling wordt de inzet voor naastenzorg voorgelegd met de volgende vragen:",
]
QUESTION = "Hoe vaak heeft u zich de afgelopen 12 maanden ingezet voor anderen?"
HEADS = [(218, "vaak"), (330, "af en toe"), (438, "(bijna) nooit")]
CIRCLES = [254, 369, 484]
ROWS = [
    ["Zorg aan een familielid,", "vriend of kennis", "(mantelzorg)"],
    [
        "Aandacht voor buren in",
        "een moeilijke situatie",
        "(eenzaam, niet goed",
        "voor zichzelf te zorgen)",
    ],
    ["Vrijwilligerswerk voor", "een vereniging"],
]
OUTRO = [
    "Antwoorden die ontbreken tellen niet mee. De resultaten worden per gemeente gewogen naar",
    "leeftijd en geslacht, zodat zij overeenkomen met de verdeling van de inwoners.",
]


def _survey(*, mark: str = "o", on_rows: bool = True, font: str = "Helvetica") -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=0)
    y = 760.0
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y, "Onderzoeksverantwoording")
    c.setFont("Helvetica", 11)
    for line in INTRO:
        y -= 14
        c.drawString(72, y, line)
    y -= 40
    c.drawString(72, y, QUESTION)
    y -= 30
    for x, head in HEADS:
        c.drawString(x, y, head)
    c.line(72, y - 4, 520, y - 4)
    y -= 20
    for row in ROWS:
        for i, label in enumerate(row):
            c.setFont("Helvetica", 11)
            c.drawString(72, y - 13.4 * i, label)
        # the circles on the row's second line (its middle), or halfway between two lines
        at = y - 13.4 * (1 if len(row) > 1 else 0) - (0 if on_rows else 6.7)
        c.setFont(font, 8)
        for x in CIRCLES:
            c.drawString(x, at, mark)
        y -= 13.4 * len(row) + 18
    c.setFont("Helvetica", 11)
    y -= 20
    for line in OUTRO:
        c.drawString(72, y, line)
        y -= 14
    c.drawString(520, 60, "8")
    c.showPage()
    c.save()
    return out.getvalue()


def _side(pdf: bytes) -> list[str]:
    doc = segment_pdf(pdf, ocr=False)
    return [s.text for s in doc.segments if s.role == "side_column"]


def _body(pdf: bytes) -> str:
    doc = segment_pdf(pdf, ocr=False)
    return " ".join(s.text for s in doc.segments if s.kind not in ("furniture", "letterhead"))


@pytest.mark.parametrize("mark", ["o", "\u25cb", "\u2610"])
def test_answer_columns_of_a_matrix_question_are_body(mark: str) -> None:
    font = "Helvetica" if mark == "o" else "DejaVuSans"
    if font != "Helvetica":
        _register_dejavu()
    pdf = _survey(mark=mark, font=font)
    assert _side(pdf) == []
    body = _body(pdf)
    for _, head in HEADS:
        assert head in body, head
    assert body.split().count(mark) == len(CIRCLES) * len(ROWS)


def test_a_side_column_in_small_type_with_words_stays_the_side_column() -> None:
    """Near miss: a letter's side column in small type on the rows of its text holds words."""
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=0)
    for _ in range(2):
        c.setFont("Helvetica", 10)
        for i in range(10):
            c.drawString(
                70, 700 - 14 * i, f"Dit is regel {i} van de brief, de tekst loopt hier gewoon door"
            )
        c.setFont("Helvetica", 7)
        for i, text in enumerate(["Datum", "3 april 2009", "Ons kenmerk", "2009-0000123456", "o"]):
            c.drawString(450, 700 - 14 * i, text)
        c.showPage()
    c.save()
    side = _side(out.getvalue())
    assert any("Ons kenmerk" in t for t in side)


def test_circles_on_no_row_of_the_text_are_left_as_they_were() -> None:
    """Near miss: marks that stand between the text's rows are no cells of its rows; the rule
    asks for rows, so such a strip is read as before this rule (side column by its type)."""
    side = _side(_survey(on_rows=False))
    assert any(set(t.replace(" ", "")) == {"o"} for t in side)


_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _register_dejavu() -> None:
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not Path(_DEJAVU).exists():
        pytest.skip("DejaVu Sans (fonts-dejavu-core) is not installed")
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", _DEJAVU))
