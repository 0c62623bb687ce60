"""regeling39: heads at their level and running heads the matrix still missed (issue #8).

1. A part of the document opened by a head over numbered sections that count from 1 again: the
   regeling's 'Toelichting' over '1. Aanleiding en doel' (matrix38, seven producers) and a
   verordening's 'Algemene toelichting' over '1. Inleiding' ... '3. Financiële gevolgen', then
   'Artikelsgewijze toelichting' over the articles' heads again (tests/fixtures/regeling39,
   written for this, seven producers): the numbered sections one level under the part's head
   (headings._numbered_parts).
2. A running head on page 1 level with the logo, one line of two cells far apart: where the
   other pages print the head alone in that place, page 1's is cut off as furniture
   (furniture._running_cells, placing._cut_running_cells): matrix38's beslisnota (reportlab's
   two pages) and the raadsbrief here (six producers print two pages). On one page the head
   repeats nowhere: no evidence, it stays body (strict xfails).
3. A head that heads nothing, closing its page before the next page's head (an NVWA report's
   signing label 'Toezichthouder'), is no part of a stacked section above it
   (headings._heads_nothing).
Numbers: bench/breadth/report-regeling39.md.
"""

from __future__ import annotations

from functools import cache

import pytest

from services.segment.layout.furniture import mark_furniture
from services.segment.layout.headings import mark
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from tests.fixtures.producers.cells import assert_headings, assert_read_as_written, cells
from tests.fixtures.producers.score import PRODUCERS, Score, score, text_layer_check
from tests.fixtures.regeling39.build import DOCS
from tests.fixtures.regeling39.build import HERE as ROOT

# (doc, producer) -> what fails today on body, questions, answers, footnotes or furniture
# (the raadsbrief's head on Typst's one page is furniture by what the page shows:
# furniture._printed_once, heads40)
KNOWN_GAPS: dict[tuple[str, str], str] = {}


@cache
def _score(doc: str, producer: str) -> Score:
    return score(doc, producer, ROOT)


@cache
def _read(path: str) -> SegmentedDocument:
    return segment_pdf((ROOT.parent / path).read_bytes())


@pytest.mark.parametrize(("doc", "producer"), cells(DOCS, KNOWN_GAPS))
def test_body_and_furniture_read_as_written(doc: str, producer: str) -> None:
    assert_read_as_written(_score(doc, producer))


@pytest.mark.parametrize(("doc", "producer"), cells(DOCS, {}))
def test_headings_read_as_written(doc: str, producer: str) -> None:
    """The verordening's articles at level 1 under its title; 'Algemene toelichting' over
    '1. Inleiding', '2. Juridisch kader' and its '2.1', '3. Financiële gevolgen' one level
    under it; 'Artikelsgewijze toelichting' the next part, over 'Artikel 2' and 'Artikel 3'
    (a bare article head on a line of its own is a head of its own, headings._split_heads)."""
    assert_headings(_score(doc, producer))


@pytest.mark.parametrize(("doc", "producer"), cells(DOCS, {}))
def test_gold_matches_the_text_layer(doc: str, producer: str) -> None:
    absent, unnamed = text_layer_check(doc, producer, ROOT)
    assert not absent, absent
    assert not unnamed, unnamed


@pytest.mark.parametrize("producer", PRODUCERS)
def test_regeling_toelichting_sections_under_toelichting(producer: str) -> None:
    """matrix38's regeling (the rule's first document): the articles under the title at level
    1, 'Toelichting' at 1, its numbered sections at 2."""
    doc = _read(f"matrix38/pdf/regeling.{producer}.pdf")
    heads = [(s.text, s.level) for s in doc.segments if s.kind == "heading"]
    assert heads[-4:] == [
        ("Toelichting", 1),
        ("1. Aanleiding en doel", 2),
        ("2. Financiële gevolgen", 2),
        ("3. Regeldruk", 2),
    ]
    assert all(level == 1 for text, level in heads if text.startswith("Artikel"))


@pytest.mark.parametrize("producer", ["reportlab-word", "reportlab-glyph", "reportlab-line"])
def test_beslisnota_page_one_head_beside_the_logo_is_furniture(producer: str) -> None:
    """matrix38's beslisnota on two pages: page 1's 'Beslisnota IENW/BSK-2026/318470' stands in
    one line with the logo's 'Ministerie van Infrastructuur'; page 2 prints it alone there. The
    head is furniture on both pages, the logo's two lines one letterhead block of their own
    type."""
    segments = _read(f"matrix38/pdf/beslisnota.{producer}.pdf").segments
    heads = [(s.page, s.kind) for s in segments if s.text == "Beslisnota IENW/BSK-2026/318470"]
    assert heads == [(1, "furniture"), (2, "furniture")]
    logo = [s for s in segments if "Ministerie van Infrastructuur" in s.text and s.page == 1]
    assert [(s.kind, " ".join(s.text.split())) for s in logo[:1]] == [
        ("letterhead", "Ministerie van Infrastructuur en Waterstaat")
    ]


# -- hand-made blocks through headings.mark: the part's rule and its guards ------------------


def _head(text: str, top: float, page: int = 1, size: float = 10.0, bold: bool = True) -> Block:
    line = Line(
        page, 72.0, top - size, 72.0 + 5 * len(text), top, top - 0.2 * size, size, bold, text
    )
    return Block([line], kind="heading", text=text)


def _text(text: str, top: float, page: int = 1) -> Block:
    lines = [
        Line(
            page, 72.0, top - 10 - 13 * k, 520.0, top - 13 * k, top - 2 - 13 * k, 10.0, False, text
        )
        for k in range(3)
    ]
    return Block(lines, kind="paragraph", text=" ".join([text] * 3))


def _levels(blocks: list[Block]) -> list[tuple[str, int | None]]:
    return [(b.text, b.level) for b in mark(blocks, 10.0) if b.kind == "heading"]


def test_numbers_that_begin_under_a_head_count_its_part() -> None:
    """'Toelichting' right over '1. Aanleiding', in one type: the numbered sections (and their
    '2.1') one level under it; a signature ends the part."""
    blocks = [
        _head("Artikel 1 Begrippen", 700), _text("In deze regeling wordt verstaan onder:", 680),
        _head("Artikel 2 Subsidie", 620), _text("De minister kan subsidie verstrekken.", 600),
        _head("Toelichting", 540), _head("1. Aanleiding", 518),
        _text("De vloot is verouderd en verbruikt veel brandstof.", 500),
        _head("2. Gevolgen", 440), _text("Er is twaalf miljoen beschikbaar.", 420),
        _head("2.1 Regeldruk", 360), _text("Een aanvraag kost acht uur.", 340),
    ]  # fmt: skip
    assert _levels(blocks) == [
        ("Artikel 1 Begrippen", 1), ("Artikel 2 Subsidie", 1), ("Toelichting", 1),
        ("1. Aanleiding", 2), ("2. Gevolgen", 2), ("2.1 Regeldruk", 3),
    ]  # fmt: skip


def test_the_next_part_head_ends_the_part() -> None:
    """An unnumbered head in the part head's type, right over another head ('Artikelsgewijze
    toelichting' over 'Artikel 2'), is the next part: at the part's level."""
    blocks = [
        _head("Inleiding", 760), _text("Deze verordening regelt de subsidie.", 740),
        _head("Algemene toelichting", 680), _head("1. Inleiding", 658),
        _text("Veel woningen zijn slecht geïsoleerd.", 640),
        _head("2. Financiën", 580), _text("Er is zeshonderdduizend euro beschikbaar.", 560),
        _head("Artikelsgewijze toelichting", 500), _head("Artikel 2", 478),
        _text("Alleen eigenaar-bewoners komen in aanmerking.", 460),
    ]  # fmt: skip
    levels = dict(_levels(blocks))
    assert (levels["Algemene toelichting"], levels["1. Inleiding"], levels["2. Financiën"]) == (
        1,
        2,
        2,
    )
    assert levels["Artikelsgewijze toelichting"] == 1
    assert levels["Artikel 2"] == 2


def test_no_part_without_its_evidence() -> None:
    """Guards: numbers that do not begin at 1 under the head (a run going on); the document's
    first head (its name, under which all of it stands); a head with text under it (no part
    head, its sections' siblings); a number out of turn ends the part."""
    going_on = [
        _head("Inleiding", 760), _text("Deze notitie beschrijft de aanpak.", 740),
        _head("Resultaten", 680), _head("3. Metingen", 658),
        _text("Er is op twaalf plaatsen gemeten.", 640),
        _head("4. Analyse", 580), _text("De metingen wijken weinig af.", 560),
    ]  # fmt: skip
    assert [lv for _, lv in _levels(going_on)] == [1, 1, 1, 1]
    first = [
        _head("Beleidsnotitie", 760), _head("1. Aanleiding", 738),
        _text("Deze notitie beschrijft de aanpak.", 720),
        _head("2. Aanpak", 660), _text("Wij meten op twaalf plaatsen.", 640),
    ]  # fmt: skip
    assert [lv for _, lv in _levels(first)] == [1, 1, 1]
    with_text = [
        _head("Inleiding", 760), _text("Deze notitie beschrijft de aanpak.", 740),
        _head("Samenvatting", 680), _text("Wij stellen drie maatregelen voor.", 660),
        _head("1. Aanleiding", 600), _text("De metingen wijken af.", 580),
    ]  # fmt: skip
    assert [lv for _, lv in _levels(with_text)] == [1, 1, 1]
    out_of_turn = [
        _head("Inleiding", 760), _text("Deze notitie beschrijft de aanpak.", 740),
        _head("Toelichting", 680), _head("1. Aanleiding", 658),
        _text("De vloot is verouderd.", 640),
        _head("3. Regeldruk", 580), _text("Een aanvraag kost acht uur.", 560),
    ]  # fmt: skip
    assert _levels(out_of_turn)[1:] == [
        ("Toelichting", 1),
        ("1. Aanleiding", 2),
        ("3. Regeldruk", 1),
    ]


def test_a_head_closing_its_page_with_nothing_under_it_is_no_part() -> None:
    """heads38's stacked section ('Inspectiebevindingen' over 'Reiniging') takes the heads of
    its parts' type after it; 'Toezichthouder', the report's signing label, closes its page
    with no text under it and the next page opens with the next report's head: it heads
    nothing and is no finding. An empty head inside a page stays one of the parts."""
    blocks = [
        _head("RAPPORT VAN BEVINDINGEN", 780, size=12.0),
        _text("Ondergetekende, toezichthouder.", 760),
        _head("Inspectiebevindingen", 700), _head("Reiniging en desinfectie", 678),
        _text("Tijdens de inspectie zag ik vuil.", 660),
        _head("Bewaren", 600), _text("De temperatuur was te hoog.", 580),
        _text("Ik heb naar waarheid dit rapport opgemaakt.", 520),
        _head("Toezichthouder", 460),
        _head("RAPPORT VAN BEVINDINGEN", 780, page=2, size=12.0),
        _text("Ondergetekende.", 760, page=2),
    ]  # fmt: skip
    levels = _levels(blocks)
    assert levels[1:5] == [
        ("Inspectiebevindingen", 2), ("Reiniging en desinfectie", 3), ("Bewaren", 3),
        ("Toezichthouder", 2),
    ]  # fmt: skip
    inside = [
        _head("Rapport van bevindingen", 780), _text("Ondergetekende, toezichthouder.", 760),
        _head("Inspectiebevindingen", 700), _head("Reiniging en desinfectie", 678),
        _text("Tijdens de inspectie zag ik vuil.", 660),
        _head("Controle", 600), _head("Maatregelen", 570, size=14.0),
        _text("De exploitant krijgt een schriftelijke waarschuwing.", 550),
    ]  # fmt: skip
    levels = dict(_levels(inside))  # (the larger 'Maatregelen' ranks the bold heads one down)
    assert (
        levels["Controle"]
        == levels["Reiniging en desinfectie"]
        == levels["Inspectiebevindingen"] + 1
    )


# -- hand-made lines through mark_furniture: the running cell --------------------------------

HEAD = "Raadsinformatiebrief 2026-041"


def _line(page: int, y: float, text: str, cells: list[tuple[float, float, str]]) -> Line:
    x0, x1 = (cells[0][0], cells[-1][1]) if cells else (70.0, 70.0 + 5 * len(text))
    return Line(page, x0, y - 2, x1, y + 7, y, 9.0, False, text, cells=cells)


def _pages(head_alone_later: bool) -> dict[int, list[Line]]:
    body = "De gemeente wil de binnenstad autoluw maken, zodat voetgangers meer ruimte krijgen"
    later = _line(2, 805.0, HEAD, []) if head_alone_later else _line(2, 700.0, body, [])
    return {
        1: [
            _line(1, 805.0, f"{HEAD} Gemeente", [(70.0, 180.0, HEAD), (311.0, 360.0, "Gemeente")]),
            _line(1, 700.0, body, []),
        ],
        2: [later, _line(2, 680.0, body, [])],
    }


def test_page_one_running_cell_is_cut() -> None:
    """Page 1's line holds the head as its first cell, the logo's word far right; page 2 prints
    the head alone in that place: the line is to be cut there (the cell a header)."""
    pages = _pages(head_alone_later=True)
    cuts: list[tuple[Line, int, str]] = []
    roles = mark_furniture(pages, {1: 842.0, 2: 842.0}, cuts=cuts)
    assert roles.get(id(pages[2][0])) == "header"
    assert [(line.page, end, role) for line, end, role in cuts] == [(1, 0, "header")]


def test_no_cut_without_the_head_elsewhere() -> None:
    """Guards: a one-page document, a page 2 that does not print the cell's text there, and a
    page OCR read (a scan's words stand where the image put them)."""
    one = {1: _pages(head_alone_later=True)[1]}
    cuts: list[tuple[Line, int, str]] = []
    mark_furniture(one, {1: 842.0}, cuts=cuts)
    assert cuts == []
    mark_furniture(_pages(head_alone_later=False), {1: 842.0, 2: 842.0}, cuts=cuts)
    assert cuts == []
    pages = _pages(head_alone_later=True)
    roles = mark_furniture(pages, {1: 842.0, 2: 842.0}, ocr_read={1}, cuts=cuts)
    assert roles.get(id(pages[2][0])) == "header"
    assert cuts == []
