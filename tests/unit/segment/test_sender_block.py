"""The sender's block atop a letter's side column is its address (role address), down to its last
address or contact line: also the rest of an e-mail address that the column's width cut after a
dot ('maarten.vander.veen@logius.' over 'nl'), and on page 2 the sender's unit that page 1 wrapped
over two lines and page 2 sets on one. The column's particulars (Datum, Kenmerk) stay side column,
and so does a short line under a complete address."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from services.segment.segmenter import segment_pdf

BODY = [
    "Bij het vaststellen van het profiel is ook het toepassingsgebied van dit profiel",
    "en van de standaard besproken binnen het technisch overleg. Het toepassingsgebied",
    "wijzigt niet met de opname van dit nieuwe koppelvlak, maar we maken graag van de",
    "gelegenheid gebruik om een suggestie te doen voor een iets scherper geformuleerd",
    "toepassingsgebied, dat onzes inziens makkelijker leesbaar is. We willen deze",
    "suggestie meegeven aan de expertgroep van het Forum Standaardisatie, die de",
    "uitbreiding van de standaard met het nieuwe koppelvlak behandelt in haar overleg.",
]


def _letter(side_one: list[tuple[float, str]], side_two: list[tuple[float, str]]) -> bytes:
    """A two-page note: body text left, the side column right in 7 pt."""
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=0)
    for side in (side_one, side_two):
        c.setFont("Helvetica", 7)
        for base, text in side:
            c.drawString(443, base, text)
        c.setFont("Helvetica", 9)
        for k in range(3):
            for i, text in enumerate(BODY):
                c.drawString(72, 700 - 14 * i - 120 * k, text)
        c.setFont("Helvetica", 7)
        c.drawString(443, 60, f"Pagina {1 if side is side_one else 2} van 2")
        c.showPage()
    c.save()
    return out.getvalue()


SENDER = [
    (760, "Logius"),
    (750, "Bezoekadres:"),
    (741, "Wilhelmina v Pruisenweg 52"),
    (732, "2595 AN Den Haag"),
    (715, "Postbus 96810"),
    (706, "2509 JE Den Haag"),
    (689, "Inlichtingen bij"),
    (680, "Maarten van der Veen"),
    (671, "maarten.vander.veen@logius."),
]
FIELDS = [(630, "Datum"), (621, "10-12-2020"), (604, "Kenmerk"), (595, "2020-0000123")]
LATER = [(760, "Datum"), (751, "10-12-2020")]


def _roles(pdf: bytes) -> dict[tuple[int, str], str | None]:
    doc = segment_pdf(pdf, ocr=False)
    return {(s.page, s.text): s.role for s in doc.segments if s.kind in ("letterhead", "furniture")}


def test_the_rest_of_a_cut_mail_address_is_the_senders() -> None:
    roles = _roles(_letter([*SENDER, (654, "nl"), *FIELDS], LATER))
    assert roles[(1, "nl")] == "address"
    assert roles[(1, "Inlichtingen bij Maarten van der Veen maarten.vander.veen@logius.")] == (
        "address"
    )
    for field in ("Datum 10-12-2020", "Kenmerk 2020-0000123"):
        assert roles[(1, field)] == "side_column"
    assert roles[(2, "Datum 10-12-2020")] == "header"  # page 1's, printed again


def test_a_short_line_under_a_whole_address_stays_side_column() -> None:
    """Near misses: under a complete e-mail address, or under a cut one after a space, a short
    token is no rest of an address."""
    whole = [*SENDER[:-1], (671, "maarten.vandeveen@logius.nl"), (654, "DGA"), *FIELDS]
    roles = _roles(_letter(whole, LATER))
    assert roles[(1, "DGA")] == "side_column"
    spaced = [*SENDER, (654, "nl -"), *FIELDS]
    roles = _roles(_letter(spaced, LATER))
    assert roles[(1, "nl -")] == "side_column"


UNIT = [(760, "Centrale"), (751, "administratieve processen"), (735, "Unit Centrale Functies")]
ADDRESS = [(718, "John F. Kennedylaan 8"), (709, "7314 PS Apeldoorn"), (700, "Postbus 9047")]


def test_the_unit_page_one_wrapped_is_the_senders_on_page_two() -> None:
    page_two = [(760, "Centrale administratieve processen"), (740, "Datum"), (731, "10-12-2020")]
    roles = _roles(_letter([*UNIT, *ADDRESS, *FIELDS], page_two))
    assert roles[(1, "Centrale administratieve processen")] == "address"
    assert roles[(2, "Centrale administratieve processen")] == "address"
    assert roles[(2, "Datum 10-12-2020")] == "header"  # page 1's, printed again


def test_another_unit_on_page_two_stays_side_column() -> None:
    """Near miss: page 2's column names another unit than page 1's sender."""
    page_two = [(760, "Centrale administratie"), (740, "Datum"), (731, "10-12-2020")]
    roles = _roles(_letter([*UNIT, *ADDRESS, *FIELDS], page_two))
    assert roles[(2, "Centrale administratie")] == "side_column"
