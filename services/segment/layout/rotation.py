"""A page turned by its /Rotate entry is read as it is shown.

pdfium gives glyph boxes, and the OCR reader maps its words, in the page's own user space; a
landscape table or a scan stored upright and shown a quarter turn (common in Woo releases) then
has its lines standing along y there, and read in that space its lines interleave. Every run is
turned into the shown page's space (origin bottom-left, y up, the size `page.get_size()` gives),
and text that stood upright in user space and is level as shown is level.
"""

from __future__ import annotations

from dataclasses import replace

from services.segment.layout.words import PageRuns, Run

Bounds = tuple[float, float, float, float]  # the page's crop box: left, bottom, right, top
Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def shown(page: PageRuns, rotation: int, bounds: Bounds) -> PageRuns:
    """The page's runs in the shown page's space; the page as it was if it is not turned."""
    turn = rotation % 360
    if turn not in (90, 180, 270) or not page.runs:
        return page
    # the shown page starts at 0 (`PageRuns.bottom`)
    return replace(page, runs=[_turned(run, turn, bounds) for run in page.runs], bottom=0.0)


def shown_box(box: Box, turn: int, bounds: Bounds) -> Box:
    """A user-space box on the page shown turned by `turn` degrees clockwise."""
    x0, y0, x1, y1 = box
    left, bottom, right, top = bounds
    if turn == 90:  # shown a quarter turn clockwise: user x runs down, user y runs right
        return y0 - bottom, right - x1, y1 - bottom, right - x0
    if turn == 270:  # a quarter turn anticlockwise: user x runs up, user y runs left
        return top - y1, x0 - left, top - y0, x1 - left
    return right - x1, top - y1, right - x0, top - y0  # upside down


def _turned(run: Run, turn: int, bounds: Bounds) -> Run:
    x0, y0, x1, y1 = shown_box((run.x0, run.y0, run.x1, run.y1), turn, bounds)
    return replace(run, x0=x0, y0=y0, x1=x1, y1=y1, base=y0, upright=_upright(run, turn))


def _upright(run: Run, turn: int) -> int:
    """How the run stands on the shown page: text reading up in user space is level when the
    page is shown a quarter turn clockwise; level text then reads down."""
    if turn == 180:
        return -run.upright
    reads_level = 1 if turn == 90 else -1  # the user-space direction that is level as shown
    if run.upright == 0:
        return -reads_level
    return 0
