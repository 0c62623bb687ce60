"""ocrurl39 (issue #12): web addresses on a page stukken OCRs, read better.

- A line of small type (x-height under `urllines.SMALL`) with an address's cue is read again on
  its own, enlarged 2-3x with linear interpolation, as one line (psm 7); the new reading is kept
  only where Tesseract is surer of it, it keeps the line's length and its address cue.
- An address's '1' that Tesseract split from the digits after it is joined again, where the gap
  is narrower than a word space ('2020/1 1/20', 'did=2019D1 2525').
- A scheme's damaged '://' ('https//www.', 'https:/Awww.') or one misread letter of it
  ('httos://', 'hitps://') before a host is put back.

The fixture (tests/fixtures/ocrurl39/small_urls.pdf, builder build.py): a scanned page of six
addresses in 5 pt type at 200 dpi. Main's reader gives three of them exactly; this one six.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.enrich.enricher import find_references
from services.segment.scan import urllines
from services.segment.scan.hocr import Line, Word
from services.segment.scan.repairs import scheme_repaired
from services.segment.scan.tesseract import Grey
from services.segment.segmenter import segment_pdf
from tests.fixtures.ocrurl39.build import URLS

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "ocrurl39" / "small_urls.pdf"


def _line(words: list[tuple[str, int, int, int]], x_height: float = 12.0) -> Line:
    """A line of words (text, left, right, confidence) at rows 100-120."""
    ws = [Word(t, (x0, 100, x1, 120), conf=c) for t, x0, x1, c in words]
    box = (ws[0].box[0], 100, ws[-1].box[2], 120)
    return Line(box, 118.0, 20.0, x_height, 16.0, ws)


# --- the fixture, end to end -------------------------------------------------------------------


def test_small_type_addresses_on_a_scan_are_read_whole() -> None:
    doc = segment_pdf(FIXTURE.read_bytes())
    assert doc.metadata.ocr_pages == [1]
    found = [r.normalized for r in find_references(doc) if r.type == "url"]
    assert found == URLS


# --- which lines are read again ----------------------------------------------------------------


def test_only_small_lines_with_an_address_are_read_again() -> None:
    small = _line([("zie", 0, 30, 90), ("https://www.x.nl/a", 40, 200, 40)], x_height=9.0)
    plain = _line([("zie", 0, 30, 90), ("de", 40, 60, 40)], x_height=9.0)
    large = _line([("https://www.x.nl/a", 40, 200, 40)], x_height=21.0)
    host = _line([("www.amsterdam.nl", 0, 200, 50)], x_height=9.0)
    at_end = _line([("op", 0, 20, 90), ("rijksoverheid.nl.", 30, 200, 50)], x_height=9.0)
    word = _line([("heer/mevrouw", 0, 200, 50)], x_height=9.0)
    got = urllines.url_lines([small, plain, large, host, at_end, word])
    assert got == [small, host, at_end]  # least sure first


def test_at_most_max_lines_a_page_least_sure_first() -> None:
    lines = [
        _line([(f"www.x{k}.nl/a", 0, 200, 90 - k)], x_height=9.0)
        for k in range(urllines.MAX_LINES + 5)
    ]
    got = urllines.url_lines(lines)
    assert len(got) == urllines.MAX_LINES
    assert got[0] is lines[-1]


def test_a_tall_box_is_no_line() -> None:
    lines = [_line([(f"www.x{k}.nl/a", 0, 200, 50)], x_height=9.0) for k in range(4)]
    tall = _line([("www.figure.nl/a", 0, 200, 10)], x_height=9.0)
    tall.box = (0, 0, 200, 300)
    assert tall not in urllines.url_lines([*lines, tall])


@pytest.mark.parametrize(("x_height", "zoom"), [(13.0, 2), (10.5, 2), (9.0, 3), (5.0, 3)])
def test_the_zoom_brings_the_x_height_to_about_twenty_pixels(x_height: float, zoom: int) -> None:
    assert urllines.zoom_for(x_height) == zoom


# --- which reading is kept ---------------------------------------------------------------------


def _words(text: str, conf: int) -> list[Word]:
    return [Word(t, (0, 0, 10, 10), conf=conf) for t in text.split()]


def test_a_surer_reading_that_keeps_the_line_is_kept() -> None:
    old = _words("1. https//www.x.nl/rappc", 40)
    assert urllines.better(old, _words("1. https://www.x.nl/rappo", 80))


@pytest.mark.parametrize(
    "new",
    [
        "1. https://www.x.nl/rappo",  # as sure as the old: the page's reading stays
        "SA ksoverheid.nl",  # surer, but half the line is gone
        "1. https://www.x.nl/rappo and a long tail Tesseract made of specks",  # grown
        "1. httpswwwxnl rappc",  # the address's cue is gone
        "",
    ],
)
def test_near_misses_keep_the_pages_reading(new: str) -> None:
    old = _words("1. https//www.x.nl/rappc", 80)
    assert not urllines.better(old, _words(new, 80 if new.startswith("1. https:") else 95))


# --- the enlarged line -------------------------------------------------------------------------


class _Image:
    def __init__(self, rows: list[bytes]) -> None:
        self.rows = rows


def test_enlarging_interpolates_between_pixels() -> None:
    image = _Image([bytes([0, 255]), bytes([255, 255])])
    grey = urllines.enlarged(image, (0, 0, 2, 2), 2, 1)  # type: ignore[arg-type]
    assert isinstance(grey, Grey)
    assert (grey.width, grey.height) == (6, 6)
    rows = [grey.pixels[k * 6 : (k + 1) * 6] for k in range(6)]
    assert rows[0] == b"\xff" * 6  # the pad
    assert list(rows[1]) == [255, 0, 127, 255, 255, 255]  # between 0 and 255: 127
    assert list(rows[2]) == [255, 127, 191, 255, 255, 255]  # halfway down
    assert list(rows[3]) == [255, 255, 255, 255, 255, 255]


# --- a '1' split from its digits ---------------------------------------------------------------


def test_a_split_one_in_an_address_is_joined() -> None:
    line = _line([("https://x.nl/2020/1", 0, 200, 90), ("1/20/nota", 205, 300, 90)])
    urllines.join_split_ones(line)
    assert [w.text for w in line.words] == ["https://x.nl/2020/11/20/nota"]
    assert line.words[0].box == (0, 100, 300, 120)


def test_a_split_one_in_a_query_is_joined() -> None:
    line = _line([("detail?id=2019Z06026&did=2019D1", 0, 200, 90), ("2525", 204, 240, 80)])
    urllines.join_split_ones(line)
    assert [w.text for w in line.words] == ["detail?id=2019Z06026&did=2019D12525"]
    assert line.words[0].conf == 80


@pytest.mark.parametrize(
    "words",
    [
        [("https://x.nl/2020/1", 0, 200, 90), ("12", 209, 230, 90)],  # a word space: 9 px of 12
        [("https://x.nl/2020/2", 0, 200, 90), ("1/20", 203, 230, 90)],  # no '1' at its end
        [("artikel 1", 0, 200, 90), ("2", 203, 230, 90)],  # no address
        [("https://x.nl/a1", 0, 200, 90), ("documenten", 203, 330, 90)],  # a word after
    ],
)
def test_near_misses_stay_apart(words: list[tuple[str, int, int, int]]) -> None:
    line = _line(words)
    urllines.join_split_ones(line)
    assert len(line.words) == 2


# --- a scheme's '://' ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "want"),
    [
        ("https//www.tweedekamer.nl/x", "https://www.tweedekamer.nl/x"),
        (
            "https//zoek.officielebekendmakingen.nl/kst",
            "https://zoek.officielebekendmakingen.nl/kst",
        ),
        ("https-//www.a.nl", "https://www.a.nl"),
        ("https;//www.a.nl", "https://www.a.nl"),
        ("http//www.a.nl", "http://www.a.nl"),
        ("https:/Awww.rijksoverheid.nl/x", "https://www.rijksoverheid.nl/x"),
        ("https:l/www.a.nl", "https://www.a.nl"),
        ("httos://www.riiksoverheid.nl/documente", "https://www.riiksoverheid.nl/documente"),
        ("hitps://luchtvaartindetoekomst.nl/x", "https://luchtvaartindetoekomst.nl/x"),
        ("httns://www.nlingenieurs.nl", "https://www.nlingenieurs.nl"),
        ("htlp://www.a.nl", "http://www.a.nl"),
        ("httos//www.a.nl", "https://www.a.nl"),
    ],
)
def test_a_damaged_scheme_is_put_back(read: str, want: str) -> None:
    assert scheme_repaired(read) == want


@pytest.mark.parametrize(
    "read",
    [
        "https://www.a.nl",  # whole
        "https//",  # no host after it
        "https:/www.a.nl",  # one slash lost: the enricher's (urls.py) to read
        "http//x",  # no host: no dot
        "httpsexample.nl",  # no '//' at all
        "https//Www.a.nl",  # a capital: no host as OCR reads one
        "zie https//www.a.nl",  # not at the word's start
        "hello://www.a.nl",  # four letters off: no scheme
        "hxxps://www.a.nl",  # two
        "httos://",  # no host after it
        "httos:",
        "httpx://a.nl",  # 'http' and a letter: left to the enricher
        "hallo/www.a.nl",
    ],
)
def test_other_words_keep_their_scheme(read: str) -> None:
    assert scheme_repaired(read) == read
