"""The lag exporter serves its last reading from Kafka while it is fresh, and nothing stale."""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, generate_latest

from stukken.lag_exporter import LagReader
from stukken.ops import StageLag


def scrape(reader: LagReader) -> str:
    registry = CollectorRegistry()
    registry.register(reader)
    return generate_latest(registry).decode()


def test_a_fresh_reading_is_served_per_stage() -> None:
    reader = LagReader("127.0.0.1:1", interval_s=1.0)
    reader.latest = (time.monotonic(), [StageLag("segment", "stukken.doc.ingested", 7, 2)])
    text = scrape(reader)
    assert "stukken_lag_exporter_up 1.0" in text
    assert 'stukken_consumer_lag_messages{stage="segment",topic="stukken.doc.ingested"} 7.0' in text
    assert 'stukken_dead_letters{stage="segment",topic="stukken.doc.ingested.dlq"} 2.0' in text


def test_no_reading_or_a_stale_one_says_down_and_shows_no_lag() -> None:
    reader = LagReader("127.0.0.1:1", interval_s=1.0)
    assert "stukken_lag_exporter_up 0.0" in scrape(reader)
    reader.latest = (time.monotonic() - 60, [StageLag("index", "stukken.doc.enriched", 3, 0)])
    text = scrape(reader)
    assert "stukken_lag_exporter_up 0.0" in text and "consumer_lag" not in text
