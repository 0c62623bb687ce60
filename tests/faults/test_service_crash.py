"""A stage stopped mid-flow loses nothing: what it had not committed is delivered again."""

from __future__ import annotations

import io
import os
import signal
import uuid
from pathlib import Path

import httpx
import pytest

from stukken.contracts import doc_id_for
from stukken.localstack import processes
from stukken.localstack import stack as local
from stukken.localstack.layout import StackPaths
from stukken.platform.settings import CommonSettings, IndexSettings
from tests.stack import s3_client, wait_for


@pytest.mark.parametrize(
    "stage,how",
    [("enrich", signal.SIGKILL), ("segment", signal.SIGKILL), ("index", signal.SIGTERM)],
    ids=["enrich-killed", "segment-killed", "index-stopped"],
)
def test_a_stage_stopped_while_documents_flow_loses_none(
    stack: CommonSettings, corpus: Path, stage: str, how: signal.Signals
) -> None:
    s3 = s3_client(stack)
    pid_file = StackPaths.of(stack).pid_file(stage)
    record = processes.live_record(pid_file)
    assert record is not None, f"{stage} is not running"

    run = uuid.uuid4().hex
    doc_ids = []
    for pdf in sorted((corpus / "kamervragen").glob("*.pdf")):
        data = pdf.read_bytes()
        key = f"crash-{run}/{pdf.name}"
        s3.put_object(stack.bucket, key, io.BytesIO(data), len(data))
        doc_ids.append(doc_id_for(stack.bucket, key))
    os.kill(record.pid, how)  # SIGKILL: no shutdown at all; SIGTERM: the graceful path
    wait_for(f"{stage} to end", lambda: not processes.is_alive(record), timeout_s=60)

    report = local.up(stack)  # brings back what is not running
    assert report.ok, [p.detail for p in report.parts if not p.healthy]
    assert processes.live_record(pid_file) is not None

    api = httpx.Client(base_url=f"http://127.0.0.1:{IndexSettings().http_port}", timeout=10)
    for doc_id in doc_ids:
        wait_for(
            f"{doc_id} indexed after the crash",
            lambda d=doc_id: api.get(f"/documents/{d}").status_code == 200,
            timeout_s=120,
        )
