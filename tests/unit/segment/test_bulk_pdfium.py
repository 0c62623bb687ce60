"""The C accelerator (`_bulk.c`) against the ctypes calls it replaces: the same answers, value
for value, on every page of the producer matrix and the shared corpus, and the same documents
from `segment_pdf`; and on CI, where `make venv` builds it, it is the one in use."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import registerFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from services.segment.layout import glyphs, grids, line_runs
from services.segment.layout.glyphs import Glyphs
from services.segment.segmenter import segment_pdf
from tests.fixtures.producers.score import DOCS, PRODUCERS, pdf_path
from tests.unit.segment.conftest import ROOT, shared_dir

BULK = glyphs.bulk
needs_bulk = pytest.mark.skipif(BULK is None, reason="the C accelerator is not built here")


def _matrix() -> list[Path]:
    return [pdf_path(doc, producer) for doc in DOCS for producer in PRODUCERS]


def _corpus() -> list[Path]:
    return sorted((shared_dir() / "corpus").glob("*/*.pdf"))


def _both(monkeypatch: pytest.MonkeyPatch, ask: object) -> tuple[object, object]:
    """`ask()` through the accelerator, then through ctypes."""
    assert callable(ask)
    monkeypatch.setattr(glyphs, "bulk", BULK)
    fast = ask()
    monkeypatch.setattr(glyphs, "bulk", None)
    slow = ask()
    monkeypatch.setattr(glyphs, "bulk", BULK)
    return fast, slow


def _pair(monkeypatch: pytest.MonkeyPatch, textpage: pdfium.PdfTextPage) -> tuple[Glyphs, Glyphs]:
    """The text page's Glyphs made with the accelerator, and one made without (a Glyphs takes
    the accelerator's calls, or the ctypes ones, when it is made)."""
    monkeypatch.setattr(glyphs, "bulk", BULK)
    fast = Glyphs(textpage.raw)
    monkeypatch.setattr(glyphs, "bulk", None)
    slow = Glyphs(textpage.raw)
    monkeypatch.setattr(glyphs, "bulk", BULK)
    return fast, slow


def _kamerbrief_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[str, pdfium.PdfTextPage, Glyphs, Glyphs]]:
    """Every page of the kamerbrief of every producer: its text page and `_pair`."""
    for producer in PRODUCERS:
        for page in _pages(pdf_path("kamerbrief", producer)):
            textpage = page.get_textpage()
            yield (producer, textpage, *_pair(monkeypatch, textpage))


def _pages(path: Path) -> Iterator[pdfium.PdfPage]:
    pdf = pdfium.PdfDocument(path)
    for k in range(len(pdf)):
        yield pdf[k]


def test_accelerator_in_use_on_ci() -> None:
    """CI installs with `make venv`, which builds the extension: a build that silently fell
    back to ctypes would pass every other test here while reading pages slower."""
    if os.environ.get("CI") != "true":
        pytest.skip("only CI must have it built")
    assert BULK is not None
    assert BULK.__file__ is not None and BULK.__file__.endswith(".so")


@needs_bulk
def test_paths_alike_on_the_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    found = 0
    for path in _matrix():
        for page in _pages(path):
            fast, slow = _both(monkeypatch, lambda page=page: grids._paths(page.raw))
            assert fast == slow, path.name
            assert isinstance(fast, list)
            found += len(fast)
    assert found >= 20  # the matrix draws rules and frames: the walk found them both ways


@needs_bulk
def test_paths_alike_in_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _corpus()
    if not files:
        pytest.skip("shared corpus not found")
    for path in files:
        for page in _pages(path):
            fast, slow = _both(monkeypatch, lambda page=page: grids._paths(page.raw))
            assert fast == slow, path.name


def _drawn_forms(levels: int, rules: int) -> bytes:
    """A page whose rules are drawn inside form XObjects nested `levels` deep (the innermost
    holding `rules` rules), with one rule on the page itself after them."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for level in range(levels, 0, -1):
        canvas.beginForm(f"f{level}")
        for k in range(rules if level == levels else 1):
            y = 100 + k * 0.25
            canvas.line(50 + level, y, 500, y)
        if level < levels:
            canvas.doForm(f"f{level + 1}")
        canvas.endForm()
    canvas.doForm("f1")
    canvas.line(50, 700, 500, 700)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@needs_bulk
@pytest.mark.parametrize(("levels", "rules"), [(1, 3), (2, 3), (3, 3), (1, 2500)])
def test_paths_in_forms_alike(monkeypatch: pytest.MonkeyPatch, levels: int, rules: int) -> None:
    """Forms are read two levels down, and the walk stops past `_MAX_PATHS`, both ways."""
    page = pdfium.PdfDocument(_drawn_forms(levels, rules))[0]
    fast, slow = _both(monkeypatch, lambda: grids._paths(page.raw))
    assert fast == slow
    assert isinstance(fast, list)
    if rules > grids._MAX_PATHS:
        assert len(fast) == grids._MAX_PATHS + 1
    else:  # a third level's rules are not read: only the two levels' own rules
        expected = {1: rules + 1, 2: 1 + rules + 1, 3: 1 + 1 + 1}[levels]
        assert len(fast) == expected


@needs_bulk
def test_no_page_no_walk() -> None:
    with pytest.raises(ValueError):
        grids._paths(None)


@needs_bulk
def test_run_start_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run's first glyph's type size and baseline, for every glyph and past either end."""
    placed = unplaced = 0
    for producer, textpage, g, ctypes_g in _kamerbrief_pairs(monkeypatch):
        n = textpage.count_chars()
        for i in [-1, *range(n), n + 3]:
            fast, slow = g.run_start(i), ctypes_g.run_start(i)
            assert fast == slow, (producer, i)
            assert isinstance(fast, tuple) and isinstance(slow, tuple)
            assert list(map(type, fast)) == list(map(type, slow))
            placed += fast[1] is not None and fast[0] > 0
            unplaced += fast[1] is None
    assert placed > 1000 and unplaced > 0


@needs_bulk
def test_bold_boxes_and_rects_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every glyph's boldness (its own weight asked, or a weight given that does not tell, so
    the font's name decides), its loose box, and the rectangles of every glyph and every line,
    in C and through ctypes, past either end too."""
    named = bold = boxed = 0
    for producer, textpage, g, ctypes_g in _kamerbrief_pairs(monkeypatch):
        n = textpage.count_chars()
        for i in [-1, *range(n), n + 3]:
            assert _glyph_answers(g, i) == _glyph_answers(ctypes_g, i), (producer, i)
            named += g.weighted_bold(400, i)
            bold += g.bold(i)
            boxed += g.loose_box(i) is not None
        text = textpage.get_text_range(0, n)
        start = 0
        for line in text.split("\n"):
            for count in (len(line), -1):
                fast_n, slow_n = g.count_rects(start, count), ctypes_g.count_rects(start, count)
                assert fast_n == slow_n and type(fast_n) is int, (producer, start)
            start += len(line) + 1
        assert g.count_rects() == ctypes_g.count_rects() == g.count_rects(0) > 0
    assert named > 100 and bold > 100 and boxed > 1000


@needs_bulk
@pytest.mark.parametrize("where", ["matrix", "corpus"])
def test_one_rect_alike(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """`one_rect` (C: no CountRects where the first and last glyph that count are two text
    objects) against pdfium's count of rectangles being 1 (the ctypes path), for every line as
    `line_runs` cuts the page and every word of it, on every page of the matrix and the corpus;
    where it says yes, the rectangle read next is the one CountRects left."""
    answers = {True: 0, False: 0}
    for path in _matrix() if where == "matrix" else _corpus():
        for page in _pages(path):
            textpage = page.get_textpage()
            g, ctypes_g = _pair(monkeypatch, textpage)
            n = textpage.count_chars()
            text = textpage.get_text_range(0, n) if n > 0 else ""
            spans = glyphs.line_spans(text)
            if where == "matrix":
                spans += [(s, e) for a, b in spans for s, e in line_runs._spans(text, a, b)]
            asked = [(s, e - s) for s, e in spans]
            for start, count in [*asked, (0, n), (n - 1, 1), (n, 1), (-1, 3), (0, 0), (0, -1)]:
                fast, slow = g.one_rect(start, count), ctypes_g.one_rect(start, count)
                assert fast is slow, (path.name, start, count)
                assert slow == (ctypes_g.count_rects(start, count) == 1)
                if fast and count > 0:
                    g.one_rect(start, count)
                    assert g.rect(0) == ctypes_g.rect(0), (path.name, start, count)
                answers[fast] += 1
            textpage.close()
    assert answers[True] > 100 and answers[False] > 100


@needs_bulk
def test_page_text_and_lines_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """`page_text` (C) against pypdfium2's `get_text_range(0, n)`, and `line_spans` (C) against
    the pattern, on every page of the matrix and the corpus, also for fewer characters than
    the page has (the range's end moved), and for texts made to hold every line end."""
    for path in [*_matrix(), *_corpus()]:
        for page in _pages(path):
            textpage = page.get_textpage()
            n = textpage.count_chars()
            for count in {c for c in (n, n - 1, n // 2, 1, 0) if c >= 0}:
                ask = lambda c=count, tp=textpage: glyphs.page_text(tp, c)  # noqa: E731
                fast, slow = _both(monkeypatch, ask)
                assert fast == slow == textpage.get_text_range(0, count) and type(fast) is str
                lines, pattern_lines = _both(monkeypatch, lambda t=fast: glyphs.line_spans(t))
                assert lines == pattern_lines, (path.name, count)
            textpage.close()
    made = [
        "",
        "\n",
        "a",
        " a\r\n b ",
        "ab\ufffe\r\ncd\x02",
        "\ufffe\ufffe\n\x02 x",
        " \n\t\u2028y",
    ]
    for text in [*made, "\r\n".join(made), "€ und\ufffe", "\U0001f600 a\nb"]:
        fast, slow = _both(monkeypatch, lambda t=text: glyphs.line_spans(t))
        assert fast == slow, text


def _glyph_answers(g: Glyphs, i: int) -> list[tuple[object, type]]:
    answers = [
        g.bold(i),
        g.weighted_bold(0, i),
        g.weighted_bold(400, i),
        g.weighted_bold(250, i),
        g.weighted_bold(700, i),
        g.count_rects(i, 1),
        g.loose_box(i),
    ]
    return [(v, type(v)) for v in answers]


def test_bold_names_lowered_in_ascii() -> None:
    """`_bulk.bold` lowers a font's name byte by byte in ASCII where `named_bold` lowers it as
    Latin-1: no other Latin-1 character lowers into ASCII, so the two find the same words."""
    for byte in range(128, 256):
        assert all(ord(c) >= 128 for c in bytes([byte]).decode("latin-1").lower())
    if BULK is None:
        pytest.skip("the C accelerator is not built here")
    with pytest.raises(TypeError):
        BULK.bold(1, 0)
    with pytest.raises(ValueError):
        BULK.bold(0, 1, 0)
    with pytest.raises(ValueError):
        BULK.bold(1, 0, 0)  # no name buffer
    with pytest.raises(TypeError):
        BULK.count_rects()
    with pytest.raises(TypeError):
        BULK.one_rect(1, 0)
    with pytest.raises(TypeError):
        BULK.run_start(1, 0)
    with pytest.raises(TypeError):
        BULK.loose_box(1)


def _runs_of(page: pdfium.PdfPage) -> list[tuple[object, ...]]:
    """The page's runs (`line_runs`), each field with its type: an int kept is an int."""
    textpage = page.get_textpage()
    text = textpage.get_text_range(0, textpage.count_chars())
    runs = line_runs.line_runs(text, Glyphs(textpage.raw))
    return [tuple((v, type(v)) for v in dataclasses.astuple(r)) for r in runs]


@needs_bulk
def test_line_runs_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """The runs of every page of the matrix and the corpus, words joined in C (`join_words`)
    or all in Python."""
    for path in [*_matrix(), *_corpus()]:
        for page in _pages(path):
            fast, slow = _both(monkeypatch, lambda page=page: _runs_of(page))
            assert fast == slow, path.name


def _glyph_by_glyph(lines: list[list[tuple[str, str, float]]]) -> bytes:
    """A page of lines of pieces (text, font, size), each glyph its own text object (as
    reportlab-glyph sets it); a piece starting with a space stands a wide gap apart."""
    # Embedded faces: pdfium gives their weight (a standard 14 font has none, and its words
    # never join at once).
    registerFont(TTFont("Vera", "Vera.ttf"))
    registerFont(TTFont("VeraBd", "VeraBd.ttf"))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for k, line in enumerate(lines):
        x, y = 72.0, 760.0 - 30 * k
        for text, font, size in line:
            for char in text:
                if char == "|":  # a gap of two ems: the run ends
                    x += 2 * size
                    continue
                canvas.setFont(font, size)
                canvas.drawString(x, y + (3 if size < 8 else 0), char)
                x += canvas.stringWidth(char, font, size)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


_NEAR_MISSES = [
    # words that join at once, then one in bold: the run ends there (its weight differs)
    [("de minister van ", "Vera", 11), ("Financiën", "VeraBd", 11)],
    # a word in larger type, then a wide gap, then words again
    [
        ("zo geldt ", "Vera", 11),
        ("Titel ", "Vera", 16),
        ("|na de kop", "Vera", 11),
    ],
    # words ending in punctuation (their last letter asked), a marker glued to a word
    [
        ("zijn. (zie: hier) en domein", "Vera", 11),
        ("11", "Vera", 6),
        (". klaar", "Vera", 11),
    ],
    # digits after letters in one size (Python asks), digits alone, a lone letter
    [("artikel A12 lid 3 en 2024 x y", "Vera", 10)],
]


@needs_bulk
def test_join_words_near_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    """Per-glyph lines with a change of weight, of size, a wide gap, a marker, punctuation and
    digits: the same runs both ways, and C joins words at once only where Python would."""
    page = pdfium.PdfDocument(_glyph_by_glyph(_NEAR_MISSES))[0]
    fast, slow = _both(monkeypatch, lambda: _runs_of(page))
    assert fast == slow
    texts = [str(run[0][0]).strip() for run in fast]
    assert "de minister van" in texts and "Financiën" in texts
    assert "na de kop" in texts and "Titel" in texts
    # the joins happened in C: fewer words come back to Python than the lines have
    textpage = page.get_textpage()
    text = textpage.get_text_range(0, textpage.count_chars())
    calls: list[int] = []
    real = BULK.join_words

    def counted(*args: object) -> tuple[object, ...]:
        found = real(*args)
        if found[0] >= 0:
            calls.append(found[0])
        return found  # type: ignore[no-any-return]

    monkeypatch.setattr(glyphs, "bulk", BULK)
    monkeypatch.setattr(BULK, "join_words", counted, raising=False)
    line_runs.line_runs(text, Glyphs(textpage.raw))
    assert 0 < len(calls) < len(text.split())


@needs_bulk
def test_join_words_without_a_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no run to join (the thresholds no glyph meets), C hands back every word, as the
    ctypes path does, with the run's bounds as they came (an int stays an int)."""
    never = float("inf")
    for producer in PRODUCERS:
        for page in _pages(pdf_path("kamerbrief", producer)):
            textpage = page.get_textpage()
            text = textpage.get_text_range(0, textpage.count_chars())
            pos = 0
            while True:
                args = (text, pos, len(text), True, never, -never, never, -never, 0.0, 0.0)
                rest = (never, never, -2, 0, 0, 0.0, 0)  # near, far, weight, font, x1, y0, y1
                ask = lambda t=textpage, a=args, r=rest: _ask_join(t, *a, *r)  # noqa: E731
                fast, slow = _both(monkeypatch, ask)
                assert fast == slow
                assert [type(v) for v in fast] == [type(v) for v in slow]
                if fast[0] < 0:
                    break
                pos = fast[1]


def _ask_join(textpage: pdfium.PdfTextPage, *args: object) -> tuple[object, ...]:
    """`join` of a Glyphs made now (the accelerator's, or the ctypes one, as it is set)."""
    g = Glyphs(textpage.raw)
    return g.join(g.join_page, *args)


def test_join_words_refuses_bad_arguments() -> None:
    if BULK is None:
        pytest.skip("the C accelerator is not built here")
    with pytest.raises(TypeError):
        BULK.join_words(1, "a")
    with pytest.raises(TypeError):
        BULK.join_words(1, b"a", 0, 1, True, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, 0, 0, 0, 0)
    with pytest.raises(ValueError):
        BULK.join_words(0, "a", 0, 1, True, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, 0, 0, 0, 0)
    with pytest.raises(ValueError):
        BULK.join_words(1, "a", -1, 1, True, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, 0, 0, 0, 0)


@needs_bulk
@pytest.mark.parametrize("producer", PRODUCERS)
def test_segment_pdf_alike_on_the_matrix(monkeypatch: pytest.MonkeyPatch, producer: str) -> None:
    for doc in DOCS:
        data = pdf_path(doc, producer).read_bytes()
        fast, slow = _both(monkeypatch, lambda data=data: _segmented(data))
        assert fast == slow, doc


@needs_bulk
def test_segment_pdf_alike_in_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _corpus()
    if not files:
        pytest.skip("shared corpus not found")
    for path in files:
        data = path.read_bytes()
        fast, slow = _both(monkeypatch, lambda data=data: _segmented(data))
        assert fast == slow, path.name


def _segmented(data: bytes) -> object:
    return segment_pdf(data, ocr=False, max_pages=None).model_dump()


_WITHOUT_BULK = """
import importlib.abc, json, sys

class NoBulk(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "services.segment.layout._bulk":
            raise ImportError("no accelerator here")
        return None

sys.meta_path.insert(0, NoBulk())
from services.segment.layout import glyphs
from services.segment.segmenter import segment_pdf
assert glyphs.bulk is None
data = open(sys.argv[1], "rb").read()
print(json.dumps(segment_pdf(data, ocr=False, max_pages=None).model_dump(mode="json")))
"""


def test_without_the_accelerator_the_same_document(tmp_path: Path) -> None:
    """A tree where the extension cannot be imported warns once and reads the same."""
    path = pdf_path("kamerbrief", "reportlab-glyph")
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_BULK, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "pdfium_bulk_missing" in done.stdout + done.stderr
    document = json.loads(done.stdout.strip().splitlines()[-1])
    expected = segment_pdf(path.read_bytes(), ocr=False, max_pages=None).model_dump(mode="json")
    assert document == expected
