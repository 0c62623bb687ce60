"""Round 37 (bench/segment/speed23.md): `repair.clean`, `join_lines` and the URL tests do less
work a line and answer as before. `clean` and `_finish` ask `glyphs.plain` (the accelerator's one
pass) where they asked `isprintable` and searched for two spaces; `join_lines` tells a blank line
without a stripped copy; `cuts_url` and `ends_in_url` make no lower-cased copy of a word with no
'.'. Each is compared here with the code it replaced, on made-up texts that reach every branch
and on the lines of real pages."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.layout import glyphs, repair
from services.segment.layout.repair import (
    _ACCENT_AFTER_LETTER,
    _ACCENT_CHARS,
    _CONTROL,
    _CONTROL_INLINE,
    _FIXED,
    _INNER_SOFT_HYPHEN,
    _LIGATURES,
    _NEEDS_CLEANING,
    _SPACES,
    _URL_CHARS,
    _URLISH,
    LINE_END_HYPHENS,
    PDFIUM_MARKS,
    _combine,
    _continues_url,
)
from services.segment.segmenter import read_page_runs

ROOT = Path(__file__).resolve().parents[3]
PDFS = sorted((ROOT / "tests/fixtures/producers/pdf").glob("*.pdf")) + sorted(
    Path("/work/shared/corpus").glob("*/*.pdf")
)


def _clean_before(text: str) -> str:
    """`repair.clean` as it was before round 37, with hyphen42's doubled hyphen read once."""
    if not text.isascii() and "\u2010" in text:
        text = re.sub("-\u00ad?\u2010", "-", text)
    if text.isprintable() and "  " not in text:
        if text.isascii():
            if "`" not in text:
                return text
        elif _FIXED.isdisjoint(text):
            return unicodedata.normalize("NFC", text)
    if not _NEEDS_CLEANING.search(text):
        return text if text.isascii() else unicodedata.normalize("NFC", text)
    for lig, plain in _LIGATURES.items():
        if lig in text:
            text = text.replace(lig, plain)
    if not _ACCENT_CHARS.isdisjoint(text):
        text = _ACCENT_AFTER_LETTER.sub(_combine, text)
    text = _INNER_SOFT_HYPHEN.sub("", text)
    text = _CONTROL_INLINE.sub("", text)
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def _finish_before(text: str) -> str:
    if text.isprintable() and "  " not in text:
        return text.strip()
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


def _cuts_url_before(left: str, right: str) -> bool:
    stripped = left.rstrip()
    hyphen = stripped[-1:] in LINE_END_HYPHENS if stripped else False
    base = stripped[:-1] if hyphen else stripped
    last = base if hyphen else stripped
    word = last[last.rfind(" ") + 1 :]
    if "/" not in word and "www." not in word.lower():
        return False
    url = _URLISH.search(word)
    return bool(url and _URL_CHARS.match(right) and _continues_url(stripped, left, right))


def _ends_in_url_before(text: str) -> bool:
    word = text.rstrip(PDFIUM_MARKS)
    word = word[word.rfind(" ") + 1 :]
    if "/" not in word and "www." not in word.lower():
        return False
    return _URLISH.search(word) is not None


def _join_lines_before(lines: list[str]) -> str:
    out = ""
    for raw in lines:
        line = raw.replace("\r", "").replace("\n", "").lstrip(" ")
        if not line.strip():
            continue
        if not out:
            out = line
            continue
        out = repair._join(out, line)
    return _finish_before(out)


# Characters that reach every branch: controls, pdfium's marks, soft hyphens, odd and doubled
# spaces, ligatures, spacing accents, letters that NFC joins, URL material, upper-case WWW.
_ALPHABET = (
    "aeoinrstlAEWwZ019 ./-:_%=?#~@,;()`\u00b4\u00a8\u02c6\u02dc\u00b8\u00e9\u00eb\u0301\u0308"
    "\ufb01\ufb02\ufb00\u00ad\ufffe\u0002\u0000\u0007\u001f\u007f\u00a0\u2002\u2009\u202f"
    "\u200b\ufeff\t\r\n\u2010\u2011\u2013\u2019\u0130\u1e9e\u2028\u3000\U0001f600"
)
_WORDS = ("www.", "WWW.", "Www.", "https://", "http://", "rijksoverheid.nl/", "did=2022D2", "en ")


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = ["", " ", "  ", "\t", "\u00a0", "a", "`", "\ufffe", "www.x", "WWW.X.NL", "a.b/c"]
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.2:
                parts.append(rng.choice(_WORDS))
            else:
                parts.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 6))))
        out.append("".join(parts))
    return out


def test_plain_is_the_test_it_replaces() -> None:
    """Both `plain`s (the accelerator's, where built, and the pure one) answer as `isprintable`
    and the two-space search, character by character and on whole texts."""
    texts = _texts(3000, 37) + [chr(c) for c in range(0x3000)] + [chr(c) * 2 for c in range(0x80)]
    for text in texts:
        want = text.isprintable() and "  " not in text
        assert glyphs.plain(text) is want, repr(text)
        assert glyphs._plain(text) is want, repr(text)


def test_clean_and_finish_as_before() -> None:
    for text in _texts(4000, 3701):
        assert repair.clean(text) == _clean_before(text), repr(text)
        assert repair._finish(text) == _finish_before(text), repr(text)


def test_url_tests_as_before() -> None:
    texts = _texts(3000, 3702)
    rng = random.Random(3703)
    for left in texts:
        right = rng.choice(texts)
        assert repair.cuts_url(left, right) is _cuts_url_before(left, right), (left, right)
        assert repair.ends_in_url(left) is _ends_in_url_before(left), repr(left)


def test_join_lines_as_before() -> None:
    texts = _texts(3000, 3704)
    rng = random.Random(3705)
    for _ in range(3000):
        lines = [rng.choice(texts) for _ in range(rng.randint(1, 6))]
        assert repair.join_lines(lines) == _join_lines_before(lines), lines


def test_a_lower_cased_word_gains_no_dot() -> None:
    """The '.' gate is exact: no character lower-cases to one holding a '.'."""
    for code in range(0x110000):
        c = chr(code)
        if c != "." and "." in c.lower():
            pytest.fail(f"U+{code:04X} lower-cases to a '.'")


def test_the_gate_meets_real_urls() -> None:
    assert repair.ends_in_url("zie WWW.Rijksoverheid.NL")
    assert repair.ends_in_url("zie https://example.org/a")
    assert not repair.ends_in_url("zie de wet")
    assert repair.cuts_url("op www.rijksover", "heid.nl/documenten")
    assert repair.join_lines(["op www.rijksover", "heid.nl/documenten"]) == (
        "op www.rijksoverheid.nl/documenten"
    )


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_real_lines_as_before(pdf: Path) -> None:
    """Every run of the first six pages, and each page's runs joined as one paragraph."""
    pdf_doc = pdfium.PdfDocument(pdf.read_bytes())
    pages = [read_page_runs(pdf_doc[k], k + 1, False) for k in range(min(len(pdf_doc), 6))]
    pdf_doc.close()
    for page in pages:
        texts = [run.text for run in page.runs]
        for text in texts:
            assert repair.clean(text) == _clean_before(text), repr(text)
            assert repair._finish(text) == _finish_before(text), repr(text)
        for k in range(0, len(texts), 7):
            chunk = texts[k : k + 7]
            assert repair.join_lines(chunk) == _join_lines_before(chunk), chunk
