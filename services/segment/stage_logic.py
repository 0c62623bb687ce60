"""How the segment service runs the segmenter: in an isolated, resource-limited worker."""

from __future__ import annotations

from typing import Protocol

from services.segment.isolation import IsolatedSegmenter
from stukken.contracts import SegmentedDocument
from stukken.platform.settings import SegmentSettings

# Bump when segmentation output changes, so cached results of older logic are not reused.
SEGMENTER_VERSION = "3"


class Segmenter(Protocol):
    async def segment(self, data: bytes) -> SegmentedDocument: ...

    def close(self) -> None: ...


def make_segmenter(settings: SegmentSettings) -> Segmenter:
    """Untrusted PDFs are parsed in a worker with a time and memory limit, recycled after N."""
    return IsolatedSegmenter(
        time_limit_s=settings.time_limit_s,
        memory_limit_mb=settings.memory_limit_mb,
        recycle_after=settings.recycle_after,
        max_pages=settings.max_pages,
        ocr=settings.ocr,
    )
