"""Glyphs pdfium's page text leaves out (a font maps them to nothing: an emoji in a page a browser
printed, a symbol font's bullet) are put back so the text's indices match the glyphs again; a
page whose text differs otherwise is still read rect by rect."""

from __future__ import annotations

from services.segment.layout.words import restore_left_out


class _Glyphs:
    """pdfium's code point per glyph, 0 where the font maps the glyph to nothing."""

    def __init__(self, codes: list[int]) -> None:
        self.codes = codes

    def unicode(self, i: int) -> int:
        return self.codes[i]


def _glyphs(shown: str, left_out_at: list[int]) -> _Glyphs:
    codes = [ord(c) for c in shown]
    for i in sorted(left_out_at):
        codes.insert(i, 0)
    return _Glyphs(codes)


def test_symbol_left_out_comes_back_as_a_space() -> None:
    text = "[ uitgebreid zoeken] Tweede Kamer"  # pdfium's text: the icon after '[' left out
    glyphs = _glyphs(text, [1])
    assert restore_left_out(text, glyphs, len(glyphs.codes)) == "[  uitgebreid zoeken] Tweede Kamer"


def test_bullets_left_out_at_line_starts_come_back_as_spaces() -> None:
    text = " Inbreng van de leden\r\n Inbreng van de fractie"
    glyphs = _glyphs(text, [0, 24])
    restored = restore_left_out(text, glyphs, len(glyphs.codes))
    assert restored == "  Inbreng van de leden\r\n  Inbreng van de fractie"


def test_glyph_left_out_inside_a_word_is_shown_unmapped() -> None:
    text = "De baerij is leeg."  # a ligature 'tt' the font maps to nothing
    glyphs = _glyphs(text, [5])
    assert restore_left_out(text, glyphs, len(glyphs.codes)) == "De ba\ufffderij is leeg."


def test_pdfium_own_mark_for_an_unmapped_glyph_is_kept() -> None:
    text = "De ba\ufffeerij [ zoeken]"
    codes = [ord(c) for c in text]
    codes[5] = 0  # the glyph pdfium marked U+FFFE in its text
    codes.insert(12, 0)  # and an icon it left out after '['
    assert restore_left_out(text, _Glyphs(codes), len(codes)) == "De ba\ufffeerij [  zoeken]"


def test_text_that_differs_otherwise_is_not_aligned() -> None:
    text = "Kamer en Senaat"
    codes = [ord(c) for c in "Kamer\x03 en Senaat"]  # a control code pdfium dropped: garbage
    assert restore_left_out(text, _Glyphs(codes), len(codes)) is None
    codes = [ord(c) for c in "Kamer on Senaat"] + [0]  # a letter that differs
    assert restore_left_out(text, _Glyphs(codes), len(codes)) is None
