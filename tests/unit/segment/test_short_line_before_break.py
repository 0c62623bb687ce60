"""A block cut by a page break fills its last line on the page: a short line there ended its
block. A slide deck exported to PDF (breadth18: a kick-off deck's title slide, 'Github' as its
subtitle low on the slide) put the next slide's head on the subtitle's block ('Github Oke wat
gaan we doen' on page 1), because the subtitle ended on no full stop and the head was set in its
size. Now the head stays on its own slide. Near misses: a paragraph whose last line on the page
is full goes on over the break, even with a capital (a name) next; a short line goes on when
the next page goes on in lower case, or when it stops on a word that leads on ('van')."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

SLIDE = (720.0, 405.0)
BULLETS = [
    "- In korte tijd de softwarecatalogus overzetten naar het nieuwe platform van de gemeenten",
    "- Component referentie-architectuur (duur 6 weken, dus 3 sprints) gereed 18 maart",
    "- Component organisaties (duur 4 weken, dus 2 sprints) gereed 15 april en getest",
    "- Component aanbod (duur 4 weken, dus 2 sprints) gereed 13 mei met alle leveranciers",
]


def _deck(subtitle: str, head: str) -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=SLIDE, pageCompression=0)
    c.setFont("Helvetica", 48)
    c.drawString(92, 100, "Software Catalogus")
    c.setFont("Helvetica", 26)
    c.drawString(319, 45, subtitle)
    c.showPage()
    for n in range(3):
        c.setFont("Helvetica", 26)
        c.drawString(31, 335, head if n == 0 else f"Planning deel {n}")
        c.setFont("Helvetica", 15)
        for i, text in enumerate(BULLETS):
            c.drawString(44, 290 - 22 * i, text)
        c.showPage()
    c.save()
    return out.getvalue()


def _texts(pdf: bytes) -> list[tuple[int, str]]:
    return [(s.page, s.text) for s in segment_pdf(pdf, ocr=False).segments]


def test_a_slides_subtitle_does_not_take_the_next_slides_head() -> None:
    texts = _texts(_deck("Github", "Oke wat gaan we doen"))
    assert (1, "Github") in texts, texts
    assert (2, "Oke wat gaan we doen") in texts, texts


def test_a_short_line_goes_on_in_lower_case_or_on_a_word_that_leads_on() -> None:
    texts = _texts(_deck("Github", "en wat gaan we doen"))
    assert any(t.startswith("Github en wat gaan we doen") for _, t in texts), texts
    texts = _texts(_deck("Plan van", "Aanpak voor de migratie"))
    assert any(t.startswith("Plan van Aanpak") for _, t in texts), texts


LETTER = [
    "De minister heeft de Kamer in de vorige brief geïnformeerd over de voortgang van het",
    "programma en over de afspraken die daarover met de gemeenten zijn gemaakt. In deze brief",
    "gaat zij in op de vragen die de commissie daarna heeft gesteld, en op de motie van het lid",
]


def test_a_full_line_before_the_break_goes_on_with_a_capital() -> None:
    out = io.BytesIO()
    c = Canvas(out, pageCompression=0)
    for page in range(2):
        c.setFont("Helvetica", 10)
        lines = LETTER if page == 0 else ["Van der Werf over de uitvoering. Dat doet zij hierna."]
        top = 700 if page == 0 else 780
        if page == 0:
            for k in range(4):
                for i, text in enumerate(LETTER):
                    c.drawString(70, top - 60 * k - 13 * i, text)
            top -= 240
        for i, text in enumerate(lines):
            c.drawString(70, top - 13 * i, text)
        c.showPage()
    c.save()
    texts = _texts(out.getvalue())
    assert any("motie van het lid Van der Werf over" in t for _, t in texts), texts


def _records_over_the_break(foot: list[str], head: str) -> list[tuple[int, str]]:
    """A page of the letter with a besluitenlijst's lines `foot` at its foot (the last at y
    440), and `head` atop the next page."""
    out = io.BytesIO()
    c = Canvas(out, pageCompression=0)
    c.setFont("Helvetica", 10)
    for k in range(4):
        for i, text in enumerate(LETTER):
            c.drawString(70, 700 - 60 * k - 13 * i, text)
    for i, text in enumerate(reversed(foot)):
        c.drawString(70, 440 + 13 * i, text)
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(70, 780, head)
    c.showPage()
    c.save()
    return _texts(out.getvalue())


def test_a_records_field_over_the_next_pages_field_keeps_the_record_together() -> None:
    """Near miss: a besluitenlijst's item cut by the break ('Zaak: ...' at the foot, 'Besluit:
    ...' atop the next page) is one record, short as its field line is."""
    texts = _records_over_the_break(
        ["Zaak: Brief regering - 29477-921"],
        "Besluit: Betrekken bij het commissiedebat Geneesmiddelenbeleid.",
    )
    assert any(t.startswith("Zaak: Brief regering - 29477-921 Besluit:") for _, t in texts), texts


def test_the_same_label_over_the_break_opens_the_next_record() -> None:
    """Near miss of the near miss: 'Zaak:' at the foot and 'Zaak:' atop the next page are two
    items of the list, not one."""
    texts = _records_over_the_break(
        ["Zaak: Brief regering - 29477-921"], "Zaak: Verzoek om reactie - 2026Z02391"
    )
    assert (1, "Zaak: Brief regering - 29477-921") in texts, texts


def test_the_label_a_record_opened_with_opens_the_next_record_over_the_break() -> None:
    """'Zaak: ...' and 'Besluit: ...' at a page's foot, 'Zaak: ...' atop the next: the next
    item (../shared/corpus/breadth/tk-besluitenlijst-2009-bzk, p. 1-2)."""
    texts = _records_over_the_break(
        [
            "Zaak: Wetgeving - minister voor Bestuurlijke Vernieuwing - 30569",
            "Besluit: Aanmelden voor plenaire behandeling",
        ],
        "Zaak: Brief regering - staatssecretaris van Binnenlandse Zaken - 30569-8",
    )
    assert any(p == 2 and t.startswith("Zaak: Brief regering") for p, t in texts), texts
