"""sweep39: acts and bills outside the gazette, a nota van toelichting and a cover's title set
line by line are titled as a reader names them.

Found in the drafts ministries put up for consultation (WouterSpekkink/beleidskompas, 45 PDFs of
13 consultations: Justice, Interior, Infrastructure, Health, a member's bill; Aspose.Words,
Acrobat PDFMaker, Word voor Microsoft 365): an act names itself in the body's type over its
enacting words ('Besluit van' / 'houdende bepalingen over het bemannen van zeeschepen' / 'Op de
voordracht van ...'; 'Wet van PM tot wijziging van Boek 8 ...' / 'Wij Willem-Alexander ...';
'Regeling van de Minister van ... van ........, nr. ..., tot wijziging ...' / 'Gelet op ...'), a
bill under its name ('Wijziging van de Opiumwet in verband met ...' over 'VOORSTEL VAN WET'). On
main 13 of 13 were titled 'Besluit van', 'Artikel I', 'VOORSTEL VAN WET', a heading of the body
('XIXA. Afbreking van zwangerschap vervalt.') or nothing; an algemene maatregel van bestuur's
'Nota van toelichting' was titled 'van Toelichting' (2 of 2). In a Flemish appeals board's
rulings and year reports (PieterDePauw/Rechtspraak-Studievoortgangsbetwistingen, Word 2010-2016)
and a ministry's report (beleidskompas, Word 365) the cover's title is set line by line, each line
a block: titled 'RAAD VOOR BETWISTINGEN INZAKE' (22 files), 'Raad voor', 'VAN KENTEKENS VOOR'.

Fixtures (tests/fixtures/sweep39, `python -m tests.fixtures.sweep39.src.build`): a draft Besluit,
a bill, a nota van toelichting and a cover over its rulings, each drawn by reportlab and by
headless Chromium: 8 of 8 fail on main. The controls, drawn here: a zienswijze that quotes a
Besluit and 'Gelet op' under its own title, a dated act keeps its date, a title that ends on a
full word does not take in the heading under it, a published regeling keeps the gazette's
title."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.families import acts
from services.segment.segmenter import segment_pdf
from stukken.contracts import Metadata

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
HERE = FIXTURES / "sweep39"
PRODUCERS = ["", ".chromium"]


def _meta(name: str) -> Metadata:
    return segment_pdf((HERE / f"{name}.pdf").read_bytes(), ocr=False).metadata


def _drawn(lines: list[tuple[int, bool, str]]) -> Metadata:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = A4[1] - 80
    for size, bold, text in lines:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(72, y, text)
        y -= size + 10
    c.save()
    return segment_pdf(buf.getvalue(), ocr=False).metadata


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_draft_besluit_is_titled_by_its_name_and_subject(producer: str) -> None:
    meta = _meta(f"besluit{producer}")
    assert meta.title == (
        "Besluit houdende regels over het onderhoud van dijken langs de grote rivieren"
        " (Besluit onderhoud rivierdijken)"
    )
    assert meta.evidence["title"] == "the act's name over its enacting words on page 1"


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_bill_is_titled_by_the_name_over_voorstel_van_wet(producer: str) -> None:
    meta = _meta(f"wetsvoorstel{producer}")
    assert meta.title == (
        "Wijziging van de Voorbeeldwet in verband met het verlengen van de termijn voor bezwaar"
        " en beroep"
    )


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_nota_van_toelichting_is_named_as_its_stage(producer: str) -> None:
    meta = _meta(f"toelichting{producer}")
    assert (meta.doc_type, meta.title) == ("nota", "Nota van toelichting")


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_covers_title_set_line_by_line_is_read_whole(producer: str) -> None:
    meta = _meta(f"uitspraken{producer}")
    assert meta.title == "RAAD VOOR GESCHILLEN INZAKE STUDIEBESLISSINGEN"


def test_an_open_date_is_left_out_and_a_printed_one_kept() -> None:
    def named(text: str) -> str:
        return acts._OPEN_DATE.sub(r"\1", text, count=1)

    assert named("Wet van PM tot wijziging van Boek 8") == "Wet tot wijziging van Boek 8"
    assert named("Besluit van … tot intrekking van X") == "Besluit tot intrekking van X"
    assert named("Besluit van [datum] houdende regels") == "Besluit houdende regels"
    assert named("Besluit van") == "Besluit"
    dated = "Besluit van 12 juni 2024, houdende regels over dijken"
    assert named(dated) == dated
    minister = "Regeling van de Minister van Financiën van 3 mei 2024, nr. 2024-1, houdende X"
    assert named(minister) == minister


def test_a_note_quoting_a_besluit_is_titled_by_its_own_title() -> None:
    meta = _drawn(
        [
            (16, True, "Zienswijze op het ontwerpbesluit dijkonderhoud"),
            (10, False, ""),
            (10, False, "Besluit van 3 maart 2024, houdende regels over het onderhoud van dijken"),
            (10, False, ""),
            (
                10,
                False,
                "Gelet op de reacties uit de consultatie stellen wij voor de termijn voor de",
            ),
            (
                10,
                False,
                "jaarlijkse inspectie te verlengen en het register eenmaal per jaar te openen.",
            ),
        ]
    )
    assert meta.title == "Zienswijze op het ontwerpbesluit dijkonderhoud"


def test_a_title_that_ends_on_a_full_word_does_not_take_in_the_heading_under_it() -> None:
    meta = _drawn(
        [
            (24, True, "Jaarverslag van de Raad"),
            (16, True, "Werkjaar 2023"),
            (10, False, "Dit verslag beschrijft de werking van de Raad in het werkjaar 2023 en de"),
            (10, False, "zaken die hij behandelde, per instelling en per soort beslissing."),
        ]
    )
    assert meta.title == "Jaarverslag van de Raad"


def test_a_published_regeling_keeps_the_gazettes_title() -> None:
    pdf = FIXTURES / "matrix38" / "pdf" / "regeling.chromium.pdf"
    meta = segment_pdf(pdf.read_bytes(), ocr=False).metadata
    assert meta.title is not None and meta.title.startswith(
        "Regeling van de Minister van Landbouw, Visserij, Voedselzekerheid en Natuur van 24 "
        "november 2026, nr. WJZ/26291744, houdende regels voor subsidie"
    )
    assert meta.evidence["title"] == "the act's title under the gazette's masthead"
