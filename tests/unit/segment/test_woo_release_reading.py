"""Reading as Woo releases and meeting minutes print (issue #8, fifth unseen set).

Each PDF is typeset here with reportlab, after what the real documents show:
- a scanner's invisible OCR layer sizes each line by its first glyph's box, so the lines of one
  paragraph differ in size by a third ('pakken' under 'Deelname'): one paragraph all the same;
- minutes that put a poll's "Vraag 1: ..." in one agenda point go on with the next numbered point
  as a section, not as the last question's text;
- a release bundles several documents: a letter whose sender block opens the next page at the
  right is not the previous page's last paragraph going on.
"""

from __future__ import annotations

import io
from pathlib import Path

import reportlab
from fontTools import ttLib
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import registerFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

WIDTH, HEIGHT = A4

# One paragraph as an OCR engine writes it: each line's type size is its first glyph's height.
OCR_PARAGRAPH = [
    (10.0, "Deelname aan het programma laat de solidariteit van Nederland zien om de crisis"),
    (13.0, "pakken en daarmee ook op Europees niveau onze afhankelijkheid te verminderen,"),
    (9.0, "zoals ook het gebruik in verpleeghuizen of andere sectoren in de zorg als het"),
    (12.5, "aantal besmettingen in de regio sterk stijgt; we informeren de Kamer in oktober."),
]


def _ocr_layer_page() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=0)
    paper = Image.new("L", (200, 280), 255)  # the scan itself: paper
    canvas.drawImage(ImageReader(paper), 0, 0, WIDTH, HEIGHT)
    base = HEIGHT - 120
    for size, text in OCR_PARAGRAPH:
        line = canvas.beginText(72, base)
        line.setTextRenderMode(3)  # invisible, as a scanner's OCR layer
        line.setFont("Helvetica", size)
        line.textLine(text)
        canvas.drawText(line)
        base -= 14
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_an_ocr_layers_paragraph_is_one_paragraph_whatever_its_line_sizes() -> None:
    doc = segment_pdf(_ocr_layer_page(), ocr=False)
    body = [s for s in doc.segments if s.kind == "paragraph"]
    assert len(body) == 1
    assert body[0].text.startswith("Deelname") and body[0].text.endswith("in oktober.")


def _minutes() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=0)
    y = HEIGHT - 90

    def put(text: str, bold: bool = False, gap: float = 15) -> None:
        nonlocal y
        canvas.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        canvas.drawString(72, y, text)
        y -= gap

    put("Verslag Technisch Overleg", bold=True, gap=30)
    put("1. Opening en mededelingen", bold=True, gap=20)
    put("De voorzitter heet iedereen welkom en stelt de agenda vast.", gap=25)
    put("2. Toekomstvisie en peiling", bold=True, gap=20)
    put("Vraag 1: Welke standaarden ontbreken nu nog en moeten we toevoegen?", gap=15)
    put("AsyncAPI en GraphQL worden het vaakst genoemd door de deelnemers.", gap=25)
    put("Vraag 2: Welke standaarden mogen worden uitgefaseerd?", gap=15)
    put("Een ruime meerderheid noemt het oude koppelvlak als eerste kandidaat.", gap=25)
    put("3. Releaseplan van de standaard", bold=True, gap=20)
    put("De tweede release voegt ondertekening en versleuteling toe aan het profiel.", gap=25)
    put("4. Rondvraag en sluiting", bold=True, gap=20)
    put("Er zijn geen vragen meer. De voorzitter sluit de vergadering om vier uur.", gap=25)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_numbered_section_ends_the_polls_questions_in_minutes() -> None:
    doc = segment_pdf(_minutes(), ocr=False)
    kinds = {s.text.split("\n")[0][:24]: s.kind for s in doc.segments}
    assert kinds["Vraag 1: Welke standaard"] == "question"
    assert kinds["Vraag 2: Welke standaard"] == "question"
    assert kinds["3. Releaseplan van de st"] == "heading"
    assert kinds["4. Rondvraag en sluiting"] == "heading"
    assert kinds["De tweede release voegt "] == "paragraph"
    assert kinds["Er zijn geen vragen meer"] == "paragraph"


SENDER = ["Provincie Noordwest", "Stationsplein 2", "Postbus 1000", "8000 AA Zwolle"]


def _bundle() -> bytes:
    """A release of two documents: an e-mail page ending in a signature block's address line (no
    full stop), then a letter whose sender block opens the next page at the right."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=0)
    canvas.setFont("Helvetica", 10)
    y = HEIGHT - 90
    for text in [
        "Van: Procedurekamer",
        "Onderwerp: afronding van de melding",
        "",
        "Bijgaand ontvangt u de brieven over de melding die wij hebben ontvangen.",
        "",
        "Hartelijke groet,",
        "Procedureondersteuning",
        "Provincie Noordwest | Postbus 1000 | 8000 AA Zwolle",
    ]:
        if text:
            canvas.drawString(72, y, text)
        y -= 14
    canvas.showPage()
    canvas.setFont("Helvetica", 10)
    y = HEIGHT - 60
    for text in SENDER:
        canvas.drawString(400, y, text)
        y -= 12
    y -= 40
    for text in [
        "Onderwerp: afrondingsbrief melder",
        "",
        "Geachte heer, mevrouw,",
        "",
        "Op 30 oktober ontvingen wij uw melding voor het kappen van drie populieren.",
    ]:
        if text:
            canvas.drawString(72, y, text)
        y -= 14
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_sender_block_opening_the_next_page_is_not_the_last_paragraph_going_on() -> None:
    doc = segment_pdf(_bundle(), ocr=False)
    sender = [s for s in doc.segments if "Stationsplein 2" in s.text]
    assert len(sender) == 1 and sender[0].page == 2
    assert "Postbus 1000 | 8000 AA Zwolle" not in sender[0].text
    closing = [s for s in doc.segments if s.text.startswith("Hartelijke groet,")]
    assert closing and closing[0].kind == "signature"


def _symbol_font() -> str:
    """Vera with its bullet also under U+F0B7 and U+F0A7, where a symbol font (Symbol,
    Wingdings) has its list marks and where pdfium reports them."""
    font = ttLib.TTFont(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[0xF0B7] = table.cmap[0xF0A7] = "bullet"
    for record in font["name"].names:  # a face of its own: reportlab keys faces by name
        if record.nameID in (1, 3, 4, 6):
            record.string = "VeraSymbolBullets"
    out = io.BytesIO()
    font.save(out)
    out.seek(0)
    registerFont(TTFont("VeraSymbolBullets", out))
    return "VeraSymbolBullets"


def _symbol_bullets() -> bytes:
    """Word's bullets: a symbol font's glyph, which pdfium reports as U+F0B7 (Symbol's bullet)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=0)
    canvas.setFont(_symbol_font(), 10)
    y = HEIGHT - 90
    lines = [
        "De verwerkingsverantwoordelijke organisaties zijn de volgende:",
        "\uf0b7 De Minister van Volksgezondheid, Welzijn en Sport",
        "\uf0b7 GGD Amsterdam",
        "\uf0a7 GGD Brabant-Zuidoost",
    ]
    for text in lines:
        canvas.drawString(72, y, text)
        y -= 14
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_symbol_fonts_bullet_opens_a_list_item() -> None:
    doc = segment_pdf(_symbol_bullets(), ocr=False)
    items = [s.text for s in doc.segments if s.kind == "list_item"]
    assert len(items) == 3
    assert items[1].endswith("GGD Amsterdam")


def _wide_table() -> bytes:
    """A landscape score table printed to PDF: a label column and fourteen narrow columns of
    figures, the first of these in smaller type (a unit column), no rules drawn."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(HEIGHT, WIDTH), pageCompression=0)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(20, WIDTH - 40, "Alternatief B: tiphoogte 280 m - Deelgebied A1")
    for row in range(24):
        y = WIDTH - 80 - row * 18
        canvas.setFont("Helvetica", 6)
        canvas.drawString(20, y, f"Cluster {row + 1} zoekgebied noord")
        canvas.setFont("Helvetica", 4.5)
        canvas.drawString(150, y, "m2")
        canvas.setFont("Helvetica", 6)
        for col in range(13):
            canvas.drawString(190 + col * 48, y, f"{(row * 13 + col) * 7 % 997},{col}%")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_wide_tables_further_columns_are_no_side_column() -> None:
    doc = segment_pdf(_wide_table(), ocr=False)
    side = [s for s in doc.segments if s.role == "side_column"]
    assert side == []
    body = " ".join(s.text for s in doc.segments if s.kind not in ("letterhead", "furniture"))
    assert ",12%" in body and "m2" in body


PLANTS = [
    "- Acer campestre 'Elsrijk' (Veldesdoorn) (hoogstam) 18-20 6 st",
    "- Alnus glutinosa (Zwarte els) (hoogstam) 18-20 2 st",
    "- Quercus petraea (Wintereik) (hoogstam) 18-20 5 st",
    "- Tilia mongolica 'Buda' (Mongoolse linde) (hoogstam) 18-20 8 st",
    "- Viburnum davidii mt. 30/40 C2 4st/m2 (24m2)",
]


def _planting_plan() -> bytes:
    """A planting plan as a melding attaches it: small labels over the drawing, and the plant
    list set at an angle, in type twice the labels' size."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(HEIGHT, WIDTH), pageCompression=0)
    canvas.setFont("Helvetica", 5)
    for k in range(30):
        canvas.drawString(40 + (k % 6) * 120, 60 + (k // 6) * 30, f"TmB {256 + k}m")
    canvas.saveState()
    canvas.translate(420, 520)
    canvas.rotate(-20)
    canvas.setFont("Helvetica", 13)
    for k, text in enumerate(PLANTS):
        canvas.drawString(0, -16 * k, text)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_plant_list_at_a_slant_is_no_watermark() -> None:
    doc = segment_pdf(_planting_plan(), ocr=False)
    assert not [s for s in doc.segments if s.role == "watermark"]
    body = " ".join(s.text for s in doc.segments if s.kind not in ("letterhead", "furniture"))
    assert "Wintereik" in body and "Mongoolse linde" in body


def _scanned_nota() -> bytes:
    """A nota as a Woo release scans it: the subject runs over two lines after the purpose, the
    side column's "Bijlage(n)" on the first line's baseline and its "Uw kenmerk" field below;
    the OCR layer sizes each line by its first glyph."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=0)
    paper = Image.new("L", (200, 280), 255)
    canvas.drawImage(ImageReader(paper), 0, 0, WIDTH, HEIGHT)

    def hidden(x: float, y: float, size: float, text: str) -> None:
        line = canvas.beginText(x, y)
        line.setTextRenderMode(3)
        line.setFont("Helvetica", size)
        line.textLine(text)
        canvas.drawText(line)

    hidden(72, 760, 16, "nota")
    hidden(72, 700, 9.5, "(ter beslissing) het bericht over de reptielenbeurs in")
    hidden(440, 700, 7, "Bijlage(n)")
    hidden(72, 688, 11.5, "Houten en de gevolgen voor de volksgezondheid")
    hidden(72, 610, 7, "Uw kenmerk 2020217241")
    hidden(72, 560, 10, "Aanleiding voor deze nota")
    hidden(72, 546, 10, "Bijgaand treft u de antwoorden op de Kamervragen over de beurs aan.")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_scanned_notas_subject_leaves_the_side_columns_fields_out() -> None:
    doc = segment_pdf(_scanned_nota(), ocr=False)
    assert doc.metadata.title == (
        "het bericht over de reptielenbeurs in Houten en de gevolgen voor de volksgezondheid"
    )
