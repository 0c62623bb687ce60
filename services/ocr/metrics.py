"""The OCR workers' own metrics, in the stage's registry (names stukken_ocr_<what>_<unit>)."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class OcrMetrics:
    def __init__(self, registry: CollectorRegistry, pending: Callable[[], float]) -> None:
        self.pages = Counter(
            "stukken_ocr_pages_total",
            "Page tasks finished, by outcome (retried: failed, to be tried again)",
            ["outcome"],
            registry=registry,
        )
        for outcome in ("ok", "failed", "retried"):
            self.pages.labels(outcome)
        self.seconds = Histogram(
            "stukken_ocr_page_seconds",
            "Time to read one page: download (once per scan), render, OCR, layout",
            registry=registry,
            buckets=(0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 30, 60),
        )
        self.pending = Gauge(
            "stukken_ocr_pages_pending",
            "Page tasks queued and not yet done, over all OCR workers (each reports the total)",
            registry=registry,
        )
        self.pending.set_function(pending)
