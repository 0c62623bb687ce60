"""A drawn grid's cells replace the lines inside it only when they hold those lines' words."""

from __future__ import annotations

import itertools

from services.segment.layout.grids import GridTable
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.tables import split_tables


def _line(y: float, text: str) -> Line:
    return Line(page=1, x0=72, y0=y, x1=500, y1=y + 10, base=y + 2, size=10, bold=False, text=text)


LINES = [
    _line(700, "2.2.1 Timing aanpasbaar A Voldoet"),
    _line(686, "2.3.1 Drie flitsen A Voldoet"),
]
BOX = (60.0, 680.0, 520.0, 715.0)


def test_a_grid_that_reads_its_lines_whole_becomes_the_table() -> None:
    rows = [
        ["2.2.1", "Timing aanpasbaar", "A", "Voldoet"],
        ["2.3.1", "Drie flitsen", "A", "Voldoet"],
    ]
    (table,) = split_tables(LINES, 14.0, [GridTable(1, BOX, rows)])
    assert isinstance(table, Block) and table.rows == rows


def test_a_grid_that_cuts_words_off_gives_way_to_the_lines() -> None:
    # a rule through the text: each cell kept only what lay inside its rectangle
    rows = [["2.2.1", "Timing aanp", "A", "Voldoet"], ["2.3.1", "Drie", "A", "Voldoet"]]
    pieces = split_tables(LINES, 14.0, [GridTable(1, BOX, rows)])
    text = " ".join(
        p.text if isinstance(p, Block) else " ".join(ln.text for ln in p) for p in pieces
    )
    assert "aanpasbaar" in text and "flitsen" in text


def test_a_grid_that_joins_a_word_its_lines_broke_still_holds_them() -> None:
    """A cell's word broken at its line's end ('aanpas-' / 'baar') is read whole from the cell:
    its pieces are held, not missing."""
    lines = [_line(700, "2.2.1 Timing aanpas- A Voldoet"), _line(690, "baar")]
    lines += [_line(676, "2.3.1 Drie flitsen A Voldoet")]
    rows = [
        ["2.2.1", "Timing aanpasbaar", "A", "Voldoet"],
        ["2.3.1", "Drie flitsen", "A", "Voldoet"],
    ]
    (table,) = split_tables(lines, 14.0, [GridTable(1, BOX, rows)])
    assert isinstance(table, Block) and table.rows == rows


def test_a_word_processors_table_reads_cell_by_cell() -> None:
    """Word sets a cell's text up to a point left of the cell's rule, draws each cell's border
    on its own and may leave the table's right border out: every word stays in its cell ('I' of
    'ICTU' too, whose middle lies left of the rule), every row is a row, the last column too."""
    import io

    import pypdfium2 as pdfium
    from reportlab.pdfgen.canvas import Canvas

    from services.segment.layout.grids import read_grids

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    xs, ys = (72.0, 200.0, 320.0, 460.0), (700.0, 680.0, 660.0, 640.0)
    for x in xs[:-1]:  # no rule on the right
        canvas.line(x, ys[-1], x, ys[0])
    for y in ys:
        for a, b in itertools.pairwise(xs):  # each cell's border on its own
            canvas.line(a, y, b, y)
    canvas.setFont("Helvetica", 10)
    rows = (("Leden", "Departement", "Rol"), ("Pieter", "Kadaster", "Lid"), ("Eric", "ICTU", "Lid"))
    for y, cells in zip(ys[1:], rows, strict=True):
        for x, text in zip(xs, cells, strict=False):
            canvas.drawString(x - 1.7, y + 5, text)  # the first letter hangs over the rule
    canvas.save()
    page = pdfium.PdfDocument(buf.getvalue())[0]
    (grid,) = read_grids(page, 1)
    assert grid.rows == [list(row) for row in rows]


def test_a_links_underline_across_a_wide_column_is_no_row_border() -> None:
    """An inventory's link column: a long URL wraps inside its cell, each line underlined as a
    link is. The underline of the first line reaches across most of the column, but it starts
    and ends with the URL's glyphs, right under them: the cell's two lines stay one row."""
    import io

    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from services.segment.segmenter import segment_pdf

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    xs, ys = (72.0, 110.0, 250.0, 520.0), (700.0, 672.0, 644.0, 616.0)
    for x in xs:
        canvas.line(x, ys[-1], x, ys[0])
    for y in ys:
        canvas.line(xs[0], y, xs[-1], y)
    canvas.setFont("Helvetica", 8)
    rows = [
        ("1", "Advies over de zorg", "https://www.example.nl/documenten/brieven/2021/03/01/advi"),
        ("2", "Kamerbrief", "https://www.example.nl/documenten/kamerstukken/2021/03/08/b"),
    ]
    rests = ["es-over-de-zorg", "rief"]
    for y, (number, title, url), rest in zip(ys[:-1], rows, rests, strict=False):
        canvas.drawString(xs[0] + 2, y - 16, number)
        canvas.drawString(xs[1] + 2, y - 10, title)
        for dy, text in ((10, url), (20, rest)):
            canvas.drawString(xs[2] + 2, y - dy, text)
            width = stringWidth(text, "Helvetica", 8)
            canvas.line(xs[2] + 2, y - dy - 1.2, xs[2] + 2 + width, y - dy - 1.2)
    canvas.drawString(xs[0] + 2, ys[-2] - 16, "3")
    canvas.drawString(xs[1] + 2, ys[-2] - 10, "Nota")
    canvas.drawString(xs[2] + 2, ys[-2] - 10, "Reeds openbaar")
    canvas.save()
    doc = segment_pdf(buf.getvalue())
    (table,) = [s for s in doc.segments if s.kind == "table"]
    assert table.rows is not None and [row[0] for row in table.rows] == ["1", "2", "3"]
    assert "https://www.example.nl/documenten/brieven/2021/03/01/advies-over-de-zorg" in str(
        table.rows[0][2]
    ).replace(" ", "")


def _two_column_record() -> bytes:
    """A parliamentary record set in two columns, each speech opening with its number in a
    drawn box; two speeches open at one height, one in each column."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842))
    canvas.setFont("Helvetica", 10)
    filler = "de boeren vragen daden en een eerlijke prijs voor hun producten"
    for x in (60.0, 310.0):
        for i in range(12):
            canvas.drawString(x, 760 - 13 * i, filler)
    for x, number, speaker in (
        (60.0, "02.05", "Raoul Hedebouw (PTB):"),
        (310.0, "02.06", "Marianne Verhaert (Vld):"),
    ):
        left, bottom, right, top = x - 2, 597.0, x + 28, 610.0
        for a, b, c, d in (
            (left, bottom, right, bottom),
            (left, top, right, top),
            (left, bottom, left, top),
            (right, bottom, right, top),
        ):
            canvas.line(a, b, c, d)  # each side on its own, as the record draws them
        canvas.drawString(x, 600, f"{number} {speaker} Mevrouw de voorzitster")
        for i in range(1, 8):
            canvas.drawString(x, 600 - 13 * i, filler)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_boxes_drawn_apart_at_one_height_make_no_grid() -> None:
    import pypdfium2 as pdfium

    from services.segment.layout.grids import read_grids
    from services.segment.segmenter import segment_pdf

    data = _two_column_record()
    assert read_grids(pdfium.PdfDocument(data)[0], 1) == []
    doc = segment_pdf(data, ocr=False)
    assert not [s for s in doc.segments if s.kind == "table"]
    assert any(s.text.startswith("02.05 Raoul Hedebouw (PTB): Mevrouw") for s in doc.segments)
