"""PDF bytes -> ordered segments. Pure logic: no Kafka, no S3, no environment.

First cut (walking skeleton): one paragraph segment per pdfium text block. The layout-aware
segmenter replaces the body of `segment_pdf` and keeps its signature.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from stukken.contracts import Metadata, Segment, SegmentedDocument


class PdfRejected(Exception):
    """The PDF cannot be segmented; `reason` is a stable machine-readable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def segment_pdf(data: bytes) -> SegmentedDocument:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfRejected("unreadable_pdf", str(exc)) from exc
    segments: list[Segment] = []
    try:
        for page_no in range(len(pdf)):
            page = pdf[page_no]
            text = page.get_textpage().get_text_bounded()
            for block in _blocks(text):
                segments.append(
                    Segment(
                        id=f"s{len(segments) + 1}", kind="paragraph", page=page_no + 1, text=block
                    )
                )
        meta = Metadata(page_count=len(pdf))
    finally:
        pdf.close()
    return SegmentedDocument(metadata=meta, segments=segments)


def _blocks(text: str) -> list[str]:
    """Lines joined until one ends a sentence: crude, but keeps the skeleton's segments readable."""
    blocks, current = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.strip()
        if line:
            current.append(line)
        if current and (not line or line.endswith((".", "?", ":"))):
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks
