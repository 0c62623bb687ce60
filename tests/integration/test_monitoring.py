"""A real Prometheus beside the real stack (`up --monitoring`): it scrapes the services and
the lag exporter, counts documents per stage, sees the lag drain, and its alerts fire and resolve.

The stack runs the quick copy of the rules (STUKKEN_MONITORING_QUICK_RULES in tests/stack.py):
the same expressions, `for:` cut to 2 s, windows of an hour or more divided by 240 (1h -> 15 s,
1d -> 6 min), scrapes and evaluations every second. Every rule fires here but
StukkenOcrBacklogGrowing, which needs a quarter of an hour of growing OCR backlog (promtool only).
"""

from __future__ import annotations

import asyncio
import hashlib
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
from reportlab.pdfgen.canvas import Canvas
from typer.testing import CliRunner

from stukken import contracts
from stukken.alerts import FiringAlert, firing_alerts
from stukken.cli import app
from stukken.contracts import DocIngested, Source, doc_id_for, topics
from stukken.localstack import processes
from stukken.localstack import stack as local
from stukken.localstack.layout import StackPaths
from stukken.localstack.monitoring import NAMES, PROMETHEUS, MonitoringSettings
from stukken.platform.settings import REPO_ROOT, CommonSettings, IndexSettings
from tests.fixtures.typeset import REGULAR
from tests.stack import s3_client, wait_for

STAGES = ("ingest", "segment", "enrich", "index")
# the OCR workers: two replicas of one scraped service, a stage of their own in the lag
OCR_WORKERS = ("ocr-1", "ocr-2")
PARTS = ("kafka", "s3gateway", *STAGES, *OCR_WORKERS, *NAMES)
RUNBOOK = REPO_ROOT / "deploy" / "RUNBOOK.md"
# the PromQL of deploy/RUNBOOK.md
DOCUMENTS_PER_STAGE = (
    'sum by (stage) ({__name__=~"stukken_(ingest|segment|enrich|index)_messages_total",'
    ' outcome="ok"})'
)
LAG_PER_STAGE = "max by (stage) (stukken_consumer_lag_messages)"
SEGMENTED = "sum(stukken_segment_body_share_count)"
UP_OCR_WORKERS = 'count(up{service="ocr"} == 1)'
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
    return s3_client(stack)


def put(s3: Minio, bucket: str, key: str, data: bytes) -> str:
    s3.put_object(bucket, key, io.BytesIO(data), len(data), content_type="application/pdf")
    return doc_id_for(bucket, key)


def test_every_service_and_the_lag_exporter_are_scraped(prometheus: str) -> None:
    wanted = {*STAGES, "ocr", "lag-exporter"}
    wait_for("every target up", lambda: all_of(prometheus, "up", wanted, 1.0))
    workers = {"": float(len(OCR_WORKERS))}  # each OCR worker, on its own port
    wait_for("every OCR worker up", lambda: query(prometheus, UP_OCR_WORKERS) == workers)


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
        lambda: all_of(prometheus, LAG_PER_STAGE, {*STAGES, "ocr"}, 0.0),
        timeout_s=30,
    )


def test_every_query_of_the_runbook_answers(prometheus: str) -> None:
    table = RUNBOOK.read_text().split("Useful queries", 1)[1].split("\n\n", 2)[1]
    queries = [q.replace("\\|", "|") for q in re.findall(r"^\|[^|]+\| `(.+)` \|$", table, re.M)]
    assert len(queries) == 6 and DOCUMENTS_PER_STAGE in queries and LAG_PER_STAGE in queries
    for promql in queries:
        answer = wait_for(promql, lambda q=promql: query(prometheus, q) or "== 0" in q)
        assert answer is True or set(answer) <= {*STAGES, "ocr", "lag-exporter"}


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


def test_a_stage_stuck_with_work_waiting_fires_stalled_until_it_moves(
    prometheus: str, stack: CommonSettings
) -> None:
    """The gateway frozen (SIGSTOP, as in tests/faults/test_poison.py): segment's read of the
    event's object hangs with the event waiting; its /metrics still answers, stalled = 1 after
    STUKKEN_STALL_AFTER_S (5 s). The gateway running again, segment moves, the alert resolves."""
    assert firing(prometheus, "StukkenStageStalled", "segment") is None
    gateway = processes.live_record(StackPaths.of(stack).pid_file("s3gateway"))
    assert gateway is not None
    key = f"mon-stall-{uuid.uuid4().hex}.pdf"
    event = DocIngested(
        doc_id=doc_id_for(stack.bucket, key),
        version=hashlib.sha256(key.encode()).hexdigest(),
        source=Source(bucket=stack.bucket, key=key, size=1, sha256="0" * 64),
    )
    os.kill(gateway.pid, signal.SIGSTOP)
    try:
        asyncio.run(
            _send(
                stack.kafka_bootstrap,
                topics.DOC_INGESTED,
                event.doc_id,
                event.model_dump_json().encode(),
            )
        )
        alert = wait_for(
            "StukkenStageStalled to fire for segment",
            lambda: firing(prometheus, "StukkenStageStalled", "segment"),
            timeout_s=40,
        )
    finally:
        os.kill(gateway.pid, signal.SIGCONT)
    assert alert.severity == "critical" and alert.runbook.endswith("#stukkenstagestalled")
    assert query(prometheus, "stukken_segment_lag_messages")["segment"] >= 1
    wait_for(
        "StukkenStageStalled to resolve once segment moves",
        lambda: firing(prometheus, "StukkenStageStalled", "segment") is None,
        timeout_s=40,
    )


MISSED = "StukkenReconcileFoundMissedEvents"


def test_an_object_whose_event_never_came_fires_the_reconcile_alert(
    prometheus: str, stack: CommonSettings, sample_pdf: bytes
) -> None:
    """Written into the gateway's folder behind its back: no bucket event; the reconciler (every
    2 s on the test stack) finds it and repairs it. The quick rule looks back 15 s (1h / 240), so
    the alert resolves after that."""
    wait_for(
        "no earlier repair in the window", lambda: firing(prometheus, MISSED, "ingest") is None
    )
    key = f"mon-missed-{uuid.uuid4().hex}.pdf"
    path = stack.var_dir / "s3" / stack.bucket / key
    path.write_bytes(sample_pdf)
    try:
        alert = wait_for(f"{MISSED} to fire", lambda: firing(prometheus, MISSED, "ingest"), 40)
    finally:
        path.unlink()
    assert alert.runbook.endswith("#stukkenreconcilefoundmissedevents")
    assert re.match(r"Reconciliation repaired [1-9]\d* object\(s\)", alert.summary), alert.summary
    wait_for(f"{MISSED} to resolve", lambda: firing(prometheus, MISSED, "ingest") is None, 40)


HEADER = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, Directie Informatiesamenleving"
FOOTER = "Rijksoverheid, Turfmarkt 147, 2511 DP Den Haag, Postbus 20011, 2500 EA Den Haag"


def furnished_letter(body_lines: int, mark: str, pages: int = 3) -> bytes:
    """Pages with a running header and footer and `body_lines` lines of body each: 30 lines give a
    body share of about 0.9, one line about 0.3 (furniture repeats on every page)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595.28, 841.89))
    for page in range(1, pages + 1):
        canvas.setFont(REGULAR, 7)
        canvas.drawString(60, 810, HEADER)
        canvas.drawString(60, 40, FOOTER)
        canvas.drawString(500, 28, f"Pagina {page} van {pages}")
        canvas.setFont(REGULAR, 10)
        for line in range(body_lines):
            text = f"De minister beantwoordt vraag {page}.{line} over de regeling ({mark})."
            canvas.drawString(72, 700 - 14 * line, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


SHARE = (
    "sum(rate(stukken_segment_body_share_sum[{w}]))"
    " / sum(rate(stukken_segment_body_share_count[{w}]))"
)
SEGMENTED_RECENTLY = "sum(increase(stukken_segment_body_share_count[15s]))"


def test_documents_mostly_furniture_fire_body_share_dropping(
    prometheus: str, stack: CommonSettings, s3: Minio
) -> None:
    """The quick rule compares the last 15 s with the 6 min before (1h and 1d divided by 240).
    Letters with a full body make the baseline; once they have left the recent window, 22 letters
    of one body line each (share ~0.3, at least the rule's 20) make the recent mean fall."""
    drop = "StukkenBodyShareDropping"
    assert firing(prometheus, drop, "segment") is None
    run = uuid.uuid4().hex
    before = wait_for("segment's counts scraped", lambda: query(prometheus, SEGMENTED))
    for n in range(5):
        put(s3, stack.bucket, f"mon-{run}/full-{n}.pdf", furnished_letter(30, f"{run} {n}"))
    wait_for(
        "segment to count the full letters",
        lambda: query(prometheus, SEGMENTED).get("", 0) >= before.get("", 0) + 5,
        timeout_s=30,
    )
    wait_for(
        "the full letters to leave the recent window",
        lambda: query(prometheus, SEGMENTED_RECENTLY) == {"": 0.0},
        timeout_s=30,
    )
    baseline = query(prometheus, SHARE.format(w="6m"))[""]
    assert baseline > 0.8, baseline
    for n in range(22):
        put(s3, stack.bucket, f"mon-{run}/thin-{n}.pdf", furnished_letter(1, f"{run} {n}"))
    alert = wait_for(f"{drop} to fire", lambda: firing(prometheus, drop, "segment"), 40)
    assert alert.runbook.endswith("#stukkenbodysharedropping")
    recent = float(re.findall(r"fell to ([\d.]+)%", alert.summary)[0]) / 100
    assert recent < 0.85 * baseline, alert.summary
