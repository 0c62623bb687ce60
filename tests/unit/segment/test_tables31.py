"""Tables without rules, tables over a page break and a scan's footer under its footnotes (issue
#8; bench/breadth/report-tables31.md). Fixtures: `python -m tests.fixtures.tables31.src.build`
(reportlab, Chromium, LibreOffice; the tests need none of them).

(a) ICTU's Kwaliteitsaanpak templates (wkhtmltopdf) tell a table's cells apart by their fills
alone: every cell a filled rectangle, white gaps of a point between them, no stroked line. Main
read no table there: its columns fell apart into a page of two columns ('Prio | Bewijs' beside
the text) or run-together paragraphs ('Applicaties gebruiken ... 1 Hoog Review beheerpartij').
Zebra rows (every other row filled across the table) the same. A single shaded box (a callout)
stays a paragraph.

(b) A table continued on the next page (the same column edges, its header repeated or not) is
one table. Main read the rows at page 2's top as a paragraph when the first row's cell wrapped
(reportlab, no rules), and a ruled table as two tables (Chromium, header repeated).

(c) On a scanned page, OCR's baseline of the running footer may round to another place than on
the other pages (a sheet fed a little higher): main took it for body text, where it ran on into
the last footnote ('... ECLI:NL:RVS:2024:1125. Ministerie van Justitie en Veiligheid Pagina 2 van
3') or kept the page's notes from being notes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf
from stukken.contracts.document import Segment

FIXTURES = Path(__file__).parents[2] / "fixtures" / "tables31"
REQUIREMENTS = [
    ["Nr.", "Eis", "Prio", "Bewijs"],
    [
        "1",
        "Applicaties gebruiken een standaard stack die met de beheerpartij is afgestemd.",
        "Hoog",
        "Review",
    ],
    ["2", "Webapplicaties scheiden de presentatielaag van de gegevenslaag.", "Hoog", "Ontwerp"],
    ["3", "Gebruikers worden geauthenticeerd met een erkend inlogmiddel.", "Midden", "Test"],
    ["4", "Autorisaties zijn gekoppeld aan organisatorische functies.", "Laag", "Audit"],
]
ZEBRA = [
    ["Datum", "Onderwerp", "Status"],
    ["12-01-2026", "Eerste versie opgesteld", "Concept"],
    ["26-01-2026", "Opmerkingen beheerpartij verwerkt", "Concept"],
    ["09-02-2026", "Beveiligingseisen aangevuld", "Herzien"],
    ["23-02-2026", "Vastgesteld door de opdrachtgever", "Definitief"],
]
SHADED = ["shaded.reportlab.pdf", "shaded.chromium.pdf", "shaded.libreoffice.pdf"]


def _segments(name: str, *, ocr: bool = False) -> list[Segment]:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=ocr).segments


def _tables(segments: list[Segment]) -> list[list[list[str]]]:
    return [s.rows or [] for s in segments if s.kind == "table"]


@pytest.mark.parametrize("name", SHADED)
def test_a_table_of_shaded_cells_is_read_cell_by_cell(name: str) -> None:
    tables = _tables(_segments(name))
    assert REQUIREMENTS in tables


@pytest.mark.parametrize("name", SHADED)
def test_zebra_rows_make_a_table(name: str) -> None:
    tables = _tables(_segments(name))
    assert ZEBRA in tables


@pytest.mark.parametrize("name", SHADED)
def test_a_shaded_box_alone_is_no_table_and_no_word_is_lost(name: str) -> None:
    segments = _segments(name)
    callout = [s for s in segments if s.text.startswith("Let op: eisen")]
    assert [s.kind for s in callout] == ["paragraph"]
    text = " ".join(" ".join(s.text.split()) for s in segments)
    for row in REQUIREMENTS[1:] + ZEBRA[1:]:
        assert row[1] in text  # each cell's text once in the page's segments
        assert text.count(row[1]) == 1
    for words in ("De prioriteiten zijn vastgesteld", "Wijzigingen in de eisen"):
        assert text.count(words) == 1


INVENTORY_ROWS = 13  # the header and twelve documents


@pytest.mark.parametrize("name", ["continued.reportlab.pdf", "continued.chromium.pdf"])
def test_a_table_continued_on_the_next_page_is_one_table(name: str) -> None:
    segments = _segments(name)
    tables = [s for s in segments if s.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows or []
    numbers = [row[0] for row in rows if row[0].isdigit()]
    assert numbers == [str(n) for n in range(1, 13)]
    assert tables[0].page == 1
    # the rows of page 2 are in the table, not paragraphs between its parts
    page2 = " ".join(s.text for s in segments if s.page == 2 and s.kind != "furniture")
    assert "Reactie van de omwonenden" not in page2
    assert any("Stationsweg" in cell for row in rows for cell in row)


def test_a_repeated_header_is_read_once() -> None:
    """Chromium repeats the header row on the next page: the table reads it once, the repeat
    is told as page 2's running head (tables36; tables31 kept it as a row, as printed)."""
    segments = _segments("continued.chromium.pdf")
    rows = _tables(segments)[0]
    assert sum(row[:2] == ["Nr.", "Document"] for row in rows) == 1
    assert len(rows) == INVENTORY_ROWS
    heads = [s.text for s in segments if s.kind == "furniture" and s.role == "header"]
    assert any(text.startswith("Nr. Document") for text in heads)


needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


@needs_tesseract
@pytest.mark.parametrize("name", ["scanned.reportlab.pdf", "scanned.chromium.pdf"])
def test_a_scans_footer_is_furniture_on_every_page(name: str) -> None:
    segments = _segments(name, ocr=True)
    footers = [s for s in segments if "Ministerie van Justitie" in s.text]
    assert [(s.page, s.kind) for s in footers] == [(p, "furniture") for p in (1, 2, 3)]
    notes = [s for s in segments if s.kind == "footnote"]
    assert not any("Pagina" in s.text or "Ministerie" in s.text for s in notes)


@needs_tesseract
def test_a_scans_notes_under_the_footer_it_missed_are_notes() -> None:
    """reportlab's page 2: with its footer read as body under them, its notes had no evidence."""
    segments = _segments("scanned.reportlab.pdf", ocr=True)
    notes = [s.text for s in segments if s.kind == "footnote" and s.page == 2]
    assert len(notes) == 2
    assert notes[-1].endswith("ECLI:NL:RVS:2024:1125.")
