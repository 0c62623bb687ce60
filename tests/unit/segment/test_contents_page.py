"""A contents page is read entry by entry: each entry's number, title and page number together,
in order; whether the page numbers stand in a column of their own or close a dot leader."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.layout import structure
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf

ENTRIES = [
    ("1.", "Inleiding", 3),
    ("1.1", "Aanleiding", 3),
    ("1.2", "Vraagstelling en afbakening", 4),
    ("2.", "Aanpak van het onderzoek", 6),
    ("2.1", "Gesprekken met gemeenten", 7),
    ("3.", "Bevindingen", 9),
    ("4.", "Ontwikkelingen in de randvoorwaarden, en wat zien we op ons afkomen?", 12),
]
BODY = "De gemeenten werken sinds twee jaar samen in de uitvoering van de nieuwe regeling."


def _report(*, leaders: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(72, 700, "Samenwerking in de uitvoering")
    c.showPage()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 760, "Inhoudsopgave")
    c.setFont("Helvetica", 10)
    # a column of page numbers stands apart from entries set wide apart (no table's rows)
    step = 16 if leaders else 48
    y = 725.0
    for number, title, page in ENTRIES:
        indent = 0 if number.endswith(".") else 20
        text = f"{number} {title}"
        if leaders:  # the title, a dot leader and the page number on one line
            dots = "." * int((440 - indent - c.stringWidth(text)) / c.stringWidth("."))
            c.drawString(72 + indent, y, f"{text} {dots}")
            c.drawRightString(523, y, str(page))
        else:
            c.drawString(72 + indent, y, text)
        y -= step
    if not leaders:  # the page numbers in a column of their own, drawn after the titles
        y = 725.0
        for _number, _title, page in ENTRIES:
            c.drawRightString(500, y, str(page))
            y -= step
    c.showPage()
    for number, title, page in ENTRIES:
        c.setFont("Helvetica-Bold", 14 if number.endswith(".") else 12)
        c.drawString(72, 760, f"{number} {title}")
        c.setFont("Helvetica", 10)
        c.drawString(72, 735, BODY)
        c.drawString(72, 720, f"Dit deel staat op bladzijde {page} van het rapport.")
        c.showPage()
    c.save()
    return buf.getvalue()


def _entries(pdf: bytes) -> list[tuple[str, str]]:
    doc = segment_pdf(pdf, ocr=False)
    page = [s for s in doc.segments if s.page == 2]
    return [(s.kind, " ".join(s.text.replace(".", " ").split())) for s in page]


def test_a_page_number_column_stays_with_each_entry() -> None:
    out = _entries(_report(leaders=False))
    assert out[0] == ("heading", "Inhoudsopgave")
    assert out[1:] == [
        ("list_item", " ".join(f"{n} {t} {p}".replace(".", " ").split())) for n, t, p in ENTRIES
    ]


def test_entries_with_dot_leaders_are_one_item_each() -> None:
    out = _entries(_report(leaders=True))
    assert out[0] == ("heading", "Inhoudsopgave")
    assert out[1:] == [
        ("list_item", " ".join(f"{n} {t} {p}".replace(".", " ").split())) for n, t, p in ENTRIES
    ]


def test_a_page_number_column_read_apart_joins_its_entries() -> None:
    """The reader can take the column of page numbers as a block of its own after the titles
    (its head "pagina" on the first number's line): each number joins the title level with it,
    left of it."""

    def line(x: float, y: float, text: str, size: float = 10.0) -> Line:
        return Line(2, x, y, x + 5 * len(text), y + 11, y + 2, size, False, text)

    blocks = [Block([line(72, 760, "Inhoudsopgave", 16.0)]).finish()]
    rows = [(72, "Voorwoord", "pagina 2"), (72, "1. Inleiding", "4"), (90, "1.1 Aanleiding", "4")]
    rows += [(90, "1.2 Aanpak", "6"), (72, "2. Bevindingen", "9")]
    for i, (x, title, _page) in enumerate(rows):
        blocks.append(Block([line(x, 720 - 30 * i, title)]).finish())
    column = [line(480 - 5 * len(p), 720 - 30 * i, p) for i, (_x, _t, p) in enumerate(rows)]
    blocks.append(Block(column).finish())
    out = structure.classify(blocks, 10.0)
    assert [(b.kind, b.text) for b in out[1:]] == [
        ("list_item", "Voorwoord 2"),
        ("list_item", "1. Inleiding 4"),
        ("list_item", "1.1 Aanleiding 4"),
        ("list_item", "1.2 Aanpak 6"),
        ("list_item", "2. Bevindingen 9"),
    ]


def test_a_short_contents_without_page_numbers_lists_its_entries() -> None:
    """A report of a written consultation lists its parts under "Inhoud", the sections indented
    under them, without page numbers: each line is an entry; a title broken off on "en" goes on
    in the line below."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(
        72, 760, "De vaste commissie heeft vragen en opmerkingen voorgelegd aan de minister."
    )
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, 730, "Inhoud")
    c.setFont("Helvetica", 10)
    entries = [
        (72, "I Vragen en opmerkingen uit de fracties"),
        (142, "Inbreng van de leden van de VVD-fractie"),
        (142, "Inbreng van de leden van de D66-fractie"),
        (72, "II Reactie van de minister van Onderwijs, Cultuur en"),
        (72, "Wetenschap"),
    ]
    for i, (x, text) in enumerate(entries):
        c.drawString(x, 710 - 14 * i, text)
    c.showPage()
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, 760, "I Vragen en opmerkingen uit de fracties")
    c.drawString(72, 740, "Inbreng van de leden van de VVD-fractie")
    c.setFont("Helvetica", 10)
    c.drawString(72, 725, "De leden van de VVD-fractie hebben kennisgenomen van de brief.")
    c.showPage()
    c.save()
    doc = segment_pdf(buf.getvalue(), ocr=False)
    first = [(s.kind, s.text) for s in doc.segments if s.page == 1]
    assert first[1:] == [
        ("heading", "Inhoud"),
        ("list_item", "I Vragen en opmerkingen uit de fracties"),
        ("list_item", "Inbreng van de leden van de VVD-fractie"),
        ("list_item", "Inbreng van de leden van de D66-fractie"),
        ("list_item", "II Reactie van de minister van Onderwijs, Cultuur en Wetenschap"),
    ]
