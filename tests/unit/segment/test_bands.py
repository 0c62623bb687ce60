"""Lines over the page's width between two-column text part the columns in bands, read one
after the other: a report's second section opening below the first one's two columns, under a
heading and a paragraph over the width, is read after the first section's right column, not
before it (breadth22). The same page typeset by reportlab, WeasyPrint, Typst and Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf
from tests.fixtures.breadth22.build import ORDER, SECTION_1, WIDE, bands_reportlab

HERE = Path(__file__).parents[2] / "fixtures" / "breadth22"
PRODUCERS = ["reportlab", "weasyprint", "typst", "chromium"]


def _body(doc_bytes: bytes) -> tuple[str, list[str], list[str]]:
    doc = segment_pdf(doc_bytes, ocr=False)
    body = [s.text for s in doc.segments if s.kind not in ("furniture", "letterhead")]
    return " ".join(body), body, doc.metadata.quality.warnings if doc.metadata.quality else []


@pytest.mark.parametrize("producer", PRODUCERS)
def test_sections_under_lines_across_are_read_in_bands(producer: str) -> None:
    text, body, warnings = _body((HERE / f"bands.{producer}.pdf").read_bytes())
    at = [text.find(word) for word in ORDER]
    assert -1 not in at
    assert at == sorted(at)  # the first section's right column before the second section
    assert any(w.endswith("lines across the columns part them in bands") for w in warnings)
    # the paragraph over the width stays one paragraph of its own
    assert any(WIDE[:40] in segment and "Dekking" not in segment for segment in body)


def test_two_columns_under_a_title_alone_keep_their_order() -> None:
    """The near miss: nothing over the width below the columns' tops: no bands."""
    text, _, warnings = _body(bands_reportlab(interrupted=False))
    at = [text.find(p.split()[0]) for p in SECTION_1]
    assert -1 not in at and at == sorted(at)
    assert not any("part them in bands" in w for w in warnings)
