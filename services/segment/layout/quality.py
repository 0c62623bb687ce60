"""The accounting: where every character of the pages went, for `metadata.quality`.

Characters are counted on the layout's own units (the lines each segment was made of, with the
footnote markers and labels taken out of them), so a line that reaches no segment shows as a gap
between the page's characters and the segments' characters. Counting ignores what reading
legitimately changes: spaces, hyphens at line ends, control characters, accents split from their
letters, ligatures.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Final

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block
from services.segment.layout.words import PageRuns
from services.segment.scan.retry import LOW_DPI_RETRY, retry_warning
from services.segment.scan.text_layer import GARBAGE_WARNINGS, INCOMPLETE_LAYER_WARNING
from stukken.contracts.quality import DegradedPage, PageCounts, Quality

NOT_BODY: Final = ("furniture", "letterhead")
# hyphens (a line-end hyphen is dropped when lines join) and spacing accents (joined to the
# letter they belong to: "c´" is read as "ć")
_UNCOUNTED: Final = set(
    "-\u00ad\ufffe\u0002\u2010\u2011\u00b4`\u00a8\u02c6\u02dc\u00b8\u02c7\u02d8\u02da"
)
_SIDE_WARNING: Final = (
    0.10  # a side column holding more than this share of the text is worth a look
)


def countable(text: str) -> int:
    """Non-space characters as a reader counts them (NFKD letters without their accents)."""
    if text.isascii():  # most lines: NFKD leaves them alone
        # spaces, control characters and marks taken off in one pass over the bytes
        return len(text.encode("ascii").translate(None, _ASCII_UNCOUNTED))
    n = 0
    for ch in unicodedata.normalize("NFKD", text):
        counts = _COUNTS.get(ch)
        if counts is None:
            counts = _COUNTS[ch] = _counts(ch)
        n += counts
    return n


def _counts(ch: str) -> int:
    if ch.isspace() or ch in _UNCOUNTED or unicodedata.combining(ch):
        return 0
    return 0 if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") else 1


# ASCII spaces, control characters and uncounted marks; the verdict on any other character,
# remembered (a page asks about the same few hundred characters again and again).
_ASCII_UNCOUNTED: Final = bytes(
    sorted({*range(33), 127, *(ord(c) for c in _UNCOUNTED if c.isascii())})
)
_COUNTS: dict[str, int] = {}


def line_chars(line: Line) -> int:
    n = countable(line.text)
    if line.refs:
        n += countable("".join(line.refs))
    return n + countable(line.label) if line.label else n


def block_chars(block: Block) -> int:
    # A character's count does not depend on its neighbours (NFKD only reorders marks), so the
    # block's texts are counted as one: one pass over the bytes for a block of ASCII lines,
    # where a line at a time was a few method calls a line.
    parts: list[str] = []
    for ln in block.lines:
        parts.append(ln.text)
        if ln.refs:
            parts.extend(ln.refs)
        if ln.label:
            parts.append(ln.label)
    text = "".join(parts)
    if text.isascii():
        n = countable(text)
    else:  # a line at a time: an accent in one line leaves the others on the ASCII way
        n = 0
        for ln in block.lines:
            n += line_chars(ln)
    if block.kind == "footnote" and block.number and all(ln.label is None for ln in block.lines):
        n += countable(block.number)  # a plain "1 " opening the note was taken off its line
    return n


def absorbed(before: list[Block], after: list[Block]) -> dict[int, int]:
    """Blocks the structure step folded into the next one (a "Vraag 4" label line becomes the
    question's number): their characters count for the block that took them in."""
    kept = {id(b) for b in after}
    kept_lines = {id(ln) for b in after for ln in b.lines}  # a signature takes its lines along
    extra: dict[int, int] = {}
    pending = 0
    for block in before:
        if id(block) not in kept:
            pending += sum(line_chars(ln) for ln in block.lines if id(ln) not in kept_lines)
        elif pending:
            extra[id(block)] = extra.get(id(block), 0) + pending
            pending = 0
    if pending and after:
        extra[id(after[-1])] = extra.get(id(after[-1]), 0) + pending
    return extra


def account(
    blocks: Iterable[Block],
    pages: list[PageRuns],
    warnings: list[str],
    extra: dict[int, int] | None = None,
) -> Quality:
    extra = extra or {}
    chars: dict[str, int] = {}  # plain dicts: a Counter's methods are Python's
    by_kind: dict[str, int] = {}
    by_role: dict[str, int] = {}
    for block in blocks:
        n = block_chars(block) + extra.get(id(block), 0)
        group = block.kind if block.kind in NOT_BODY else "body"
        chars[group] = chars.get(group, 0) + n
        by_kind[block.kind] = by_kind.get(block.kind, 0) + n
        if block.kind in NOT_BODY:
            role = block.role or "other"
            by_role[role] = by_role.get(role, 0) + n
    total = sum(chars.values())
    side = by_role.get("side_column", 0)
    notes = list(warnings)
    if total and side / total > _SIDE_WARNING:
        notes.append(f"side column holds {round(100 * side / total)}% of the text")
    empty = [p.blank or not p.has_chars for p in pages]  # asked once a page
    counts = PageCounts(
        text=sum(1 for p, e in zip(pages, empty, strict=True) if not p.ocr and not e),
        ocr=sum(1 for p, e in zip(pages, empty, strict=True) if p.ocr and not e),
        blank=sum(empty),
        degraded=[DegradedPage(page=p.number, reason=p.degraded) for p in pages if p.degraded],
    )
    unmapped = sum(p.unmapped for p in pages)
    if unmapped:
        notes.append(
            f"{unmapped} glyphs have no character in the text layer (shown as U+FFFD): "
            "the font maps them to nothing, as subset fonts do with ligatures"
        )
    for p in pages:
        if p.degraded in GARBAGE_WARNINGS:
            notes.append(GARBAGE_WARNINGS[p.degraded].format(page=p.number))
        if p.filled:  # scan.completeness: the page was read by both, and is in ocr_pages
            notes.append(INCOMPLETE_LAYER_WARNING.format(page=p.number, lines=p.filled))
    retried = retry_warning([p.number for p in pages if p.degraded == LOW_DPI_RETRY])
    if retried:  # scan.retry: read at a low resolution after a time-out
        notes.append(retried)
    for p, e in zip(pages, empty, strict=True):
        if e and not p.ocr:
            notes.append(f"page {p.number} has no text and was not OCR'd")
    return Quality(
        chars=dict(chars),
        chars_by_kind=dict(by_kind),
        chars_by_role=dict(by_role),
        pages=counts,
        unmapped_glyphs=unmapped,
        warnings=notes,
    )
