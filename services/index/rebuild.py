"""`stukken index rebuild`, run inside the index service: a fresh index from the document log.

1. Note the log's end (the high-water marks now) and build a new generation folder from the
   beginning of the log up to it, while the live index keeps consuming and answering searches.
2. Exclusively (no consumer batch in flight, see live.py): read what the log gained meanwhile,
   apply it, commit, swap the new index in and point the on-disk pointer at it.
3. Close the old index; delete generations older than the previous one.

Only each document's last record (up to the end noted) is applied, with replace semantics (drop,
then add): the log holds only current versions, so the last record per doc_id wins whatever its
version or logic version; tombstoned documents are dropped.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from services.index import generations
from services.index.live import SwappableIndex
from services.index.port import SearchIndex
from stukken.contracts import EnrichedDocument
from stukken.platform.claimcheck import check_out
from stukken.platform.log_reader import LogRecord, Offsets, end_offsets, read_log
from stukken.platform.logging import get_logger
from stukken.platform.storage import ObjectStore

log = get_logger(__name__)
OpenGeneration = Callable[[Path], SearchIndex]  # opens a (new, empty) index in a folder
CHUNK = 50  # records applied per worker-thread hop


class RebuildStatus(BaseModel):
    state: Literal["idle", "building", "catching_up", "done", "failed"] = "idle"
    generation: str | None = None
    read: int = 0
    target: int = 0
    documents: int = 0
    error: str | None = None
    seconds: float = 0.0


def apply(index: SearchIndex, records: list[LogRecord], store: ObjectStore) -> None:
    """Apply log records with replace semantics (runs in a worker thread)."""
    for rec in records:
        event = rec.event
        index.delete(rec.doc_id)
        if event is None:
            continue
        doc = event.document
        if doc is None and event.payload_ref is not None:
            doc = check_out(store, event.payload_ref, EnrichedDocument)
        if doc is not None:
            index.upsert(doc)


class Rebuilder:
    def __init__(
        self,
        slot: SwappableIndex,
        root: Path,
        bootstrap: str,
        store: ObjectStore,
        open_generation: OpenGeneration,
    ) -> None:
        self.slot, self.root, self.bootstrap, self.store = slot, root, bootstrap, store
        self.live_path = generations.live_dir(root)
        self.open_generation = open_generation
        self.status = RebuildStatus()
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> RebuildStatus:
        if not self.running:
            self.status = RebuildStatus(state="building")
            self._task = asyncio.create_task(self._run())
        return self.status

    async def _run(self) -> None:
        started = time.monotonic()
        target = generations.new_generation(self.root)
        self.status.generation = target.name
        new: SearchIndex | None = None
        try:
            new = await asyncio.to_thread(self.open_generation, target)
            until = await end_offsets(self.bootstrap)
            self.status.target = 2 * sum(until.values())  # two passes over the log
            await self._replay(new, None, until)
            self.status.state = "catching_up"
            async with self.slot.exclusive():
                await self._replay(new, until, await end_offsets(self.bootstrap))
                await asyncio.to_thread(new.flush)
                old = self.slot.swap(new)
                generations.point_to(self.root, target)
            self.status.documents = await asyncio.to_thread(new.count_documents)
            await asyncio.to_thread(old.close)
            keep = {target, self.live_path}
            self.live_path = target
            await asyncio.to_thread(generations.prune, self.root, keep)
            self.status.state = "done"
            log.info("index rebuilt", generation=target.name, documents=self.status.documents)
        except Exception as exc:  # reported by the status endpoint; the live index is untouched
            self.status.state, self.status.error = "failed", f"{type(exc).__name__}: {exc}"
            log.error("index rebuild failed", error=self.status.error)
            if new is not None and self.slot.index is not new:
                await asyncio.to_thread(new.close)
        finally:
            self.status.seconds = round(time.monotonic() - started, 3)

    async def _replay(self, index: SearchIndex, start: Offsets | None, until: Offsets) -> None:
        """Two passes: find each document's last record, then apply only those (a superseded
        record not yet compacted away may point at a claim already collected)."""
        last: dict[str, tuple[int, int]] = {}
        async for rec in read_log(self.bootstrap, start=start, until=until):
            last[rec.doc_id] = (rec.partition, rec.offset)
            self.status.read += 1
        chunk: list[LogRecord] = []
        async for rec in read_log(self.bootstrap, start=start, until=until):
            self.status.read += 1
            if last[rec.doc_id] != (rec.partition, rec.offset):
                continue
            chunk.append(rec)
            if len(chunk) >= CHUNK:
                await asyncio.to_thread(apply, index, chunk, self.store)
                chunk = []
        if chunk:
            await asyncio.to_thread(apply, index, chunk, self.store)
