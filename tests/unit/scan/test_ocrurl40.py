# ruff: noqa: E501
"""ocrurl40 (issue #12): web addresses that a scanned table's narrow cells wrap, made whole.

- A scanned grid's cell (scan/rulings.text_in): a line that is one piece of an address goes on
  the address the cell's text ends in, with no space, where the line before filled the cell,
  ends in a hyphen, or the piece holds an address's sign ('d/documenten', after Excel's lone
  'i'); a line opened by the address's hyphen as a word of its own ('- heer-alders-...') too.
- A gap table's cell on an OCR'd page (layout/tables._whole_cells, `ocr`): the same.
- A line of one flat speck (Excel's lone hyphen, read "'" or 'L') reads as a hyphen.
- A scheme whose '//' Tesseract dropped ('https:' 'www.tweedekamer.nl/...') joins its host.
- A Tweede Kamer id cut inside its year at a line's end ('did=2' / '018D30087') is joined; an
  address that ends in a file's whole name ('.../kst-29517-136.html') ends there.

The fixture (tests/fixtures/ocrurl40/, builder build.py): an inventory typeset by Chromium, two
ruled tables and one without rules, addresses wrapped anywhere in narrow cells, one cell as
Excel wraps it (refs37's p325), scanned at 300 and 150 dpi.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from services.enrich.enricher import find_references
from services.segment.layout.repair import join_lines
from services.segment.layout.tables import _whole_cells
from services.segment.layout.words import Run
from services.segment.scan import urllines
from services.segment.scan.hocr import Line, Word
from services.segment.scan.rulings import text_in
from services.segment.segmenter import segment_pdf
from tests.fixtures.ocrurl40.build import EXCEL, URLS

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "ocrurl40"
ALDERS = (
    "https://www.rijksoverheid.nl/binaries/rijksoverheid/documenten/brieven/2019/01/30/brief-van-de"
)


# --- the fixture, end to end -------------------------------------------------------------------


@pytest.mark.parametrize("dpi", [300, 150])
def test_addresses_wrapped_in_scanned_cells_are_read_whole(dpi: int) -> None:
    doc = segment_pdf((HERE / f"cell_urls_{dpi}.pdf").read_bytes())
    assert doc.metadata.ocr_pages == [1]
    found = {_bare(r.normalized) for r in find_references(doc) if r.type == "url"}
    for url in URLS[:4] + URLS[5:]:  # at 150 dpi '.html' reads '.htm' (main and branch alike)
        assert _bare(url) in found
    # Excel's cell: its lone 'i' and the pieces after it go on the address (main stops at
    # '.../binaries/rijksoverhe'); Tesseract does not see the lone hyphens of this face at all
    assert any(u.startswith(_bare(ALDERS)) and u.endswith("schiphol.pdf") for u in found)


def _bare(url: str) -> str:
    """An address without its scheme and 'www.' (OCR spaced them: 'https ://www. rijks...'),
    a '.html' as '.htm'."""
    return re.sub(r"\.html$", ".htm", re.sub(r"^https?://(?:www\.)?", "", url))


# --- a scanned grid's cell --------------------------------------------------------------------


def _runs(lines: list[tuple[str, float]], top: float = 700.0, pitch: float = 12.0) -> list[Run]:
    """One run a line (text, right edge), from x 100, a character 4 points wide."""
    out = []
    for k, (text, right) in enumerate(lines):
        y = top - pitch * k
        out.append(Run(text, 100.0, y - 7.0, right, y, 7.0, False, y - 5.0))
    return out


def _excel(rights: list[float]) -> list[Run]:
    return _runs(list(zip(EXCEL, rights, strict=True)))


_CELL = (98.0, 600.0, 300.0, 710.0)


def test_an_excel_cell_wrapped_anywhere_is_one_address() -> None:
    runs = _excel([299.0, 103.0, 298.0, 104.0, 299.5, 104.0, 250.0])
    assert text_in(runs, _CELL) == "".join(EXCEL)


def test_a_lone_letter_after_a_short_line_stays_a_word() -> None:
    runs = _runs([("zie https://www.x.nl/abc", 200.0), ("a", 104.0)])
    assert text_in(runs, _CELL) == "zie https://www.x.nl/abc a"


def test_a_word_after_a_full_address_line_is_no_piece_of_it_if_it_has_a_space() -> None:
    runs = _runs([("https://www.x.nl/documenten/rapporten", 299.0), ("reeds openbaar", 160.0)])
    assert text_in(runs, _CELL) == "https://www.x.nl/documenten/rapporten reeds openbaar"


def test_a_hyphen_opening_the_next_line_goes_on_the_address() -> None:
    runs = _runs([("https://www.x.nl/a/brief-van-de", 299.0), ("- heer-alders.pdf", 200.0)])
    assert text_in(runs, _CELL) == "https://www.x.nl/a/brief-van-de-heer-alders.pdf"


def test_a_list_dash_after_an_address_stays() -> None:
    runs = _runs([("https://www.x.nl/documenten/abcdef", 299.0), ("- opmerking", 160.0)])
    assert "abcdef-opmerking" not in text_in(runs, _CELL)  # join_lines's own reading stays


def test_a_cell_without_an_address_is_read_as_before() -> None:
    runs = _runs([("Persoonsgegevens en", 299.0), ("i", 103.0), ("bescherming", 180.0)])
    assert text_in(runs, _CELL) == "Persoonsgegevens en i bescherming"


# --- a gap table's cell on an OCR'd page --------------------------------------------------------


def _table(ocr: bool) -> list[list[str]]:
    rows = [
        ["1.", "Definitieve nota", "https://www.x.nl/documenten/kamerstukken/2020/11/20/definitieve-luchtvaa"],
        ["", "", "rtnota"],
        ["2.", "Brief", "https://www.x.nl/kst-29517-136.ht"],
        ["", "", "ml"],
        ["3.", "Memo", "zie https://www.x.nl/a"],
        ["", "", "b"],
    ]  # fmt: skip
    full, short = (300.0, 400.0), (300.0, 340.0)
    spans = [
        [(10.0, 20.0), (50.0, 150.0), full],
        [(0.0, 0.0), (0.0, 0.0), short],
        [(10.0, 20.0), (50.0, 120.0), full],
        [(0.0, 0.0), (0.0, 0.0), short],
        [(10.0, 20.0), (50.0, 120.0), short],
        [(0.0, 0.0), (0.0, 0.0), short],
    ]
    return _whole_cells(rows, spans, [9.0] * len(rows), ocr=ocr)


def test_an_ocr_gap_tables_cell_goes_on_its_address() -> None:
    rows = _table(ocr=True)
    assert [row[2] for row in rows] == [
        "https://www.x.nl/documenten/kamerstukken/2020/11/20/definitieve-luchtvaartnota",
        "https://www.x.nl/kst-29517-136.html",
        "zie https://www.x.nl/a b",
    ]


def test_a_text_layers_gap_table_is_read_as_before() -> None:
    rows = _table(ocr=False)
    assert rows[0][2].endswith("luchtvaa rtnota")


# --- a flat speck: a hyphen ---------------------------------------------------------------------


def _lines(*words: tuple[str, tuple[int, int, int, int]]) -> list[Line]:
    body = [
        Line((0, 0, 500, 30), 25.0, 30.0, 14.0, 20.0, [Word("tekst", (0, 5, 60, 25)), Word("x", (70, 10, 80, 25))])
        for _ in range(3)
    ]  # fmt: skip
    return body + [Line(box, box[3], 10.0, 10.0, 8.0, [Word(t, box)]) for t, box in words]


@pytest.mark.parametrize("read", ["'", "L", ",", "i"])
def test_a_lone_flat_speck_is_a_hyphen(read: str) -> None:
    lines = _lines((read, (1400, 608, 1404, 610)))
    urllines.hyphen_specks(lines)
    assert lines[-1].words[0].text == "-"


@pytest.mark.parametrize(
    ("read", "box"),
    [
        ("i", (1400, 556, 1402, 565)),  # Excel's lone 'i': tall
        ("_", (1400, 608, 1410, 610)),  # an underscore read as one
        ("~", (1400, 608, 1408, 611)),
        (".", (1400, 608, 1403, 611)),  # a full stop: as high as wide
        ("L", (1400, 600, 1410, 610)),  # a letter's height
    ],
)
def test_other_lone_glyphs_stay(read: str, box: tuple[int, int, int, int]) -> None:
    lines = _lines((read, box))
    urllines.hyphen_specks(lines)
    assert lines[-1].words[0].text == read


def test_a_speck_among_words_stays() -> None:
    lines = _lines()
    lines.append(
        Line(
            (0, 0, 90, 30),
            25.0,
            30.0,
            14.0,
            20.0,
            [Word("a", (0, 5, 10, 25)), Word("'", (20, 10, 24, 12))],
        )
    )
    urllines.hyphen_specks(lines)
    assert lines[-1].words[1].text == "'"


# --- a scheme without its '//' ------------------------------------------------------------------


def _line(*texts: str) -> Line:
    words = [Word(t, (100 * k, 0, 100 * k + 80, 20)) for k, t in enumerate(texts)]
    return Line((0, 0, 100 * len(texts), 20), 18.0, 20.0, 10.0, 15.0, words)


@pytest.mark.parametrize(
    ("words", "want"),
    [
        (("https:", "www.tweedekamer.nl/kamerstukken"), ["https://www.tweedekamer.nl/kamerstukken"]),
        (("zie", "http:", "zoek.officielebekendmakingen.nl/kst-1"), ["zie", "http://zoek.officielebekendmakingen.nl/kst-1"]),
        (("https:", "De", "brief"), ["https:", "De", "brief"]),
        (("https:", "Www.X.nl"), ["https:", "Www.X.nl"]),
        (("https:", "zie."), ["https:", "zie."]),
        (("https:", "versie"), ["https:", "versie"]),
    ],
)  # fmt: skip
def test_a_scheme_without_slashes_joins_its_host(words: tuple[str, ...], want: list[str]) -> None:
    line = _line(*words)
    urllines.join_bare_scheme(line)
    assert [w.text for w in line.words] == want


# --- paragraph lines: a Tweede Kamer id cut in its year, a file's name ending an address ---------


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            ["https://www.tweedekamer.nl/kamerstukken/detail?id=2018Z09497&did=2", "018D30087"],
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2018Z09497&did=2018D30087",
        ),
        (
            ["www.tweedekamer.nl/kamerstukken/detail?id=20", "18Z09497&did=2018D30087"],
            "www.tweedekamer.nl/kamerstukken/detail?id=2018Z09497&did=2018D30087",
        ),
        (["www.tweedekamer.nl/detail?id=2018", "Z09497, d.d."], "www.tweedekamer.nl/detail?id=2018Z09497, d.d."),
        (["https://x.nl/a?id=2", "3 kinderen"], "https://x.nl/a?id=2 3 kinderen"),
        (["https://x.nl/a?id=2", "018D3008 en"], "https://x.nl/a?id=2 018D3008 en"),
        (["https://x.nl/a?page=2", "018D30087"], "https://x.nl/a?page=2 018D30087"),
        (
            ["https://zoek.officielebekendmakingen.nl/kst-29517-136.html", "32550-62/2018D38393, d.d. 5 juli"],
            "https://zoek.officielebekendmakingen.nl/kst-29517-136.html 32550-62/2018D38393, d.d. 5 juli",
        ),
        (
            ["https://zoek.officielebekendmakingen.nl/kst-29517-168.html", "kst-29517-177, d.d."],
            "https://zoek.officielebekendmakingen.nl/kst-29517-168.html kst-29517-177, d.d.",
        ),
        (
            ["https://www.tweedekamer.nl/kamerstukken/detail?id=2018Z09497&did=2", "018D30087", "2018Z10708/2018D32641, d.d. 7 juni"],
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2018Z09497&did=2018D30087 2018Z10708/2018D32641, d.d. 7 juni",
        ),
        (["www.tweedekamer.nl/detail?id=2018Z09497", "&did=2018D30087"], "www.tweedekamer.nl/detail?id=2018Z09497&did=2018D30087"),
        (["https://x.nl/nota.pdf", "#page=3"], "https://x.nl/nota.pdf#page=3"),
        (["https://x.nl/nota.html", "?x=1&y=2"], "https://x.nl/nota.html?x=1&y=2"),
        (["https://x.nl/nota.ht", "ml"], "https://x.nl/nota.ht ml"),  # a cut name: the finder's
        (["https://x.nl/documenten/", "nota-2020.pdf"], "https://x.nl/documenten/nota-2020.pdf"),
    ],
)  # fmt: skip
def test_paragraph_lines_of_an_address(lines: list[str], want: str) -> None:
    assert join_lines(lines) == want


# --- a lone letter a scanned grid's cell glued on stays with the table ---------------------------


def test_a_lone_letter_line_under_the_address_it_ends_stays_in_the_table() -> None:
    from services.segment.layout.lines import Line as LayoutLine
    from services.segment.layout.tables import _ends_above

    above = LayoutLine(
        1, 336.0, 660.0, 425.0, 667.0, 661.0, 6.0, False, "https://www.x.nl/binaries/rijksoverhe"
    )
    letter = LayoutLine(1, 336.0, 651.0, 336.5, 653.2, 651.0, 6.0, False, "i")
    assert "https://www.x.nl/binaries/rijksoverhe" in _ends_above(letter, [above, letter])
