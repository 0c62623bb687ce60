"""What stands beside the body: the side column and the left margin, and what it is evidence of.

On page 1 the side column is the letter's letterhead (directorate, address, datum, kenmerken).
After page 1 a side-column block is furniture only with a reason: its text repeats on other pages
("Datum", the directorate, the kenmerk), or it is short label/value lines. A block beside the body
that reads like running text stays body, with a warning in `metadata.quality`.
"""

from __future__ import annotations

import re
from collections import Counter

from services.segment.layout.columns import MARGIN, SIDE
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block, build_blocks

_DIGITS = re.compile(r"\d+")
_SENTENCE = re.compile(r"[a-z]{2,}[.?!](?:\s|$)")


def aside_key(line: Line) -> str:
    return _DIGITS.sub("#", line.text.lower()).strip(" .:")


def repeated_aside(lines_by_page: dict[int, list[Line]]) -> set[str]:
    """Texts beside the body that stand on more than one page."""
    seen: Counter[str] = Counter()
    for lines in lines_by_page.values():
        seen.update({aside_key(ln) for ln in lines if ln.zone in (SIDE, MARGIN)})
    return {key for key, n in seen.items() if n >= 2 and key}


def aside_blocks(
    lines: list[Line], page: int, repeated: set[str], warnings: list[str], height: float
) -> list[Block]:
    """Blocks of the side column and the margin, judged."""
    out: list[Block] = []
    for zone in (SIDE, MARGIN):
        zone_lines = sorted((ln for ln in lines if ln.zone == zone), key=lambda ln: -ln.y1)
        for block in build_blocks(zone_lines, 1e6):
            out.append(_judge(block, page, repeated, warnings))
            top = min(ln.y0 for ln in block.lines) > height * 2 / 3
            if page == 1 and zone == MARGIN and block.kind == "letterhead" and top:
                block.role = "masthead"  # the margin atop page 1: "Vergaderjaar 2020-2021"
    return out


def _judge(block: Block, page: int, repeated: set[str], warnings: list[str]) -> Block:
    if reads_like_body(block):
        warnings.append(f"page {page}: text beside the body reads like body text; kept as body")
        block.kind, block.role = "paragraph", None
    elif page == 1:
        block.kind, block.role = "letterhead", "side_column"
    elif any(aside_key(ln) in repeated for ln in block.lines) or _label_value(block):
        block.kind, block.role = "furniture", "side_column"
    else:
        warnings.append(f"page {page}: text beside the body without furniture evidence; kept")
        block.kind, block.role = "paragraph", None
    return block


def reads_like_body(block: Block) -> bool:
    words = block.text.split()
    dense = len(words) / len(block.lines) >= 6
    return len(words) >= 20 and dense and bool(_SENTENCE.search(block.text))


def _label_value(block: Block) -> bool:
    return all(len(ln.text.strip()) <= 45 for ln in block.lines)
