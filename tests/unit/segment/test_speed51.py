"""Round 51 (bench/segment/speed23.md): a font's answers remembered while a page is read.

`_bulk.page_lines`, `line_runs` and `join_words` ask a word's font weight of pdfium only where
its font (`FPDFTextObj_GetFont` of its text object) is not the one before, and a run's bold and
slant tests read and search the font's name only the first time; the name buffer is left as
the calls they replace leave it. Each is held here against the code it replaced (the memo off,
`_bulk.remember_fonts(False)`), on every page of every fixture and corpus PDF and on a page
made to defeat it (fonts alternating word by word, names too long for the buffer, a glyph with
no font); and the premise, that pdfium's weight, name and flags of a glyph are its font's, on
every glyph of those PDFs. `loose_box` and `invisible` share their argument parsing
(`page_and_index`): their errors are tested as they were.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from services.segment.layout import glyphs
from services.segment.layout.glyphs import Glyphs, line_spans, page_text
from tests.fixtures import raw_pdf
from tests.unit.segment.test_bulk_pdfium import BULK, needs_bulk

_ROOT = Path(__file__).resolve().parents[3]
_CORPUS = _ROOT.parent / "shared" / "corpus"
_NAME = 96  # glyphs._NAME_SIZE

_LONG_BOLD = "Long" + "Name" * 24 + "-Bold"  # 105 characters: more than the buffer holds
_LONG_PLAIN = "Long" + "Name" * 24 + "-Book"


def _made_pdf() -> bytes:
    """A page set one object per glyph in five fonts that alternate word by word, two of them
    named longer than the name buffer (pdfium then leaves the buffer as it was), a line in one
    font, and a line whose words change font mid-line."""
    fonts = ["Helvetica-Bold", _LONG_BOLD, _LONG_PLAIN, "Times-Italic", "Helvetica"]
    lines = [
        [("Eerste", 0), ("regel", 1), ("met", 2), ("woorden", 3), ("in", 4), ("vier", 0)],
        [("Tweede", 4), ("regel", 4), ("alles", 4), ("gelijk", 4), ("a", 4), ("b", 4)],
        [("Derde", 1), ("regel", 1), ("lange", 2), ("namen", 2), ("7", 1), ("x", 3)],
        [("Vierde", 3), ("regel", 0), ("en", 3), ("nog", 0), ("meer", 1), ("woorden", 1)],
    ]
    ops = []
    y = 760.0
    for words in lines * 6:
        x = 72.0
        for word, font in words:
            for ch in word:
                ops.append(f"BT /F{font} 11 Tf {x:.2f} {y:.2f} Td ({ch}) Tj ET")
                x += 6.4
            x += 4.0
        y -= 16.0
    content = "\n".join(ops).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << "
            + b" ".join(f"/F{k} {5 + k} 0 R".encode() for k in range(len(fonts)))
            + b" >> >> >>"
        ),
        raw_pdf.stream(content),
    ]
    objects += [
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>".encode()
        for name in fonts
    ]
    return raw_pdf.pdf(objects)


def _paths() -> list[Path]:
    paths = sorted((_ROOT / "tests" / "fixtures").rglob("*.pdf"))
    return paths + (sorted(_CORPUS.rglob("*.pdf")) if _CORPUS.is_dir() else [])


def _pages(data: bytes) -> Iterator[pdfium.PdfTextPage]:
    pdf = pdfium.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                yield textpage
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()


def _remembering(on: bool) -> bool:
    assert BULK is not None
    return bool(BULK.remember_fonts(on))


def _read(textpage: pdfium.PdfTextPage, on: bool, buffer: bytes) -> tuple[object, ...]:
    """Every line of the page through `page_lines` (from each line it stopped before on), then
    `line_runs` and `join_words` on each line, the memo on or off; the name buffer starts as
    `buffer`, and is read back after each call (all 96 bytes)."""
    assert BULK is not None
    n = textpage.count_chars()
    if n <= 0:
        return ()
    text = page_text(textpage, n)
    if len(text) != n:
        return ()
    spans = line_spans(text)
    made = Glyphs(textpage.raw)
    ctypes.memmove(made._name_address, buffer, _NAME)
    before = _remembering(on)
    try:
        seen: list[object] = []
        k = 0
        while k < len(spans):
            done, why = BULK.page_lines(
                made._address, made._name_address, math.hypot, text, spans, k
            )
            seen += [done, why, bytes(made._name)]
            k += len(done) + 1
        for start, end in spans:
            seen.append(
                BULK.line_runs(made._address, made._name_address, math.hypot, text, start, end)
            )
            seen.append(bytes(made._name))
            window = (math.inf, -math.inf, math.inf, -math.inf, 0.0, 1e9, math.inf, math.inf)
            pos = start
            while pos >= 0:
                got = BULK.join_words(
                    made._address, text, pos, end, True, *window, -2, 0, 0.0, 0.0, 0.0
                )
                seen.append(got)
                if got[0] < 0 or got[2] is None:
                    break
                # the next call joins what stands like this word (its weight and font)
                ends = got[2]
                step = (ends[1] - ends[3]) / 64
                window = (
                    ends[3] - step,
                    ends[3] + step,
                    ends[1] - step,
                    ends[1] + step,
                    -50.0,
                    50.0,
                    -1e9,
                    1e9,
                )
                got = BULK.join_words(
                    made._address,
                    text,
                    got[1],
                    end,
                    True,
                    *window,
                    ends[8],
                    ends[9],
                    got[3],
                    got[4],
                    got[5],
                )
                seen.append(got)
                pos = got[1] if got[0] >= 0 else -1
        return tuple(seen)
    finally:
        _remembering(before)


@needs_bulk
def test_page_lines_alike_with_and_without_the_memo_on_every_pdf() -> None:
    pages = 0
    for path in _paths():
        for textpage in _pages(path.read_bytes()):
            for buffer in (bytes(_NAME), b"Stale-Bold" + bytes(_NAME - 10)):
                assert _read(textpage, True, buffer) == _read(textpage, False, buffer), path
            pages += 1
    assert pages > 300


@needs_bulk
def test_page_lines_alike_on_fonts_that_defeat_the_memo() -> None:
    read = []
    for textpage in _pages(_made_pdf()):
        for buffer in (
            bytes(_NAME),
            b"Stale-Bold" + bytes(_NAME - 10),
            b"Obliq-Oblique" + bytes(83),
        ):
            on, off = _read(textpage, True, buffer), _read(textpage, False, buffer)
            assert on == off
            read.append(on)
    assert len(read) == 3
    runs = [run for line in read[1][0] for run in line]  # type: ignore[attr-defined]
    assert {run[7] for run in runs} == {True, False}  # bold and regular runs
    assert any(run[9] for run in runs)  # Times-Italic read as slanted


def _font_answers(textpage: pdfium.PdfTextPage) -> Iterator[tuple[int, int, bytes, int]]:
    """Each glyph's font (an address), pdfium's weight, font name and flags of the glyph."""
    raw = textpage.raw
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    for i in range(textpage.count_chars()):
        obj = pdfium_c.FPDFText_GetTextObject(raw, i)
        if not obj:
            continue
        font = ctypes.cast(pdfium_c.FPDFTextObj_GetFont(obj), ctypes.c_void_p).value or 0
        weight = pdfium_c.FPDFText_GetFontWeight(raw, i)
        length = pdfium_c.FPDFText_GetFontInfo(raw, i, name, 256, ctypes.byref(flags))
        yield font, weight, name.raw[:length], flags.value


@needs_bulk
def test_a_glyphs_weight_name_and_flags_are_its_fonts() -> None:
    fonts = 0
    for path in [*_paths(), None]:
        data = path.read_bytes() if path is not None else _made_pdf()
        for textpage in _pages(data):
            first: dict[int, tuple[int, bytes, int]] = {}
            for font, weight, name, flags in _font_answers(textpage):
                assert font
                assert first.setdefault(font, (weight, name, flags)) == (weight, name, flags), path
            fonts += len(first)
    assert fonts > 500


@needs_bulk
def test_remember_fonts_says_the_setting_before() -> None:
    assert BULK is not None
    before = BULK.remember_fonts(False)
    try:
        assert BULK.remember_fonts(True) is False
        assert BULK.remember_fonts(True) is True
    finally:
        BULK.remember_fonts(before)
    assert before is True  # on unless a test turns it off


@needs_bulk
def test_loose_box_and_invisible_parse_their_arguments_as_before() -> None:
    assert BULK is not None
    pdf = pdfium.PdfDocument(_made_pdf())
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        address = glyphs.pointer_value(textpage.raw)
        assert BULK.loose_box(address, 0) is not None
        assert BULK.invisible(address, 0) is False
        for call, usage in (
            (BULK.loose_box, "loose_box takes a text page's address and i"),
            (BULK.invisible, "invisible takes a text page's address and i"),
        ):
            with pytest.raises(TypeError, match=usage):
                call(address)
            with pytest.raises(TypeError, match=usage):
                call(address, 0, 1)
            with pytest.raises(ValueError, match="null pdfium address"):
                call(0, 0)
            with pytest.raises(OverflowError):
                call(address, 2**40)
            with pytest.raises(TypeError):
                call(address, "0")
        textpage.close()
        page.close()
    finally:
        pdf.close()
