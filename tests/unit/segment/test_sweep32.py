"""What the sweep of the never-found families and Word's revision balloons showed
(bench/breadth/report-sweep32.md).

Word prints a document 'met renvooi' with its markup in balloons in the right margin: 'Met
opmaak: Standaard', 'Verwijderd: ...' with the deleted words, 'Opmerking [JV1]: ...' with a
reviewer's comment (VNG-Realisatie/Wabo-BAG-Services 'Koppelvlakspecificatie_Wabo_Bag_v1.04_met
_renvooi.pdf', 87 words; the Prefill e-form specification, 38). In 6 pt beside a 9 pt body, and
repeating from page to page ('Met opmaak: Standaard'), main filed them as a side column: lost to
the text, while the balloons of other pages read as paragraphs. They are the document's words (a
comment a searcher may look for, the text a change removed): read after the body, as text.

The fixtures (`python -m tests.fixtures.sweep32.src.balloons`): three pages of a specification
with such balloons, typeset by reportlab and by Chromium; on main both file the balloons of
pages 2 and 3 as side column."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.columns import _balloons
from services.segment.layout.gutters import Piece, Strip
from services.segment.segmenter import segment_pdf
from tests.fixtures.producers.score import NOT_BODY, gold, pdf_path, score, tokens

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sweep32"


@pytest.mark.parametrize("name", ["balloons.pdf", "balloons.chromium.pdf"])
def test_revision_balloons_beside_the_body_read_as_text(name: str) -> None:
    doc = segment_pdf((FIXTURES / name).read_bytes(), ocr=False)
    assert not [s for s in doc.segments if s.role == "side_column"]
    body = " ".join(" ".join(s.text.split()) for s in doc.segments if s.kind != "furniture")
    for said in (
        "Verwijderd: binnen vijf werkdagen",
        "Opmerking [KB2]: Tabel met foutcodes",
        "Met opmaak: Frans (standaard)",
    ):
        assert said in body, said
    # read after the body's text of their page, not between its lines
    page3 = [s.text for s in doc.segments if s.page == 3 and s.kind != "furniture"]
    first = next(k for k, t in enumerate(page3) if t.startswith(("Opmerking", "Met opmaak")))
    assert all(not t.startswith(("Opmerking", "Met opmaak", "Verwijderd")) for t in page3[:first])
    assert "Foutafhandeling" in " ".join(page3[:first])


def _strip(texts: list[str]) -> Strip:
    pieces = [
        Piece([], 420, 420 + 3 * len(t), 500 - 9 * k, 506 - 9 * k, 6.0, len(t), t)
        for k, t in enumerate(texts)
    ]
    return Strip(420, max(p.x1 for p in pieces), pieces)


def test_a_strip_of_balloons() -> None:
    assert _balloons(_strip(["Met opmaak: Standaard"]))
    assert _balloons(_strip(["Opmerking [AB1]: Graag nog afstemmen met de", "afdeling", "x"]))
    assert _balloons(_strip(["Commented [JV2]: check", "Formatted: English (UK)"]))


def test_balloons_beside_a_tables_symbol_bullets() -> None:
    # the Prefill specification: a table's bullets in a symbol font ('v', 'o') stand in the
    # balloons' strip, one running into a balloon's line
    assert _balloons(_strip(["v", "v", "o", "o", "v Met opmaak: Frans (standaard)", "o", "v"]))


def test_a_side_columns_labels_are_no_balloons() -> None:
    assert not _balloons(_strip(["Datum", "12 maart 2024", "Kenmerk", "2024-0012345"]))
    assert not _balloons(_strip(["Opmerking: zie bijlage", "Contactpersoon", "J. de Vries"]))
    # one balloon among many lines of something else is no pane of balloons
    assert not _balloons(_strip(["Met opmaak: Standaard", *["regel"] * 4]))


# The families no round found real copies of, written in tests/fixtures/sweep32/src and typeset
# by several producers (`python -m tests.fixtures.sweep32.build`, `...src.slides`): main reads
# them whole; these hold it so.
SWEEP32 = FIXTURES
MATRIX = ("chromium", "libreoffice", "reportlab-word", "reportlab-glyph", "reportlab-line")
FAMILIES = [
    (doc, producer)
    for doc, producers in (
        ("staatscourant", MATRIX),
        ("raadsvoorstel", MATRIX),
        ("slides", ("chromium", "libreoffice", "reportlab")),
    )
    for producer in producers
]


@pytest.mark.parametrize(("doc", "producer"), FAMILIES)
def test_a_family_no_round_found_reads_whole_and_in_order(doc: str, producer: str) -> None:
    got = score(doc, producer, SWEEP32)
    assert got.error is None
    assert got.recall >= 0.99 and got.precision >= 0.99, (got.missing, got.extra)
    segmented = segment_pdf(pdf_path(doc, producer, SWEEP32).read_bytes(), ocr=False)
    assert not [s for s in segmented.segments if s.role == "side_column"]
    body = " ".join(" ".join(tokens(s.text)) for s in segmented.segments if s.kind not in NOT_BODY)
    # each block of the gold found after the one before it: columns and slides read in order
    at = 0
    for block in gold(doc, SWEEP32)["body"]:
        key = " ".join(tokens(block)[:5])
        if len(key.split()) >= 4:
            found = body.find(key, at)
            assert found >= 0, block
            at = found
