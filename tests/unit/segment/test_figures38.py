"""figures38: a chart's, a map's and an organogram's labels read whole, and a drawing's caption
kept out of its items (issue #8).

A chart has no boxes round its words: its axis's values and categories, its legend, its title
stand loose round drawn parts that touch (axes, bars, grid lines, a series' line; a map's areas;
an organogram's lines). The columns step read them as prose: the labels ran into the paragraph
before or the caption after ('0 Noord Oost Zuid West Regio Figuur 1: ...'), a row of categories
and a legend was cut into a table ('Q1 | Q2 weken gemiddeld | Q3 ...'), a map's place names were
read with its legend's classes between them. And a drawing's caption that stands within its
arrows' reach was read as one of its labels, among the boxes (IMKL2015 Dataspecificatie 1.2.1,
p. 57, 'Figuur 5.14: ...').

The rule (services/segment/layout/drawings.py `chart_zones`): drawn parts that touch, with the
short texts round them (within two sizes of a part or of another label, five words at most, no
caption) and the parts by those (a legend's swatch, an organogram's next lines): four parts or
more, three labels or more, a good part of the text's width, 50 points high; no text of more
words inside its bounds (a shaded frame round prose). Its labels are one block in the body, at
the chart's place, top to bottom; the caption under it comes after it. In a drawing of boxes
(`figure_zones`), a caption among the free labels is no label: read after the figure when it
stands under the drawing's middle.

Fixtures (tests/fixtures/figures38, `python -m tests.fixtures.figures38.src.build`): the same
four pages drawn by reportlab and by headless Chromium (inline SVG)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from services.segment.layout.drawings import chart_zones, figure_zones
from services.segment.layout.paragraphs import CHART
from services.segment.layout.words import PageRuns, Run
from services.segment.segmenter import segment_pdf

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "figures38"
PRODUCERS = ["figures.pdf", "figures.chromium.pdf"]

BAR_LABELS = ["Aanvragen per regio", "500", "Noord", "West", "aanvragen 2024", "Regio"]
LINE_LABELS = ["10", "Q1", "Q4", "weken gemiddeld", "weken mediaan"]
PLACES = ["Duinstreek", "Polderland", "Veenhoek", "Rivierzone", "Heuvelrug", "Kustvlakte"]
UNITS = ["Directie Wonen", "Directie Ruimte", "Huurbeleid", "Ruimtelijke kwaliteit"]
BOXES = ["Aanvraag ontvangen", "Toets op volledigheid", "Besluit en bekendmaking"]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def _flat(text: str) -> str:
    return " ".join(text.split())


class Read:
    def __init__(self, name: str) -> None:
        self.name = name
        self.segments = segment_pdf((HERE / name).read_bytes(), ocr=False).segments
        self.texts = [_flat(s.text) for s in self.segments]

    def on(self, page: int) -> list[str]:
        return [_flat(s.text) for s in self.segments if s.page == page]

    def holding(self, page: int, label: str) -> int:
        """The index, among its page's segments, of the one that holds `label`."""
        found = [k for k, t in enumerate(self.on(page)) if re.search(rf"\b{re.escape(label)}\b", t)]
        assert found, label
        return found[0]


@pytest.fixture(scope="module", params=PRODUCERS)
def doc(request: pytest.FixtureRequest) -> Read:
    return Read(request.param)


def test_every_word_reaches_the_body(doc: Read) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(HERE / doc.name))
    raw: Counter[str] = Counter()
    for k in range(len(pdf)):
        raw.update(_words(pdf[k].get_textpage().get_text_range()))
    body: Counter[str] = Counter()
    for s in doc.segments:
        if s.kind not in ("furniture", "letterhead"):
            body.update(_words(s.text))
    assert raw - body == Counter()


def test_a_bar_charts_labels_are_one_block_before_its_caption(doc: Read) -> None:
    at = {doc.holding(1, label) for label in BAR_LABELS}
    assert len(at) == 1, at
    (chart,) = at
    page = doc.on(1)
    assert "Figuur 1" not in page[chart]
    assert page[chart + 1].startswith("Figuur 1: Aanvragen omgevingsvergunning")
    assert page[chart - 1].endswith("figuur 1 laat de aantallen zien.")


def test_a_charts_labels_are_no_table(doc: Read) -> None:
    assert [s.text for s in doc.segments if s.kind == "table"] == []
    at = {doc.holding(1, label) for label in LINE_LABELS}
    assert len(at) == 1, at
    (chart,) = at
    assert doc.on(1)[chart + 1].startswith("Figuur 2: Doorlooptijd")


def test_a_map_and_an_organogram_without_an_axis_are_left_to_the_columns(doc: Read) -> None:
    """No axis, no chart: the map's places and the organogram's units are read as the columns
    read them (still short, bench/breadth/report-figures38.md), every word in the body."""
    for label in [*PLACES, *UNITS]:
        page = 2 if label in PLACES else 3
        doc.holding(page, label)


def test_a_drawings_caption_follows_its_boxes(doc: Read) -> None:
    page = doc.on(4)
    boxes = [doc.holding(4, box) for box in BOXES]
    caption = doc.holding(4, "Figuur 4")
    assert page[caption] == "Figuur 4: De drie stappen van een aanvraag"
    assert caption > max(boxes)
    assert page[caption + 1].startswith("Tegen het besluit")


def test_no_label_is_furniture(doc: Read) -> None:
    assert [s.text for s in doc.segments if s.kind in ("furniture", "letterhead")] == []


# the rule on hand-made runs


def _run(text: str, x: float, y: float, size: float = 9.0) -> Run:
    return Run(text, x, y, x + 5 * len(text), y + size, size, base=y + 2)


def _page(drawn: list[tuple[float, float, float, float]], width: float = 595.0) -> PageRuns:
    page = PageRuns(1, width, 842.0)
    page.drawn = drawn
    return page


# a bar chart: an axis, three bars standing on it, a grid line across; its values left of the
# axis, its categories under the bars
CHART_PARTS = [
    (120.0, 500.0, 420.0, 501.0),
    (120.0, 500.0, 121.0, 640.0),
    (120.0, 600.0, 420.0, 601.0),
    (150.0, 501.0, 190.0, 560.0),
    (250.0, 501.0, 290.0, 620.0),
    (350.0, 501.0, 390.0, 590.0),
]
PROSE = [
    _run("De aantallen stegen in alle regio's, het meest in het noorden van het land.", 72, 700),
    _run("Het aantal aanvragen lag in het zuiden wat lager dan een jaar eerder, maar.", 72, 450),
]


def _chart_runs() -> list[Run]:
    return [
        _run("0", 108, 496),
        _run("50", 104, 546),
        _run("100", 100, 596),
        _run("Noord", 155, 486),
        _run("Midden", 252, 486),
        _run("Zuid", 355, 486),
    ]


def test_a_chart_is_read_as_one_block_between_the_prose() -> None:
    labels = _chart_runs()
    zones = {"body": [PROSE[0], *labels, PROSE[1]]}
    read = chart_zones(_page(CHART_PARTS), zones, [])
    assert read is not None
    order = list(read)
    charts = [z for z in order if z.endswith(CHART)]
    assert len(charts) == 1
    assert {r.text for r in read[charts[0]]} == {r.text for r in labels}
    assert read[order[0]] == [PROSE[0]]
    assert read[order[-1]] == [PROSE[1]]
    # no run lost or doubled
    assert sorted(id(r) for z in read.values() for r in z) == sorted(id(r) for r in zones["body"])


def test_prose_inside_the_parts_is_no_chart() -> None:
    inside = _run("Het aantal aanvragen lag in het zuiden wat lager dan een jaar.", 130, 560)
    zones = {"body": [PROSE[0], *_chart_runs(), inside, PROSE[1]]}
    assert chart_zones(_page(CHART_PARTS), zones, []) is None


def test_too_few_labels_or_parts_are_no_chart() -> None:
    zones = {"body": [PROSE[0], _run("Noord", 155, 486), _run("Zuid", 355, 486), PROSE[1]]}
    assert chart_zones(_page(CHART_PARTS), zones, []) is None
    zones = {"body": [PROSE[0], *_chart_runs(), PROSE[1]]}
    assert chart_zones(_page(CHART_PARTS[:3]), zones, []) is None


def test_a_small_drawing_is_no_chart() -> None:
    """A logo drawn in a few touching paths, its words beside it (a letterhead)."""
    logo = [(72.0, 760.0, 84.0, 800.0), (84.0, 760.0, 96.0, 800.0), (72.0, 790.0, 96.0, 800.0)]
    logo += [(72.0, 760.0, 96.0, 770.0)]
    zones = {
        "body": [
            _run("Ministerie van", 100, 790),
            _run("Binnenlandse Zaken", 100, 779),
            _run("en Koninkrijksrelaties", 100, 768),
            *PROSE,
        ]
    }
    assert chart_zones(_page(logo), zones, []) is None


def test_a_chart_in_a_drawn_table_is_left_to_the_table() -> None:
    zones = {"body": [PROSE[0], *_chart_runs(), PROSE[1]]}
    assert chart_zones(_page(CHART_PARTS), zones, [(60.0, 470.0, 540.0, 660.0)]) is None


def test_a_caption_among_a_drawings_labels_is_read_after_it() -> None:
    box_a = (72.0, 600.0, 200.0, 650.0)
    box_b = (340.0, 600.0, 500.0, 650.0)
    box_c = (340.0, 480.0, 500.0, 530.0)
    arrows = [
        (200.0, 624.0, 340.0, 626.0),
        (419.0, 530.0, 421.0, 600.0),
        (200.0, 505.0, 340.0, 600.0),
    ]
    a = _run("Aanvraag ontvangen", 90, 620)
    b = _run("Toets op volledigheid", 360, 620)
    c = _run("Besluit en bekendmaking", 355, 500)
    caption = _run("Figuur 4: De drie stappen", 80, 500)
    zones = {"body": [PROSE[0], a, b, caption, c, PROSE[1]]}
    read = figure_zones(_page([box_a, box_b, box_c, *arrows]), zones, [])
    assert read is not None
    order = [r.text for z in read.values() for r in z]
    assert order.index("Figuur 4: De drie stappen") > order.index("Besluit en bekendmaking")
    assert order[-1] == PROSE[1].text
    assert not any(caption in runs for z, runs in read.items() if z.endswith("#"))


def test_a_table_ruled_between_its_rows_is_no_chart() -> None:
    """Rules under each row of a table (no grid the grids step reads): no chart."""
    rules = [(100.0, 600.0 - 20 * k, 500.0, 601.0 - 20 * k) for k in range(6)]
    rules += [(100.0, 500.0, 101.0, 601.0)]  # touching: one group
    rows = [_run(w, x, 605.0 - 20 * k) for k in range(5) for w, x in (("Omzet", 110), ("12", 300))]
    zones = {"body": [PROSE[0], *rows, PROSE[1]]}
    assert chart_zones(_page(rules), zones, []) is None


def test_labels_in_rows_of_cells_are_a_table_not_a_chart() -> None:
    cells = [
        _run(t, x, 600.0 - 30 * k)
        for k in range(3)
        for t, x in (("a1", 150), ("b2", 250), ("c3", 350))
    ]
    zones = {"body": [PROSE[0], *_chart_runs(), *cells, PROSE[1]]}
    assert chart_zones(_page(CHART_PARTS), zones, []) is None


def test_a_column_right_of_a_chart_is_read_after_it_whole() -> None:
    """A chart in the left column of two: the right column, beside it and under its top, is
    read after the chart, not cut at the chart's foot."""
    left = [_run(f"links {k}", 60, 700.0 - 14 * k) for k in range(3)]
    right = [_run(f"rechts {k}", 440, 700.0 - 60 * k) for k in range(6)]
    parts = [(60.0, 500.0, 300.0, 501.0), (60.0, 500.0, 61.0, 640.0), (60.0, 600.0, 300.0, 601.0)]
    parts += [(60.0, 640.0, 300.0, 641.0)]
    parts += [(90.0, 501.0, 130.0, 560.0), (190.0, 501.0, 230.0, 620.0)]
    labels = [
        _run("0", 48, 496),
        _run("50", 44, 546),
        _run("100", 40, 596),
        _run("Noord", 95, 486),
        _run("Zuid", 195, 486),
    ]
    zones = {"body": [*left, *labels], "body2": right}
    read = chart_zones(_page(parts), zones, [])
    assert read is not None
    order = [r.text for z in read for r in read[z]]
    chart = order.index("Noord") if "Noord" in order else -1
    assert chart >= 0
    assert [t for t in order if t.startswith("rechts")] == [f"rechts {k}" for k in range(6)]
    assert order.index("rechts 0") > max(order.index(r.text) for r in labels)
    assert order.index("links 2") < order.index("Noord")


def test_a_chart_on_a_spread_is_read_too() -> None:
    """An annual report printed as spreads (Kramp's jaarverslag, 1190 x 842 points): a chart on
    the wide page is read as on a page of its own."""
    page = _page(CHART_PARTS, width=1190.0)
    zones = {"body": [PROSE[0], *_chart_runs(), PROSE[1]]}
    read = chart_zones(page, zones, [])
    assert read is not None
    assert any(z.endswith(CHART) for z in read)


def test_numbers_that_step_unevenly_are_no_axis() -> None:
    """A column of amounts (a table's, or a head's numbers) is no axis: no chart."""
    labels = [
        _run("0", 108, 496),
        _run("70", 104, 546),
        _run("100", 100, 596),
        _run("Noord", 155, 486),
        _run("Midden", 252, 486),
        _run("Zuid", 355, 486),
    ]
    zones = {"body": [PROSE[0], *labels, PROSE[1]]}
    assert chart_zones(_page(CHART_PARTS), zones, []) is None
