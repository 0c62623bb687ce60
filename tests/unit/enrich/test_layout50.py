"""layout50: a table ruled across only (a rule over the header, one under it, one under the last
row; openkamer's subject | askers | minister as Chromium, LibreOffice and reportlab set it) whose
first cell wraps reads the cell's lines as one row, so a name cut by the cell's line end
('Ingrid' / 'van Engelshoven') is one name; short entries, figures, list marks and a
sentence's end still open rows of their own. Tables drawn with reportlab at test time (no PDF
committed): 8 pt type, 11.5 pt line distance, three columns 109 pt wide."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from services.enrich.enricher import enrich
from services.segment.layout.across import goes_on_cell
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

X = (82.0, 190.0, 298.0)  # each column's text start
RIGHT = 402.0


def _doc(lines: list[tuple[str, str, str]], header: tuple[str, str, str]) -> SegmentedDocument:
    """A letter's paragraph, then the table: `header` between the first two rules, `lines`
    (one printed line each, cells by column) under them, a rule under the last."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    c.drawString(
        79, 760, "Hierbij ontvangt u de antwoorden op de vragen van het lid over het bericht."
    )
    c.setLineWidth(0.5)
    y = 700.0
    c.line(79, y, RIGHT, y)
    c.setFont("Helvetica-Bold", 8)
    for x, t in zip(X, header, strict=True):
        c.drawString(x, y - 9, t)
    y -= 14
    c.line(79, y, RIGHT, y)
    c.setFont("Helvetica", 8)
    y -= 9
    for cells in lines:
        for x, t in zip(X, cells, strict=True):
            if t:
                c.drawString(x, y, t)
        y -= 11.5
    c.line(79, y + 7, RIGHT, y + 7)
    c.setFont("Helvetica", 10)
    c.drawString(79, y - 30, "De minister van Onderwijs, Cultuur en Wetenschap,")
    c.save()
    return segment_pdf(buf.getvalue(), ocr=False)


HEADER = ("Onderwerp", "Vragensteller", "Beantwoord door")


def _table_rows(doc: SegmentedDocument) -> list[list[str]]:
    tables = [s for s in doc.segments if s.kind == "table"]
    assert len(tables) == 1
    return tables[0].rows or []


@pytest.mark.parametrize(
    ("lines", "row", "person"),
    [
        (
            [
                ("Een basisschool die", "Kirsten van den Hul", "Arie Slob (minister"),
                ("homorollen schrapt uit", "(PvdA)", "onderwijs, cultuur en"),
                ("de musical vanwege het", "", "wetenschap) (CU), Ingrid"),
                ("geloof van een leerling", "", "van Engelshoven (D66)"),
            ],
            [
                "Een basisschool die homorollen schrapt uit de musical vanwege het geloof van een"
                " leerling",
                "Kirsten van den Hul (PvdA)",
                "Arie Slob (minister onderwijs, cultuur en wetenschap) (CU), Ingrid van Engelshoven"
                " (D66)",
            ],
            "Ingrid van Engelshoven",
        ),
        (  # a particle ends the line above: 'steun aan' / 'Oekraïne'
            [
                ("Een gat in de steun aan", "Eric van der Burg (VVD),", "Ruben Brekelmans"),
                ("Oekraïne", "Fatimazhra Belhirch (D66)", "(minister defensie) (VVD)"),
            ],
            [
                "Een gat in de steun aan Oekraïne",
                "Eric van der Burg (VVD), Fatimazhra Belhirch (D66)",
                "Ruben Brekelmans (minister defensie) (VVD)",
            ],
            "Fatimazhra Belhirch",
        ),
    ],
)
def test_wrapped_first_cell_is_one_row(lines, row, person):
    doc = _doc(lines, HEADER)
    rows = _table_rows(doc)
    assert rows[-1] == row
    assert len(rows) == 2  # the header and one row
    _, entities = enrich(doc)
    assert person in {e.text for e in entities if e.type == "person"}


@pytest.mark.parametrize(
    "lines",
    [
        # short entries in small letters: nothing wrapped, each line a row
        [
            ("e-mail", "deels openbaar", "5.1.2e"),
            ("e-mail", "openbaar", ""),
            ("nota", "niet openbaar", "5.1.2i"),
        ],
        # a full cell, but the next line opens with a figure, a list's mark, or after a full stop
        [
            ("Besluit over de subsidie aan", "Gemeente Utrecht", "openbaar"),
            ("2 Besluit over de subsidie", "Gemeente Almere", "openbaar"),
            ("Verslag van het overleg.", "Provincie Utrecht", "openbaar"),
            ("Nota aan de minister over", "Gemeente Zeist", "openbaar"),
        ],
    ],
)
def test_rows_not_joined(lines):
    rows = _table_rows(_doc(lines, ("Document", "Afzender", "Beoordeling")))
    assert len(rows) == len(lines) + 1


@pytest.mark.parametrize(
    ("above", "text", "joined"),
    [
        ("homorollen schrapt uit", "de musical vanwege het", True),
        ("Kirsten van den Hul", "(PvdA)", True),
        ("half jaar in een ziekenhuis in Harderwijk", "'woont'", True),
        ("Het bericht", "‘Landbouwlobby liet beleid", True),
        ("Het bericht «Lange rijen».", "«Wachten in Ter Apel»", False),
        ("Een gat in de steun aan", "Oekraïne", True),
        ("Eric van der Burg (VVD),", "Fatimazhra Belhirch", True),
        ("Verslag van het overleg.", "de minister", False),
        ("Besluit over de subsidie aan", "2 Besluit", False),
        ("Kenmerk:", "nota", False),
        ("Gemeente Utrecht", "Gemeente Almere", False),
        ("Telefoon", "070 123 45 67", False),
        ("Datum", "12 maart 2026", False),
        ("Postbus 20018", "2500 EA Den Haag", False),
        ("Bijlagen", "- nota", False),
    ],
)
def test_goes_on_cell(above, text, joined):
    assert goes_on_cell(above, text) is joined
