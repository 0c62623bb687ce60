"""A page's last footnote sits where the last one sat on the page before, and notes cite alike:
with digits folded, 'Kamerstukken II 2021/22, 30175, nr. 416' repeats like a running footer.
A line that opens with its raised number is a footnote's own and never furniture."""

from __future__ import annotations

from services.segment.layout.furniture import mark_furniture
from services.segment.layout.lines import Line


def _line(page: int, y: float, text: str, label: str | None = None) -> Line:
    return Line(page, 72.0, y - 2, 72.0 + 4 * len(text), y + 8, y, 8.0, False, text, label=label)


def test_footnotes_that_cite_alike_are_no_running_footer() -> None:
    pages: dict[int, list[Line]] = {}
    for p in range(1, 6):
        pages[p] = [
            _line(p, 400, "Body text of the letter, as long as a line of the body is."),
            _line(p, 52, f"Kamerstukken II 2021/22, {30170 + p}, nr. {400 + 7 * p}", label=str(p)),
            _line(p, 30, "Ministerie van Infrastructuur en Waterstaat"),
            _line(p, 20, f"Pagina {p} van 5"),
        ]
    roles = mark_furniture(pages, dict.fromkeys(pages, 842.0))
    marked = {ln.text: roles.get(id(ln)) for lines in pages.values() for ln in lines}
    assert not any(marked[t] for t in marked if t.startswith("Kamerstukken"))
    assert marked["Ministerie van Infrastructuur en Waterstaat"] == "footer"
    assert marked["Pagina 3 van 5"] == "page_number"
