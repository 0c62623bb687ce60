"""The live index behind one handle, so a rebuilt index can replace it without a gap in search.

The search API and the consumer hold a `SwappableIndex`; every call goes to the index of the
moment (a search already running finishes on the index it started on). A consumer batch
(`enter_batch` .. `leave_batch`, from its first write to its document-log write) and the swap
(`exclusive`) exclude each other, so at the swap the document log holds every change the live
index took: the rebuild catches up from it, then swaps.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from services.index.port import (
    Citation,
    DocumentSummary,
    IndexedVersion,
    SearchIndex,
    SearchQuery,
    SearchResult,
)
from stukken.contracts import DocRejected, EnrichedDocument


class SwappableIndex:
    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self._cond = asyncio.Condition()
        self._active: set[str] = set()  # the consumers with a batch in flight
        self._swapping = False

    # consumer batches and the swap --------------------------------------------------------
    async def enter_batch(self, consumer: str) -> None:
        """Called by every message of a batch: the first one waits while a swap is under way."""
        if consumer in self._active:
            return
        async with self._cond:
            await self._cond.wait_for(lambda: not self._swapping)
            self._active.add(consumer)

    async def leave_batch(self, consumer: str) -> None:
        async with self._cond:
            self._active.discard(consumer)
            self._cond.notify_all()

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Inside, no consumer batch runs: new ones wait, those in flight finished."""
        async with self._cond:
            await self._cond.wait_for(lambda: not self._swapping)
            self._swapping = True
            await self._cond.wait_for(lambda: not self._active)
        try:
            yield
        finally:
            async with self._cond:
                self._swapping = False
                self._cond.notify_all()

    def swap(self, new: SearchIndex) -> SearchIndex:
        old, self.index = self.index, new
        return old

    # the port -------------------------------------------------------------------------------
    def upsert(self, doc: EnrichedDocument) -> bool:
        return self.index.upsert(doc)

    def delete(self, doc_id: str) -> bool:
        return self.index.delete(doc_id)

    def reject(self, event: DocRejected) -> bool:
        return self.index.reject(event)

    def versions(self, doc_ids: list[str]) -> dict[str, IndexedVersion]:
        return self.index.versions(doc_ids)

    def flush(self) -> None:
        self.index.flush()

    def search(self, query: SearchQuery) -> SearchResult:
        return self.index.search(query)

    def get(self, doc_id: str) -> EnrichedDocument | None:
        return self.index.get(doc_id)

    def list_documents(self, offset: int = 0, limit: int = 50) -> list[DocumentSummary]:
        return self.index.list_documents(offset, limit)

    def count_documents(self) -> int:
        return self.index.count_documents()

    def citing(self, normalized: str, offset: int = 0, limit: int = 50) -> list[Citation]:
        return self.index.citing(normalized, offset, limit)

    def ping(self) -> bool:
        return self.index.ping()

    def close(self) -> None:
        self.index.close()
