"""Round 44 (bench/segment/speed23.md): tables and furniture ask less, and answer as before.
A cell's column is found by a loop, not a list of overlaps and `max`; the starts of a table's
rows above are grown as rows are taken, not gathered from a slice of them for each line; a
cell's last pdfium mark is looked for with the marks' spaced forms made once. Each is held
here to the code it replaced, on random rows (ties between columns, marks at the start of the
cell, cells continuing under any column)."""

from __future__ import annotations

import random

from services.segment.layout import tables
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.repair import PDFIUM_MARKS


def _old_column(x0: float, x1: float, columns: list[tuple[float, float]]) -> int:
    overlaps = [tables._overlap((x0, x1), column) for column in columns]
    return overlaps.index(max(overlaps))


def test_column_of_is_the_first_column_overlapped_most() -> None:
    rng = random.Random(44)
    for _ in range(3000):
        n = rng.randrange(1, 6)
        # whole points: ties between columns (equal overlaps, equal distances) come often
        columns = [(float(a), float(a + rng.randrange(1, 60))) for a in rng.sample(range(400), n)]
        x0 = float(rng.randrange(-20, 420))
        x1 = x0 + rng.randrange(0, 80)
        assert tables._column_of(x0, x1, columns) == _old_column(x0, x1, columns)
    # two columns the cell overlaps alike: the first
    assert tables._column_of(10.0, 30.0, [(0.0, 20.0), (20.0, 40.0)]) == 0


def _old_run_in_mark(line: str) -> int:
    return max(line.rfind(f"{mark} ") for mark in PDFIUM_MARKS)


def test_run_in_cuts_at_the_last_mark_as_before() -> None:
    rng = random.Random(4)
    alphabet = ["a", "b", " ", "/", PDFIUM_MARKS[0], PDFIUM_MARKS[1], "www.", "7.2"]
    for _ in range(3000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 14)))
        i = _old_run_in_mark(line)
        head, tail = tables._run_in(line, False)
        if i > 0:
            assert (head, tail) == (line[: i + 1], line[i + 2 :])
        else:  # no mark after the first character: the line is its own text
            assert (head, tail) == (line, "")


def _old_continues_cell(line: Line, rows: list[Line]) -> bool:
    if len(line.cells) != 1:
        return False
    starts = sorted({x0 for row in rows for x0, _, _ in row.cells})
    x0 = line.cells[0][0]
    return any(abs(x0 - s) < 3 for s in starts) and abs(x0 - starts[0]) >= 3


def _old_split_by_gaps(lines: list[Line], pitch: float) -> list[tables.Piece]:
    out: list[tables.Piece] = []
    plain: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and (
                tables._row(lines[j])
                or (j - i >= 2 and _old_continues_cell(lines[j], lines[i:j]))
                or (  # tables35's rule, as the new code has it (not round 44's)
                    j > i
                    and j + 1 < len(lines)
                    and (
                        tables._label_rest(lines[j - 1], lines[j], lines[j + 1])
                        or tables._label_alone_at(lines, i, j)  # tables36
                    )
                    and tables._close(lines[j], lines[j + 1], pitch)
                )
            )
            and (j == i or tables._close(lines[j - 1], lines[j], pitch))
        ):
            j += 1
        if (
            j - i >= 2
            and j < len(lines)
            and tables._last_rest(lines[j - 2], lines[j - 1], lines[j])
        ):
            j += 1  # tables37: the last row's label wrapped onto a line of its own
        if j - i >= 2 and not tables._hanging_list(lines[i:j]):
            if plain:
                out.append(plain)
                plain = []
            out.append(tables._table(lines[i:j]))
            i = j
        else:
            plain.append(lines[i])
            i += 1
    if plain:
        out.append(plain)
    return out


def _random_lines(rng: random.Random) -> list[Line]:
    columns = [72.0, 160.0, 161.5, 250.0, 340.0]  # 160 and 161.5: within 3 of each other
    words = ["Zaak", "12", "Besluit", "1.", "www.example.nl/a", "EUR", "o", "Naam", "3,5"]
    lines = []
    base = 700.0
    for _ in range(rng.randrange(1, 18)):
        starts = sorted(rng.sample(columns, rng.choice([1, 1, 2, 3, 4])))
        cells = [(x0, x0 + rng.randrange(10, 60), rng.choice(words)) for x0 in starts]
        text = "  ".join(cell[2] for cell in cells)
        base -= rng.choice([12.0, 12.0, 14.0, 40.0])
        x0, x1 = starts[0], cells[-1][1]
        lines.append(Line(1, x0, base - 2, x1, base + 8, base, 10.0, False, text, cells=cells))
    return lines


def _shape(pieces: list[tables.Piece]) -> list[object]:
    return [
        (p.kind, p.rows, p.text, [id(ln) for ln in p.lines])
        if isinstance(p, Block)
        else [id(ln) for ln in p]
        for p in pieces
    ]


def test_split_by_gaps_takes_the_rows_it_took() -> None:
    rng = random.Random(440)
    tabled = 0
    for _ in range(1500):
        lines = _random_lines(rng)
        new = tables._split_by_gaps(lines, 12.0)
        assert _shape(new) == _shape(_old_split_by_gaps(lines, 12.0))
        tabled += any(isinstance(p, Block) for p in new)
    assert tabled > 100  # the random pages made tables, and cells going on under them
