"""A stage's consumer lag: messages on its input partitions not yet committed by its group."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from aiokafka import TopicPartition


async def consumer_lag(consumers: Iterable[Any], *, whole_topics: bool = False) -> int:
    """Sum over the partitions assigned to these (running) consumers of end offset minus
    committed offset; a partition never committed counts from its first offset.
    `whole_topics`: over every partition of the topics they subscribe to, whichever member of
    the group has it (the group's lag, the same from every member)."""
    total = 0
    for consumer in consumers:
        if consumer is None:
            continue
        tps = _every_partition(consumer) if whole_topics else sorted(consumer.assignment())
        if not tps:
            continue
        ends = await consumer.end_offsets(tps)
        starts = await consumer.beginning_offsets(tps)
        for tp in tps:
            committed = await consumer.committed(tp)
            done = committed if committed is not None and committed >= 0 else starts[tp]
            total += max(0, ends[tp] - done)
    return total


def _every_partition(consumer: Any) -> list[TopicPartition]:
    return [
        TopicPartition(topic, p)
        for topic in sorted(consumer.subscription())
        for p in sorted(consumer.partitions_for_topic(topic) or ())
    ]
