"""Common Dutch words that are no name: data/common_words.txt (OpenTaal's word list less every
listed surname and given name; see data/build_common_words.py). Read where a capitalised word
may be a title's first word rather than a surname ('de motie Kunstgras', 'wethouder
Bibliotheken'); the file is loaded on the first such question."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Final

# read through the data package, not this module's __file__: compiled, the module need not lie
# beside its source
_FILE: Final = "common_words.txt"
MIN_LENGTH: Final = 4  # the list's own floor: shorter words are too often names ('Kok', 'Smit')


@cache
def _words() -> frozenset[str]:
    text = files("services.enrich.data").joinpath(_FILE).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and line[0] != "#")


def common_word(word: str) -> bool:
    """`word`, capitalised as a title's or portfolio's first word ('Kunstgras', 'Inzet'), is a
    Dutch word that no listed surname or given name is: 'Bakker', 'Visser', 'Hart', 'Straat'
    are not (OpenTaal capitalises them too, or deduce's or the people list holds them)."""
    if len(word) < MIN_LENGTH or not word[:1].isupper() or not word[1:].islower():
        return False
    return word.lower() in _words()


def known_word(word: str) -> bool:
    """`word`, in lower case, is on the list: a Dutch word that is no name (ocrurls reads the
    words of an OCR'd address's path by it; a name is never a word a path is read as)."""
    return word in _words()
