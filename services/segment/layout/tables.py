"""Tables: consecutive lines that each fall apart into cells at wide gaps.

Cells are put in the columns of the widest row by horizontal overlap, so a row with an empty
cell keeps its values under the right headers.
"""

from __future__ import annotations

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block

Piece = list[Line] | Block


def split_tables(lines: list[Line], pitch: float) -> list[Piece]:
    """Body lines -> stretches of plain lines and table blocks, in order."""
    out: list[Piece] = []
    plain: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines) and _row(lines[j]) and (j == i or _close(lines[j - 1], lines[j], pitch))
        ):
            j += 1
        if j - i >= 2:
            if plain:
                out.append(plain)
                plain = []
            out.append(_table(lines[i:j]))
            i = j
        else:
            plain.append(lines[i])
            i += 1
    if plain:
        out.append(plain)
    return out


def _row(line: Line) -> bool:
    return len(line.cells) >= 2


def _close(a: Line, b: Line, pitch: float) -> bool:
    return a.page == b.page and 0 < a.base - b.base < 3.0 * pitch


def _table(lines: list[Line]) -> Block:
    widest = max(lines, key=lambda ln: len(ln.cells))
    columns = [(x0, x1) for x0, x1, _ in widest.cells]
    rows: list[list[str]] = []
    for line in lines:
        row = [""] * len(columns)
        for x0, x1, text in line.cells:
            k = max(range(len(columns)), key=lambda c: _overlap((x0, x1), columns[c]))
            row[k] = f"{row[k]} {text}".strip()
        rows.append(row)
    block = Block(lines, kind="table", rows=rows)
    block.text = "\n".join(" | ".join(cell for cell in row) for row in rows)
    return block.finish()


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    # cells that do not overlap any column go to the nearest one
    return inter if inter > 0 else -min(abs(a[0] - b[1]), abs(b[0] - a[1]))
