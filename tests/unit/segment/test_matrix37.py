"""matrix37: three more documents written blind (tests/fixtures/matrix37), read as written
whoever typeset them (issue #8 item 3).

A nota naar aanleiding van het verslag (fractions' heads, each question quoted in italic under
its bare number, the answer upright under it), a gemeente's raadsvoorstel in another template
(a ruled table of particulars over its title, 'Beslispunten' numbered, a cost table) and a
two-column newsletter with a table of figures across both columns, each typeset by the producer
matrix's seven producers and scored with its scoring (tests/fixtures/producers/score.py). Every
cell must reach the matrix's target: body token precision and recall >= 0.98, every question,
answer and footnote (text and citation), no furniture in body; and the gold's headings. Cells
that fail today are strict xfails below. Numbers: bench/breadth/report-matrix37.md
(`python -m bench.producers.matrix37`).
"""

from __future__ import annotations

from functools import cache

import pytest

from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from tests.fixtures.matrix37.build import DOCS
from tests.fixtures.matrix37.build import HERE as ROOT
from tests.fixtures.matrix37.src.nieuwsbrief import FIGURES
from tests.fixtures.producers.cells import assert_headings, assert_read_as_written, cells
from tests.fixtures.producers.score import PRODUCERS, Score, score, text_layer_check

# (doc, producer) -> what fails today on body, questions, answers, footnotes or furniture.
KNOWN_GAPS: dict[tuple[str, str], str] = {}

# (doc, producer) -> what fails today on headings.
HEADING_GAPS: dict[tuple[str, str], str] = {}
# (doc, producer) -> what fails today on the newsletter's reading order.
ORDER_GAPS: dict[tuple[str, str], str] = {}


@cache
def _score(doc: str, producer: str) -> Score:
    return score(doc, producer, ROOT)


@cache
def _read(doc: str, producer: str) -> SegmentedDocument:
    return segment_pdf((ROOT / "pdf" / f"{doc}.{producer}.pdf").read_bytes())


@pytest.mark.parametrize(("doc", "producer"), cells(DOCS, KNOWN_GAPS))
def test_body_questions_and_footnotes_read_as_written(doc: str, producer: str) -> None:
    assert_read_as_written(_score(doc, producer))


@pytest.mark.parametrize(("doc", "producer"), cells(DOCS, HEADING_GAPS))
def test_headings_read_as_written(doc: str, producer: str) -> None:
    """Text and level: the nota's section heads ('1. Algemeen') over its fractions' heads
    ('Vragen van de leden van de CDA-fractie') over the questions' numbers, all bold in the
    text's type and set close, each a block of its own (paragraphs._head_by_hand); the
    raadsvoorstel's subject under its particulars table is its title."""
    assert_headings(_score(doc, producer))


@pytest.mark.parametrize(("doc", "producer"), cells(["nieuwsbrief"], ORDER_GAPS))
def test_table_across_the_columns_is_read_whole_in_its_place(doc: str, producer: str) -> None:
    """The newsletter's table of figures stands across both text columns, its own gap between
    'Q1 2025' and 'Q4 2025' on the page's gutter: one table segment with every row whole, read
    after the columns' text above it and before the text under it (columns._cells_across);
    under it in Typst's, whose columns are not balanced, the right column's four lines are a
    column still (columns._text_beside_table)."""
    segments = [s for s in _read(doc, producer).segments if s.kind != "furniture"]
    tables = [s for s in segments if s.kind == "table"]
    assert len(tables) == 1, [t.text for t in tables]
    assert tables[0].rows == FIGURES
    texts = [s.text for s in segments]
    at = texts.index(tables[0].text)
    above = next(k for k, t in enumerate(texts) if t.startswith("Ook bij handhavingsverzoeken"))
    under = next(k for k, t in enumerate(texts) if t.startswith("Nieuwe regels voor geluid"))
    assert above < at < under


@pytest.mark.parametrize("producer", PRODUCERS)
def test_particulars_table_is_body_not_letterhead(producer: str) -> None:
    """The raadsvoorstel's ruled particulars (Onderwerp, Raadsvergadering, Agendapunt,
    Portefeuillehouder, Zaaknummer, Bijlagen) atop page 1 are its own table, not a letter's
    head (letterhead._particulars)."""
    segments = _read("gemeentevoorstel", producer).segments
    assert not [s.text for s in segments if s.kind == "letterhead"]
    tables = [s for s in segments if s.kind == "table"]
    assert tables and "Portefeuillehouder" in tables[0].text
    assert tables[0].page == 1


TITLES = {
    "nota": "Wijziging van de Wet op het primair onderwijs en de Wet op de expertisecentra in "
    "verband met het invoeren van een maximale groepsgrootte (Wet maximale groepsgrootte)",
    "gemeentevoorstel": "Vaststelling Integraal Huisvestingsplan Onderwijs 2026–2041",
    "nieuwsbrief": "Nieuwsbrief Omgevingsdienst IJsselland, maart 2026",
}


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("doc", DOCS)
def test_title_read_as_printed(doc: str, producer: str) -> None:
    assert " ".join((_read(doc, producer).metadata.title or "").split()) == TITLES[doc]


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("doc", DOCS)
def test_gold_matches_the_text_layer(doc: str, producer: str) -> None:
    """The fixture itself: every gold word is in the PDF's text and every word there is named."""
    absent, unnamed = text_layer_check(doc, producer, ROOT)
    assert not absent, absent
    assert not unnamed, unnamed
