"""Round 34 (bench/segment/speed23.md): the walk for drawn paths asks pdfium for fewer of a
page's objects (`_bulk.drawn`, `grids._page_paths`). Where most objects are text objects the
text page read, it looks for the others where the text page's order says they stand and walks
the page whole where it cannot prove it found them all. The reference is what the walk gave
before: none where the page holds only text objects read (`_bulk.text_only`), else
`_bulk.paths`, path for path (bounds and address) and stopping at the same path."""

from __future__ import annotations

import ctypes
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from services.segment.layout import glyphs, grids
from tests.unit.segment.conftest import ROOT
from tests.unit.segment.test_bulk_pdfium import BULK, _corpus, _matrix, needs_bulk

_MOSTS = (grids._MAX_PATHS, 0, 1, 7)  # the walk stops past `most` paths: at the same one


def _address(raw: Any) -> int:
    address = ctypes.cast(raw, ctypes.c_void_p).value
    assert address
    return address


def _before(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, most: int) -> object:
    """What `_read_grids` took before: none for a page of text objects read alone, else the
    whole walk."""
    page_at, text_at = _address(page.raw), _address(textpage.raw)
    if BULK.text_only(page_at, text_at, textpage.count_chars()):
        return []
    return BULK.paths(page_at, most)


def _drawn(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, most: int) -> object:
    return BULK.drawn(_address(page.raw), _address(textpage.raw), textpage.count_chars(), most)


def _pages_alike(pdf: pdfium.PdfDocument, name: str) -> int:
    """Every page of the document through `drawn` and the walk before, for each `most`: the
    same answer. Returns the paths found (at the largest `most`)."""
    found = 0
    for k in range(len(pdf)):
        page = pdf[k]
        textpage = page.get_textpage()
        for most in _MOSTS:
            before = _before(page, textpage, most)
            assert _drawn(page, textpage, most) == before, (name, k, most)
            if most == grids._MAX_PATHS and isinstance(before, list):
                found += len(before)
    return found


def _form_free(paths: list[Path]) -> Iterator[tuple[Path, pdfium.PdfDocument]]:
    """The documents `drawn` is asked about: those that draw no form XObject."""
    for path in paths:
        data = path.read_bytes()
        if not grids.may_draw_forms(data):
            yield path, pdfium.PdfDocument(data)


@needs_bulk
def test_drawn_alike_on_the_matrix_and_the_fixtures() -> None:
    fixtures = sorted((ROOT / "tests" / "fixtures").glob("**/*.pdf"))
    files = sorted(set(_matrix()) | set(fixtures))
    checked = found = 0
    for path, pdf in _form_free(files):
        found += _pages_alike(pdf, path.name)
        checked += 1
    assert checked >= 40  # most of the matrix's producers write no form XObject
    assert found >= 20  # and their rules were found both ways


@needs_bulk
def test_drawn_alike_in_the_corpus() -> None:
    files = _corpus()
    if not files:
        pytest.skip("shared corpus not found")
    for path, pdf in _form_free(files):
        _pages_alike(pdf, path.name)


# Made-up pages: content streams written by hand, so that every kind of object stands where a
# test wants it. Helvetica, one text object a glyph unless said.
def _pdf(content: bytes, resources: bytes = b"") -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> " + resources + b">> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _glyph(x: float, y: float, char: str, state: bytes = b"") -> bytes:
    return b"BT /F1 10 Tf %s%.2f %.2f Td (%s) Tj ET\n" % (state, x, y, char.encode())


def _rule(x0: float, y: float, x1: float) -> bytes:
    return b"%.2f %.2f m %.2f %.2f l S\n" % (x0, y, x1, y)


_WORDS = "de minister van financien stuurt de kamer een brief over het jaar"


def _line(y: float, reverse: bool = False, state: bytes = b"", every: bytes = b"") -> list[bytes]:
    """A line's glyphs as their own text objects, left to right (or drawn from the right end
    back), `every` after each glyph."""
    glyphs_ = [_glyph(60 + 6 * k, y, c, state) + every for k, c in enumerate(_WORDS) if c != " "]
    return glyphs_[::-1] if reverse else glyphs_


def _lines(count: int, **kwargs: Any) -> list[bytes]:
    return [g for k in range(count) for g in _line(780 - 14 * k, **kwargs)]


_TABLE = b"".join(_rule(60, 300 - 12 * k, 400) for k in range(8))
_IMAGE = b"q 20 0 0 20 450 700 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q\n"

_PAGES: dict[str, Callable[[], bytes]] = {
    "text alone": lambda: b"".join(_lines(30)),
    "a table among the lines": lambda: b"".join(
        _lines(15) + [_TABLE] + [g for k in range(15) for g in _line(250 - 14 * k)]
    ),
    "paths first": lambda: _TABLE + b"".join(_lines(20)),
    "paths last": lambda: b"".join(_lines(20)) + _TABLE,
    "paths first and last": lambda: _TABLE + b"".join(_lines(20)) + _TABLE,
    "one rule amid": lambda: b"".join([*_lines(10), _rule(60, 500, 300), *_lines(10)]),
    "a path between every two glyphs": lambda: b"".join(_lines(5, every=_rule(0, 5, 3))),
    "a rule after each line": lambda: b"".join(
        g for k in range(20) for g in [*_line(780 - 14 * k), _rule(60, 777 - 14 * k, 300)]
    ),
    "lines drawn from their right ends": lambda: b"".join(
        [*_lines(10, reverse=True), _TABLE, *_lines(10, reverse=True)]
    ),
    "a rule inside lines drawn from their right ends": lambda: b"".join(
        g
        for k in range(20)
        for line in [_line(780 - 14 * k, reverse=True)]
        for g in [*line[:20], _rule(60, 777 - 14 * k, 300), *line[20:]]
    ),
    "lines drawn bottom up": lambda: b"".join(
        [
            *[g for k in range(20) for g in _line(100 + 14 * k)][:150],
            _TABLE,
            *[g for k in range(20) for g in _line(100 + 14 * k)][150:],
        ]
    ),
    "invisible text": lambda: b"".join([*_lines(10, state=b"3 Tr "), _TABLE, *_lines(5)]),
    "empty text objects": lambda: b"".join(
        [
            *_lines(8),
            b"BT /F1 10 Tf 60 400 Td () Tj ET\n" * 5,
            _TABLE,
            b"BT /F1 10 Tf 60 380 Td () Tj ET\n" * 3,
            *_lines(8),
        ]
    ),
    "every glyph twice (fake bold)": lambda: (
        b"".join(
            g
            for k, c in enumerate(_WORDS * 3)
            if c != " "
            for g in [_glyph(60 + 6 * (k % 60), 700 - 14 * (k // 60), c)] * 2
        )
        + _TABLE
    ),
    "actual text": lambda: b"".join(
        [
            *_lines(5),
            b"/Span << /ActualText (xyz) >> BDC\n",
            *_line(600),
            b"EMC\n",
            _TABLE,
            b"/Span << /ActualText () >> BDC\n",
            *_line(560),
            b"EMC\n",
            *_lines(5),
        ]
    ),
    "marked content": lambda: b"".join(
        [
            b"/P << /MCID 0 >> BDC\n",
            *_lines(8),
            b"EMC\n/Artifact BMC\n",
            _TABLE,
            b"EMC\n",
            *_lines(8),
        ]
    ),
    "an inline image": lambda: b"".join([*_lines(10), _IMAGE, *_lines(10), _TABLE]),
    "a clipped table": lambda: b"".join(
        [*_lines(10), b"q 50 200 300 200 re W n\n", _TABLE, b"Q\n", *_lines(10)]
    ),
    "rotated text": lambda: (
        b"".join(
            b"BT /F1 10 Tf 0 1 -1 0 %d %d Tm (%s) Tj ET\n"
            % (500 - 14 * (k // 40), 100 + 6 * (k % 40), c.encode())
            for k, c in enumerate(_WORDS * 6)
            if c != " "
        )
        + _TABLE
    ),
    "words as objects": lambda: (
        b"".join(
            b"BT /F1 10 Tf 60 %d Td (%s) Tj ET\n" % (780 - 14 * k, w.encode())
            for k in range(30)
            for w in _WORDS.split()
        )
        + _TABLE
    ),
    "no glyphs, paths alone": lambda: _TABLE * 3,
    "no objects": lambda: b"",
}


@needs_bulk
@pytest.mark.parametrize("name", sorted(_PAGES))
def test_drawn_alike_on_made_up_pages(name: str) -> None:
    pdf = pdfium.PdfDocument(_pdf(_PAGES[name]()))
    _pages_alike(pdf, name)


def _scrambled(seed: int) -> bytes:
    """A page of lines in random order, some drawn from their right ends, some glyphs twice,
    invisible or empty, with clusters of rules, rectangles and an inline image anywhere."""
    rng = random.Random(seed)
    parts: list[bytes] = []
    for k in rng.sample(range(40), rng.randrange(5, 40)):
        line = _line(780 - 14 * k, reverse=rng.random() < 0.2)
        if rng.random() < 0.1:
            line = [g for g in line for g in [g] * 2]
        if rng.random() < 0.1:
            line.insert(rng.randrange(len(line) + 1), b"BT /F1 10 Tf 60 50 Td () Tj ET\n")
        if rng.random() < 0.1:
            line = [g.replace(b"Tf ", b"Tf 3 Tr ") for g in line]
        parts += line
    for _ in range(rng.randrange(0, 6)):
        cluster = [_rule(60, rng.uniform(50, 800), 400) for _ in range(rng.randrange(1, 12))]
        if rng.random() < 0.3:
            cluster.append(b"300 300 40 20 re f\n")
        if rng.random() < 0.2:
            cluster.append(_IMAGE)
        at = rng.randrange(len(parts) + 1)
        parts[at:at] = cluster
    return b"".join(parts)


_GET = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The indices `_bulk` asks FPDFPage_GetObject for, through a counting stand-in bound for
    the test (the real one bound again after)."""
    seen: list[int] = []
    real_get = _GET(glyphs._address(pdfium_c.FPDFPage_GetObject))

    def get(page: int, k: int) -> int | None:
        seen.append(k)
        return real_get(page, k)

    counting = _GET(get)
    real_address = glyphs._address
    monkeypatch.setattr(
        glyphs,
        "_address",
        lambda fn: _address(counting) if fn is pdfium_c.FPDFPage_GetObject else real_address(fn),
    )
    glyphs._bound_bulk()
    try:
        yield seen
    finally:
        monkeypatch.setattr(glyphs, "_address", real_address)
        glyphs._bound_bulk()


@needs_bulk
@pytest.mark.parametrize(
    ("name", "most_asked"),
    [("a table among the lines", 0.2), ("paths last", 0.1), ("one rule amid", 0.1)],
)
def test_drawn_asks_for_few_objects(asked: list[int], name: str, most_asked: float) -> None:
    """A page of glyphs with a few rules: most objects are passed over, and the rules found."""
    pdf = pdfium.PdfDocument(_pdf(_PAGES[name]()))
    page = pdf[0]
    textpage = page.get_textpage()
    drawn = _drawn(page, textpage, grids._MAX_PATHS)
    assert isinstance(drawn, list) and drawn
    n = pdfium_c.FPDFPage_CountObjects(page.raw)
    assert n > 300
    assert 0 < len(asked) <= most_asked * n
    assert len(set(asked)) == len(asked)  # each object asked for once
    asked.clear()
    assert drawn == BULK.paths(_address(page.raw), grids._MAX_PATHS)
    assert len(asked) == n


def _how(asked: list[int], n: int) -> str:
    """How `drawn` went, from the objects it asked for: a search that found every other, a
    search given up (or unproven) and the page walked whole after it (objects asked twice), or
    the page walked whole at once."""
    if len(asked) > len(set(asked)):
        return "walked after a search"
    return "searched" if len(asked) < n else "walked"


@needs_bulk
def test_drawn_walks_whole_where_the_order_is_not_the_page(asked: list[int]) -> None:
    """A line drawn from its right end: the text page reads its glyphs left to right, so the
    ranks contradict the page's order, and the page is walked whole after the search."""
    pdf = pdfium.PdfDocument(_pdf(_PAGES["a rule inside lines drawn from their right ends"]()))
    page = pdf[0]
    drawn = _drawn(page, page.get_textpage(), grids._MAX_PATHS)
    assert isinstance(drawn, list) and len(drawn) == 20
    assert _how(asked, pdfium_c.FPDFPage_CountObjects(page.raw)) == "walked after a search"


@needs_bulk
def test_drawn_alike_on_scrambled_pages(asked: list[int]) -> None:
    """Sixty random pages: the same paths however `drawn` went, and both ways taken."""
    ways: dict[str, int] = {}
    for seed in range(60):
        pdf = pdfium.PdfDocument(_pdf(_scrambled(seed)))
        page = pdf[0]
        asked.clear()
        _drawn(page, page.get_textpage(), grids._MAX_PATHS)
        way = _how(asked, pdfium_c.FPDFPage_CountObjects(page.raw))
        ways[way] = ways.get(way, 0) + 1
        _pages_alike(pdf, f"seed {seed}")
    assert ways.get("searched", 0) >= 4
    assert ways.get("walked after a search", 0) >= 20


def test_page_paths_as_before_with_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the document may draw forms (or there is no accelerator), `_page_paths` answers as
    `_read_grids` did: `only_text`, else the whole walk."""
    pdf = pdfium.PdfDocument(_pdf(_PAGES["a table among the lines"]()))
    page = pdf[0]
    textpage = page.get_textpage()
    expected = grids._paths(page.raw)
    assert len(expected) == 8
    for forms in (lambda: True, lambda: False, None):
        assert grids._page_paths(page, textpage, forms) == expected
        assert grids._page_paths(page, None, forms) == expected
    monkeypatch.setattr(glyphs, "bulk", None)
    assert grids._page_paths(page, textpage, lambda: False) == expected
    alone = pdfium.PdfDocument(_pdf(_PAGES["text alone"]()))[0]
    assert grids._page_paths(alone, alone.get_textpage(), lambda: False) == []
