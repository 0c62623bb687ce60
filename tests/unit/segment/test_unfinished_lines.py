"""A line cut mid-sentence whose words go on, in lower case, right under it is one block with
its next line: a bold item's title whose last words are set plain ('11. Regeling ... en' over
'machtigingsdiensten (Staatssecretaris van BZK)'), and a cover's title in large type whose line
stops on 'en' ('Criminaliteit en' over 'rechtshandhaving 2023'), a leading the body's pitch does
not know."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

BODY = [
    "Het kabinet bespreekt de voorstellen die de ministers hebben ingediend en neemt daarover",
    "een besluit; de stukken worden daarna aan de Tweede Kamer gezonden, met een brief waarin",
    "de gevolgen voor de uitvoering en voor de begroting van het lopende jaar worden toegelicht.",
]


def _decisions() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), pageCompression=0)
    canvas.setFont("Helvetica", 28)  # the cover: a title over two lines in large type
    canvas.drawString(70, 614, "Criminaliteit en")
    canvas.drawString(70, 580, "rechtshandhaving 2023")
    canvas.showPage()
    canvas.setFont("Helvetica", 10)
    for i, line in enumerate(BODY):
        canvas.drawString(70, 760 - 12 * i, line)
    canvas.setFont("Helvetica-Bold", 10)
    title = "11. Regeling nadere eisen identificatiemiddelen, authenticatiediensten en"
    canvas.drawString(70, 710, title)
    canvas.drawString(70, 698, "machtigingsdiensten")
    canvas.setFont("Helvetica", 10)
    rest = " (Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties)"
    canvas.drawString(
        70 + canvas.stringWidth("machtigingsdiensten", "Helvetica-Bold", 10), 698, rest
    )
    canvas.drawString(70, 680, "Aangehouden tot een volgende vergadering.")
    for i, line in enumerate(BODY):
        canvas.drawString(70, 660 - 12 * i, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_line_cut_mid_sentence_goes_on_under_it() -> None:
    doc = segment_pdf(_decisions(), ocr=False)
    texts = [s.text for s in doc.segments]
    assert "Criminaliteit en rechtshandhaving 2023" in texts
    item = [t for t in texts if t.startswith("11. Regeling")]
    assert item == [
        "11. Regeling nadere eisen identificatiemiddelen, authenticatiediensten en"
        " machtigingsdiensten (Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties)"
    ]
    assert not any(t.startswith("machtigingsdiensten") for t in texts)
    assert "Aangehouden tot een volgende vergadering." in texts  # the decision stays its own
