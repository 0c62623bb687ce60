"""The net under the readers: a lone UTF-16 surrogate is mended, never the document lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.segment import writable
from stukken import embedded
from stukken.contracts import Metadata, Segment, SegmentedDocument
from stukken.contracts.quality import Quality

LONE = chr(0xD83D)  # the high half of an emoji, its low half lost


def _doc(text: str, rows: list[list[str]] | None = None) -> SegmentedDocument:
    seg = Segment(id="s1", kind="paragraph", page=1, text=text, rows=rows)
    return SegmentedDocument(segments=[seg], metadata=Metadata(quality=Quality()))


def test_a_clean_document_is_written_as_it_is() -> None:
    doc = _doc("Kamerbrief 😀 over de knoppen")
    out, raw = writable.dumped(doc)
    assert out is doc
    assert json.loads(raw)["segments"][0]["text"] == "Kamerbrief 😀 over de knoppen"


def test_a_lone_surrogate_becomes_a_replacement_character_and_a_warning() -> None:
    doc = _doc(f"knop {LONE} opnemen", rows=[[f"{LONE}x", "ja"]])
    with pytest.raises(ValueError):
        doc.model_dump_json()
    out, raw = writable.dumped(doc)
    seg = json.loads(raw)["segments"][0]
    assert seg["text"] == "knop \ufffd opnemen"  # one character for one: counts hold
    assert len(seg["text"]) == len(doc.segments[0].text)
    assert seg["rows"] == [["\ufffdx", "ja"]]
    assert out.metadata.quality is not None
    assert any("2 lone UTF-16 surrogate" in w for w in out.metadata.quality.warnings)


def test_the_embedded_path_mends_what_a_reader_left(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(embedded, "segment_pdf", lambda data: _doc(f"Geachte {LONE} Voorzitter"))
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.7 stand-in")
    doc = embedded.process_file(pdf)
    text = json.loads(doc.model_dump_json())["segments"][0]["text"]
    assert text == "Geachte \ufffd Voorzitter"
