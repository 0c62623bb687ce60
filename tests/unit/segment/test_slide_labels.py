"""A slide has no side column: what stands beside its body is the slide's own text.

A deck of a working group's meeting repeats a navigation diagram and its prompts beside each
slide's text ('Overzicht van de klassen', at the same place on every slide). Read as a ministry
letter's side column, the label was evidence, and the block it stood in, with the slide's own
question under it, became furniture: an OSLO deck lost 12.7 % of its words so. The label is a
running head; the question under it is body.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

LABEL = "Overzicht van de klassen"
TOPICS = ["Catalogus", "Dataset", "Distributie", "Dienst", "Agent", "Licentie"]
BODY = [
    "De werkgroep bespreekt de definitie van de klasse en haar eigenschappen",
    "zoals die in de vorige sessie werden voorgesteld door het kernteam van",
    "de standaard, met de voorbeelden die de deelnemers hebben aangebracht.",
    "Elke eigenschap krijgt een naam, een beschrijving en een kardinaliteit,",
    "en waar nodig een verwijzing naar een codelijst die de waarden vastlegt.",
    "De deelnemers geven aan welke eigenschappen zij vandaag al gebruiken.",
]


def _questions(topic: str) -> list[str]:
    return [f"Is de definitie van {topic.lower()} goed?", f"Wie gebruikt {topic.lower()} al?"]


def _deck(width: float, height: float) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(width, height))
    for n, topic in enumerate(TOPICS):
        canvas.setFont("Helvetica-Bold", 24)
        canvas.drawString(50, height - 70, topic)
        canvas.setFont("Helvetica", 12)
        for i, line in enumerate(BODY):
            canvas.drawString(50, height - 130 - 20 * i, line)
        canvas.setFont("Helvetica", 8)
        # beside the body, between its rows
        side = [LABEL, *_questions(topic), f"Voorbeelden {n + 1}", f"Toelichting {n + 1}"]
        for i, line in enumerate(side):
            canvas.drawString(width - 130, height - 140 - 11 * i, line)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_beside_a_slide_the_repeated_label_is_a_running_head_and_the_rest_body() -> None:
    doc = segment_pdf(_deck(842, 474), ocr=False)
    labels = [s for s in doc.segments if LABEL in s.text]
    assert labels and all(s.kind == "furniture" and s.role == "header" for s in labels)
    body = " ".join(s.text for s in doc.segments if s.kind != "furniture")
    for topic in TOPICS:
        assert all(question in body for question in _questions(topic))


def test_a_portrait_page_keeps_its_side_column() -> None:
    doc = segment_pdf(_deck(700, 900), ocr=False)
    side = [s for s in doc.segments if s.role == "side_column"]
    assert any(LABEL in s.text for s in side)
