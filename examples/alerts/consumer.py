"""The alerts consumer: follows the document log in its own consumer group, posts alerts.

Delivery: for each batch of records, alerts are POSTed (retried with backoff), then the state
(which documents match which subscription) is saved, then the offsets are committed. A crash
in between repeats alerts (at least once), never loses one. A webhook that keeps failing stops
the consumer with an error rather than skipping alerts.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer

from examples.alerts.subscriptions import Alert, Matches, Subscription, alert_for
from stukken.contracts import EnrichedDocument
from stukken.contracts.document_log import decode
from stukken.contracts.topics import DOCUMENTS
from stukken.platform.claimcheck import check_out
from stukken.platform.log_reader import kafka_auth
from stukken.platform.storage import ObjectMissing, ObjectStore

GROUP = "stukken-example-alerts"


class AlertsConsumer:
    def __init__(
        self,
        bootstrap: str,
        subscriptions: list[Subscription],
        store: ObjectStore,
        state_file: Path,
        *,
        group_id: str = GROUP,
        attempts: int = 5,
    ) -> None:
        self.bootstrap, self.subs, self.store = bootstrap, subscriptions, store
        self.state_file, self.group_id, self.attempts = state_file, group_id, attempts
        saved = state_file.read_text() if state_file.exists() else None
        self.matches = Matches.model_validate_json(saved) if saved else Matches()
        self.delivered = 0

    async def run(self, stop: asyncio.Event | None = None) -> None:
        consumer = AIOKafkaConsumer(
            DOCUMENTS,
            bootstrap_servers=self.bootstrap,
            group_id=self.group_id,
            auto_offset_reset="earliest",  # a new group reads the whole corpus first
            enable_auto_commit=False,
            **kafka_auth(),  # STUKKEN_KAFKA_* credentials, when the broker wants them
        )
        await consumer.start()
        try:
            async with httpx.AsyncClient(timeout=10) as http:
                while stop is None or not stop.is_set():
                    batch = await consumer.getmany(timeout_ms=500, max_records=100)
                    if not batch:
                        continue
                    alerts: list[tuple[Subscription, Alert]] = []
                    for records in batch.values():
                        for record in records:
                            doc_id = (record.key or b"").decode()
                            try:
                                doc = await asyncio.to_thread(self._document, record.value)
                            except ObjectMissing:
                                continue  # superseded, its claim collected: a later record follows
                            for sub in self.matches.update(self.subs, doc_id, doc):
                                assert doc is not None
                                alerts.append((sub, alert_for(sub, doc)))
                    for sub, alert in alerts:
                        await self._deliver(http, sub, alert)
                    self.state_file.write_text(self.matches.model_dump_json())
                    await consumer.commit()
        finally:
            await consumer.stop()

    def _document(self, value: bytes | None) -> EnrichedDocument | None:
        event = decode(value)
        if event is None:
            return None
        if event.document is not None:
            return event.document
        if event.payload_ref is not None:  # claim check: the payload is in the artifact bucket
            return check_out(self.store, event.payload_ref, EnrichedDocument)
        return None

    async def _deliver(self, http: httpx.AsyncClient, sub: Subscription, alert: Alert) -> None:
        for attempt in range(1, self.attempts + 1):
            try:
                response = await http.post(sub.webhook, json=json.loads(alert.model_dump_json()))
                response.raise_for_status()
                self.delivered += 1
                return
            except httpx.HTTPError:
                if attempt == self.attempts:
                    raise
                await asyncio.sleep(0.5 * 2 ** (attempt - 1))
