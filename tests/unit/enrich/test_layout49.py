"""layout49: a citation cut at its number by a line end, '(Kamerstuk 24 704, nr.' over '16) heeft
uw Kamer ...', is one paragraph and one reference, whichever citation word asks for the number
('nr.', 'nrs.', 'blz.', 'artikel'); a list's '2)' after a colon or a sentence's end, and a number
under a wider gap, still open blocks of their own. Letters typeset with reportlab at test time (no
PDF committed): a Rijksoverheid letter's body lines at a 13 pt pitch."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from services.enrich.enricher import enrich
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

FILLER = [
    "Geachte voorzitter,",
    "",
    "Met deze brief informeer ik uw Kamer over de voortgang van het programma en over de",
    "stappen die ik in de komende maanden zet om de uitvoering te verbeteren.",
    "",
]


def _letter(lines: list[str], gap_before: int | None = None) -> SegmentedDocument:
    """`lines` drawn at x 72 from the top, 13 pt apart ('' an empty line); `gap_before`: the
    index of a line set 63 pt under the one before it instead."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    y = 760.0
    for i, text in enumerate(FILLER + lines):
        if gap_before is not None and i == len(FILLER) + gap_before:
            y -= 50
        if text:
            c.drawString(72, y, text)
        y -= 13
    c.drawString(72, y - 13, "De minister van Financiën,")
    c.save()
    return segment_pdf(buf.getvalue(), ocr=False)


@pytest.mark.parametrize(
    ("first", "second", "ref"),
    [
        (
            "In het wetgevingsoverleg van 10 februari jl. (Kamerstuk 24 704, nr.",
            "16) heeft uw Kamer om aanvullende informatie verzocht om tot een afronding",
            "kst-24704-16",
        ),
        (
            "Ik verwijs naar de brieven over dit onderwerp (Kamerstuk 31 066, nrs.",
            "1154 en 1156) en naar het verslag van het commissiedebat van februari.",
            "kst-31066-1156",
        ),
        (
            "Dit staat in het verslag van het debat (Handelingen II 2014/15, nr.",
            "48) waarin de Kamer om een brief over de dienstregeling heeft gevraagd.",
            "h-tk-20142015-48",
        ),
    ],
)
def test_a_citation_cut_at_its_number_is_one_paragraph(first: str, second: str, ref: str) -> None:
    doc = _letter([first, second, "te komen over de begroting voor het komende jaar."])
    texts = [s.text for s in doc.segments]
    assert not any(t.startswith(second[:4]) for t in texts), texts
    assert any(first[:20] in t and second[:4] in t for t in texts), texts
    refs, _ = enrich(doc)
    assert ref in {r.normalized for r in refs}


def test_an_article_cut_at_its_number_runs_on() -> None:
    doc = _letter(
        [
            "Het verstrekken van de verslagen raakt het belang van de staat (zie artikel",
            "68) en de Minister heeft dat in het debat over de evacuatie ook gezegd.",
        ]
    )
    assert not any(s.text.startswith("68)") for s in doc.segments)
    assert any("(zie artikel 68) en" in s.text for s in doc.segments)


@pytest.mark.parametrize(
    ("lines", "gap_before"),
    [
        # a list after a colon: each item opens its own block
        (
            ["Ik noem de volgende punten:", "1) de uitvoering van de motie;", "2) de planning."],
            None,
        ),
        # a list item after a sentence's end
        (["Het onderzoek is afgerond in 2023.", "2) De planning van het vervolg."], None),
        # 'nr.' over a number under a wider gap than the text's pitch: a new block
        (["Zie het verslag van de vergadering, nr.", "2) De planning van het vervolg."], 1),
    ],
)
def test_a_list_mark_still_opens_its_item(lines: list[str], gap_before: int | None) -> None:
    doc = _letter(lines, gap_before)
    assert any(s.text.startswith("2)") for s in doc.segments), [s.text for s in doc.segments]
