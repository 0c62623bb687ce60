"""A Kamerstuk named by its stage on page 1 as a memorie ('MEMORIE VAN ANTWOORD', 'Nadere
memorie van antwoord', 'Memorie van toelichting') reads as the nota's stages do ('Nota naar
aanleiding van het verslag'): doc_type `nota`, no `kamervragen` though it quotes 'Vragen van de
leden ...' and answers numbered questions, titled by the bill printed over the stage
(families.memo._memorie; issue #8, helper memo37). On main the memorie was `kamervragen`, titled
by its first fraction's head.

Evidence: matrix37's blind memorie van antwoord in its seven producers, a hand-made nadere
memorie van antwoord (tests/fixtures/memo37, reportlab and Chromium), breadth23's blind
memorie van toelichting in the Tweede Kamer's print ('36 812 Wijziging ...' over 'Nr. 3 MEMORIE
VAN TOELICHTING', four producers; `other` on main, titled with the dossier's number) and small
hand-made pages.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from services.segment.families import doctype, memo
from services.segment.families.metadata import describe
from services.segment.families.reading import Reading
from services.segment.layout import structure
from services.segment.segmenter import segment_pdf
from stukken.contracts import Metadata, SegmentedDocument
from tests.fixtures.matrix37.build import HERE as MATRIX
from tests.fixtures.memo37.src.memorie import BILL as HAND_BILL
from tests.fixtures.producers.score import PRODUCERS
from tests.unit.segment.test_families import _blocks

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "memo37"
MATRIX_BILL = (
    "Wijziging van de Omgevingswet en enkele andere wetten in verband met het versterken van de "
    "regie op de volkshuisvesting (Wet versterking regie volkshuisvesting)"
)


@cache
def _read(path: Path) -> SegmentedDocument:
    return segment_pdf(path.read_bytes())


@pytest.mark.parametrize("producer", PRODUCERS)
def test_matrix37_memorie_is_a_nota_titled_by_its_bill(producer: str) -> None:
    meta = _read(MATRIX / "pdf" / f"memorie.{producer}.pdf").metadata
    assert meta.doc_type == "nota", meta.evidence.get("doc_type")
    assert " ".join((meta.title or "").split()) == MATRIX_BILL


@pytest.mark.parametrize("name", ["memorie.pdf", "memorie.chromium.pdf"])
def test_a_nadere_memorie_van_antwoord_with_numbered_questions_is_no_kamervragen(
    name: str,
) -> None:
    doc = _read(HERE / name)
    assert doc.metadata.doc_type == "nota", doc.metadata.evidence.get("doc_type")
    assert " ".join((doc.metadata.title or "").split()) == HAND_BILL
    # the questions and answers stay read as such: only the document's type and title change
    kinds = [s.kind for s in doc.segments]
    assert kinds.count("question") == 3 and kinds.count("answer") == 3


@pytest.mark.parametrize("producer", ["chromium", "reportlab-word", "typst", "weasyprint"])
def test_the_tweede_kamers_numbered_memorie_van_toelichting_is_a_nota(producer: str) -> None:
    meta = _read(HERE.parent / "breadth23" / f"kamerstuk.{producer}.pdf").metadata
    assert meta.doc_type == "nota", meta.evidence.get("doc_type")
    assert " ".join((meta.title or "").split()) == (
        "Wijziging van de Wet kinderopvang in verband met het rechtstreeks financieren van "
        "kinderopvangorganisaties"
    )


def _reading(texts: list[str]) -> Reading:
    return Reading(structure.classify(_blocks(texts), 10.0), [], page_count=3)


def test_a_memorie_van_toelichting_takes_its_bill_as_title() -> None:
    r = _reading(
        [
            "Wijziging van de Wet op de zorgtoeslag in verband met een hogere vermogensgrens",
            "Memorie van toelichting",
            "Algemeen",
            "Met dit wetsvoorstel wordt de vermogensgrens van de zorgtoeslag verhoogd.",
        ]
    )
    meta = describe(Metadata(), r)
    assert meta.doc_type == "nota"
    assert meta.title == (
        "Wijziging van de Wet op de zorgtoeslag in verband met een hogere vermogensgrens"
    )


def test_the_bill_is_named_without_its_dossier_number() -> None:
    r = _reading(
        [
            "36 421 Wijziging van de Wet op de huurtoeslag (Wet eenvoudiger huurtoeslag)",
            "Nr. 7 MEMORIE VAN ANTWOORD",
            "De regering dankt de leden voor hun vragen.",
        ]
    )
    assert memo.stage_named(r)
    assert memo.title(r) == "Wijziging van de Wet op de huurtoeslag (Wet eenvoudiger huurtoeslag)"


def test_a_memorie_named_in_a_sentence_is_no_stage() -> None:
    """Kamervragen that ask about a bill's memorie van toelichting stay Kamervragen: the stage
    stands on a line of its own, not inside a question."""
    r = _reading(
        [
            "Vragen van het lid Jansen (CDA) aan de minister van Volksgezondheid",
            "1. Klopt het dat de memorie van toelichting de kosten niet noemt?",
            "Ja.",
            "2. Wat staat in de Memorie van antwoord over de uitvoering?",
            "Niets.",
        ]
    )
    assert not memo.stage_named(r)
    assert doctype.classify(r)[0] == "kamervragen"
