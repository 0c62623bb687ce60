"""A page number that names itself ('Pagina 2/7') set low under a tall top margin, just inside
the edge band, is still the page's number when it is the page's first or last line. A bare
number that far in, or a named one with body text beyond it, is not."""

from __future__ import annotations

from services.segment.layout.furniture import mark_furniture
from services.segment.layout.lines import Line

HEIGHT = 842.0


def _line(page: int, y: float, text: str) -> Line:
    return Line(page, 72.0, y - 2, 72.0 + 4 * len(text), y + 8, y, 8.0, False, text)


def _roles(pages: dict[int, list[Line]]) -> dict[str, str | None]:
    roles = mark_furniture(pages, dict.fromkeys(pages, HEIGHT))
    return {ln.text: roles.get(id(ln)) for lines in pages.values() for ln in lines}


def _body(page: int) -> list[Line]:
    return [
        _line(page, 680 - 14 * i, f"Artikel {page}.{i} van de verordening, regel {i}.")
        for i in range(8)
    ]


def test_a_named_page_number_under_a_tall_margin_is_furniture() -> None:
    pages = {p: [_line(p, 724.5, f"Pagina {p}/3"), *_body(p)] for p in (1, 2, 3)}
    marked = _roles(pages)
    assert marked["Pagina 2/3"] == "page_number"
    assert not any(role for text, role in marked.items() if text.startswith("Artikel"))


def test_a_named_page_number_at_the_foot_is_furniture() -> None:
    pages = {p: [*_body(p), _line(p, 150, f"{p} van 3")] for p in (1, 2, 3)}
    assert _roles(pages)["2 van 3"] == "page_number"


def test_a_bare_number_that_far_in_is_no_page_number() -> None:
    pages = {p: [_line(p, 724.5, str(p + 10)), *_body(p)] for p in (1, 2, 3)}
    assert _roles(pages)["12"] is None


def test_a_named_page_number_with_body_beyond_it_is_body() -> None:
    pages = {
        p: [
            _line(p, 760, "Hoofdstuk over de parkeerregels"),
            _line(p, 724.5, f"Pagina {p}/3"),
            *_body(p),
        ]
        for p in (1, 2)
    }
    assert _roles(pages)["Pagina 2/3"] is None


def test_a_left_pages_running_head_is_furniture() -> None:
    """A book's left-page head stands on most even pages, on no odd one: fewer than 40 % of all
    pages, but a running head all the same."""
    pages = {p: _body(p) for p in range(1, 21)}
    for p in (2, 4, 6, 10, 12, 16, 18):  # chapter openers and pictures carry none
        pages[p].insert(0, _line(p, 800, "NCTV | Cybersecuritybeeld Nederland 2024"))
    roles = mark_furniture(pages, dict.fromkeys(pages, HEIGHT))
    heads = [
        roles.get(id(ln)) for lines in pages.values() for ln in lines if ln.text.startswith("NCTV")
    ]
    assert heads == ["header"] * 7


def test_a_line_on_both_sides_needs_the_whole_documents_repeat() -> None:
    pages = {p: _body(p) for p in range(1, 21)}
    for p in (2, 4, 6, 9):
        pages[p].insert(0, _line(p, 800, "Tabel 3 Uitgaven per jaar (vervolg)"))
    roles = mark_furniture(pages, dict.fromkeys(pages, HEIGHT))
    assert not any(roles.get(id(ln)) for lines in pages.values() for ln in lines)
