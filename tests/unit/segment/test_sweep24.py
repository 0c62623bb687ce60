"""What the sweep of 303 real PDFs (bench/breadth/report-sweep24.md) showed: a page of a
four-word caption over a map, the caption's 'ti' a ligature the font does not map, was read as
five words and so not looked at by OCR. A glyph without a map inside a word is one of its
letters (`text_layer.sparse`)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.layout.lines import group_lines
from services.segment.layout.words import PageRuns, Run
from services.segment.scan.text_layer import sparse
from services.segment.segmenter import read_page_runs

FIXTURE = Path(__file__).parents[2] / "fixtures" / "sweep24" / "map-caption-ligature.pdf"


@pytest.mark.parametrize(
    "text",
    [
        "Loca\ufffde te kappen bomen",  # a ligature without a map (pdfium's U+FFFD)
        "Beplan\ufffetingsplan Roudaalterweg locatie herplant",  # pdfium's soft hyphen mark U+FFFE
        "Bijlage 1 \ufffd \ufffd \ufffd \ufffd",  # lone unmapped glyphs are no words
    ],
)
def test_an_unmapped_glyph_inside_a_word_splits_no_word(text: str) -> None:
    assert sparse(text)


def test_five_words_with_a_ligature_are_five() -> None:
    assert not sparse("Loca\ufffde van de te kappen bomen")
    assert not sparse("Regel 1 van de tekst")


def test_the_map_page_is_looked_at_by_ocr() -> None:
    pdf = pdfium.PdfDocument(FIXTURE)
    asked: list[str] = []

    def reader(page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
        asked.append(why)
        return runs

    runs = read_page_runs(pdf[0], 1, True, reader)
    assert asked == ["few words on the page"]
    # the caption stays as the text layer has it
    assert " ".join(r.text for r in runs.runs).split() == ["Loca\ufffde", "te", "kappen", "bomen"]


def _cells(*runs: Run) -> tuple[str, list[str]]:
    (line,) = group_lines(list(runs), 1, "body")
    return line.text.strip(), [text for _, _, text in line.cells]


def test_a_cell_keeps_the_space_its_run_ends_in() -> None:
    """pdfium ends a word's run in a space; the cell reads as the line does, whatever the gap."""
    den = Run("Den ", 72, 700, 92, 710, 10.0, base=702)
    haag = Run("Haag", 92.5, 700, 115, 710, 10.0, base=702)
    text, cells = _cells(den, haag)
    assert text == "Den Haag" and cells == ["Den Haag"]


def test_a_maps_house_number_and_height_stay_two_words() -> None:
    """A site plan's house number (its font declaring a large size over a small box) over the
    building's height: two labels, one cell of a row, '125 3,5' and not '1253,5' (a Woo release's
    bestemmingsplan map lost 5.7 % of its words so)."""
    number = Run("125 ", 876.2, 1228.7, 887.9, 1239.8, 66.0, base=1228.7, upright=1, slanted=True)
    height = Run("3,5 ", 883.1, 1233.2, 892.8, 1239.7, 6.5, base=1233.2)
    _, cells = _cells(number, height)
    assert " ".join(cells).split() == ["125", "3,5"]
