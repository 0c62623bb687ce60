"""Round 32 (bench/segment/speed23.md): `_by_words`' whole loop in C for a line whose words all
take the common way (`_bulk.line_runs`, `Glyphs.line`). The reference is the loop in
line_runs.py, run with the accelerator's `join_words` and with the ctypes calls alone."""

from __future__ import annotations

import ctypes
import dataclasses
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.layout import glyphs, line_runs
from services.segment.layout.glyphs import Glyphs, line_spans
from services.segment.layout.words import Run
from tests.fixtures.producers.score import pdf_path
from tests.unit.segment.conftest import ROOT
from tests.unit.segment.test_bulk_pdfium import (
    _NEAR_MISSES,
    BULK,
    _both,
    _corpus,
    _glyph_by_glyph,
    _matrix,
    _pages,
    _runs_of,
    needs_bulk,
)


def _typed(runs: list[Run]) -> list[tuple[object, ...]]:
    """Each run's fields with their types: an int kept is an int."""
    return [tuple((v, type(v)) for v in dataclasses.astuple(r)) for r in runs]


def _in_python(textpage: pdfium.PdfTextPage) -> Glyphs:
    """A Glyphs with the accelerator whose `line` never answers: `_by_words` runs its own loop."""
    g = Glyphs(textpage.raw)
    g.line = lambda text, start, end: None
    return g


def _lines_alike(path: Path) -> tuple[int, int]:
    """Every line of the file read by `_by_words` with `Glyphs.line` in C and without: the same
    runs, field for field. Returns (lines, lines the C loop read)."""
    lines = in_c = 0
    for page in _pages(path):
        textpage = page.get_textpage()
        n = textpage.count_chars()
        if n <= 0:
            continue
        text = textpage.get_text_range(0, n)
        if len(text) != n:  # read otherwise (left-out glyphs): line_runs' own business
            continue
        fast, slow = Glyphs(textpage.raw), _in_python(textpage)
        for start, end in line_spans(text):
            lines += 1
            in_c += fast.line(text, start, end) is not None
            got = line_runs._by_words(text, fast, start, end, lenient=False)
            want = line_runs._by_words(text, slow, start, end, lenient=False)
            assert _typed(got) == _typed(want), (path.name, page, text[start:end])
        textpage.close()
    return lines, in_c


def _fixtures() -> list[Path]:
    return sorted((ROOT / "tests" / "fixtures").glob("**/*.pdf"))


@needs_bulk
def test_lines_in_c_as_in_python_on_the_matrix() -> None:
    """Each line of the matrix alike both ways; a per-glyph page's lines are nearly all read in
    C (a per-glyph line is no one text object: `_one_object` passes it on)."""
    for path in _matrix():
        lines, in_c = _lines_alike(path)
        if ".reportlab-glyph." in path.name:
            assert in_c >= 0.8 * lines, (path.name, in_c, lines)


@needs_bulk
def test_lines_in_c_as_in_python_in_the_fixtures_and_corpus() -> None:
    total = 0
    for path in [*_fixtures(), *_corpus()]:
        total += _lines_alike(path)[1]
    assert total > 0


_MORE: list[list[tuple[str, str, float]]] = [
    # a word in bold between regular ones, a number, one letter, a word of punctuation only
    [("zie ", "Vera", 11), ("nota", "VeraBd", 11), (" 12 a - b (c) 3.", "Vera", 11)],
    # a wide gap after a number, digits after letters ("A4"), a closing mark after a digit
    [("pagina 12|A4 formaat 2024)", "Vera", 10)],
    # small type, then large type on one baseline, a marker glued to the last word
    [("klein ", "Vera", 7), ("GROOT ", "Vera", 18), ("eind", "Vera", 11), ("3", "Vera", 6)],
]


@needs_bulk
def test_made_lines_alike_three_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    """Per-glyph lines with changes of weight, size, gaps, markers, digits and punctuation:
    `line_runs` gives the same runs with the C loop, with the Python loop over the
    accelerator's calls, and over ctypes alone."""
    for lines in (_NEAR_MISSES, _MORE):
        page = pdfium.PdfDocument(_glyph_by_glyph(lines))[0]
        fast, slow = _both(monkeypatch, lambda page=page: _runs_of(page))
        assert fast == slow
        textpage = page.get_textpage()
        text = textpage.get_text_range(0, textpage.count_chars())
        g = _in_python(textpage)
        assert _typed(line_runs.line_runs(text, g)) == fast


@needs_bulk
def test_a_line_left_to_python_keeps_the_name_buffer() -> None:
    """A line the C loop cannot finish (a marker glued to a word, in smaller type) answers
    None and leaves the Glyphs' font-name buffer as it was, so line_runs' own reading of the
    line asks the same questions with the same buffer; a line it finishes writes the names
    it read."""
    page = pdfium.PdfDocument(_glyph_by_glyph(_NEAR_MISSES))[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range(0, textpage.count_chars())
    g = Glyphs(textpage.raw)
    spans = line_spans(text)
    marked = next(s for s in spans if "domein" in text[s[0] : s[1]])
    ctypes.memset(g._name, 0x41, ctypes.sizeof(g._name))
    before = bytes(g._name)
    assert g.line(text, *marked) is None
    assert bytes(g._name) == before
    plain = next(s for s in spans if "minister" in text[s[0] : s[1]])
    assert g.line(text, *plain) is not None
    assert bytes(g._name) != before


def test_without_the_accelerator_no_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ctypes path has no C loop: `line` answers None and `_by_words` reads every line."""
    monkeypatch.setattr(glyphs, "bulk", None)
    page = pdfium.PdfDocument(pdf_path("kamerbrief", "reportlab-glyph"))[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range(0, textpage.count_chars())
    g = Glyphs(textpage.raw)
    assert all(g.line(text, s, e) is None for s, e in line_spans(text))


def test_line_runs_refuses_bad_arguments() -> None:
    if BULK is None:
        pytest.skip("the C accelerator is not built here")
    with pytest.raises(TypeError):
        BULK.line_runs(1, 1, abs, "a", 0)
    with pytest.raises(TypeError):
        BULK.line_runs(1, 1, abs, b"a", 0, 1)
    with pytest.raises(ValueError):
        BULK.line_runs(0, 1, abs, "a", 0, 1)
    with pytest.raises(ValueError):
        BULK.line_runs(1, 0, abs, "a", 0, 1)
    with pytest.raises(ValueError):
        BULK.line_runs(1, 1, abs, "a", -1, 1)
