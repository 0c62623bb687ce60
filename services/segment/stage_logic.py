"""How the segment service runs the segmenter: in an isolated, resource-limited worker."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

from services.segment.isolation import IsolatedSegmenter
from stukken.contracts.quality import Quality
from stukken.platform.settings import SegmentSettings

# Bump when segmentation output changes, so cached results of older logic are not reused.
SEGMENTER_VERSION = "50"


def make_segmenter(settings: SegmentSettings) -> IsolatedSegmenter:
    """Untrusted PDFs are parsed in a worker with a time and memory limit, recycled after N."""
    return IsolatedSegmenter(
        time_limit_s=settings.time_limit_s,
        memory_limit_mb=settings.memory_limit_mb,
        recycle_after=settings.recycle_after,
        max_pages=settings.max_pages,
        ocr=settings.ocr,
    )


class QualityMetrics:
    """metadata.quality on the dashboard: silent loss shows as a falling body share."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.body_share = Histogram(
            "stukken_segment_body_share",
            "Share of a document's characters that went to body segments",
            registry=registry,
            buckets=(0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1.0),
        )
        self.degraded = Counter(
            "stukken_segment_degraded_pages_total",
            "Pages that got only a plain reading, by reason (the error class), or whose text "
            "layer was not trusted (garbage_text_layer, garbage_text_layer_kept)",
            ["reason"],
            registry=registry,
        )
        self.blank = Counter(
            "stukken_segment_blank_pages_total",
            "Pages with no text, even after OCR",
            registry=registry,
        )
        self.ocr = Counter(
            "stukken_segment_ocr_pages_total", "Pages read by OCR", registry=registry
        )
        self.unmapped = Counter(
            "stukken_segment_unmapped_glyphs_total",
            "Glyphs whose font maps them to no character (kept as U+FFFD)",
            registry=registry,
        )

    def observe(self, quality: Quality | None) -> None:
        if quality is None:
            return
        if sum(quality.chars.values()):
            self.body_share.observe(quality.body_share)
        for page in quality.pages.degraded:
            self.degraded.labels(page.reason).inc()
        self.blank.inc(quality.pages.blank)
        self.ocr.inc(quality.pages.ocr)
        self.unmapped.inc(quality.unmapped_glyphs)
