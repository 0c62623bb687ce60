"""Common Dutch words that are no name: data/common_words.txt (OpenTaal's word list less every
listed surname and given name; see data/build_common_words.py). Read where a capitalised word
may be a title's first word rather than a surname ('de motie Kunstgras', 'wethouder
Bibliotheken'); the file is loaded on the first such question."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "common_words.txt"
MIN_LENGTH: Final = 4  # the list's own floor: shorter words are too often names ('Kok', 'Smit')


@cache
def _words() -> frozenset[str]:
    with _FILE.open(encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and line[0] != "#")


def common_word(word: str) -> bool:
    """`word`, capitalised as a title's or portfolio's first word ('Kunstgras', 'Inzet'), is a
    Dutch word that no listed surname or given name is: 'Bakker', 'Visser', 'Hart', 'Straat'
    are not (OpenTaal capitalises them too, or deduce's or the people list holds them)."""
    if len(word) < MIN_LENGTH or not word[:1].isupper() or not word[1:].islower():
        return False
    return word.lower() in _words()
