"""agenda38: an agenda's items under capital letters are each their own list item.

Found on Den Haag's council minutes (MartineJohanna/raadsvergaderingen 'data/denhaag/2025/*/files/
notulen-*.pdf', Word voor Microsoft 365): the agenda on page 1 and the closing list set their items
'A. Vaststelling agenda', 'B. Stad in de raad', ..., and the points of one under it 'D.1 Voorstel
...', 'D.10 ...', one under the other without space; on main each run was one paragraph of up to
20 items (paragraphs.py's LETTERED knew 'a.' only). A capital and a dot is also an initial: only a
run of letters in order at one edge (A., B., C.) or of one letter's points (D.1, D.2) is read so.

Fixtures (tests/fixtures/agenda38, `python -m tests.fixtures.agenda38.src.build`): the minutes'
first page drawn by reportlab and by headless Chromium, with near misses (initials at a line's
start in a list of those present, 'A. Wet' cited at a line's start). More near misses are drawn
here as lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import build_blocks, capital_items
from services.segment.segmenter import segment_pdf

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "agenda38"
PRODUCERS = ["", ".chromium"]
ITEMS = [
    "A. Vaststelling agenda",
    "B. Stad in de raad",
    "C. Vaststelling van de wijze van afdoening van ingekomen stukken",
    "D. Vaststelling van de besluitenlijst",
    "D.1 Voorstel van het presidium inzake benoeming leden van de adviescommissies (RIS320854)",
    "D.2 Voorstel van het college inzake de kadernota begroting en verantwoording (RIS320519)",
    "D.3 Voorstel van het college inzake Slotwijziging programmabegroting 2024",
    "E. Voorstel van het college inzake de Nota Parkeernormen 2024 (RIS319497)",
    "F. Voorstel van het college inzake de Strategie Deelmobiliteit 2030",
]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_each_agenda_item_is_its_own_list_item(producer: str) -> None:
    doc = segment_pdf((HERE / f"agenda{producer}.pdf").read_bytes(), ocr=False)
    items = [s.text for s in doc.segments if s.kind == "list_item"]
    assert items == ITEMS


@pytest.mark.parametrize("producer", PRODUCERS)
def test_initials_at_a_line_start_stay_in_their_paragraph(producer: str) -> None:
    doc = segment_pdf((HERE / f"agenda{producer}.pdf").read_bytes(), ocr=False)
    texts = [s.text for s in doc.segments]
    present = [t for t in texts if t.startswith("Aanwezig zijn")]
    assert len(present) == 1
    assert "A. de Vries" in present[0]
    assert present[0].endswith("verslag van de vergadering opmaakt.")
    cited = [t for t in texts if t.startswith("De voorzitter.")]
    assert len(cited) == 1 and "A. Wet openbaarheid" in cited[0] and "C. de Boer" in cited[0]


def _lines(rows: list[tuple[float, str]]) -> list[Line]:
    out = []
    base = 700.0
    for x0, text in rows:
        out.append(Line(1, x0, base - 2, x0 + 5.0 * len(text), base + 8, base, 10.0, False, text))
        base -= 14.5
    return out


def test_a_run_of_letters_in_order_opens_items() -> None:
    lines = _lines(
        [
            (70, "Herdenking na explosie portiekflat"),
            (88, "A. Vaststelling agenda"),
            (88, "B. Stad in de raad"),
            (88, "C. Vaststelling van de wijze van afdoening"),
            (106, "D.1 Voorstel van het presidium inzake benoeming"),
            (141, "(RIS320854)"),
            (106, "D.2 Voorstel van het college inzake de kadernota"),
        ]
    )
    assert capital_items(lines) == {1, 2, 3, 4, 6}
    blocks = build_blocks(lines, 520.0)
    assert [b.kind for b in blocks][1:] == ["list_item"] * 5
    assert blocks[4].text == "D.1 Voorstel van het presidium inzake benoeming (RIS320854)"


def test_lettered_heads_over_their_text_are_split_but_no_list() -> None:
    # a raadsvoorstel's reserves: each letter and name over the paragraph on it, which starts
    # left of the mark (075: 'A. Resultaat Bijstandsverlening (BUIG)' / 'De voor- en nadelen')
    rows: list[tuple[float, str]] = []
    for head in ["A. Resultaat Bijstandsverlening", "B. Resultaat Verkiezingen", "C. Rekenkamer"]:
        rows += [(108, head), (90, "De voor- en nadelen in de jaarrekening worden niet verrekend.")]
    lines = _lines(rows)
    assert capital_items(lines) == {0, 2, 4}
    blocks = build_blocks(lines, 520.0)
    assert [b.text for b in blocks][:2] == [rows[0][1], rows[1][1]]
    assert all(b.kind == "paragraph" for b in blocks)


@pytest.mark.parametrize(
    "rows",
    [
        # a lone 'A.' and two letters only: initials, a citation
        [(70, "A. Willemsen"), (70, "Voorzitter van de commissie")],
        [(70, "A. Jansen"), (70, "B. Pietersen"), (70, "Griffier")],
        # letters out of order, or at different edges
        [(70, "C. Vaststelling"), (70, "A. Stad in de raad"), (70, "B. Vaststelling")],
        [(70, "A. Vaststelling"), (90, "B. Stad in de raad"), (110, "C. Vaststelling")],
        # initials before a lower-case name, or under a line that goes on
        [(70, "A. de Vries"), (70, "B. van Loon"), (70, "C. ter Horst")],
        [(70, "de leden Bakker,"), (70, "A. Willemsen,"), (70, "B. Zwart en"), (70, "C. Dam")],
        # a lone point, or points of two letters
        [(70, "D.1 van de bijlage"), (70, "tekst")],
        [(70, "D.1 Voorstel"), (70, "E.2 Voorstel")],
    ],
)
def test_near_misses_open_nothing(rows: list[tuple[float, str]]) -> None:
    assert capital_items(_lines(rows)) == set()


# A gemeente's Woo decision (OpenCoevorden/publicaties, 13 of 19 not typed on main): subject
# 'Besluit Woo-verzoek' (UWV's and the Belastingdienst's decisions are titled so too), its date
# labelled 'Verzenddatum', the request's date beside 'Uw bericht'.
@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_gemeente_woo_decision_is_typed_and_dated_by_its_send_date(producer: str) -> None:
    meta = segment_pdf((HERE / f"woo{producer}.pdf").read_bytes(), ocr=False).metadata
    assert meta.doc_type == "woo_besluit"
    assert meta.date == "2023-04-20"


def _drawn(lines: list[str]) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    for text in lines:
        c.setFont("Helvetica", 10)
        c.drawString(72, y, text)
        y -= 29
    c.save()
    return buf.getvalue()


def test_besluit_woo_verzoek_without_a_letter_is_no_decision() -> None:
    # a council's list of decisions names one, no letter around it
    pdf = _drawn(
        [
            "Besluitenlijst van de vergadering van het college",
            "1. Besluit Woo-verzoek inzake cameratoezicht: het college stemt in.",
            "2. Subsidie zomerfeest: het college stemt in met de subsidie van 5.000 euro.",
        ]
    )
    assert segment_pdf(pdf, ocr=False).metadata.doc_type != "woo_besluit"


def test_a_send_date_label_dates_a_letter() -> None:
    pdf = _drawn(
        [
            "Gemeente Voorbeeldstad",
            "Uw bericht: 9 maart 2023",
            "Verzenddatum: 20 april 2023",
            "Onderwerp: Aanvraag omgevingsvergunning",
            "Geachte heer Jansen,",
            "Wij hebben uw aanvraag ontvangen en nemen binnen acht weken een besluit.",
        ]
    )
    assert segment_pdf(pdf, ocr=False).metadata.date == "2023-04-20"
