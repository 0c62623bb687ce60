"""What the sweep of new real PDFs (bench/breadth/report-sweep30.md) showed: rows of a small-type
table at a page foot that reached no segment at all.

ICTU's requirement templates (ICTU/Kwaliteitsaanpak 'Template-Niet-Functionele-Eisen.pdf',
wkhtmltopdf 0.12 on Qt 4.8, pp. 12-15) set their requirement tables in 7.5 pt under 10 pt prose,
each row opening with its number. Page 12 ends in a one-row table: '1 Waar van toepassing ...'
at the page foot, no stop at its end, reads as the document's first footnote, running on. Page
14 ends in a table whose head ('Nr. Eis Prio Bewijs') and rows '1'-'5b' stand at the page foot.
The footnote step took the head for the note running on from page 12 and the numbered rows for
notes; no marker in the body proves those, so they are body, but the step gave back the page's
lines without the rows: 'Applicaties zijn gebaseerd op een formele, met de beheerpartij
afgestemde standaard stack' and the next six rows were in no segment (the template lost 5.6 % of
its words).

Page 12's row itself is no note: a page's notes open with a note, and a head in the notes' size
over the numbered line ('Nr. Eis Prio Bewijs') says it is a table's row. Main took it for note 1
(one note, the next of the document's, or proven by '2.1' in 'WCAG 2.1 (Web' read as a glued
marker) and ran it on over pages 13-15: a whole page of requirements (rows 5c-13) became that
note's text, filed on page 12.

The fixtures (`python -m tests.fixtures.sweep30.src.build`; the Chromium twin printed from its
`html()`): two pages of such a template, typeset by reportlab and by Chromium; on main both lose
rows 1-5 of page 2 and read page 1's row as footnote 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sweep30"
ROWS = (
    "Applicaties zijn gebaseerd op een formele",
    "De architectuur van een webapplicatie",
    "identiteit van externe gebruikers",
    "identiteit van interne gebruikers",
    "De autorisaties van gebruikers",
)


@pytest.mark.parametrize("name", ["eisen-tabel.pdf", "eisen-tabel.chromium.pdf"])
def test_unproven_numbered_lines_under_a_running_note_stay_in_the_text(name: str) -> None:
    doc = segment_pdf((FIXTURES / name).read_bytes(), ocr=False)
    text = " ".join(" ".join(s.text.split()) for s in doc.segments)
    for row in ROWS:
        assert text.count(row) == 1, row  # read once: neither dropped nor read twice
    body = [s for s in doc.segments if s.kind not in ("furniture", "letterhead", "footnote")]
    page2 = " ".join(" ".join(s.text.split()) for s in body if s.page == 2)
    for row in ROWS:  # the rows are no notes: they read in the page's text
        assert row in page2, row


@pytest.mark.parametrize("name", ["eisen-tabel.pdf", "eisen-tabel.chromium.pdf"])
def test_a_small_tables_numbered_row_under_its_head_is_no_footnote(name: str) -> None:
    """Page 1's one-row table ('Nr. Eis' over '1 Waar van toepassing ...') at the page foot:
    a page's notes open with a note, not with a head in the notes' size; under a head, only a
    raised marker in the text proves a note (the body has none), not a lone first number."""
    doc = segment_pdf((FIXTURES / name).read_bytes(), ocr=False)
    assert not [s for s in doc.segments if s.kind == "footnote"]
    page1 = " ".join(" ".join(s.text.split()) for s in doc.segments if s.page == 1)
    assert "Waar van toepassing voldoet de applicatie" in page1
