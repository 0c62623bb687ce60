"""Ingest's ledger: per document, the version last admitted or rejected, and the object's ETag.

It lets the same bytes again change nothing, and tells the reconciler which objects the pipeline
has not seen. It lives in memory (keys kept sorted, so a reconciliation round takes the entries of
one key range without reading anything) and in a compacted Kafka topic keyed by doc_id, a
tombstone on delete: a restart reads the topic once from the beginning.

Written only after the event went out: a crash in between costs a duplicate, never a loss.
"""

from __future__ import annotations

import bisect
import json
import time
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from stukken.contracts import DocIngested, DocRejected
from stukken.platform.storage import ObjectMissing, ObjectStore

TOPIC_ALREADY_EXISTS = 36


@dataclass(frozen=True)
class LedgerEntry:
    key: str
    version: str
    etag: str | None
    at: float = 0.0
    """when it was recorded (epoch seconds)"""


def entry_for(event: DocIngested | DocRejected) -> LedgerEntry | None:
    """What the ledger holds after this event; None for a delete."""
    if event.op == "delete" or event.source is None:
        return None
    return LedgerEntry(event.source.key, event.version, event.source.etag, time.time())


class Ledger:
    """The ledger in memory (as such, for tests). `KafkaLedger` makes it durable."""

    def __init__(self) -> None:
        self._entries: dict[str, LedgerEntry] = {}
        self._keys: list[str] = []  # sorted
        self._doc_of: dict[str, str] = {}  # key -> doc_id

    def __len__(self) -> int:
        return len(self._entries)

    def entry(self, doc_id: str) -> LedgerEntry | None:
        return self._entries.get(doc_id)

    def current(self, doc_id: str) -> str | None:
        entry = self._entries.get(doc_id)
        return entry.version if entry else None

    def holds(self, event: DocIngested | DocRejected) -> bool:
        """Whether this upsert (or rejection) is what the ledger already holds: same bytes, or,
        for a rejection made without reading the bytes, the same ETag."""
        entry = self._entries.get(event.doc_id)
        if entry is None or event.op == "delete" or entry.version != event.version:
            return False
        etag = event.source.etag if event.source else None
        return bool(event.version) or entry.etag == etag

    def apply(self, doc_id: str, entry: LedgerEntry | None) -> None:
        old = self._entries.pop(doc_id, None)
        if old is not None and self._doc_of.get(old.key) == doc_id:
            del self._doc_of[old.key]
            at = bisect.bisect_left(self._keys, old.key)
            if at < len(self._keys) and self._keys[at] == old.key:
                del self._keys[at]
        if entry is not None:
            self._entries[doc_id] = entry
            if entry.key not in self._doc_of:
                bisect.insort(self._keys, entry.key)
            self._doc_of[entry.key] = doc_id

    def between(self, after: str, upto: str | None) -> list[tuple[str, LedgerEntry]]:
        """(doc_id, entry) of the keys in (after, upto], in key order; upto None: to the end."""
        lo = bisect.bisect_right(self._keys, after)
        hi = len(self._keys) if upto is None else bisect.bisect_right(self._keys, upto)
        return [(self._doc_of[k], self._entries[self._doc_of[k]]) for k in self._keys[lo:hi]]

    def entries(self) -> dict[str, LedgerEntry]:
        return dict(self._entries)

    async def start(self) -> int:
        return len(self)

    async def stop(self) -> None:
        pass

    async def record(self, event: DocIngested | DocRejected) -> None:
        await self.put(event.doc_id, entry_for(event))

    async def put(self, doc_id: str, entry: LedgerEntry | None) -> None:
        self.apply(doc_id, entry)


def encode(entry: LedgerEntry | None) -> bytes | None:
    if entry is None:
        return None  # a tombstone: compaction forgets the document
    return json.dumps(
        {"key": entry.key, "version": entry.version, "etag": entry.etag, "at": entry.at}
    ).encode()


def decode(value: bytes | None) -> LedgerEntry | None:
    if value is None:
        return None
    raw = json.loads(value)
    return LedgerEntry(raw["key"], raw["version"], raw.get("etag"), float(raw.get("at") or 0))


class KafkaLedger(Ledger):
    def __init__(self, bootstrap: str, topic: str, **kafka_options: Any) -> None:
        super().__init__()
        self.bootstrap, self.topic, self.options = bootstrap, topic, kafka_options
        self.producer: AIOKafkaProducer | None = None

    async def start(self) -> int:
        """Create the topic when missing, read it to its end, open the producer; returns the
        number of documents loaded."""
        await self._ensure_topic()
        await self._load()
        self.producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap, enable_idempotence=True, **self.options
        )
        await self.producer.start()
        return len(self)

    async def stop(self) -> None:
        if self.producer is not None:
            await self.producer.stop()

    async def put(self, doc_id: str, entry: LedgerEntry | None) -> None:
        assert self.producer is not None, "start() the ledger first"
        await self.producer.send_and_wait(self.topic, encode(entry), key=doc_id.encode())
        self.apply(doc_id, entry)

    async def _ensure_topic(self) -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap, **self.options)
        await admin.start()
        try:
            if self.topic in await admin.list_topics():
                return
            topic = NewTopic(
                self.topic,
                num_partitions=1,
                replication_factor=1,
                topic_configs={"cleanup.policy": "compact", "min.cleanable.dirty.ratio": "0.1"},
            )
            response = await admin.create_topics([topic])
            for name, code, *_ in getattr(response, "topic_errors", []):
                if code not in (0, TOPIC_ALREADY_EXISTS):
                    raise RuntimeError(f"cannot create {name}: error code {code}")
        finally:
            await admin.close()

    async def _load(self) -> None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, enable_auto_commit=False, **self.options
        )
        await consumer.start()
        try:
            await consumer.topics()  # fetches the metadata partitions_for_topic reads
            numbers = consumer.partitions_for_topic(self.topic) or {0}
            parts = [TopicPartition(self.topic, p) for p in sorted(numbers)]
            consumer.assign(parts)
            await consumer.seek_to_beginning(*parts)
            ends = await consumer.end_offsets(parts)
            remaining = {tp for tp in parts if ends[tp] > 0}
            while remaining:
                batches = await consumer.getmany(*remaining, timeout_ms=1000, max_records=10_000)
                for records in batches.values():
                    for record in records:
                        if record.key is not None:
                            self.apply(record.key.decode(), decode(record.value))
                for tp in list(remaining):  # compaction leaves gaps: compare positions
                    if await consumer.position(tp) >= ends[tp]:
                        remaining.discard(tp)
        finally:
            await consumer.stop()


LEGACY_PREFIX = "ingest/current/"


def legacy_entries(store: ObjectStore, bucket: str) -> list[tuple[str, LedgerEntry]]:
    """The ledger as it was kept before (one JSON object per document in the artifact bucket):
    read once, when the topic is still empty, so an upgrade does not re-send every object."""
    out = []
    for listed in store.list(bucket, LEGACY_PREFIX):
        doc_id = listed.key.removeprefix(LEGACY_PREFIX).removesuffix(".json")
        try:
            raw = json.loads(store.read(bucket, listed.key).data)
        except ObjectMissing:
            continue
        out.append((doc_id, LedgerEntry(raw["key"], raw["version"], raw.get("etag"), 0.0)))
    return out
