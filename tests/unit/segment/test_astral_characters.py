"""A page with a character beyond U+FFFF (an emoji before a link, a mathematical letter) is read
like any other page. pdfium counts such a character as two glyph indices (its UTF-16 surrogates,
both with its box) while the page's text holds it once; the indices of every glyph after it would
be off by one, so the page used to be read text object by text object. A Google Docs export sets
every glyph as an object of its own: its lines were cut into letters, the tall ones on one line
and the short ones on the next ('S t i bl d l t l' / 'us a na e eve opmen goa s s')."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase.pdfmetrics import registerFont
from reportlab.pdfbase.ttfonts import TTFont

from services.segment.layout.words import _units, paired_surrogates, read_page
from services.segment.segmenter import segment_pdf
from tests.fixtures.typeset import chunked_canvas

DEJAVU = "DejaVuSans"
registerFont(TTFont(DEJAVU, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
ICON = "\U0001f030"  # a character beyond U+FFFF that DejaVu Sans draws (a domino tile)

LINES = [
    "Sustainable development goals (SDG’s):",
    "Voor deze challenge is een open source starter repository beschikbaar met",
    "gestructureerde invoerdata.",
    f"{ICON} https://github.com/voorbeeld/rules-as-code-starter",
    "De repo bevat fictieve pensioenprofielen in YAML-formaat, bedoeld om",
    "scenario’s (0–10%) inzichtelijk te maken.",
]


def _page(chunk: str, lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    canvas = chunked_canvas(buffer, (595, 842), chunk)
    canvas.setFont(DEJAVU, 9)
    for n, line in enumerate(lines):
        canvas.drawString(72, 760 - 14 * n, line)
    canvas.showPage()
    canvas.save()
    return _utf16_to_unicode(buffer.getvalue())


def _utf16_to_unicode(pdf: bytes) -> bytes:
    """reportlab writes a character beyond U+FFFF into the font's ToUnicode map as five hex
    digits ('<02> <1F030>'), which readers cut to four; a producer writes its UTF-16 surrogates
    ('<D83CDC30>'), as the PDF standard says. Rewrite it so (the map's /Length with it)."""
    start = pdf.find(b"beginbfchar")
    length_at = pdf.rfind(b"/Length ", 0, start)
    end_of_number = pdf.find(b"\n", length_at)
    cmap_end = pdf.find(b"endstream", start)
    head, cmap, tail = pdf[:length_at], pdf[length_at:cmap_end], pdf[cmap_end:]

    def surrogates(m: re.Match[bytes]) -> bytes:
        return b"<%s>" % chr(int(m.group(1), 16)).encode("utf-16-be").hex().upper().encode()

    fixed = re.sub(rb"<([0-9A-Fa-f]{5,6})>", surrogates, cmap)
    grown = len(fixed) - len(cmap)
    number = int(pdf[length_at + 8 : end_of_number])
    fixed = b"/Length %d" % (number + grown) + fixed[end_of_number - length_at :]
    return head + fixed + tail


def _body(pdf: bytes) -> str:
    doc = segment_pdf(pdf, ocr=False)
    return " ".join(s.text for s in doc.segments if s.kind not in ("furniture", "letterhead"))


@pytest.mark.parametrize("chunk", ["line", "word", "glyph"])
def test_a_page_with_an_emoji_keeps_its_words(chunk: str) -> None:
    pdf = _page(chunk, LINES)
    textpage = pdfium.PdfDocument(pdf)[0].get_textpage()
    assert textpage.count_chars() == len(textpage.get_text_range()) + 1  # the case at hand
    body = _body(pdf)
    for line in LINES:
        for word in re.findall(r"\w+", line):
            assert re.search(rf"\b{re.escape(word)}\b", body), (word, body)
    assert "Sustainable development goals" in body
    assert "repository beschikbaar met gestructureerde invoerdata." in body
    assert body.count(ICON) == 1  # the emoji itself kept, once, whole


def test_runs_of_a_page_with_an_emoji_are_lines_not_letters() -> None:
    runs = read_page(pdfium.PdfDocument(_page("glyph", LINES))[0], 1).runs
    texts = [r.text.strip() for r in runs]
    assert "Sustainable development goals (SDG’s):" in texts
    assert f"{ICON} https://github.com/voorbeeld/rules-as-code-starter" in texts
    assert not any("\ud800" <= c <= "\udfff" for r in runs for c in r.text)  # no lone halves


def test_a_page_without_one_reads_as_before() -> None:
    plain = [line.replace(f"{ICON} ", "") for line in LINES]
    runs = read_page(pdfium.PdfDocument(_page("glyph", plain))[0], 1).runs
    assert [r.text.strip() for r in runs][:2] == plain[:2]


def test_surrogates_line_up_and_join_back() -> None:
    text = f"a{ICON}b"
    units = "".join(_units(c) for c in text)
    assert len(units) == 4 and units[0] == "a" and units[3] == "b"
    assert paired_surrogates(units) == text
    # a run cut between the halves: no lone surrogate
    assert paired_surrogates(units[:2]) == "a\ufffd"
    assert paired_surrogates("geen") == "geen"
