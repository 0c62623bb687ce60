"""quotes45 (issue #8, point 2): a pull-quote is read where it stands and is never letterhead.

A pull-quote (display type beside the text, left or right, whose words the text says: the
columns step's QUOTE zone) is body text of kind `paragraph`, role `pull_quote`, read right after
the paragraph it stands level with; page 1's first quote stands beside the body, not in page 1's
letterhead zone, so it is no masthead. Two layouts: the producer matrix's ombudsman report
(quotes in a wide left margin, seven producers; the matrix cell is in test_producer_matrix.py)
and tests/fixtures/quotes45's report (quotes in a wide right margin, reportlab,
`python -m tests.fixtures.quotes45.src.build`), which main read as two-cell tables.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.placing import ASIDE, BODY, Placed, body_placed
from services.segment.segmenter import segment_pdf
from stukken.contracts import Segment
from tests.fixtures.quotes45.src.build import PAGES, QUOTES, TITLE

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "quotes45"


@cache
def _segments() -> list[Segment]:
    return segment_pdf((HERE / "klachten.pdf").read_bytes(), ocr=False).segments


def _squash(text: str) -> str:
    return " ".join(text.split())


def assert_quotes_beside_their_paragraphs(segments: list[Segment], quotes: list[str]) -> None:
    """Each quote one body segment of role pull_quote, right after the paragraph that says it
    (furniture and notes between are not read text); none letterhead, furniture or heading."""
    read = [s for s in segments if s.kind not in ("furniture", "footnote")]
    for quote in quotes:
        found = [k for k, s in enumerate(read) if _squash(s.text) == quote]
        assert len(found) == 1, (quote, [(s.kind, s.role, s.text[:40]) for s in segments])
        k = found[0]
        assert (read[k].kind, read[k].role) == ("paragraph", "pull_quote"), read[k]
        assert k > 0 and quote in _squash(read[k - 1].text), (quote, read[k - 1].text)
    for s in segments:
        if s.kind in ("letterhead", "furniture", "heading", "title"):
            assert not any(q in _squash(s.text) for q in quotes), s


def test_quotes_in_the_right_margin_read_after_their_paragraphs() -> None:
    assert_quotes_beside_their_paragraphs(_segments(), QUOTES)


def test_page_ones_first_quote_is_no_letterhead() -> None:
    segments = _segments()
    assert not [s for s in segments if s.kind == "letterhead"]
    first = next(s for s in segments if s.role == "pull_quote")
    assert first.page == 1 and _squash(first.text) == QUOTES[0]


def test_the_text_beside_right_quotes_is_no_table() -> None:
    """main joined each quote's lines to the rows beside them: a table of two cells."""
    segments = _segments()
    assert not [s for s in segments if s.kind == "table"]
    body = " ".join(_squash(s.text) for s in segments if s.role != "pull_quote")
    for page in PAGES:
        for _kind, text, _ in page:
            assert text in body, text


def test_headings_beside_right_quotes() -> None:
    heads = [(s.text, s.level) for s in _segments() if s.kind == "heading"]
    want = [(text, 1) for page in PAGES for kind, text, _ in page if kind == "heading"]
    assert heads == want
    assert [_squash(s.text) for s in _segments() if s.kind == "title"] == [TITLE]


def _line(page: int, y1: float, text: str, zone: str = "body") -> Line:
    return Line(page, 70.0, y1 - 10.0, 300.0, y1, y1 - 2.0, 9.0, False, text, zone=zone)


def _block(*lines: Line) -> Block:
    return Block(list(lines)).finish()


@pytest.mark.parametrize(
    ("quote_top", "after"),
    [
        (700.0, 1),  # level with the second paragraph, which says it
        (480.0, 2),  # level with none: after the nearest (the third, above it)
    ],
)
def test_a_quote_follows_the_block_it_stands_beside(quote_top: float, after: int) -> None:
    body = [
        _block(_line(1, 760.0, "Een kop")),
        _block(_line(1, 720.0, "Hij zei: wij wachten al weken."), _line(1, 700.0, "Dat is lang.")),
        _block(_line(1, 600.0, "Een ander stuk tekst."), _line(1, 580.0, "Meer tekst.")),
    ]
    quote = _block(_line(1, quote_top, "Wij wachten al weken.", "quote"))
    quote.role = "pull_quote"
    placed = [Placed(1, ASIDE, -quote_top, quote)]
    body_placed(body, placed)
    placed.sort(key=lambda p: (p.page, p.group, p.order))
    order = [p.block for p in placed]
    assert order.index(quote) == order.index(body[after]) + 1
    assert placed[order.index(quote)].group == BODY


def test_a_quote_on_a_page_without_body_stays_aside() -> None:
    quote = _block(_line(2, 700.0, "Wij wachten al weken.", "quote"))
    quote.role = "pull_quote"
    placed = [Placed(2, ASIDE, -700.0, quote)]
    body_placed([_block(_line(1, 720.0, "Hij zei: wij wachten al weken."))], placed)
    assert placed[0].group == ASIDE
