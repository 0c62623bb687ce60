"""Round 28 (bench/segment/speed23.md): the drawn-table walk spared on a page whose objects are
all text objects its text page read, in a file that draws no form XObject. The walk is the
reference: where the shortcut answers, the walk finds no path."""

from __future__ import annotations

import io
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _constants as _c
from re import _parser
from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from services.segment.layout import glyphs, grids, headings, paragraphs
from services.segment.layout.repair import Anchored
from tests.unit.segment.test_bulk_pdfium import BULK, _corpus, _matrix, needs_bulk

_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _made(draw: Callable[[Canvas], None], compress: int = 0) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=compress)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _glyphs(canvas: Canvas, text: str, x: float, y: float) -> None:
    """`text` one text object a glyph (as the per-glyph producer sets it); pdfium generates the
    spaces between the words, characters without a text object."""
    for k, char in enumerate(text):
        if char != " ":
            canvas.drawString(x + 6 * k, y, char)


def _text(canvas: Canvas) -> None:
    _glyphs(canvas, "Geachte voorzitter, hierbij de antwoorden", 72, 700)
    canvas.drawString(72, 680, "Een regel in een object.")


def _with_path(canvas: Canvas) -> None:
    _text(canvas)
    canvas.line(72, 670, 300, 670)


def _with_image(canvas: Canvas) -> None:
    _text(canvas)
    from PIL import Image

    canvas.drawImage(ImageReader(Image.new("RGB", (4, 4), "red")), 72, 500, 40, 40)


def _with_empty_text(canvas: Canvas) -> None:
    """A text object the text page reads no character of: its glyph under pdfium's 0.01 pt
    (an empty string makes no object at all)."""
    _text(canvas)
    text = canvas.beginText(72, 600)
    text.setFont("Helvetica", 0.001)
    text.textOut("x")
    canvas.drawText(text)


def _with_spaces(canvas: Canvas) -> None:
    _text(canvas)
    canvas.drawString(72, 600, "   ")  # an object of spaces: read, one character


def _with_form(canvas: Canvas) -> None:
    """One text object on the page and one in a form beside a rule: the text page reads two
    text objects, as many as the page has objects (the text object and the form)."""
    canvas.beginForm("footer")
    canvas.drawString(72, 60, "Pagina 1 van 1")
    canvas.line(72, 70, 500, 70)
    canvas.endForm()
    canvas.drawString(72, 700, "Geachte voorzitter,")
    canvas.doForm("footer")


_MADE: dict[str, tuple[Callable[[Canvas], None], bool]] = {
    # name: (the page, whether every object is a text object the text page read)
    "text": (_text, True),
    "path": (_with_path, False),
    "image": (_with_image, False),
    "empty text object": (_with_empty_text, False),
    "spaces": (_with_spaces, True),
    "form": (_with_form, True),  # the count cannot tell: `may_draw_forms` must
}


def _pages(data: bytes) -> Iterator[tuple[pdfium.PdfPage, pdfium.PdfTextPage]]:
    pdf = pdfium.PdfDocument(data)
    for k in range(len(pdf)):
        page = pdf[k]
        textpage = page.get_textpage()
        yield page, textpage
        textpage.close()
        page.close()


def _both(monkeypatch: pytest.MonkeyPatch, page: pdfium.PdfPage, tp: pdfium.PdfTextPage) -> bool:
    """`_text_only` through the accelerator (where built) and through ctypes, alike."""
    slow_ask = grids._text_only(page.raw, tp)
    if BULK is not None:
        monkeypatch.setattr(glyphs, "bulk", None)
        slow_ask = grids._text_only(page.raw, tp)
        monkeypatch.setattr(glyphs, "bulk", BULK)
        assert grids._text_only(page.raw, tp) is slow_ask
    return slow_ask


@pytest.mark.parametrize("name", list(_MADE))
@pytest.mark.parametrize("compress", [0, 1])
def test_made_pages(monkeypatch: pytest.MonkeyPatch, name: str, compress: int) -> None:
    draw, only_text = _MADE[name]
    data = _made(draw, compress)
    for page, textpage in _pages(data):
        assert _both(monkeypatch, page, textpage) is only_text, name
        walked = grids._paths(page.raw)
        if only_text and name != "form":
            assert walked == []
        if name in ("path", "form"):
            assert walked  # the form's rule: a page the count alone would have spared
    assert grids.may_draw_forms(data) is (name in ("image", "form")), name


def test_generated_spaces_have_no_object() -> None:
    """The made text page has characters pdfium generated (the spaces between glyph objects,
    the line break): they count no object, and the page still counts as text only."""
    for page, textpage in _pages(_made(_text)):
        objects = [pdfium.raw.FPDFText_GetTextObject(textpage.raw, i) for i in range(10)]
        assert any(not o for o in objects)
        assert grids._text_only(page.raw, textpage)


def _files() -> list[Path]:
    return [*_matrix(), *sorted(_FIXTURES.glob("**/*.pdf")), *_corpus()]


def test_shortcut_answers_as_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page of the producer matrix, the fixtures and the shared corpus: where the file
    draws no form and the page counts as text only, the walk finds no path (nor any object
    other than text); and the C count is the Python one."""
    spared = pages = 0
    for path in dict.fromkeys(_files()):
        data = path.read_bytes()
        forms = grids.may_draw_forms(data)
        for page, textpage in _pages(data):
            pages += 1
            if forms:
                continue
            if _both(monkeypatch, page, textpage):
                spared += 1
                assert grids._paths(page.raw) == [], (path.name, page)
                n = pdfium.raw.FPDFPage_CountObjects(page.raw)
                kinds = {
                    pdfium.raw.FPDFPageObj_GetType(pdfium.raw.FPDFPage_GetObject(page.raw, k))
                    for k in range(n)
                }
                assert kinds <= {pdfium.raw.FPDF_PAGEOBJ_TEXT}, path.name
    assert pages and spared  # the per-glyph pages of the matrix are spared


def test_per_glyph_pages_spared() -> None:
    """The per-glyph letters' pages without a rule are spared; those with one are walked."""
    counted = {True: 0, False: 0}
    for path in _matrix():
        if "reportlab-glyph" not in path.name:
            continue
        data = path.read_bytes()
        assert not grids.may_draw_forms(data)
        for page, textpage in _pages(data):
            counted[grids._text_only(page.raw, textpage)] += 1
    assert counted[True] >= 7


@pytest.mark.parametrize(
    ("data", "forms"),
    [
        (b"%PDF-1.4 << /Type /Page /Resources << /Font 5 0 R >> >>", False),
        (b"<< /Resources << /XObject << /Fm1 7 0 R >> >> >>", True),
        (b"<< /Type /ObjStm /N 3 /First 20 >>", True),
        (b"<< /Resources << /X#4Fbject << /Fm1 7 0 R >> >> >>", True),
        (b"<< /Resources << /#58#4f#62#6a#65#63#74 << /Fm1 7 0 R >> >> >>", True),
        (b"<< /Type /Obj#53tm /N 3 /First 20 >>", True),
        (b"(a string with # and a / slash) /Name #74 #58 /Xobject", False),
    ],
)
def test_may_draw_forms(data: bytes, forms: bool) -> None:
    assert grids.may_draw_forms(data) is forms


@needs_bulk
def test_text_only_refuses_what_is_no_handle() -> None:
    assert BULK is not None
    with pytest.raises(TypeError):
        BULK.text_only(1, 2)  # type: ignore[call-arg]
    with pytest.raises(ValueError):
        BULK.text_only(0, 1, 0)


# The gates before the list and number marks' patterns (repair.Anchored).

_GATED: dict[str, Anchored] = {
    "paragraphs.BULLET": paragraphs.BULLET,
    "paragraphs.LETTERED": paragraphs.LETTERED,
    "paragraphs.NUMBERED": paragraphs.NUMBERED,
    "paragraphs._NOTE_NUMBER": paragraphs._NOTE_NUMBER,
    "headings.NUMBERED_HEADING": headings.NUMBERED_HEADING,
}


def _starts(items: list[tuple[Any, Any]]) -> tuple[set[int], bool]:
    """The characters a match of the parsed pattern `items` can start with, and whether a
    decimal digit (`\\d`) can; what the reading below does not know fails the test."""
    chars: set[int] = set()
    for op, av in items:
        if op is _c.AT:
            continue  # ^: no character
        if op is _c.LITERAL:
            return chars | {av}, False
        if op is _c.IN:
            decimal = False
            for kind, arg in av:
                if kind is _c.LITERAL:
                    chars.add(arg)
                elif kind is _c.RANGE:
                    chars.update(range(arg[0], arg[1] + 1))
                elif kind is _c.CATEGORY and arg is _c.CATEGORY_DIGIT:
                    decimal = True
                else:
                    raise AssertionError(f"unread set item {kind} {arg}")
            return chars, decimal
        if op is _c.BRANCH:
            decimal = False
            for branch in av[1]:
                more, digit = _starts(list(branch))
                chars |= more
                decimal |= digit
            return chars, decimal
        if op is _c.SUBPATTERN:
            more, digit = _starts(list(av[-1]))
            return chars | more, digit
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _, sub = av
            more, digit = _starts(list(sub))
            if low:
                return chars | more, digit
            if digit:
                raise AssertionError("an optional digit first: not read here")
            chars |= more
            continue
        raise AssertionError(f"unread pattern item {op}")
    raise AssertionError("the pattern matches an empty text")


@pytest.mark.parametrize("name", list(_GATED))
def test_gate_holds_every_first_character(name: str) -> None:
    gated = _GATED[name]
    assert not gated.pattern.flags & re.IGNORECASE
    chars, decimal = _starts(list(_parser.parse(gated.pattern.pattern)))
    assert not decimal or gated.decimal, name
    missing = [chr(c) for c in chars if chr(c) not in gated.first]
    assert not missing, (name, missing)
    if gated.second:
        assert gated.second == "." and gated.pattern.pattern.startswith(r"^[a-z]\."), name


def _lines() -> Iterator[str]:
    made = ["", "a", "a.", "a. b", "1", "1.", "1. a", "12) b", "(a) x", "iv) x", "• x", "\uf0b7 x"]
    made += ["\u0661. x", "\uff11) x", "\u00b2. x", "A. b", "o x", "- x", ".a", "x. y"]
    yield from made
    for path in dict.fromkeys(_files()):
        for _page, textpage in _pages(path.read_bytes()):
            for line in textpage.get_text_range().splitlines():
                yield line
                yield line.strip()


def test_gates_answer_as_the_patterns() -> None:
    count = 0
    for text in _lines():
        for name, gated in _GATED.items():
            want, got = gated.pattern.match(text), gated.match(text)
            assert (want is None) is (got is None), (name, text)
            if want is not None and got is not None:
                assert want.span() == got.span() and want.groups() == got.groups()
        count += 1
    assert count > 10_000


@pytest.mark.parametrize("accelerated", [True, False])
def test_read_grids_spares_the_walk(monkeypatch: pytest.MonkeyPatch, accelerated: bool) -> None:
    """The walk is spared only where the page counts as text only and the file draws no form;
    without the accelerator the file is asked only then. With it (round 34) the file is asked
    first, and where it draws no form `_bulk.drawn` answers in place of the walk, spared or not
    (test_speed34 proves its answer the walk's)."""
    if accelerated and BULK is None:
        pytest.skip("the C accelerator is not built here")
    monkeypatch.setattr(glyphs, "bulk", BULK if accelerated else None)
    walked: list[int] = []
    asked: list[int] = []
    walk = grids._paths
    monkeypatch.setattr(grids, "_paths", lambda raw: walked.append(1) or walk(raw))

    def forms(answer: bool) -> Callable[[], bool]:
        return lambda: asked.append(1) is not None or answer

    for draw, spared in ((_text, True), (_with_path, False)):
        for page, textpage in _pages(_made(draw)):
            for answer in (False, True):
                walked.clear()
                asked.clear()
                assert grids.read_grids(page, 1, textpage, None, forms(answer)) == []
                if accelerated:
                    assert bool(walked) is answer
                    assert asked
                else:
                    assert bool(walked) is not (spared and not answer)
                    assert bool(asked) is spared
            walked.clear()
            assert grids.read_grids(page, 1, textpage) == [] and walked


def _may_draw_forms_by_two_scans(data: bytes) -> bool:
    """Round 28's first test, a scan for each name, against which one scan for "Obj" is held."""
    if b"XObject" in data or b"ObjStm" in data:
        return True
    return any(
        grids._SPELLED.search(data, max(e.start() - grids._SPELLED_MOST, 0), e.start() + 21)
        for e in grids._ESCAPE.finditer(data)
    )


@pytest.mark.parametrize("seed", range(40))
def test_one_scan_for_both_names(seed: int) -> None:
    """Random bytes salted with the names, their near misses and overlaps answer as two scans do."""
    pieces = [b"XObject", b"ObjStm", b"Object", b"ObjObject", b"XObjStm", b"xObject", b"Obj"]
    pieces += [b"ObjSt", b"XOb", b"X#4Fbject", b"ObjS#74m", b"/Type", b"XX", b"SObject"]
    rng = random.Random(seed)
    for _ in range(50):
        parts = [rng.randbytes(rng.randint(0, 6)) for _ in range(rng.randint(1, 6))]
        salted = b"".join(p + rng.choice(pieces) * rng.randint(0, 1) for p in parts)
        assert grids.may_draw_forms(salted) is _may_draw_forms_by_two_scans(salted), salted
