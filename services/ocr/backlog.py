"""Pages queued for OCR and not yet done, over the whole `stukken-ocr` group.

Every worker measures the same number (all partitions of `stukken.ocr.pages`: end offset minus
the group's committed offset; pages waiting on the retry topic are not counted), so any one
replica's gauge is the backlog, whichever replica Prometheus scrapes. The stage's own lag gauge
covers only the partitions assigned to this worker.
"""

from __future__ import annotations

from typing import Any

from stukken.platform.lag import consumer_lag


class Backlog:
    def __init__(self) -> None:
        self.pages = 0

    async def measure(self, consumers: list[Any]) -> None:
        self.pages = await consumer_lag(consumers, whole_topics=True)
