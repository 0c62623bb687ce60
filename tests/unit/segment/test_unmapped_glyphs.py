"""Glyphs a font maps to no character (a subset font's ligatures): kept in place as U+FFFD."""

from __future__ import annotations

from services.segment.segmenter import segment_pdf


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


# The ToUnicode map of a subset font as Word writes it: "#" (the "tt" ligature here) maps to
# U+0000, every other code to itself.
_CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Test def 1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfchar <23> <0000> endbfchar
2 beginbfrange <20> <22> <0020> <24> <7E> <0024> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"""


def ligature_letter() -> bytes:
    lines = [b"De ba#erij van de melder is bijna leeg.", b"Vervang de ba#erij binnen een week."]
    content = b"BT /F1 11 Tf 72 700 Td 14 TL " + b" ".join(b"(%s) '" % ln for ln in lines) + b" ET"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
            _stream(_CMAP),
        ]
    )


def test_unmapped_glyph_stays_inside_its_word_and_is_reported() -> None:
    doc = segment_pdf(ligature_letter())
    text = " ".join(s.text for s in doc.segments)
    assert "ba\ufffderij van de melder" in text
    assert "Vervang de ba\ufffderij binnen" in text
    assert "baerij" not in text  # the halves are not glued into a word that is not on the page
    assert doc.metadata.quality and doc.metadata.quality.unmapped_glyphs == 2
    warnings = doc.metadata.quality.warnings
    assert any(w.startswith("2 glyphs have no character") for w in warnings), warnings
