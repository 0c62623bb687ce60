"""Families no repository held (issue #8, families11): a plenary record, a court ruling and a
gemeente's raadsvoorstel, typeset for the producer matrix. The rules they asked for, each on a
PDF made here: a bold face told by its name when its producer wrote a regular stem, a court's
name that heads nothing, a bold head under a sign-off, and a short badge that is no head."""

from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from reportlab.pdfgen.canvas import Canvas

from services.segment.layout.letterhead import letter_metadata
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf
from tests.fixtures.producers.score import pdf_path


def _font_weights(path: str, text: str) -> tuple[str, int]:
    pdf = pdfium.PdfDocument(path)
    try:
        page = pdf[0].get_textpage()
        i = page.get_text_range().index(text)
        name = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        pdfium_c.FPDFText_GetFontInfo(page.raw, i, name, 128, ctypes.byref(flags))
        return name.value.decode(), pdfium_c.FPDFText_GetFontWeight(page.raw, i)
    finally:
        pdf.close()


def test_a_bold_face_is_told_by_its_name_when_its_producer_wrote_a_regular_stem() -> None:
    """LibreOffice writes DejaVu Sans Bold with the regular face's stem (weight 400): the name
    says bold, and the heads set in it ('Argumenten', 'Kanttekeningen') are read as heads."""
    path = str(pdf_path("raadsvoorstel", "libreoffice"))
    name, weight = _font_weights(path, "Argumenten")
    assert name.endswith("DejaVuSans-Bold") and weight == 400
    doc = segment_pdf(pdf_path("raadsvoorstel", "libreoffice").read_bytes(), ocr=False)
    heads = [s.text for s in doc.segments if s.kind == "heading"]
    assert {"Argumenten", "Kanttekeningen", "Raadsbesluit"} <= set(heads)


def _ruling() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    y = 760.0
    for font, text, gap in [
        ("Helvetica-Bold", "Uitspraak", 24),
        ("Helvetica", "RECHTBANK AMSTERDAM", 20),
        ("Helvetica", "Bestuursrecht", 20),
        ("Helvetica", "zaaknummer: AMS 25/4817", 20),
        (
            "Helvetica",
            "uitspraak van de meervoudige kamer van 12 februari 2026 in de zaak tussen",
            20,
        ),
        ("Helvetica-Bold", "1 De procedure", 18),
        (
            "Helvetica",
            "1.1 Eiseres heeft beroep ingesteld tegen het besluit van 14 maart 2025.",
            20,
        ),
    ]:
        canvas.setFont(font, 9)
        canvas.drawString(70, y, text)
        y -= gap
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_courts_name_over_a_ruling_heads_no_section() -> None:
    doc = segment_pdf(_ruling(), ocr=False)
    kinds = {s.text: s.kind for s in doc.segments}
    assert kinds["RECHTBANK AMSTERDAM"] == "paragraph"
    assert kinds["1 De procedure"] == "heading"


def _proposal_end() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    y = 760.0
    for font, text, gap in [
        ("Helvetica", "Het college stelt de raad voor de verordening vast te stellen. De", 11),
        ("Helvetica", "verordening regelt de voorwaarden waaronder inwoners een lening", 11),
        ("Helvetica", "kunnen krijgen voor isolatie, zonnepanelen en een warmtepomp. Het", 11),
        ("Helvetica", "Nationaal Warmtefonds voert de regeling uit en beheert het fonds.", 11),
        ("Helvetica", "Na vaststelling maakt het college de verordening bekend in het", 11),
        ("Helvetica", "Gemeenteblad. Inwoners worden geinformeerd via de gemeentelijke", 11),
        ("Helvetica", "website en het energieloket.", 20),
        ("Helvetica", "Burgemeester en wethouders van Zuidwolde,", 20),
        ("Helvetica", "drs. K. Prins", 20),
        ("Helvetica", "secretaris", 24),
        ("Helvetica-Bold", "Raadsbesluit", 20),
        ("Helvetica", "De raad van de gemeente Zuidwolde; gelezen het voorstel van", 11),
        ("Helvetica", "burgemeester en wethouders van 20 januari 2026;", 11),
    ]:
        canvas.setFont(font, 9)
        canvas.drawString(70, y, text)
        y -= gap
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_bold_head_under_a_sign_off_is_no_signer() -> None:
    doc = segment_pdf(_proposal_end(), ocr=False)
    signature = next(s for s in doc.segments if s.kind == "signature")
    assert "Raadsbesluit" not in signature.text
    assert any(s.kind == "heading" and s.text == "Raadsbesluit" for s in doc.segments)


def _criteria() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    y = 760.0
    for font, text, gap in [
        ("Helvetica-Bold", "Richtlijn 1.1: Tekstalternatieven", 20),
        ("Helvetica", "Lever tekstalternatieven voor alle niet-tekstuele content, zodat", 11),
        ("Helvetica", "die kan worden omgezet in andere vormen die mensen nodig hebben,", 11),
        ("Helvetica", "die kan worden omgezet in andere vormen die mensen nodig hebben,", 11),
        ("Helvetica", "die kan worden omgezet in andere vormen die mensen nodig hebben,", 11),
        ("Helvetica", "die kan worden omgezet in andere vormen die mensen nodig hebben,", 11),
        ("Helvetica", "zoals grote letters, braille, spraak of symbolen.", 20),
        ("Helvetica-Bold", "AA", 20),
        ("Helvetica-Bold", "Succescriterium 1.1.1: Niet-tekstuele content", 20),
        ("Helvetica", "Geef informatieve afbeeldingen en andere niet-tekstuele content", 11),
        ("Helvetica", "een goed tekstalternatief.", 11),
    ]:
        canvas.setFont(font, 9)
        canvas.drawString(70, y, text)
        y -= gap
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_badge_of_a_few_letters_in_the_texts_size_is_no_head() -> None:
    doc = segment_pdf(_criteria(), ocr=False)
    kinds = {s.text: s.kind for s in doc.segments}
    assert kinds["AA"] != "heading"
    assert kinds["Succescriterium 1.1.1: Niet-tekstuele content"] == "heading"


def _provincial_letter() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    y = 790.0
    for font, text, gap in [
        ("Helvetica-Bold", "Provincie Overijssel", 12),
        ("Helvetica", "Luttenbergstraat 2", 12),
        ("Helvetica", "Postbus 10078 8000 GB Zwolle Telefoon 038 499 88 99", 60),
        ("Helvetica", "Geachte college,", 20),
        ("Helvetica", "Op 12 november 2024 ontvingen wij uw brief over de windparken in uw", 12),
        ("Helvetica", "gemeente. Hierbij beantwoorden wij uw vragen over de voorkeursgebieden", 12),
        ("Helvetica", "en de clustereis die in de omgevingsverordening zijn opgenomen.", 12),
    ]:
        canvas.setFont(font, 9)
        canvas.drawString(70, y, text)
        y -= gap
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_senders_name_and_street_above_its_address_are_letterhead() -> None:
    """Set apart in bold, the name no longer shares a block with the address under it."""
    doc = segment_pdf(_provincial_letter(), ocr=False)
    head = " ".join(s.text for s in doc.segments if s.kind == "letterhead")
    assert "Provincie Overijssel" in head and "Luttenbergstraat 2" in head
    assert not any(s.kind == "heading" for s in doc.segments)


def _letterhead_line(text: str) -> Block:
    line = Line(1, 70.0, 700.0, 400.0, 709.0, 700.0, 9.0, False, text)
    return Block([line], kind="letterhead").finish()


def test_a_row_of_labels_gives_no_reference_of_the_addressee() -> None:
    """'Uw brief Uw kenmerk' as a row of labels over their values: 'Uw' is no reference; a
    reference has a digit, as the sender's own must."""
    row = _letterhead_line("Datum Kenmerk Zaaknummer Pagina Bijlagen Uw brief Uw kenmerk")
    assert "uw_kenmerk" not in letter_metadata([row], [])
    filled = _letterhead_line("Uw kenmerk 2025Z21873")
    assert letter_metadata([filled], [])["uw_kenmerk"] == "2025Z21873"
