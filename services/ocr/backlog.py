"""Pages queued for OCR and not yet done, over the whole `stukken-ocr` group.

Every worker measures the same number (all partitions of `stukken.ocr.pages`: end offset minus
the group's committed offset; pages waiting on the retry topic are not counted), so any one
replica's gauge is the backlog, whichever replica Prometheus scrapes. The stage's own lag gauge
covers only the partitions assigned to this worker.
"""

from __future__ import annotations

from typing import Any

from aiokafka import TopicPartition


class Backlog:
    def __init__(self) -> None:
        self.pages = 0

    async def measure(self, consumers: list[Any]) -> None:
        total = 0
        for consumer in consumers:
            if consumer is None:
                continue
            for topic in consumer.subscription():
                parts = consumer.partitions_for_topic(topic) or set()
                tps = [TopicPartition(topic, p) for p in sorted(parts)]
                if not tps:
                    continue
                ends = await consumer.end_offsets(tps)
                starts = await consumer.beginning_offsets(tps)
                for tp in tps:
                    committed = await consumer.committed(tp)
                    done = committed if committed is not None and committed >= 0 else starts[tp]
                    total += max(0, ends[tp] - done)
        self.pages = total
