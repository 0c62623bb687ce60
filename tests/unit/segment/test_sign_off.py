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


def test_a_signature_signed_on_behalf_keeps_its_signer_and_function() -> None:
    """'Hoogachtend,' / 'Ministerie van ..., namens deze:' / the signer's name over their
    function: one signature, the colon and the longer lines included."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    canvas.setFont("Helvetica", 10)
    prose = "Het besluit wordt op de website van de rijksoverheid geplaatst, met de stukken."
    for i in range(6):
        canvas.drawString(70, 760 - 13 * i, prose)
    blocks = [
        ["Hoogachtend,"],
        ["Ministerie van Landbouw, Natuur en Voedselkwaliteit,", "namens deze:"],
        [
            "A.B. de Vries",
            "Teammanager Afdeling Vergunningen",
            "Rijksdienst voor Ondernemend Nederland",
        ],
    ]
    y = 660.0
    for block in blocks:
        for line in block:
            canvas.drawString(70, y, line)
            y -= 13
        y -= 30
    canvas.setFont("Helvetica", 10)
    canvas.drawString(
        70, y - 40, "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij ons."
    )
    canvas.showPage()
    canvas.save()
    doc = segment_pdf(buffer.getvalue(), ocr=False)
    signature = next(s for s in doc.segments if s.kind == "signature")
    assert "namens deze:" in signature.text and "A.B. de Vries" in signature.text
    assert "Rijksdienst voor Ondernemend Nederland" in signature.text
    assert "bezwaar" not in signature.text
