"""refs46 (issue #12): web addresses the segmenter cut, and near misses on court rulings' text.

- A table cell merged down over several rows (a letter's link beside the studies it covers,
  CoronaMelder's 'Overzicht onderzoeken'): the rows' rules are drawn across the first column
  only, and one ran through a line of the merged cell's address, so the address came out cut
  ('.../kamerstukken/2020/0 /16/' with '7 kamerbrief-...' a row below). `grids._spanned` lets the
  cell span an undrawn edge that runs through its text, or that an address cut at a line end
  (pdfium's mark) goes on across. A rule under one column only (above 'Totaal') still parts
  the other columns' rows.
- An address hyphenated at a line end inside its host or its path keeps the hyphen. (refs45's
  'uvaicds.net' and 'Rapport-Lockdownin-' are printed so, without a hyphen: no loss.)

The PDFs are typeset here with reportlab, new text.
"""

from __future__ import annotations

import io
from functools import cache

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.enrich.references import find_in_text
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

_ADDRESS = (
    "https://www.rijksoverheid.nl/documenten/kamerstukken/2020/07/16/"
    "kamerbrief-over-landelijke-introductie-coronamelder"
)


def _merged_cell_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(48, 800, "Overzicht van de onderzoeken en waar hun resultaten staan")
    xs = [48.0, 234.0, 372.0, 546.0]
    c.setLineWidth(1.0)
    # header row 760-740, a group of four rows 740-676 whose second and third cells are merged
    # (rules at 724, 708, 692 across the first column only), a last row 676-660
    for y in (760.0, 740.0, 676.0, 660.0):
        c.line(xs[0], y, xs[-1], y)
    for y in (724.0, 708.0, 692.0):
        c.line(xs[0], y, xs[1], y)
    for x in xs:
        c.line(x, 660, x, 760)
    c.setFont("Helvetica", 8)
    for x, text in zip(xs, ["Onderzoek", "Rapportage", "Vindplaats"], strict=False):
        c.drawString(x + 4, 746, text)
    for y, text in zip(
        (729.0, 713.0, 697.0, 681.0),
        ["Veldtest Vught", "Toegankelijkheid app", "Gebruikerstest Twente", "Ethische analyse"],
        strict=True,
    ):
        c.drawString(52, y, text)
    c.drawString(238, 729, "Kamerbrief 16 juli")
    # the address in the merged third cell: its first line ends in '/' over the undrawn edge at
    # 724; its second line's glyph middles sit on the rule at 708 (x-height letters below it,
    # digits and ascenders above); its third line ends in a hyphen over the edge at 692
    for y, text in zip(
        (727.5, 705.5, 694.5, 683.5),
        [
            "https://www.rijksoverheid.nl/documenten/",
            "kamerstukken/2020/07/16/",
            "kamerbrief-over-landelijke-introductie-",
            "coronamelder",
        ],
        strict=True,
    ):
        c.drawString(376, y, text)
    c.drawString(52, 665, "Advies privacy")
    c.drawString(238, 665, "Kamerbrief 17 augustus")
    c.drawString(376, 665, "Zie de brief")
    c.showPage()
    c.save()
    return buf.getvalue()


def _total_rule_pdf() -> bytes:
    """A table ruled row by row, with a rule under the amounts only above 'Totaal'."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    xs = [48.0, 200.0, 330.0, 546.0]
    rows = [
        ("Post", "Omschrijving", "Bedrag"),
        ("A", "Huur kantoor", "EUR 1.200"),
        ("B", "Energie", "EUR 300"),
        ("Totaal", "", "EUR 1.500"),
    ]
    c.setFont("Helvetica", 9)
    c.drawString(48, 800, "Begroting van de werkgroep")
    for y in (760, 740, 720):
        c.line(xs[0], y, xs[-1], y)
    c.line(xs[2], 700, xs[-1], 700)  # the sum's rule, under the amounts only
    c.line(xs[0], 680, xs[-1], 680)
    for x in xs:
        c.line(x, 680, x, 760)
    for k, row in enumerate(rows):
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 4, 746 - 20 * k, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _hyphenated_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    lines = [
        "De werkgroep heeft haar eindrapport gepubliceerd op https://www.voorbeeld-",
        "onderzoek.nl/rapporten/2021/lockdown-in-de-ogen-van-burgers.pdf en de",
        "bijlagen staan op https://www.rijksoverheid.nl/documenten/rapporten/2021/03/",
        "12/eindrapport-werkgroep-digitale-middelen-en-",
        "privacy, waar ook de reactie van het kabinet te vinden is.",
    ]
    for k, text in enumerate(lines):
        c.drawString(72, 760 - 14 * k, text)
    c.showPage()
    c.save()
    return buf.getvalue()


@cache
def _doc(name: str) -> SegmentedDocument:
    build = {"merged": _merged_cell_pdf, "total": _total_rule_pdf, "hyphen": _hyphenated_pdf}
    return segment_pdf(build[name](), ocr=False)


def _rows(name: str) -> list[list[str]]:
    table = next(s for s in _doc(name).segments if s.kind == "table")
    assert table.rows is not None
    return table.rows


def _urls(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "url"]


def test_a_merged_cells_address_is_whole_in_the_row_of_its_first_line() -> None:
    rows = _rows("merged")
    row = next(r for r in rows if r[0] == "Veldtest Vught")
    assert row[1:] == ["Kamerbrief 16 juli", _ADDRESS]
    # the rows it spans keep their own first cells, nothing of the address
    for label in ("Toegankelijkheid app", "Gebruikerstest Twente", "Ethische analyse"):
        assert next(r for r in rows if r[0] == label)[1:] == ["", ""]
    assert next(r for r in rows if r[0] == "Advies privacy")[1:] == [
        "Kamerbrief 17 augustus",
        "Zie de brief",
    ]


def test_the_merged_cells_address_is_found_exact() -> None:
    text = " ".join(s.text for s in _doc("merged").segments)
    assert _urls(text) == [_ADDRESS]


def test_a_rule_under_one_column_still_parts_the_others() -> None:
    rows = _rows("total")
    assert ["B", "Energie", "EUR 300"] in rows
    assert ["Totaal", "", "EUR 1.500"] in rows


def test_an_address_hyphenated_at_a_line_end_keeps_its_hyphens() -> None:
    text = " ".join(s.text for s in _doc("hyphen").segments)
    assert _urls(text) == [
        "https://www.voorbeeld-onderzoek.nl/rapporten/2021/lockdown-in-de-ogen-van-burgers.pdf",
        "https://www.rijksoverheid.nl/documenten/rapporten/2021/03/12/"
        "eindrapport-werkgroep-digitale-middelen-en-privacy",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Available via https://www.uvaicds.net/wp-content/uploads/2020/10/Report_wave1.pdf.",
    ],
)
def test_an_address_printed_without_its_hyphen_stays_as_printed(text: str) -> None:
    # the report prints 'uvaicds' (its source wrote 'uva-icds'): no hyphen is invented
    assert _urls(text) == ["https://www.uvaicds.net/wp-content/uploads/2020/10/Report_wave1.pdf"]


# An Eerste Kamer paper on bills treated together, cited by both dossiers (or 'e.a.') and its
# letter: the first dossier's paper, as `_JOINT`'s 'en' form is.
@pytest.mark.parametrize(
    ("text", "ids", "cited"),
    [
        (
            "Zie Kamerstukken I 2023/24, 36154/35555, B.",
            ["kst-36154-B"],
            "Kamerstukken I 2023/24, 36154/35555, B",
        ),
        (
            "(Kamerstukken I 2004/05, 29 762 e.a., D, p. 4)",
            ["kst-29762-D"],
            "Kamerstukken I 2004/05, 29 762 e.a., D",
        ),
        (
            "Kamerstukken I 2019/20, 35 300 VII / 35 570 VII, A en B.",
            ["kst-35300-VII-A", "kst-35300-VII-B"],
            "Kamerstukken I 2019/20, 35 300 VII / 35 570 VII, A en B",
        ),
    ],
)
def test_an_eerste_kamer_joint_paper_is_the_first_dossiers(
    text: str, ids: list[str], cited: str
) -> None:
    hits = [h for h in find_in_text(text) if h.type == "kamerstuk"]
    assert [h.normalized for h in hits] == ids
    assert {text[h.start : h.end] for h in hits} == {cited}


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Kamerstukken I 2023/24, 36154/35555.", ["kst-36154"]),  # no letter: the dossier
        ("Kamerstukken I 2023/24, 36154/2023, B.", ["kst-36154"]),  # a year, no dossier
        ("Kamerstukken I 2023/24, 36154 e.a.", ["kst-36154"]),
        ("Kamerstukken I 2023/24, 36154/35555, Bijlage", ["kst-36154"]),  # a word, no letter
        ("Kenmerk 36154/35555, B", []),  # no label
        ("Postbus 20018/35555, B", []),
    ],
)
def test_joint_near_misses(text: str, ids: list[str]) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type == "kamerstuk"] == ids
