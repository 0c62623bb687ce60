"""Consumer lag and dead letters per stage as Prometheus metrics, measured from outside the stages.

A stage that is down or wedged cannot report its own lag; this small exporter reads it from Kafka
(committed offsets of `stukken-<stage>` against the end of its input topic) on every scrape, so
the lag alerts keep working exactly when they matter. Run it with `python -m stukken.lag_exporter`
(`stukken up --monitoring` does, and so does the docker-compose monitoring profile).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from pydantic_settings import SettingsConfigDict

from stukken.ops import StageLag, pipeline_lag
from stukken.platform.logging import configure_logging, get_logger
from stukken.platform.settings import CommonSettings

log = get_logger(__name__)


class ExporterSettings(CommonSettings):
    model_config = SettingsConfigDict(
        env_prefix="STUKKEN_LAG_EXPORTER_", extra="ignore", populate_by_name=True
    )

    http_port: int = 9308


def lag_families(stages: list[StageLag]) -> list[GaugeMetricFamily]:
    lag = GaugeMetricFamily(
        "stukken_consumer_lag_messages",
        "Messages on a stage's input topic its consumer group has not committed yet",
        labels=["stage", "topic"],
    )
    dead = GaugeMetricFamily(
        "stukken_dead_letters",
        "Messages on a stage's dead-letter topic (replayed ones included: they are kept)",
        labels=["stage", "topic"],
    )
    for s in stages:
        lag.add_metric([s.stage, s.topic], s.lag)
        dead.add_metric([s.stage, s.topic + ".dlq"], s.dead_letters)
    return [lag, dead]


class LagCollector(Collector):
    """Asks Kafka on every scrape; when Kafka does not answer, the metrics are absent (and
    `stukken_lag_exporter_up` says 0) rather than stale."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self.lock = threading.Lock()

    def collect(self) -> Iterator[GaugeMetricFamily]:
        up = GaugeMetricFamily("stukken_lag_exporter_up", "1 when Kafka answered this scrape")
        with self.lock:  # one Kafka round at a time, however many scrapers
            try:
                stages = asyncio.run(asyncio.wait_for(pipeline_lag(self.bootstrap), 10.0))
            except Exception as exc:
                log.warning("lag unavailable", error=repr(exc))
                up.add_metric([], 0)
                yield up
                return
        up.add_metric([], 1)
        yield up
        yield from lag_families(stages)


def main() -> None:
    settings = ExporterSettings()
    configure_logging("lag-exporter", settings.log_level, settings.log_json)
    registry = CollectorRegistry()
    registry.register(LagCollector(settings.kafka_bootstrap))
    _server, thread = start_http_server(settings.http_port, settings.http_host, registry=registry)
    log.info("serving consumer lag", port=settings.http_port)
    thread.join()


if __name__ == "__main__":
    main()
