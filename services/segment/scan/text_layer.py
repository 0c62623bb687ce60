"""Is a page's text layer worth reading, or should the page be OCR'd?

- A page with no letters in its text layer (only blanks, or a scanner's stamp number such as
  "187472") has no usable text: it is OCR'd, whatever pdfium says it draws (a page whose only
  content is an annotation's appearance shows no page object; an empty page costs a look).
- A page of a few words (`sparse`: a cover's title over a photo, a chart page's caption, a
  divider) is OCR'd too, and what OCR reads beside its words is added (`scan.supplement`).
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
from itertools import islice

GOOD_LAYER = 0.6
MIN_TOKENS = 8
# A page with fewer words than this is sparse; words as ../shared/tools/coverage.py counts them
# (runs of letters and digits).
SPARSE_WORDS = 5
_TOKEN = re.compile(r"[^\W_]+")
_VOWELS = set("aeiouyAEIOUYáéíóúäëïöüàèìòùâêîôûÁÉÍÓÚÄËÏÖÜ")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
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


def sparse(text: str) -> bool:
    """Whether the text has fewer than `SPARSE_WORDS` words."""
    return len(list(islice(_TOKEN.finditer(text), SPARSE_WORDS))) < SPARSE_WORDS


def _plausible(token: str) -> bool:
    if WORD.fullmatch(token):
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
