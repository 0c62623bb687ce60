"""The letter's own kenmerken: 'Ons kenmerk' / 'Uw kenmerk' in the letterhead, and the metadata
values.

A kenmerk is whatever the sender printed, so it is kept as printed. The value after a label must
hold
a digit: in interleaved side-column text the next line may just as well be body text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Final

from services.enrich.hits import Hit
from services.enrich.scan import Guarded
from services.enrich.words import read

_LABELLED: Final = Guarded(
    r"(?<![\w])",
    r"(?:Ons|Onze|Uw|ons|onze|uw)\s+(?:kenmerk|referentie)\s*:?\s*(?P<value>(?=[\w./-]*\d)[A-Za-z0-9][\w./-]{2,}[A-Za-z0-9])",
)


# woo49: a label standing alone in its segment, its value the next segment's whole text. The
# Rijkshuisstijl's side column sets 'Onze referentie' (RVO, NVWA, BZ, AZ) or 'Ons kenmerk' over
# its value, and the segmenter may cut the two apart ('Onze referentie' | 'Wob/2020/177').
_LABEL: Final = r"(?:(?:Ons|Onze|Uw)[ \t]+(?:kenmerk|referentie)|Kenmerk)[ \t]*:?"
# The value: one token with a digit, or tokens around spaced slashes ('DGKE-WO / 21078921').
_VALUE: Final = r"(?=[\w./ -]*\d)[A-Za-z0-9][\w.-]*(?:[ \t]?/[ \t]?[\w.-]+)*[A-Za-z0-9]"
_LABEL_ALONE: Final = re.compile(_LABEL)
_VALUE_ALONE: Final = re.compile(_VALUE)
# ... or the label and its value in one short segment, as a running side column prints them on
# the next pages ('Onze referentie TRCVWA/2020/776', the segmenter's page furniture).
_LABEL_AND_VALUE: Final = re.compile(rf"{_LABEL}[ \t]+(?P<value>{_VALUE})")
_LABEL_LONGEST: Final = 18  # 'Onze referentie :', a space more
_VALUE_LONGEST: Final = 40
# The longest segment text `paired` needs to see (a label or a value, with blanks around it).
SHORT_TEXT: Final = 48


def paired(texts: Iterable[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """`texts`: (index, page, text) of a document's segments in reading order, those of
    SHORT_TEXT characters or fewer. Each value that a label alone in its segment heads in the next
    segment of the same page, or that its label precedes in one segment, with that segment's
    index."""
    found: list[tuple[int, str]] = []
    label_at, label_page = -2, -1
    for i, page, text in texts:
        short = text.strip()
        if (
            i == label_at + 1
            and page == label_page
            and _SHORTEST <= len(short) <= _VALUE_LONGEST
            and _VALUE_ALONE.fullmatch(short) is not None
        ):
            found.append((i, short))
        if len(short) <= _LABEL_LONGEST and _LABEL_ALONE.fullmatch(short) is not None:
            label_at, label_page = i, page
        elif ("enmerk" in short or "eferentie" in short) and (
            both := _LABEL_AND_VALUE.fullmatch(short)
        ) is not None:
            found.append((i, both.group("value")))
    return found


# A label's words (words.py tells whether a text holds them: one pass a text for every cue).
CUES: Final = frozenset({"enmerk", "eferentie"})


# refgold45: a metadata value is echoed only as long as the label's own reading can be (four
# characters): an OCR'd side column gave 'Uw kenmerk' the value '9', and every '9' of the letter
# (a page's count, a list's number) became a kenmerk.
_SHORTEST: Final = 4


@cache
def _value_pattern(value: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(value)}(?![\w])")


# ocr49: a year alone, or a year and its dash, is the head of a kenmerk whose rest OCR parted from
# it ('Ons kenmerk 2022- 3428611374', 'Ons kenmerk 2021 3802880601'); as a kenmerk it would also
# be echoed on every year the letter prints. No sender numbers its letters by the year alone.
_YEAR_HEAD: Final = re.compile(r"(?:19|20)\d\d-?")


def find(text: str, known: Iterable[str] = ()) -> Iterator[Hit]:
    seen: set[tuple[int, int]] = set()
    labelled = not read(text).cues.isdisjoint(CUES)
    for m in _LABELLED.finditer(text) if labelled else ():
        if _YEAR_HEAD.fullmatch(m.group("value")):
            continue
        seen.add(m.span("value"))
        yield Hit("kenmerk", m.start("value"), m.end("value"), m.group("value"))
    for value in known:
        if len(value) < _SHORTEST or value not in text or not any(ch.isdigit() for ch in value):
            continue
        if value.endswith("-") or _YEAR_HEAD.fullmatch(value):
            continue
        for m in _value_pattern(value).finditer(text):
            if m.span() not in seen:
                seen.add(m.span())
                yield Hit("kenmerk", m.start(), m.end(), value)
