"""The kamervragen development corpus as documents the enricher can read, independent of the
segmenter: raw pdfium text, one segment per page (furniture included; comparisons allow for it)."""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

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


@cache
def _corpus_pages() -> tuple[str, ...]:
    files = sorted((shared_dir() / "corpus").glob("**/*.pdf"))
    return tuple(s.text for f in files for s in pages_document(f).segments)


def corpus_pages() -> list[str]:
    """Every page of the shared corpus's PDFs as pdfium reads it: the real input the throughput
    rounds hold each fast path to (the test is skipped, and fails on CI, without the corpus)."""
    texts = list(_corpus_pages())
    if not texts:
        pytest.skip("the shared corpus is not here")
    return texts


def spans(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], ...]]:
    """Each match's groups' spans: two finders agree when these are equal."""
    return [m.regs for m in matches]


def generated_texts(pieces: list[str], joins: list[str], n: int, seed: int, most: int) -> list[str]:
    """`n` made-up texts of up to `most` pieces, each followed by one of `joins`: the shapes a
    speed change's byte-identity test reads beside the corpus (same seed, same texts)."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rnd.choice(pieces) for _ in range(rnd.randint(0, most))]
        out.append("".join(p + rnd.choice(joins) for p in parts))
    return out
