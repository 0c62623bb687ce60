"""The index stage writes the document log `stukken.documents` (stukken/contracts/document_log).

The index is where version order is decided, so it is the one writer: a document's record is
written when the index holds the event's version (it was applied, or it is a repeat of what is
stored: re-writing it is harmless and repairs a crash between the index commit and the log
write), a tombstone when the document was deleted. Nothing is written for an event the index
refused as older. Records are collected per batch and sent only after the batch is durable
(`write_pending`), before the batch's offsets are committed: at least once, in order per doc_id.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from aiokafka import AIOKafkaProducer

from stukken.contracts import cloudevents
from stukken.contracts.document_log import encode
from stukken.contracts.events import DocEnriched, Envelope
from stukken.contracts.topics import DOCUMENTS

SOURCE = "index"


class DocumentLog(Protocol):
    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    def current(self, event: DocEnriched) -> None: ...

    def gone(self, doc_id: str) -> None: ...

    async def write_pending(self) -> int: ...


class DocumentLogWriter:
    def __init__(
        self,
        bootstrap: str,
        *,
        client_id: str = "stukken-index-doclog",
        options: dict[str, Any] | None = None,  # e.g. SASL credentials (kafka_auth.py)
    ) -> None:
        self.bootstrap, self.client_id, self.options = bootstrap, client_id, options or {}
        self._producer: AIOKafkaProducer | None = None
        self._pending: list[tuple[str, DocEnriched | None]] = []

    async def start(self) -> None:
        # A producer of its own: FastStream's publish cannot send a null value (a tombstone).
        # Created here: aiokafka binds it to the running event loop.
        self._producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap,
            client_id=self.client_id,
            enable_idempotence=True,  # acks=all, no duplicates or reordering on retry
            request_timeout_ms=15000,
            **self.options,
        )
        await self._producer.start()

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()

    def current(self, event: DocEnriched) -> None:
        """`event`'s version is now the document's current one."""
        self._pending.append((event.doc_id, event))

    def gone(self, doc_id: str) -> None:
        """The document was deleted (or its current version rejected): a tombstone."""
        self._pending.append((doc_id, None))

    async def write_pending(self) -> int:
        """Send what the batch collected and wait until all of it is acknowledged."""
        pending, self._pending = self._pending, []
        if not pending:
            return 0
        producer = self._producer
        if producer is None:
            raise RuntimeError("the document log writer was not started")
        sent = [
            await producer.send(
                DOCUMENTS, encode(event), key=doc_id.encode(), headers=_headers(doc_id, event)
            )
            for doc_id, event in pending
        ]
        await asyncio.gather(*sent)
        return len(sent)


def _headers(doc_id: str, event: DocEnriched | None) -> list[tuple[str, bytes]]:
    about: Envelope = event or Envelope(doc_id=doc_id, version="", op="delete")
    headers = cloudevents.headers(about, DOCUMENTS, SOURCE)
    if event is None:
        headers["ce_type"] = cloudevents.event_type(DOCUMENTS, 1) + ".tombstone"
    return [(k, v.encode()) for k, v in headers.items()]
