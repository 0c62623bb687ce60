"""Footnotes at the page foot: a tight block of small-font lines, each note opened by its number.

On a page of several columns each column may end in its own notes (a landscape report sets the
note under the column that refers to it), so the notes are looked for at every column's foot.

The block is found from the bottom up, so small text higher on the page (a table, a caption) is
not mistaken for notes. A number opening a line only starts a note when it is the next number,
so a note line that happens to begin with "2024" stays part of its note.

Notes need evidence: small numbered lines at a page's foot are notes only when most of their
numbers are proven, by a note marker in the body (raised, or glued after a word, as the line
builder reads them, or typed in the text's size after a stop: 'neergelegd.1') on that page or
the page before, or by the note's own raised label; a lone note numbered next after the
document's notes so far needs no more (a Wob decision's scan whose text layer lost the raised
'1'). A law's lids quoted in 9 pt ('1.', '2.' of Wob art. 10 in a decision's annex) or a small
table's numbered rows have neither: they stay body (a list, a paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from services.segment.layout.lines import Line

InTable = Callable[[Line], bool]


def _no_table(line: Line) -> bool:
    return False


_PLAIN_LABEL = re.compile(r"^(\d{1,3})[).]?\s+(\S.*)$")
# A note whose text does not fit beside its number (a long web address) starts on the next line,
# under the number standing alone.
_BARE_LABEL = re.compile(r"^(\d{1,3})$")
_STOPS: Final = (".", "!", "?")
SMALL = 0.93  # a note's font is smaller than this share of the body font (the Rijksoverheid
# Word template sets notes in 8 pt under 9 pt text: 0.92)


@dataclass
class Footnote:
    number: str
    lines: list[Line] = field(default_factory=list)


def split_column_footnotes(
    lines: list[Line],
    body_size: float,
    last_number: int,
    carry: bool = False,
    in_table: InTable = _no_table,
    pending: set[str] | None = None,
) -> tuple[list[Line], list[Footnote]]:
    """`split_footnotes` at the foot of each body column; `lines` in reading order (column by
    column, top to bottom). Only the first column can carry a note on from the page before, and
    notes stand in the page's lower half: a short column ending high up (a letter's "Datum" and
    "Kenmerk" beside the text) ends in no notes. `in_table`: whether a line stands in a drawn
    table. `pending`: the note markers of the page before whose notes did not stand there; with
    it, notes need evidence (the module's doc), and it is set to this page's unplaced markers."""
    marks: set[str] | None = None
    own = {r for ln in lines for r in ln.refs}
    if pending is not None:
        marks = pending | own
    columns: list[list[Line]] = []
    for line in lines:
        if columns and columns[-1][0].zone == line.zone:
            columns[-1].append(line)
        else:
            columns.append([line])
    if len(columns) <= 1:
        body, notes = split_footnotes(
            lines, body_size, last_number, carry, in_table=in_table, marks=marks
        )
    else:
        middle = (max(ln.y1 for ln in lines) + min(ln.y0 for ln in lines)) / 2
        body, notes = [], []
        for i, column in enumerate(columns):
            kept, found = split_footnotes(
                column, body_size, last_number, carry and i == 0, middle, in_table, marks
            )
            body += kept
            notes += found
            numbered = [int(n.number) for n in found if n.number.isdigit()]
            last_number = numbered[-1] if numbered else last_number
    if pending is not None:
        pending.clear()
        pending.update(own - {n.number for n in notes})
    return body, notes


def split_footnotes(
    lines: list[Line],
    body_size: float,
    last_number: int,
    carry: bool = False,
    floor: float = float("inf"),
    in_table: InTable = _no_table,
    marks: set[str] | None = None,
) -> tuple[list[Line], list[Footnote]]:
    """Lines of one page (top to bottom) -> (body lines, footnotes).

    With `carry` (the last note so far did not end), unlabelled note-sized lines above the
    page's first note continue that note: they come back as a footnote labelled "+". Notes
    stand lower than `floor` (a y coordinate), or there are none. Notes stand under a drawn
    table, never in it: a table in small type reaching down to the page foot has rows that
    open with their number ('5. Reproduceerbaarheid' in its label column). With `marks` (the
    note markers that may prove a note), the numbered notes must be proven (`_proven`).
    """
    start = len(lines)
    below: Line | None = None  # the nearest line under `line` but a stray mark
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        above = lines[i - 1] if i else None
        if (
            in_table(line)
            or len(line.cells) > _ROW_CELLS
            or (line.size >= SMALL * body_size and not _set_in_note(line, above, below))
        ):
            break
        # a stray mark (pdfium's lone U+FFFE in 0.5 pt) is measured in the notes' size
        mark = below is not None and _stray_mark(line, below.size)
        size = below.size if mark and below is not None else line.size
        if below is not None and line.base - below.base > 2.6 * max(size, 1.0):
            break
        if mark:
            start = i
            continue
        below = line
        start = i
    zone = lines[start:]
    if any(ln.y1 > floor for ln in zone):
        return lines, []
    carried: list[Line] = []  # unlabelled small lines atop the notes: a note run on from before
    while zone and _opens(zone, 0, last_number, first=True) is None:
        carried.append(zone[0])
        zone = zone[1:]
    # small lines atop the first numbered one that run no note on and end no sentence: a small
    # table's head over its rows ('Nr. Eis Prio Bewijs' over '1 Waar van toepassing ...'). A
    # page's notes open with a note; under such a head only a raised marker proves them, not a
    # lone next number or a digit glued in the text ('WCAG 2.1 (Web' reads as marker '1'). A line
    # that ends a sentence may be a note whose number the text layer lost (a scan's "' ABRvS 17
    # juli 2013, ECLI: ...")
    headed = (
        bool(carried) and not carry and not any(ln.text.rstrip().endswith(_STOPS) for ln in carried)
    )
    if not carry:
        carried = []
    if not zone and not carried:
        return lines, []
    body = lines[: len(lines) - len(zone) - len(carried)]
    notes: list[Footnote] = [Footnote("+", carried)] if carried else []
    expected = last_number
    joins: list[tuple[Line, Line]] = []  # (note line, the mark that ends it)
    plain: list[Line] = []  # lines that open with their note's number in plain type
    shown = 0  # numbered notes with evidence
    for k, line in enumerate(zone):
        last = notes[-1].lines[-1] if notes and notes[-1].lines else None
        if last is not None and _mark_ending(line, last):
            joins.append((last, line))
            continue
        number = _opens(zone, k, expected, first=len(notes) == len(carried[:1]))
        if number is not None:
            notes.append(Footnote(number))
            expected = int(number) if number.isdigit() else expected
            shown += line.label is not None or (marks is not None and number in marks)
            if _bare(line):
                continue  # the number is the note's label; its text follows on the next line
            if line.label is None:
                plain.append(line)
        notes[-1].lines.append(line)
    numbered = notes[len(carried[:1]) :]
    if len(numbered) == 1 and numbered[0].number == str(last_number + 1) and not headed:
        shown = 1  # one note, the next of the document's: a scan's marker the layer lost
    if marks is not None and not headed and not _proven(len(numbered), shown):
        glued = _glued_marks(body)  # asked only here: most pages have no unproven notes
        shown += sum(1 for note in numbered if note.number in glued and note.number not in marks)
    if marks is not None and not _proven(len(numbered), shown):
        if carried:  # the note run on from before is proven there; the rest is body
            return body + zone, notes[:1]
        return lines, []
    for note_line, stray in joins:
        note_line.text = note_line.text.rstrip() + stray.text.strip()
    for line in plain:
        line.text = _PLAIN_LABEL.sub(r"\2", line.text.lstrip(), count=1)
    return body, notes


# matrix38: a line in three cells or more, words wide apart, is a table's row ('1   08-01-2026
# E-mail van de projectleider ...   Deels openbaar   5.1.2e' at the foot of a page the table goes
# on from), not a note, however small its type and whatever number opens it: notes run as text
_ROW_CELLS: Final = 2


# A marker typed in the text's own size, glued after a sentence's stop or a word
# ('neergelegd.1 Het', 'publiceren.2'): after a mark or three lower-case letters, so a unit's or a
# formula's digit ('m2', 'CO2') is none.
_GLUED_MARK: Final = re.compile(r"(?:[.,;:)’”]|[a-z]{3})(\d{1,3})(?=[\s.,;:)]|$)")


# Superscript digits as characters ('CBS²', as a web page's text may hold them)
_SUPERSCRIPTS: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_RUN: Final = re.compile(r"[⁰¹²³⁴-⁹]+")


def _glued_marks(lines: list[Line]) -> set[str]:
    marks: set[str] = set()
    for line in lines:
        marks.update(m.group(1) for m in _GLUED_MARK.finditer(line.text))
        marks.update(run.translate(_SUPERSCRIPTS) for run in _SUPERSCRIPT_RUN.findall(line.text))
    return marks


def _proven(numbered: int, shown: int) -> bool:
    """Whether a page foot's numbered notes are notes: half of them or more have evidence (a
    marker in the body, a raised label). A marker the line builder missed (in a table, an
    italic word) does not undo a block whose other notes are proven."""
    return 2 * shown >= numbered


def _stray_mark(line: Line, size: float) -> bool:
    """A mark without a letter or a digit set in under half the notes' `size`."""
    return line.size < 0.5 * size and not any(c.isalnum() for c in line.text)


def _mark_ending(line: Line, last: Line) -> bool:
    """A stray mark on a note line's baseline: the soft hyphen of the word broken at the line's
    end, set apart in 0.5 pt. It ends that line, so the broken word is joined again."""
    return _stray_mark(line, last.size) and abs(last.base - line.base) <= 0.5 * last.size


def _set_in_note(line: Line, above: Line | None, below: Line | None) -> bool:
    """Whether a line in the body's type stands inside a note: a note line right above it and
    one right under it, both at the notes' line pitch (a web address Word sets in the body's
    size in the middle of an 8 pt note)."""
    if above is None or below is None or line.label is not None:
        return False
    return (
        above.size < below.size * 1.05
        and below.size < line.size * SMALL
        and 0 < above.base - line.base <= 1.5 * above.size
        and 0 < line.base - below.base <= 1.5 * below.size
    )


def _opens(zone: list[Line], k: int, last_number: int, first: bool) -> str | None:
    """The number of the note zone[k] opens, if it opens one: a number alone on its line opens
    the note set right under it, or none."""
    line = zone[k]
    number = _label(line, last_number, first)
    if number is not None and _bare(line) and not _text_under(line, zone[k + 1 : k + 2]):
        return None
    return number


def _bare(line: Line) -> bool:
    """A number alone on its line, not read as a label by the line builder."""
    return line.label is None and _BARE_LABEL.match(line.text.strip()) is not None


def _text_under(number: Line, below: list[Line]) -> bool:
    """Whether a note's words stand right under its number (a chart's axis numbers do not)."""
    if not below:
        return False
    text = below[0]
    return (
        abs(text.x0 - number.x0) < 2 * number.size
        and number.y0 - text.y1 < number.size
        and any(c.isalpha() for c in text.text)
    )


def _label(line: Line, last_number: int, first: bool) -> str | None:
    if line.label is not None:
        return line.label
    match = _PLAIN_LABEL.match(line.text.lstrip()) or _BARE_LABEL.match(line.text.strip())
    if not match:
        return None
    number = int(match.group(1))
    if number == last_number + 1 or (first and 0 < number <= last_number + 3):
        return match.group(1)
    return None
