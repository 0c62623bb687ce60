"""Consumer lag and dead letters per stage as Prometheus metrics, measured from outside the stages.

A stage that is down or wedged cannot report its own lag; this small exporter reads it from Kafka
(committed offsets of `stukken-<stage>` against the end of its input topic) every `interval_s`, so
the lag alerts keep working exactly when they matter. A scrape serves the last reading (asking
Kafka takes about a second, longer than a quick scrape may wait). Run it with
`python -m stukken.lag_exporter` (`stukken up --monitoring` does, and so does the docker-compose
monitoring profile).
"""

from __future__ import annotations

import asyncio
import time
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
    interval_s: float = 5.0


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


class LagReader(Collector):
    """Reads the lag from Kafka in a loop; a scrape gets the last reading. When Kafka has not
    answered lately the lag is absent (and `stukken_lag_exporter_up` says 0), never stale."""

    def __init__(self, bootstrap: str, interval_s: float) -> None:
        self.bootstrap = bootstrap
        self.interval_s = interval_s
        self.latest: tuple[float, list[StageLag]] | None = None

    async def run(self) -> None:
        while True:
            try:
                stages = await asyncio.wait_for(pipeline_lag(self.bootstrap), 10.0)
                self.latest = (time.monotonic(), stages)
            except Exception as exc:
                log.warning("lag unavailable", error=repr(exc))
            await asyncio.sleep(self.interval_s)

    def collect(self) -> Iterator[GaugeMetricFamily]:
        up = GaugeMetricFamily("stukken_lag_exporter_up", "1 when Kafka answered lately")
        latest = self.latest
        fresh = latest is not None and time.monotonic() - latest[0] < max(15.0, 3 * self.interval_s)
        up.add_metric([], 1 if fresh else 0)
        yield up
        if fresh and latest is not None:
            yield from lag_families(latest[1])


def main() -> None:
    settings = ExporterSettings()
    configure_logging("lag-exporter", settings.log_level, settings.log_json)
    reader = LagReader(settings.kafka_bootstrap, settings.interval_s)
    registry = CollectorRegistry()
    registry.register(reader)
    start_http_server(settings.http_port, settings.http_host, registry=registry)
    log.info("serving consumer lag", port=settings.http_port, interval_s=settings.interval_s)
    asyncio.run(reader.run())


if __name__ == "__main__":
    main()
