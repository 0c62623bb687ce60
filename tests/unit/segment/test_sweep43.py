"""sweep43 (issue #8): a side column's notice to the reader is body.

The Rijkshuisstijl letter ends its side column with a sentence to the reader: 'Correspondentie
uitsluitend richten aan het retouradres met vermelding van de datum en het kenmerk van deze
brief.' (VWS, EZK, SZW), 'Bij beantwoording de datum en ons kenmerk vermelden. Wilt u slechts
één zaak in uw brief behandelen.' (BZK, IenW). It is prose the letter says, as the longer notice
of how to object is (`aside.reads_like_body`), only shorter than that rule's 20 words: it was
letterhead `side_column`, 17 of a one-page letter's ~170 words. Now it is body, with a warning
(`aside.notice_sentence`); the labels, codes and addresses round it stay letterhead, and a
field's label right over it ('Bijlage(n)') heads no text.

Fixtures: `python -m tests.fixtures.sweep43.src.build` (reportlab, a text object per word).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.aside import join_notices, notice_sentence
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from tests.unit.segment.page_runs import NOT_BODY

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sweep43"
PARTICULARS = ["Kenmerk", "1742228-209922-PG", "Uw brief", "Bijlage(n)", "Parnassusplein"]


def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=False)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _body(doc: SegmentedDocument) -> str:
    return _flat(" ".join(s.text for s in doc.segments if s.kind not in NOT_BODY))


def _aside(doc: SegmentedDocument) -> str:
    return _flat(" ".join(s.text for s in doc.segments if s.kind in NOT_BODY))


@pytest.mark.parametrize(
    ("name", "notice"),
    [
        (
            "retouradres.pdf",
            "Correspondentie uitsluitend richten aan het retouradres met vermelding van de datum"
            " en het kenmerk van deze brief.",
        ),
        (
            "beantwoording.pdf",
            "Bij beantwoording de datum en ons kenmerk vermelden. Wilt u slechts één zaak in uw"
            " brief behandelen.",
        ),
    ],
)
def test_the_notice_to_the_reader_is_body(name: str, notice: str) -> None:
    doc = _doc(name)
    body = _body(doc)
    assert notice in body
    notes = [s for s in doc.segments if _flat(s.text) == notice]
    assert len(notes) == 1 and notes[0].kind == "paragraph" and notes[0].role is None
    assert doc.metadata.quality and any(
        "reads like body text" in w for w in doc.metadata.quality.warnings
    )
    # the particulars round it stay letterhead: labels, the code, the address
    for word in PARTICULARS:
        assert word not in body and word in _aside(doc)
    # the letter's own text and the metadata read from the column are as before
    assert "Geachte voorzitter," in body


def test_a_label_right_over_the_notice_heads_no_text() -> None:
    """'Bijlage(n)' in bold right over the notice, no blank line between: a block of its own (its
    weight differs) on the line over text kept as body, but a field's label, no head."""
    doc = _doc("aaneen.pdf")
    assert "Correspondentie uitsluitend richten aan het retouradres" in _body(doc)
    labels = [s for s in doc.segments if s.text.strip() == "Bijlage(n)"]
    assert [(s.kind, s.role) for s in labels] == [("letterhead", "side_column")]


def test_a_column_without_a_notice_is_as_before() -> None:
    doc = _doc("geen.pdf")
    body = _body(doc)
    for word in PARTICULARS:
        assert word not in body and word in _aside(doc)
    warnings = doc.metadata.quality.warnings if doc.metadata.quality else []
    assert not any("reads like body text" in w for w in warnings)


def _block(*texts: str) -> Block:
    lines = [
        Line(1, 440.0, 693.5 - 9 * i, 540.0, 700.0 - 9 * i, 694.8 - 9 * i, 6.5, False, text)
        for i, text in enumerate(texts)
    ]
    return Block(lines, role="side_column").finish()


def test_particulars_are_no_notice() -> None:
    # a notice: whole sentences, prose, eight words at least
    assert notice_sentence(_block("Bij beantwoording de datum en", "ons kenmerk vermelden."))
    # too short, no sentence's end, a label with it, a contact line, a list of names
    assert not notice_sentence(_block("Dit besluit is digitaal", "ondertekend."))
    assert not notice_sentence(_block("Correspondentie uitsluitend richten aan het retouradres"))
    assert not notice_sentence(
        _block("Bijlage(n)", "Bij beantwoording de datum en", "ons kenmerk vermelden.")
    )
    assert not notice_sentence(
        _block("Voor vragen kunt u bellen met de", "helpdesk op T 070 123 45 67.")
    )
    assert not notice_sentence(
        _block("Directie Wetgeving, Directie Financien,", "Inspectie Onderwijs, Raad van State.")
    )
    assert not notice_sentence(_block("ons kenmerk vermelden bij elke", "brief aan de directie."))
    # a label over a question: two items, not one sentence
    assert not notice_sentence(
        _block("Overzicht van de klassen", "Is de definitie van de dienst goed?")
    )


def _line(text: str, top: float, height: float) -> Line:
    return Line(1, 440.0, top - height, 540.0, top, top - height * 0.8, height, False, text)


def test_a_notice_an_ocr_layer_parted_is_joined() -> None:
    """An OCR layer sets the notice's lines unevenly (heights 2.7 to 4.4 pt, gaps 1.4 to 4.5):
    the paragraph step parts it into blocks of a line or two. Joined, it is the one notice."""
    parts = [
        [("Correspondentie uitsluitend", 507.0, 4.0), ("richten aan het retouradres", 499.6, 3.4)],
        [("met vermelding van de", 491.7, 2.7)],
        [("datum en het kenmerk van", 484.1, 3.2)],
        [("deze brief.", 479.5, 4.4)],
    ]
    label = Block([_line("Bijlage(n)", 533.9, 4.0)]).finish()
    blocks = [label] + [Block([_line(*ln) for ln in part]).finish() for part in parts]
    joined = join_notices(blocks)
    assert [b.text for b in joined] == [
        "Bijlage(n)",
        "Correspondentie uitsluitend richten aan het retouradres met vermelding van de datum en"
        " het kenmerk van deze brief.",
    ]
    # fields in a row are no sentence: left as they were
    fields = [("Uw brief", 550.0, 3.0), ("van 3 mei 2020", 545.0, 3.0), ("Kenmerk", 538.0, 3.0)]
    blocks = [Block([_line(*ln)]).finish() for ln in fields]
    assert [b.text for b in join_notices(blocks)] == ["Uw brief", "van 3 mei 2020", "Kenmerk"]
    # a sentence's opening whose rest stands far below (a blank line and more) is no notice
    far = [
        ("Correspondentie uitsluitend richten aan het", 507.0, 4.0),
        ("retouradres met vermelding van de datum.", 480.0, 4.0),
    ]
    blocks = [Block([_line(*ln)]).finish() for ln in far]
    assert len(join_notices(blocks)) == 2
    far[1] = ("retouradres met vermelding van de datum.", 501.0, 4.0)  # right under it: one
    blocks = [Block([_line(*ln)]).finish() for ln in far]
    assert len(join_notices(blocks)) == 1
