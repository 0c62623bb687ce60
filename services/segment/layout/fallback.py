"""The plain reading a page falls back to when its layout fails: lines by position, all body.

Deliberately simple (no columns, no markers, no cells) so it does not share the bug that sent
the page here; the page is marked degraded with the error's class and the document still flows.
"""

from __future__ import annotations

from services.segment.layout.lines import Line
from services.segment.layout.words import PageRuns
from stukken.platform.logging import get_logger

log = get_logger(__name__)


def plain_lines(page: PageRuns) -> list[Line]:
    rows: list[list] = []
    for run in sorted(page.runs, key=lambda r: -(r.y0 + r.y1)):
        if not run.text.strip():
            continue
        mid, half = (run.y0 + run.y1) / 2, max(run.y1 - run.y0, 1.0) / 2
        last = rows[-1] if rows else None
        if last and abs((last[0].y0 + last[0].y1) / 2 - mid) < half:
            last.append(run)
        else:
            rows.append([run])
    lines = []
    for row in rows:
        row.sort(key=lambda r: r.x0)
        text = " ".join(" ".join(r.text.split()) for r in row)
        lines.append(
            Line(
                page=page.number,
                x0=min(r.x0 for r in row),
                y0=min(r.y0 for r in row),
                x1=max(r.x1 for r in row),
                y1=max(r.y1 for r in row),
                base=row[0].base,
                size=max(r.size for r in row),
                bold=False,
                text=text,
                cells=[(r.x0, r.x1, r.text.strip()) for r in row],
            )
        )
    return lines


def degrade(page: PageRuns, error: BaseException) -> list[Line]:
    """Mark the page degraded, log why, and give it the plain reading."""
    page.degraded = type(error).__name__
    log.warning(
        "page layout failed; plain reading",
        page=page.number,
        error=type(error).__name__,
        detail=str(error)[:200],
    )
    return plain_lines(page)
