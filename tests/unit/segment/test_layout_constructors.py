"""The hand-written `__init__` of `lines.Line`, `gutters.Piece` and `paragraphs.Block`
(bench/segment/speed23.md, round 24): the dataclass's fields, order and defaults kept, a fresh
list for each default list, equality and `dataclasses.replace` as before."""

from __future__ import annotations

import dataclasses

from services.segment.layout.gutters import Piece
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.words import Run


def _line(**kw: object) -> Line:
    return Line(1, 72.0, 700.0, 300.0, 711.0, 702.0, 11.0, False, "Tweede Kamer", **kw)  # type: ignore[arg-type]


def test_line_defaults_and_order() -> None:
    a, b = _line(), _line()
    names = [f.name for f in dataclasses.fields(Line)]
    assert names[:9] == ["page", "x0", "y0", "x1", "y1", "base", "size", "bold", "text"]
    assert (a.refs, a.label, a.cells, a.zone, a.plain_end) == ([], None, [], "body", False)
    assert a == b and a.refs is not b.refs and a.cells is not b.cells
    assert _line(zone="footer", refs=["1"]).refs == ["1"]
    assert dataclasses.replace(a, text="x").text == "x"
    assert a.width == 228.0


def test_piece_defaults() -> None:
    run = Run("Kamer", 72.0, 700.0, 100.0, 711.0, 11.0)
    p = Piece([run], 72.0, 100.0, 700.0, 711.0, 11.0, 5, "Kamer")
    assert (p.zone, p.crosses) == (None, False)
    assert p == Piece([run], 72.0, 100.0, 700.0, 711.0, 11.0, 5, "Kamer")
    assert p.mid == 705.5
    assert [f.name for f in dataclasses.fields(Piece)][-2:] == ["zone", "crosses"]


def test_block_defaults() -> None:
    a, b = Block([_line()]), Block(lines=[_line()], kind="paragraph")
    assert (a.kind, a.text, a.refs, a.rows, a.number, a.role, a.level, a.fields) == (
        "paragraph",
        "",
        [],
        None,
        None,
        None,
        None,
        None,
    )
    assert a.answer_to == [] and a == b
    assert a.refs is not b.refs and a.answer_to is not b.answer_to
    assert Block([_line()], kind="heading", role="run_in").role == "run_in"
    assert "Block(lines=[Line(page=1" in repr(a)
