"""Round 53 (bench/segment/speed23.md): two sums a page made cheaper, the same answers.

- `gutters.size_median` sums the first two type sizes of a list of pieces in native slots, not
  in a dict of boxed floats (a third size and more go to the dict, a NaN size to the dict way
  all through): held here against the code it replaced (kept below as `_before`) on the pieces
  of every page of the producer matrix, the fixtures' families and the corpus, and on made
  lists (one, two, three and more sizes in runs and alternating, 0.0 and -0.0, NaN, pieces
  without characters, empty lists) and random ones.
- `PageRuns.has_chars` is `char_count > 0` without the count (quality's empty pages); held
  on runs of every kind of blank, empty texts and random mixtures.
- `dates.find_date` searches `_WORDS_EN` only where `_EN_TAIL` (its day's last digit, comma,
  blanks and year) is found, and `memo._memo_header` tries `_MEMO_HEADER` only where a line
  opens with 'Aan': the gate is found wherever the pattern is, and the answers are the
  patterns' own, on every page text and line of the fixture and corpus PDFs and on made and
  random texts.
"""

from __future__ import annotations

import math
import random
import struct
import sys
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.families import dates, memo
from services.segment.layout import gutters
from services.segment.layout.gutters import Piece, pieces_of, size_median
from services.segment.layout.words import PageRuns, Run, read_page

_ROOT = Path(__file__).resolve().parents[3]
_CORPUS = _ROOT.parent / "shared" / "corpus"


def _before_weights(pieces: list[Piece]) -> dict[float, int]:
    """The dict `size_median` summed the pieces in before round 53."""
    weights: dict[float, int] = {}
    last = 0.0
    run = 0
    for p in pieces:
        v = p.size
        w = 1 if p.chars < 1 else p.chars
        if run and v == last:
            run += w
            continue
        if run:
            weights[last] = weights.get(last, 0) + run
        last, run = v, w
    if run:
        weights[last] = weights.get(last, 0) + run
    return weights


def _before(pieces: list[Piece]) -> float:
    """`size_median` as it was before round 53 (its dict and `_median_of`), the reference."""
    weights = _before_weights(pieces)
    if not weights:
        return 10.0
    half = sum(weights.values()) / 2
    total = 0
    values = sorted(weights)
    for value in values:
        total += weights[value]
        if total >= half:
            return value
    return values[-1]


def _bits(x: float) -> bytes:
    """The float's bytes: 0.0 and -0.0 told apart, a NaN equal to a NaN."""
    return struct.pack("<d", x)


def _outcome(fn: Callable[[], float]) -> bytes | type[BaseException]:
    try:
        return _bits(fn())
    except Exception as exc:  # compiled, `_median_of` cannot look a NaN key up again
        return type(exc)


def _same(pieces: list[Piece]) -> None:
    if any(math.isnan(p.size) for p in pieces):
        # a NaN size takes the dict's way all through, as before: compiled, where the boxed
        # NaN is a new object, that way raises KeyError, as it did
        expected = _outcome(lambda: gutters._median_of(gutters._size_weights(pieces)))
        assert _outcome(lambda: size_median(pieces)) == expected
        weights = gutters._size_weights(pieces)
        assert [_bits(k) for k in weights] == [_bits(k) for k in _before_weights(pieces)]
        return
    assert _bits(size_median(pieces)) == _bits(_before(pieces)), [(p.size, p.chars) for p in pieces]


def _piece(size: float, chars: int) -> Piece:
    return Piece([], 0.0, 1.0, 0.0, 1.0, size, chars, "x")


def _pdfs() -> list[Path]:
    fixtures = _ROOT / "tests" / "fixtures"
    paths = sorted((fixtures / "producers").rglob("*.pdf"))
    paths += sorted((fixtures / "families").rglob("*.pdf"))
    return paths + (sorted(_CORPUS.rglob("*.pdf")) if _CORPUS.is_dir() else [])


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """pdfium's text of every page of every fixture and corpus PDF, and each of its lines."""
    from tests.unit.segment.test_speed52 import _page_texts

    found: list[str] = []
    for text in _page_texts():
        found.append(text)
        found += text.splitlines()
    return found


@pytest.fixture(scope="module")
def pages() -> list[PageRuns]:
    found: list[PageRuns] = []
    for path in _pdfs():
        try:
            pdf = pdfium.PdfDocument(path.read_bytes())
        except pdfium.PdfiumError:
            continue
        try:
            for index in range(min(len(pdf), 6)):
                page = pdf[index]
                found.append(read_page(page, index + 1))
                page.close()
        finally:
            pdf.close()
    return found


def test_size_median_as_before_on_every_page(pages: list[PageRuns]) -> None:
    assert len(pages) > 100
    sizes = 0
    for page in pages:
        pieces = pieces_of(page.runs)
        _same(pieces)
        # and on its halves, its reverse, and each row band (the strips' lists are parts)
        _same(pieces[: len(pieces) // 2])
        _same(pieces[len(pieces) // 2 :])
        _same(pieces[::-1])
        sizes = max(sizes, len({p.size for p in pieces}))
    assert sizes > 3  # some page has more sizes than the slots hold


@pytest.mark.parametrize("seed", range(8))
def test_size_median_as_before_on_made_lists(seed: int) -> None:
    rng = random.Random(53_000 + seed)
    pools = [
        [10.0],
        [10.0, 12.0],
        [12.0, 10.0],
        [10.0, 8.0, 14.0],
        [0.0, -0.0, 10.0],
        [-0.0, 0.0],
        [9.5, 9.500000000000002, 11.0, 7.0, 24.0],
        [float(k) for k in range(4, 30)],
        [math.nan, 10.0],
        [10.0, math.nan, 12.0, 8.0],
        [math.inf, -math.inf, 10.0],
    ]
    for pool in pools:
        for _ in range(300):
            n = rng.choice([0, 1, 2, 3, 5, 10, 40])
            mode = rng.random()
            pieces: list[Piece] = []
            for _ in range(n):
                if mode < 0.4 and pieces:  # stretches of one size
                    size = pieces[-1].size if rng.random() < 0.7 else rng.choice(pool)
                else:
                    size = rng.choice(pool)
                pieces.append(_piece(size, rng.choice([-1, 0, 1, 2, 5, 17, 80])))
            _same(pieces)


def test_size_median_by_hand() -> None:
    assert size_median([]) == 10.0
    assert size_median([_piece(9.0, 0)]) == 9.0
    # two sizes: the smaller where its weight reaches half the total, ties to it
    assert size_median([_piece(12.0, 5), _piece(10.0, 5)]) == 10.0
    assert size_median([_piece(12.0, 6), _piece(10.0, 5)]) == 12.0
    assert size_median([_piece(10.0, 3), _piece(12.0, 1), _piece(10.0, 3)]) == 10.0
    # the first key of equal values stays: 0.0 first, then -0.0
    assert _bits(size_median([_piece(0.0, 1), _piece(-0.0, 5)])) == _bits(0.0)
    assert _bits(size_median([_piece(-0.0, 1), _piece(0.0, 5), _piece(7.0, 1)])) == _bits(-0.0)
    # three sizes and more: the dict's way
    three = [_piece(8.0, 1), _piece(10.0, 10), _piece(12.0, 1), _piece(8.0, 1)]
    assert size_median(three) == 10.0
    _same([_piece(math.nan, 3)])


_BLANKS = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def test_has_chars_is_a_count_above_zero() -> None:
    # every character str.isspace takes is one str.strip takes off, and no other
    for c in map(chr, range(sys.maxunicode + 1)):
        assert (c.strip() == "") == c.isspace()
    rng = random.Random(53)
    texts = ["", " ", "a", " a ", "\u00a0", "\u3000x", "\x1c\x1d\x1e\x1f\x85", "\u200b", *_BLANKS]
    for _ in range(3000):
        k = rng.choice([0, 1, 2, 4])
        runs = [Run(rng.choice(texts) * rng.choice([0, 1, 2]), 0, 0, 1, 1, 10) for _ in range(k)]
        page = PageRuns(1, 100.0, 100.0, runs)
        assert page.has_chars == (page.char_count > 0)
    assert not PageRuns(1, 1.0, 1.0, []).has_chars
    assert PageRuns(1, 1.0, 1.0, [Run(" ", 0, 0, 1, 1, 10), Run(".", 0, 0, 1, 1, 10)]).has_chars


def test_has_chars_on_every_page(pages: list[PageRuns]) -> None:
    for page in pages:
        assert page.has_chars == (page.char_count > 0)


# -- dates._EN_TAIL, memo._memo_header --------------------------------------------------------


def _find_date_before(text: str, month_first: bool = False) -> tuple[str, int] | None:
    """`find_date` before round 53 (`_WORDS_EN` searched without its tail's gate), written out
    here: compiled, the module's patterns are not to be patched."""
    if not dates._DIGIT.search(text):
        return None
    found: list[tuple[int, str]] = []
    match = dates._WORDS.search(text)
    while match is not None:
        iso = dates._iso(match.group(3), dates.MONTHS[match.group(2).lower()], match.group(1))
        if iso:
            found.append((match.start(), iso))
            break
        match = dates._WORDS.search(text, match.end())
    match = dates._WORDS_EN.search(text)
    while match is not None:
        iso = dates._iso(match.group(3), dates.MONTHS[match.group(1).lower()], match.group(2))
        if iso:
            found.append((match.start(), iso))
            break
        match = dates._WORDS_EN.search(text, match.end())
    match = dates._NUMERIC.search(text) if dates._separated(text) else None
    while match is not None:
        a, b, c = match.group(1), match.group(2), match.group(3)
        if len(a) == 4:
            iso = dates._iso(a, int(b), c)
        elif month_first:
            iso = dates._iso(c, int(a), b)
        else:
            iso = dates._iso(c, int(b), a)
        if iso:
            found.append((match.start(), iso))
            break
        match = dates._NUMERIC.search(text, match.end())
    if not found:
        return None
    position, iso = min(found)
    return iso, position


def _date_outcome(
    find: Callable[[str, bool], tuple[str, int] | None], text: str, month_first: bool
) -> tuple[str, int] | type[BaseException] | None:
    try:
        return find(text, month_first)
    except ValueError as exc:  # a year a no-break space splits ('20\u00a020'): as before
        return type(exc)


_EN_MADE = [
    "May 5, 2020",
    "sent: SEPT. 12 2021 10:00",
    "on december 31,\u00a02019.",
    "Mar\t1,\n\n2022x",
    "Mar 1, 20221",
    "Jun 3 ,2020",
    "jan 1 1900",
    "Feb 30, 2020 and Mar 2, 2020",
    "Oct \u0665, \u0662\u0660\u0662\u0660",  # Arabic-Indic digits are \\d
    "Nov \uff11\u3000\uff12\uff10\uff12\uff14",  # full-width digits, an ideographic blank
    "mei 7,\u20282024",
    "Okt 7, 2024_",
    "Dec 7, 2024\u00e9",
    "januari 2024",
    "12 maart 2024",
]


def test_en_tail_found_wherever_words_en_is(texts: list[str]) -> None:
    assert len(texts) > 1000
    rng = random.Random(531)
    pieces = ["May", "sept.", "Dec", "mar", " ", ", ", ",", "\u00a0", "\n", "5", "12", "2020", "x"]
    made = [*_EN_MADE, *("".join(rng.choices(pieces, k=rng.randint(1, 8))) for _ in range(20000))]
    blanks = [" ", "  ", "\t", "\u00a0", "\n", "\u2003"]
    for month in dates.MONTHS:
        for _ in range(40):
            made.append(
                "".join(
                    [
                        rng.choice(["", "x ", "(", "9 "]),
                        rng.choice([month, month.upper(), month.title()]),
                        rng.choice(["", "."]),
                        rng.choice(blanks),
                        rng.choice(["1", "09", "31", "123"]),
                        rng.choice(["", ",", " ,"]),
                        rng.choice(blanks),
                        rng.choice(["2020", "1899", "20201", "20"]),
                        rng.choice(["", ".", "x", "_", "9"]),
                    ]
                )
            )
    matched = 0
    for text in [*texts, *made]:
        if dates._WORDS_EN.search(text):
            matched += 1
            assert dates._EN_TAIL.search(text), text
        for month_first in (False, True):
            assert _date_outcome(dates.find_date, text, month_first) == _date_outcome(
                _find_date_before, text, month_first
            )
    assert matched > 100


def _header_before(text: str) -> tuple[int, int, str] | None:
    match = memo._MEMO_HEADER.search(text)
    return None if match is None else (match.start(), match.end(), match.group(0))


def _header(text: str) -> tuple[int, int, str] | None:
    match = memo._memo_header(text)
    return None if match is None else (match.start(), match.end(), match.group(0))


def test_memo_header_as_searched(texts: list[str]) -> None:
    made = [
        "Aan: de minister\nVan: DG",
        "x\nAan : a\nb\nOpsteller: c",
        "xAan: a\nVan: b\nAan: c\nVan: d",
        "x\rAan: a\nVan: b",
        "x\u2028Aan: a\nVan: b",
        "Aan\n: a\nVan: b",
        "Aan: a\nb\nc\nVan: d\nAan:e\nVan:",
        "Aan:\nVan:",
        "Aanhef\nAan:\n\nOpsteller :",
        "aan: a\nvan: b",
        "",
        "Aan",
    ]
    rng = random.Random(532)
    pieces = ["Aan", "Van", "Opsteller", ":", " : ", "\n", "\r\n", "x", "Aa", "n"]
    made += ["".join(rng.choices(pieces, k=rng.randint(1, 12))) for _ in range(20000)]
    matched = 0
    for text in [*texts, *made, "\n".join(texts[:200])]:
        expected = _header_before(text)
        matched += expected is not None
        assert _header(text) == expected, text
    assert matched > 20
