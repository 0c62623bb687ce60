"""sweep38: a council's motions, amendments and minutes are told as such, and dated.

Found on Den Haag's council papers (MartineJohanna/raadsvergaderingen, Word voor Microsoft 365):
a motion or an amendment names itself at the top of page 1 ('Motie: Watertappunt in drukstbezochte
speeltuinen') and opens with the formula every council uses ('De raad van de gemeente Den Haag,
in vergadering bijeen op 18 december 2024, ...'; Baarn: 'De gemeenteraad van Baarn, in vergadering
bijeen op ...'; Provinciale Staten: 'Provinciale Staten van ..., in vergadering bijeen op ...'). The
minutes open with the meeting held ('Vergadering gemeenteraad Den Haag gehouden op donderdag 23
januari 2025') and then its agenda. On main 30 of 30 motions and 18 of 18 amendments were 'other'
with no date and 'Stuknummer: K.4 GL' for a title; 8 of 8 minutes an 'agenda' with no date
(parliament.py knew only the Kamer's 'MOTIE VAN HET LID ...').

Fixtures (tests/fixtures/sweep38, `python -m tests.fixtures.sweep38.src.build`): a motion, a
Provinciale Staten amendment and the minutes' first page, drawn by reportlab and by headless
Chromium. The controls, drawn here: an agenda of a meeting to be held, a raadsbesluit that opens
with the formula but names no motion, a letter that answers a motion, a Kamer motion."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.segmenter import segment_pdf
from stukken.contracts import Metadata

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "sweep38"
PRODUCERS = ["", ".chromium"]


def _meta(name: str) -> Metadata:
    return segment_pdf((HERE / f"{name}.pdf").read_bytes(), ocr=False).metadata


def _drawn(lines: list[str]) -> Metadata:
    """One paragraph a line: every other line bold and larger, so that no two follow alike."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = A4[1] - 80
    for i, text in enumerate(lines):
        c.setFont("Helvetica-Bold" if i % 2 == 0 else "Helvetica", 12 if i % 2 == 0 else 10)
        c.drawString(72, y, text)
        y -= 30
    c.save()
    return segment_pdf(buf.getvalue(), ocr=False).metadata


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_council_motion_is_a_motie_dated_by_its_meeting(producer: str) -> None:
    meta = _meta(f"motie{producer}")
    assert (meta.doc_type, meta.date) == ("motie", "2024-12-18")
    assert meta.title == "Motie: Speelplekken in elke wijk"


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_provincial_amendment_is_an_amendement_dated_by_its_meeting(producer: str) -> None:
    meta = _meta(f"amendement{producer}")
    assert (meta.doc_type, meta.date) == ("amendement", "2025-03-12")
    assert meta.title != "AMENDEMENT"  # the bare kind says nothing: the generic steps title it


@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_minutes_of_a_meeting_held_are_notulen_of_that_day(producer: str) -> None:
    meta = _meta(f"notulen{producer}")
    assert (meta.doc_type, meta.date) == ("notulen", "2025-01-23")
    assert (
        meta.title == "Vergadering gemeenteraad Voorbeeldstad gehouden op donderdag 23 januari 2025"
    )


def test_an_agenda_of_a_meeting_to_be_held_stays_an_agenda() -> None:
    meta = _drawn(
        [
            "Agenda",
            "Vergadering gemeenteraad Voorbeeldstad te houden op donderdag 6 februari 2025",
            "A. Vaststelling agenda",
            "B. Vaststelling van de wijze van afdoening van ingekomen stukken",
            "C. Voorstel van het college inzake de Nota Grondbeleid 2025",
        ]
    )
    assert meta.doc_type == "agenda"


def test_the_formula_without_a_motion_named_is_no_motie() -> None:
    meta = _drawn(
        [
            "Raadsbesluit",
            "De raad van de gemeente Voorbeeldstad, in vergadering bijeen op 3 april 2025,",
            "gelezen het voorstel van het college van burgemeester en wethouders;",
            "besluit: de Verordening parkeerbelastingen 2025 vast te stellen.",
        ]
    )
    assert meta.doc_type not in ("motie", "amendement")


def test_a_letter_answering_a_motion_is_no_motie() -> None:
    meta = _drawn(
        [
            "Afdoening motie: Speelplekken in elke wijk",
            "Geachte leden van de raad,",
            "In uw vergadering van 18 december 2024 heeft u de motie Speelplekken in elke wijk",
            "aangenomen. De raad, in vergadering bijeen op 18 december 2024, vroeg om een plan.",
            "Met deze brief informeren wij u over de uitvoering.",
        ]
    )
    assert meta.doc_type not in ("motie", "amendement")


def test_a_kamer_motion_keeps_its_kamerstuk_reading() -> None:
    meta = _drawn(
        [
            "Tweede Kamer der Staten-Generaal",
            "36 200 Vaststelling van de begrotingsstaten voor het jaar 2023",
            "Nr. 143 MOTIE VAN DE LEDEN VAN DIJK EN GRINWIS",
            "Voorgesteld 6 juli 2021",
            "De Kamer, gehoord de beraadslaging,",
        ]
    )
    assert meta.doc_type == "motie"
    assert meta.title == "MOTIE VAN DE LEDEN VAN DIJK EN GRINWIS"
    assert meta.date == "2021-07-06"


def test_minutes_that_quote_a_motion_under_their_particulars_stay_notulen() -> None:
    meta = _drawn(
        [
            "Notulen van de openbare vergadering van de gemeenteraad van Voorbeeldstad",
            "Datum: 12 maart 2025",
            "Aanwezig: de leden De Vries, Bakker, Jansen en Visser",
            "Afwezig: mevrouw Smit",
            "Voorzitter: de burgemeester",
            "Griffier: drs. M. Jansen",
            "Motie: Speelplekken in elke wijk",
            "De raad van de gemeente Voorbeeldstad, in vergadering bijeen op 12 maart 2025,",
        ]
    )
    assert meta.doc_type == "notulen"
