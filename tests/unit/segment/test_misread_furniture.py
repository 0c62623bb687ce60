"""Furniture as OCR misreads it, in the short memos and letters of Woo releases (issue #8).

A scanned memo's invisible OCR layer reads 'Pagina 1 van 1' as 'Paging van' or 'Paglna l van 1',
and the sender's e-mail address under the side column's contact lines as 'IEEE minvws.ni' (the
'@' gone, the 'l' of '.nl' an 'i'). On a page whose text OCR made, these are the page number and
the sender's contact line. A text layer a program wrote is read exactly: there the same words are
the document's own (kept where they stand).
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from services.segment.layout.furniture import mark_furniture, misread_page_number
from services.segment.layout.lines import Line
from services.segment.segmenter import segment_pdf
from tests.fixtures.scans import scan_with_layer

WIDTH, HEIGHT = A4


@pytest.mark.parametrize(
    "text",
    [
        "Paging van",
        "Paglna 1 van 1",
        "Pagina l van 2",
        "Pagina 1 van l",
        "Pagina1van2",
        "Pagina 2 yan 3",
        "Pagina I/3",
    ],
)
def test_a_misread_page_number(text: str) -> None:
    assert misread_page_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pagina's van de bijlage",  # more words: a sentence
        "Pagina 2 van het rapport",
        "Marina van",  # two letters off 'pagina'
        "Regina van 2",
        "Pagina",  # no 'van', no number
        "Bijlage 1 van 2",
        "Datum van",
        "Pagina 1 tot 3",  # 'tot' is no misread 'van'
    ],
)
def test_near_misses_are_no_page_number(text: str) -> None:
    assert not misread_page_number(text)


def _line(page: int, y: float, text: str) -> Line:
    return Line(page, 72.0, y - 2, 72.0 + 4 * len(text), y + 8, y, 8.0, False, text)


def _pages(foot: str) -> dict[int, list[Line]]:
    body = [
        _line(1, 680 - 14 * i, f"Regel {i} van de notitie over de pakketten.") for i in range(7)
    ]
    return {1: [*body, _line(1, 60, foot)]}


def test_a_misread_page_number_at_the_foot_of_an_ocr_page_is_furniture() -> None:
    pages = _pages("Paging van")
    roles = mark_furniture(pages, {1: 842.0}, ocr_read={1})
    assert roles.get(id(pages[1][-1])) == "page_number"
    assert not any(roles.get(id(ln)) for ln in pages[1][:-1])


def test_a_misread_page_number_in_a_written_text_layer_is_not() -> None:
    pages = _pages("Paging van")
    assert mark_furniture(pages, {1: 842.0}).get(id(pages[1][-1])) is None


def test_a_near_miss_at_the_foot_of_an_ocr_page_is_not_furniture() -> None:
    pages = _pages("Bijlage 1 van 2")
    assert mark_furniture(pages, {1: 842.0}, ocr_read={1}).get(id(pages[1][-1])) is None


SIDE = [  # (baseline, text): the sender's block, contact lines, then the particulars
    (662, "Directoraat-generaal Langdurige Zorg"),
    (653, "Directie Maatschappelijke Ondersteuning"),
    (630, "Bezoekadres:"),
    (621, "Parnassusplein 5"),
    (612, "2511 VX Den Haag"),
    (590, "www.rijksoverheid.nl"),
    (560, "Inlichtingen bij"),
    (551, "IEEE minvws.ni"),
    (510, "Datum"),
    (501, "15 september 2020"),
    (480, "Aantal pagina's"),
    (471, "1"),
]
BODY = [
    "In het kader van de crisis is besloten om persoonlijke",
    "beschermingsmiddelen beschikbaar te stellen aan mantelzorgers",
    "en vrijwilligers in de palliatieve zorg die zorg verlenen aan",
    "kwetsbare mensen, waarbij de afstand van anderhalve meter",
    "niet kan worden aangehouden vanwege de verpleging en verzorging.",
    "De pakketten worden door het landelijk centrum verstrekt aan",
    "de vier groothandels. Deze verstrekken de pakketten vervolgens",
    "aan de apotheken in hun eigen regio. In de overeenkomst staan",
    "de afspraken die gemaakt zijn met de groothandels en met de",
    "apothekers over het verstrekken van de pakketten.",
]


def _memo(foot: str, mail: str = "IEEE minvws.ni", web: str = "www.rijksoverheid.nl") -> bytes:
    """A one-page ministry memo: body left, the side column right, a page number at its foot."""
    contact = {"IEEE minvws.ni": mail, "www.rijksoverheid.nl": web}
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=0)
    c.setFont("Helvetica", 11)
    c.drawString(319, 725, "Ministerie van Volksgezondheid, Welzijn en Sport")
    c.setFont("Helvetica", 7)
    for base, text in SIDE:
        c.drawString(443, base, contact.get(text, text))
    c.setFont("Helvetica", 20)
    c.drawString(110, 560, "memo")
    c.setFont("Helvetica", 9)
    c.drawString(206, 560, "Overeenkomst met de groothandels")
    for i, text in enumerate(BODY):
        c.drawString(142, 505 - 14 * i, text)
    c.setFont("Helvetica", 7)
    c.drawString(443, 102, foot)
    c.showPage()
    c.save()
    return out.getvalue()


def _roles(pdf: bytes) -> dict[str, tuple[str, str | None]]:
    doc = segment_pdf(pdf, ocr=False)
    return {s.text: (s.kind, s.role) for s in doc.segments}


def test_on_a_scans_ocr_layer_the_misread_foot_and_mail_are_furniture_and_address() -> None:
    roles = _roles(scan_with_layer(_memo("Paglna 1 van 1"), 0, "good"))
    assert roles["Paglna 1 van 1"] == ("furniture", "page_number")
    assert roles["Inlichtingen bij IEEE minvws.ni"] == ("letterhead", "address")
    # the side column's own particulars stay side column: no letter moved into the address
    assert roles["Datum 15 september 2020"] == ("letterhead", "side_column")


def test_in_a_written_text_layer_the_same_words_are_not_read_as_misread() -> None:
    roles = _roles(_memo("Paglna 1 van 1"))
    assert roles["Paglna 1 van 1"][1] != "page_number"
    assert roles["Inlichtingen bij IEEE minvws.ni"] == ("letterhead", "side_column")


def test_a_domain_name_without_at_or_www_is_a_contact_line_of_the_sender() -> None:
    roles = _roles(_memo("Pagina 1 van 1", mail="Kees de Vries", web="rijksoverheid.nl"))
    assert roles["rijksoverheid.nl"] == ("letterhead", "address")
    assert roles["Inlichtingen bij Kees de Vries"] == ("letterhead", "side_column")
    assert roles["Pagina 1 van 1"] == ("furniture", "page_number")


def test_an_ocr_misread_mail_needs_its_domain_shape() -> None:
    """Near miss: a name under 'Inlichtingen bij' on an OCR'd page is the side column's."""
    roles = _roles(scan_with_layer(_memo("Pagina 1 van 1", mail="Kees de Vries"), 0, "good"))
    assert roles["Inlichtingen bij Kees de Vries"] == ("letterhead", "side_column")
