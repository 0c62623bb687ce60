"""A running foot that a page's columns part in two ('10 / 34 7 december 2021' | 'Evaluatie
CoronaCheck', on the pages where a chart reaches down beside the text) is furniture in both its
parts: each is one end of the foot that runs whole on the other pages, at its place. A line at
the foot that only shares a word with the running foot, or that stands elsewhere, is not."""

from __future__ import annotations

from services.segment.layout.furniture import mark_furniture
from services.segment.layout.lines import Line

HEIGHT = 842.0
PAGES = 10
PARTED = (4, 7)  # the chart pages


def _line(page: int, y: float, text: str, x: float = 46.0) -> Line:
    return Line(page, x, y - 2, x + 4 * len(text), y + 8, y, 8.0, False, text)


def _body(page: int) -> list[Line]:
    return [
        _line(page, 700 - 14 * i, f"De respondenten gaven op pagina {page} antwoord {i}.", 72.0)
        for i in range(8)
    ]


def _foot(page: int) -> list[Line]:
    left, right = f"{page} / {PAGES} 7 december 2021", "Evaluatie CoronaCheck"
    if page in PARTED:
        return [_line(page, 24, left), _line(page, 24, right, x=474.0)]
    return [_line(page, 24, f"{left} {right}")]


def _roles(pages: dict[int, list[Line]]) -> dict[tuple[int, str], str | None]:
    roles = mark_furniture(pages, dict.fromkeys(pages, HEIGHT))
    return {(ln.page, ln.text): roles.get(id(ln)) for lines in pages.values() for ln in lines}


def test_both_parts_of_a_parted_running_foot_are_furniture() -> None:
    pages = {p: [*_body(p), *_foot(p)] for p in range(1, PAGES + 1)}
    roles = _roles(pages)
    for p in PARTED:
        assert roles[(p, f"{p} / {PAGES} 7 december 2021")] == "footer"
        assert roles[(p, "Evaluatie CoronaCheck")] == "footer"


def test_a_foot_line_that_is_no_end_of_the_running_foot_is_no_furniture() -> None:
    # words from its middle, on its place: a date the text sets at the foot, no part of the foot
    pages = {p: [*_body(p), *_foot(p)] for p in range(1, PAGES + 1)}
    pages[5].append(_line(5, 24, "7 december 2021", 300.0))
    pages[6].append(_line(6, 48, "Evaluatie van de maatregelen volgt in december", 72.0))
    roles = _roles(pages)
    assert roles[(5, "7 december 2021")] is None
    assert roles[(6, "Evaluatie van de maatregelen volgt in december")] is None


def test_an_end_of_the_running_foot_standing_elsewhere_is_no_furniture() -> None:
    # the same words as a line of the text near the foot, well above the foot's own place
    pages = {p: [*_body(p), *_foot(p)] for p in range(1, PAGES + 1)}
    pages[5].append(_line(5, 90, "Evaluatie CoronaCheck", 72.0))
    assert _roles(pages)[(5, "Evaluatie CoronaCheck")] is None


def test_a_parted_running_foot_is_no_evidence_of_a_side_column() -> None:
    """On a page where a narrow strip of column heads ('2022 2023*') stands right of the text,
    the running foot's right end falls in that strip: furniture, but no sign that the strip is
    a side column, whose short blocks would then be filed away."""
    from services.segment.layout.assemble import segment_pages
    from services.segment.layout.words import PageRuns, Run

    def run(text: str, x: float, y: float, size: float = 10.0) -> Run:
        return Run(text, x, y, x + 0.5 * size * len(text), y + size, size, base=y + 2)

    foot, cahier = "Wetenschappelijk Onderzoek- en Datacentrum", "Cahier 2024-19 |"
    pages = []
    for p in range(1, 7):
        runs = [
            run(f"Het aantal geregistreerde misdrijven op pagina {p} daalde in regel {i}.", 60, y)
            for i, y in enumerate(range(700, 450, -14))
        ]
        if p == 4:  # the strip of heads beside the text, and the foot parted by its gutter
            runs += [run("2022 2023*", 470, 633, 8.0), run("2022 2023*", 470, 549, 8.0)]
            runs += [run(foot, 60, 30), run(f"{cahier} {p}", 470, 30)]
        else:
            runs += [run(f"{foot} {cahier} {p}", 60, 30)]
        pages.append(PageRuns(p, 595.0, 842.0, runs))
    doc = segment_pages(pages, 6)
    heads = [s for s in doc.segments if s.page == 4 and s.text == "2022 2023*"]
    assert heads and all(s.kind not in ("furniture", "letterhead") for s in heads)
