"""The date a reader takes as the document's own, for families with no fixed place for it.

In order of trust: a labelled date ("Datum: 3 mei 2021", "Sent: Fri 9/18/2020", "Revision
date: 22-09-2021"), a label block with its date beside or under it (a side column's "Datum" /
"8 december 2025"), a place and date ("Den Haag, 28 oktober 2016"), a dateline on the cover or
under the title ("Versie 8.1, 15 december 2021", "21 december 2021", "15-09-2020 12:00 uur"),
then the running header or footer of the first pages. A date inside body prose ("sinds 5
oktober 2023 ...") is what the text talks about, not when it was written: it is never taken.
"""

from __future__ import annotations

import re
from typing import Final

from services.segment.families.dates import MONTHS, find_date, without_dates
from services.segment.families.reading import Reading, fold
from services.segment.layout.paragraphs import Block

_LABELS = (
    r"Datum|Date|Dagtekening|Vastgesteld|Voorgesteld|Ontvangen|Revision date|Versiedatum|"
    r"Vergaderdatum(?: en -tijd)?|Datum vergadering|Sent|Verzonden|Verstuurd|Verzenddatum|"
    r"Datum uitspraak|Uitspraakdatum"  # a court's ruling ('zaak/rolnr.: ... datum uitspraak: ...')
)
# At a line start the colon may be missing ("DATUM 1-6-2026"); inside a line it must be there
# ("Aan: ACC-19 Datum: 10 september 2020"), else "de datum van 3 mei" would count.
_LABELLED: Final = re.compile(
    rf"(?:^|(?<=\s))(?:(?:{_LABELS})\b\s*:|^(?:{_LABELS})\b)\s*(.{{4,40}})", re.M | re.I
)
# Every label holds one of these: a text holding none is not scanned (the pattern is slow).
_LABEL_WORDS: Final = (
    "datum",
    "date",
    "dagtekening",
    "vastgesteld",
    "voorgesteld",
    "ontvangen",
    "sent",
    "verzonden",
    "verstuurd",
)
_ENGLISH_LABEL: Final = re.compile(r"^(?:Date|Sent|Revision date)\b", re.I)
_LABEL_ONLY: Final = re.compile(rf"^(?:{_LABELS})\s*:?$", re.I)
PLACED: Final = re.compile(  # "Den Haag, 28 oktober 2016", "Utrecht, maandag 3 mei 2021"
    r"^(?:Den Haag|['’]s-Gravenhage|[A-Z][a-z]{2,20}(?: [A-Z][a-z]+)?),\s+(?:\w+dag\s+)?"
    r"(\d{1,2}\s+[a-z]+\.?\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})",
    re.M | re.I,
)
# What every PLACED match holds after its place: the comma, blanks and a digit, perhaps a
# weekday between ("…, 28 oktober", "…, maandag 3 mei"). Searched first: sre looks for its
# literal comma, where PLACED, a pattern of alternatives, is tried at every character.
_PLACED_TAIL: Final = re.compile(r",\s+(?:\w+dag\s+)?\d", re.I)
# the label alone of a date that is not the document's own: the request's, the letter answered
_OTHERS_DATE: Final = re.compile(
    r"^(?:Uw (?:verzoek|brief|e-?mail|aanvraag)|Ingekomen|Ontvangen|Verzoek)(?: van| d\.d\.)?:?$",
    re.I,
)
_VERSION: Final = re.compile(r"\b(?:versie|version|v)\s*\d+(?:\.\d+)*,?", re.I)
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_SPARE: Final = re.compile(r"(?:uur|am|pm|\w+dag|\w+day|mon|tue|wed|thu|thur|fri|sat|sun)", re.I)
_LINES: Final = re.compile(r"\n| \| ")  # a text's lines, and a table row's cells
_DIGIT_IN: Final = re.compile(r"\d{4}")  # every month's line holds its year
COVER: Final = 300  # characters: a page 1 with no more text than this is a cover
# the top of a page: its first blocks, above any prose
TOP_BLOCKS: Final = 10
PROSE: Final = 200
DATELINE_WORDS: Final = 4  # a dateline may carry a few words besides the date ("Versie", a name)


def printed_date(r: Reading) -> tuple[str, str] | None:
    opening = r.first_page + [b for b in r.body if b.page == 2]
    texts = [(b.page, b.text) for b in opening]
    return (
        _labelled(texts)
        or _label_block(r)
        or _placed(texts)
        or _ruling(r)
        or _dateline(_tops(opening), "cover")
        or _dateline([(b.page, b.text) for b in r.running if b.page <= 2], "running header")
        or _month_dateline(opening)
    )


# A month and its year with no day: 'Versie januari 2025', 'Versie: Februari 2020', 'Versie 2.0
# december 2024.' (meta36: beleidsboeken, an impact assessment, a beleidsplan, four producers).
_MONTH_YEAR: Final = re.compile(
    rf"(?<![\w-])({'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+(\d{{4}})(?![\w-])",
    re.I,
)
# A month after these words dates what the text speaks of, not the document: 'sinds januari
# 2020', 'per 1 juli' (a day: a full date, not read here), 'tot en met maart 2024'.
_MONTH_OF_ANOTHER: Final = re.compile(
    r"\b(?:sinds|vanaf|per|tot|met|in|na|voor|vóór|van|uiterlijk|eind|begin|medio|half|"
    r"halverwege|omstreeks|rond|circa|ca\.|since|from|until|by|before|after)\s*$",
    re.I,
)
# A version line's first sentence in a longer block: 'Versie 2.0 december 2024. In samenwerking
# door ...' (the '.' of '2.0' is no sentence's end).
_VERSION_SENTENCE: Final = re.compile(r"^(?:Versie|Version)\b.*?(?:\.(?=\s)|\n|$)", re.I | re.S)


# A court's ruling names itself with its date at its head ('Uitspraak van de enkelvoudige kamer
# van 1 oktober 2013 in de zaak tussen', 'Arrest van 5 april 2011 van het gerechtshof te ...',
# 'proces-verbaal van de mondelinge uitspraak van ... van 3 juli 2013') and says at its end when
# it was pronounced ('De beslissing is in het openbaar uitgesproken op 1 oktober 2013',
# 'Uitgesproken in het openbaar op 7 augustus 2013', '... in het openbaar uitgesproken door de
# rolraadsheer op 3 juni 2014', 'De beslissing is op 4 juli 2013 in het openbaar uitgesproken'),
# beside a word of the court's closing ('beslissing', 'arrest', 'griffier'): the formulas of
# the Dutch courts' rulings (the Awb's and the codes' 'uitspraak', 'arrest', 'vonnis',
# 'beschikking') (sweep42a).
_RULING_HEAD: Final = re.compile(
    r"^(?:proces-verbaal van de mondelinge\s+)?(?:uitspraak|arrest|vonnis|beschikking)"
    r"(?:\s+van\s+de\s+(?:[\w-]+\s+){1,3}kamer)?\s+van\s+(\d{1,2}\s+[a-z]+\s+\d{4})\b",
    re.I,
)
_PRONOUNCED: Final = re.compile(
    r"\buitgesproken\s+(?:in het openbaar\s+)?(?:door\s+[^.;\n]{1,80}?\s+)?op:?\s+"
    r"(\d{1,2}\s+[a-z]+\s+\d{4})\b"
    r"|\bop\s+(\d{1,2}\s+[a-z]+\s+\d{4})\s+in het openbaar\s+uitgesproken\b",
    re.I,
)
# the words of a ruling's closing, one of which stands beside its pronouncement
_COURTS_CLOSING: Final = re.compile(
    r"beslissing|uitspraak|arrest|vonnis|beschikking|griffier", re.I
)
RULING_TAIL: Final = 6  # blocks: where a ruling's last page says when it was pronounced


def _ruling(r: Reading) -> tuple[str, str] | None:
    """A ruling's date: the one it names itself by at the top of page 1, else the one it says
    it was pronounced on at its end. Never a date of the proceedings it speaks of ('het vonnis
    van de rechtbank van 15 juli 2011'): the head must open its block, the pronouncement is
    the court's own formula."""
    for block in r.first_page[:TOP_BLOCKS]:
        match = _RULING_HEAD.match(block.text.strip())
        found = find_date(match.group(1)) if match else None
        if match and found:
            return found[0], f"the ruling's head on page 1: '{match.group(0)[:40]}'"
    for block in reversed(r.body[-RULING_TAIL:]):
        said = "uitgesproken" in block.text.lower() and _COURTS_CLOSING.search(block.text)
        match = _PRONOUNCED.search(block.text) if said else None
        found = find_date(match.group(1) or match.group(2)) if match else None
        if match and found:
            return found[0], f"pronounced on (page {block.page}): '{match.group(0)[:40]}'"
    return None


def _month_dateline(blocks: list[Block]) -> tuple[str, str] | None:
    """The document's month where nothing better is printed: a short line at the top of the
    cover or the title page that holds a month and its year but no day. Said with its precision
    ('YYYY-MM'); run last, so never over a full printed date."""
    cover = sum(len(b.text) for b in blocks if b.page == 1) < COVER
    for page in [1, 2] if cover else [1]:
        for block in [b for b in blocks if b.page == page][:TOP_BLOCKS]:
            versioned = _VERSION_SENTENCE.match(block.text.lstrip())
            if len(block.text) >= PROSE and versioned is None:
                break
            lines = [versioned.group(0)] if versioned else _LINES.split(block.text)
            for line in lines:
                found = _month_of(line)
                if found is not None:
                    evidence = f"month and year on page {page}: '{line.strip()[:40]}'"
                    return found, f"{evidence} (precision: month)"
    return None


def _month_of(line: str) -> str | None:
    """'YYYY-MM' of a line that is a month and its year, with a few words beside it (a
    version, a label) and no day."""
    match = _MONTH_YEAR.search(line) if _DIGIT_IN.search(line) else None
    if match is None or find_date(line) is not None:
        return None
    year = int(match.group(2))
    if not 1900 <= year <= 2100 or _MONTH_OF_ANOTHER.search(line, 0, match.start()):
        return None
    rest = _VERSION.sub(" ", line[: match.start()] + " " + line[match.end() :])
    others = [w for w in _WORD.findall(rest) if not _SPARE.fullmatch(w)]
    if len(others) > DATELINE_WORDS or _MONTH_YEAR.search(line, match.end()):
        return None
    month = MONTHS[match.group(1).lower()]
    return f"{year}-0{month}" if month < 10 else f"{year}-{month}"


def _tops(blocks: list[Block]) -> list[tuple[int, str]]:
    """What stands at the top of each page, above its first prose: where a cover, a title page
    or a letter puts its date (a date further down dates a row or an event). A date under the
    label of another's ('Uw verzoek van' / '14 mei 2025') dates the request, not the letter."""
    tops: list[tuple[int, str]] = []
    cover = sum(len(b.text) for b in blocks if b.page == 1) < COVER  # page 2 is the title page
    for page in [1, 2] if cover else [1]:
        on_page = [b for b in blocks if b.page == page][:TOP_BLOCKS]
        for above, block in zip([None, *on_page], on_page, strict=False):
            if len(block.text) >= PROSE:
                break
            if above is None or not _OTHERS_DATE.match(above.text.strip()):
                tops.append((page, block.text))
    return tops


def _labelled(texts: list[tuple[int, str]]) -> tuple[str, str] | None:
    # the label words some text holds, found in all of them at once: each text is asked only
    # for those (none, for most documents without a labelled date)
    every = fold("\n".join(text for _, text in texts))
    words = [word for word in _LABEL_WORDS if word in every]
    if not words:
        return None
    for page, text in texts:
        folded = fold(text)
        if not any(word in folded for word in words):
            continue
        for match in _LABELLED.finditer(text):
            label = match.group(0)
            month_first = bool(_ENGLISH_LABEL.match(label)) and "/" in match.group(1)
            found = find_date(match.group(1), month_first)
            if found:
                return found[0], f"labelled on page {page}: '{label[:40]}'"
    return None


def _label_block(r: Reading) -> tuple[str, str] | None:
    """A label alone in its block ("Datum"), its value the next block down that holds a date."""
    blocks = r.first_page
    for i, block in enumerate(blocks[:-1]):
        if not _LABEL_ONLY.match(block.text.strip()):
            continue
        for value in blocks[i + 1 : i + 4]:
            found = find_date(value.lines[0].text)
            if found and is_dateline(value.lines[0].text):
                return found[0], f"'{block.text.strip()}' and its value on page 1"
    return None


def _placed(texts: list[tuple[int, str]]) -> tuple[str, str] | None:
    for page, text in texts:
        # every match holds its comma, and `_PLACED_TAIL` after it
        tail = "," in text and _PLACED_TAIL.search(text) is not None
        match = PLACED.search(text) if tail else None
        found = find_date(match.group(1)) if match else None
        if match and found:
            return found[0], f"place and date on page {page}: '{match.group(0)[:40]}'"
    return None


def _dateline(texts: list[tuple[int, str]], where: str) -> tuple[str, str] | None:
    for page, text in texts:
        for line in _LINES.split(text):
            found = find_date(line)
            if found and is_dateline(line):
                return found[0], f"{where} date on page {page}: '{line.strip()[:40]}'"
    return None


def is_dateline(line: str, words: int = DATELINE_WORDS) -> bool:
    """A line that is (mostly) a date: few words besides the date, a version, a weekday, a time."""
    if not find_date(line):
        return False
    rest = _VERSION.sub(" ", without_dates(line))
    others = [w for w in _WORD.findall(rest) if not _SPARE.fullmatch(w)]
    return len(others) <= words
