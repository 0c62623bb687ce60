"""A stage's consumer lag: messages on its input partitions not yet committed by its group."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from aiokafka import TopicPartition


async def consumer_lag(consumers: Iterable[Any]) -> int:
    """Sum over the partitions assigned to these (running) consumers of end offset minus
    committed offset; a partition never committed counts from its first offset."""
    total = 0
    for consumer in consumers:
        if consumer is None:
            continue
        tps: list[TopicPartition] = sorted(consumer.assignment())
        if not tps:
            continue
        ends = await consumer.end_offsets(tps)
        starts = await consumer.beginning_offsets(tps)
        for tp in tps:
            committed = await consumer.committed(tp)
            done = committed if committed is not None and committed >= 0 else starts[tp]
            total += max(0, ends[tp] - done)
    return total
