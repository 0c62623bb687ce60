"""A continuation page's side column that prints again what an earlier page's side column printed
(a beslisnota's datum, kenmerk and 'Bijlage(n)' on every page) is that page's running head, as a
running header is; what a later page prints new beside its body stays side column, and the first
page's column keeps its role."""

from __future__ import annotations

from services.segment.layout.aside import running_repeats
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block


def _block(
    page: int, y: float, text: str, kind: str = "furniture", role: str = "side_column"
) -> Block:
    line = Line(page, 460.0, y - 2, 460 + 4 * len(text), y + 7, y, 7.0, False, text)
    return Block([line], kind=kind, role=role).finish()


COLUMN = ["Datum", "23 maart 2023", "Onze referentie", "IenW/BSK-2023/32584", "Bijlage(n)", "2"]


def test_later_pages_repeats_are_running_heads() -> None:
    first = [_block(1, 700 - 12 * i, t, kind="letterhead") for i, t in enumerate(COLUMN)]
    second = [_block(2, 700 - 12 * i, t) for i, t in enumerate([*COLUMN, "Aan stas IenW"])]
    third = [_block(3, 700 - 12 * i, t) for i, t in enumerate(["Aan  stas IenW", *COLUMN[:2]])]
    running_repeats([*third, *first, *second])  # in any order: pages are taken in turn
    assert [b.role for b in first] == ["side_column"] * len(COLUMN)
    assert [b.role for b in second] == ["header"] * len(COLUMN) + ["side_column"]
    assert [b.role for b in third] == ["header"] * 3  # 'Aan stas IenW' stood on page 2


def test_new_text_and_body_blocks_stay() -> None:
    first = [_block(1, 700, "Datum"), _block(1, 688, "23 maart 2023")]
    later = [
        _block(2, 700, "Datum 24 maart 2023"),  # another text: no repeat
        _block(2, 600, "Datum", kind="paragraph", role=""),  # body, whatever it says
        _block(2, 688, "23 maart 2023", kind="letterhead"),  # a letterhead block keeps its role
    ]
    running_repeats(first + later)
    assert [b.role for b in later] == ["side_column", "", "side_column"]
