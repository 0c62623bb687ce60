"""A Kamerstuk as published: a sheet with crop marks, whose visible page starts above the
sheet's foot, and a nota naar aanleiding van het verslag whose questions stand under their
bare numbers and whose answers under a bare "Antwoord" (tests/fixtures/kamerstukken.py)."""

from __future__ import annotations

from services.segment.segmenter import segment_pdf
from tests.fixtures.kamerstukken import QUESTIONS, a_year_alone, nota_naar_aanleiding


def test_the_page_edges_are_the_crop_boxs() -> None:
    """A year alone on a line 126 points under the visible top is not a page number: the edge
    band is measured from the crop box, not from the sheet's foot."""
    doc = segment_pdf(a_year_alone(), ocr=False)
    year = [s for s in doc.segments if s.text.strip() == "2024"]
    assert year and year[0].kind != "furniture"
    footer = [s for s in doc.segments if s.text.startswith("Tweede Kamer, vergaderjaar")]
    assert footer and footer[0].kind == "furniture"


def test_questions_under_bare_numbers_and_answers_under_antwoord() -> None:
    doc = segment_pdf(nota_naar_aanleiding(), ocr=False)
    questions = [s for s in doc.segments if s.kind == "question"]
    answers = [s for s in doc.segments if s.kind == "answer"]
    assert [q.number for q in questions] == [n for n, _ in QUESTIONS]
    for question, (number, lines) in zip(questions, QUESTIONS, strict=True):
        assert question.text.split("\n")[0] == number  # the number stays, as printed
        assert lines[0] in question.text and "Antwoord" not in question.text
    assert [a.number for a in answers] == [n for n, _ in QUESTIONS]
    assert all(a.text.startswith("Antwoord") for a in answers)
    # the number opening page 2 labels its question; it does not number the page
    assert not any(s.kind == "furniture" and s.text.strip() == "4" for s in doc.segments)


def test_the_masthead_above_the_number_and_kind_is_letterhead() -> None:
    """'Tweede Kamer der Staten-Generaal' and 'Vergaderjaar ...' above 'Nr. 6 NOTA ...' are the
    publication's masthead, as in the Handelingen; the number and kind head the document."""
    doc = segment_pdf(nota_naar_aanleiding(), ocr=False)
    roles = {s.text: (s.kind, s.role) for s in doc.segments}
    assert roles["Tweede Kamer der Staten-Generaal"] == ("letterhead", "masthead")
    assert roles["Vergaderjaar 2023–2024"] == ("letterhead", "masthead")
    assert roles["Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG"][0] in ("title", "heading")


def test_a_number_alone_is_no_question_without_an_answer_label() -> None:
    """Bare numbers over paragraphs, with no "Antwoord" anywhere, are not questions."""
    doc = segment_pdf(nota_naar_aanleiding(answer_label="Toelichting"), ocr=False)
    assert not any(s.kind in ("question", "answer") for s in doc.segments)


def test_a_number_that_ends_a_wrapped_line_labels_nothing() -> None:
    """A tool's output wrapped at a number ('... Curve P-' / '384' / 'Accepted TLSv1.2 ...'):
    the number continues its block, it opens none, so the next line is no new block either."""
    from services.segment.layout.lines import Line
    from services.segment.layout.paragraphs import build_blocks

    texts = [
        "Preferred TLSv1.2 256 bits ECDHE-RSA-AES256 Curve P-",
        "384",
        "Accepted TLSv1.2 128 bits",
    ]
    lines = [
        Line(
            1,
            90.0,
            700 - 10 * i - 2,
            90.0 + 5 * len(t),
            700 - 10 * i + 7,
            700 - 10 * i,
            7.0,
            False,
            t,
        )
        for i, t in enumerate(texts)
    ]
    assert len(build_blocks(lines, 1e6)) == 1
    assert len(build_blocks(lines[1:], 1e6)) == 2  # opening its block, the number labels the line
