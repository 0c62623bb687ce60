"""Printed dates -> ISO dates: "6 juli 2021", "25 September 2020", "10-05-2026", "Mon 9/14/2020",
"15Feb2021" (a dashboard's stamp).

Dutch documents write day-month-year; English e-mail clients (Outlook's "Sent:") write
month/day/year. The caller says which order a numeric date is in when it knows.
"""

from __future__ import annotations

import re
from typing import Final

_NL = "januari februari maart april mei juni juli augustus september oktober november december"
_EN = "january february march april may june july august september october november december"
_SHORT = {
    "jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS: Final[dict[str, int]] = {m: i for i, m in enumerate(_NL.split(), start=1)} | (
    {m: i for i, m in enumerate(_EN.split(), start=1)} | _SHORT
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORDS: Final = re.compile(
    rf"\b(\d{{1,2}})\s*(?:e\s+)?({_MONTH})\.?\s*(\d(?:\s?\d){{3}})\b", re.IGNORECASE
)
_WORDS_EN: Final = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_NUMERIC: Final = re.compile(r"(?<![\d.])(\d{1,4})[-/.](\d{1,2})[-/.](\d{2,4})(?![\d.])")
_DIGIT: Final = re.compile(r"\d")  # every date holds one: a quick "no" before the slower patterns
# The part of a `_WORDS_EN` match from its day's last digit on ("5, 2020"): \d, \s and \b read
# alike with and without re.IGNORECASE, so where this is not found neither is that. A pattern led
# by a digit is scanned for fast; `_WORDS_EN`, led by a month in either case, was tried at every
# word (round 53: ~10x this one's time on a page's text).
_EN_TAIL: Final = re.compile(r"\d,?\s+\d{4}\b")


def find_date(text: str, month_first: bool = False) -> tuple[str, int] | None:
    """The first date in `text` as (ISO date, position), or None."""
    if not _DIGIT.search(text):
        return None
    # each pattern's matches from the left, searched one at a time (as `finditer` gives them,
    # without its iterator) until one is a date
    found: list[tuple[int, str]] = []
    match = _WORDS.search(text)
    while match is not None:
        iso = _iso(match.group(3), MONTHS[match.group(2).lower()], match.group(1))
        if iso:
            found.append((match.start(), iso))
            break
        match = _WORDS.search(text, match.end())
    match = _WORDS_EN.search(text) if _EN_TAIL.search(text) else None
    while match is not None:
        iso = _iso(match.group(3), MONTHS[match.group(1).lower()], match.group(2))
        if iso:
            found.append((match.start(), iso))
            break
        match = _WORDS_EN.search(text, match.end())
    match = _NUMERIC.search(text) if _separated(text) else None
    while match is not None:
        a, b, c = match.group(1), match.group(2), match.group(3)
        if len(a) == 4:
            iso = _iso(a, int(b), c)
        elif month_first:
            iso = _iso(c, int(a), b)
        else:
            iso = _iso(c, int(b), a)
        if iso:
            found.append((match.start(), iso))
            break
        match = _NUMERIC.search(text, match.end())
    if not found:
        return None
    position, iso = min(found)
    return iso, position


def _separated(text: str) -> bool:
    """Whether `text` holds one of the separators every `_NUMERIC` match holds: a quick "no"
    before a pattern that is tried at every position."""
    return "-" in text or "/" in text or "." in text


def iso_date(text: str, month_first: bool = False) -> str | None:
    found = find_date(text, month_first)
    return found[0] if found else None


def _iso(year: str, month: int, day: str) -> str | None:
    # `_WORDS` lets one blank of any kind split the year ("20\u00a020": a no-break space)
    year = "".join(year.split())
    if len(year) == 2:
        year = f"20{year}"
    number = int(day)
    if not (1 <= month <= 12 and 1 <= number <= 31 and 1900 <= int(year) <= 2100):
        return None
    # f"{year}-{month:02d}-{number:02d}" without the format spec, which compiled code hands to
    # `str.format`
    return f"{year}-{_two(month)}-{_two(number)}"


def _two(n: int) -> str:
    """`f"{n:02d}"` of 0 <= n <= 99."""
    return f"0{n}" if n < 10 else str(n)


def without_dates(text: str) -> str:
    """`text` with its dates blanked out (to see what else a line says)."""
    text = _WORDS_EN.sub(" ", _WORDS.sub(" ", text))
    return _NUMERIC.sub(" ", text) if _separated(text) else text
