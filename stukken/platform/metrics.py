"""One Prometheus registry per service; names `stukken_<stage>_<what>_<unit>`, bounded labels."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

OUTCOMES = ("ok", "rejected", "dead_lettered", "skipped", "retried")


class StageMetrics:
    def __init__(self, stage: str) -> None:
        self.stage = stage
        self.registry = CollectorRegistry()
        self.messages = Counter(
            f"stukken_{stage}_messages_total",
            "Messages handled, by outcome",
            ["outcome"],
            registry=self.registry,
        )
        self.seconds = Histogram(
            f"stukken_{stage}_processing_seconds",
            "Time to handle one message",
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
        )
        self.bytes = Counter(
            f"stukken_{stage}_input_bytes_total", "Bytes of documents read", registry=self.registry
        )
        for outcome in OUTCOMES:
            self.messages.labels(outcome)

    def exposition(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
