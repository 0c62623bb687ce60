"""Glyphs a font maps to no character (a subset font's ligatures): kept in place as U+FFFD."""

from __future__ import annotations

from services.segment.segmenter import segment_pdf
from tests.fixtures.raw_pdf import pdf, stream

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
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
            stream(_CMAP),
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
