"""The local stack for real: Kafka and the S3 gateway on spare ports in a temporary var_dir.

Downloads/builds land in the shared cache (~/.cache/stukken): the first run on a machine fetches
Kafka's jars and builds versitygw (minutes); later runs start in seconds.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import random
import socket
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer

from stukken.contracts.topics import ALL_TOPICS, S3_EVENTS, partitions_for
from stukken.localstack import ServiceSpec, down, kafka, s3gateway, status, up
from stukken.platform.settings import CommonSettings

pytestmark = [pytest.mark.integration, pytest.mark.timeout(1200)]

STAND_IN = textwrap.dedent(
    """
    import os
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Health(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200 if self.path == "/healthz" else 404)
            self.end_headers()
            self.wfile.write(os.environ["STUKKEN_KAFKA_BOOTSTRAP"].encode())

    HTTPServer(("127.0.0.1", int(os.environ["STAND_IN_PORT"])), Health).serve_forever()
    """
)


def _free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _spare_ports(count: int) -> list[int]:
    """`count` consecutive free ports (Kafka's controller listens on the broker port + 1)."""
    for _ in range(200):
        first = random.randint(30000, 60000)
        ports = list(range(first, first + count))
        if all(_free(p) for p in ports):
            return ports
    raise RuntimeError("no free ports")


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CommonSettings]:
    broker, _controller, s3 = _spare_ports(3)
    settings = CommonSettings(
        kafka_bootstrap=f"127.0.0.1:{broker}",
        s3_endpoint=f"127.0.0.1:{s3}",
        var_dir=tmp_path_factory.mktemp("var"),
    )
    report = up(settings, with_services=False, progress=print)
    print(report.model_dump_json(indent=1))
    try:
        assert report.ok, report.model_dump_json(indent=1)
        yield settings
    finally:
        down(settings)


def test_up_reports_both_parts_healthy(settings: CommonSettings) -> None:
    report = status(settings, with_services=False)
    assert [p.name for p in report.parts] == ["kafka", "s3gateway"]
    for part in report.parts:
        assert part.running and part.healthy and part.pid, part
        assert Path(part.log_path).is_file()


def test_every_topic_has_the_configured_partitions(settings: CommonSettings) -> None:
    counts = kafka.partition_counts(settings.kafka_bootstrap)
    assert counts == {t: partitions_for(t, settings.topic_partitions) for t in ALL_TOPICS}
    assert counts[S3_EVENTS] == 1  # bucket events stay in order


def test_second_up_leaves_running_parts_alone(settings: CommonSettings) -> None:
    before = {p.name: p.pid for p in status(settings, with_services=False).parts}
    report = up(settings, with_services=False)
    assert report.ok
    assert {p.name: p.pid for p in report.parts} == before
    assert all(p.detail.startswith("already running") for p in report.parts)
    assert report.elapsed_s < 10


async def _first_event(settings: CommonSettings, key: str) -> dict:
    consumer = AIOKafkaConsumer(
        S3_EVENTS, bootstrap_servers=settings.kafka_bootstrap, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        client = s3gateway.client(settings)
        if not client.bucket_exists(settings.bucket):
            client.make_bucket(settings.bucket)
        client.put_object(settings.bucket, key, io.BytesIO(b"%PDF-1.4 test"), 13)
        async with asyncio.timeout(30):
            async for message in consumer:
                event = json.loads(message.value)
                records = event.get("Records") or []
                if records and records[0]["s3"]["object"]["key"] == key:
                    return event
    finally:
        await consumer.stop()
    raise AssertionError("no event")


def test_an_upload_sends_an_s3_event(settings: CommonSettings) -> None:
    event = asyncio.run(_first_event(settings, "map/een brief.pdf"))
    record = event["Records"][0]
    assert record["eventName"].startswith("s3:ObjectCreated")
    assert record["s3"]["bucket"]["name"] == settings.bucket


# Last in this module: it ends with `down`.
def test_services_start_and_stop_with_the_stack(
    settings: CommonSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "stand_in_service.py").write_text(STAND_IN)
    (port,) = _spare_ports(1)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    monkeypatch.setenv("STAND_IN_PORT", str(port))
    spec = ServiceSpec("stand-in", "stand_in_service", port)

    report = up(settings, services=[spec])
    assert report.ok, report.model_dump_json(indent=1)
    line = report.part("stand-in")
    assert line.pid and line.healthy and line.address == f"http://127.0.0.1:{port}"
    assert status(settings, services=[spec]).part("stand-in").healthy

    stopped = down(settings)
    assert [p.name for p in stopped.parts] == ["stand-in", "s3gateway", "kafka"]
    assert stopped.ok
    for part in stopped.parts:
        assert part.pid is not None and not part.running
        with pytest.raises(ProcessLookupError):
            os.kill(part.pid, 0)  # gone, and reaped
    assert not list((Path(settings.var_dir) / "run").glob("*.pid"))
