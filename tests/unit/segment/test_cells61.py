"""cells61 (issue #12): a web address wrapped inside a drawn table's narrow cell is read whole.

A drawn grid's cells are read by `grids._by_middle`, line by line, joined by `join_lines`,
which is shared with paragraphs and joins a piece only where the piece shows it is an
address's: a cell about twenty characters wide cuts an address anywhere ('https://www.
rijksover' / 'heid.nl/documenten/w' / 'ob' + pdfium's mark / 'verzoeken/...'), so the cell's
text read 'documenten/w obverzoeken'. `grids._with_urls_whole` keeps the cell's address whole
before that join (LNV's and IenW's Schiphol inventories, julianvenhuizen/wob-letter-extraction
data/WooIR). A grid's line whose address reaches its rule with the next cell's word run into
it ('.../P' + 'NLR') stays with the table (`tables._unread`). Fixture: tests/fixtures/cells61
(reportlab; `src/build.py`).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

from services.segment.layout.grids import _with_urls_whole
from services.segment.layout.repair import ends_in_url, join_lines, url_piece
from services.segment.layout.tables import _address_run_in, _wrapped_on
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "cells61"


@cache
def _doc() -> SegmentedDocument:
    return segment_pdf((FIXTURES / "inventory.reportlab.pdf").read_bytes(), ocr=False)


def _rows() -> list[list[str]]:
    table = next(s for s in _doc().segments if s.kind == "table")
    assert table.rows is not None
    return table.rows


def _place(number: str) -> str:
    row = next(r for r in _rows() if r[0] == number)
    return row[3]


def test_an_address_cut_anywhere_in_a_narrow_cell_is_whole() -> None:
    assert _place("1") == (
        "Reeds openbaar: https://www.rijksoverheid.nl/documenten/wob-verzoeken/2020/10/06/"
        "besluit-op-wob-verzoek-over-varkenshouderijen"
    )
    assert _place("3") == (
        "definitieve versie: https://www.rijksoverheid.nl/binaries/rijksoverheid/documenten/brieven"
    )
    assert _place("4") == (
        "https://www.nieuweoogst.nu/nieuws/2016/11/02/startschot?overview="
        "aHR0cHM6Ly93d3cubmlldXdlb29nc3QubnUvP2NvbnRleHQ9dG9wU3Rvcmllc18w"
    )


def test_a_full_line_goes_on_with_the_next_lines_number() -> None:
    assert _place("2") == (
        "Reeds openbaar: https://www.tweedekamer.nl/kamerstukken/brieven_regering/"
        "detail?id=2016Z02169&did=2016D04481"
    )


def test_a_short_address_and_a_word_or_an_address_below_stay_apart() -> None:
    assert _place("5") == "https://www.lto.nl/rapport.pdf Openbaar"
    assert _place("6") == "http://varkens.nl/a http://www.boerderij.nl"


def test_the_run_in_sender_stays_in_its_cell_and_nothing_goes_to_the_body() -> None:
    row = next(r for r in _rows() if r[0] == "7")
    assert row[3:] == ["https://www.rivm.nl/Publicaties/beoordelingskader", "NLR", "11.1"]
    assert [s.text for s in _doc().segments if s.kind == "paragraph"] == []


# LNV's cell of p. 26 as `_by_middle` reads it: each line's left edge, its first piece's right
# edge, its right edge, a space of the text after it; the cell from 339.6 to 431.7
_LNV = [
    ("Reeds openbaar Wob\ufffe", (345.6, 365.9, 422.3, False)),
    ("verzoek deelbesluit 1:", (345.2, 372.5, 421.7, True)),
    ("https://www.rijksover", (345.6, 364.9, 422.9, False)),
    ("heid.nl/documenten/w", (345.6, 359.2, 424.0, False)),
    ("ob\ufffe", (345.3, 353.2, 356.2, False)),
    ("verzoeken/2020/10/06", (345.2, 380.5, 425.8, False)),
    ("/besluit-op-wob\ufffe", (344.8, 368.0, 403.3, False)),
    ("verzoek-over\ufffe", (345.2, 372.5, 393.9, False)),
    ("varkenshouderijen?x", (345.2, 409.6, 418.0, False)),
]


def test_lnv_cell_lines_make_one_address() -> None:
    lines = _with_urls_whole([t for t, _ in _LNV], [s for _, s in _LNV], 339.6, 431.7)
    assert lines[:2] == ["Reeds openbaar Wob\ufffe", "verzoek deelbesluit 1:"]
    assert lines[2:] == [
        "https://www.rijksoverheid.nl/documenten/wob-verzoeken/2020/10/06/"
        "besluit-op-wob-verzoek-over-varkenshouderijen?x"
    ]


def test_a_paragraphs_join_is_unchanged() -> None:
    # join_lines, shared with paragraphs, keeps its own rule: a piece without an address's
    # mark after a path's word is a word of its own
    assert join_lines([t for t, _ in _LNV[2:6]]) == (
        "https://www.rijksoverheid.nl/documenten/w obverzoeken/2020/10/06"
    )


def test_schiphol_one_letter_line_and_a_word_wrapped_at_a_space() -> None:
    # Excel's cell: 'rijksoverhe' full to the cell's margin, then 'i' alone, then the path
    lines = ["https://www.rijksoverheid.nl/binaries/rijksoverhe", "i", "d/documenten/brieven"]
    spans = [
        (335.7, 347.7, 425.4, False),
        (335.7, 336.1, 336.1, False),
        (335.6, 337.4, 420.0, False),
    ]
    assert _with_urls_whole(lines, spans, 333.5, 427.5) == [
        "https://www.rijksoverheid.nl/binaries/rijksoverheid/documenten/brieven"
    ]
    # the same cell wrapped at a space of its text: the address ended there
    spaced = [(*spans[0][:3], True), *spans[1:]]
    assert _with_urls_whole(lines[:2], spaced[:2], 333.5, 427.5) == lines[:2]


def test_an_address_then_a_short_word_that_would_have_fitted_stays_apart() -> None:
    lines = ["https://www.lto.nl/rapport.pdf", "Openbaar"]
    spans = [(345.0, 380.0, 385.0, False), (345.0, 372.0, 372.0, False)]
    assert _with_urls_whole(lines, spans, 339.6, 431.7) == lines


def test_url_predicates() -> None:
    assert ends_in_url("Reeds openbaar: https://www.rijksover")
    assert ends_in_url("zie rijksoverheid.nl/documenten\ufffe")
    assert not ends_in_url("Reeds openbaar:")
    assert url_piece("ob\ufffe") and url_piece("D04481") and url_piece("d/documenten")
    assert not url_piece("https://www.b.nl") and not url_piece("en de") and not url_piece("a@b.nl")


def test_schiphol_run_in_and_wrapped_pieces_are_the_tables() -> None:
    cells = [
        "https://www.luchtvaartindetoekomst.nl/pagebyid.aspx?sectionid=183878",
        "nlr",
        "https://www.rijksoverheid.nl/documenten/rapport",
    ]
    read = Counter({"nlr": 2, "ienw": 5})
    told = Counter({"nlr": 1, "ienw": 4})
    assert _address_run_in("https://www.luchtvaartindetoekomst.nl/PNLR", cells, read, told)
    assert not _address_run_in("https://www.luchtvaartindetoekomst.nl/PXYZ", cells, read, told)
    ends = {"https://www.rijksoverheid.nl/documenten/rappo"}
    assert _wrapped_on("rt", ends, cells)
    assert not _wrapped_on("de", ends, cells)
