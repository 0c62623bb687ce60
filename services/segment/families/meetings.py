"""Decision lists, minutes and action lists of meetings (Tweede Kamer committees, councils).

A besluitenlijst says so in its title ("Besluitenlijst raadsvergadering 29 juni 2015", "Document:
Besluitenlijst van de procedurevergadering van donderdag 2 april 2009"); its date is the
meeting's, printed in that title, or the date line above it ("Den Haag, 3 april 2009").
A report of a meeting titled "Verslag ..." is a verslag; minutes ("Notulen") and a meeting's
action lists are notulen. Only what page 1 announces counts (titles, headings, table headers):
a letter may mention the action points of a meeting in its prose.
"""

from __future__ import annotations

import re

from services.segment.families.dates import iso_date
from services.segment.families.reading import Reading
from services.segment.layout.paragraphs import Block

# "Document: | Besluitenlijst van ...": the label and the title in two cells of a table's row.
_BESLUITEN = re.compile(r"^(?:Document:[\s|]*)?(?:Concept[- ]?)?Besluitenlijst\b", re.I | re.M)
_VERSLAG = re.compile(r"^(?:Concept[- ]?)?Verslag\b.*", re.M)
_NOTULEN = re.compile(
    r"^(?:Concept[- ]?)?(?:Notulen|Aantekeningen|Actiepunten|Actielijst)\b"
    r"|\bActiepunten\b.*\b(?:overleg|vergadering)\b|\b(?:overleg|vergadering)\b.*\bActiepunten\b",
    re.I | re.M,
)

_AGENDA = re.compile(r"^(?:Concept[- ]?)?Agenda\b(?!punt)", re.I)
# A record of a meeting that was held: page 1 opens with the meeting and the day it was held
# ("Vergadering gemeenteraad Den Haag gehouden op donderdag 23 januari 2025 (Geopend te 13.30
# uur)"), then the agenda it went through. An agenda announces a meeting to be held ("te houden
# op"); "gehouden" is said of one that took place: the minutes. The date is the meeting's.
_HELD = re.compile(
    r"^(?:Openbare |Besloten )?Vergadering\b[^.;:]{0,120}?\bgehouden op\s+([^()\n]{6,40})", re.I
)
_HELD_BLOCKS = 3
# A meeting's particulars: when and where it met, who came ("Vergaderdatum en -tijd",
# "Aanwezig:" and "Afwezig"): the notes of a meeting, or its agenda when titled so.
_PARTICULARS = re.compile(r"^Vergader(?:datum|plaats)\b|^Afwezig\b", re.I | re.M)
_CONVERSATION = re.compile(r"^(?:Gespreksverslag|Gespreksnotitie|Verslag gesprek|Gesprek)\b", re.I)
_ACTIONS = re.compile(r"\bActie(?:punten|lijst)\b|^Ter bespreking\b", re.I | re.M)
_MEETING = re.compile(r"\w*(?:overleg|vergadering|bespreking)\b", re.I)


def detect(r: Reading) -> tuple[str, str] | None:
    block = r.first(_BESLUITEN) if r.mentions("besluitenlijst") else None
    if block:
        return "besluitenlijst", f"title '{_line(block.text, _BESLUITEN)[:60]}'"
    match = _VERSLAG.search(r.titles) if "Verslag" in r.titles else None  # each match holds it
    if match:
        return "verslag", f"title '{match.group(0)[:60]}'"
    # The case-blind patterns try every position of the titles: asked only when they may match.
    named = r.titled("notulen", "aantekeningen", "actiepunten", "actielijst")
    match = _NOTULEN.search(r.titles) if named else None
    if match:
        return "notulen", f"'{match.group(0)[:60]}'"
    listed = r.titled("actiepunten", "actielijst", "ter bespreking")
    actions = _ACTIONS.search(r.titles) if listed else None
    meeting = _MEETING.search(r.titles) if actions else None
    if actions and meeting:
        return (
            "notulen",
            f"action points ('{actions.group(0)}') of a meeting ('{meeting.group(0)}')",
        )
    held = _held(r)
    if held is not None:
        return "notulen", f"a meeting held ('{held.group(0)[:60]}')"
    agenda = next((b for b in r.first_page[:3] if _AGENDA.match(b.text.strip())), None)
    if agenda is not None:
        return "agenda", f"titled '{agenda.text.strip()[:40]}'"
    met = r.mentions("vergaderdatum", "vergaderplaats", "afwezig")
    particulars = _PARTICULARS.search(r.opening) if met else None
    if particulars:
        return "notulen", f"a meeting's particulars ('{particulars.group(0)}')"
    talk = next((b for b in r.first_page[:3] if _CONVERSATION.match(b.text.strip())), None)
    if talk is not None:
        return "notulen", f"notes of a conversation ('{talk.text.strip()[:40]}')"
    return None


def title(r: Reading) -> str | None:
    named = _named(r)
    if named:
        return re.sub(r"^Document:\s*", "", named)
    for pattern in (_VERSLAG, _NOTULEN):
        match = pattern.search(r.titles)
        if match:
            return r.titles[match.start() :].split("\n")[0]
    held = _held(r)
    if held:
        return held.group(0).strip()
    return None  # the generic title steps follow (a Betreft line, then the first heading)


def date(r: Reading) -> tuple[str, str] | None:
    named = _named(r)
    if named:
        iso = iso_date(named)
        if iso:
            return iso, "date in the title"
    for pattern in (_VERSLAG, _NOTULEN):
        match = pattern.search(r.titles)
        iso = iso_date(r.titles[match.start() :].split("\n")[0]) if match else None
        if iso:
            return iso, "date in the title"
    held = _held(r)
    iso = iso_date(held.group(1)) if held else None
    if held and iso:
        return iso, f"the meeting held ('{held.group(0)[:50]}')"
    return None


def _held(r: Reading) -> re.Match[str] | None:
    """Page 1's opening block naming a meeting and the day it was held, its lines read as one."""
    if not r.mentions("gehouden op"):
        return None
    for block in r.first_page[:_HELD_BLOCKS]:
        match = _HELD.match(" ".join(block.text.split()))
        if match:
            return match
    return None


def _named(r: Reading) -> str | None:
    """The line on page 1 that names the besluitenlijst, whole: a table row read across its
    cells ("Document:" beside "Besluitenlijst van de procedurevergadering van ..."), or a line
    with what the column split cut off."""
    for block in r.first_page:
        if block.kind == "table" and block.rows:
            text = "\n".join(" ".join(cell for cell in row if cell) for row in block.rows)
        elif _BESLUITEN.search(block.text):
            text = _whole(r, block)
        else:
            continue
        if _BESLUITEN.search(text):
            return _line(text, _BESLUITEN)
    return None


def _whole(r: Reading, block: Block) -> str:
    return r.whole_line(block) if len(block.lines) == 1 else block.text


def _line(text: str, pattern: re.Pattern[str]) -> str:
    """The matching line, with the lines that run on from it ("... van woensdag 26" +
    "oktober 2016": a cell wrapped over two table rows)."""
    match = pattern.search(text)
    start = match.start() if match else 0
    first, *rest = text[start:].split("\n")
    for more in rest:
        more = more.strip(" |")
        if not more[:1].islower():
            break
        first = f"{first.rstrip()} {more}"
    return first.strip()
