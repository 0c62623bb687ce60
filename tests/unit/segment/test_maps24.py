"""Map labels set over each other are words of their own (issue #8): a bestemmingsplan map's
building height set back over its house number ('189' and '2,5' read '1892,5'), and a house
number a line over the next ('154156'), on one row of the page. The rest of a word, a raised or
lowered figure or letter, a kerned or glyph-by-glyph word keep joining
(bench/breadth/report-sweep24.md, '## maps24')."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.lines import group_lines
from services.segment.layout.words import Run
from services.segment.segmenter import segment_pdf

FIXTURE = Path(__file__).parents[2] / "fixtures" / "maps24" / "stacked-map-labels.pdf"


def _text(*runs: Run) -> str:
    (line,) = group_lines(list(runs), 1, "body")
    return line.text.strip()


def test_the_map_labels_are_words_and_the_text_beside_them_reads_as_before() -> None:
    doc = segment_pdf(FIXTURE.read_bytes(), ocr=False)
    texts = [s.text for s in doc.segments]
    words = " ".join(texts).split()
    for label in ["189", "2,5", "204", "4,5", "133", "3,5", "212A", "154", "156", "85", "87"]:
        assert label in words
    assert not {"1892,5", "2044,5", "1333,5", "212A4,5", "154156", "8587"} & set(words)
    assert (
        "Een bouwvlak van 120 m stoot minder CO2 uit dan gemiddeld in de 2e Waterkering"
        " volgens de legenda." in texts
    )


def test_a_height_set_back_over_a_house_number_is_a_word_of_its_own() -> None:
    number = Run("189", 100, 557.9, 116.7, 569.2, 10.0, base=560)
    height = Run("2,5", 106.7, 555, 120.3, 565.6, 9.4, base=557)
    assert _text(number, height) == "189 2,5"


def test_a_label_set_at_the_start_of_another_on_its_baseline_is_a_word_of_its_own() -> None:
    number = Run("91", 100, 558, 108.1, 569, 10.2, base=560)
    other = Run("4", 100.1, 558.5, 104.4, 568.7, 9.4, base=560)
    assert _text(number, other) == "91 4"


def test_a_house_number_a_line_under_another_is_a_word_of_its_own() -> None:
    use = Run("W", 60, 458.5, 75, 476.5, 16.0, base=462)  # its box spans both numbers' rows
    upper = Run("154", 100, 468, 113.7, 479.5, 9.6, base=470)
    lower = Run("156", 114.9, 458.9, 128.6, 470.3, 9.6, base=460.9)
    assert _text(use, upper, lower) == "W 154 156"


# (first run, second run, the line): pieces of one word that must keep joining
JOINED = [
    # an ordinal's letter raised, a formula's figure lowered, each set on its own
    (("2", 100, 697.9, 105.6, 709.3, 10.0, 700), ("e", 105.6, 702.7, 109.2, 710.1, 6.5, 704), "2e"),
    (
        ("CO", 100, 697.9, 114.5, 709.3, 10.0, 700),
        ("2", 114.5, 696.2, 118.1, 703.6, 6.5, 697.5),
        "CO2",
    ),
    # an Acrobat OCR layer: each glyph's box wider than its advance, the pieces of a word on one
    # baseline start back over the last by most of a size (back over half a glyph)
    (("o", 100, 698, 108, 706.2, 8.2, 700), ("nder", 103.6, 698, 125, 706.2, 8.2, 700), "onder"),
    (
        ("ver", 100, 698, 116, 706.2, 8.2, 700),
        ("zuim", 112.4, 698, 130, 706.2, 8.2, 700),
        "verzuim",
    ),
]


@pytest.mark.parametrize(("first", "second", "line"), JOINED)
def test_raised_lowered_and_overlapping_pieces_join_their_word(
    first: tuple[str, float, float, float, float, float, float],
    second: tuple[str, float, float, float, float, float, float],
    line: str,
) -> None:
    runs = [
        Run(t, x0, y0, x1, y1, size, base=base) for t, x0, y0, x1, y1, size, base in (first, second)
    ]
    assert _text(*runs) == line


def test_a_word_kerned_or_set_glyph_by_glyph_stays_whole() -> None:
    glyphs = []
    x = 100.0
    for ch in "Waterkering":
        glyphs.append(Run(ch, x, 697.9, x + 5.6, 709.3, 10.0, base=700))
        x += 5.6 - 1.2  # tracked tight, each glyph back over the last by an eighth of a size
    assert _text(*glyphs) == "Waterkering"
