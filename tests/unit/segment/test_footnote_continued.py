"""A footnote that runs on to the next page's foot is one note, not a stray paragraph."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

PARAGRAPHS = [
    "De minister beantwoordt de vragen van de leden over de aanpak van de wachtlijsten in de "
    "jeugdzorg en de samenwerking met de gemeenten, de provincies en de zorgaanbieders.",
    "Het kabinet heeft in het voorjaar met de Vereniging van Nederlandse Gemeenten afspraken "
    "gemaakt over de regionale inkoop van specialistische jeugdhulp.",
    "Over de voortgang van deze afspraken wordt uw Kamer voor de zomer geïnformeerd, zoals "
    "toegezegd tijdens het commissiedebat over de jeugdzorg.",
    "De inspectie houdt toezicht op de kwaliteit van de jeugdhulp en publiceert daarover "
    "jaarlijks een rapport met cijfers per regio.",
    "Gemeenten melden hun wachtlijsten voortaan elk kwartaal, zodat knelpunten eerder zichtbaar "
    "worden en de regio's tijdig kunnen bijsturen.",
    "Tot slot merk ik op dat de beschikbare middelen voor dit jaar volledig zijn toegekend aan "
    "de regio's met de langste wachttijden.",
]


def _paragraph(c: Canvas, y: float, text: str, marker: str | None = None) -> float:
    lines, line = [], ""
    for word in text.split():
        if c.stringWidth(f"{line} {word}", "Helvetica", 10) > 400:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    for i, text_line in enumerate(lines):
        c.setFont("Helvetica", 10)
        c.drawString(72, y, text_line)
        if marker and i == len(lines) - 1:
            c.setFont("Helvetica", 6)
            c.drawString(72 + c.stringWidth(text_line, "Helvetica", 10) + 0.5, y + 4, marker)
        y -= 13
    return y - 8


def _note(c: Canvas, y: float, label: str | None, lines: list[str]) -> None:
    if label:
        c.setFont("Helvetica", 5)
        c.drawString(72, y + 3, label)
    c.setFont("Helvetica", 8)
    for text in lines:
        c.drawString(78, y, text)
        y -= 10


def _two_pages() -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=(595, 842))
    y = 760.0
    for k, text in enumerate(PARAGRAPHS[:3]):
        y = _paragraph(c, y, text, "1" if k == 1 else None)
    _note(
        c,
        160,
        "1",
        [
            "Zie het rapport van de inspectie over de jeugdzorg in de regio, dat",
            "uitvoerig ingaat op de wachttijden en de samenwerking tussen de",
        ],
    )
    c.setFont("Helvetica", 7)
    c.drawString(450, 40, "Pagina 1 van 2")
    c.showPage()
    y = 760.0
    for k, text in enumerate(PARAGRAPHS[3:]):
        y = _paragraph(c, y, text, "2" if k == 2 else None)
    _note(c, 170, None, ["gemeenten, https://www.igj.nl/publicaties/rapporten/2024/jeugdzorg."])
    _note(c, 160, "2", ["Kamerstuk 31 839, nr. 1012."])
    c.setFont("Helvetica", 7)
    c.drawString(450, 40, "Pagina 2 van 2")
    c.showPage()
    c.save()
    return out.getvalue()


def test_note_continued_on_next_page_is_joined() -> None:
    doc = segment_pdf(_two_pages(), ocr=False)
    notes = {s.number: s for s in doc.segments if s.kind == "footnote"}
    assert set(notes) == {"1", "2"}
    assert notes["1"].page == 1
    assert notes["1"].text.endswith(
        "tussen de gemeenten, https://www.igj.nl/publicaties/rapporten/2024/jeugdzorg."
    )
    assert notes["2"].text == "Kamerstuk 31 839, nr. 1012."
    body = " ".join(s.text for s in doc.segments if s.kind not in {"footnote", "furniture"})
    assert "gemeenten, https://" not in body
    refs = {r for s in doc.segments for r in s.footnote_refs}
    assert refs == {"1", "2"}
