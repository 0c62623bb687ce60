"""The segmenter reads rendered letters exactly: the text it was given, in order, and nothing else.

tests/fixtures/letters.py renders a ministry letter (side column, "Pagina N van M" footers, bold
numbered questions, footnotes with URLs broken over lines) and a "Vraag N / Antwoord N" document.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from services.segment.layout.structure import numbers
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from tests.fixtures.letters import Rendered, aanhangsel, ministry_letter, unlabelled

NOT_BODY = {"furniture", "letterhead", "footnote"}


@cache
def _letter() -> tuple[Rendered, SegmentedDocument]:
    rendered = ministry_letter()
    return rendered, segment_pdf(rendered.pdf)


@cache
def _aanhangsel() -> tuple[Rendered, SegmentedDocument]:
    rendered = aanhangsel()
    return rendered, segment_pdf(rendered.pdf)


def _tokens(texts: list[str]) -> Counter[str]:
    return Counter(re.findall(r"\w[\w'’./:%-]*\w|\w", " ".join(texts).lower()))


def _check_reading(rendered: Rendered, doc: SegmentedDocument) -> None:
    got = _tokens([s.text for s in doc.segments if s.kind not in NOT_BODY])
    want = _tokens(rendered.body)
    common = sum((got & want).values())
    assert common / sum(want.values()) >= 0.98, want - got
    assert common / sum(got.values()) >= 0.98, got - want
    body = [s.text for s in doc.segments if s.kind not in NOT_BODY]
    for furniture in rendered.furniture:
        assert not any(furniture in text for text in body), furniture
    notes = {s.number: s.text for s in doc.segments if s.kind == "footnote"}
    assert notes == rendered.notes
    cited = {r for s in doc.segments if s.kind not in NOT_BODY for r in s.footnote_refs}
    assert cited == set(rendered.notes)
    questions = {n: s for s in doc.segments if s.kind == "question" for n in numbers(s.number)}
    assert {n: unlabelled(q.text) for n, q in questions.items()} == rendered.questions
    by_id = {s.id: s for s in doc.segments}
    answers = [s for s in doc.segments if s.kind == "answer"]
    assert list(dict.fromkeys(a.number for a in answers)) == list(rendered.answers)
    for answer in answers:
        assert answer.answer_to, answer
        linked = {n for q in answer.answer_to for n in numbers(by_id[q].number)}
        assert linked == set(numbers(answer.number))


def test_ministry_letter_is_read_exactly() -> None:
    rendered, doc = _letter()
    _check_reading(rendered, doc)


def test_ministry_letter_text_repair_and_page_break() -> None:
    _, doc = _letter()
    texts = [s.text for s in doc.segments if s.kind not in NOT_BODY]
    joined = "\n".join(texts)
    assert "samenwerkingsverbanden" in joined
    assert "EU-agentschappen" in joined and "Noord-Holland" in joined
    # the paragraph cut by the page break is one segment
    assert any(
        t.startswith("Er gebeurt veel") and t.endswith("zonder witregel of kop.") for t in texts
    )
    first_answer = next(s for s in doc.segments if s.kind == "answer")
    assert first_answer.footnote_refs == ["1"]


def test_ministry_letter_letterhead_and_metadata() -> None:
    _, doc = _letter()
    meta = doc.metadata
    assert meta.doc_type == "kamerbrief"
    assert meta.date == "2022-11-10"
    assert meta.ons_kenmerk == "4296828" and meta.uw_kenmerk == "2022Z20166"
    assert meta.subject and meta.subject.startswith("Antwoorden Kamervragen")
    assert meta.addressee and "Voorzitter van de Tweede Kamer" in meta.addressee
    assert meta.sender == "Minister van Justitie en Veiligheid"
    assert meta.page_count == 3
    kinds = {s.kind for s in doc.segments}
    assert {"letterhead", "signature", "furniture", "footnote"} <= kinds
    signature = next(s for s in doc.segments if s.kind == "signature")
    assert "Yesilgöz-Zegerius" in signature.text
    side = [s for s in doc.segments if s.page > 1 and s.kind == "furniture"]
    assert any("4296828" in s.text for s in side)  # the running side column is furniture


def test_vraag_antwoord_document_is_read_exactly() -> None:
    rendered, doc = _aanhangsel()
    _check_reading(rendered, doc)
    grouped = next(s for s in doc.segments if s.kind == "answer" and s.number == "3 en 4")
    assert len(grouped.answer_to or []) == 2
    assert doc.metadata.doc_type == "kamervragen"
    assert doc.metadata.date == "2024-03-25"


def test_segments_are_numbered_in_reading_order() -> None:
    for _, doc in (_letter(), _aanhangsel()):
        assert [s.id for s in doc.segments] == [f"s{i}" for i in range(1, len(doc.segments) + 1)]
        pages = [s.page for s in doc.segments]
        assert pages == sorted(pages)
