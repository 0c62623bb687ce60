"""Round 48 (bench/segment/speed23.md): two counts without a `Counter`.

- `language.language` counts the function words in one loop over the words and two sets (the
  two languages share none), not a `Counter` of every word: test_speed43.py's test of round 43's
  same loop (then not kept) checks the counts and verdicts against the `Counter`'s.
- `columns.repeated_texts` keeps each text's first page and takes a text met on another page,
  not a `Counter` of each page's set of texts: the same set, on random pages of random texts.
- The worker's young threshold (1,000,000): what a document's layout holds at its peak, a page,
  leaves room for over 1,000 pages without a young collection.
"""

from __future__ import annotations

import gc
import io
import random
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment import families
from services.segment.collector import YOUNG_THRESHOLD, tuned_collector
from services.segment.layout.columns import _key, repeated_texts
from services.segment.layout.gutters import Piece
from services.segment.segmenter import segment_pdf

PRODUCERS = Path(__file__).parents[2] / "fixtures" / "producers" / "pdf"


def _counter_repeated(pieces_by_page: dict[int, list[Piece]]) -> set[str]:
    """`repeated_texts` as it was before round 48."""
    seen: Counter[str] = Counter()
    for pieces in pieces_by_page.values():
        seen.update({_key(p.text) for p in pieces})
    return {key for key, n in seen.items() if n >= 2 and key}


def _piece(text: str) -> Piece:
    return Piece([], 0.0, 10.0, 0.0, 10.0, 10.0, len(text), text)


def test_repeated_texts_as_the_counter_found_them() -> None:
    rng = random.Random(4848)
    texts = ["Datum", "datum:", "Kenmerk", "12", "2024-01-05", "", "...", "Onze referentie", "Ab1"]
    texts += [f"regel {k}" for k in range(30)]
    found = 0
    for _ in range(400):
        numbers = rng.sample(range(1, 60), rng.randrange(0, 8))
        pages = {
            n: [_piece(rng.choice(texts)) for _ in range(rng.randrange(0, 12))] for n in numbers
        }
        expected = _counter_repeated(pages)
        assert repeated_texts(pages) == expected, pages
        found += len(expected)
    assert found > 100  # the random pages did repeat texts, and not only in one case
    one_page = {3: [_piece("Datum"), _piece("Datum"), _piece("Kenmerk")]}
    assert repeated_texts(one_page) == set()  # twice on one page is not a running text
    assert repeated_texts({1: [_piece("Datum")], 2: [_piece("DATUM:")]}) == {"datum"}
    assert repeated_texts({1: [_piece("12")], 2: [_piece("12")]}) == set()  # no three letters


def _merged(producer: str) -> tuple[bytes, int]:
    """The producer matrix's PDFs of one producer, one after another, and its page count."""
    out = pdfium.PdfDocument.new()
    for path in sorted(PRODUCERS.glob(f"*.{producer}.pdf")):
        out.import_pages(pdfium.PdfDocument(path))
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue(), len(out)


@pytest.mark.parametrize("producer", ["reportlab-glyph", "typst", "chromium"])
def test_the_young_threshold_leaves_room_for_long_documents(
    producer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, pages = _merged(producer)
    held: list[int] = []
    describe = families.describe

    def counted(*args: object) -> object:  # the layout done: all its pages' objects held
        held.append(gc.get_count()[0])
        return describe(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(families, "describe", counted)
    with tuned_collector():
        segment_pdf(data, ocr=False)
    assert len(held) == 1 and pages >= 14
    per_page = held[0] / pages
    assert 100 < per_page < YOUNG_THRESHOLD / 1000, per_page
