"""`stukken reprocess`: re-run documents of the document log through a stage, rate-limited,
resumable, and report what changed once their results are back in the log.

Live uploads are not starved: events are sent at most `rate` per second, and sending pauses
while the stage's consumer group is more than `max_lag` records behind on its input topic.
Progress is checkpointed (var/reprocess/<stage>-<selection>.json) after every document sent;
the same command resumes an interrupted run, `restart` starts over.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from stukken.contracts import DocSegmented, EnrichedDocument, cloudevents, topics
from stukken.contracts.events import DocEnriched
from stukken.downstream import group_lag
from stukken.platform.claimcheck import check_in, check_out
from stukken.platform.log_reader import (
    Offsets,
    current_documents,
    end_offsets,
    kafka_auth,
    partitions,
)
from stukken.platform.settings import CommonSettings
from stukken.platform.storage import ObjectMissing, ObjectStore
from stukken.reprocess_logic import (
    Changes,
    Checkpoint,
    Stage,
    checkpoint_path,
    rerun_event,
    selected,
)

Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class ReprocessReport:
    selected: int = 0
    sent: int = 0
    resumed: int = 0  # already sent by an interrupted run
    pending: int = 0  # no result in the log before the wait ran out
    changes: Changes = field(default_factory=Changes)


@dataclass
class Selection:
    prefix: str | None = None
    doc_type: str | None = None
    since: datetime | None = None


async def reprocess(
    settings: CommonSettings,
    store: ObjectStore,
    stage: Stage,
    selection: Selection,
    *,
    rate: float = 10.0,
    max_lag: int = 100,
    wait_s: float = 300.0,
    restart: bool = False,
    progress: Progress | None = None,
) -> ReprocessReport:
    bootstrap, report, tell = settings.kafka_bootstrap, ReprocessReport(), progress or _quiet
    start = await end_offsets(bootstrap)  # results of this run land after these offsets
    todo: dict[str, tuple[DocEnriched, EnrichedDocument]] = {}
    for event in (await current_documents(bootstrap)).values():
        doc = await asyncio.to_thread(_load, store, event)
        if doc is not None and selected(event, doc, **vars(selection)):
            todo[event.doc_id] = (event, doc)
    report.selected = len(todo)
    checkpoint = Checkpoint(checkpoint_path(settings.var_dir, stage, *vars(selection).values()))
    if restart:
        checkpoint.done.clear()
    report.resumed = len(checkpoint.done & todo.keys())
    waiting: dict[str, EnrichedDocument] = {}  # correlation id -> the document before
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, enable_idempotence=True, **kafka_auth()
    )
    await producer.start()
    try:
        pace = 1.0 / rate
        next_at = time.monotonic()
        for doc_id, (event, doc) in todo.items():
            if doc_id in checkpoint.done:
                continue
            await _wait_for_room(bootstrap, stage, max_lag, report.sent)
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
            next_at = max(next_at, time.monotonic()) + pace
            if not await asyncio.to_thread(store.exists, event.source.bucket, event.source.key):
                continue  # deleted meanwhile: re-running it would bring it back
            out, topic = rerun_event(stage, event, doc)
            if isinstance(out, DocSegmented):
                out = await asyncio.to_thread(_claim_if_large, settings, store, out)
            headers = cloudevents.headers(out, topic, "reprocess")
            await producer.send_and_wait(
                topic,
                out.model_dump_json().encode(),
                key=doc_id.encode(),
                headers=[(k, v.encode()) for k, v in headers.items()],
            )
            waiting[out.correlation_id] = doc
            checkpoint.mark(doc_id)
            checkpoint.save()
            report.sent += 1
            tell("send", report.sent + report.resumed, report.selected)
    finally:
        await producer.stop()
    await _collect(bootstrap, store, start, waiting, report, wait_s, tell)
    report.pending = len(waiting)
    if not waiting:
        checkpoint.finish()
    return report


def _quiet(phase: str, done: int, total: int) -> None: ...


def _load(store: ObjectStore, event: DocEnriched) -> EnrichedDocument | None:
    if event.document is not None:
        return event.document
    if event.payload_ref is None:
        return None
    try:
        return check_out(store, event.payload_ref, EnrichedDocument)
    except ObjectMissing:
        return None


def _claim_if_large(settings: CommonSettings, store: ObjectStore, ev: DocSegmented) -> DocSegmented:
    """A large document travels as a claim check, as the segment stage sends it."""
    body = ev.document()
    ref = check_in(store, settings.artifact_bucket, "segmented", body, settings.claim_check_bytes)
    if ref is None:
        return ev
    return ev.model_copy(update={"metadata": None, "segments": None, "payload_ref": ref})


async def _wait_for_room(bootstrap: str, stage: Stage, max_lag: int, sent: int) -> None:
    """Every 20 documents: pause while the stage is more than `max_lag` records behind."""
    if sent % 20:
        return
    topic = topics.STAGE_INPUTS[stage]
    while await group_lag(bootstrap, f"stukken-{stage}", topic) > max_lag:
        await asyncio.sleep(1.0)


async def _collect(
    bootstrap: str,
    store: ObjectStore,
    start: Offsets,
    waiting: dict[str, EnrichedDocument],
    report: ReprocessReport,
    wait_s: float,
    tell: Progress,
) -> None:
    """Follow the document log from `start` until every re-run document's result is there."""
    total = len(waiting)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, **kafka_auth()
    )
    await consumer.start()
    try:
        parts = await partitions(bootstrap, topics.DOCUMENTS)
        consumer.assign(parts)
        for tp in parts:
            consumer.seek(tp, start.get(tp.partition, 0))
        deadline = time.monotonic() + wait_s
        while waiting and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for record in records:
                    if record.value is None:
                        continue
                    event = DocEnriched.model_validate_json(record.value)
                    before = waiting.pop(event.correlation_id, None)
                    if before is None:
                        continue  # another document's change, not a result of this run
                    after = await asyncio.to_thread(_load, store, event)
                    if after is not None:
                        report.changes.add(before, after)
            tell("collect", total - len(waiting), total)
    finally:
        await consumer.stop()
