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
        pdf = pdfium.PdfDocument(folder / entry["file"])
        try:
            pages = [pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf))]
        finally:
            pdf.close()
        segments = [
            Segment(id=f"p{n}", kind="paragraph", page=n, text=text)
            for n, text in enumerate(pages, 1)
        ]
        out.append((entry, SegmentedDocument(segments=segments)))
    return out
