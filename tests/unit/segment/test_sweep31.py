"""What the sweep of new real PDFs (bench/breadth/report-sweep31.md) showed: a drawing's labels
right of the body's edge filed as a side column, lost to the text.

VNG/KING's interface specifications (VNG-Realisatie/StUF-koppelvlak-iWmo-iJw 'Specificaties_
StUF-GGk0310-v2.0_Definitief.pdf', Word by macOS Quartz, p. 7) draw sequence diagrams in 6-6.5
pt under 11 pt prose, wider than the prose: the last lifelines ('VECOZO', 'Zorgaanbieder') and
the messages between them ('EI-retourbericht', 'email met foutbericht') stand right of a gutter
the prose lines cross. That strip of small type read as a side column (smaller than the body,
and 'email' has a letterhead field's shape): 35 words, 1.5 % of the document, filed as
furniture. The same on an entity diagram of KING's ('Inhoudgroep', '«Groepattribuutsoort»'), a
Kadaster chain's boxes ('EXTERNE PARTIJ', 'BRK-ADAPTER'), and a water board's annual accounts
(the last columns of small-type tables of fixed assets: '- - 1.360'). A drawing's or a table's
labels in the body column level with them, in that small type too, say whose they are: a side
column stands beside the body's text.

The fixtures (`python -m tests.fixtures.sweep31.src.build`; the Chromium twin printed from its
`html()`): a specification's two pages, the second with such a diagram, typeset by reportlab and
by Chromium; on main both file the right-hand lifelines' labels as side column."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.columns import _drawing_beside
from services.segment.layout.gutters import Piece, Strip
from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sweep31"
RIGHT = ("Zorgkantoor", "Zorgaanbieder", "toewijzing", "declaratie", "email met foutbericht")
LEFT = ("Gemeente", "Berichtendienst", "aanvraag doorsturen", "ontvangst", "melding")


@pytest.mark.parametrize("name", ["sequentie.pdf", "sequentie.chromium.pdf"])
def test_a_drawings_labels_right_of_the_body_read_as_text(name: str) -> None:
    doc = segment_pdf((FIXTURES / name).read_bytes(), ocr=False)
    page2 = [s for s in doc.segments if s.page == 2]
    assert not [s for s in page2 if s.role == "side_column"]
    body = " ".join(" ".join(s.text.split()) for s in page2 if s.kind != "furniture")
    for label in RIGHT + LEFT:
        assert label in body, label
    # the lifelines' names read as one row, left to right
    assert "Gemeente Knooppunt Berichtendienst Zorgkantoor Zorgaanbieder" in body


def _piece(text: str, x0: float, y0: float, size: float) -> Piece:
    width = 0.5 * size * len(text)
    return Piece([], x0, x0 + width, y0, y0 + size, size, len(text), text)


def _strip(pieces: list[Piece]) -> Strip:
    return Strip(min(p.x0 for p in pieces), max(p.x1 for p in pieces), pieces)


LABELS = _strip([_piece(t, 420, 500 - 22 * k, 6.5) for k, t in enumerate(RIGHT)])


def test_labels_level_with_small_type_in_the_body_are_a_drawings() -> None:
    body = _strip([_piece(t, 100, 505 - 22 * k, 6.5) for k, t in enumerate(LEFT)])
    body.pieces += [_piece("De envelop wordt gebruikt voor het versturen", 72, 700, 11.0)]
    assert _drawing_beside(LABELS, body, 11.0)


def test_a_side_column_beside_the_bodys_text_is_none() -> None:
    """Level with the body's prose ('Datum' beside a letter's text): a side column."""
    prose = [
        _piece("en de gemeente besluit daarom het verzoek af te wijzen", 72, 500 - 15 * k, 11.0)
        for k in range(8)
    ]
    assert not _drawing_beside(LABELS, _strip(prose), 11.0)


def test_two_letterhead_fields_beside_small_type_are_a_side_column() -> None:
    """A letter's later page with a table in small type beside its side column: 'Datum' and
    'Kenmerk' have a letterhead's shape; one label repeated on a diagram's arrows does not
    count twice."""
    fields = _strip(
        [
            _piece(t, 420, 500 - 22 * k, 6.5)
            for k, t in enumerate(["Datum", "12 mei 2025", "Kenmerk", "2025-0000145"])
        ]
    )
    table = _strip([_piece(t, 100, 505 - 11 * k, 6.5) for k, t in enumerate(LEFT * 2)])
    assert not _drawing_beside(fields, table, 11.0)
    assert _drawing_beside(LABELS, table, 11.0)
