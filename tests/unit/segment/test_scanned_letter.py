"""A scanned copy of a letter reads like the letter: the same questions, answers and footnotes.

The rendered fixtures (tests/fixtures/letters.py) are rasterised at 300 dpi with a little noise
and wrapped as image-only PDFs, so every page goes through Tesseract. OCR may misread a letter
here and there; the structure must not suffer, and URLs in footnotes must come through exactly.
"""

from __future__ import annotations

import difflib
import io
import random
import re
import shutil
from collections import Counter
from functools import cache

import pypdfium2 as pdfium
import pytest

from services.segment.layout.structure import numbers
from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from tests.fixtures.letters import Rendered, aanhangsel, ministry_letter

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")
Image = pytest.importorskip("PIL.Image")

NOT_BODY = {"furniture", "letterhead", "footnote"}
_URL = re.compile(r"https?://\S+")


def scanned(pdf: bytes, *, dpi: int = 300, noise: float = 0.004, seed: int = 7) -> bytes:
    """An image-only PDF of `pdf`: every page rendered, speckled, and stored as a picture."""
    rng = random.Random(seed)
    images = []
    for page in pdfium.PdfDocument(pdf):
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        pixels = image.load()
        width, height = image.size
        for _ in range(int(width * height * noise)):
            x, y = rng.randrange(width), rng.randrange(height)
            pixels[x, y] = 255 - pixels[x, y] // 3  # a speck: dark on paper, light on ink
        images.append(image)
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


@cache
def _read(name: str) -> tuple[Rendered, SegmentedDocument]:
    rendered = ministry_letter() if name == "letter" else aanhangsel()
    return rendered, segment_pdf(scanned(rendered.pdf), ocr=True)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("name", ["letter", "aanhangsel"])
def test_every_page_is_ocrd(name: str) -> None:
    _, doc = _read(name)
    assert doc.metadata.ocr_pages == list(range(1, doc.metadata.page_count + 1))


@pytest.mark.parametrize("name", ["letter", "aanhangsel"])
def test_same_questions_and_answer_links(name: str) -> None:
    rendered, doc = _read(name)
    questions = [n for s in doc.segments if s.kind == "question" for n in numbers(s.number or "")]
    assert questions == list(rendered.questions)
    answers = [s for s in doc.segments if s.kind == "answer"]
    assert list(dict.fromkeys(a.number for a in answers)) == list(rendered.answers)
    by_id = {s.id: s for s in doc.segments}
    for answer in answers:
        assert answer.answer_to, answer
        linked = {n for q in answer.answer_to for n in numbers(by_id[q].number or "")}
        assert linked == set(numbers(answer.number or ""))


@pytest.mark.parametrize("name", ["letter", "aanhangsel"])
def test_same_footnotes_with_exact_urls(name: str) -> None:
    rendered, doc = _read(name)
    notes = {s.number: _norm(s.text) for s in doc.segments if s.kind == "footnote"}
    assert set(notes) == set(rendered.notes)
    for number, text in rendered.notes.items():
        assert _URL.findall(notes[number]) == _URL.findall(text), number
        similarity = difflib.SequenceMatcher(None, notes[number], _norm(text)).ratio()
        assert similarity >= 0.97, (notes[number], text)
    cited = {r for s in doc.segments if s.kind not in NOT_BODY for r in s.footnote_refs}
    assert cited == set(rendered.notes)


@pytest.mark.parametrize("name", ["letter", "aanhangsel"])
def test_no_furniture_in_body(name: str) -> None:
    rendered, doc = _read(name)
    body = [_norm(s.text) for s in doc.segments if s.kind not in NOT_BODY]
    assert body
    for furniture in rendered.furniture:
        furniture = _norm(furniture).replace("–", "-")
        assert not any(furniture in text.replace("–", "-") for text in body), furniture
    assert not any(re.search(r"Pagina \d+ van \d+", text) for text in body)


def test_text_pages_are_never_ocrd(monkeypatch: pytest.MonkeyPatch) -> None:
    from services.segment.scan import detect, reader

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a page with a text layer went to OCR")

    monkeypatch.setattr(reader, "read_scanned", refuse)
    monkeypatch.setattr(detect, "page_needs_ocr", refuse)  # not even asked: the text suffices
    doc = segment_pdf(ministry_letter().pdf, ocr=True)
    assert doc.metadata.ocr_pages == []


def _tokens(texts: list[str]) -> Counter[str]:
    return Counter(re.findall(r"\w[\w'’./:%-]*\w|\w", " ".join(texts).lower()))


@pytest.mark.parametrize("name", ["letter", "aanhangsel"])
def test_body_reads_like_the_text_version(name: str) -> None:
    rendered, doc = _read(name)
    got = _tokens([s.text for s in doc.segments if s.kind not in NOT_BODY])
    want = _tokens(rendered.body)
    common = sum((got & want).values())
    assert common / sum(want.values()) >= 0.95, want - got  # a misread word here and there
    assert common / sum(got.values()) >= 0.95, got - want
