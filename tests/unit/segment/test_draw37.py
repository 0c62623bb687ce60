"""draw37: a drawing's labels are the document's text, read box by box (issue #8).

Found on real Kadaster documents (kadaster/klic-win 'Wijzigingen/eHerkenning/Beslisboom-
eHerkenning-1jul2024-KLIC.pdf', Word 365, a decision tree of rounded boxes in two columns with
'Ja' / 'Nee' on the arrows; and 'Wijzigingen/Archief/Informatiepolygoon/Beschrijving 5
scenarios ... (2016-10-02).pdf', Word 2010, labels in boxes round a sketch beside a table). The
layout had no notion of a drawing: the columns step filed a tree's right-hand boxes as a side
column (furniture), read two boxes side by side line by line into one paragraph ('Overleg
eerst met de Stap 1 erfgoedcommissie.'), joined a box's line to the arrow's label beside it
('Stap 2 Ja'), and put a diagram beside the prose before the page's heading.

The rule (services/segment/layout/drawings.py): boxes that hold text (shapes narrower than the
page's text, the innermost where they nest), two or more, among paths holding none (arrows,
connectors; no table's ruling, no frame round it all), are a drawing. Its text is read as a
figure in the body, box by box, row by row from the top, each box and each free label by a
drawn part its own block, between the body's lines above it and under it; no line of it is a
running head.

Fixtures (tests/fixtures/draw37, `python -m tests.fixtures.draw37.src.build`): a decision tree
under and over prose, a flow diagram beside a column of prose, and a tree alone on its page,
drawn by reportlab and by headless Chromium (CSS boxes and inline SVG arrows); and the same by
LibreOffice Writer (Draw shapes anchored to the page) where it is built."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from services.segment.layout.drawings import figure_zones
from services.segment.layout.words import PageRuns, Run
from services.segment.segmenter import segment_pdf

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "draw37"
PRODUCERS = [
    p
    for p in ["beslisboom.pdf", "beslisboom.chromium.pdf", "beslisboom.lo.pdf"]
    if (HERE / p).exists()
]

# what a person reads on each page, box by box and label by label, in order
ORDER = {
    1: [
        "Beslisboom kapvergunning",
        "Begin bij de eerste vraag",
        "Stap 1",
        "Nee",
        "Geen vergunning nodig.",
        "Ja",
        "Stap 2",
        "Ja",
        "Vergunning nodig:",
        "Nee",
        "Melding volstaat:",
        "Twijfelt u over het antwoord",
    ],
    2: [
        "Werkwijze bij een aanvraag",
        "dag van bekendmaking.",
        "Aanvraag ontvangen",
        "Toets op volledigheid",
        "onvolledig",
        "Termijn om aan te vullen",
        "Inhoudelijke toetsing",
        "Besluit en bekendmaking",
    ],
    3: [
        "Beslisboom 2: bomen op een monument",
        "Stap 1",
        "Nee",
        "Overleg eerst met de erfgoedcommissie.",
        "Ja",
        "daarna",
        "Stap 2",
        "Nee",
        "Wacht het advies af",
        "Ja",
        "Dien de aanvraag in",
        "(einde beslisboom 2)",
    ],
}
# a box's text, whole, and never with a label or another box's words in it, by page
BOXES = {
    1: [
        "Staat de boom binnen de bebouwde kom?",
        "Geen vergunning nodig. U meldt de kap vooraf bij de gemeente.",
        "Is de stam dikker dan dertig centimeter?",
        "Vergunning nodig: vraag die aan bij de omgevingsdienst.",
    ],
    2: ["Toets op volledigheid"],
    3: [
        "Staat de boom op een beschermd monument of in een stadsgezicht?",
        "Overleg eerst met de erfgoedcommissie.",
        "Heeft de commissie een advies gegeven?",
        "Wacht het advies af voor u verder gaat.",
    ],
}


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def _flat(text: str) -> str:
    return " ".join(text.split())


# LibreOffice's file draws the flow diagram and the tree alone (build_lo.py): its pages 1 and 2
# are the others' pages 2 and 3
SHOWN = {"beslisboom.lo.pdf": {2: 1, 3: 2}}


class Read:
    def __init__(self, name: str) -> None:
        self.doc = segment_pdf((HERE / name).read_bytes(), ocr=False)
        self.segments = self.doc.segments
        self.pages = SHOWN.get(name, {n: n for n in ORDER})  # our page: its page
        shown = set(self.pages)
        self.boxes = [b for n in shown for b in BOXES[n]]


@pytest.fixture(scope="module", params=PRODUCERS)
def doc(request: pytest.FixtureRequest) -> Read:
    return Read(request.param)


def test_no_label_is_furniture(doc: Read) -> None:
    assert [s.text for s in doc.segments if s.kind in ("furniture", "letterhead")] == []


def test_every_box_is_read_whole_and_alone(doc: Read) -> None:
    texts = [_flat(s.text) for s in doc.segments]
    for box in doc.boxes:
        assert any(box in t and len(t) <= len(box) + 12 for t in texts), box


def test_no_line_runs_into_an_arrows_label(doc: Read) -> None:
    for s in doc.segments:
        text = _flat(s.text)
        assert not re.search(r"\b(?:Stap \d|kom\?|centimeter\?) (?:Ja|Nee)\b", text), text
        assert not re.search(r"\b(?:Ja|Nee) (?:Staat|Is de|Heeft|Overleg|Wacht)\b", text), text


_READ: dict[str, Read] = {}
FIGURES = [(name, page) for name in PRODUCERS for page in SHOWN.get(name, {n: n for n in ORDER})]


@pytest.mark.parametrize(("name", "page"), FIGURES)
def test_the_figure_reads_in_order(name: str, page: int) -> None:
    doc = _READ.setdefault(name, Read(name))
    shown = doc.pages[page]
    text = "\n".join(_flat(s.text) for s in doc.segments if s.page == shown)
    at = 0
    for part in ORDER[page]:
        found = text.find(part, at)
        assert found >= 0, (part, text[at : at + 200])
        at = found + len(part)


def test_every_word_reaches_the_body(doc: Read) -> None:
    body: Counter[str] = Counter()
    for s in doc.segments:
        if s.kind not in ("furniture", "letterhead"):
            body.update(_words(s.text))
    raw: Counter[str] = Counter()
    for page in doc.pages:
        for part in ORDER[page]:
            raw.update(_words(part))
    assert not raw - body


# the rule on hand-made runs


def _run(text: str, x: float, y: float, size: float = 9.0) -> Run:
    return Run(text, x, y, x + 5 * len(text), y + size, size, base=y + 2)


def _page(drawn: list[tuple[float, float, float, float]], width: float = 595.0) -> PageRuns:
    page = PageRuns(1, width, 842.0)
    page.drawn = drawn
    return page


BOX_A = (72.0, 600.0, 262.0, 670.0)
BOX_B = (345.0, 600.0, 525.0, 670.0)
ARROW = (262.0, 634.0, 345.0, 636.0)


def _zones() -> dict[str, list[Run]]:
    return {
        "body": [
            _run(
                "Een regel proza boven de tekening die de hele breedte van de kolom vult", 72, 700
            ),
            _run("Stap 1", 150, 650),
            _run("Nee", 290, 640),
            _run(
                "Een regel proza onder de tekening die de hele breedte van de kolom vult", 72, 500
            ),
        ],
        "side": [_run("Uitkomst", 400, 650), _run("een tweede regel", 390, 635)],
    }


def test_two_boxes_and_an_arrow_are_a_figure_read_box_by_box() -> None:
    out = figure_zones(_page([BOX_A, BOX_B, ARROW]), _zones(), [])
    assert out is not None
    figure = [[r.text for r in runs] for zone, runs in out.items() if zone.endswith("#")]
    assert figure == [["Stap 1"], ["Nee"], ["Uitkomst", "een tweede regel"]]
    assert "side" not in out  # the right-hand box is the figure's, no side column
    assert [r.text[:10] for r in out["body"]] == ["Een regel "]
    under = [z for z in out if z.startswith("body~") and not z.endswith("#")]
    assert len(under) == 1 and out[under[0]][0].text.endswith("van de kolom vult")


def test_no_run_is_lost_or_doubled() -> None:
    zones = _zones()
    out = figure_zones(_page([BOX_A, BOX_B, ARROW]), zones, [])
    assert out is not None
    assert sorted(id(r) for z in out.values() for r in z) == sorted(
        id(r) for z in zones.values() for r in z
    )


def test_a_heading_over_a_box_is_no_label() -> None:
    """Only a connector makes a loose text a figure's label; the page's heading right over a
    box stays the body's, read before the figure."""
    zones = _zones()
    zones["body"].insert(0, _run("Beslisboom", 72, 672, 12.0))
    out = figure_zones(_page([BOX_A, BOX_B, ARROW]), zones, [])
    assert out is not None
    assert "Beslisboom" in [r.text for r in out["body"]]
    assert all("Beslisboom" not in r.text for z, rs in out.items() if z.endswith("#") for r in rs)


def test_boxes_without_a_connector_are_no_figure() -> None:
    """Two shaded boxes with nothing drawn between them (a page's callouts) stay as they are."""
    assert figure_zones(_page([BOX_A, BOX_B]), _zones(), []) is None


def test_one_box_is_no_figure() -> None:
    assert figure_zones(_page([BOX_A, ARROW]), _zones(), []) is None


def test_a_box_as_wide_as_the_text_is_no_figures_box() -> None:
    """A shaded paragraph or a heading's bar spans the column: no box of a drawing."""
    wide = (72.0, 600.0, 525.0, 670.0)
    assert figure_zones(_page([wide, (72.0, 560.0, 525.0, 590.0), ARROW]), _zones(), []) is None


def test_prose_among_the_boxes_is_no_figure() -> None:
    zones = _zones()
    zones["body"] += [
        _run("Lopende tekst tussen de vakken, langer dan wat de vakken samen zeggen.", 270, 620),
        _run("En nog een zin, want proza is geen label van een tekening.", 270, 610),
    ]
    assert figure_zones(_page([BOX_A, BOX_B, ARROW]), zones, []) is None


def test_a_table_is_no_part_of_a_figure() -> None:
    """Cells of a drawn table are the table's, not a drawing's boxes."""
    table = (60.0, 590.0, 540.0, 680.0)
    assert figure_zones(_page([BOX_A, BOX_B, ARROW]), _zones(), [table]) is None


def test_a_slide_is_left_alone() -> None:
    assert figure_zones(_page([BOX_A, BOX_B, ARROW], width=1200.0), _zones(), []) is None
