"""Read the document log from a position up to its end as it was when reading began.

Used by the index rebuild, the claim GC and example consumers that want a snapshot rather than
a subscription: no consumer group, partitions assigned by hand, nothing committed.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from stukken.contracts.document_log import decode
from stukken.contracts.events import DocEnriched
from stukken.contracts.topics import DOCUMENTS

Offsets = dict[int, int]


def kafka_auth() -> dict[str, Any]:
    """The Kafka credentials of the environment (none on the local stack), for aiokafka."""
    from stukken.platform.kafka_auth import aiokafka_options
    from stukken.platform.settings import CommonSettings

    return aiokafka_options(CommonSettings())


@dataclass(frozen=True)
class LogRecord:
    doc_id: str
    value: bytes | None  # None: a tombstone, the document is gone
    partition: int
    offset: int

    @property
    def event(self) -> DocEnriched | None:
        """The document's current `doc.enriched` event; None for a tombstone."""
        return decode(self.value)


class LogStalled(Exception):
    """The log's end was not reached within the idle timeout."""


async def end_offsets(bootstrap: str, topic: str = DOCUMENTS) -> Offsets:
    """The high-water mark of every partition now: where a snapshot read stops."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, **kafka_auth()
    )
    await consumer.start()
    try:
        parts = await partitions(bootstrap, topic)
        ends = await consumer.end_offsets(parts)
        return {tp.partition: off for tp, off in ends.items()}
    finally:
        await consumer.stop()


async def read_log(
    bootstrap: str,
    *,
    start: Offsets | None = None,
    until: Offsets | None = None,
    topic: str = DOCUMENTS,
    idle_timeout_s: float = 30.0,
) -> AsyncIterator[LogRecord]:
    """Records from `start` (default: the beginning) up to `until` (default: the end now)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        **kafka_auth(),
    )
    await consumer.start()
    try:
        parts = await partitions(bootstrap, topic)
        consumer.assign(parts)
        if until is None:
            until = {tp.partition: off for tp, off in (await consumer.end_offsets(parts)).items()}
        for tp in parts:
            if start and tp.partition in start:
                consumer.seek(tp, start[tp.partition])
            else:
                await consumer.seek_to_beginning(tp)
        todo = {tp for tp in parts if await consumer.position(tp) < until.get(tp.partition, 0)}
        last_progress = time.monotonic()
        while todo:
            batches = await consumer.getmany(*todo, timeout_ms=500)
            for tp, records in batches.items():
                for r in records:
                    if r.offset < until[tp.partition]:
                        doc_id = r.key.decode() if r.key else ""
                        yield LogRecord(doc_id, r.value, tp.partition, r.offset)
            for tp in list(todo):
                if await consumer.position(tp) >= until[tp.partition]:
                    todo.discard(tp)
            if batches:
                last_progress = time.monotonic()
            elif time.monotonic() - last_progress > idle_timeout_s:
                raise LogStalled(f"{topic}: no progress towards {until} in {idle_timeout_s} s")
    finally:
        await consumer.stop()


async def current_documents(bootstrap: str) -> dict[str, DocEnriched]:
    """The live corpus: the last record per doc_id, tombstoned documents left out."""
    live: dict[str, DocEnriched] = {}
    async for rec in read_log(bootstrap):
        event = rec.event
        if event is None:
            live.pop(rec.doc_id, None)
        else:
            live[rec.doc_id] = event
    return live


async def partitions(bootstrap: str, topic: str) -> list[TopicPartition]:
    """A consumer knows only the topics it subscribed to: ask the admin API."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=10000, **kafka_auth()
    )
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    if described["error_code"] != 0 or not described["partitions"]:
        raise LookupError(f"topic {topic} does not exist (run `stukken up`)")
    return sorted(TopicPartition(topic, p["partition"]) for p in described["partitions"])
