"""A book's running heads name the chapter, so their words change every few pages, but the page
number they print keeps step with the page: such a line is furniture, not a heading. A bare
number in the edge band with prose between it and the edge, or prose set right under it at its
left edge, labels that prose (a question's number, a year a line break left alone): no page
number."""

from __future__ import annotations

from services.segment.layout.furniture import mark_furniture
from services.segment.layout.lines import Line

HEIGHT = 842.0
CHAPTERS = ["1. Bestaanszekerheid", "2. Asiel en migratie", "3. Wonen"]


def _line(page: int, y: float, text: str, x: float = 72.0) -> Line:
    return Line(page, x, y - 2, x + 4 * len(text), y + 8, y, 8.0, False, text)


def _body(page: int) -> list[Line]:
    return [
        _line(page, 700 - 14 * i, f"Het kabinet neemt op pagina {page} maatregel {i} verder.")
        for i in range(6)
    ]


def _roles(pages: dict[int, list[Line]]) -> dict[tuple[int, str], str | None]:
    roles = mark_furniture(pages, dict.fromkeys(pages, HEIGHT))
    return {(ln.page, ln.text): roles.get(id(ln)) for lines in pages.values() for ln in lines}


def test_running_heads_with_the_page_number_are_furniture() -> None:
    pages = {}
    for p in range(1, 13):
        chapter = CHAPTERS[(p - 1) // 4]
        head = f"{p + 2} Regeerprogramma" if p % 2 == 0 else f"Regeerprogramma | {chapter} {p + 2}"
        pages[p] = [_line(p, 800, head), *_body(p)]
    roles = _roles(pages)
    heads = [(p, t) for (p, t) in roles if "Regeerprogramma" in t]
    assert all(roles[h] == "header" for h in heads)
    assert not any(role for (p, t), role in roles.items() if t.startswith("Het kabinet"))


def test_numbered_lines_that_do_not_keep_step_are_not_heads() -> None:
    """Numbered lines opening the pages whose numbers do not follow the pages' are no heads."""
    pages = {
        p: [_line(p, 800, f"{(p * 7) % 11 + 1} Agendapunt over {'ABCDEFGH'[p - 1]}"), *_body(p)]
        for p in range(1, 9)
    }
    roles = _roles(pages)
    assert not any(role for role in roles.values())


def test_a_bare_number_over_prose_at_the_foot_is_no_page_number() -> None:
    body = [_line(1, 700 - 14 * i, f"Zaak: brief van de minister, regel {i}.") for i in range(4)]
    year = _line(1, 100, "2009")
    prose = _line(1, 89, "Uitnodiging voor een werkbezoek aan de veiligheidsregio.")
    folio = _line(1, 40, "3", x=300)
    roles = _roles({1: [*body, year, prose, folio]})
    assert roles[(1, "2009")] is None
    assert roles[(1, "3")] == "page_number"
