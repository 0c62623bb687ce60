"""OCR-only text repairs: doubtful words read again on their own, and misreads of codes/URLs."""

from __future__ import annotations

import re

from services.segment.scan import hocr
from services.segment.scan.render import PageImage
from services.segment.scan.tesseract import OcrFailed, tesseract

# ".nl" read as ".ni" (Nicaragua) or ".n1" at the end of a host name: these are Dutch documents.
_NL_HOST = re.compile(r"((?:://|\bwww\.)[\w.-]*\.)n[i1I|](?=[/):,]|$)")
# A letter O read among the digits of a number or code: "BWBRO001903", "2O22".
_O_FOR_ZERO = re.compile(r"(?<=[\dA-Z])[Oo](?=\d)|(?<=\d)[Oo](?=[\d/.-])")
# A scheme whose '://' OCR damaged in small type: the colon lost or read as another mark
# ('https//www.', 'https;//', 'https-//'), or a slash read as A, l or | ('https:/Awww.'). Only at a
# word's start and only before a host ('www.' or a name and a dot): 'https' is no word of its own.
_SCHEME = re.compile(
    r"^(https?)(?:[;.,-]?//|[:;][/AlI|\\]/|:/[AlI|\\](?=www\.))(?=[a-z0-9][a-z0-9-]*\.[a-z])"
)
# ... or one of its letters, in a scheme of the right length before '://' and a host ('httos://',
# 'hitps://', 'htlp://'): no word but a scheme stands so at a word's start.
_SCHEME_LETTERS = re.compile(r"(h[a-z0-9]{3,4})(?=(?::|[;.,-]?/)//?[a-z0-9][a-z0-9-]*\.[a-z])")
_DOUBTFUL = 60  # Tesseract's word confidence below which a code or URL is read again


def second_look(image: PageImage, word: hocr.Word, lang: str) -> None:
    """Read a doubtful code or URL again on its own: in context Tesseract may double a glyph."""
    if word.conf < _DOUBTFUL and any(c.isdigit() or c == "/" for c in word.text):
        read_again(image, word, lang, only_if_surer=True)
    if sum(c.isdigit() for c in word.text) >= 3:
        word.text = _O_FOR_ZERO.sub("0", word.text)
    word.text = scheme_repaired(word.text)
    if "://" in word.text or "www." in word.text:
        word.text = _NL_HOST.sub(r"\1nl", word.text)


def scheme_repaired(text: str) -> str:
    """The word with its scheme whole where OCR damaged it: its '://' ('https//www.x.nl' ->
    'https://www.x.nl') or one of its letters ('httos://www.x.nl', 'hitps://'); any other word
    as it is."""
    if not text.startswith("h"):
        return text
    if not text.startswith("http"):
        m = _SCHEME_LETTERS.match(text)
        if m is None or sum(a != b for a, b in zip(m.group(1), "https", strict=False)) != 1:
            return text
        text = ("https" if len(m.group(1)) == 5 else "http") + text[m.end(1) :]
    return _SCHEME.sub(r"\1://", text)


def read_again(
    image: PageImage, word: hocr.Word, lang: str, *, only_if_surer: bool = False
) -> None:
    """Tesseract on the word's box alone (one text line); kept if it reads as one word."""
    grey = image.grey(image.around(word.box), pad=12)
    try:
        found = tesseract(grey, lang=lang, psm=7, output="hocr")
    except OcrFailed:
        return
    again = hocr.parse_words(found)
    if len(again) == 1 and (not only_if_surer or again[0].conf > word.conf):
        word.text, word.conf = again[0].text, again[0].conf
