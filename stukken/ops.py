"""Operator views of the running pipeline over Kafka: consumer lag per stage, dead letters."""

from __future__ import annotations

from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from stukken.contracts.events import DeadLetter
from stukken.contracts.topics import STAGE_INPUTS, dlq

REPLAY_GROUP = "stukken-dlq-replay"


@dataclass
class StageLag:
    stage: str
    topic: str
    lag: int
    dead_letters: int


async def topic_partitions(bootstrap: str, topic: str) -> list[TopicPartition]:
    """The partitions of `topic` (a plain consumer only knows topics it subscribed to)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
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


async def pipeline_lag(bootstrap: str) -> list[StageLag]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, request_timeout_ms=5000)
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
        letters += [
            DeadLetter.model_validate_json(v) for v in await _read_all(bootstrap, dlq(topic))
        ]
    return letters


async def _read_all(bootstrap: str, topic: str, group: str | None = None) -> list[bytes]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
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
        values: list[bytes] = []
        while await _behind(consumer, ends):
            batch = await consumer.getmany(timeout_ms=1000)
            for records in batch.values():
                values += [r.value for r in records if r.value is not None]
        if group is not None:
            await consumer.commit({tp: end for tp, end in ends.items()})
        return values
    finally:
        await consumer.stop()


async def _behind(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return True
    return False


async def replay_dead_letters(bootstrap: str, stage: str | None = None) -> int:
    """Send each dead letter not replayed before back to the topic it failed on."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True)
    await producer.start()
    count = 0
    try:
        for name, topic in STAGE_INPUTS.items():
            if stage and name != stage:
                continue
            for value in await _read_all(bootstrap, dlq(topic), group=REPLAY_GROUP):
                letter = DeadLetter.model_validate_json(value)
                key = letter.key.encode() if letter.key else None
                await producer.send_and_wait(letter.topic, letter.original.encode(), key=key)
                count += 1
    finally:
        await producer.stop()
    return count
