"""Every character of the text layer ends up in exactly one segment; metadata.quality says where.

For every corpus document and every rendered fixture: the characters pdfium reads from the pages
(spaces, hyphens and split accents aside) equal the characters metadata.quality accounts for, and
the segments themselves hold them (less the "Vraag 4"/"Antwoord 4" label words, which become the
segment's kind and number, plus the " | " that separates table cells).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment import lost_glyphs
from services.segment.layout.assemble import segment_pages
from services.segment.layout.grids import read_grids
from services.segment.layout.quality import countable
from services.segment.layout.words import PageRuns, Run, read_page
from services.segment.segmenter import _Source, segment_pdf
from stukken.contracts import SegmentedDocument
from tests.fixtures.letters import aanhangsel, ministry_letter
from tests.unit.segment.conftest import ROOT, shared_dir

BODY_KINDS = {"furniture", "letterhead"}


def _documents() -> list[str]:
    corpus = shared_dir() / "corpus"
    found = [f"corpus:{p.relative_to(corpus)}" for p in sorted(corpus.glob("*/*.pdf"))]
    fixtures = sorted(ROOT.glob("tests/fixtures/**/*.pdf"))
    found += [f"fixture:{p.relative_to(ROOT)}" for p in fixtures]
    return [*found, "rendered:ministry_letter", "rendered:aanhangsel"]


@cache
def _pdf(name: str) -> bytes:
    where, _, what = name.partition(":")
    if where == "corpus":
        return (shared_dir() / "corpus" / what).read_bytes()
    if where == "fixture":
        return (ROOT / what).read_bytes()
    return (ministry_letter() if what == "ministry_letter" else aanhangsel()).pdf


def _chars(text: str) -> Counter[str]:
    # counted as metadata.quality counts them: a character by its NFKD parts ('…' is three dots,
    # 'ﬁ' two letters), so a page that prints an ellipsis adds up
    return Counter(
        part for ch in text for part in unicodedata.normalize("NFKD", ch) if countable(part)
    )


def _page_chars(data: bytes) -> Counter[str]:
    """pdfium's text of the pages, and on a level page read from a scanner's invisible layer
    without a drawn table (whose cells are read from the text page) the one-glyph words the
    text page skips: the segmenter puts them back (`lost_glyphs`)."""
    pdf = pdfium.PdfDocument(data)
    source = _Source(data)
    try:
        out: Counter[str] = Counter()
        for index, page in enumerate(pdf):
            textpage = page.get_textpage()
            out += _chars(textpage.get_text_range())
            runs = read_page(page, index + 1, textpage)
            if runs.hidden_layer and not page.get_rotation():
                origins = lost_glyphs.lost_origins(page, textpage)
                if origins and not read_grids(page, index + 1, textpage, runs):
                    glyphs = lost_glyphs.shown_glyphs(source(), index, origins)
                    out += _chars("".join(g.text for g in glyphs))
            textpage.close()
            page.close()
        return out
    finally:
        source.close()
        pdf.close()


def _segment_chars(doc: SegmentedDocument) -> Counter[str]:
    out: Counter[str] = Counter()
    for s in doc.segments:
        table = s.kind == "table" and s.rows
        text = "\n".join(" ".join(row) for row in s.rows or []) if table else s.text
        out += _chars(text) + _chars(s.number or "") + _chars("".join(s.footnote_refs))
    return out


@pytest.mark.parametrize("name", _documents())
def test_every_character_reaches_one_segment(corpus: Path, name: str) -> None:
    data = _pdf(name)
    doc = segment_pdf(data, ocr=False)  # the text layer only: OCR'd pages are counted apart
    quality = doc.metadata.quality
    assert quality is not None
    page_chars = _page_chars(data)
    total = sum(page_chars.values())
    assert sum(quality.chars.values()) == total
    assert sum(quality.chars_by_kind.values()) == total
    body = sum(n for kind, n in quality.chars_by_kind.items() if kind not in BODY_KINDS)
    assert quality.chars.get("body", 0) == body
    aside = quality.chars.get("furniture", 0) + quality.chars.get("letterhead", 0)
    assert sum(quality.chars_by_role.values()) == aside
    # The segments hold those characters: none lost beyond the label words, none made up.
    in_segments = _segment_chars(doc)
    labelled = sum(1 for s in doc.segments if s.kind in ("question", "answer"))
    lost = page_chars - in_segments
    # a layer's bullet read 'e' or '*' is written '•' (lost_glyphs): the same character
    made = max(in_segments["•"] - page_chars["•"], 0)
    for reading in lost_glyphs.BULLET_READINGS:
        taken = min(lost[reading], made)
        lost[reading] -= taken
        made -= taken
    missing = sum(lost.values())
    assert missing <= 0.002 * total + len("Antwoord") * labelled
    invented = in_segments - page_chars
    invented["•"] -= max(in_segments["•"] - page_chars["•"], 0) - made  # the bullets written
    assert sum(n for ch, n in invented.items() if not ch.isdigit()) <= 0.002 * total


def _run(text: str, x0: float, y: float, size: float = 10.0) -> Run:
    return Run(text, x0, y, x0 + 5.0 * len(text), y + size, size, base=y + 2)


def test_ocr_words_are_accounted_and_blank_pages_counted() -> None:
    words = ["Geachte", "voorzitter,", "hierbij", "ontvangt", "u", "het", "besluit."]
    ocr_page = PageRuns(1, 595, 842, [_run(w, 72 + 60 * i, 700) for i, w in enumerate(words)])
    ocr_page.ocr = True
    blank = PageRuns(2, 595, 842, [], ocr=True, blank=True)
    text_page = PageRuns(3, 595, 842, [_run("Pagina 3 van 3", 480, 40)])
    doc = segment_pages([ocr_page, blank, text_page], 3)
    quality = doc.metadata.quality
    assert quality is not None
    assert sum(quality.chars.values()) == countable("".join(words) + "Pagina3van3")
    assert quality.chars_by_role == {"page_number": countable("Pagina3van3")}
    assert (quality.pages.text, quality.pages.ocr, quality.pages.blank) == (1, 1, 1)
    assert "".join(s.text for s in doc.segments if s.page == 1).split() == words
