"""Round 39 (bench/segment/speed23.md): a page's lines read in one C call (`_bulk.page_lines`,
`Glyphs.lines`), the visible bottom asked in C, ASCII's character classes told without Unicode's
table, and segment_pdf's pages and text pages opened without pypdfium2's finalizers
(`pdf_open.open_read`, `close_read`). The references are the ways they replace: a call a line,
ctypes, the regex engine, pypdfium2's own page and text page."""

from __future__ import annotations

import dataclasses
import gc
import io
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.pdfgen.canvas import Canvas

from services.segment import pdf_open, segmenter
from services.segment.layout import glyphs, line_runs, words
from services.segment.layout.glyphs import (
    LINES_BY_WORDS,
    LINES_DONE,
    LINES_ONE_OBJECT,
    Glyphs,
    line_spans,
)
from services.segment.layout.words import Run
from services.segment.segmenter import PdfRejected, segment_pdf
from tests.unit.segment.conftest import ROOT, shared_dir
from tests.unit.segment.test_bulk_pdfium import (
    _NEAR_MISSES,
    BULK,
    _glyph_by_glyph,
    _matrix,
    _pages,
    needs_bulk,
)


def _typed(runs: list[Run]) -> list[tuple[object, ...]]:
    """Each run's fields with their types: an int kept is an int."""
    return [tuple((v, type(v)) for v in dataclasses.astuple(r)) for r in runs]


def _line_by_line(textpage: pdfium.PdfTextPage) -> Glyphs:
    """A Glyphs with the accelerator that reads no page's lines at once (`lines` answers none):
    line_runs asks `_one_object` and `_by_words` a line at a time, as before round 39."""
    g = Glyphs(textpage.raw)
    g.lines = glyphs._no_lines
    return g


def _in_python(textpage: pdfium.PdfTextPage) -> Glyphs:
    """A Glyphs with the accelerator whose C loops answer nothing: line_runs' own loop."""
    g = _line_by_line(textpage)
    g.line = lambda text, start, end: None
    return g


def _fixtures() -> list[Path]:
    return sorted((ROOT / "tests" / "fixtures").glob("**/*.pdf"))


def _corpus() -> list[Path]:
    return sorted((shared_dir() / "corpus").glob("**/*.pdf"))


def _read_alike(path: Path) -> Counter[str]:
    """Every page of the file read by line_runs with `Glyphs.lines` and line by line: the same
    runs, field for field; counts of the lines read and of the calls `lines` took."""
    seen: Counter[str] = Counter()
    for page in _pages(path):
        textpage = page.get_textpage()
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n > 0 else ""
        if n <= 0 or len(text) != n:  # read otherwise (left-out glyphs): line_runs' business
            textpage.close()
            continue
        fast = Glyphs(textpage.raw)
        real = fast.lines

        def counted(
            text: str, spans: list[tuple[int, int]], k: int, real: Callable[..., Any] = real
        ) -> Any:
            done, why = real(text, spans, k)
            seen["calls"] += 1
            seen["in one call"] += len(done)
            seen[f"why {why}"] += 1
            return done, why

        fast.lines = counted
        got = _typed(line_runs.line_runs(text, fast))
        want = _typed(line_runs.line_runs(text, _line_by_line(textpage)))
        assert got == want, (path.name, page)
        seen["lines"] += len(line_spans(text))
        textpage.close()
    return seen


@needs_bulk
def test_page_lines_as_line_by_line_on_the_matrix() -> None:
    """Every page of the matrix alike both ways; a per-glyph page takes one or two calls (every
    line but one of the 7 documents in C); a line set as one object stops the call."""
    for path in _matrix():
        seen = _read_alike(path)
        if ".reportlab-glyph." in path.name:
            assert seen["in one call"] >= 0.95 * seen["lines"], (path.name, seen)
            assert seen["calls"] <= 3 * len(list(_pages(path))), (path.name, seen)
        if ".reportlab-line." in path.name:
            assert seen[f"why {LINES_ONE_OBJECT}"] > 0.25 * seen["lines"], (path.name, seen)


@needs_bulk
def test_page_lines_as_line_by_line_in_the_fixtures_and_corpus() -> None:
    seen: Counter[str] = Counter()
    for path in [*_fixtures(), *_corpus()]:
        seen += _read_alike(path)
    assert seen["in one call"] > 0
    assert seen[f"why {LINES_BY_WORDS}"] > 0  # lines left to `_by_words` were met too


_MORE: list[list[tuple[str, str, float]]] = [
    # bold between regular words, digits, one letter, punctuation alone, a wide gap
    [("zie ", "Vera", 11), ("nota", "VeraBd", 11), (" 12 a - b (c) 3.", "Vera", 11)],
    [("pagina 12|A4 formaat 2024)", "Vera", 10)],
    # small type, then large type on one baseline, a marker glued to the last word
    [("klein ", "Vera", 7), ("GROOT ", "Vera", 18), ("eind", "Vera", 11), ("3", "Vera", 6)],
    # letters beyond ASCII: accented, Greek, digits of another script
    [("één café ", "Vera", 11), ("ΑΒΓ δ3 ", "Vera", 11), ("x٣ 12€", "Vera", 11)],
]


@needs_bulk
@pytest.mark.parametrize("lines", [_NEAR_MISSES, _MORE])
def test_made_lines_alike_three_ways(
    monkeypatch: pytest.MonkeyPatch, lines: list[list[tuple[str, str, float]]]
) -> None:
    """Per-glyph lines with changes of weight, size, gaps, markers, digits and letters beyond
    ASCII: the same runs with the page read in C, line by line, in line_runs' own loop over the
    accelerator's calls, and over ctypes alone."""
    page = pdfium.PdfDocument(_glyph_by_glyph(lines))[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range(0, textpage.count_chars())
    fast = _typed(line_runs.line_runs(text, Glyphs(textpage.raw)))
    assert fast == _typed(line_runs.line_runs(text, _line_by_line(textpage)))
    assert fast == _typed(line_runs.line_runs(text, _in_python(textpage)))
    monkeypatch.setattr(glyphs, "bulk", None)
    assert fast == _typed(line_runs.line_runs(text, Glyphs(textpage.raw)))


@needs_bulk
def test_page_lines_stops_where_line_runs_reads() -> None:
    """`page_lines` hands back the lines before the first one it leaves, says why, and from
    there on reads again; a line it leaves keeps the font-name buffer as it was."""
    page = pdfium.PdfDocument(_glyph_by_glyph(_NEAR_MISSES))[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range(0, textpage.count_chars())
    g = Glyphs(textpage.raw)
    spans = line_spans(text)
    marked = next(k for k, s in enumerate(spans) if "domein" in text[s[0] : s[1]])
    done, why = g.lines(text, spans, 0)
    assert len(done) <= marked and why == LINES_BY_WORDS
    assert done == [g.line(text, *span) for span in spans[: len(done)]]
    k, left = len(done), 0
    while why != LINES_DONE:
        assert why == LINES_BY_WORDS  # no line of these is one text object
        assert g.line(text, *spans[k]) is None
        before = bytes(g._name)
        assert g.lines(text, spans, k) == ([], LINES_BY_WORDS)
        assert bytes(g._name) == before  # the line it left: the buffer as it was
        done, why = g.lines(text, spans, k + 1)
        k, left = k + 1 + len(done), left + 1
    assert k == len(spans) and left >= 1
    assert g.lines(text, spans, len(spans)) == ([], LINES_DONE)
    # a line set as one object: it stops at once, and the rectangle read next is the line's
    path = next(p for p in _matrix() if ".reportlab-line." in p.name)
    textpage = next(_pages(path)).get_textpage()
    text = textpage.get_text_range(0, textpage.count_chars())
    g = Glyphs(textpage.raw)
    spans = line_spans(text)
    k = next(k for k, (s, e) in enumerate(spans) if g.count_rects(s, e - s) == 1)
    want = g.rect(0)
    g.count_rects(0, -1)  # every rectangle of the page: the line's is no longer the first
    done, why = g.lines(text, spans, k)
    assert (done, why) == ([], LINES_ONE_OBJECT)
    assert g.rect(0) == want


@needs_bulk
def test_page_lines_refuses_bad_arguments() -> None:
    page = pdfium.PdfDocument(_glyph_by_glyph(_NEAR_MISSES))[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range(0, textpage.count_chars())
    g = Glyphs(textpage.raw)
    with pytest.raises(TypeError):
        g.lines(text, tuple(line_spans(text)), 0)
    with pytest.raises(TypeError):
        g.lines(text.encode(), line_spans(text), 0)
    with pytest.raises(TypeError):
        g.lines(text, [(0, 1, 2)], 0)
    with pytest.raises(ValueError):
        g.lines(text, [(0, len(text) + 1)], 0)
    with pytest.raises(ValueError):
        g.lines(text, [(3, 2)], 0)
    assert g.lines(text, line_spans(text), -1) == ([], LINES_DONE)
    with pytest.raises(TypeError):
        BULK.page_lines(1, 1, abs, text, [])


@needs_bulk
def test_visible_bottom_as_through_ctypes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The crop box's (else the media box's) lower edge, in C and through ctypes, on every page
    of the fixtures and the corpus (the Kamerstukken printed with crop marks among them)."""
    cropped = 0
    for path in [*_fixtures(), *_corpus()]:
        for page in _pages(path):
            monkeypatch.setattr(glyphs, "bulk", BULK)
            fast = words.visible_bottom(page)
            monkeypatch.setattr(glyphs, "bulk", None)
            slow = words.visible_bottom(page)
            assert fast == slow and type(fast) is type(slow) is float, path.name
            cropped += fast != 0.0
    assert cropped > 0


@needs_bulk
def test_ascii_classes_as_unicodes() -> None:
    """The C tests of a decimal digit (`decimal_in`, `digit_after`) against the regex engine's
    over every character: ASCII is told apart without Unicode's table, the rest with it."""
    digit, after = re.compile(r"\d"), re.compile(r"\D(?=\d)")
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        assert BULK.decimal_in(c, 0, 1) == (digit.search(c) is not None), hex(code)
        pair = "a" + c
        assert BULK.digit_after(pair, 0, 2) == (after.search(pair) is not None), hex(code)


# Opening: every page and text page segment_pdf opens is closed, on errors too.


def _counting(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """pdfium's page and text page opened and closed, counted (pypdfium2's helpers call the
    same functions)."""
    gc.collect()  # earlier tests' pages, closed by their finalizers, are not counted
    counts: Counter[str] = Counter()

    def wrap(name: str) -> None:
        real: Callable[..., Any] = getattr(pdfium_c, name)

        def counted(*args: Any) -> Any:
            found = real(*args)
            counts[name] += 1 if not name.endswith("LoadPage") or found else 0
            return found

        monkeypatch.setattr(pdfium_c, name, counted)

    for name in ("FPDF_LoadPage", "FPDF_ClosePage", "FPDFText_LoadPage", "FPDFText_ClosePage"):
        wrap(name)
    return counts


def _balanced(counts: Counter[str], pages: int) -> None:
    assert counts["FPDF_LoadPage"] == counts["FPDF_ClosePage"] >= pages
    assert counts["FPDFText_LoadPage"] == counts["FPDFText_ClosePage"] >= pages


def test_every_page_and_text_page_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [p for p in _matrix() if ".reportlab-glyph." in p.name or ".typst." in p.name]
    pages = sum(len(pdfium.PdfDocument(p.read_bytes())) for p in paths)
    counts = _counting(monkeypatch)
    for path in paths:
        segment_pdf(path.read_bytes(), ocr=False)
    _balanced(counts, pages)


def test_pages_closed_when_reading_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _counting(monkeypatch)
    calls: list[int] = []

    def failing(page: Any, number: int, *rest: Any) -> Any:
        calls.append(number)
        if number == 2:
            raise RuntimeError("a reading that fails")
        return []

    monkeypatch.setattr(segmenter, "read_grids", failing)
    data = _matrix()[0].read_bytes()
    assert len(pdfium.PdfDocument(data)) >= 2
    with pytest.raises(RuntimeError, match="a reading that fails"):
        segment_pdf(data, ocr=False)
    assert calls == [1, 2]
    _balanced(counts, 2)


def test_page_closed_when_its_text_page_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _counting(monkeypatch)
    monkeypatch.setattr(pdfium_c, "FPDFText_LoadPage", lambda page: None)
    with pytest.raises(pdfium.PdfiumError, match="Failed to load text page"):
        segment_pdf(_matrix()[0].read_bytes(), ocr=False)
    assert counts["FPDF_LoadPage"] == counts["FPDF_ClosePage"] == 1


def test_a_page_that_does_not_load_is_rejected_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = pdfium.PdfDocument(_matrix()[0].read_bytes())
    monkeypatch.setattr(pdfium_c, "FPDF_LoadPage", lambda doc, index: None)
    with pytest.raises(PdfRejected) as light:
        pdf_open.open_read(pdf, 1)
    with pytest.raises(PdfRejected) as own:
        pdf_open.open_page(pdf, 1)
    assert (light.value.reason, light.value.detail) == (own.value.reason, own.value.detail)
    assert light.value.detail == "page 2: Failed to load page."


def test_read_page_and_text_page_work_as_pypdfium2s(monkeypatch: pytest.MonkeyPatch) -> None:
    """What segment_pdf's readers ask of the page and text page answers as pypdfium2's own do;
    a text page opened on the page through pypdfium2 is closed with it; closing twice is
    harmless; a document with forms gets pypdfium2's own."""
    data = _matrix()[0].read_bytes()
    pdf = pdfium.PdfDocument(data)
    page, textpage = pdf_open.open_read(pdf, 0)
    own = pdf[0]
    own_text = own.get_textpage()
    assert isinstance(page, pdfium.PdfPage) and isinstance(textpage, pdfium.PdfTextPage)
    assert page.get_size() == own.get_size() and page.get_rotation() == own.get_rotation()
    assert page.get_cropbox() == own.get_cropbox()
    assert textpage.count_chars() == own_text.count_chars() > 0
    assert textpage.get_text_range() == own_text.get_text_range()
    assert words.read_page(page, 1, textpage) == words.read_page(own, 1, own_text)
    counts = _counting(monkeypatch)
    kid = page.get_textpage()  # pypdfium2's, with its finalizer, on the light page
    pdf_open.close_read(page, textpage)
    assert kid.raw is None and page.raw is None and textpage.raw is None
    assert counts["FPDFText_ClosePage"] == 2 and counts["FPDF_ClosePage"] == 1
    assert not page.close() and not textpage.close()
    assert counts["FPDF_ClosePage"] == 1
    own_text.close()
    own.close()
    pdf.close()


def test_a_document_with_forms_gets_pypdfium2s_pages() -> None:
    """A document whose form environment is initialised (segment_pdf never does) is read with
    pypdfium2's own page, which tells the environment of the page, and its own text page."""
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Naam:")
    canvas.acroForm.textfield(name="naam", x=120, y=710, width=200, height=20)
    canvas.save()
    pdf = pdfium.PdfDocument(out.getvalue())
    pdf.init_forms()
    assert pdf.formenv
    page, textpage = pdf_open.open_read(pdf, 0)
    assert type(page) is pdfium.PdfPage and type(textpage) is pdfium.PdfTextPage
    assert "Naam" in textpage.get_text_range()
    pdf_open.close_read(page, textpage)
    assert page.raw is None and textpage.raw is None
    pdf.close()
