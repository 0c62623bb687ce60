"""A real Prometheus beside the real stack (`up --monitoring`): it scrapes the four services and
the lag exporter, counts documents per stage, sees the lag drain, and its alerts fire and resolve.

The stack runs the quick copy of the rules (STUKKEN_MONITORING_QUICK_RULES in tests/stack.py):
the same expressions and windows, `for:` cut to 2 s, scrapes and evaluations every second.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import re
import shutil
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from minio import Minio
from typer.testing import CliRunner

from stukken import contracts
from stukken.alerts import FiringAlert, firing_alerts
from stukken.cli import app
from stukken.contracts import DocIngested, doc_id_for, topics
from stukken.localstack import processes
from stukken.localstack import stack as local
from stukken.localstack.layout import StackPaths
from stukken.localstack.monitoring import NAMES, PROMETHEUS, MonitoringSettings
from stukken.platform.settings import REPO_ROOT, CommonSettings, IndexSettings
from tests.stack import wait_for

STAGES = ("ingest", "segment", "enrich", "index")
PARTS = ("kafka", "s3gateway", *STAGES, *NAMES)
RUNBOOK = REPO_ROOT / "deploy" / "RUNBOOK.md"
# the PromQL of deploy/RUNBOOK.md
DOCUMENTS_PER_STAGE = (
    'sum by (stage) ({__name__=~"stukken_(ingest|segment|enrich|index)_messages_total",'
    ' outcome="ok"})'
)
LAG_PER_STAGE = "max by (stage) (stukken_consumer_lag_messages)"
EXAMPLES = Path(contracts.__file__).parent / "examples"


@pytest.fixture(scope="module")
def prometheus(stack: CommonSettings) -> Iterator[str]:
    """Prometheus with an empty database (earlier runs' samples would skew the rates)."""
    paths = StackPaths.of(stack)
    for name in NAMES:
        processes.stop(paths.pid_file(name))
    shutil.rmtree(paths.var_dir / PROMETHEUS / "data", ignore_errors=True)
    printed = _cli("up", "--monitoring", "--json")  # as an operator starts it: progress, then JSON
    report = json.loads(
        printed[printed.index("{") if printed.startswith("{") else printed.index("\n{") :]
    )
    assert {p["name"]: p["healthy"] for p in report["parts"]} == dict.fromkeys(PARTS, True)
    yield MonitoringSettings().prometheus_url
    for name in NAMES:
        processes.stop(paths.pid_file(name))


def query(url: str, promql: str) -> dict[str, float]:
    """An instant query; each series keyed by its `stage`, else `service`, label."""
    response = httpx.get(f"{url}/api/v1/query", params={"query": promql}, timeout=5)
    response.raise_for_status()
    out = {}
    for series in response.json()["data"]["result"]:
        labels = series["metric"]
        out[labels.get("stage") or labels.get("service", "")] = float(series["value"][1])
    return out


def all_of(url: str, promql: str, names: set[str], value: float) -> dict[str, float] | None:
    """The query's result once it has exactly `names`, each at `value`."""
    result = query(url, promql)
    return result if result == dict.fromkeys(names, value) else None


def firing(url: str, name: str, subject: str) -> FiringAlert | None:
    return next((a for a in firing_alerts(url) if (a.name, a.subject) == (name, subject)), None)


@pytest.fixture(scope="module")
def s3(stack: CommonSettings) -> Minio:
    return Minio(
        stack.s3_endpoint,
        access_key=stack.s3_access_key,
        secret_key=stack.s3_secret_key,
        secure=False,
    )


def put(s3: Minio, bucket: str, key: str, data: bytes) -> str:
    s3.put_object(bucket, key, io.BytesIO(data), len(data), content_type="application/pdf")
    return doc_id_for(bucket, key)


def test_every_service_and_the_lag_exporter_are_scraped(prometheus: str) -> None:
    wanted = {*STAGES, "lag-exporter"}
    wait_for("every target up", lambda: all_of(prometheus, "up", wanted, 1.0))


def test_documents_are_counted_per_stage_and_the_lag_drains(
    prometheus: str, stack: CommonSettings, s3: Minio, corpus: Path
) -> None:
    before = wait_for("counters scraped", lambda: query(prometheus, DOCUMENTS_PER_STAGE))
    pdfs = sorted((corpus / "kamervragen").glob("*.pdf"))[:3]
    api = httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)
    ids = [put(s3, stack.bucket, f"mon-{uuid.uuid4().hex}/{p.name}", p.read_bytes()) for p in pdfs]
    for doc_id in ids:
        wait_for("the document indexed", lambda d=doc_id: api.get(f"/documents/{d}").is_success)

    def counted() -> dict[str, float] | None:
        now = query(prometheus, DOCUMENTS_PER_STAGE)
        grown = {s: now.get(s, 0) - before.get(s, 0) for s in STAGES}
        return grown if all(n >= len(pdfs) for n in grown.values()) else None

    grown = wait_for("every stage to count the documents", counted, timeout_s=30)
    assert set(grown) == set(STAGES)
    wait_for(
        "the lag of every stage back to zero",
        lambda: all_of(prometheus, LAG_PER_STAGE, set(STAGES), 0.0),
        timeout_s=30,
    )


def test_every_query_of_the_runbook_answers(prometheus: str) -> None:
    table = RUNBOOK.read_text().split("Useful queries", 1)[1].split("\n\n", 2)[1]
    queries = [q.replace("\\|", "|") for q in re.findall(r"^\|[^|]+\| `(.+)` \|$", table, re.M)]
    assert len(queries) == 6 and DOCUMENTS_PER_STAGE in queries and LAG_PER_STAGE in queries
    for promql in queries:
        answer = wait_for(promql, lambda q=promql: query(prometheus, q) or "== 0" in q)
        assert answer is True or set(answer) <= {*STAGES, "lag-exporter"}


async def _send(bootstrap: str, topic: str, key: str, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value, key=key.encode())
    finally:
        await producer.stop()


def test_a_dead_letter_fires_its_alert(prometheus: str, stack: CommonSettings) -> None:
    """An event of the wrong shape on enrich's input is dead-lettered at once."""
    key = f"mon-broken-{uuid.uuid4().hex}"
    asyncio.run(_send(stack.kafka_bootstrap, topics.DOC_SEGMENTED, key, b'{"doc_id": 42}'))
    alert = wait_for(
        "StukkenDeadLetters to fire for enrich",
        lambda: firing(prometheus, "StukkenDeadLetters", "enrich"),
    )
    assert alert.runbook == "deploy/RUNBOOK.md#stukkendeadletters"
    assert "enrich dead-lettered" in alert.summary


def test_a_batch_of_non_pdfs_fires_the_rejection_alert(
    prometheus: str, stack: CommonSettings, s3: Minio
) -> None:
    for n in range(6):
        put(s3, stack.bucket, f"mon-{uuid.uuid4().hex}/fake-{n}.pdf", b"<html>no PDF</html>")
    alert = wait_for(
        "StukkenRejectionRateHigh to fire for ingest",
        lambda: firing(prometheus, "StukkenRejectionRateHigh", "ingest"),
    )
    assert alert.severity == "warning" and "of documents" in alert.summary


def test_a_stage_falling_behind_fires_lag_growing_until_it_catches_up(
    prometheus: str, stack: CommonSettings
) -> None:
    """With segment down, 150 events (deletes of documents never seen: cheap for every stage)
    wait on its input; its lag grows past the threshold. Back up, it drains them."""
    record = processes.live_record(StackPaths.of(stack).pid_file("segment"))
    assert record is not None
    os.killpg(record.pid, signal.SIGKILL)
    example = json.loads((EXAMPLES / "doc.ingested.json").read_text())
    events = [
        DocIngested.model_validate(example | {"doc_id": f"lag-{uuid.uuid4().hex}", "op": "delete"})
        for _ in range(150)
    ]
    asyncio.run(_send_all(stack.kafka_bootstrap, topics.DOC_INGESTED, events))
    alert = wait_for(
        "StukkenLagGrowing to fire for segment",
        lambda: firing(prometheus, "StukkenLagGrowing", "segment"),
    )
    assert alert.runbook == "deploy/RUNBOOK.md#stukkenlaggrowing"

    assert local.up(stack, with_monitoring=True).ok
    wait_for(
        "segment's lag back to zero",
        lambda: query(prometheus, LAG_PER_STAGE).get("segment") == 0.0,
    )
    wait_for(
        "StukkenLagGrowing to resolve",
        lambda: firing(prometheus, "StukkenLagGrowing", "segment") is None,
        timeout_s=30,
    )


async def _send_all(bootstrap: str, topic: str, events: list[DocIngested]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for event in events:
            await producer.send(topic, event.model_dump_json().encode(), key=event.doc_id.encode())
        await producer.flush()
    finally:
        await producer.stop()


def test_a_killed_service_fires_its_alert_and_it_resolves_after_up(
    prometheus: str, stack: CommonSettings
) -> None:
    record = processes.live_record(StackPaths.of(stack).pid_file("enrich"))
    assert record is not None
    os.killpg(record.pid, signal.SIGKILL)
    alert = wait_for(
        "StukkenServiceDown to fire for enrich",
        lambda: firing(prometheus, "StukkenServiceDown", "enrich"),
    )
    assert alert.severity == "critical"

    shown = json.loads(_cli("status", "--json"))["alerts"]
    assert {"name": "StukkenServiceDown", "subject": "enrich"}.items() <= next(
        a for a in shown if a["name"] == "StukkenServiceDown"
    ).items()

    assert local.up(stack, with_monitoring=True).ok
    wait_for(
        "StukkenServiceDown to resolve",
        lambda: firing(prometheus, "StukkenServiceDown", "enrich") is None,
        timeout_s=30,
    )


def _cli(*args: str) -> Any:
    """`stukken ...`; `status` exits 1 while a part is down, and prints its JSON all the same."""
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.output
