"""Round 49 (bench/segment/speed23.md): three scans and a question moved into the C accelerator.

- `grids.may_draw_forms`: the file's two scans (`form_named`, `next_escape`: memchr for each 'O'
  and each '#') answer as the two patterns did, on every fixture and corpus PDF and on bytes
  made to hold the names, their escapes and near misses at every place.
- `language.function_words`: the accelerator counts the runs of letters in the string itself,
  the same counts as the words' bytes looked up in the two sets, on random texts and on every
  code point (those whose lowering is ASCII among them).
- `Glyphs.invisible`: one C call, the same answer as the two ctypes calls, glyph by glyph.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from services.segment.families import language as language_module
from services.segment.families.language import _EN, _NL, function_words
from services.segment.layout import glyphs, grids
from services.segment.layout.glyphs import Glyphs
from tests.unit.segment.test_bulk_pdfium import BULK, _pair, needs_bulk

_ROOT = Path(__file__).resolve().parents[3]
_CORPUS = _ROOT.parent / "shared" / "corpus"


def _both(monkeypatch: pytest.MonkeyPatch, data: bytes) -> tuple[bool, bool]:
    """`may_draw_forms` with the accelerator and without it (the patterns)."""
    monkeypatch.setattr(glyphs, "bulk", BULK)
    fast = grids.may_draw_forms(data)
    monkeypatch.setattr(glyphs, "bulk", None)
    slow = grids.may_draw_forms(data)
    monkeypatch.setattr(glyphs, "bulk", BULK)
    return fast, slow


@needs_bulk
def test_may_draw_forms_alike_on_every_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted((_ROOT / "tests" / "fixtures").rglob("*.pdf"))
    paths += sorted(_CORPUS.rglob("*.pdf")) if _CORPUS.is_dir() else []
    said = set()
    for path in paths:
        fast, slow = _both(monkeypatch, path.read_bytes())
        assert fast == slow, path
        said.add(fast)
    assert said == {True, False}  # both answers met


@needs_bulk
def test_may_draw_forms_alike_on_made_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(4949)
    pieces = [
        b"ObjStm", b"XObject", b"Object", b"Obj", b"ObjSt", b"/Type /XObject", b"#58Object",
        b"X#4Fbject", b"X#4fbject", b"O#62jStm", b"Obj#53tm", b"#58#4F#62#6A#65#63#74",
        b"#4F#62#6a#53#74#6d", b"#58", b"#4", b"#", b"#6", b"#7", b"#74", b"##58", b"XObjec",
        b"OObjStm", b"XXObject", b"\x00", b"O", b"X", b" ", b"stream\n", b"#6D", b"#6G",
    ]  # fmt: skip
    filler = bytes(range(33, 118))
    answers = set()
    for _ in range(3000):
        parts = []
        for _ in range(rng.randrange(0, 6)):
            parts.append(bytes(rng.choice(filler) for _ in range(rng.randrange(0, 30))))
            parts.append(rng.choice(pieces))
        data = b"".join(parts)
        fast, slow = _both(monkeypatch, data)
        assert fast == slow, data
        answers.add(fast)
    assert answers == {True, False}
    for data in (b"", b"O", b"Obj", b"ObjStm", b"XObject", b"Object", b"#58", b"#58Object"):
        fast, slow = _both(monkeypatch, data)
        assert fast == slow, data
    # The escape scan: every match of the pattern, in order, and none past the end.
    assert BULK is not None
    data = b"#58 ## #4f#4F #53#6d#6G #74#7"
    found, at = [], BULK.next_escape(data, 0)
    while at >= 0:
        found.append(at)
        at = BULK.next_escape(data, at + 1)
    assert found == [m.start() for m in grids._ESCAPE.finditer(data)] == [0, 7, 10, 14, 17, 24]
    assert BULK.next_escape(data, -5) == 0 and BULK.next_escape(data, 99) == -1


def _looked_up(text: str) -> tuple[int, int]:
    """`function_words` without the accelerator: the words' bytes looked up in the two sets."""
    nl = en = 0
    for word in language_module.words(text[:30000]):
        if word in language_module._NL_WORDS:
            nl += 1
        elif word in language_module._EN_WORDS:
            en += 1
    return nl, en


@needs_bulk
def test_function_words_counted_as_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glyphs, "bulk", BULK)
    rng = random.Random(49)
    vocab = [*_NL, *_EN, "DE", "The", "HeT", "İs", "\u212aey", "whichever", "thé", "dé", "wordt"]
    vocab += ["x", "of1", "\ud800", "İ", "\u212a", "ſ", "ﬁ", "ÿ", "Ω", "🙂", "a" * 20]
    separators = [" ", "", "\n", ", ", "-", "\u00a0", "é", "\u0130", "\u212a", "1"]
    seen = set()
    for _ in range(1500):
        text = "".join(
            rng.choice(vocab) + rng.choice(separators) for _ in range(rng.randrange(0, 80))
        )
        counts = function_words(text)
        assert counts == _looked_up(text), text
        seen.add(counts > (0, 0))
    assert seen == {True, False}
    # Past 30,000 characters nothing counts; a word cut there counts as cut.
    text = "x" * 29998 + "de het"
    assert function_words(text) == _looked_up(text) == (0, 0)
    text = "de " * 10001 + "the"
    assert function_words(text) == _looked_up(text) == (10000, 0)


@needs_bulk
def test_function_words_on_every_code_point(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each code point parts words or lowers into them as `words` has it, with and without a
    character that makes `words` lower the whole text first."""
    monkeypatch.setattr(glyphs, "bulk", BULK)
    lowered_ascii = [c for c in range(0x80, 0x110000) if any(x < "\x80" for x in chr(c).lower())]
    assert [chr(c) for c in lowered_ascii] == sorted(language_module._LOWERS_TO_ASCII)
    codes = [*range(0x3000), *range(0x3000, 0x110000, 97), *lowered_ascii]
    for code in codes:
        char = chr(code)
        for text in ("de" + char + "the", "\u0130 het" + char + "and", char + "an"):
            assert function_words(text) == _looked_up(text), hex(code)


def test_function_words_without_the_accelerator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glyphs, "bulk", None)
    assert function_words("De minister en de staatssecretaris van het ministerie") == (5, 0)
    assert function_words("The minister and the secretary of state") == (0, 4)
    assert not set(_NL) & set(_EN)


def _layered() -> bytes:
    """A page with visible text and an invisible layer (render mode 3) over it."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(400, 300))
    page.setFont("Helvetica", 11)
    page.drawString(40, 250, "Zichtbare kop boven de scan")
    hidden = page.beginText(40, 200)
    hidden.setTextRenderMode(3)
    hidden.setFont("Helvetica", 11)
    hidden.textLine("onzichtbare tekst van de scanner")
    page.drawText(hidden)
    page.drawString(40, 150, "weer zichtbaar")
    page.save()
    return out.getvalue()


@needs_bulk
def test_invisible_asked_in_c_as_through_ctypes(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = pdfium.PdfDocument(_layered())
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        fast, slow = _pair(monkeypatch, textpage)
        n = textpage.count_chars()
        answers = [fast.invisible(i) for i in range(-2, n + 3)]
        assert answers == [slow.invisible(i) for i in range(-2, n + 3)]
        assert True in answers and False in answers
        textpage.close()
        page.close()
    finally:
        pdf.close()


def test_glyphs_invisible_is_the_accelerators_where_built() -> None:
    pdf = pdfium.PdfDocument(_layered())
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        made = Glyphs(textpage.raw)
        if glyphs.bulk is None:
            assert made.invisible == made._invisible
        else:
            assert getattr(made.invisible, "func", None) is glyphs.bulk.invisible
        textpage.close()
        page.close()
    finally:
        pdf.close()
