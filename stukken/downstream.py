"""Downstream consumers of the document log: every consumer group with offsets on
`stukken.documents` (the alerts example, other teams' systems) and how far behind it is."""

from __future__ import annotations

from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient

from stukken.contracts.topics import DOCUMENTS
from stukken.platform.log_reader import end_offsets, kafka_auth


@dataclass(frozen=True)
class GroupLag:
    group: str
    topic: str
    lag: int


async def downstream_lag(bootstrap: str, topic: str = DOCUMENTS) -> list[GroupLag]:
    """Lag per consumer group that committed offsets on `topic`, by group name."""
    ends = await end_offsets(bootstrap, topic)
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=5000, **kafka_auth()
    )
    await admin.start()
    try:
        groups = sorted(g[0] for g in await admin.list_consumer_groups())
        out = []
        for group in groups:
            committed = {
                tp.partition: meta.offset
                for tp, meta in (await admin.list_consumer_group_offsets(group)).items()
                if tp.topic == topic and meta.offset >= 0
            }
            if committed:
                lag = sum(end - committed.get(p, 0) for p, end in ends.items())
                out.append(GroupLag(group, topic, max(lag, 0)))
        return out
    finally:
        await admin.close()


__all__ = ["GroupLag", "downstream_lag"]


async def group_lag(bootstrap: str, group: str, topic: str) -> int:
    """How many records of `topic` the consumer group `group` has not committed yet."""
    ends = await end_offsets(bootstrap, topic)
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=5000, **kafka_auth()
    )
    await admin.start()
    try:
        committed = {
            tp.partition: meta.offset
            for tp, meta in (await admin.list_consumer_group_offsets(group)).items()
            if tp.topic == topic and meta.offset >= 0
        }
    finally:
        await admin.close()
    return max(sum(end - committed.get(p, 0) for p, end in ends.items()), 0)
