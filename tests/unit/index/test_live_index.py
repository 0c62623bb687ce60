"""The swappable live index: a swap waits for the batch in flight and holds off the next."""

from __future__ import annotations

import asyncio
from pathlib import Path

from services.index.live import SwappableIndex
from services.index.port import SearchQuery
from services.index.tantivy_index import TantivyIndex
from tests.fixtures.index_docs import corpus


async def test_a_swap_happens_between_batches_and_searches_follow_it(tmp_path: Path) -> None:
    old = TantivyIndex(tmp_path / "old", refresh_interval_s=60)
    new = TantivyIndex(tmp_path / "new", refresh_interval_s=60)
    for doc in corpus():
        new.upsert(doc)
    new.flush()
    live = SwappableIndex(old)
    order: list[str] = []

    await live.enter_batch("enriched")
    await live.enter_batch("enriched")  # the next message of the same batch: no deadlock

    async def swap() -> None:
        async with live.exclusive():
            order.append("swap")
            live.swap(new)

    swapping = asyncio.create_task(swap())
    await asyncio.sleep(0.01)
    assert order == [] and live.index is old  # the batch in flight finishes first
    order.append("batch done")
    await live.leave_batch("enriched")
    await swapping
    assert order == ["batch done", "swap"] and live.index is new
    assert live.search(SearchQuery(q="samenwerkingsverband")).total >= 1
    await live.leave_batch("rejected")  # a batch that never entered (empty): harmless
    old.close()
    new.close()
