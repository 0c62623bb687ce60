"""sweep40: a cover that names its document by its kind in capitals and its year ('BEGROTING
2025', 'JAARVERSLAG 2018') titles it.

Found in a municipality's budgets (benjosb/beleidsbibliotheek, Wassenaar's 'begroting_2024.pdf',
'begroting_2025.pdf', 'begroting_2026.pdf': Word voor Microsoft 365, macOS Quartz; 2025's cover as
text, 2024's and 2026's a picture OCR'd) and a Flemish appeals board's year report
(PieterDePauw/Rechtspraak-Studievoortgangsbetwistingen 'R.Stvb_._Jaarverslag_2018.pdf', Word voor
Office 365, the cover OCR'd). On main the one word in capitals was taken for an OCR'd redaction
box ('IEEE') and the four went untitled (2025, 2026, 2018) or took the OCR's noise under the
cover's title ('CeesVm NE Leren', 2024).

Fixtures (tests/fixtures/sweep40, `python -m tests.fixtures.sweep40.src.build`): a budget's
cover ('BEGROTING 2025' centred, the page number under it) and a year report's ('JAARVERSLAG
2023' at the top), each drawn by reportlab and by headless Chromium: 4 of 4 untitled on main.
The controls, drawn here: a redaction box read as one word in capitals, a model's acronym with
its year ('IMKL 2015', four letters) and a kind in capitals without a year name nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.segmenter import segment_pdf
from stukken.contracts import Metadata

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "sweep40"
PRODUCERS = ["", ".chromium"]


def _meta(name: str) -> Metadata:
    return segment_pdf((HERE / f"{name}.pdf").read_bytes(), ocr=False).metadata


def _cover(title: str) -> Metadata:
    """A cover with one line, 28 pt bold and centred, over a page of prose."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 28)
    c.drawCentredString(A4[0] / 2, A4[1] - 320, title)
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, A4[1] - 80, "Dit stuk beschrijft hoe de gemeente haar taken uitvoert,")
    c.drawString(72, A4[1] - 98, "en wat dat in het komende jaar gaat kosten.")
    c.save()
    return segment_pdf(buf.getvalue(), ocr=False).metadata


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_budgets_cover_in_capitals_with_its_year_titles_it(producer: str) -> None:
    meta = _meta(f"begroting{producer}")
    assert meta.title == "BEGROTING 2025"
    assert meta.evidence.get("title", "").startswith("the first")


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_year_reports_cover_in_capitals_with_its_year_titles_it(producer: str) -> None:
    assert _meta(f"jaarverslag{producer}").title == "JAARVERSLAG 2023"


@pytest.mark.parametrize("title", ["JAARREKENING 2021-2022", "KADERNOTA 2024"])
def test_a_kind_and_its_years_in_capitals_title_a_cover(title: str) -> None:
    assert _cover(title).title == title


@pytest.mark.parametrize("line", ["IEEE", "IMKL 2015", "BEGROTING", "MMMMMM"])
def test_one_word_in_capitals_without_its_year_names_nothing(line: str) -> None:
    assert _cover(line).title is None
