"""What read36 read of real documents as a person reads them (bench/breadth/report-read36.md).

B. A Kamerstuk's 'Nota naar aanleiding van het verslag' (the Eerste Kamer's nota on the Wet
herziening bedrag ineens, KOOP's template) quotes the report in italic and numbers each question
by a bare '1.' on a line of its own at the question's edge, the answer upright under it, with no
'Antwoord' label. Main read each number as a paragraph of its own and the questions and answers
as paragraphs; a reader reads numbered questions with their answers (`structure._italic_numbers`),
the document a nota titled by its bill, 'Vragen van de leden van de fractie van ...' a fraction's
head, not the title.

G. Two columns of running text over a block across the page (VWS's CoronaCheck
'Tussenrapportage augustus 2021', page 2, over an infographic): the page as a whole has no
gutter, as the block crosses it, and main read each row across both columns as a table's row.
A reader reads the left column, the right one, then the block (`columns._columns_over_block`).

H. A big ordinal in display type left of a box ('01', '02' beside each starting material of
GovTechNL's challenge briefs, Google Docs) stands level with a line of the box's text; main read
it into that line ('LangGraph 01 workflow'). It is the box's label: a paragraph of its own before
the box and its head (`structure._display_labels`).

4. DJI's 'Den Dolder' Woo decision: the logo leaves a lone '1' in the text layer over the return
address; main's letterhead stopped at it and the return address and particulars were read as
the letter's paragraphs (`letterhead.front_matter` takes such a mark with the block under it).

The fixtures (`python -m tests.fixtures.read36.src.nota`, `... .kolommen`, `... .ordinaal`,
`... .brief`):
such a nota typeset by reportlab, Chromium and LibreOffice; such pages by reportlab and
Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.structure import _italic_numbers, classify
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument

FIXTURES = Path(__file__).parents[2] / "fixtures" / "read36"
NOTAS = ["nota.pdf", "nota.chromium.pdf", "nota.libreoffice.pdf"]
# each question's number, its opening words and its answer's
QUESTIONS = [
    ("1", "1. De sterke bezorgdheid", "Op grond van de huidige wet"),
    ("2", "2. De pensioenfondsen berichten", "De norm keuzebegeleiding"),
    ("3", "3. Deze leden vragen de regering", "De regering geeft hieronder"),
    ("4", "4 en 5. Hoeveel mensen kiezen", "Naar schatting kiest"),
]


def _doc(name: str) -> SegmentedDocument:
    return segment_pdf((FIXTURES / name).read_bytes(), ocr=False)


@pytest.mark.parametrize("name", NOTAS)
def test_a_bare_number_over_an_italic_question_numbers_it(name: str) -> None:
    doc = _doc(name)
    segments = [(s.kind, " ".join(s.text.split()), s.number) for s in doc.segments]
    assert not any(t.rstrip(".") in ("1", "2", "3", "4 en 5") for _, t, _ in segments), segments
    for number, question, answer in QUESTIONS:
        asked = [s for s in segments if s[1].startswith(question)]
        assert asked == [("question", asked[0][1], number)], (question, segments)
        answered = [s for s in segments if s[1].startswith(answer)]
        label = "4 en 5" if number == "4" else number  # one answer to both
        assert answered == [("answer", answered[0][1], label)], (answer, segments)
    fifth = [s for s in segments if s[1].startswith("En hoeveel van hen")]
    assert fifth == [("question", fifth[0][1], "5")]
    # the report's own text before the first number and the government's are no answers
    opening = [s for s in segments if s[1].startswith(("De regering heeft met", "De leden van"))]
    assert [k for k, _, _ in opening] == ["paragraph", "paragraph"]
    # the report's head over question 2 stays a head; both its paragraphs are question 2's
    head = [k for k, t, _ in segments if t.startswith("A: een goede begeleiding")]
    assert head == ["heading"]
    asked = [t for k, t, n in segments if k == "question" and n == "2"]
    assert any("Is met deze algemene voorlichting" in t for t in asked), segments


@pytest.mark.parametrize("name", NOTAS)
def test_the_nota_is_titled_by_its_bill_and_each_fraction_heads_its_part(name: str) -> None:
    doc = _doc(name)
    assert doc.metadata.doc_type == "nota"
    assert (doc.metadata.title or "").startswith("Wijziging van de Wet bedrag ineens")
    fraction = [s.kind for s in doc.segments if s.text.startswith("Vragen van de leden")]
    assert fraction == ["heading"]


def _line(text: str, base: float, italic: bool, page: int = 1, x0: float = 72.0) -> Line:
    return Line(page=page, x0=x0, y0=base - 2, x1=x0 + 6 * len(text), y1=base + 9, base=base,
                size=11.0, bold=False, text=text, italic=italic)  # fmt: skip


def _blocks(*rows: tuple[str, float, bool]) -> list[Block]:
    return [Block([_line(t, b, i)]).finish() for t, b, i in rows]


def test_italic_numbers_need_the_number_tight_over_italic_and_an_upright_answer() -> None:
    numbered = _blocks(
        ("1.", 700, False),
        ("Kan de regering dat toelichten?", 685, True),
        ("De regering licht dat toe.", 660, False),
        ("2.", 640, False),
        ("Deze leden vragen om een overzicht.", 625, True),
        ("Dat overzicht volgt hier.", 600, False),
    )
    assert len(_italic_numbers(numbered)) == 2
    # one alone is no house style
    assert _italic_numbers(numbered[:3]) == set()
    # a numbered list in upright type: nothing
    upright = _blocks(
        ("1.", 700, False),
        ("Een punt van de lijst.", 685, False),
        ("2.", 660, False),
        ("Nog een punt.", 645, False),
    )
    assert _italic_numbers(upright) == set()
    # the italic text far below the number (a chart's value over a quote): nothing
    apart = _blocks(
        ("1.", 700, False),
        ("Kan de regering dat toelichten?", 600, True),
        ("De regering licht dat toe.", 580, False),
        ("2.", 500, False),
        ("Deze leden vragen om een overzicht.", 400, True),
        ("Dat overzicht volgt hier.", 380, False),
    )
    assert _italic_numbers(apart) == set()


def test_an_italic_paragraph_after_the_answer_is_no_answer() -> None:
    blocks = _blocks(
        ("1.", 700, False),
        ("Kan de regering dat toelichten?", 685, True),
        ("De regering licht dat toe.", 660, False),
        ("De leden van de fractie van D66 hebben kennisgenomen van het voorstel.", 640, True),
        ("2.", 620, False),
        ("Deze leden vragen om een overzicht.", 605, True),
        ("Dat overzicht volgt hier.", 580, False),
    )
    kinds = [(b.kind, b.number) for b in classify(blocks, 11.0)]
    assert kinds == [
        ("question", "1"),
        ("answer", "1"),
        ("paragraph", None),
        ("question", "2"),
        ("answer", "2"),
    ]


KOLOMMEN = ["kolommen.pdf", "kolommen.chromium.pdf"]


@pytest.mark.parametrize("name", KOLOMMEN)
def test_two_columns_over_a_block_across_the_page_are_read_column_by_column(name: str) -> None:
    doc = _doc(name)
    texts = [(s.kind, " ".join(s.text.split())) for s in doc.segments]
    starts = [
        "Bij de toegang tot het evenement",
        "De observaties zijn direct",
        "De zestig controles in de horeca",
        "In de vorige rapportage",
        "Controles bij de toegang in cijfers",
        "In de periode juni tot half augustus",
    ]
    at = [next(i for i, (_, t) in enumerate(texts) if t.startswith(s)) for s in starts]
    assert at == sorted(at), texts
    # each column's paragraph whole, no row read across the gutter
    first = texts[at[0]]
    assert first[0] == "paragraph"
    assert (
        "passieve houding aangenomen en alleen gereageerd op de vragen van de controleur."
        in (first[1])
    )
    assert not any(k == "table" and "De zestig controles" in t for k, t in texts)
    # the block's words all read after the columns
    assert any("64 keer - 76%" in t for _, t in texts[at[-1] :])


def test_columns_over_a_block_need_two_columns_of_running_text() -> None:
    from services.segment.layout.columns import _columns_over_block
    from services.segment.layout.gutters import pieces_of, strips_of
    from services.segment.layout.words import Run

    def run(text: str, x0: float, y: float) -> Run:
        return Run(text, x0, y, x0 + 5.0 * len(text), y + 10.0, 10.0, base=y + 2)

    prose = "woorden van een gewone regel lopende tekst hier"
    # one column of prose over a table whose middle cells stand at the page's middle: no split
    single = [run(prose + " en nog wat meer woorden", 60, 800 - 13 * i) for i in range(16)]
    single += [run("cel", 60, 500 - 13 * i) for i in range(6)]
    single += [run("een veel langere middelste cel", 250, 500 - 13 * i) for i in range(6)]
    assert _columns_over_block(pieces_of(single), 595.0) is None
    # two columns of prose over the same table: split under the columns
    double = [run(prose[:40], 60, 800 - 13 * i) for i in range(16)]
    double += [run(prose[:40], 320, 800 - 13 * i) for i in range(16)]
    double += [run("cel", 60, 500 - 13 * i) for i in range(6)]
    double += [run("een veel langere middelste cel", 250, 500 - 13 * i) for i in range(6)]
    assert len(strips_of(pieces_of(double), 595.0)) == 1  # the cells cross the gutter
    found = _columns_over_block(pieces_of(double), 595.0)
    assert found is not None
    upper, under = found
    assert len(upper) == 32 and len(under) == 12


ORDINALS = ["ordinaal.pdf", "ordinaal.chromium.pdf"]


@pytest.mark.parametrize("name", ORDINALS)
def test_a_display_ordinal_beside_a_box_is_its_label(name: str) -> None:
    doc = _doc(name)
    texts = [(s.kind, " ".join(s.text.split())) for s in doc.segments]
    for number, head, text in (
        ("01", "Basis-repository", "Een werkende chat-applicatie"),
        ("02", "Datacube: drinkwater", "De repository bevat drie"),
    ):
        at = texts.index(("paragraph", number))
        assert texts[at + 1][1].startswith(head), texts
        body = [t for _, t in texts if t.startswith(text)]
        assert len(body) == 1, texts
        assert f" {number} " not in f" {body[0]} ", body
    assert not any(t.startswith(("01 ", "02 ")) for _, t in texts)


def test_a_small_number_in_a_line_stays_in_it() -> None:
    from services.segment.layout.structure import _display_labels

    def line(text: str, base: float, cells: list[tuple[float, float, str]], tall: float) -> Line:
        return Line(page=1, x0=cells[0][0], y0=base - 3, x1=500, y1=base - 3 + tall, base=base,
                    size=11.0, bold=False, text=text, cells=cells)  # fmt: skip

    def block(number_width: float, tall: float) -> Block:
        cells = [(86.0, 86.0 + number_width, "01"), (150.0, 500.0, "workflow en meer woorden")]
        return Block(
            [
                line("Een werkende chat-applicatie met een workflow", 400, [(150, 480, "x")], 11),
                line("01 workflow en meer woorden", 387, cells, tall),
                line("en het resultaat als kaart", 374, [(150, 400, "y")], 11),
            ]
        ).finish()

    big = _display_labels([block(26.7, 27.0)])
    assert big[0].text == "01"
    assert "01" not in big[1].text
    # a number in the text's own type (a table's first cell, a list's number): kept
    assert _display_labels([block(12.0, 27.0)])[0].text.startswith("Een")
    assert _display_labels([block(26.7, 12.0)])[0].text.startswith("Een")


BRIEVEN = ["brief.pdf", "brief.chromium.pdf"]


@pytest.mark.parametrize("name", BRIEVEN)
def test_a_logos_mark_over_the_return_address_is_the_letterheads(name: str) -> None:
    doc = _doc(name)
    kinds = {" ".join(s.text.split())[:12]: s.kind for s in doc.segments}
    assert kinds["1"] == "letterhead"
    assert kinds["> Retouradre"] == "letterhead"
    assert kinds["Geachte heer"] == "paragraph"
    assert doc.metadata.title == "Uw (Wob-) verzoek"


def test_a_mark_over_running_text_stays_body() -> None:
    from services.segment.layout.letterhead import front_matter

    def block(text: str, base: float) -> Block:
        line = Line(page=1, x0=80, y0=base - 2, x1=80 + 5 * len(text), y1=base + 8, base=base,
                    size=9.5, bold=False, text=text)  # fmt: skip
        return Block([line]).finish()

    text = "Op 19 juni 2020 is naar aanleiding van uw verzoek telefonisch contact met u opgenomen."
    head, _ = front_matter([block("1", 712), block(text, 700)], 9.5)
    assert head == []
    head, _ = front_matter([block("1", 712), block(RETURN, 700), block(text, 600)], 9.5)
    assert [b.text for b in head] == ["1", RETURN]


RETURN = "> Retouradres Postbus 30132 2500 GC Den Haag"
