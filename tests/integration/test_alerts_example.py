"""examples/alerts on the real stack: it follows the document log in its own consumer group and
posts alerts to a webhook (a local HTTP receiver); `stukken status` shows its lag."""

from __future__ import annotations

import asyncio
import io
import json
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from examples.alerts.consumer import AlertsConsumer
from examples.alerts.subscriptions import Subscription
from stukken.cli import app
from stukken.contracts import doc_id_for
from stukken.platform.settings import CommonSettings
from stukken.platform.storage import S3Store
from tests.stack import s3_client, wait_for

CITING = "breadth/kamerbrief-2011-draagmoederschap.pdf"  # cites kst-32123-XVI-30
RAINBOW = "kamervragen/00fe7edd-24c8-4857-98da-774ed3b06836.pdf"  # about regenboogbeleid
OTHER = "kamervragen/1aa9bd01-68a1-4a4a-a808-5b0183bc217a.pdf"


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    received: list[dict[str, Any]] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append(json.loads(body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None: ...

    server = HTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/alerts", received
    server.shutdown()


def test_the_webhook_gets_the_expected_alerts_and_status_shows_the_lag(
    stack: CommonSettings,
    corpus: Path,
    tmp_path: Path,
    receiver: tuple[str, list[dict[str, Any]]],
) -> None:
    url, received = receiver
    prefix = f"alerts-{uuid.uuid4().hex[:8]}/"
    subs = [
        Subscription(id="cites", kind="cites", reference="kst-32123-XVI-30", webhook=url),
        Subscription(id="rainbow", kind="search", query="regenboogbeleid", webhook=url),
    ]
    group = f"test-alerts-{uuid.uuid4().hex[:8]}"
    consumer = AlertsConsumer(
        stack.kafka_bootstrap, subs, S3Store(stack), tmp_path / "state.json", group_id=group
    )
    s3 = s3_client(stack)
    ids = {}
    for name in (CITING, RAINBOW, OTHER):
        data = (corpus / name).read_bytes()
        s3.put_object(stack.bucket, prefix + name, io.BytesIO(data), len(data), "application/pdf")
        ids[name] = doc_id_for(stack.bucket, prefix + name)

    def ours() -> list[tuple[str, str]]:
        mine = [a for a in received if a["doc_id"] in ids.values()]
        return sorted((a["subscription"], a["doc_id"]) for a in mine)

    expected = sorted([("cites", ids[CITING]), ("rainbow", ids[RAINBOW])])
    stop = asyncio.Event()

    async def run_until_alerted() -> None:
        task = asyncio.create_task(consumer.run(stop))
        try:
            async with asyncio.timeout(240):
                while ours() != expected:
                    assert not task.done(), task.exception()
                    await asyncio.sleep(0.2)
        finally:
            stop.set()
            await task

    asyncio.run(run_until_alerted())
    assert ours() == expected  # exactly one alert each; the third document matches nothing
    alert = next(a for a in received if a["doc_id"] == ids[CITING])
    assert alert["matched"] == "kst-32123-XVI-30" and alert["key"] == prefix + CITING
    assert (tmp_path / "state.json").exists()

    def group_status() -> dict[str, Any] | None:
        result = CliRunner().invoke(app, ["status", "--json"])
        status = json.loads(result.output)
        return next((g for g in status["downstream"] if g["group"] == group), None)

    seen = wait_for("the alerts group in `stukken status`", group_status, timeout_s=30)
    assert seen["topic"] == "stukken.documents" and seen["lag"] >= 0
