"""Letter-spaced text: footnotes whose PDF text has a space at every kerning gap.

Some letters print footnotes in a font whose glyph spacing pdfium reads as word breaks:
'Kamers tukken I I, 2 0 22-2023, 2 9665, nr. 482', 'T oezegging', 'N ederlandse A rbeidsinspectie'.
No citation pattern reads that, and the segmenter keeps the text as printed. Such a segment is
recognised by its split words ('Kamers tuk', a capital cut from the rest of its word), and only
there are the gaps closed that the spacing opened: between digits, in 'I I' (the chamber), in
'T K' and 'T Z' (a zaak number's letters), after 'kst' and a capital cut from its word. Nothing
else changes, so no digit is added or read differently: the numbers are the printed ones, only
no longer broken. The closed text comes with a map back to the printed offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from services.enrich.words import read

# Signs of the spacing: a word cut after its s ('Kamers tuk', 'Bes luit'), a capital cut from
# its word ('T oezegging', 'A lgemene'); not 'U' or 'I', which are words ('U kunt', 'I have'),
# nor a capital before a small word of its own ('college van B en W van X').
# (Searched from the space after the capital, the capital and the place before it looked back at:
# led by the capital's class, the engine tested every character of the text against it; led by
# the space, it compares one character and tries the rest at spaces alone. A match ends where the
# capital-led one ended, which is all `is_letter_spaced` reads of it; throughput38.)
_CUT_CAPITAL: Final = re.compile(
    r" (?<=(?<![\w])[A-HJ-TV-Z] )(?!(?:en|of|van|de|het|der|den|te|in|op|tot|met)(?![\w]))[a-z]{2}"
)
_CUT_KAMERSTUK: Final = re.compile(r"[Kk]amers tuk")
_GAPS: Final = re.compile(
    # '2 0 22-2023', '2 9665', 'nr. 1 0 5 3'; not before a date, which a number precedes in a
    # table's row ('127 13-11-2019', '2021-2024 9-11-19')
    r"(?<=\d) (?=\d)(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d))"
    r"|(?<=(?<![\w])I) (?=I(?![\w]))"  # 'Kamerstukken I I'
    r"|(?<=(?<![\w])T) (?=[KZ](?![a-z]))"  # 'T K 85-5-7', 'T Z202309-010'
    r"|(?<=(?<![\w])kst) (?=[-\u2013]\d)"  # 'kst -30552-3'
    r"|(?<=[Kk]amers) (?=tuk)"  # 'Kamers tukken'
    r"|(?<=(?<![\w])[A-Z]) (?=[a-z]{2,})"  # 'T oezegging'
)


# The words the tests below need, read in words.py's one pass over the text.
CUES: Final = frozenset({"amers tuk", " ."})


# woo49: the two cut capitals stand near each other. Spacing cuts every capital-led word of the
# text it touches; a long table (a Woo inventory's 140 rows) holds a stray 'M reageert' ('M': the
# minister) in two rows pages apart, and read as spaced it had its numbers glued together
# ('2004-2005 21501-20 nr. 270' -> '2004-200521501-20').
_SIGNS_NEAR: Final = 300


def is_letter_spaced(text: str) -> bool:
    if "amers tuk" in read(text).cues and _CUT_KAMERSTUK.search(text) is not None:
        return True
    first = _CUT_CAPITAL.search(text)
    while first is not None:
        second = _CUT_CAPITAL.search(text, first.end())
        if second is None:
            return False
        if second.start() - first.start() <= _SIGNS_NEAR:
            return True
        first = second
    return False


@lru_cache(maxsize=256)  # references and entities ask for the same segment's text
def close_gaps(text: str) -> tuple[str, list[int]] | None:
    """The text with the spacing's gaps closed and, per character of it, its offset in `text`;
    None when the text is not letter-spaced."""
    if " " not in text or not is_letter_spaced(text):
        return None
    return _closed(text, {m.start() for m in _GAPS.finditer(text)})


def _closed(text: str, gaps: set[int]) -> tuple[str, list[int]] | None:
    """`text` without the characters at `gaps`, and the offset in `text` of each kept one."""
    if not gaps:
        return None
    kept = [i for i in range(len(text)) if i not in gaps]
    return "".join(text[i] for i in kept), kept


# Initials a PDF printed with a space inside ('drs. V.L.W .A. Heijnen'): a space between an
# initial and its own dot is the spacing's, never a word break.
_INITIALS_GAP: Final = re.compile(r"(?<=[A-Z]\.[A-Z]) (?=\.[A-Z]\.)")


def close_initials(text: str) -> tuple[str, list[int]] | None:
    """The text with spaces inside a run of initials closed ('V.L.W .A.' -> 'V.L.W.A.') and,
    per character, its offset in `text`; None when there are none."""
    if " ." not in read(text).cues:
        return None
    return _closed(text, {m.start() for m in _INITIALS_GAP.finditer(text)})
