"""Hostile and broken PDFs: each costs one precise rejection, never the service.

Every file is built here, byte by byte where no library would write it. Each case is checked
twice: `open_pdf` gives the precise reason, and the isolated segmenter (a real worker process
running `segment_pdf`) rejects it the same way and still segments a good letter afterwards.
A file pdfium cannot open but qpdf can rebuild (a cut-off upload) is read and flagged instead.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from services.segment.isolation import IsolatedSegmenter
from services.segment.pdf_open import open_document, open_page, open_pdf
from services.segment.segmenter import PdfRejected, segment_pdf
from tests.fixtures.raw_pdf import pdf as _pdf
from tests.fixtures.raw_pdf import stream as _stream

MAX_PAGES = 2000
MEMORY_LIMIT_MB = 384

# -- building PDFs ---------------------------------------------------------------------------


def _one_page(contents: bytes, resources: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << %s >> >>" % resources,
        contents,
    ]


def good_letter() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 750, "Geachte voorzitter,")
    c.drawString(72, 720, "Hierbij zend ik u de antwoorden op de vragen van het lid Van Dijk.")
    c.showPage()
    c.save()
    return buf.getvalue()


_PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted(user_password: bytes = b"geheim", owner_password: bytes = b"eigenaar") -> bytes:
    """Standard security handler, revision 2 (RC4, 40 bits): PDF 1.4, section 3.5.2."""
    file_id, permissions = b"stukken-test-id!", -4

    def pad(password: bytes) -> bytes:
        return (password + _PASSWORD_PAD)[:32]

    o_entry = _rc4(hashlib.md5(pad(owner_password)).digest()[:5], pad(user_password))
    key = hashlib.md5(
        pad(user_password) + o_entry + permissions.to_bytes(4, "little", signed=True) + file_id
    ).digest()[:5]
    u_entry = _rc4(key, _PASSWORD_PAD)
    object_key = hashlib.md5(key + (4).to_bytes(3, "little") + b"\0\0").digest()[:10]
    contents = _rc4(object_key, b"BT /F1 24 Tf 72 700 Td (Geheim) Tj ET")
    objects = _one_page(_stream(contents), b"/Font << /F1 6 0 R >>")
    objects.append(
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (o_entry.hex().encode(), u_entry.hex().encode(), permissions)
    )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    ids = b"<%s>" % file_id.hex().encode()
    return _pdf(objects, b"/Encrypt 5 0 R /ID [%s %s]" % (ids, ids))


def zero_pages() -> bytes:
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def _saved(pdf: pdfium.PdfDocument) -> bytes:
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def thousands_of_pages(count: int = 5000) -> bytes:
    pdf = pdfium.PdfDocument.new()
    for _ in range(count):
        pdf.new_page(595, 842)
    return _saved(pdf)


def deep_page_tree(depth: int = 100_000) -> bytes:
    """Page tree nodes nested `depth` deep above a single page."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    objects += [
        b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (n + 1) for n in range(2, depth + 2)
    ]
    objects.append(b"<< /Type /Page /MediaBox [0 0 595 842] >>")
    return _pdf(objects)


def deep_arrays(depth: int = 200_000) -> bytes:
    """A catalog entry of `depth` nested arrays: recursion bait for a parser."""
    objects = _one_page(_stream(b""))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R /Deep %s%s >>" % (b"[" * depth, b"]" * depth)
    return _pdf(objects)


def content_bomb(megabytes: int = 2 * MEMORY_LIMIT_MB) -> bytes:
    """A page whose 1 MB Flate stream inflates to more than the worker may hold."""
    compressor = zlib.compressobj(1)
    chunk = b" " * (1 << 20)
    data = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    return _pdf(_one_page(_stream(data, b"/Filter /FlateDecode")))


def huge_image(side: int = 30_000) -> bytes:
    """A full-page image of side x side grey pixels (900 megapixels), compressed to ~1 MB."""
    compressor = zlib.compressobj(9)
    row = bytes(side)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    image = _stream(
        data,
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Filter /FlateDecode" % (side, side),
    )
    objects = _one_page(_stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"), b"/XObject << /Im1 5 0 R >>")
    return _pdf([*objects, image])


def truncated() -> bytes:
    letter = good_letter()
    return letter[: len(letter) // 2]


def corrupt() -> bytes:
    letter = bytearray(good_letter())
    for i in range(0, len(letter), 7):  # a bit flipped in every seventh byte, header kept
        letter[i] ^= 0x20 if i > 16 else 0
    return bytes(letter)


def not_a_pdf() -> bytes:
    return b"<html><body>404 Not Found</body></html>"


REJECTED: dict[str, tuple[Callable[[], bytes], str]] = {
    "encrypted": (encrypted, "encrypted"),
    "corrupt bytes": (corrupt, "unreadable_pdf"),
    "truncated": (truncated, "unreadable_pdf"),
    "not a pdf": (not_a_pdf, "unreadable_pdf"),
    "empty file": (lambda: b"", "unreadable_pdf"),
    # pdfium refuses to load a document without pages at all (FPDF_ERR_FORMAT or, oddly,
    # FPDF_ERR_SUCCESS), so `no_pages` never comes up with pdfium; the document is unreadable.
    "zero pages": (zero_pages, "unreadable_pdf"),
    "zero pages, as pdfium writes it": (lambda: _saved(pdfium.PdfDocument.new()), "unreadable_pdf"),
    "5000 pages": (thousands_of_pages, "too_many_pages"),
    "deep page tree": (deep_page_tree, "unreadable_pdf"),
}

# -- open_pdf: the reasons -------------------------------------------------------------------


@pytest.mark.parametrize("case", REJECTED)
def test_open_pdf_gives_a_precise_reason(case: str) -> None:
    build, reason = REJECTED[case]
    with pytest.raises(PdfRejected) as caught:
        pdf = open_pdf(build(), max_pages=MAX_PAGES)
        for index in range(len(pdf)):
            open_page(pdf, index)
    assert caught.value.reason == reason


def cut_off_letter() -> bytes:
    """A three-page letter whose upload stopped short: its page tree and cross-reference table
    (reportlab writes them last) are gone, so pdfium cannot open it."""
    from tests.fixtures.letters import ministry_letter

    letter = ministry_letter().pdf
    return letter[: len(letter) * 97 // 100]


def test_a_file_qpdf_can_rebuild_is_read_not_rejected() -> None:
    data = cut_off_letter()
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data)
    opened = open_document(data, max_pages=MAX_PAGES)
    assert opened.repaired is not None
    assert len(opened.pdf) == 3


def test_a_rebuilt_file_is_flagged_on_every_page() -> None:
    doc = segment_pdf(cut_off_letter(), ocr=False)
    quality = doc.metadata.quality
    assert quality is not None
    assert any("rebuilt by qpdf: 3 page(s) recovered" in w for w in quality.warnings)
    assert [p.reason for p in quality.pages.degraded] == ["repaired_pdf"] * 3
    assert "Ministerie van Justitie" in " ".join(s.text for s in doc.segments)


def test_the_ocr_worker_rebuilds_the_file_the_same_way(tmp_path: Path) -> None:
    from services.ocr import page_process

    path = tmp_path / "cut.pdf"
    path.write_bytes(cut_off_letter())
    pdf = page_process._document(str(path))
    assert len(pdf) == 3
    assert "Ministerie" in pdf[0].get_textpage().get_text_range()


def test_the_encrypted_sample_really_is_encrypted_not_broken() -> None:
    pdf = pdfium.PdfDocument(encrypted(), password="geheim")
    assert pdf[0].get_textpage().get_text_bounded() == "Geheim"


def test_an_owner_password_alone_does_not_reject() -> None:
    pdf = open_pdf(encrypted(user_password=b""))
    assert pdf[0].get_textpage().get_text_bounded() == "Geheim"


@pytest.mark.parametrize("build", [deep_arrays, huge_image], ids=["deep arrays", "huge image"])
def test_pathological_but_valid_pdfs_open(build: Callable[[], bytes]) -> None:
    pdf = open_pdf(build(), max_pages=MAX_PAGES)
    assert pdf[0].get_textpage().get_text_bounded() == ""


# -- the isolated segmenter: the same reasons, and the service lives on ----------------------


@pytest.fixture(scope="module")
def segmenter() -> Iterator[IsolatedSegmenter]:
    with IsolatedSegmenter(
        time_limit_s=120.0,
        memory_limit_mb=MEMORY_LIMIT_MB,
        recycle_after=50,
        max_pages=MAX_PAGES,
        ocr=True,
    ) as seg:
        yield seg


async def test_isolated_segmenter_reads_a_rebuilt_file(segmenter: IsolatedSegmenter) -> None:
    doc = await segmenter.segment(cut_off_letter())
    assert doc.metadata.page_count == 3
    assert doc.metadata.quality is not None
    assert any("rebuilt by qpdf" in w for w in doc.metadata.quality.warnings)


def _assert_still_segments(segmenter: IsolatedSegmenter) -> None:
    doc = segmenter.segment_sync(good_letter())
    assert "Geachte voorzitter" in " ".join(s.text for s in doc.segments)


@pytest.mark.parametrize("case", [*REJECTED, "content bomb"])
async def test_isolated_segmenter_rejects_and_lives_on(
    case: str, segmenter: IsolatedSegmenter
) -> None:
    build, reason = REJECTED.get(case) or (content_bomb, "memory_limit")
    with pytest.raises(PdfRejected) as caught:
        await segmenter.segment(build())
    assert caught.value.reason == reason, caught.value.detail
    _assert_still_segments(segmenter)


@pytest.mark.parametrize("build", [deep_arrays, huge_image], ids=["deep arrays", "huge image"])
async def test_isolated_segmenter_survives_valid_monsters(
    build: Callable[[], bytes], segmenter: IsolatedSegmenter
) -> None:
    doc = await segmenter.segment(build())
    assert doc.metadata.page_count == 1
    assert not any(s.text.strip() for s in doc.segments if s.kind != "furniture")
    _assert_still_segments(segmenter)
