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
