"""Ingest's ledger on the real Kafka: what one ledger records, the next one loads."""

from __future__ import annotations

import uuid

from services.ingest.ledger import KafkaLedger, LedgerEntry
from stukken.platform.settings import CommonSettings


async def test_a_restarted_ledger_reads_back_what_was_recorded(stack: CommonSettings) -> None:
    topic = f"it-ledger-{uuid.uuid4().hex[:8]}"
    first = KafkaLedger(stack.kafka_bootstrap, topic)
    assert await first.start() == 0
    try:
        for i in range(5):
            await first.put(f"d{i}", LedgerEntry(f"k{i}.pdf", f"v{i}", f"e{i}", 1.0))
        await first.put("d1", LedgerEntry("k1.pdf", "v1b", "e1b", 2.0))  # a new version
        await first.put("d3", None)  # deleted: a tombstone
    finally:
        await first.stop()
    again = KafkaLedger(stack.kafka_bootstrap, topic)
    assert await again.start() == 4
    try:
        assert again.entry("d1") == LedgerEntry("k1.pdf", "v1b", "e1b", 2.0)
        assert again.entry("d3") is None
        assert [e.key for _, e in again.between("", None)] == [
            "k0.pdf",
            "k1.pdf",
            "k2.pdf",
            "k4.pdf",
        ]
    finally:
        await again.stop()
