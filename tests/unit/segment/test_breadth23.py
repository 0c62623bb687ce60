"""Government families of breadth round 23, written here and typeset by four producers
(tests/fixtures/breadth23/src: reportlab one object per word, WeasyPrint, Typst, Chromium):

- a Staatscourant page in three columns under a header band, a title of two lines and a running
  header: narrow columns of running text are columns, not a table's cells on shared rows, and
  the gutter the lines over them hide is found; their bold heads of three or four short lines
  are heads;
- a Staatsblad's and a Kamerstuk's long bold title (the Kamerstuk's opening with its dossier
  number '36 812') is a heading, and the Kamerstuk's sections '1.', '2.' stay headings;
- a Handelingen turn whose first line holds one word after the bold speaker runs on as one
  paragraph, no heading.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf

HERE = Path(__file__).parents[2] / "fixtures" / "breadth23"
PRODUCERS = ["reportlab-word", "weasyprint", "typst", "chromium"]


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).lower())


@cache
def _read(doc: str, producer: str) -> tuple[list[str], list[str], list[str]]:
    """The body texts, the heads (title and heading segments) and the furniture texts."""
    segments = segment_pdf((HERE / f"{doc}.{producer}.pdf").read_bytes(), ocr=False).segments
    body = [s.text for s in segments if s.kind not in ("furniture", "letterhead", "footnote")]
    heads = [s.text for s in segments if s.kind in ("title", "heading")]
    furniture = [s.text for s in segments if s.kind == "furniture"]
    return body, heads, furniture


def _gold(doc: str) -> dict:  # type: ignore[type-arg]
    return json.loads((HERE / f"{doc}.gold.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _stream(body: list[str]) -> str:
    return " " + " ".join(t for text in body for t in _tokens(text)) + " "


def _whole(text: str, stream: str) -> bool:
    return " " + " ".join(_tokens(text)) + " " in stream


def _same(a: str, b: str) -> bool:
    return _tokens(a) == _tokens(b)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_three_columns_read_column_by_column(producer: str) -> None:
    body, heads, _ = _read("stcrt", producer)
    stream = _stream(body)
    gold = _gold("stcrt")
    assert all(_whole(text, stream) for text in gold["body"])  # no column's lines interleaved
    at = [stream.find(" " + " ".join(_tokens(text)) + " ") for text in gold["body"]]
    assert at == sorted(at)  # the columns in reading order
    for head in gold["headings"][1:]:  # the notices' bold heads in the narrow columns
        assert any(_same(head["text"], h) for h in heads), head["text"]


@pytest.mark.parametrize(
    ("doc", "producer"), [(d, p) for d in ("stb", "kamerstuk") for p in PRODUCERS]
)
def test_long_bold_titles_are_heads(doc: str, producer: str) -> None:
    _, heads, _ = _read(doc, producer)
    gold = _gold(doc)
    for head in gold["headings"]:  # the title and, in the Kamerstuk, '1. Inleiding', '2. ...'
        assert any(_same(head["text"], h) for h in heads), head["text"]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_speaker_turns_run_on_whole(producer: str) -> None:
    body, heads, _ = _read("handelingen", producer)
    stream = _stream(body)
    speeches = _gold("handelingen")["speeches"]
    assert all(_whole(turn, stream) for turn in speeches)
    speakers = {turn.split(":")[0] for turn in speeches}
    assert not any(h.split(":")[0] in speakers for h in heads)  # no turn opens with a head


@pytest.mark.parametrize("producer", PRODUCERS)
def test_running_header_and_band_no_body_paragraph(producer: str) -> None:
    """The running header is furniture; the band's lines stay out of the columns' text."""
    body, _, furniture = _read("stcrt", producer)
    gold = _gold("stcrt")
    header = gold["furniture"][0]
    assert any(_same(header, f) for f in furniture)
    assert not any(_whole(header, " " + " ".join(_tokens(text)) + " ") for text in body)
