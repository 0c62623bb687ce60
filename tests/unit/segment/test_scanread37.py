"""scanread37: a scanner's invisible layer read as a person reads the page (issue #8).

- One-glyph words of a layer set in a font without glyph boxes (ZyLAB's Woo export, Acrobat's
  and Nuance's OCR fonts) have no width, and pdfium's text page skips them: they are put back
  from the page's content stream (`services/segment/lost_glyphs.py`).
- A numbered head whose number hangs left of its text, over a short answer ('6  Financiële en
  personele gevolgen' / 'N.v.t.'), is a head and a paragraph, not one paragraph
  (`headings._split_hanging_head`).
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment import lost_glyphs
from services.segment.layout.words import PageRuns
from services.segment.segmenter import _Source, read_page_runs, segment_pdf
from tests.fixtures.scanread37.build import SECTIONS, nota_layer, typeset, with_layer

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "scanread37"
LAYER = FIXTURES / "nota_layer.pdf"

HEADS = [
    "4 Draagvlak politiek",
    "6 Financiële en personele gevolgen",
    "7 Juridische aspecten en haalbaarheid",
    "8 Afstemming (intern, interdepartementaal en met veldpartijen)",
    "9 Gevolgen administratieve lasten",
    "10. Toezeggingen",
    "11. Fraudetoets",
]


def _runs(data: bytes, source: bool) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    given = _Source(data) if source else None
    try:
        runs = read_page_runs(pdf[0], 1, False, source=given)
    finally:
        if given is not None:
            given.close()
    assert runs.hidden_layer
    return [r.text.strip() for r in runs.runs]


def test_pdfium_skips_the_one_glyph_objects() -> None:
    """What the fix is for: without the content stream the heads' numbers, a lone 'u' and the
    page's numbers are gone (main's reading)."""
    texts = _runs(LAYER.read_bytes(), source=False)
    assert "Draagvlak politiek" in texts
    assert "Pagina van" in texts
    assert any(t.startswith("adviseer akkoord") for t in texts)


def test_lost_origins_are_the_one_glyph_objects() -> None:
    pdf = pdfium.PdfDocument(LAYER.read_bytes())
    page = pdf[0]
    origins = lost_glyphs.lost_origins(page, page.get_textpage())
    # 4, 6, 7, 8, 9, the second 'u' ('adviseer u akkoord'), and 'Pagina 2 van 2''s two digits
    assert len(origins) == 8


def test_the_layer_reads_whole_with_its_source() -> None:
    texts = _runs(LAYER.read_bytes(), source=True)
    for head in HEADS[:5]:
        number, words = head.split(" ", 1)
        # beside its head's run, or set into it: the lines join them either way
        assert head in texts or (number in texts and words in texts)
    assert "Pagina 2 van 2" in texts  # set between its words, in order
    assert "adviseer u akkoord te gaan met de antwoorden." in texts


def test_heads_and_their_short_answers() -> None:
    doc = segment_pdf(LAYER.read_bytes())
    heads = [s.text for s in doc.segments if s.kind == "heading"]
    assert heads == HEADS
    kinds = [(s.kind, s.text) for s in doc.segments]
    for head in HEADS[1:]:
        at = kinds.index(("heading", head))
        assert kinds[at + 1] == ("paragraph", "N.v.t.")
    assert any(s.text == "Pagina 2 van 2" for s in doc.segments)


def test_not_read_again_by_ocr() -> None:
    asked: list[int] = []

    def reader(page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        asked.append(runs.number)
        return runs

    doc = segment_pdf(LAYER.read_bytes(), ocr_reader=reader)
    assert asked == []
    assert doc.metadata.ocr_pages == []


def _text_pdf(lines: list[tuple[float, float, str]]) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setFont("Helvetica", 10)
    for x, y, text in lines:
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_wrapped_numbered_item_stays_whole() -> None:
    """A numbered item whose first line fills its line and whose next line happens to open
    with a capital wraps; it is no head over its text."""
    data = _text_pdf(
        [
            (72, 760, "Het college heeft het volgende besloten over de voorstellen:"),
            (
                72,
                747,
                "1. Het college stemt in met het voorstel van de werkgroep over de inrichting",
            ),
            (90, 734, "Zuidplein en Noordplein, met de voorwaarden die de raad eerder stelde."),
            (72, 721, "2. Het college stemt niet in met het voorstel over de parkeerregeling van"),
            (90, 708, "Centrum, omdat de kosten daarvan niet zijn gedekt in de begroting."),
        ]
    )
    doc = segment_pdf(data)
    assert not any(s.kind == "heading" for s in doc.segments)
    assert any(
        s.text.startswith("1. Het college stemt in") and "Noordplein" in s.text
        for s in doc.segments
    )


def test_a_numbered_head_over_its_section_is_read_as_before() -> None:
    """A hanging number over a section that fills its lines (4 in the fixture) was a head on
    main already; the rule changes nothing there."""
    doc = segment_pdf(LAYER.read_bytes())
    at = [s.text for s in doc.segments].index("4 Draagvlak politiek")
    assert doc.segments[at + 1].text.startswith("Tijdens het Algemeen Overleg")


def test_a_code_without_a_map_is_left_out() -> None:
    font = lost_glyphs._Font(1, {0x41: "A"}, {}, 500.0)
    assert lost_glyphs._glyph(b"\x42", font, 12.0, (1.0, 0.0, 0.0, 1.0, 10.0, 20.0)) is None
    glyph = lost_glyphs._glyph(b"\x41", font, 12.0, (0.5, 0.0, 0.0, 0.5, 10.0, 20.0))
    assert glyph is not None and glyph.text == "A"
    assert (glyph.x0, glyph.x1, glyph.base, glyph.height) == (10.0, 13.0, 20.0, 6.0)


def test_cmap_ranges() -> None:
    cmap = (
        b"2 beginbfchar\n<0034> <0034>\n<0101> <00EB>\nendbfchar\n"
        b"2 beginbfrange\n<0041> <0043> <0061>\n<0050> <0051> [<005A> <0059>]\nendbfrange"
    )
    table = lost_glyphs._cmap(cmap)
    assert table[0x34] == "4" and table[0x101] == "ë"
    assert [table[c] for c in (0x41, 0x42, 0x43)] == ["a", "b", "c"]
    assert table[0x50] == "Z" and table[0x51] == "Y"


def test_a_lost_glyph_alone_on_its_row_is_a_run_of_its_own() -> None:
    words = [("Kenmerk", 300.0, 700.0, 340.0), ("7", 72.0, 650.0, 78.0)]
    data = with_layer(pdfium_blank(), words)
    texts = _runs(data, source=True)
    assert texts == ["Kenmerk", "7"]


def pdfium_blank() -> bytes:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_the_fixture_is_built_by_its_builder() -> None:
    built = pdfium.PdfDocument(nota_layer())[0].get_textpage().get_text_range()
    assert built == pdfium.PdfDocument(LAYER.read_bytes())[0].get_textpage().get_text_range()
    assert len(SECTIONS) == len(HEADS)
    assert typeset()


# White text on a shaded bar (scan/bars.py) --------------------------------------------------

BARS = FIXTURES / "bars_scan.pdf"
SCALE = 300 / 72  # pixels a point, as the OCR renders


def _page(bands: list[tuple[int, int, int, int]]) -> list[bytes]:
    """A white page 2000 px wide; each band (top, height, shade, letters) a bar across 1800
    px with 'letters' (vertical strokes every 20 px) in the rows between its margins."""
    rows = [b"\xff" * 2000 for _ in range(1000)]
    for top, height, shade, ink in bands:
        for y in range(top, top + height):
            row = bytearray(b"\xff" * 100 + bytes([shade]) * 1800 + b"\xff" * 100)
            if top + 10 <= y < top + height - 10:
                for x in range(200, 1700, 20):
                    row[x : x + 6] = bytes([ink]) * 6
            rows[y] = bytes(row)
    return rows


def test_white_letters_on_grey_turn_dark_on_white() -> None:
    from services.segment.scan.bars import lift_light_text

    rows = _page([(100, 80, 179, 255)])
    out = lift_light_text(rows, SCALE)
    assert out is not rows
    assert out[120][200] < 64  # a letter: ink
    assert out[120][215] > 200  # the bar between letters: paper
    assert out[105][1000] > 200  # the bar's margin: paper
    assert out[500] == rows[500]  # the page outside the bar as it was


def test_dark_letters_on_grey_and_black_boxes_are_left_alone() -> None:
    from services.segment.scan.bars import lift_light_text

    dark_letters = _page([(100, 80, 179, 0)])
    assert lift_light_text(dark_letters, SCALE) is dark_letters
    redaction = _page([(100, 80, 10, 255)])  # white code on a black box: a redaction's
    assert lift_light_text(redaction, SCALE) is redaction


def test_a_block_too_tall_for_a_bar_is_left_alone() -> None:
    from services.segment.scan.bars import lift_light_text

    photo = _page([(100, 600, 120, 255)])  # 144 pt tall: a picture, not a title bar
    assert lift_light_text(photo, SCALE) is photo


def test_the_annex_title_white_on_grey_is_read() -> None:
    """main: 'Bijlage 2 inventarislijst' (white on 30 % grey) and 'Bijlage 4 wetsartikelen'
    (white on 75 % grey) are not in the reading; the black title on grey is."""
    doc = segment_pdf(BARS.read_bytes())
    assert doc.metadata.ocr_pages == [1]
    texts = [s.text for s in doc.segments]
    assert "Bijlage 2 inventarislijst" in texts
    assert "Bijlage 4 wetsartikelen" in texts
    assert "Bijlage 3 documenten" in texts


# A section's number alone in the margin of a scan (scan/markers.hanging_number) --------------


def test_a_scans_hanging_section_numbers_are_read() -> None:
    """main: Tesseract's sparse reading leaves the lone '4', '6' ... '9' out, so the heads
    read 'Financiële en personele gevolgen N.v.t.' as one paragraph."""
    doc = segment_pdf((FIXTURES / "nota_scan.pdf").read_bytes())
    assert doc.metadata.ocr_pages == [1]
    heads = [s.text for s in doc.segments if s.kind == "heading"]
    assert heads[:5] == HEADS[:5]
    assert [h.split(" ")[0].rstrip(".") for h in heads[5:]] == ["10", "11"]
    assert [s.text for s in doc.segments].count("N.v.t.") == 6


# A side column's edge on a layer page (layer_columns) ------------------------------------------


def test_a_layer_line_ends_at_the_side_columns_edge() -> None:
    """A copier's layer runs a body line on into the side column's word beside it (JenV's
    Boerenprotest decision p2: '... op de' + 'Directoraat-Generaal', 5 pt apart); the column's
    edge is where its words start, and the body's lines end before it."""
    body = [
        "Het recht op openbaarmaking op grond van de Wob dient het publieke",
        "belang van een goede en democratische bestuursvoering. Het komt iedere",
        "burger in gelijke mate toe. Daarom kan ten aanzien van de openbaarheid",
        "geen onderscheid worden gemaakt naar gelang de persoon of de bedoeling",
        "of belangen van de verzoeker. Bij de te verrichten belangenafweging",
        "worden dan ook betrokken het algemene belang bij openbaarmaking van de",
        "gevraagde informatie en de door de weigeringsgronden te beschermen",
        "belangen, maar niet het specifieke belang van de verzoeker. Evenmin",
        "kent de Wob een beperkte vorm van openbaarmaking. Dit betekent dat",
        "een Word-document met concept-antwoord d.d. 25 september 2020 op de",
    ]
    # the side column: three rows of its own over the body, two beside body lines
    side = {
        760.0: "Datum",
        748.0: "19 oktober 2020",
        736.0: "Ons kenmerk",
        688.0: "3055678",
        592.0: "Directoraat-Generaal",
    }

    def column(y: float) -> list[tuple[str, float, float, float]]:
        out, x = [], 465.0
        for word in side[y].split():
            out.append((word, x, y, x + 4.5 * len(word)))
            x += 4.5 * len(word) + 2.5
        return out

    words = column(760.0) + column(748.0) + column(736.0)
    for k, line in enumerate(body):
        # each line set to end at the body's margin, 460.4, 4.6 pt short of the column: a
        # word's gap (justified lines), and the OCR's line goes on into the column's word on
        # its row, in the layer's own order, as the copier wrote it
        y = 700.0 - 12 * k
        parts = line.split()
        char = (460.4 - 86.0 - 4.0 * (len(parts) - 1)) / sum(len(w) for w in parts)
        assert 4.5 < char < 6.5
        x = 86.0
        for word in parts:
            words.append((word, x, y, x + char * len(word)))
            x += char * len(word) + 4.0
        if y in side:
            words += column(y)
    data = with_layer(pdfium_blank(), words)
    texts = _runs(data, source=True)
    assert "Directoraat-Generaal" in texts
    assert "een Word-document met concept-antwoord d.d. 25 september 2020 op de" in texts
    assert all(label in texts for label in side.values())


def test_a_lone_e_apart_before_an_item_is_its_bullet() -> None:
    """A scanner's OCR reads a list's '•' as 'e' (nota 171141: 'e In het kader ...'); a lone
    'e' standing apart before the item's words is the bullet. One inside a line stays 'e'."""
    words = [("e", 126.0, 500.0, 129.5), ("In", 142.0, 500.0, 150.0)]
    words += [("het", 153.0, 500.0, 165.0), ("kader", 168.0, 500.0, 190.0)]
    words += [("artikel", 126.0, 480.0, 150.0), ("10.2.", 153.0, 480.0, 170.0)]
    words += [("e", 171.0, 480.0, 174.0), ("Wob", 177.0, 480.0, 190.0)]
    texts = _runs(with_layer(pdfium_blank(), words), source=True)
    assert texts == ["• In het kader", "artikel 10.2. e Wob"]
