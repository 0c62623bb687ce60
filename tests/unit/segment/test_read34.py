"""What read34's audit of real documents by eye found (bench/breadth/report-read34.md): a
bulleted item's own lines cut off it and read as a paragraph after the list item.

The coalitieakkoord 2021-2025 (Word) breaks a line inside an item and goes on at the item's
hanging indent ('... verbeteren waar nodig.' / 'Het mag niet zo zijn ...'), and its next item's
second line opens with bold words ('... (TCU)' / '(Kamerstuk 35387, nr. 3) meer aandacht ...');
a GovTechNL challenge brief (Chromium) breaks an item short after a comma ('... KNMI
klimaatscenario's 2050,' / 'KRW-monitoringsdata ...'). A reader sees those lines hang under the
item's words; main made each a paragraph of its own (`structure._hung_on` joins them).

The fixtures (`python -m tests.fixtures.read34.src.build`): such a list typeset by reportlab,
Chromium and LibreOffice, with two near misses: a paragraph after the list at the text's edge,
and one at the items' indent with a blank line above it."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.families import memo
from services.segment.families.reading import Reading
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.structure import _hung_on
from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).parents[2] / "fixtures" / "read34"
NAMES = ["lijst.pdf", "lijst.chromium.pdf", "lijst.libreoffice.pdf"]
# each item's start and a later part a reader reads in it
ITEMS = [
    ("We beoordelen wetten op eenvoud", "Het mag niet zo zijn dat mensen"),
    ("Er komt in lijn met het rapport", "(Kamerstuk 35387, nr. 3) meer aandacht"),
    ("Aanvullende open datasets", "KRW-monitoringsdata van Rijkswaterstaat"),
]


def _segments(name: str) -> list[tuple[str, str]]:
    doc = segment_pdf((FIXTURES / name).read_bytes(), ocr=False)
    return [(s.kind, " ".join(s.text.split()).lstrip("•● ")) for s in doc.segments]


@pytest.mark.parametrize("name", NAMES)
def test_a_line_hung_under_a_bulleted_item_is_the_items_own(name: str) -> None:
    segments = _segments(name)
    for start, part in ITEMS:
        items = [t for k, t in segments if k == "list_item" and start in t]
        assert len(items) == 1, (start, segments)
        assert part in items[0], (part, items[0])
        assert not any(t.startswith(part) for _, t in segments), part


@pytest.mark.parametrize("name", NAMES)
def test_paragraphs_after_the_list_stay_their_own(name: str) -> None:
    segments = _segments(name)
    after = [k for k, t in segments if t.startswith("Na deze punten volgt")]
    apart = [k for k, t in segments if t.startswith("Een opmerking op de inspringing")]
    assert after == ["paragraph"]
    assert apart == ["paragraph"]
    short = [t for k, t in segments if k == "list_item" and "tweede lijst met een kort" in t]
    assert short and "opmerking" not in short[0]


def _line(y: float, x: float, text: str) -> Line:
    return Line(
        page=1, x0=x, y0=y - 3, x1=500.0, y1=y + 8, base=y, size=10.0, bold=False, text=text
    )


def _block(*lines: Line) -> Block:
    return Block(lines=list(lines)).finish()


def _wrapping_item(top: float) -> Block:
    return _block(
        _line(top, 72, "• Een punt dat over twee regels loopt en daar"),
        _line(top - 12, 90, "verder gaat."),
    )


def test_the_indent_is_learnt_from_an_item_that_wraps() -> None:
    # no item of the page wraps: no indent known, nothing joined
    lone = [_block(_line(700, 72, "• Een punt.")), _block(_line(688, 90, "Een zin eronder."))]
    assert len(_hung_on(lone)) == 2
    wraps = [_wrapping_item(720), *lone]
    out = _hung_on(wraps)
    assert [b.text for b in out] == [wraps[0].text, "• Een punt. Een zin eronder."]


def test_a_line_elsewhere_or_further_down_stays_apart() -> None:
    at_edge = [
        _wrapping_item(720),
        _block(_line(700, 72, "• Een punt.")),
        _block(_line(688, 72, "Tekst.")),
    ]
    assert len(_hung_on(at_edge)) == 3
    below = [
        _wrapping_item(720),
        _block(_line(700, 72, "• Een punt.")),
        _block(_line(676, 90, "Verder.")),
    ]
    assert len(_hung_on(below)) == 3
    bullet = [
        _wrapping_item(720),
        _block(_line(700, 72, "• Een punt.")),
        _block(_line(688, 90, "- sub")),
    ]
    assert len(_hung_on(bullet)) == 3


# A beslisnota as IenW sets them (Mart-bkr/PDFair 'pdf0_evaluatie_inhoud.pdf', released under
# the Woo): 'TER BESLISSING' atop the side column, 'Aan  Stas IenW' over the subject, the word
# 'nota' drawn, not text. Main found no family and took 'Aan Stas IenW' for the title
# (`families.memo`: the side column's ask and the 'Aan ...' line over a subject make a nota,
# the subject its title). `python -m tests.fixtures.read34.src.nota` builds both.
NOTAS = ["nota.pdf", "nota.chromium.pdf"]


@pytest.mark.parametrize("name", NOTAS)
def test_a_beslisnota_is_titled_by_the_subject_under_aan(name: str) -> None:
    meta = segment_pdf((FIXTURES / name).read_bytes(), ocr=False).metadata
    assert meta.doc_type == "nota"
    assert meta.title == "Kamerbrief Impulsprogramma Chemische Stoffen"


def _reading(head: list[str], body: list[str]) -> Reading:
    def blocks(texts: list[str], kind: str, top: float) -> list[Block]:
        out = []
        for k, text in enumerate(texts):
            block = _block(_line(top - 20 * k, 80, text))
            block.kind = kind
            out.append(block)
        return out

    return Reading(
        body=blocks(body, "paragraph", 700), head=blocks(head, "letterhead", 710), page_count=1
    )


def test_aan_over_a_subject_makes_a_nota_only_under_its_ask() -> None:
    body = ["Aan Minister", "Kamerbrief over het actieplan", "Een alinea van de tekst."]
    assert memo.detect(_reading(["TER BESLISSING", "Datum"], body)) is not None
    assert memo.title(_reading(["TER BESLISSING"], body)) == "Kamerbrief over het actieplan"
    assert memo.detect(_reading(["Datum", "Kenmerk"], body)) is None  # no ask: a letter's 'Aan'
    letter = ["Aan de Voorzitter van de Tweede Kamer", "Kamerbrief over het actieplan"]
    assert memo.detect(_reading(["TER BESLISSING"], letter)) is None
    sentence = ["Aan Minister", "Hierbij de brief over het actieplan."]
    assert memo.detect(_reading(["TER BESLISSING"], sentence)) is None
