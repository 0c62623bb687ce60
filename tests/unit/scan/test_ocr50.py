"""A scanned Woo inventory's grounds read again (services/segment/scan/grounds.py, ocr50).

Which words are read again (after a row's capitalised verdict, on its line or in the cell level
with it on its right), which readings are kept (a whole list of chapter-5 grounds only), and the
two-tone crop Tesseract reads them from. Tesseract itself is replaced by the reading given."""

from __future__ import annotations

import pytest

from services.segment.scan import grounds
from services.segment.scan.hocr import Line, Word
from services.segment.scan.tesseract import Grey


def _line(x0: int, y0: int, *texts: str) -> Line:
    words, x = [], x0
    for t in texts:
        words.append(Word(t, (x, y0, x + 20 * len(t), y0 + 30), conf=30))
        x += 20 * len(t) + 15
    return Line((x0, y0, x, y0 + 30), y0 + 25, 30.0, 15.0, 22.0, words)


class _Image:
    """What grounds.py asks of a page image: a box grown within it."""

    def around(self, box: tuple[int, int, int, int], margin: int = 2) -> tuple[int, int, int, int]:
        return box


@pytest.fixture
def read_as(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, int, int]]:
    asked: list[tuple[int, int, int, int]] = []

    def fake(image: object, crop: tuple[int, int, int, int]) -> str | None:
        asked.append(crop)
        return "5.1.2.d, 5.1.2.e"

    monkeypatch.setattr(grounds, "_read_grounds", fake)
    return asked


@pytest.mark.parametrize(
    ("verdict", "cell", "read"),
    [
        (("Niet", "openbaar"), ("Bilde",), True),
        (("Deels", "openbaar"), ("5.", "else"), True),
        (("Openbaar",), ("5.1.2.d,", "5:21"), True),
        (("Openbaar",), ("5.1.2.d,", "5.1.2.e"), False),  # read right: not asked again
        (("niet", "openbaar"), ("gemaakt",), False),  # prose, no inventory's cell
        (("Bijlage",), ("Bilde",), False),  # no verdict
    ],
)
def test_the_cell_right_of_a_verdict(
    read_as: list[tuple[int, int, int, int]],
    verdict: tuple[str, ...],
    cell: tuple[str, ...],
    read: bool,
) -> None:
    row = _line(1000, 1800, *verdict)
    right = _line(1330, 1798, *cell)
    far_below = _line(1330, 1900, "Bilal")
    lines = [row, right, far_below]
    grounds.reread_grounds(_Image(), lines)  # type: ignore[arg-type]
    assert bool(read_as) is read
    assert [w.text for w in right.words] == (["5.1.2.d, 5.1.2.e"] if read else list(cell))
    assert [w.text for w in far_below.words] == ["Bilal"]


def test_words_after_the_verdict_on_its_own_line(read_as: list[tuple[int, int, int, int]]) -> None:
    row = _line(100, 500, "3", "22-03-2020", "Nota", "Niet", "openbaar", "Ball")
    grounds.reread_grounds(_Image(), [row])  # type: ignore[arg-type]
    assert [w.text for w in row.words] == [
        "3",
        "22-03-2020",
        "Nota",
        "Niet",
        "openbaar",
        "5.1.2.d, 5.1.2.e",
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("5.1.2.d, 5.1.2.e", True),
        ("5.1.1.c", True),
        ("5.2.1", True),
        ("5.1.2.1, 5.2.1", False),  # a 1 for the letter: i, h or l (kept as first read)
        ("5.1.2e", True),
        ("5:16", False),
        ("51. 1.c", False),
        ("5.11", False),
        ("ie", False),
        ("5, ce", False),
        ("12.3.4", False),
        ("070 123", False),
        ("6.1.2.e", False),
        ("5.2.4", False),  # Tesseract's 4 for the 1 of 5.2.1: no ground an inventory cites
        ("5.1.2", False),  # 5.1.2 without its letter names no ground
        ("5.1.5", True),
    ],
)
def test_only_a_whole_list_of_grounds_is_kept(text: str, kept: bool) -> None:
    assert (grounds._GROUNDS.fullmatch(text) is not None) is kept


def test_two_tone() -> None:
    # paper ~230 with a speck of 200, ink ~90: ink black, paper and speck white
    pixels = bytes([230] * 80 + [200] * 5 + [90] * 15)
    out = grounds._two_tone(Grey(10, 10, pixels))
    assert out.pixels == bytes([255] * 85 + [0] * 15)
