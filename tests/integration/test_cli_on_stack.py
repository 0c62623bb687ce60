"""The `stukken` command against the running test stack, as an operator would use it."""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path

from aiokafka import AIOKafkaProducer
from typer.testing import CliRunner

from stukken.cli import app
from stukken.contracts import doc_id_for, topics
from stukken.platform.settings import CommonSettings
from tests.stack import wait_for

runner = CliRunner()


def cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_status_reports_every_part_healthy_and_each_stage(stack: CommonSettings) -> None:
    status = json.loads(cli("status", "--json"))
    assert status["ok"] is True
    assert {p["name"] for p in status["parts"]} >= {"kafka", "s3gateway", "ingest", "index"}
    stages = [s["stage"] for s in status["stages"]]
    assert stages == ["ingest", "segment", "ocr", "enrich", "index"]
    assert {"ocr-1", "ocr-2"} <= {p["name"] for p in status["parts"]}
    assert status["ocr"] == [] or all("pages_pending" in p for p in status["ocr"])


def test_dead_letters_are_listed_and_replayed(stack: CommonSettings) -> None:
    key = f"dlq-{uuid.uuid4().hex}"

    async def send() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=stack.kafka_bootstrap)
        await producer.start()
        try:
            await producer.send_and_wait(topics.DOC_SEGMENTED, b"{not json", key=key.encode())
        finally:
            await producer.stop()

    asyncio.run(send())

    def listed() -> list[dict[str, object]]:
        letters = json.loads(cli("dlq", "list", "--stage", "enrich", "--json"))
        return [d for d in letters if d["key"] == key]

    (letter,) = wait_for("the dead letter to be listed", listed)
    assert letter["stage"] == "enrich" and letter["original"] == "{not json"
    assert "replayed" in cli("dlq", "replay", "--stage", "enrich")
    # replaying sends it through enrich again, which dead-letters it again: now twice
    wait_for("the replayed letter to fail again", lambda: len(listed()) == 2)


def test_put_search_docs_rm(stack: CommonSettings, corpus: Path, tmp_path: Path) -> None:
    pdf = tmp_path / f"cli-{uuid.uuid4().hex}.pdf"
    pdf.write_bytes(
        (corpus / "kamervragen" / "1aa9bd01-68a1-4a4a-a808-5b0183bc217a.pdf").read_bytes()
    )
    cli("put", str(pdf))
    doc_id = doc_id_for(stack.bucket, pdf.name)

    def listed() -> bool:
        docs = json.loads(cli("docs", "--json", "--limit", "100"))
        items = docs["documents"] if isinstance(docs, dict) else docs
        return any(d["doc_id"] == doc_id for d in items)

    wait_for("the document in `stukken docs`", listed)
    found = json.loads(cli("search", "Kamer", "--json", "--size", "100"))
    assert found["total"] >= 1
    cli("rm", pdf.name)
    wait_for("the document to leave `stukken docs`", lambda: not listed())
