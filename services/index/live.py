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

from services.index.port import Citation, DocumentSummary, SearchIndex, SearchQuery, SearchResult
from stukken.contracts import EnrichedDocument


class SwappableIndex:
    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self._gate = asyncio.Lock()
        self._in_batch = False

    # consumer batches and the swap --------------------------------------------------------
    async def enter_batch(self) -> None:
        if not self._in_batch:
            await self._gate.acquire()
            self._in_batch = True

    def leave_batch(self) -> None:
        if self._in_batch:
            self._in_batch = False
            self._gate.release()

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """No consumer batch runs while inside."""
        async with self._gate:
            yield

    def swap(self, new: SearchIndex) -> SearchIndex:
        old, self.index = self.index, new
        return old

    # the port -------------------------------------------------------------------------------
    def upsert(self, doc: EnrichedDocument) -> bool:
        return self.index.upsert(doc)

    def delete(self, doc_id: str) -> bool:
        return self.index.delete(doc_id)

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
