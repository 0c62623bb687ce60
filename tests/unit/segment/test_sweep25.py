"""What the sweep of 176 new real PDFs (bench/breadth/report-sweep25.md) showed.

A grouped question label without one of its commas ("Vraag 7, 8, 9 10 en 11", a Kamervragen
answer of 2024) was read as "7, 8, 9": the label became a question of its own, the five
questions and their answer were numbered "7, 8, 9", and the answer pointed at the label alone.
A bare space parts two numbers of a label when the list goes on with a comma or "en".

A footnote block was cut where one of its lines is not in the notes' type: a web address left in
the body's size in the middle of a note (the note read as body, the body's sentence running on
into it across the page), or a lone soft hyphen mark in 0.5 pt at the end of a note line (the
notes above it lost as notes). A line in the body's type between two note lines at the notes'
pitch is a note line; a mark is measured in the notes' size and ends the line it stands on."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.paragraphs import LABEL
from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "sweep25"
FIXTURE = FIXTURES / "grouped-label-without-comma.pdf"
NOTES = FIXTURES / "notes-with-odd-lines.pdf"


@pytest.mark.parametrize(
    ("text", "num", "rest"),
    [
        ("Vraag 7, 8, 9 10 en 11", "7, 8, 9 10 en 11", ""),
        ("Antwoord 7, 8, 9 10 en 11 DNB is verplicht", "7, 8, 9 10 en 11", "DNB is verplicht"),
        ("Vraag 7 8 en 9", "7 8 en 9", ""),
        ("Vraag 3, 4, 5 en 6", "3, 4, 5 en 6", ""),
        ("Vraag 1 t/m 3", "1 t/m 3", ""),
        # a number that starts the question's text is no label number
        ("Vraag 3 10 procent van de banken?", "3", "10 procent van de banken?"),
        ("Vraag 3 10 en meer banken?", "3", "10 en meer banken?"),
        ("Vraag 3\n10 en 11 procent", "3", "10 en 11 procent"),
        ("Vraag 12 Zijn er 3, 4 banken?", "12", "Zijn er 3, 4 banken?"),
    ],
)
def test_a_label_reads_its_numbers(text: str, num: str, rest: str) -> None:
    match = LABEL.match(text)
    assert match is not None
    assert (match.group("num"), match.group("rest")) == (num, rest)


def test_a_grouped_label_without_a_comma_numbers_its_questions() -> None:
    doc = segment_pdf(FIXTURE.read_bytes(), ocr=False)
    questions = [s for s in doc.segments if s.kind == "question"]
    answers = [s for s in doc.segments if s.kind == "answer"]
    assert [q.number for q in questions] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert questions[1].text.startswith("Vraag 2, 3 4 en 5\nWat gaat u")
    grouped = answers[1]
    assert grouped.number == "2, 3 4 en 5"
    assert grouped.answer_to == [q.id for q in questions[1:5]]
    assert [a.answer_to for a in (answers[0], answers[2])] == [[questions[0].id], [questions[5].id]]


def test_a_note_keeps_a_line_in_the_body_size_and_a_stray_mark() -> None:
    doc = segment_pdf(NOTES.read_bytes(), ocr=False)
    notes = [(s.page, s.number, s.text) for s in doc.segments if s.kind == "footnote"]
    assert [(page, number) for page, number, _ in notes] == [(1, "1"), (1, "2"), (2, "3")]
    assert notes[0][2].endswith(
        "te raadplegen via: Nederlandse gedragscode wetenschappelijke"
        " integriteit 2018.pdf (vsnu.nl)."
    )
    assert "verwerking van persoonsgegevens door bevoegde autoriteiten." in notes[2][2]
    body = [s.text for s in doc.segments if s.kind == "paragraph"]
    assert [text.split()[0] for text in body] == ["Het", "Bovendien"]
    assert body[0].endswith("Dat belang weegt zwaar.")
