"""Is a page's text layer worth reading, or should the page be OCR'd?

- A page with no letters in its text layer (only blanks, or a scanner's stamp number such as
  "187472") has no usable text: it is OCR'd, whatever pdfium says it draws (a page whose only
  content is an annotation's appearance shows no page object; an empty page costs a look).
- A page of a few words (`sparse`: a cover's title over a photo, a chart page's caption, a
  divider) is OCR'd too, and what OCR reads beside its words is added (`scan.supplement`).
- A scanner's invisible OCR layer (text render mode 3 over the page image, common in Woo
  releases) is used when it is good and read again with Tesseract when it is garbage.
- A visible text layer that is garbage (a font whose character map is wrong) is read again by
  Tesseract too; OCR's reading replaces it only when it is more plausible. Either way the page
  is marked degraded (`GARBAGE_READ_BY_OCR`, `GARBAGE_KEPT`) and a warning names it; so is a
  page whose layer has no letter at all for the same fault (every letter a private-use code).

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

A visible text layer (what a reader selects and copies) is judged more strictly
(`visible_layer_is_garbage`): tables of codes, lists of file names and text in other scripts
score under `GOOD_LAYER` too (release notes listing attribute codes 0.07-0.6, an inventory list
of split dates 0.53, a table headed "IR_v_kalf IR_m_pink" 0.54), and they must keep their exact
text. A font whose character map is wrong (subset fonts of some converters: the page shows
"Geachte heer," where pdfium reads "\\x15 '3A=B?/2?3@") gives what no text holds: control
characters and private-use code points (`unknown_codes`). A visible layer is garbage when it
scores under `GOOD_LAYER`, has `MIN_VISIBLE_TOKENS` tokens and `UNKNOWN_CODES` of such
characters. Measured on 4,546 visible pages of 20 tokens or more (Woo releases, the corpus, the
breadth sets): the scrambled Wob letters score 0.26-0.46 with 9-25% unknown codes; no other page
under `GOOD_LAYER` has a single one, and no page at all more than 1.6% (Word's bullets map to
the private-use area; pdfium's own line-end marks U+0002 and U+FFFE are not counted).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from services.segment.layout.glyphs import bulk

GOOD_LAYER = 0.6
MIN_TOKENS = 8
MIN_VISIBLE_TOKENS = 20
UNKNOWN_CODES = 0.01  # share of a visible layer's characters that no text holds
# Why a page's visible text layer was not trusted (`PageRuns.degraded`, metadata.quality), and
# the warning naming the page.
GARBAGE_READ_BY_OCR = "garbage_text_layer"
GARBAGE_KEPT = "garbage_text_layer_kept"
GARBAGE_WARNINGS = {
    GARBAGE_READ_BY_OCR: "page {page}: its text layer reads as garbage (a font without a usable "
    "character map); the page was read by OCR",
    GARBAGE_KEPT: "page {page}: its text layer reads as garbage (a font without a usable "
    "character map) and OCR read it no better: the text layer is kept, its words may not be "
    "findable",
}
# A scanner's invisible layer that read only part of the page's print (`scan.completeness`):
# OCR's runs where the layer has none were added (`scan.supplement.filled_in`).
INCOMPLETE_LAYER_WARNING = (
    "page {page}: its invisible OCR layer misses part of the page's print; {lines} line(s) "
    "OCR read where the layer has no words were added"
)
# A page with fewer words than this is sparse; words as ../shared/tools/coverage.py counts them
# (runs of letters and digits), but a glyph the font does not map, inside a word, is one of its
# letters: pdfium gives U+FFFD for a ligature without a map and U+FFFE at a soft hyphen, so a
# map's caption 'Loca\ufffde te kappen bomen' is four words, not five (every word coverage.py counts
# on a page still counts: a page it calls blank is sparse).
SPARSE_WORDS = 5
_TOKEN = re.compile(r"[^\W_]+(?:[\ufffd\ufffe]+[^\W_]+)*")
_VOWELS = set("aeiouyAEIOUYáéíóúäëïöüàèìòùâêîôûÁÉÍÓÚÄËÏÖÜ")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NUMBER = re.compile(r"[€$]?\d[\d.,:/%\-–]*")
_CODE = re.compile(r"[\w.\-/]{4,}")
_ONE_LETTER = set("auoeéiAUOEIé&")
# control characters but tab, line ends and pdfium's hyphen mark U+0002; the private-use area
_UNKNOWN_CODE = re.compile("[\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff]")
_BLANK = re.compile("[ \t\r\n]")
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


def visible_layer_is_garbage(text: str) -> bool:
    if unknown_codes(text) < UNKNOWN_CODES:  # first: it is cheap, and most pages have none
        return False
    share, tokens = plausibility(text)
    return tokens >= MIN_VISIBLE_TOKENS and share < GOOD_LAYER


def unknown_codes(text: str) -> float:
    """The share of the non-blank characters that are control characters or private-use code
    points (pdfium's own marks U+0002 and U+FFFE, a line-end hyphen, not counted)."""
    unknown = unknown_count(text)
    if not unknown:
        return 0.0
    chars = len(text) - len(_BLANK.findall(text))
    return unknown / chars if chars else 0.0


def _unknown_count(text: str) -> int:
    """How many characters `_UNKNOWN_CODE` matches: `unknown_count` without the accelerator."""
    return len(_UNKNOWN_CODE.findall(text))


# Counted once a page over its whole text: the accelerator's loop (`_bulk.c`) where it is built,
# sre's set test a character cost ~50 instructions (bench/segment/speed23.md, round 52).
unknown_count: Callable[[str], int] = _unknown_count if bulk is None else bulk.unknown_count


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
