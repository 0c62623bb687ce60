"""Printed dates -> ISO dates: "6 juli 2021", "25 September 2020", "10-05-2026", "Mon 9/14/2020",
"15Feb2021" (a dashboard's stamp).

Dutch documents write day-month-year; English e-mail clients (Outlook's "Sent:") write
month/day/year. The caller says which order a numeric date is in when it knows.
"""

from __future__ import annotations

import re

_NL = "januari februari maart april mei juni juli augustus september oktober november december"
_EN = "january february march april may june july august september october november december"
_SHORT = {
    "jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS: dict[str, int] = {m: i for i, m in enumerate(_NL.split(), start=1)}
MONTHS |= {m: i for i, m in enumerate(_EN.split(), start=1)} | _SHORT
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORDS = re.compile(
    rf"\b(\d{{1,2}})\s*(?:e\s+)?({_MONTH})\.?\s*(\d(?:\s?\d){{3}})\b", re.IGNORECASE
)
_WORDS_EN = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,4})[-/.](\d{1,2})[-/.](\d{2,4})(?![\d.])")
_DIGIT = re.compile(r"\d")  # every date holds one: a quick "no" before the slower patterns


def find_date(text: str, month_first: bool = False) -> tuple[str, int] | None:
    """The first date in `text` as (ISO date, position), or None."""
    if not _DIGIT.search(text):
        return None
    found: list[tuple[int, str]] = []
    for match in _WORDS.finditer(text):
        iso = _iso(match.group(3), MONTHS[match.group(2).lower()], match.group(1))
        if iso:
            found.append((match.start(), iso))
            break
    for match in _WORDS_EN.finditer(text):
        iso = _iso(match.group(3), MONTHS[match.group(1).lower()], match.group(2))
        if iso:
            found.append((match.start(), iso))
            break
    for match in _NUMERIC.finditer(text):
        a, b, c = match.groups()
        if len(a) == 4:
            iso = _iso(a, int(b), c)
        elif month_first:
            iso = _iso(c, int(a), b)
        else:
            iso = _iso(c, int(b), a)
        if iso:
            found.append((match.start(), iso))
            break
    if not found:
        return None
    position, iso = min(found)
    return iso, position


def iso_date(text: str, month_first: bool = False) -> str | None:
    found = find_date(text, month_first)
    return found[0] if found else None


def _iso(year: str, month: int, day: str) -> str | None:
    year = year.replace(" ", "")
    if len(year) == 2:
        year = f"20{year}"
    if not (1 <= month <= 12 and 1 <= int(day) <= 31 and 1900 <= int(year) <= 2100):
        return None
    return f"{year}-{month:02d}-{int(day):02d}"


def without_dates(text: str) -> str:
    """`text` with its dates blanked out (to see what else a line says)."""
    for pattern in (_WORDS, _WORDS_EN, _NUMERIC):
        text = pattern.sub(" ", text)
    return text
