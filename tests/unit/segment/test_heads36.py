"""What heads36 fixed of heads35's and sweep35's 'What is left' (bench/breadth/report-heads36.md):
heads a reader gives that main missed, and heads main made of what a reader reads as something
else.

- A letter's side column read with page 1's body (no gutter beside it) whose lines stand apart
  as side column or running head on the later pages: its bold unit ('Midden- en kleinbedrijf',
  the Belastingdienst's Wob decisions) is that column's text, no head.

The fixtures: `python -m tests.fixtures.heads36.src.build` (reportlab and Chromium each)."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "heads36"
PRODUCERS = ["", ".chromium"]


def _segments(name: str) -> list[tuple[int, str, str, int | None]]:
    doc = segment_pdf((FIXTURES / f"{name}.pdf").read_bytes(), ocr=False)
    return [(s.page, s.kind, " ".join(s.text.split()), s.level) for s in doc.segments]


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_side_columns_unit_on_page_one_is_no_head(producer: str) -> None:
    segments = _segments(f"eenheid{producer}")
    unit = [(p, k) for p, k, t, _ in segments if t == "Particulieren en ondernemers"]
    assert unit[0] == (1, "paragraph"), segments
    assert all(k == "furniture" for p, k in unit[1:]) and len(unit) == 3, unit
    heads = [(t, lv) for _, k, t, lv in segments if k == "heading"]
    assert heads == [
        ("Wettelijk kader", 1),
        ("Inventarisatie", 1),
        ("Besluit", 1),
        ("Motivering", 1),
        ("Slotopmerking", 1),
    ], heads
