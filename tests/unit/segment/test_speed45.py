"""Round 45 (bench/segment/speed23.md): `_bulk`'s run start (`run_start`, and the C line loop's
`start_of_run`) takes the em's scale as the other value's absolute where one of the text
matrix's c and d is zero, instead of calling Python's math.hypot (two floats made, a call, a
float read back, three freed, a run). Safe only if math.hypot(0, d) is |d| to the last bit:
held here over every float32 exponent (the matrix's values are floats widened to doubles), and
the C answers held against the ctypes path (math.hypot) on glyphs set level, turned a quarter,
mirrored, slanted and at an angle."""

from __future__ import annotations

import io
import math
import random
import struct

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.unit.segment.test_bulk_pdfium import BULK, _pair, needs_bulk


def _bits(value: float) -> bytes:
    return struct.pack("<d", value)


def _float32s() -> list[float]:
    """Float32 values widened to doubles: every exponent (subnormals, the largest, the
    infinities) with random mantissas and both signs, and the zeros."""
    rng = random.Random(45)
    values = [0.0, -0.0, math.inf, -math.inf]
    for exponent in range(255):
        for _ in range(200):
            word = (exponent << 23) | rng.getrandbits(23) | (rng.getrandbits(1) << 31)
            values.append(struct.unpack("<f", struct.pack("<I", word))[0])
        values.append(struct.unpack("<f", struct.pack("<I", exponent << 23))[0])
    return values


def test_hypot_of_one_zero_is_the_other_exactly() -> None:
    """math.hypot(0, d) and math.hypot(c, 0) are |d| and |c| bit for bit (the C shortcut's
    premise), and a NaN gives a NaN both ways (the em then measures nothing either way)."""
    values = _float32s()
    assert len(values) > 50_000
    for v in values:
        for zero in (0.0, -0.0):
            assert _bits(math.hypot(zero, v)) == _bits(abs(v)), v
            assert _bits(math.hypot(v, zero)) == _bits(abs(v)), v
    assert math.isnan(math.hypot(0.0, math.nan)) and math.isnan(abs(math.nan))


def _turned_page() -> bytes:
    """One page of text set in several matrices: level, a quarter turn both ways, mirrored,
    slanted (c nonzero, d too), at 30 degrees, and scaled by the matrix with 'Tf 1'."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    matrices = [
        (1, 0, 0, 1),
        (0, 1, -1, 0),
        (0, -1, 1, 0),
        (-1, 0, 0, -1),
        (1, 0, 0.3, 1),
        (math.cos(0.52), math.sin(0.52), -math.sin(0.52), math.cos(0.52)),
        (11, 0, 0, 11),
        (0, 9.5, -9.5, 0),
        (1, 0, 0, -1),
    ]
    for k, (a, b, c, d) in enumerate(matrices):
        text = canvas.beginText()
        size = 1 if abs(a) > 2 or abs(b) > 2 else 10 + k
        text.setFont("Helvetica", size)
        text.setTextTransform(a, b, c, d, 120 + 40 * k, 300 + 30 * k)
        text.textOut(f"Regel {k} van de tekst")
        canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@needs_bulk
def test_run_start_alike_in_any_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    """The em and baseline of every glyph, in C and through ctypes (math.hypot), the same and
    of the same types, with both ways of the C (one of c, d zero, or neither) asked."""
    page = pdfium.PdfDocument(_turned_page())[0]
    textpage = page.get_textpage()
    fast, slow = _pair(monkeypatch, textpage)
    n = textpage.count_chars()
    ems = set()
    for i in [-1, *range(n), n + 3]:
        a, b = fast.run_start(i), slow.run_start(i)
        assert [_bits(a[0]), a[1]] == [_bits(b[0]), b[1]], i
        assert list(map(type, a)) == list(map(type, b))
        ems.add(round(a[0], 3))
    # level and quarter-turned sizes (the shortcut) and the slanted and angled ones (hypot)
    assert len(ems) >= 6
    assert any(fast.run_start(i)[0] > 0 for i in range(n))


def _plain_wanted(text: str) -> bool:
    return text.isprintable() and "  " not in text


@needs_bulk
def test_plain_on_one_byte_texts() -> None:
    """`plain`'s loop for texts of one byte a character (ASCII, Latin-1) against its definition:
    every byte alone, between letters, doubled and beside a space; random texts of one-byte
    characters and of wider ones (the other loop), at every length up to 70 (the vector loop's
    steps and their tails)."""
    plain = BULK.plain
    for code in range(256):
        c = chr(code)
        for text in (c, f"ab{c}cd", c + c, f" {c}", f"{c} ", f"x{c} {c}y", f"{c}é", f"{c}\u2019"):
            assert plain(text) is _plain_wanted(text), repr(text)
    rng = random.Random(45)
    alphabets = [
        "ab .,\t\xa0\xad\xe9\x7f",
        "abcdefghij  ",
        "abc é\x85\xa0",
        "ab \u2019\u00ad\u200b",
    ]
    for _ in range(4000):
        letters = rng.choice(alphabets)
        text = "".join(rng.choice(letters) for _ in range(rng.randrange(71)))
        assert plain(text) is _plain_wanted(text), repr(text)
    assert plain("") is True
    assert plain("a" * 63 + "  ") is False and plain("  " + "a" * 63) is False
    assert plain("a" * 64 + "\x1f") is False and plain("a" * 64 + "\xff") is True
