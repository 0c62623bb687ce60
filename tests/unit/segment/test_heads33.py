"""heads33: italic per run, and the heads a reader tells by it (issue #8).

LibreOffice and WeasyPrint write pdfium weight 400 for regular, italic and bold alike, so
`line_runs`' first join test (the word stands like the run's first one, in its weight) joined an
italic or bold word into the upright run before it: WeasyPrint's bold 'uitvoering' took the
line's upright rest with it, and no run could say it was italic. The join compares the font too
(a handle compare); `Run.italic` is the font's Italic flag or a slanted name, `Line.italic` most
of the line's characters. Both paths, the accelerator's and ctypes', give the same runs.

A BNC-fiche sets its lettered items' heads in italic over their answer in upright type; one that
fills its line or wraps was read as a list item with its answer. Fixtures: tests/fixtures/heads33
(LibreOffice, Chromium, WeasyPrint; builder beside them); the gold (gold.json there) was written
before the rules changed."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.layout import glyphs, headings
from services.segment.layout.lines import Line, group_lines
from services.segment.layout.paragraphs import Block
from services.segment.layout.words import Run, read_page
from services.segment.segmenter import SegmentedDocument, segment_pdf

HERE = Path(__file__).parents[2] / "fixtures" / "heads33"
PRODUCERS = ("libreoffice", "chromium", "weasyprint")
GOLD = {d["doc"]: d for d in json.loads((HERE / "gold.json").read_text())["docs"]}
PATHS = ("accelerator", "ctypes")


def _runs(producer: str, path: str, monkeypatch: pytest.MonkeyPatch) -> list[Run]:
    if path == "accelerator" and glyphs.bulk is None:
        pytest.skip("the C accelerator is not built here")
    if path == "ctypes":
        monkeypatch.setattr(glyphs, "bulk", None)
    pdf = pdfium.PdfDocument((HERE / "pdf" / f"gemengd.{producer}.pdf").read_bytes())
    try:
        return read_page(pdf[0], 1).runs
    finally:
        pdf.close()


def _style(runs: list[Run], start: str) -> tuple[str, bool, bool]:
    run = next(r for r in runs if r.text.startswith(start))
    return run.text.strip(), run.bold, run.italic


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("producer", PRODUCERS)
def test_italic_and_bold_words_are_runs_of_their_own(
    producer: str, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = _runs(producer, path, monkeypatch)
    assert _style(runs, "De commissie") == ("De commissie stelt vast dat", False, False)
    assert _style(runs, "de regeling") == ("de regeling zelf", False, True)
    assert _style(runs, "niet ter") == ("niet ter discussie staat, maar dat de", False, False)
    assert _style(runs, "uitvoering") == ("uitvoering", True, False)
    assert _style(runs, "op onderdelen")[1:] == (False, False)
    assert _style(runs, "inkomen") == ("inkomen", False, True)
    assert _style(runs, "Wij willen")[2]
    assert not _style(runs, "Dat citaat")[2]


@cache
def _read(name: str) -> SegmentedDocument:
    return segment_pdf((HERE / "pdf" / name).read_bytes(), ocr=False)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_line_is_italic_when_most_of_it_is(producer: str) -> None:
    """The quotation's lines are italic; a line with a few italic words is not."""
    pdf = pdfium.PdfDocument((HERE / "pdf" / f"gemengd.{producer}.pdf").read_bytes())
    try:
        lines = group_lines(read_page(pdf[0], 1).runs, 1, "body")
    finally:
        pdf.close()
    italic = {ln.text.strip()[:20]: ln.italic for ln in lines}
    assert italic["Wij willen dat ieder"]
    assert italic["bij welke gemeente h"]
    assert not italic["De commissie stelt v"]
    assert not italic["Gemeenten passen het"]


def _headings(doc: SegmentedDocument) -> list[tuple[str, int | None]]:
    return [(" ".join(s.text.split()), s.level) for s in doc.segments if s.kind == "heading"]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_italic_item_heads_at_a_readers_levels(producer: str) -> None:
    read = _read(f"fiche.{producer}.pdf")
    gold = [(h["text"], h["level"]) for h in GOLD["heads33-fiche"]["headings"]]
    assert _headings(read) == gold


def _block(text: str, page: int, *, italic: bool = False) -> Block:
    line = Line(page, 72.0, 100.0, 300.0, 110.0, 101.0, 10.0, False, text, italic=italic)
    return Block([line], kind="paragraph").finish()


def test_an_italic_head_heads_the_text_past_a_page_end() -> None:
    """A short italic line at a page's foot heads the paragraph atop the next page, as an
    underlined one does; an upright line there, or an italic address, does not."""
    below = _block("De gemeenten voeren deze taak sinds enkele jaren uit.", 2)
    assert headings._standalone(_block("Rol van de gemeenten", 1, italic=True), below)
    assert not headings._standalone(_block("Rol van de gemeenten", 1), below)
    assert not headings._standalone(_block("Zie www.rijksoverheid", 1, italic=True), below)
