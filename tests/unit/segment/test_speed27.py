"""Round 27 (bench/segment/speed23.md): `_by_words`' digit tests in C, a Glyphs' ctypes buffers
made at their first use. The patterns the C loops replace are the reference."""

from __future__ import annotations

import random
import re

import pypdfium2 as pdfium
import pytest

from services.segment.layout import glyphs
from services.segment.layout.glyphs import Glyphs
from tests.unit.segment.test_bulk_pdfium import BULK, _corpus, _matrix, _pages, needs_bulk

_DIGIT = re.compile(r"\d")  # line_runs' patterns before round 27
_DIGITS_AFTER = re.compile(r"\D(?=\d)")

# Decimal digits of other scripts (Arabic-Indic, Devanagari, fullwidth, mathematical bold), and
# characters that are digits or numbers but no decimal digit (superscript two, a circled one,
# a Roman numeral, a vulgar fraction), which neither `\d` nor the C loop counts.
_ALPHABET = "ab 1.9\u0660\u0969\uff15\U0001d7ce\u00b2\u2460\u2165\u00bd,\ufffe\n"


def _texts() -> list[str]:
    rng = random.Random(27)
    made = ["", "a", "1", "a1", "1a", "11", "a 1", "x\u00b2", "\u0661\u0662", "p.\uff13"]
    made += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(400)]
    for path in [*_matrix(), *_corpus()]:
        for page in _pages(path):
            textpage = page.get_textpage()
            made.append(textpage.get_text_range())
            textpage.close()
    return made


def _spans(text: str) -> list[tuple[int, int]]:
    """Every span of a short text, spans past its ends too; for a page, its lines and words."""
    n = len(text)
    if n <= 14:
        return [(s, e) for s in range(-2, n + 3) for e in range(-2, n + 3)]
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        spans.append(line.span())
        spans += [w.span() for w in re.finditer(r"\S+", text[line.start() : line.end()])]
    return [*spans, (0, n), (n - 3, n + 5)]


@needs_bulk
def test_digit_tests_as_the_patterns() -> None:
    """`decimal_in` and `digit_after` (C) against `\\d` and `\\D(?=\\d)` searched in the span,
    and the Python fallbacks against them too: made-up texts (digits of other scripts, numbers
    that are no decimal digit, spans reaching past the text) and every page text of the matrix
    and the corpus, line by line and word by word."""
    assert BULK is not None
    checked = 0
    for text in _texts():
        for s, e in _spans(text):
            want = _DIGIT.search(text, s, e) is not None
            assert BULK.decimal_in(text, s, e) is want, (text, s, e)
            assert glyphs._decimal_in(text, s, e) is want
            after = _DIGITS_AFTER.search(text, s, e) is not None
            assert BULK.digit_after(text, s, e) is after, (text, s, e)
            assert glyphs._digit_after(text, s, e) is after
            if 0 <= s <= e <= len(text):  # as `_by_words` asked it: of the word's slice
                assert after is (_DIGITS_AFTER.search(text[s:e]) is not None)
            checked += 1
    assert checked > 100_000


@needs_bulk
def test_digit_tests_refuse_what_is_no_text() -> None:
    assert BULK is not None
    for call in (BULK.decimal_in, BULK.digit_after):
        with pytest.raises(TypeError):
            call(b"12", 0, 2)
        with pytest.raises(TypeError):
            call("12", 0)
        with pytest.raises(TypeError):
            call("12", 0, "2")


def test_glyphs_buffers_made_at_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the accelerator a Glyphs makes its ctypes buffers only when a question needs them,
    and then answers as one made with them (the ctypes path makes them at once)."""
    page = next(_pages(_matrix()[0]))
    textpage = page.get_textpage()
    slow_made = []
    for accelerated in (BULK is not None, False):
        monkeypatch.setattr(glyphs, "bulk", BULK if accelerated else None)
        g = Glyphs(textpage.raw)
        assert (g._b is None) is accelerated
        slow_made.append(g)
    monkeypatch.setattr(glyphs, "bulk", BULK)
    lazy, eager = slow_made
    n = textpage.count_chars()
    for i in range(0, n, max(n // 40, 1)):
        assert lazy.box(i) == eager.box(i)
        assert lazy.loose_ends(i, min(i + 3, n - 1)) == eager.loose_ends(i, min(i + 3, n - 1))
        assert lazy.named_bold(i) == eager.named_bold(i)
        assert lazy.em(i) == eager.em(i)
        assert lazy.baseline(i, -1.0) == eager.baseline(i, -1.0)
    assert lazy.rect(0) == eager.rect(0) or lazy.count_rects() == 0
    assert lazy._b is not None
    textpage.close()


def test_pure_fallbacks_bound_without_the_accelerator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glyphs, "bulk", None)
    pdf = pdfium.PdfDocument(_matrix()[0])
    textpage = pdf[0].get_textpage()
    g = Glyphs(textpage.raw)
    assert g.decimal_in is glyphs._decimal_in and g.digit_after is glyphs._digit_after
    textpage.close()


def test_closing_formula_fits_its_length_gate() -> None:
    """`paragraphs._continues` asks `_CLOSING` only of a line of 25 characters or fewer: the
    pattern's widest match, as the regex parser measures it, is 25 (each alternative listed)."""
    from services.segment.layout import paragraphs

    parsed = re._parser.parse(paragraphs._CLOSING.pattern, paragraphs._CLOSING.flags)  # type: ignore[attr-defined]
    assert parsed.getwidth()[1] == 25
    for text in (
        "Met vriendelijke groeten,",
        "MET HARTELIJKE GROET",
        "Hoogachtend,",
        "Best regards",
    ):
        assert paragraphs._CLOSING.match(text) and len(text) <= 25
    assert not paragraphs._CLOSING.match("Met vriendelijke groeten, en tot ziens")


def test_piece_key_remembered_as_computed() -> None:
    """`columns._key` is remembered (lru_cache): the same keys as the function itself gives."""
    from services.segment.layout import columns

    texts = ["Datum", " 12 maart 2024.", "1.", "(a)", "Ons kenmerk: ", "x y z", "IenW", "É.É.É"]
    for text in texts * 2:
        assert columns._key(text) == columns._key.__wrapped__(text)


def test_plain_as_printable_without_double_spaces() -> None:
    """`glyphs.plain` (C where built) against `isprintable() and "  " not in`, on made-up texts
    (control and format characters, other spaces, non-ASCII letters) and every line of the
    matrix's and the corpus's page texts; and `gutters._piece` reads a run as before."""
    alphabet = "ab  \t\n\r\x00\x7f\u00a0\u00ad\u200b\u2028é€\ufffd\ufffe\U0001f600\ue000,"
    rng = random.Random(2027)
    made = ["", " ", "  ", "a b", "a  b", " a ", "\x7e", "\x7f", "\x1f"]
    made += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(3000)]
    lines = [ln for text in _texts() for ln in text.split("\n")]
    for text in made + lines:
        want = text.isprintable() and "  " not in text
        assert glyphs.plain(text) is want, repr(text)
        assert glyphs._plain(text) is want
    if BULK is not None:
        assert glyphs.plain is BULK.plain
