"""heads32: headings a reader tells by slant and underline (issue #8: every family read as a person
would).

A note may set its sections bold, its subsections italic and the heads under those underlined,
all in the body's size; a decision its subsections underlined only (the Woo deelbesluit's
'E-mailberichten'). The gold (tests/fixtures/heads32/gold.json, written before any rule changed)
gives the levels a reader sees. Chromium writes DejaVu Sans Oblique with a stem as wide as a bold
face's (pdfium weight 610): read by its weight alone it was bold, an italic head then ranked as a
section. Fixtures: tests/fixtures/heads32 (LibreOffice, Chromium, WeasyPrint; builder beside
them)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.segment.layout.glyphs import Glyphs
from services.segment.segmenter import SegmentedDocument, segment_pdf

HERE = Path(__file__).parents[2] / "fixtures" / "heads32"
PRODUCERS = ("libreoffice", "chromium", "weasyprint")
GOLD = {d["doc"]: d for d in json.loads((HERE / "gold.json").read_text())["docs"]}


@cache
def _read(path: Path) -> SegmentedDocument:
    return segment_pdf(path.read_bytes(), ocr=False)


def _headings(doc: SegmentedDocument) -> list[tuple[str, int | None]]:
    return [(" ".join(s.text.split()), s.level) for s in doc.segments if s.kind == "heading"]


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
