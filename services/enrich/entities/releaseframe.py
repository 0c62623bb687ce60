"""Names that a Woo release's frame imitates (wooprec48, bench/enrich/wooprec48.md).

Released mails, decisions and inventories carry fixed strings and labels that the name finders
read as a person or a body, though no one is named:

- a calendar item's time zone, as Outlook prints it ('(GMT+01:00) Amsterdam, Berlijn, Bern, Rome,
  Stockholm, Wenen'; its text layer often drops the commas): 'Bern Rome' is no person;
- a foundation or association named after a person ('Stichting W.H. Vliegenbos'): the name
  after 'Stichting' on its line is the body's, not a person's (the conventions' rule for a firm or
  building named after a person);
- a street before its house number and postcode, read as a name ('Carel van Bylandtiaan 30 2596
  HR', OCR's '-laan'; 'Kate Voorhout 2511 CW', OCR's 'Korte'): no person;
- a short acronym labelling a code ('UN: BA9807', OCR's 'LJN'; 'VN 2020-006736', a case's
  number): no body.

Each check is asked only where the find's own text holds its cue, so it costs next to nothing.
"""

from __future__ import annotations

import re
from typing import Final

# Outlook's Western European time zone, with or without its commas, the line broken anywhere.
_TIME_ZONE: Final = re.compile(
    r"Amsterdam[,\s]+Berlijn[,\s]+Bern[,\s]+Rome[,\s]+Stockholm[,\s]+Wenen"
    r"|Amsterdam[,\s]+Berlin[,\s]+Bern[,\s]+Rome[,\s]+Stockholm[,\s]+Vienna"
)
_ZONE_CITIES: Final = ("Berlijn", "Berlin", "Bern", "Rome", "Stockholm", "Wenen", "Vienna")
# How far the zone's string reaches either side of a find inside it.
_ZONE_REACH: Final = 60


def in_time_zone(text: str, start: int, end: int) -> bool:
    """The find stands inside a calendar item's time zone line."""
    span = text[start:end]
    if not any(city in span for city in _ZONE_CITIES):  # cheap: a zone's city in the find
        return False
    for zone in _TIME_ZONE.finditer(text, max(0, start - _ZONE_REACH), end + _ZONE_REACH):
        if zone.start() <= start and end <= zone.end():
            return True
    return False


# A foundation's or association's word right before the name, on the same line ('Van: Stichting
# W.H.Vliegenbos'); a line's end between them leaves a signature's name a person.
_BODY_WORD_BEFORE: Final = re.compile(r"(?<![\w-])(?:[Ss]tichting|[Vv]ereniging)[ \t\u00a0]+$")
_BODY_REACH: Final = 14


def names_a_foundation(text: str, start: int) -> bool:
    """The person's name is a foundation's or association's ('Stichting W.H. Vliegenbos')."""
    before = text[max(0, start - _BODY_REACH) : start]
    if "tichting" not in before and "ereniging" not in before:  # cheap
        return False
    return _BODY_WORD_BEFORE.search(before) is not None


# After a street's name: a house number on its line and a postcode (on that line or the next), or
# the postcode alone on the same line ('Korte Voorhout 7\n2511 CW', 'Kate Voorhout 2511 CW'); the
# postcode before its place ('Den Haag', "'s-Gravenhage", 'UTRECHT').
_ADDRESS_AFTER: Final = re.compile(
    r"[ \t\u00a0]+(?:\d{1,4}(?:[ \t]?[a-zA-Z](?!\w))?[ \t\u00a0,]*(?:\r?\n[ \t\u00a0]*)?)?"
    r"[1-9]\d{3}[ \t\u00a0]?[A-Z]{2}[ \t\u00a0]+(?:[A-Z]{2,}|[A-Z']\w*[a-z])"
)


def names_an_address(text: str, end: int) -> bool:
    """The person's name is a street's: a house number and a postcode follow it."""
    if not text.startswith(" ", end) and not text.startswith("\t", end):  # cheap
        return False
    return _ADDRESS_AFTER.match(text, end) is not None


def frames_person(text: str, start: int, end: int) -> bool:
    """The person found at `start`-`end` of `text` is the frame's: a time zone's cities, a
    foundation's name, a street's."""
    return (
        names_a_foundation(text, start)
        or in_time_zone(text, start, end)
        or names_an_address(text, end)
    )


# The acronyms a label or a case's number imitates: the United Nations' Dutch and English ones.
_CODE_LABELS: Final = frozenset({"UN", "VN"})
# After the acronym, a ruling's code behind a colon ('UN: BA9807', 'UN: I3A98o7', 'UN: 5Y674.6')
# or a case's number of a year and five digits or more ('VN 2020-006736', 'VN 2020-\n006736'); a
# period of years ('VN 2021-2030') is no case number.
_CODE_AFTER: Final = re.compile(
    r"[ \t\u00a0]?:[ \t\u00a0]?(?=[A-Za-z\d.]*\d)[A-Za-z\d][A-Za-z\d.]{4,8}(?=[);,\s])"
    r"|[ \t\u00a0](?:19|20)\d\d-[ \t]?(?:\r?\n)?\d{5,}"
)


def labels_a_code(text: str, start: int, end: int) -> bool:
    """'UN' or 'VN' labels a ruling's code or a case's number, and names no body."""
    if text[start:end] not in _CODE_LABELS:
        return False
    return _CODE_AFTER.match(text, end) is not None
