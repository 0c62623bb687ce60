"""The kamervragen development corpus as documents the enricher can read, independent of the
segmenter: raw pdfium text, one segment per page (furniture included; comparisons allow for it)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pypdfium2 as pdfium

from stukken.contracts import Segment, SegmentedDocument


def shared_dir() -> Path:
    env = os.environ.get("STUKKEN_SHARED_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[3].parent / "shared"


def kamervragen() -> list[tuple[dict, SegmentedDocument]]:
    folder = shared_dir() / "corpus" / "kamervragen"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    out = []
    for entry in gold:
        out.append((entry, pages_document(folder / entry["file"])))
    return out


def pages_document(path: Path) -> SegmentedDocument:
    """A PDF's pages as pdfium reads them, one paragraph segment a page."""
    pdf = pdfium.PdfDocument(path)
    try:
        pages = [pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf))]
    finally:
        pdf.close()
    segments = [
        Segment(id=f"p{n}", kind="paragraph", page=n, text=text) for n, text in enumerate(pages, 1)
    ]
    return SegmentedDocument(segments=segments)
