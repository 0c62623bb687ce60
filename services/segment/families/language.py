"""Dutch or English, from the function words a text is made of (no model needed for two)."""

from __future__ import annotations

from typing import Final

from services.segment.layout import glyphs as _glyphs

_NL = frozenset(str.split("de het een van en dat op te voor niet met zijn er aan ook om wordt"))
_EN = frozenset(str.split("the of and to that for on with be by this are it from at which have"))
# The words are the runs of a-z of the lowered text: A-Z become a-z, every other byte (and every
# byte of a code point not ASCII, each >= 0x80 in UTF-8) becomes a space, and the runs are what a
# split leaves. A table and a split in C cost a third of lowering the text and a regular
# expression's findall (`[a-z]+`), which found the same words. UTF-8, not ASCII with '?' for what
# it cannot encode: the error handler was called once for every run of such code points.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_LOWER_LETTERS_ONLY = bytes(c + 32 if 65 <= c <= 90 else _LETTERS_ONLY[c] for c in range(256))
# The two code points not ASCII whose lower case holds an ASCII letter ('İ' -> 'i̇', the Kelvin
# sign -> 'k'): a text holding one is lowered as a string first. Looked for with `in`, each a
# scan in C: the set's isdisjoint made a string of every character of the text and hashed it.
_LOWERS_TO_ASCII = frozenset("\u0130\u212a")
_LOWERING = tuple(sorted(_LOWERS_TO_ASCII))
_BYTES = ("utf-8", "surrogatepass")  # a lone surrogate too becomes bytes >= 0x80, not an error
_NL_WORDS: Final = frozenset(word.encode() for word in _NL)
_EN_WORDS: Final = frozenset(word.encode() for word in _EN)


def words(text: str) -> list[bytes]:
    """The runs of a-z of `text` lowered (`text.lower()`), as ASCII bytes, in order."""
    if any(char in text for char in _LOWERING):
        return text.lower().encode(*_BYTES).translate(_LETTERS_ONLY).split()
    return text.encode(*_BYTES).translate(_LOWER_LETTERS_ONLY).split()


def function_words(text: str) -> tuple[int, int]:
    """How many of the words of `text[:30000]` (`words`) are Dutch and how many English
    function words. The accelerator (`_bulk.c`, where it is built) reads the runs of letters in
    the string itself and makes no bytes for a word (round 49); else each word is looked up in
    the two sets (they share no word), counted in a native loop: a Counter of every word (its
    __init__ and update interpreted Python, a dict entry a word) cost twice as much (round 48)."""
    bulk = _glyphs.bulk
    if bulk is not None:
        nl, en = bulk.function_words(text, _MOST, _NL_WORDS, _EN_WORDS)
        return int(nl), int(en)
    nl = en = 0
    for word in words(text[:_MOST]):
        if word in _NL_WORDS:
            nl += 1
        elif word in _EN_WORDS:
            en += 1
    return nl, en


_MOST: Final = 30000  # characters: the opening tells the language


def language(text: str) -> tuple[str, str]:
    nl, en = function_words(text)
    kind = "en" if en > 1.5 * nl and en >= 5 else "nl"
    return kind, f"function words: {nl} Dutch, {en} English"
