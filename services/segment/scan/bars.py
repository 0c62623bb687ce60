"""Light text on a shaded bar, turned dark on white before Tesseract reads the page.

A heading set white on a grey bar ('Bijlage 2 inventarislijst' white on 30 % grey, an annex's
title bar, a table's head row) is lost by Tesseract with or without its own inversion: its
global threshold makes the bar and the letters both paper (30 % grey is lighter than its
threshold) or finds no text in a dark band. Here a bar is found as rows of the page holding a
long unbroken run of shade (`_RUN` inches: a line of type never does), bounded by such rows
above and below and shaded at both ends in the rows between (where the letters break the run),
no taller than a heading's band (`_TALLEST` points) and `_LONG` times as wide as tall (a logo's
block is not). A band near black (`_BLACK`) is a redaction's box or a logo, left alone.
Inside it, when the letters are lighter than the shade (pixels well above its level outnumber
those well below), the band's grey levels are mapped so the shade becomes paper and the
letters ink. Dark text on a light bar (a
table's grey head row) is left as it is: Tesseract reads it. A page without such a band is
handed on unchanged: the cost is one translation and one search per pixel row (C loops).
"""

from __future__ import annotations

from typing import Final

_PAPER: Final = 235  # grey level from which a pixel is paper
_SHADE: Final = bytes(1 if v < _PAPER else 0 for v in range(256))  # 1: not paper
_RUN: Final = 2.0  # inches of unbroken shade a bar's rows hold (a line of type never does)
_LONG: Final = 4.0  # a bar is at least this many times as wide as it is tall (a logo is not)
_BLACK: Final = 48  # a band darker than this is a redaction's box or a logo: left as it is
_SHORTEST: Final = 6.0  # points: a bar at least this tall ...
_TALLEST: Final = 60.0  # ... and at most this tall (a photograph or a grey page is no bar)
_APART: Final = 48  # grey levels between the shade and its letters
_LETTERS: Final = 0.002  # share of the band's pixels its light letters take at least
_MARGIN: Final = 6  # rows above and below a bar where the paper is looked for
_PAPER_AROUND: Final = 0.1  # share of those rows that may be shade (a letter's descender)
_END: Final = 6  # pixels at each end of the band that are shade in every row, letters or not


def lift_light_text(rows: list[bytes], scale: float) -> list[bytes]:
    """`rows` (grey levels, one bytes a pixel row; `scale` pixels a point) with each shaded
    band whose text is lighter than it turned dark text on white; the same list when none."""
    bands = _bands(rows, scale)
    if not bands:
        return rows
    out = rows
    for top, bottom, left, right in bands:
        level = _level(b"".join(row[left:right] for row in rows[top:bottom]))
        if level < _BLACK:
            continue
        table = _lifted(level)
        area = (bottom - top) * (right - left)
        light = dark = 0
        for y in range(top, bottom):
            part = rows[y][left:right]
            light += part.translate(_above(level)).count(1)
            dark += part.translate(_below(level)).count(1)
        if light < _LETTERS * area or light <= dark:
            continue
        if out is rows:
            out = list(rows)
        for y in range(top, bottom):
            row = out[y]
            out[y] = row[:left] + row[left:right].translate(table) + row[right:]
    return out


def _bands(rows: list[bytes], scale: float) -> list[tuple[int, int, int, int]]:
    """Shaded bands: top, bottom (exclusive), left, right (exclusive) in pixels. A band opens
    at a row with a long run of shade (its extent), goes on while its rows are shade at both
    ends, and ends at its last row that is shade throughout (the letters' rows between)."""
    run = b"\x01" * max(int(_RUN * 72 * scale), 2 * _END + 1)
    shortest, tallest = _SHORTEST * scale, _TALLEST * scale
    bands: list[tuple[int, int, int, int]] = []
    top = last = -1
    left = right = 0
    for y, row in enumerate(rows):
        marks = row.translate(_SHADE)
        if top >= 0 and _shaded_ends(marks, left, right):
            if marks[left:right].count(1) == right - left:
                last = y  # shade throughout: the band's margin under its letters
            continue
        if top >= 0:
            _close(bands, rows, top, last + 1, left, right, shortest, tallest)
            top = -1
        start = marks.find(run)  # a fast substring search, not a regex's walk
        if start >= 0:
            end = marks.find(b"\x00", start)
            top = last = y
            left, right = start, len(marks) if end < 0 else end
    if top >= 0:
        _close(bands, rows, top, last + 1, left, right, shortest, tallest)
    return bands


def _close(
    bands: list[tuple[int, int, int, int]],
    rows: list[bytes],
    top: int,
    bottom: int,
    left: int,
    right: int,
    shortest: float,
    tallest: float,
) -> None:
    if not (shortest <= bottom - top <= tallest and right - left >= _LONG * (bottom - top)):
        return
    # paper above and below (a few rows off: the bar's edge may be soft); a band cut out of a
    # photograph has more of the picture there
    above, below = top - _MARGIN, bottom + _MARGIN
    if above < 0 or below >= len(rows):
        return
    for y in (above, below):
        if rows[y][left:right].translate(_SHADE).count(1) > _PAPER_AROUND * (right - left):
            return
    bands.append((top, bottom, left, right))


def _shaded_ends(marks: bytes, left: int, right: int) -> bool:
    return (
        marks[left : left + _END].count(1) == _END and marks[right - _END : right].count(1) == _END
    )


def _level(band: bytes) -> int:
    """The shade's grey level: the band's most common level."""
    counts = [band.count(bytes((v,))) for v in range(256)]
    return max(range(256), key=counts.__getitem__)


def _above(level: int) -> bytes:
    return bytes(1 if v >= level + _APART else 0 for v in range(256))


def _below(level: int) -> bytes:
    return bytes(1 if v <= level - _APART else 0 for v in range(256))


def _lifted(level: int) -> bytes:
    """Grey levels mapped so `level` (and anything darker) is paper and white is ink."""
    span = max(255 - level, 1)
    return bytes(255 - round(255 * min(max(v - level, 0) / span, 1.0)) for v in range(256))
