"""A report's research questions, numbered and asking in one unbroken run, are questions that
nothing answers: the chapters after them are no answer to the last one. Numbered questions with
answers between them keep their answers."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from services.segment.segmenter import segment_pdf

QUESTIONS = [
    "1. Om welke redenen verhuizen Nederlandse huishoudens?",
    "2. In hoeverre wijzigt de woonsituatie van het huishouden na een verhuizing?",
    "3. In hoeverre veranderen de ruimtelijke verhuispatronen van huishoudens?",
]
PROSE = [
    "Het belang van kennis over woonwensen blijkt uit de grote diversiteit aan dossiers.\n"
    "Dat geldt voor het woonbeleid en voor de ruimtelijke ordening van het land.",
    "In deze notitie wordt gebruik gemaakt van het Woononderzoek Nederland van 2021.\n"
    "Dat onderzoek is verrijkt met gegevens over de herkomst van de verhuizers.",
]


def _pdf(blocks: list[str], heads: tuple[str, ...] = ()) -> bytes:
    """`heads`: blocks set as headings, bold and larger."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 760.0
    for text in blocks:
        c.setFont(*(("Helvetica-Bold", 12) if text in heads else ("Helvetica", 10)))
        for line in text.split("\n"):
            c.drawString(72, y, line)
            y -= 14
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def test_research_questions_in_one_run_answer_nothing() -> None:
    doc = segment_pdf(_pdf(["Deze studie beantwoordt drie vragen:", *QUESTIONS, *PROSE]), ocr=False)
    kinds = [s.kind for s in doc.segments]
    assert kinds.count("question") == 3
    assert "answer" not in kinds


def test_questions_with_answers_between_keep_them() -> None:
    blocks = [QUESTIONS[0], PROSE[0], QUESTIONS[1], PROSE[1]]
    doc = segment_pdf(_pdf(blocks), ocr=False)
    answers = [s for s in doc.segments if s.kind == "answer"]
    assert [s.text for s in answers] == [p.replace("\n", " ") for p in PROSE]


def test_an_annex_ends_the_last_answer() -> None:
    """A criteria list asked as questions, each explained, then the annexes: "Bijlage 2" and
    what follows it answer nothing."""
    annex = "Het college bestaat uit drie leden en wordt ondersteund door een secretariaat.\n"
    annex += "De begroting van het college bedraagt ruim drie miljoen euro per jaar."
    blocks = [QUESTIONS[0], PROSE[0], QUESTIONS[1], PROSE[1], "Bijlage 2", annex]
    doc = segment_pdf(_pdf(blocks, heads=("Bijlage 2",)), ocr=False)
    kinds = [s.kind for s in doc.segments]
    assert kinds.count("answer") == 2
    after = kinds[[s.text for s in doc.segments].index("Bijlage 2") + 1 :]
    assert after and "answer" not in after


def _styled(blocks: list[tuple[str, str, float]]) -> bytes:
    """Blocks of (text, font, size), each set on its own lines."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 760.0
    for text, font, size in blocks:
        c.setFont(font, size)
        for line in text.split("\n"):
            c.drawString(72, y, line)
            y -= 1.4 * size
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


ASKED = [
    (QUESTIONS[0], "Helvetica", 10),
    (PROSE[0], "Helvetica", 10),
    (QUESTIONS[1], "Helvetica", 10),
    (PROSE[1], "Helvetica", 10),
]
ANNEX = (
    "Het college bestaat uit drie leden en wordt ondersteund door een secretariaat.\n"
    "De begroting van het college bedraagt ruim drie miljoen euro per jaar."
)


def _kinds_after(doc: object, text: str) -> list[str]:
    segments = doc.segments  # type: ignore[attr-defined]
    at = [s.text for s in segments].index(text)
    return [s.kind for s in segments[at:]]


def test_an_annex_in_capitals_ends_the_last_answer() -> None:
    """An annual report sets its annex head in capitals ('BIJLAGE 1'): the answers to a numbered
    list of questions before it end there too."""
    doc = segment_pdf(
        _styled([*ASKED, ("BIJLAGE 1", "Helvetica-Bold", 10), (ANNEX, "Helvetica", 10)]), ocr=False
    )
    assert [s.kind for s in doc.segments].count("answer") == 2
    after = _kinds_after(doc, "BIJLAGE 1")
    assert len(after) >= 2 and "answer" not in after


def test_a_display_head_ends_the_last_answer() -> None:
    """A head set well larger than the text ('Overzicht werkgroepen' in 20 pt over 10 pt text)
    opens an annex or a chapter: what stands under it answers nothing."""
    head = "Overzicht werkgroepen in 2024"
    doc = segment_pdf(
        _styled([*ASKED, (head, "Helvetica", 20), (ANNEX, "Helvetica", 10)]), ocr=False
    )
    assert [s.kind for s in doc.segments].count("answer") == 2
    after = _kinds_after(doc, head)
    assert after[0] == "heading" and len(after) >= 2 and "answer" not in after


def test_a_bold_line_in_the_text_size_goes_on_answering() -> None:
    """Near miss: a bold label in the text's own size inside an answer ('Toelichting') is no
    display head: the answer goes on under it."""
    label = "Toelichting"
    doc = segment_pdf(
        _styled([*ASKED, (label, "Helvetica-Bold", 10), (ANNEX, "Helvetica", 10)]), ocr=False
    )
    after = _kinds_after(doc, label)
    assert len(after) >= 2 and set(after) == {"answer"}


def test_a_sentence_on_annexes_goes_on_answering() -> None:
    """Near misses: a sentence that opens with the word, in capitals or not, answers on."""
    near = [
        "BIJLAGEN ZIJN BIJ DEZE BRIEF GEVOEGD EN LIGGEN TER INZAGE OP HET KANTOOR VAN DE RAAD.",
        "Bijlage 2 bevat de cijfers over de verhuizingen van de afgelopen vijf jaren per gemeente.",
    ]
    blocks = [*ASKED, *((text, "Helvetica", 10) for text in near)]
    doc = segment_pdf(_styled(blocks), ocr=False)
    kinds = [s.kind for s in doc.segments]
    assert kinds.count("question") == 2 and kinds[0] == "question"
    assert set(kinds) == {"question", "answer"}
    answered = " ".join(s.text for s in doc.segments if s.kind == "answer")
    assert all(text in answered for text in near)
