"""Is a page's text layer worth reading, or should the page be OCR'd?

- A page with no letters in its text layer (only blanks, or a scanner's stamp number such as
  "187472") has no usable text: it is OCR'd when it shows anything at all (`shows_something`).
- A scanner's invisible OCR layer (text render mode 3 over the page image, common in Woo
  releases) is used when it is good and read again with Tesseract when it is garbage.

How "good" is measured (`plausibility`): the share of the layer's characters that stand in
plausible tokens. A token (blank-separated, outer punctuation stripped) is plausible when it
- reads as a word: letters only (with inner hyphens or apostrophes), at least two of them, a
  vowel among them, and lower case, Capitalised or UPPER CASE throughout; or one of the
  one-letter words of Dutch and English ("u", "a", "é" ...);
- is a number, a date or an amount: digits with . , : / - %;
- is a code, an address or a URL: letters and digits mixed, at least four characters
  ("2022Z20166", "5.1.2e"), or it holds "@", "www." or "://".
Tokens that are a single punctuation mark count for neither side. Real OCR layers of letters
score 0.85-0.97 (a misread word here and there); a garbage layer ("l1I ,;. iI| rn~") scores
well under 0.5. `GOOD_LAYER` sits between, and a page needs `MIN_TOKENS` tokens to be judged.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

GOOD_LAYER = 0.6
MIN_TOKENS = 8
_VOWELS = set("aeiouyAEIOUYáéíóúäëïöüàèìòùâêîôûÁÉÍÓÚÄËÏÖÜ")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NUMBER = re.compile(r"[€$]?\d[\d.,:/%\-–]*")
_CODE = re.compile(r"[\w.\-/]{4,}")
_ONE_LETTER = set("auoeéiAUOEIé&")
_PUNCT = "\"'“”‘’«»()[]{}.,;:!?*"


def plausibility(text: str) -> tuple[float, int]:
    """(share of characters in plausible tokens, number of tokens judged)."""
    good = total = tokens = 0
    for raw in text.split():
        token = raw.strip(_PUNCT)
        if not token:
            continue
        if len(token) == 1 and not token.isalnum():
            continue
        tokens += 1
        total += len(token)
        if _plausible(token):
            good += len(token)
    return (good / total if total else 0.0), tokens


def layer_is_garbage(text: str) -> bool:
    share, tokens = plausibility(text)
    return tokens >= MIN_TOKENS and share < GOOD_LAYER


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def shows_something(page: pdfium.PdfPage) -> bool:
    """Whether the page draws anything but text (an image, paths, a form): a letterless page
    that does is OCR'd; one that does not is blank."""
    return any(obj.type != pdfium_c.FPDF_PAGEOBJ_TEXT for obj in page.get_objects(max_depth=1))


def _plausible(token: str) -> bool:
    if _WORD.fullmatch(token):
        if len(token) == 1:
            return token in _ONE_LETTER
        letters = token.replace("-", "").replace("'", "").replace("’", "")
        cased = letters.islower() or letters.isupper() or letters[1:].islower()
        return cased and not _VOWELS.isdisjoint(token)
    if _NUMBER.fullmatch(token):
        return True
    if "@" in token or "www." in token or "://" in token:
        return True
    return bool(
        _CODE.fullmatch(token)
        and any(c.isdigit() for c in token)
        and any(c.isalpha() for c in token)
    )
