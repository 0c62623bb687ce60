"""Where a failed message goes: back through the stage's retry topic, or to its dead letters."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from faststream.kafka import KafkaBroker

from stukken.contracts.events import PoisonKind, RejectionStage
from stukken.contracts.topics import dlq
from stukken.contracts.topics import retry as retry_topic
from stukken.platform import retry
from stukken.platform.deadletter import (
    bounded_key,
    dead_letter,
    describe,
    inline_text,
    store_original,
)
from stukken.platform.logging import get_logger
from stukken.platform.metrics import StageMetrics
from stukken.platform.poison import classify
from stukken.platform.storage import ObjectStore

log = get_logger(__name__)


class FailureRoutes:
    def __init__(
        self,
        stage: RejectionStage,
        broker: KafkaBroker,
        metrics: StageMetrics,
        policy: retry.RetryPolicy,
        store: ObjectStore | None,
        artifact_bucket: str,
    ) -> None:
        self.stage, self.broker, self.metrics, self.policy = stage, broker, metrics, policy
        self.store, self.artifact_bucket = store, artifact_bucket

    async def retry_later(
        self, topic: str, record: Any, body: bytes, exc: BaseException, round_: int
    ) -> None:
        """Send the message, unchanged, to the retry topic, due after this round's delay."""
        delay = self.policy.delay(round_)
        headers = retry.retry_headers(
            getattr(record, "headers", None) or (), round_, time.time() + delay, describe(exc)
        )
        await self.broker.publish(
            body,
            retry_topic(topic),
            key=getattr(record, "key", None),
            headers=headers,
            correlation_id=headers.get("correlation_id"),
        )
        self.metrics.dlq_retries.inc()
        log.warning(
            "transient failure; retrying later",
            error_type=type(exc).__name__,
            error=describe(exc),
            round=round_,
            in_s=delay,
        )

    async def dead_letter(
        self,
        topic: str,
        record: Any,
        body: bytes,
        exc: BaseException,
        attempts: int,
        transient: bool = False,
        poison: PoisonKind | None = None,
    ) -> None:
        poison = poison or (None if transient else classify(exc))
        ref = None
        if inline_text(body) is None:
            try:
                args = (self.store, self.artifact_bucket, self.stage, body)
                ref = await asyncio.to_thread(store_original, *args)
            except Exception as err:
                log.warning(
                    "original not stored; the dead letter keeps its first bytes and sha256",
                    error_type=type(err).__name__,
                    error=describe(err),
                )
        letter = dead_letter(
            stage=self.stage,
            topic=topic,
            record=record,
            body=body,
            exc=exc,
            attempts=attempts,
            failure="transient" if transient else "permanent",
            poison=poison,
            ref=ref,
        )
        await self.broker.publish(
            letter.model_dump_json().encode(),
            dlq(topic),
            key=bounded_key(getattr(record, "key", None)),
            headers={"content-type": "application/json"},
        )
        self.metrics.messages.labels("dead_lettered").inc()
        if poison is not None:
            self.metrics.poison.labels(poison).inc()
        log.error(
            "dead-lettered",
            error_type=letter.error_type,
            error=letter.error,
            attempts=attempts,
            failure=letter.failure,
            poison=poison,
            original_bytes=len(body),
        )
