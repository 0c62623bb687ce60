"""What heads36 fixed of heads35's and sweep35's 'What is left' (bench/breadth/report-heads36.md):
heads a reader gives that main missed, and heads main made of what a reader reads as something
else.

- A letter's side column read with page 1's body (no gutter beside it) whose lines stand apart
  as side column or running head on the later pages: its bold unit ('Midden- en kleinbedrijf',
  the Belastingdienst's Wob decisions) is that column's text, no head.
- A signed letter's annex, on a page after the signature that labels itself ('Bijlage 1'),
  ranks its heads among themselves: its larger title puts none of the letter's heads down
  (RVO's Wob decision on uromastyx: the letter's heads at 2 under the annex's title).
- A cover's title over four lines in display type ('Beleidsboek' / 'Waarderingsstelsel' /
  'onzelfstandige' / 'woonruimte', the Huurcommissie's beleidsboek 2026) is one title, not
  'Beleidsboek' run in over a paragraph.
- A page OCR read (a scanned first page) levels its heads as the text pages' heads in the
  body's size: OCR reads no weight, so they are run in there, and its sizes are the image's;
  'Wettelijk kader' on the scan is at level 1 as 'Overwegingen' on page 2 (IenW's Wob
  decision on houtrook). OCR's reading of a stamp or a redaction's box ('Hoi[ 1026 |') heads
  nothing.
- An italic line in the body's size right over a table heads it ('Leeswijzer bij onderliggende
  beslisnota's', an IenW beslisnota), as it heads a paragraph; an upright one stays text.

The fixtures: `python -m tests.fixtures.heads36.src.build` (reportlab and Chromium each)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from services.segment.layout import headings
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


@pytest.mark.parametrize("producer", PRODUCERS)
def test_an_annex_ranks_its_heads_apart_from_the_letters(producer: str) -> None:
    segments = _segments(f"bijlage{producer}")
    heads = [(t, lv) for _, k, t, lv in segments if k == "heading"]
    assert heads == [
        ("Procedure", 1),
        ("Wettelijk kader", 1),
        ("Besluit", 1),
        ("Overwegingen", 1),
        # after the signature, on its page: still the letter's
        ("Bezwaarmogelijkheid", 1),
        ("Relevante artikelen uit de Wob", 1),
        ("Artikel 1", 2),
        ("Artikel 10", 2),
    ], heads
    assert [k for _, k, t, _ in segments if t == "Bijlage 1"] == ["paragraph"], segments


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_cover_title_over_four_display_lines_is_one_title(producer: str) -> None:
    doc = segment_pdf((FIXTURES / f"omslag{producer}.pdf").read_bytes(), ocr=False)
    first = doc.segments[0]
    assert (first.kind, " ".join(first.text.split()), first.role) == (
        "title",
        "Beleidsboek Waarderingsstelsel onzelfstandige woonruimte",
        None,
    ), doc.segments[:3]
    heads = [(s.text, s.level) for s in doc.segments if s.kind == "heading"]
    assert heads == [("Inleiding", 1), ("Puntentelling", 1)], heads


@pytest.mark.parametrize("producer", PRODUCERS)
def test_an_italic_line_over_a_table_heads_it(producer: str) -> None:
    segments = _segments(f"tabel{producer}")
    heads = [(t, lv) for _, k, t, lv in segments if k == "heading"]
    assert heads == [
        ("Toelichting", 1),
        ("Bijlagen", 1),
        ("Leeswijzer bij onderliggende beslisnota\u2019s", 2),
    ], heads
    # an upright line over a table: text, as on main
    assert [k for _, k, t, _ in segments if t.startswith("Overzicht van")] == ["paragraph"]
    assert [k for _, k, _, _ in segments].count("table") == 2, segments


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")
@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_scanned_pages_heads_level_as_the_text_pages(producer: str) -> None:
    doc = segment_pdf((FIXTURES / f"scan{producer}.pdf").read_bytes(), ocr=True)
    assert doc.metadata.ocr_pages == [1]
    heads = [
        (s.page, " ".join(s.text.split()), s.level) for s in doc.segments if s.kind == "heading"
    ]
    assert [(p, lv) for p, _, lv in heads] == [(1, 1)] * 3 + [(2, 1)] * 2, heads
    assert [t for p, t, _ in heads if p == 2] == ["Overwegingen", "Wijze van openbaarmaking"]


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Hoi[ 1026 |", True),
        ("Van{ ____102e | (DV/AVM)", True),
        ("Mh.11U t f", True),
        ("Wettelijk kader", False),
        ("Artikel 10", False),
        ("Bijlage 2 [concept]", False),
        ("2.3 Kosten (x 1.000)", False),
    ],
)
def test_ocr_noise(text: str, noise: bool) -> None:
    assert headings._ocr_noise(text) is noise
