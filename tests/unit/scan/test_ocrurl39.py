"""ocrurl39 (issue #12): web addresses on a page stukken OCRs, read better.

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
