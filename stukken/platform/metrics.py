"""One Prometheus registry per service; names `stukken_<stage>_<what>_<unit>`, bounded labels."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

OUTCOMES = ("ok", "rejected", "dead_lettered", "skipped", "retried")
POISON_KINDS = ("undecodable", "too_deep", "too_large", "wrong_shape", "repeated_failure")


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
        self.poison = Counter(
            f"stukken_{stage}_poison_messages_total",
            "Messages dead-lettered because of themselves, by kind",
            ["kind"],
            registry=self.registry,
        )
        self.dlq_retries = Counter(
            f"stukken_{stage}_dlq_retries_total",
            "Messages sent back automatically (retry topic) after a transient failure",
            registry=self.registry,
        )
        self.stalled = Gauge(
            f"stukken_{stage}_stalled",
            "1 while messages wait and none was finished for stall_after_s",
            registry=self.registry,
        )
        self.lag = Gauge(
            f"stukken_{stage}_lag_messages",
            "Consumer lag summed over the stage's input partitions",
            registry=self.registry,
        )
        for outcome in OUTCOMES:
            self.messages.labels(outcome)
        for kind in POISON_KINDS:
            self.poison.labels(kind)

    def exposition(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
