"""A page's content streams prove it draws no path only when they hold no path operator and no
form; the drawn-table walk is skipped only then, and finds nothing where it is skipped."""

from __future__ import annotations

import base64
import io
import random
import zlib
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from services.segment.layout.drawing import PageContents, _from_ascii85, _paints_path

MATRIX = Path(__file__).parents[2] / "fixtures" / "producers" / "pdf"


@pytest.mark.parametrize(
    "content",
    [
        b"BT /F1 9 Tf 1 0 0 1 72 700 Tm (m) Tj T* ET",  # a glyph m is no operator
        b"BT [(l)-20(c)3(re)]TJ ET",
        b"q 1 0 0 1 0 0 cm /GS1 gs Q",  # cm, a name: no path
        b"BT /m 9 Tf (h) ' ET",  # a font named m
        b"q 0 0 595 842 re W n BT (x) Tj ET Q",  # a clip to the page box makes no object
        b"q 0 0 m 10 0 l 10 10 l h W* n Q",
    ],
)
def test_text_and_clipping_paths_draw_no_path(content: bytes) -> None:
    assert not _paints_path(b" " + content + b" ")


@pytest.mark.parametrize(
    "content",
    [
        b"0 0 m 100 0 l S",  # a rule
        b"72 700 400 0.5 re f",  # a rule drawn as a thin rectangle
        b"0 0 10 10 re W f",  # clipped and filled: painted
        b"0 0 10 10 re\nW n 5 5 m 6 6 l S",  # a clip, then a stroke
        b"BT (x) Tj ET 10 10 m",  # a path left unterminated
        b"re f",  # at the stream's start
        b"BT (a m b) Tj ET",  # a string that reads as an operator: a false alarm, the walk runs
    ],
)
def test_a_path_operator_or_doubt_says_walk(content: bytes) -> None:
    assert _paints_path(b" " + content + b" ")


def test_ascii85_decodes_as_the_standard_library() -> None:
    rng = random.Random(14)
    for size in [*range(12), 100, 4096]:
        data = bytes(rng.randrange(256) for _ in range(size))
        for encoded in (
            base64.a85encode(data, adobe=True),
            base64.a85encode(data, adobe=True, wrapcol=20),
            base64.a85encode(data) + b"~>",  # no opening <~, "z" for zero groups
        ):
            assert _from_ascii85(encoded) == data
    assert _from_ascii85(b"z!!~>") == bytes(5)


@pytest.mark.parametrize("encoded", [b"<~87cURD]i,", b"<~uuuuu~>"])
def test_ascii85_cut_off_or_out_of_range_reads_as_doubt(encoded: bytes) -> None:
    assert _from_ascii85(encoded) is None


def _pdf(content: bytes, **stream: object) -> bytes:
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(595, 842))
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1)
    font.BaseFont = pikepdf.Name.Helvetica
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.obj.Contents = pikepdf.Stream(pdf, content, **stream)
    out = io.BytesIO()  # the stream saved as it stands: qpdf would recode it
    pdf.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()


GLYPHS = b"".join(b"BT /F1 9 Tf 1 0 0 1 %d 700 Tm (a) Tj ET\n" % (72 + 6 * k) for k in range(60))


def _draws_no_path(data: bytes, objects: int = 60) -> bool:
    return PageContents(data, 1).draws_no_path(0, objects)


def test_glyphs_alone_draw_no_path_whatever_the_filter() -> None:
    assert _draws_no_path(_pdf(GLYPHS))
    assert _draws_no_path(_pdf(zlib.compress(GLYPHS), Filter=pikepdf.Name.FlateDecode))
    both = pikepdf.Array([pikepdf.Name.ASCII85Decode, pikepdf.Name.FlateDecode])
    encoded = base64.a85encode(zlib.compress(GLYPHS), adobe=True)
    assert _draws_no_path(_pdf(encoded, Filter=both))


def test_a_rule_an_xobject_or_an_unread_filter_says_walk() -> None:
    assert not _draws_no_path(_pdf(GLYPHS + b"72 690 m 400 690 l S\n"))
    assert not _draws_no_path(_pdf(GLYPHS + b"q 100 0 0 50 72 600 cm /Im1 Do Q\n"))
    hexed = GLYPHS.hex().encode() + b">"
    assert not _draws_no_path(_pdf(hexed, Filter=pikepdf.Name.ASCIIHexDecode))
    predicted = pikepdf.Dictionary(Predictor=12, Columns=4)
    flate = pikepdf.Name.FlateDecode
    assert not _draws_no_path(_pdf(zlib.compress(GLYPHS), Filter=flate, DecodeParms=predicted))
    a85 = pikepdf.Name.ASCII85Decode  # no checksum after it to say it was read right
    assert not _draws_no_path(_pdf(base64.a85encode(GLYPHS, adobe=True), Filter=a85))
    cut = zlib.compress(GLYPHS)[:-20]  # pdfium may read a part of a stream cut short
    assert not _draws_no_path(_pdf(cut, Filter=flate))


def test_more_objects_than_the_content_shows_says_walk() -> None:
    """pdfium's page and qpdf's page disagree: not the same page, or not read the same."""
    assert not _draws_no_path(_pdf(GLYPHS), objects=61)
    assert not PageContents(_pdf(GLYPHS), 2).draws_no_path(0, 60)  # page counts differ
    assert not PageContents(b"%PDF-1.7 not a pdf", 1).draws_no_path(0, 60)


def test_the_matrix_pages_skipped_hold_no_path_or_form() -> None:
    """The proof on every page of the producer matrix: where the content says no path, pdfium's
    walk finds no path and no form; the per-glyph pages without rules are skipped."""
    path, form = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    skipped = []
    for file in sorted(MATRIX.glob("*.pdf")):
        data = file.read_bytes()
        pdf = pdfium.PdfDocument(data)
        contents = PageContents(data, len(pdf))
        for index in range(len(pdf)):
            page = pdf[index]  # held: its handle lives as long as it does
            n = pdfium_c.FPDFPage_CountObjects(page.raw)
            objects = (pdfium_c.FPDFPage_GetObject(page.raw, k) for k in range(n))
            kinds = set(map(pdfium_c.FPDFPageObj_GetType, objects))
            if contents.draws_no_path(index, n):
                assert not kinds & {path, form}, (file.name, index)
                skipped.append(file.name)
            page.close()
        pdf.close()
    assert sum("reportlab-glyph" in name for name in skipped) >= 8
