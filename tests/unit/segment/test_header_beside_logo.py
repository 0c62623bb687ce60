"""A running header that shares page 1's line with the logo (issue #8, matrix30's answers to
Kamervragen): page 1 reads 'Kenmerk 4187652-1098765-PG' and, far to the right on nearly the same
baseline, 'Ministerie van Volksgezondheid,' as one line of two cells; page 2 has the header alone.
The header repeats as the line's first cell, so page 2's line is furniture, not the answer's text.
"""

from __future__ import annotations

from services.segment.layout.furniture import mark_furniture
from services.segment.layout.lines import Line

HEADER = "Kenmerk 4187652-1098765-PG"


def _line(page: int, y: float, text: str, cells: list[tuple[float, float, str]]) -> Line:
    x0, x1 = (cells[0][0], cells[-1][1]) if cells else (70.0, 70.0 + 5 * len(text))
    return Line(page, x0, y - 2, x1, y + 7, y, 9.0, False, text, cells=cells)


def _pages(logo_on_page_1: bool) -> dict[int, list[Line]]:
    first = (
        _line(
            1,
            800.0,
            f"{HEADER} Ministerie van Volksgezondheid,",
            [(70.0, 180.0, HEADER), (311.0, 457.0, "Ministerie van Volksgezondheid,")],
        )
        if logo_on_page_1
        else _line(1, 805.0, HEADER, [])
    )
    body = "Uit een uitvraag van de Nederlandse Vereniging van Ziekenhuizen blijkt dat"
    return {
        1: [first, _line(1, 700.0, body, [])],
        2: [_line(2, 805.0, HEADER, []), _line(2, 757.0, "zeggenschap en het opleiden van", [])],
    }


def test_header_beside_the_logo_on_page_1_still_runs() -> None:
    pages = _pages(logo_on_page_1=True)
    roles = mark_furniture(pages, {1: 842.0, 2: 842.0})
    assert roles.get(id(pages[2][0])) == "header"
    assert id(pages[2][1]) not in roles  # the answer's text stays body


def test_a_header_alone_on_both_pages_runs_as_before() -> None:
    pages = _pages(logo_on_page_1=False)
    roles = mark_furniture(pages, {1: 842.0, 2: 842.0})
    assert roles.get(id(pages[1][0])) == roles.get(id(pages[2][0])) == "header"
