"""A grouped label over questions set without a paragraph's break is read as its questions.

The Handelingen print 'Vraag 2 en 3' over two questions; sometimes the second question goes on
under the first with no space and no short line between them ('... waarom niet?' / 'Herinnert u
zich ...'), so the page shows fewer paragraphs than the label has numbers. Where the lines that
close a question ('?') and open the next with a capital part them into exactly as many questions
as the label numbers, each is its own question (issue #8, helper kv45: three of sixteen answers
on the blind set); where they do not, the group keeps its label on each paragraph, as before.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from services.segment.layout.structure import numbers
from services.segment.segmenter import segment_pdf

SIZE, LEADING, LEFT = 10.0, 12.0, 72.0
# every line of the grouped questions is set about as wide as the column: no short line parts them
TWO = [
    "Herinnert u zich uw uitspraken dat u de correctie op het eigen risico nader zou",
    "bezien als de onderzoeken daartoe aanleiding geven? Zo nee, waarom dan niet?",
    "Herinnert u zich de eerdere vragen hoe het ten onrechte betaalde eigen risico aan",
    "de patient wordt terugbetaald en bent u bereid de verzekeraars daarop aan te spreken?",
]


def _pdf(grouped: list[str], label: str) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(595, 842))
    y = 780.0

    def line(text: str, gap: float = 0.0) -> None:
        nonlocal y
        y -= gap
        c.setFont("Helvetica", SIZE)
        c.drawString(LEFT, y, text)
        y -= LEADING

    line("Vragen van het lid Jansen (SP) aan de Minister van Volksgezondheid over")
    line("onterechte ziekenhuisrekeningen (ingezonden 3 oktober 2014).")
    line("Antwoord van Minister Schippers (Volksgezondheid) (ontvangen 26 november 2014).", 6)
    line("Vraag 1", 10)
    line("Kent u het bericht over de schadepost van tientallen miljoenen voor ziekenhuizen?")
    line("Antwoord 1", 10)
    line("Ja.")
    line(f"Vraag {label}", 10)
    for text in grouped:
        line(text)
    line(f"Antwoord {label}", 10)
    line("De uitkomsten van de onderzoeken zijn nog niet bekend; ik wacht die eerst af.")
    c.showPage()
    c.save()
    return buf.getvalue()


def _questions(grouped: list[str], label: str) -> tuple[list[tuple[str, str]], dict[str, set[str]]]:
    doc = segment_pdf(_pdf(grouped, label), ocr=False)
    by_id = {s.id: s for s in doc.segments}
    questions = [(s.number or "", s.text) for s in doc.segments if s.kind == "question"]
    linked = {
        s.number or "": {n for q in s.answer_to for n in numbers(by_id[q].number or "")}
        for s in doc.segments
        if s.kind == "answer"
    }
    return questions, linked


def test_two_questions_run_on_under_one_label_are_two() -> None:
    questions, linked = _questions(TWO, "2 en 3")
    assert [n for n, _ in questions] == ["1", "2", "3"]
    second, third = questions[1][1], questions[2][1]
    assert second.startswith("Vraag 2 en 3\nHerinnert u zich uw uitspraken")
    assert second.endswith("waarom dan niet?")
    assert third.startswith("Herinnert u zich de eerdere vragen")
    assert linked["2 en 3"] == {"2", "3"}


def test_no_split_when_the_questions_do_not_fit_the_label() -> None:
    # two questions under a label of three: no reading fits, the paragraph keeps the label
    questions, linked = _questions(TWO, "2, 3 en 4")
    assert [n for n, _ in questions] == ["1", "2, 3 en 4"]
    assert questions[1][1].count("?") == 3  # no question lost or split off
    assert linked["2, 3 en 4"] == {"2", "3", "4"}
