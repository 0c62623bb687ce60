"""Operator views of the running pipeline over Kafka: consumer lag per stage, dead letters."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from pydantic import ValidationError

from stukken.contracts.events import DeadLetter
from stukken.contracts.topics import STAGE_INPUTS, dlq
from stukken.platform.deadletter import original_of
from stukken.platform.settings import SERVICE_SETTINGS
from stukken.platform.storage import ObjectStore

REPLAY_GROUP = "stukken-dlq-replay"


@dataclass
class StageLag:
    stage: str
    topic: str
    lag: int
    dead_letters: int
    stalled: bool | None = None  # None: the stage did not answer /readyz


@dataclass
class Replayed:
    sent: int = 0
    skipped: list[str] = field(default_factory=list)  # why a letter could not be sent back


def _auth() -> dict[str, Any]:
    """Kafka credentials from the environment (docker-compose's SASL/SCRAM); none locally."""
    from stukken.platform.kafka_auth import aiokafka_options
    from stukken.platform.settings import CommonSettings

    return aiokafka_options(CommonSettings())


def stage_stalled(host: str, port: int, timeout_s: float = 8.0) -> bool | None:
    """Whether the stage's own stall detector says it stopped moving (from its /readyz)."""
    try:
        body = httpx.get(f"http://{host}:{port}/readyz", timeout=timeout_s).json()
        return bool(body["progress"]["stalled"])
    except (httpx.HTTPError, ValueError, KeyError, TypeError):
        return None


async def topic_partitions(bootstrap: str, topic: str) -> list[TopicPartition]:
    """The partitions of `topic` (a plain consumer only knows topics it subscribed to)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **_auth(), request_timeout_ms=5000)
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    if described["error_code"] != 0:
        return []
    return sorted(TopicPartition(topic, p["partition"]) for p in described["partitions"])


async def _end_offsets(
    consumer: AIOKafkaConsumer, bootstrap: str, topic: str
) -> dict[TopicPartition, int]:
    tps = await topic_partitions(bootstrap, topic)
    return await consumer.end_offsets(tps) if tps else {}


async def pipeline_lag(bootstrap: str, http_host: str | None = None) -> list[StageLag]:
    """Lag and dead letters per stage; with `http_host`, also whether each stage is stalled."""
    stages = await _kafka_lag(bootstrap)
    if http_host is not None:
        host = "127.0.0.1" if http_host in ("", "0.0.0.0", "::") else http_host
        for s in stages:
            port = SERVICE_SETTINGS[s.stage]().http_port  # type: ignore[attr-defined]
            s.stalled = await asyncio.to_thread(stage_stalled, host, port)
    return stages


async def _kafka_lag(bootstrap: str) -> list[StageLag]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **_auth(), request_timeout_ms=5000)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, **_auth(), request_timeout_ms=5000)
    await admin.start()
    await consumer.start()
    try:
        out = []
        for stage, topic in STAGE_INPUTS.items():
            ends = await _end_offsets(consumer, bootstrap, topic)
            committed = await admin.list_consumer_group_offsets(f"stukken-{stage}")
            lag = sum(
                end - (committed[tp].offset if tp in committed and committed[tp].offset >= 0 else 0)
                for tp, end in ends.items()
            )
            dead = sum((await _end_offsets(consumer, bootstrap, dlq(topic))).values())
            out.append(StageLag(stage, topic, lag, dead))
        return out
    finally:
        await consumer.stop()
        await admin.close()


async def read_dead_letters(bootstrap: str, stage: str | None = None) -> list[DeadLetter]:
    """Every dead letter still on the DLQ topics (they are kept; replay does not remove them)."""
    letters: list[DeadLetter] = []
    for name, topic in STAGE_INPUTS.items():
        if stage and name != stage:
            continue
        letters += [d for v in await _read_all(bootstrap, dlq(topic)) if (d := _letter(v))]
    return letters


def _letter(value: bytes) -> DeadLetter | None:
    """A dead letter; None for anything else someone wrote to a DLQ topic."""
    try:
        return DeadLetter.model_validate_json(value)
    except ValidationError:
        return None


async def read_records(bootstrap: str, topic: str) -> tuple[list[bytes | None], list[bytes | None]]:
    """Keys and values of every record on `topic` (tombstones as None), from the beginning."""
    keys: list[bytes | None] = []
    values: list[bytes | None] = []
    await _read_all(bootstrap, topic, keys=keys, values=values)
    return keys, values


async def _read_all(
    bootstrap: str,
    topic: str,
    group: str | None = None,
    keys: list[bytes | None] | None = None,
    values: list[bytes | None] | None = None,
) -> list[bytes]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        **_auth(),
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        ends = await _end_offsets(consumer, bootstrap, topic)
        if not ends:
            return []
        consumer.assign(list(ends))
        if group is None:
            await consumer.seek_to_beginning(*ends)
        found: list[bytes] = []
        while await _behind(consumer, ends):
            batch = await consumer.getmany(timeout_ms=1000)
            for records in batch.values():
                found += [r.value for r in records if r.value is not None]
                if keys is not None and values is not None:
                    keys += [r.key for r in records]
                    values += [r.value for r in records]
        if group is not None:
            await consumer.commit({tp: end for tp, end in ends.items()})
        return found
    finally:
        await consumer.stop()


async def _behind(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return True
    return False


async def replay_dead_letters(
    bootstrap: str, stage: str | None = None, store: ObjectStore | None = None
) -> Replayed:
    """Send each dead letter not replayed before back to the topic it failed on. An original
    stored by reference is read from `store`; one kept only as a preview cannot be sent."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, **_auth(), enable_idempotence=True)
    await producer.start()
    done = Replayed()
    try:
        for name, topic in STAGE_INPUTS.items():
            if stage and name != stage:
                continue
            for value in await _read_all(bootstrap, dlq(topic), group=REPLAY_GROUP):
                letter = _letter(value)
                if letter is None:
                    done.skipped.append(f"{dlq(topic)}: not a dead letter")
                    continue
                original = original_of(letter, store)
                if original is None:
                    done.skipped.append(f"{letter.topic}@{letter.offset}: original not kept")
                    continue
                key = letter.key.encode() if letter.key else None
                await producer.send_and_wait(letter.topic, original, key=key)
                done.sent += 1
    finally:
        await producer.stop()
    return done
