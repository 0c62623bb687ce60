"""No document lost to a bug: a page whose layout fails gets a plain reading, marked degraded."""

from __future__ import annotations

import pytest
from structlog.testing import capture_logs

from services.segment.layout import assemble, columns, grids, structure
from services.segment.layout.words import PageRuns, Run
from services.segment.segmenter import segment_pdf
from tests.fixtures.letters import ministry_letter


class LayoutBug(Exception):
    pass


def _page(number: int, lines: list[str]) -> PageRuns:
    runs = [
        Run(
            text,
            72.0,
            700.0 - 14 * i,
            72.0 + 5.2 * len(text),
            710.0 - 14 * i,
            10.0,
            base=702 - 14 * i,
        )
        for i, text in enumerate(lines)
    ]
    return PageRuns(number, 595.0, 842.0, runs)


PAGES = [
    ["Geachte voorzitter,", "Hierbij ontvangt u het besluit over de aanvraag van 3 maart."],
    ["Het college heeft besloten de aanvraag gedeeltelijk toe te wijzen.", "Hoogachtend,"],
    ["Bijlage: de inventarislijst van de documenten.", "Met vriendelijke groet,"],
]


def test_a_failing_page_is_read_plainly_and_marked_degraded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = columns.page_columns

    def fails_on_page_two(page: PageRuns, *args: object) -> columns.PageColumns:
        if page.number == 2:
            raise LayoutBug("zip() argument 2 is longer than argument 1")
        return real(page, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(columns, "page_columns", fails_on_page_two)
    with capture_logs() as logs:
        doc = assemble.segment_pages([_page(i + 1, lines) for i, lines in enumerate(PAGES)], 3)
    quality = doc.metadata.quality
    assert quality is not None
    assert [(d.page, d.reason) for d in quality.pages.degraded] == [(2, "LayoutBug")]
    page_two = " ".join(s.text for s in doc.segments if s.page == 2)
    assert "gedeeltelijk toe te wijzen" in page_two and "Hoogachtend" in page_two
    assert all(s.kind not in ("furniture", "letterhead") for s in doc.segments if s.page == 2)
    assert "Bijlage: de inventarislijst" in " ".join(s.text for s in doc.segments)
    assert any(e["log_level"] == "warning" and e.get("page") == 2 for e in logs)


def test_a_failing_document_layout_still_gives_every_page(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise LayoutBug("structure step failed")

    monkeypatch.setattr(structure, "classify", broken)
    doc = assemble.segment_pages([_page(i + 1, lines) for i, lines in enumerate(PAGES)], 3)
    quality = doc.metadata.quality
    assert quality is not None
    assert [d.page for d in quality.pages.degraded] == [1, 2, 3]
    assert all(d.reason == "document:LayoutBug" for d in quality.pages.degraded)
    text = " ".join(s.text for s in doc.segments)
    for lines in PAGES:
        assert all(line in text for line in lines)
    assert quality.chars == {"body": sum(quality.chars.values())}


def test_a_failing_grid_reading_loses_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in reading a page's drawn tables: the page's text reads as lines, marked degraded."""

    def fails(*args: object) -> list[grids.GridTable]:
        raise LayoutBug("a cell outside its table")

    monkeypatch.setattr(grids, "_read_grids", fails)
    rendered = ministry_letter("line")
    doc = segment_pdf(rendered.pdf, ocr=False)
    quality = doc.metadata.quality
    assert quality is not None
    assert {d.reason for d in quality.pages.degraded} == {"grids:LayoutBug"}
    body = " ".join(s.text for s in doc.segments)
    assert all(" ".join(p.split()[:6]) in body for p in rendered.body[:3])


def test_pages_without_text_are_blank_not_degraded() -> None:
    """A scan read without OCR has no lines at all: nothing to lay out is no layout failure."""
    doc = assemble.segment_pages([_page(1, []), _page(2, [])], 2)
    assert doc.metadata.quality is not None
    assert doc.metadata.quality.pages.degraded == []
    assert doc.metadata.quality.pages.blank == 2
