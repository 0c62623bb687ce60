"""sweep37: numbered heads that open page after page are heads, not running heads.

Found on BZK's Operatie BRP annexes of rules per use case (the-djmaze/OperatieBRP, Word 2016:
'Bijlage Geef details persoon', 'Bijlage Zoek persoon', 'Bijlage Plannen selectietaak' and five
more): after an opening part every chapter fits on one page and opens it with its numbered head,
'3 Regels voor usecase LV.1.AB - Archiveer bericht' on page 10, '4 Regels voor usecase
LV.1.AL.CGA - Controleer' on page 11. The heads' numbers keep step with the pages and they start
alike, as a book's running heads that print the page's number do (furniture._folio_offsets), so
main filed every chapter's head as a running header. coverage.py forgives a header's words: the
measure saw nothing, the reader lost the chapters.

The rule: a running head repeats its words, the book's title on every page or the chapter's name
over the chapter's pages; a run of numbered lines that keep step with the pages but of which no
two pages print the same words (digits folded) heads its pages, it does not run.

Fixtures (tests/fixtures/sweep37, `python -m tests.fixtures.sweep37.src.build`): such an annex
drawn by reportlab and by headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.layout.furniture import mark_furniture
from services.segment.layout.lines import Line
from services.segment.segmenter import segment_pdf

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "sweep37"
PRODUCERS = ["regels.pdf", "regels.chromium.pdf"]
CHAPTERS = 7
HEIGHT = 842.0


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


@pytest.mark.parametrize("name", PRODUCERS)
def test_every_chapter_keeps_its_head(name: str) -> None:
    doc = segment_pdf((HERE / name).read_bytes(), ocr=False)
    heads = [s for s in doc.segments if "Regels voor usecase" in s.text]
    assert [s.page for s in heads] == list(range(2, 2 + CHAPTERS))
    assert all(s.kind == "heading" for s in heads), [(s.page, s.kind, s.role) for s in heads]


@pytest.mark.parametrize("name", PRODUCERS)
def test_the_only_furniture_is_the_running_foot(name: str) -> None:
    doc = segment_pdf((HERE / name).read_bytes(), ocr=False)
    furniture = [s for s in doc.segments if s.kind in ("furniture", "letterhead")]
    assert furniture and all(s.text.startswith("Status: Definitief") for s in furniture)


@pytest.mark.parametrize("name", PRODUCERS)
def test_every_word_but_the_foot_reaches_the_body(name: str) -> None:
    data = (HERE / name).read_bytes()
    doc = segment_pdf(data, ocr=False)
    body = sorted(
        w for s in doc.segments if s.kind not in ("furniture", "letterhead") for w in _words(s.text)
    )
    pdf = pdfium.PdfDocument(data)
    raw = sorted(
        w
        for i in range(len(pdf))
        for line in pdf[i].get_textpage().get_text_range().splitlines()
        if not line.strip().startswith("Status: Definitief")
        for w in _words(line)
    )
    assert body == raw


def _line(page: int, y: float, text: str, size: float = 10.0) -> Line:
    return Line(page, 72.0, y - 2, 72.0 + 0.5 * size * len(text), y + size, y, size, False, text)


def _body(page: int) -> list[Line]:
    return [
        _line(page, 700 - 14 * i, f"Regel R{page}{i} van deze usecase wordt toegepast.")
        for i in range(5)
    ]


def _roles(pages: dict[int, list[Line]]) -> dict[tuple[int, str], str | None]:
    roles = mark_furniture(pages, dict.fromkeys(pages, HEIGHT))
    return {(ln.page, ln.text): roles.get(id(ln)) for lines in pages.values() for ln in lines}


USE_CASES = [
    "Archiveer bericht",
    "Controleer",
    "Bepaal adres",
    "Controleer inhoud",
    "Haal resultaten",
    "Volledig persoon",
]


def test_numbered_heads_one_a_page_are_no_running_heads() -> None:
    pages = {
        p: [_line(p, 780, f"{p - 7} Regels voor usecase {USE_CASES[p - 10]}", 16.0), *_body(p)]
        for p in range(10, 16)
    }
    roles = _roles(pages)
    assert not any(role for role in roles.values()), roles


def test_a_running_head_naming_its_chapter_stays_furniture() -> None:
    """The control: the chapter's name over two pages each, the page's number with it."""
    chapters = ["Bijhouding", "Levering", "Migratie"]
    pages = {
        p: [_line(p, 800, f"{p} Operatie BRP | {chapters[(p - 1) // 2]}", 8.0), *_body(p)]
        for p in range(1, 7)
    }
    roles = _roles(pages)
    heads = [key for key in roles if "Operatie BRP" in key[1]]
    assert heads and all(roles[key] == "header" for key in heads)
    assert not any(role for (p, t), role in roles.items() if t.startswith("Regel R"))
