"""sweep35: a page with a character beyond U+FFFF (an emoji naming a button) in a ruled table.

pdfium counts such a character as two glyph indices, its UTF-16 surrogates. The ruled table's
cell reader (grids._by_middle) read cells a glyph index at a time and kept the two halves apart:
the table segment's text held lone surrogates and the document could not be written as JSON
(`stukken process --json` exited 1, the segment service could not publish it). Found on a real
user manual printed by Chromium (eelcor/Leidse-Transcriptietool 'docs/handleiding.pdf').

Where pdfium also left a glyph out on such a page (an icon the browser's font maps to no
character, beside the emoji), the page's text and its glyph indices no longer lined up by the
emoji rule alone and the page was read rect by rect: 'opna mekaa rt', 'Pa Pa me ij k'.

Fixtures (tests/fixtures/sweep35, `python -m tests.fixtures.sweep35.src.build`): the manual's
table of buttons drawn by reportlab (lines) and by headless Chromium (an HTML table)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.segment.segmenter import segment_pdf
from stukken.embedded import process_file

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "sweep35"
ICON = "\U0001f030"
PRODUCERS = ["knoppen.pdf", "knoppen.chromium.pdf"]


def _lone_surrogates(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


@pytest.mark.parametrize("name", PRODUCERS)
def test_the_document_is_written_as_json(name: str) -> None:
    doc = process_file(HERE / name)
    written = doc.model_dump_json()  # raised PydanticSerializationError on main
    back = json.loads(written)
    assert not any(_lone_surrogates(s["text"]) for s in back["segments"])


@pytest.mark.parametrize("name", PRODUCERS)
def test_the_emoji_stays_whole_in_its_cell(name: str) -> None:
    doc = segment_pdf((HERE / name).read_bytes(), ocr=False)
    tables = [s for s in doc.segments if s.kind == "table"]
    assert len(tables) == 1
    text = tables[0].text
    assert f"{ICON} Stop & weggooien | Stopt en verwijdert de opname direct." in text
    assert f"{ICON} Nu verwijderen | Verwijdert een opgeslagen transcriptie" in text
    for row in tables[0].rows or []:
        for cell in row:
            assert not _lone_surrogates(cell)


@pytest.mark.parametrize("name", PRODUCERS)
def test_the_page_around_the_table_reads_in_whole_words(name: str) -> None:
    doc = segment_pdf((HERE / name).read_bytes(), ocr=False)
    body = [s.text for s in doc.segments if s.kind == "paragraph"]
    assert (
        "Met de opnamekaart neemt u een gesprek rechtstreeks in de browser op. Kies eerst de "
        "opnamebron en geef de browser toestemming om de microfoon te gebruiken." in body
    )
    last = "Een transcriptie blijft dertig dagen bewaard en wordt daarna automatisch verwijderd."
    assert last in body
    assert len(body) == 2  # no cell's words read again as paragraphs ('Pa Pa me ij k')
