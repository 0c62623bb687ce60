"""Scans with known text: the rendered letters of tests/fixtures, rasterised at 300 dpi with specks.

The recipe is tests/unit/segment/test_scanned_letter.py's `scanned`; the true text of a page is
what pdfium reads from the text PDF it was rendered from.
"""

from __future__ import annotations

import io
import random
import re
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium

from tests.fixtures.letters import aanhangsel, ministry_letter

_WORD = re.compile(r"\w+")


@dataclass
class Scan:
    name: str
    pdf: bytes  # image-only
    truth: list[str]  # the text of each page


def scans() -> list[Scan]:
    return [
        _scan("letter", ministry_letter().pdf),
        _scan("aanhangsel", aanhangsel().pdf),
    ]


def _scan(name: str, pdf: bytes, dpi: int = 300, noise: float = 0.004, seed: int = 7) -> Scan:
    rng = random.Random(seed)
    images, truth = [], []
    for page in pdfium.PdfDocument(pdf):
        truth.append(page.get_textpage().get_text_bounded())
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        pixels = image.load()
        assert pixels is not None
        width, height = image.size
        for _ in range(int(width * height * noise)):
            x, y = rng.randrange(width), rng.randrange(height)
            pixels[x, y] = 255 - pixels[x, y] // 3  # type: ignore[operator]
        images.append(image)
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return Scan(name, out.getvalue(), truth)


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text.replace("\xad", "").replace("\ufffe", "")))


def recall(truth: str, read: str) -> float:
    """The share of the true words (with their counts) that the reading has."""
    want, got = words(truth), words(read)
    total = sum(want.values())
    return sum(min(n, got[w]) for w, n in want.items()) / total if total else 1.0
