"""read29 (issue #8: heads read as a person reads them; what read28 left).

read28 made labels read as paragraphs: words in cells, a form's labels over their values, a
drawing's labels. Three kinds of head are read here as a reader reads them:

- a table's title heads its table: its unit at its end or set apart at the right ('Employee
  benefit expenses in millions of EUR', 'Depreciation and amortization   in millions of EUR'),
  or a table under it, straight or under the table's period ('2016 - 2018'); a title with a
  legend beside it ('Actielijst   O= open/ G=Gesloten') over a table of more columns. On main
  they read as a form's labels over values, or as words in cells.
- a form's label over a value longer than a label's ('Handelsnaam' / 'Coöperatie Bosgroep
  Noord-Oost Nederland U.A.') is a label, as the labels over short values are.
- a model's diagram (UML classes stacked in columns, as Enterprise Architect prints them): the
  classes' names are labels, the page's title stays.

Fixtures: tests/fixtures/read29 (reportlab and Chromium; `src/build.py`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from services.segment.layout import headings
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PRODUCERS = ["reportlab", "chromium"]
TITLES = [
    "Employee benefit expenses in millions of EUR",
    "Employees in FTEs",
    "Depreciation and amortization in millions of EUR",
    "Share capital transactions",
    "Actielijst O= open/ G=Gesloten",
]


@cache
def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=False)


def _heads(doc: SegmentedDocument) -> list[str]:
    return [s.text for s in doc.segments if s.kind == "heading"]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_table_titles_head_their_tables(producer: str) -> None:
    doc = _doc(f"read29/tables.{producer}.pdf")
    assert _heads(doc) == TITLES
    kinds = [s.kind for s in doc.segments]
    for title in TITLES:  # each title stands over its table, or over its period and the table
        at = [s.text for s in doc.segments].index(title)
        assert "table" in kinds[at + 1 : at + 3]
    periods = [s for s in doc.segments if s.text == "2016 - 2018"]
    assert len(periods) == 3
    assert {s.kind for s in periods} == {"paragraph"}


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_label_over_a_long_value_is_a_label(producer: str) -> None:
    doc = _doc(f"read29/form.{producer}.pdf")
    assert _heads(doc) == ["Project"]  # 'Uw gegevens', the first block, is the title
    texts = [(s.kind, s.text) for s in doc.segments]
    at = texts.index(("paragraph", "Handelsnaam"))
    assert texts[at + 1] == ("paragraph", "Coöperatie Bosgroep Noord-Oost Nederland U.A.")


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_models_class_names_are_labels(producer: str) -> None:
    doc = _doc(f"read29/model.{producer}.pdf")
    assert [s.text for s in doc.segments if s.kind in ("heading", "title")] == [
        "Informatiemodel Open Raadsinformatie"
    ]
    body = " ".join(s.text for s in doc.segments if s.kind == "paragraph")
    for name in ("Objecttype::VERGADERING", "Relatieklasse::STEM", "Objecttype::STEMMING"):
        assert name in body  # kept as text, never dropped


def _line(
    text: str, cells: list[str] | None = None, y0: float = 700, size: float = 10, bold: bool = True
) -> Line:
    spans, x = [], 70.0
    for cell in cells or [text]:
        spans.append((x, x + 6 * len(cell), cell))
        x += 6 * len(cell) + 40
    return Line(1, 70, y0, x, y0 + size, y0 + 2, size, bold, text, cells=spans)


def _block(*lines: Line, kind: str = "paragraph") -> Block:
    return Block(list(lines), kind=kind).finish()


@pytest.mark.parametrize(
    ("cell", "unit"),
    [
        ("in millions of EUR", True),
        ("in millions of EUR unless otherwise stated", True),
        ("(bedragen in € x 1.000)", True),
        ("x € 1.000", True),
        ("Bedragen x € 1 miljoen", True),
        ("in %", True),
        ("EUR million", True),
        ("O= open/ G=Gesloten", False),
        ("Principal country of business", False),
        ("in de gemeente", False),
    ],
)
def test_a_tables_unit(cell: str, unit: bool) -> None:
    assert bool(headings._UNIT.match(cell)) is unit
    block = _block(_line(f"Depreciation {cell}", ["Depreciation", cell]), kind="heading")
    assert headings._in_cells(block) is not unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Employee benefit expenses in millions of EUR", True),
        ("Sales in millions of EUR unless otherwise stated", True),
        ("Employees per segment in FTEs at year-end", True),
        ("Employee Engagement index in %", True),
        ("Lasten (bedragen x € 1.000)", True),
        ("Remuneration Board of Management in EUR", True),
        ("Werken in Europa", False),
        ("Huisnummer", False),
    ],
)
def test_a_title_with_its_unit(text: str, unit: bool) -> None:
    assert bool(headings._UNIT_END.search(text)) is unit


def _table(columns: int, y0: float = 600) -> Block:
    block = _block(_line("a b", ["a", "b"], y0=y0, bold=False), kind="table")
    block.rows = [["x"] * columns, ["1"] * columns]
    return block


def test_a_title_over_a_table() -> None:
    title = _block(_line("Share capital transactions"), kind="heading")
    period = _block(_line("2016 - 2018", y0=688, bold=False))
    assert headings._titles_table(title, period, _table(4))
    assert headings._titles_table(title, _table(4), None)
    assert not headings._titles_table(title, period, _block(_line("Huisnummer", y0=650)))
    # a header row over its table has as many cells as the table has columns
    header = _block(_line("Veldnaam Omschrijving", ["Veldnaam", "Omschrijving"]), kind="heading")
    assert not headings._titles_table(header, _table(2), None)
    legend = _block(_line("Actielijst O= open", ["Actielijst", "O= open"]), kind="heading")
    assert headings._titles_table(legend, _table(4), None)
    # a column's head with its unit, in a row of heads: no title's unit
    heads = _block(
        _line(
            "Omschrijving Verplichting (x € 1.000)", ["Omschrijving", "Verplichting (x € 1.000)"]
        ),
        kind="heading",
    )
    assert not headings._titles_table(heads, _table(2), None)
    apart = _block(_line("Lasten x € 1.000", ["Lasten", "x € 1.000"]), kind="heading")
    assert headings._titles_table(apart, None, None)
    # three cells or more: a header row, whatever the table
    row = _block(_line("Nr. Onderwerp Toelichting", ["Nr.", "Onderwerp", "Toelichting"]))
    assert not headings._titles_table(row, _table(5), None)


@pytest.mark.parametrize(
    ("label", "value", "long"),
    [
        ("Handelsnaam", ["Coöperatie Bosgroep Noord-Oost Nederland U.A."], True),
        ("Handelsnaam", ["Coöperatie Bosgroep Noord-Oost Nederland"], True),
        ("Naam van dit project", ["Kap van veertien bomen langs de Dorpsstraat"], True),
        # a paragraph's first line runs on into the next
        (
            "Aanpak",
            ["De gemeente onderzoekt eerst welke bomen zij", "moet kappen en waarom."],
            False,
        ),
        ("Aanpak", ["De gemeente onderzoekt eerst welke bomen en"], False),
        ("Aanpak", ["De gemeente kapt de bomen in het najaar."], False),  # a sentence
        # a form's part's head is longer than the question under it
        (
            "Onderwerpen en categorie die de klacht het beste omschrijven",
            ["Welk(e) onderwerp(en) omschrijven deze klacht het beste"],
            False,
        ),
    ],
)
def test_a_long_value(label: str, value: list[str], long: bool) -> None:
    head = _block(_line(label), kind="heading")
    lines = [_line(text, y0=688 - 12 * i, bold=False) for i, text in enumerate(value)]
    assert headings._long_value(head, _block(*lines)) is long


def test_a_page_of_text_about_a_model_keeps_its_heads() -> None:
    """A standard's text that names a model's classes ('Objecttype::VERGADERING', '0..*') in
    its sentences is text: its heads stay."""
    prose = (
        "Een vergadering kent nul of meer agendapunten, in het model de relatie 0..* tussen",
        "Objecttype::VERGADERING en Objecttype::AGENDAPUNT, zoals de figuur hierboven toont.",
    )
    blocks = []
    for i in range(3):
        y = 700 - 80 * i
        blocks.append(_block(_line(f"Klasse {i}", y0=y), kind="heading"))
        blocks.append(
            _block(*(_line(t, y0=y - 14 - 12 * j, bold=False) for j, t in enumerate(prose)))
        )
    headings._drawing_labels(blocks)
    assert [b.kind for b in blocks].count("heading") == 3
