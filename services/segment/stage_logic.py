"""How the segment service runs the segmenter: in-process for now, isolated when available."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Protocol

from services.segment.segmenter import segment_pdf
from stukken.contracts import SegmentedDocument
from stukken.platform.settings import SegmentSettings

# Bump when segmentation output changes, so cached results of older logic are not reused.
SEGMENTER_VERSION = "1"


class Segmenter(Protocol):
    async def segment(self, data: bytes) -> SegmentedDocument: ...

    def close(self) -> None: ...


class InProcessSegmenter:
    def __init__(self, settings: SegmentSettings) -> None:
        self.settings = settings

    async def segment(self, data: bytes) -> SegmentedDocument:
        return await asyncio.to_thread(
            partial(segment_pdf, ocr=self.settings.ocr, max_pages=self.settings.max_pages), data
        )

    def close(self) -> None:
        pass


def make_segmenter(settings: SegmentSettings) -> Segmenter:
    return InProcessSegmenter(settings)
