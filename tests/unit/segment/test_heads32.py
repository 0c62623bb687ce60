"""heads32: headings a reader tells by slant and underline (issue #8: every family read as a person
would).

A note may set its sections bold, its subsections italic and the heads under those underlined,
all in the body's size; a decision its subsections underlined only (the Woo deelbesluit's
'E-mailberichten'). The gold (tests/fixtures/heads32/gold.json, written before any rule changed)
gives the levels a reader sees. Chromium writes DejaVu Sans Oblique with a stem as wide as a bold
face's (pdfium weight 610): read by its weight alone it was bold, an italic head then ranked as a
section. Fixtures: tests/fixtures/heads32 (LibreOffice, Chromium, WeasyPrint; builder beside
them).

The gold's other classes, on real documents (tests/fixtures/woo31/gold.json): an Eerste Kamer
nota's 'A:'..'E:' topics set as the fractions' sections are inside the section above them; a
besluitenlijst's bold points whose names run over lines are sections as its short points are; a
numbered run in smaller type under an unnumbered head orders that head's topics."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from bench.producers.woo31 import score
from services.segment.layout import headings
from services.segment.layout.glyphs import Glyphs
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.segmenter import SegmentedDocument, segment_pdf

HERE = Path(__file__).parents[2] / "fixtures" / "heads32"
PRODUCERS = ("libreoffice", "chromium", "weasyprint")
GOLD = {d["doc"]: d for d in json.loads((HERE / "gold.json").read_text())["docs"]}


@cache
def _read(path: Path) -> SegmentedDocument:
    return segment_pdf(path.read_bytes(), ocr=False)


def _headings(doc: SegmentedDocument) -> list[tuple[str, int | None]]:
    return [(" ".join(s.text.split()), s.level) for s in doc.segments if s.kind == "heading"]


# The note's underlined heads (level 3) are known by the rule drawn under them
# (grids.mark_underlined -> Line.underlined): a level under its italic run-in heads;
# 'Inkomensbegrip' ends a page in WeasyPrint's and Chromium's setting, and its underline heads
# the text over the page end.


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("doc", ["notitie", "besluit"])
def test_slanted_and_underlined_heads_at_a_readers_levels(doc: str, producer: str) -> None:
    read = _read(HERE / "pdf" / f"{doc}.{producer}.pdf")
    gold = [(h["text"], h["level"]) for h in GOLD[f"heads32-{doc}"]["headings"]]
    assert _headings(read) == gold


@pytest.mark.parametrize("producer", PRODUCERS)
def test_an_oblique_face_is_no_bold_one(producer: str) -> None:
    """Every producer's DejaVu Sans Oblique reads as not bold, its Bold as bold, whatever stem
    width the producer wrote (Chromium: 610 for the oblique, 455 for the bold)."""
    pdf = pdfium.PdfDocument((HERE / "pdf" / f"notitie.{producer}.pdf").read_bytes())
    try:
        textpage = pdf[0].get_textpage()
        text = textpage.get_text_range()
        glyphs = Glyphs(textpage.raw)
        oblique = text.index("Rol van de gemeenten")
        bold = text.index("Aanleiding")
        assert not glyphs.bold(oblique)
        assert glyphs.bold(bold)
        textpage.close()
    finally:
        pdf.close()


def _heads(*rows: tuple[str, int, float, bool]) -> list[Block]:
    out = []
    for text, level, size, bold in rows:
        line = Line(1, 72.0, 700.0, 300.0, 700.0 + size, 701.0, size, bold, text)
        out.append(Block([line], kind="heading", level=level).finish())
    return out


def test_capital_lettered_topics_go_inside_the_section_above() -> None:
    blocks = _heads(
        ("Vragen van de leden van de fractie van CDA", 1, 11.0, True),
        ("Deelt de regering deze opvatting?", 2, 10.0, False),
        ("A: een goede begeleiding vanuit de pensioenfondsen", 1, 11.0, True),
        ("B: een goede voorlichting van de overheid", 1, 11.0, True),
        ("C: goede voorlichting door derden", 1, 11.0, True),
        ("Vragen van de leden van de fractie van D66", 1, 11.0, True),
    )
    headings._capitals_inside(blocks)
    assert [b.level for b in blocks] == [1, 2, 2, 2, 2, 1]


def test_capital_lettered_parts_stay_where_the_sections_are_not_named_alike() -> None:
    """'A:', 'B:' between 'Inleiding' and 'Conclusie' may be the document's own parts."""
    blocks = _heads(
        ("Inleiding", 1, 11.0, True),
        ("A: De huidige regeling", 1, 11.0, True),
        ("B: De voorgestelde regeling", 1, 11.0, True),
        ("Conclusie", 1, 11.0, True),
    )
    headings._capitals_inside(blocks)
    assert [b.level for b in blocks] == [1, 1, 1, 1]
    skipped = _heads(  # 'A:' then 'C:': no series
        ("Vragen van de leden van de fractie van CDA", 1, 11.0, True),
        ("A: een", 1, 11.0, True),
        ("C: twee", 1, 11.0, True),
        ("Vragen van de leden van de fractie van D66", 1, 11.0, True),
    )
    headings._capitals_inside(skipped)
    assert [b.level for b in skipped] == [1, 1, 1, 1]


def test_a_numbered_run_in_smaller_type_orders_the_head_above_it() -> None:
    blocks = _heads(
        ("Beschikbaar in de repository", 2, 13.4, True),
        ("Repository-inhoud: beschikbaar via GitHub", 3, 12.3, True),
        ("1. Raamwerk als bestanden", 1, 11.7, True),
        ("2. Voorbeeld-skill", 1, 11.7, True),
        ("3. Mappenstructuur voor teams", 1, 11.7, True),
        ("Beoordelingscriteria", 1, 15.6, True),
    )
    headings._numbered_run_under(blocks)
    assert [b.level for b in blocks] == [2, 3, 4, 4, 4, 1]
    # chapters set as the front matter's head before them keep their depth
    chapters = _heads(
        ("Voorwoord", 1, 16.0, True),
        ("1. Inleiding", 1, 16.0, True),
        ("2. Aanpak", 1, 16.0, True),
        ("Bijlagen", 1, 16.0, True),
    )
    headings._numbered_run_under(chapters)
    assert [b.level for b in chapters] == [1, 1, 1, 1]


_PROSE = "Een werkende applicatie die vragen beantwoordt over de data en"


def _gold_doc(corpus: Path, name: str) -> dict[str, int]:
    gold = json.loads((HERE.parent / "woo31" / "gold.json").read_text())["docs"]
    entry = next(d for d in gold if d["doc"] == name)
    path = corpus / entry["source"]["corpus"].removeprefix("../shared/corpus/")
    read = _read(path)
    return score(entry, [(s.kind, s.text, s.level) for s in read.segments])


def test_besluitenlijst_points_running_over_lines_are_sections(corpus: Path) -> None:
    """Items 8, 10 and 12-15 name their proposal over two lines or more; bold and numbered in
    turn with the short points, they are sections as those are (main read them as items)."""
    assert _gold_doc(corpus, "gemeente-besluitenlijst-raad-2015") == {
        "gold": 17,
        "read": 17,
        "levelled": 17,
    }


def _para(top: float, lines: int, size: float = 12.3, text: str = _PROSE) -> Block:
    block = Block(
        [
            Line(
                1,
                72.0,
                top - 16 * k,
                520.0,
                top - 16 * k + size,
                top - 16 * k + 1,
                size,
                False,
                text,
            )
            for k in range(lines)
        ],
        kind="paragraph",
    )
    return block.finish()


def test_a_small_line_under_a_head_is_no_head_in_the_bodys_type() -> None:
    """A one-line note in type well under the body's ('Beschikbaar in de repository onder
    src/backend/extra_data/', 10 pt under a bold 11.7 pt head, body 12.3 pt) is a paragraph;
    in the body's size the same line is a run-in head."""
    for size, kind in ((10.0, "paragraph"), (12.3, "heading")):
        head = _heads(("Basis-repository drinkwaterscenario's", 0, 11.7, True))[0]
        note = _para(684, 1, size, "Beschikbaar in de repository onder src")
        out = headings.mark([_para(760, 3), head, note, _para(660, 3)], 12.3)
        assert [b.kind for b in out] == ["paragraph", "heading", kind, "paragraph"]
