"""A ministry's decision note prints its subject beside the word 'nota', then the sign-off
table under the bold label 'Parafenroute' and its status ('TER BESLISSING'): those labels are
the form's own words, never the note's title."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.segmenter import segment_pdf

SUBJECT = "Tweede nota van wijziging Instellingswet ATR"


def _note(label: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 720, SUBJECT)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(72, 680, label)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 640, "Aanleiding")
    c.setFont("Helvetica", 10)
    prose = [
        "De minister is akkoord gegaan met de tweede nota van wijziging op het wetsvoorstel.",
        "Na uw instemming zal de nota van wijziging naar de Tweede Kamer worden gestuurd.",
    ]
    for i, line in enumerate(prose):
        c.drawString(72, 622 - 13 * i, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_routing_label_is_no_title() -> None:
    for label in ("Parafenroute", "TER ONDERTEKENING"):
        assert segment_pdf(_note(label), ocr=False).metadata.title == SUBJECT


def _side_note(kenmerk: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 7)
    for i, line in enumerate(["Directie Wetgeving", "Datum", "5 december 2024", "Kenmerk"]):
        c.drawString(460, 720 - 11 * i, line)
    c.drawString(460, 676, kenmerk)
    c.drawString(460, 665, "Bijlage(n)")
    c.setFont("Helvetica", 10)
    c.drawString(72, 720, SUBJECT)
    prose = "De minister is akkoord gegaan met de nota van wijziging."
    for i in range(12):
        c.drawString(72, 690 - 13 * i, prose)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_side_columns_kenmerk_is_the_notes_own() -> None:
    """'Kenmerk' alone (no 'Ons') labels the sender's reference; its value may hold a spaced
    slash, and has a digit (letters set apart, or the next label, are none)."""
    meta = segment_pdf(_side_note("DGBI-O / 95900464"), ocr=False).metadata
    assert meta.ons_kenmerk == "DGBI-O / 95900464" and meta.date == "2024-12-05"
    assert segment_pdf(_side_note("I E NW/BSK"), ocr=False).metadata.ons_kenmerk is None


def test_a_wordmark_naming_the_ministry_under_its_unit_is_letterhead() -> None:
    """'Kabinet Minister-President' over 'Ministerie van Algemene Zaken', set large: the sender's
    wordmark (no title), so the Datum and Betreft under it are letterhead too (no headings)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 6)
    c.drawString(72, 800, "> Retouradres Postbus 20001 2500 EA Den Haag")
    c.setFont("Helvetica", 16)
    c.drawString(320, 760, "Kabinet Minister-President")
    c.drawString(320, 743, "Ministerie van Algemene Zaken")
    c.setFont("Helvetica", 9)
    c.drawString(72, 700, "Datum 2 maart 2021")
    c.drawString(72, 688, "Betreft Besluit op uw verzoek om notulen")
    prose = "Bij brief van 27 januari 2021 heeft u een verzoek ingediend om de notulen."
    for i in range(12):
        c.drawString(72, 650 - 12 * i, prose)
    c.showPage()
    c.save()
    doc = segment_pdf(buf.getvalue(), ocr=False)
    head = " ".join(s.text for s in doc.segments if s.kind == "letterhead")
    assert "Ministerie van Algemene Zaken" in head and "Betreft Besluit" in head
    assert not any(s.kind in ("title", "heading") for s in doc.segments)
    assert doc.metadata.title == "Besluit op uw verzoek om notulen"
