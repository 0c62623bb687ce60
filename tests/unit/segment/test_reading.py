"""Pages are read the same whatever the producer, OCR'd when their text layer is empty or
garbage, and never lost to a failure while reading them."""

from __future__ import annotations

import io
import re
from collections import Counter
from functools import cache

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from services.segment.layout.glyphs import Glyphs
from services.segment.layout.structure import numbers
from services.segment.layout.words import Run, read_page
from services.segment.scan.text_layer import layer_is_garbage, plausibility
from services.segment.segmenter import read_page_runs, segment_pdf
from stukken.contracts import SegmentedDocument
from tests.fixtures import html_letter
from tests.fixtures.letters import Rendered, aanhangsel, ministry_letter, unlabelled
from tests.fixtures.scans import scan_with_layer

NOT_BODY = {"furniture", "letterhead", "footnote"}


def _tokens(texts: list[str]) -> Counter[str]:
    return Counter(re.findall(r"\w[\w'’./:%-]*\w|\w", " ".join(texts).lower()))


def _recall_precision(rendered: Rendered, doc: SegmentedDocument) -> tuple[float, float]:
    got = _tokens([s.text for s in doc.segments if s.kind not in NOT_BODY])
    want = _tokens(rendered.body)
    common = sum((got & want).values())
    return common / sum(want.values()), common / max(sum(got.values()), 1)


def _check(rendered: Rendered, doc: SegmentedDocument) -> None:
    recall, precision = _recall_precision(rendered, doc)
    assert recall >= 0.98 and precision >= 0.98, (recall, precision)
    notes = {s.number: s.text for s in doc.segments if s.kind == "footnote"}
    assert notes == rendered.notes
    cited = {r for s in doc.segments if s.kind not in NOT_BODY for r in s.footnote_refs}
    assert cited == set(rendered.notes)
    questions = {
        n: unlabelled(s.text)
        for s in doc.segments
        if s.kind == "question"
        for n in numbers(s.number)
    }
    assert questions == rendered.questions


@cache
def _rendered(family: str, chunk: str) -> Rendered:
    return ministry_letter(chunk) if family == "letter" else aanhangsel(chunk)


@pytest.mark.parametrize("chunk", ["word", "glyph"])
@pytest.mark.parametrize("family", ["letter", "aanhangsel"])
def test_text_objects_per_word_or_glyph_read_as_per_line(family: str, chunk: str) -> None:
    rendered = _rendered(family, chunk)
    _check(rendered, segment_pdf(rendered.pdf, ocr=False))


@pytest.mark.parametrize("chunk", ["word", "glyph"])
def test_runs_do_not_depend_on_text_objects(chunk: str) -> None:
    """The same lines, cut the same way, with boxes a fraction of a point apart."""

    def runs(pdf: bytes) -> list[Run]:
        doc = pdfium.PdfDocument(pdf)
        return [r for i in range(len(doc)) for r in read_page(doc[i], i + 1).runs]

    chunked, lines = runs(_rendered("letter", chunk).pdf), runs(_rendered("letter", "line").pdf)
    assert [r.text.strip() for r in chunked] == [r.text.strip() for r in lines]
    for a, b in zip(chunked, lines, strict=True):
        boxes = zip((a.x0, a.y0, a.x1, a.y1, a.base), (b.x0, b.y0, b.x1, b.y1, b.base), strict=True)
        assert all(abs(p - q) < 0.5 for p, q in boxes), (a, b)
        assert (a.bold, round(a.size, 1)) == (b.bold, round(b.size, 1))


def test_chromium_letter_words_whole() -> None:
    """Headless Chromium cuts text objects inside words; pdfium's words are kept whole."""
    rendered = html_letter.expected()
    doc = segment_pdf(rendered.pdf, ocr=False)
    _check(rendered, doc)
    text = " ".join(s.text for s in doc.segments)
    for word in ("Kamervragen", "internationale", *rendered.furniture):
        assert word in text


def test_stamp_only_page_is_ocrd() -> None:
    """A scan whose text layer is a stamp number: no crash, and the page is read by OCR."""
    pdf = scan_with_layer(ministry_letter().pdf, 1, "stamp")
    runs = read_page(pdfium.PdfDocument(pdf)[0], 1)
    assert [r.text.strip() for r in runs.runs] == ["187472"]
    doc = segment_pdf(pdf)
    assert doc.metadata.ocr_pages == [1]
    assert "samenwerking" in " ".join(s.text for s in doc.segments)


def test_blank_text_layer_over_a_scan_is_ocrd() -> None:
    doc = segment_pdf(scan_with_layer(ministry_letter().pdf, 1, "blanks"))
    assert doc.metadata.ocr_pages == [1]
    assert "Europol" in " ".join(s.text for s in doc.segments)


def test_good_invisible_layer_is_used() -> None:
    rendered = ministry_letter()
    doc = segment_pdf(scan_with_layer(rendered.pdf, 1, "good"))
    assert doc.metadata.ocr_pages == []
    assert "samenwerking" in " ".join(s.text for s in doc.segments)


def test_ocr_layer_words_keep_their_spaces() -> None:
    """An OCR layer's boxes (a redaction bar read as a word two lines tall, touching the line's
    end, written after the next line) neither merge the lines it reaches over nor glue words:
    the page reads as the same layer without the bars does, plus the bars."""
    rendered = ministry_letter()
    plain = _tokens(
        [s.text for s in segment_pdf(scan_with_layer(rendered.pdf, 1, "good")).segments]
    )
    doc = segment_pdf(scan_with_layer(rendered.pdf, 1, "redacted"))
    assert doc.metadata.ocr_pages == []
    got = _tokens([s.text for s in doc.segments])
    assert got["eee"] >= 5
    assert [t for t in got if t not in plain and t != "eee"] == []
    assert sum((got & plain).values()) >= 0.98 * sum(plain.values())


def test_garbage_invisible_layer_is_read_again() -> None:
    pdf = scan_with_layer(ministry_letter().pdf, 1, "garbage")
    runs = read_page(pdfium.PdfDocument(pdf)[0], 1)
    assert runs.hidden_layer and layer_is_garbage(" ".join(r.text for r in runs.runs))
    doc = segment_pdf(pdf)
    assert doc.metadata.ocr_pages == [1]
    assert "samenwerking" in " ".join(s.text for s in doc.segments)


def test_a_stamp_only_page_is_ocrd_found_blank_and_keeps_its_stamp() -> None:
    """A page with no letters is always OCR'd; when OCR finds no words either, the text
    layer's number stands (it is exact) and the page is blank."""
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(500, 800, "187472")
    canvas.showPage()
    canvas.save()
    page = pdfium.PdfDocument(out.getvalue())[0]
    runs = read_page_runs(page, 1, ocr=True)
    assert runs.blank and runs.ocr
    assert [r.text.strip() for r in runs.runs] == ["187472"]


def test_plausibility_tells_words_from_garbage() -> None:
    good = "Op 12 maart 2024 (kenmerk 2022Z20166) schreef de minister aan www.rijksoverheid.nl"
    share, tokens = plausibility(good)
    assert share > 0.9 and tokens == 11
    garbage = "l1I ,;. iI| rn~ ^;|m ^ in,. |`iii ei^;ri .nme. ..n ire |:'|`I I;'' mI^ol"
    assert plausibility(garbage)[0] < 0.4
    assert layer_is_garbage(garbage) and not layer_is_garbage(good)


def test_a_failing_reading_falls_back_to_plain_lines(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug while reading a page costs its layout, not its words nor the document."""

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise ZeroDivisionError("a bug")

    # The page's glyphs cannot be read (patched on the class: the compiled modules call each
    # other directly, past a module attribute patched).
    monkeypatch.setattr(Glyphs, "__init__", broken)
    rendered = ministry_letter()
    doc = pdfium.PdfDocument(rendered.pdf)
    page = read_page(doc[1], 2)
    assert page.degraded == "ZeroDivisionError"
    expected = _tokens([doc[1].get_textpage().get_text_range()])
    assert _tokens([r.text for r in page.runs]) == expected
    segmented = segment_pdf(rendered.pdf, ocr=False)
    recall, _ = _recall_precision(rendered, segmented)
    assert recall > 0.9


def test_a_failing_ocr_keeps_the_text_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    from services.segment.scan import reader

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise IndexError("a bug in reading hOCR")

    monkeypatch.setattr(reader, "read_scanned", broken)
    doc = pdfium.PdfDocument(scan_with_layer(ministry_letter().pdf, 1, "garbage"))
    runs = read_page_runs(doc[0], 1, ocr=True)
    assert runs.degraded == "IndexError" and not runs.ocr and runs.runs
