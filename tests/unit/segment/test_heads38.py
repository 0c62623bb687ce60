"""heads38: heads at their level, and the besluitenlijst's and the nota's loose ends (issue #8).

- Subheads set in the heads' type (matrix37's collegebesluit and memorie, seven producers) are
  read one level under the head stacked right over the first of them: test_matrix37's heading
  cells, no strict xfails left there; here the stacking's guards.
- A besluitenlijst's 'Geen agendapunten' between two senders' heads (tests/fixtures/heads38/
  src/besluitenlijst.py, reportlab and Chromium): its own paragraph, both heads their own.
- The Tweede Kamer's numbered stage ('Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG', 'Nr. 5
  MEMORIE VAN ANTWOORD'; tests/fixtures/heads38/src/kamerstuk.py, reportlab and Chromium):
  the fractions' heads under it are heads, never the title; the bill is; a nota, no
  Kamervragen.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from services.segment.layout.headings import mark
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from tests.fixtures.heads38.src.kamerstuk import BILL, FRACTIONS

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "heads38"
PRODUCERS = ["", ".chromium"]  # reportlab, headless Chromium


@cache
def _read(name: str) -> SegmentedDocument:
    return segment_pdf((HERE / f"{name}.pdf").read_bytes(), ocr=False)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_statement_between_two_heads_is_its_own_paragraph(producer: str) -> None:
    """'Geen agendapunten' under 'Brieven van de minister van Algemene Zaken', the next sender's
    head under it: three blocks, the statement a paragraph, each head a heading of its own
    (main: one paragraph of all three, or the statement run into the next head)."""
    segments = _read(f"besluitenlijst{producer}").segments
    texts = [" ".join(s.text.split()) for s in segments]
    statements = [s for s in segments if "Geen agendapunten" in s.text]
    assert len(statements) == 2, texts
    assert all(s.kind == "paragraph" and s.text.strip() == "Geen agendapunten" for s in statements)
    heads = [t for s, t in zip(segments, texts, strict=True) if s.kind == "heading"]
    for sender in (
        "Brieven van de minister van Algemene Zaken",
        "Brieven van de minister van Binnenlandse Zaken",
        "Brieven van de staatssecretaris van Binnenlandse Zaken",
        "Brieven van de minister van Justitie en Veiligheid",
    ):
        assert sender in heads, texts


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("doc", ["nota", "memorie"])
def test_a_numbered_stage_keeps_the_fractions_heads_heads(doc: str, producer: str) -> None:
    """Under 'Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG' / 'Nr. 5 MEMORIE VAN ANTWOORD' a
    fraction's 'Vragen van de leden ...' is a head, not the document's title, and it is no
    part of the answer above it."""
    segments = _read(f"{doc}{producer}").segments
    fractions = [f for f, _ in FRACTIONS]
    assert [
        s.text.strip() for s in segments if s.kind == "heading" and s.text.startswith("Vragen")
    ] == fractions
    assert not [s for s in segments if s.kind == "title" and s.text.startswith("Vragen")]
    assert not [s for s in segments if s.kind == "answer" and "Vragen van de leden" in s.text]
    assert [s.number for s in segments if s.kind == "question"] == ["1", "2", "3"]
    assert [s.number for s in segments if s.kind == "answer"] == ["1", "2", "3"]


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("doc", ["nota", "memorie"])
def test_a_numbered_stage_names_a_nota_titled_by_its_bill(doc: str, producer: str) -> None:
    metadata = _read(f"{doc}{producer}").metadata
    assert metadata.doc_type == "nota"
    assert " ".join((metadata.title or "").split()) == BILL


def _head(text: str, top: float, size: float = 10.0, bold: bool = True) -> Block:
    line = Line(1, 72.0, top - size, 72.0 + 5 * len(text), top, top - 0.2 * size, size, bold, text)
    return Block([line], kind="heading", text=text)


def _text(text: str, top: float) -> Block:
    lines = [
        Line(1, 72.0, top - 10 - 13 * k, 520.0, top - 13 * k, top - 2 - 13 * k, 10.0, False, text)
        for k in range(3)
    ]
    return Block(lines, kind="paragraph", text=" ".join([text] * 3))


def _levels(blocks: list[Block]) -> list[tuple[str, int | None]]:
    return [(b.text, b.level) for b in mark(blocks, 10.0) if b.kind == "heading"]


def test_a_head_stacked_over_a_head_is_its_section() -> None:
    """'Toelichting' right over 'Aanleiding', both bold in the text's size: the second and the
    heads set as it after it are one level under; a head stacked so again opens a section."""
    blocks = [
        _head("Besluit", 700), _text("Het college besluit de subsidie te verlenen.", 680),
        _head("Toelichting", 620), _head("Aanleiding", 598),
        _text("De stichting vroeg om subsidie voor de verbouwing.", 580),
        _head("Afweging", 520), _text("De verbouwing past in het beleid voor dorpshuizen.", 500),
        _head("Financiën", 440), _head("Dekking", 418),
        _text("De kosten worden gedekt uit de reserve voor dorpshuizen.", 400),
    ]  # fmt: skip
    assert _levels(blocks) == [
        ("Besluit", 1), ("Toelichting", 1), ("Aanleiding", 2), ("Afweging", 2),
        ("Financiën", 1), ("Dekking", 2),
    ]  # fmt: skip


def test_a_wrapped_head_and_heads_in_a_row_are_no_section() -> None:
    """Guards: a head's second line set at its leading (a wrapped head read as two blocks) is
    no part of it; of three heads stacked only the last two make a section and its part (a
    stage line over the first section stays a sibling); heads with text under each stay
    siblings."""
    wrapped = [
        _head("Besluit", 700), _text("Het college besluit de subsidie te verlenen.", 680),
        _head("Toelichting op de verlening", 620), _head("van de subsidie", 609),
        _text("De stichting vroeg om subsidie voor de verbouwing.", 590),
        _head("Afweging", 530), _text("De verbouwing past in het beleid voor dorpshuizen.", 510),
    ]  # fmt: skip
    assert [lv for _, lv in _levels(wrapped)] == [1, 1, 1, 1]
    three = [
        _head("MEMORIE VAN ANTWOORD", 700), _head("Algemeen", 678),
        _head("Vragen van de leden van de fractie van de SP", 656),
        _text("De leden van de SP-fractie vragen naar de kosten.", 636),
    ]  # fmt: skip
    assert _levels(three) == [
        ("MEMORIE VAN ANTWOORD", 1), ("Algemeen", 1),
        ("Vragen van de leden van de fractie van de SP", 2),
    ]  # fmt: skip
    siblings = [
        _head("Aanleiding", 700), _text("De stichting vroeg om subsidie.", 680),
        _head("Afweging", 620), _text("De verbouwing past in het beleid.", 600),
    ]  # fmt: skip
    assert [lv for _, lv in _levels(siblings)] == [1, 1]


def test_a_stacked_section_closes_where_a_reader_sees_it_close() -> None:
    """A Wob decision's 'Wijze van openbaarmaking' over its parts in bold italic: an upright
    head in their size after them ('Plaatsing op internet') is the section's sibling; a
    decision's closing part ('Bezwaarmogelijkheid') is never a section's part."""
    blocks = [
        _head("Besluit", 760), _text("Ik maak de documenten openbaar.", 740),
        _head("Wijze van openbaarmaking", 700), _head("Uitgestelde openbaarmaking", 678),
        _text("Belanghebbende kan bezwaar maken tegen de openbaarmaking.", 660),
        _head("Reeds openbare stukken", 600), _text("Deze documenten zijn al openbaar.", 580),
        _head("Plaatsing op internet", 520), _text("De stukken komen op internet.", 500),
    ]  # fmt: skip
    for block in blocks[3:4] + blocks[5:6]:
        block.lines[0].italic = True
    assert [lv for _, lv in _levels(blocks)] == [1, 1, 2, 2, 1]
    closing = [
        _head("Besluit", 760), _text("Ik maak de documenten openbaar.", 740),
        _head("Wijze van openbaarmaking", 700), _head("Reeds openbare stukken", 678),
        _text("Deze documenten zijn al openbaar.", 660),
        _head("Bezwaarmogelijkheid", 600), _text("Tegen dit besluit kunt u bezwaar maken.", 580),
    ]  # fmt: skip
    assert [lv for _, lv in _levels(closing)] == [1, 1, 2, 1]
