"""A sign-off names who signs ("De minister van Financiën,"); a sentence that opens alike and
ends in a colon introduces a list under it and signs nothing."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf


def _protocol() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(70, 760, "Accountantsprotocol sportaccommodaties")
    canvas.setFont("Helvetica", 9)
    lines = [
        "De regeling geldt voor amateursportorganisaties die een accommodatie bouwen of verbouwen.",
        "",
        "De minister kan subsidie verstrekken aan een amateursportorganisatie voor:",
        "a. de bouw of verbouwing van een sportaccommodatie;",
        "b. de aanschaf of het onderhoud van sportmaterialen.",
        "",
        "Subsidies van minder dan 2.500 euro worden niet verstrekt.",
    ]
    for i, line in enumerate(lines):
        canvas.drawString(70, 730 - 13 * i, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_sentence_opening_like_a_sign_off_and_ending_in_a_colon_is_no_signature() -> None:
    doc = segment_pdf(_protocol(), ocr=False)
    assert not any(s.kind == "signature" for s in doc.segments)
    intro = next(s for s in doc.segments if s.text.startswith("De minister kan"))
    assert intro.kind == "paragraph"


def _page_numbers_only() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    for page in (1, 2):
        canvas.setFont("Helvetica", 9)
        canvas.drawString(280, 40, f"Pagina {page} van 2")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_document_of_furniture_only_is_laid_out_not_read_plainly() -> None:
    """No body block at all (page numbers only, a scan left unread): the layout has nothing to
    classify, and must not fail over it."""
    doc = segment_pdf(_page_numbers_only(), ocr=False)
    assert [s.role for s in doc.segments] == ["page_number", "page_number"]
