"""What every stage does around its logic: context, metrics, retries, dead letters, publishing.

Delivery: the subscriber acks (commits the offset) only after the handler returned, i.e. after the
stage's output was published with acks=all. An exception that escapes (the DLQ itself unreachable)
nacks the message, so it is delivered again. Transient failures are retried with backoff; a
permanent one, or a transient one that outlives its retries, becomes a dead letter.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import urllib3.exceptions
from aiokafka.errors import KafkaError
from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from faststream.middlewares import AckPolicy
from minio.error import S3Error
from pydantic import BaseModel, ValidationError

from stukken.contracts.events import DeadLetter, Envelope, RejectionStage
from stukken.contracts.topics import dlq
from stukken.platform.logging import bind_message, get_logger
from stukken.platform.metrics import StageMetrics

log = get_logger(__name__)


class PermanentFailure(Exception):
    """Retrying cannot help: the message goes to the dead-letter topic at once."""


TRANSIENT: tuple[type[BaseException], ...] = (
    KafkaError,
    ConnectionError,
    TimeoutError,
    urllib3.exceptions.HTTPError,
)


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, S3Error):
        return exc.code in ("SlowDown", "InternalError", "ServiceUnavailable", "RequestTimeout")
    return isinstance(exc, TRANSIENT)


Handler = Callable[[bytes, str | None], Awaitable[None]]
# A batch item's handler returns the events to publish once the batch is durable.
BatchItemHandler = Callable[[bytes, str | None], Awaitable[list[tuple[Envelope, str]]]]
T = TypeVar("T")


def _correlation_id(record: Any) -> str | None:
    for name, value in getattr(record, "headers", None) or ():
        if name == "correlation_id":
            return bytes(value).decode(errors="replace")
    return None


class Stage:
    def __init__(
        self,
        name: RejectionStage,
        broker: KafkaBroker,
        metrics: StageMetrics,
        *,
        max_attempts: int = 5,
        backoff_s: float = 0.5,
    ) -> None:
        self.name = name
        self.broker = broker
        self.metrics = metrics
        self.max_attempts = max_attempts
        self.backoff_s = backoff_s

    async def publish(self, event: Envelope, topic: str) -> None:
        await self.broker.publish(
            event.model_dump_json().encode(),
            topic,
            key=event.doc_id.encode(),
            correlation_id=event.correlation_id,
            headers={"content-type": "application/json", "schema_version": "1"},
        )

    def consume(self, topic: str, handler: Handler, **subscriber_options: Any) -> None:
        """Subscribe `handler` to `topic` with this stage's delivery policy."""

        @self.broker.subscriber(
            topic,
            group_id=f"stukken-{self.name}",
            auto_offset_reset="earliest",
            ack_policy=AckPolicy.NACK_ON_ERROR,
            **subscriber_options,
        )
        async def on_message(msg: KafkaMessage) -> None:
            await self.handle(topic, msg, handler)

    def consume_batch(
        self,
        topic: str,
        handler: BatchItemHandler,
        finalize: Callable[[], Awaitable[None]],
        *,
        max_records: int = 200,
        batch_timeout_ms: int = 25,
    ) -> None:
        """Subscribe with batches: each message is handled (retries, dead letters) on its own,
        then `finalize` makes the batch durable (e.g. one index commit), and only then are the
        handlers' output events published and the batch's offsets committed.

        `batch_timeout_ms`: FastStream waits this long for a batch and, when none came, sleeps
        as long again before the next poll; a message arriving in that sleep waits for it. Its
        default (200 ms) put up to 200 ms on drop -> searchable (bench/e2e); polling an idle
        topic every 25 ms costs next to nothing (the fetcher runs in the background)."""

        @self.broker.subscriber(
            topic,
            batch=True,
            max_records=max_records,
            batch_timeout_ms=batch_timeout_ms,
            group_id=f"stukken-{self.name}",
            auto_offset_reset="earliest",
            ack_policy=AckPolicy.NACK_ON_ERROR,
        )
        async def on_batch(msg: KafkaMessage) -> None:
            outputs: list[tuple[Envelope, str]] = []
            records: Any = msg.raw_message
            for body, record in zip(msg.body, records, strict=True):
                out = await self.process(topic, record, body, _correlation_id(record), handler)
                outputs += out or []
            await finalize()
            for event, out_topic in outputs:
                await self.publish(event, out_topic)

    async def handle(self, topic: str, msg: KafkaMessage, handler: Handler) -> None:
        await self.process(topic, msg.raw_message, msg.body, msg.correlation_id, handler)

    async def process(
        self,
        topic: str,
        record: Any,
        body: bytes,
        correlation_id: str | None,
        handler: Callable[[bytes, str | None], Awaitable[T]],
    ) -> T | None:
        """Run `handler` with retries for transient failures; dead-letter what cannot be done."""
        key = record.key.decode(errors="replace") if getattr(record, "key", None) else None
        started = time.perf_counter()
        result: T | None = None
        with bind_message(doc_id=key, correlation_id=correlation_id):
            attempt = 0
            while True:
                attempt += 1
                try:
                    result = await handler(body, correlation_id)
                    break
                except Exception as exc:
                    transient = is_transient(exc) and not isinstance(exc, PermanentFailure)
                    if transient and attempt < self.max_attempts:
                        self.metrics.messages.labels("retried").inc()
                        log.warning("transient failure, retrying", attempt=attempt, error=repr(exc))
                        await asyncio.sleep(self.backoff_s * 2 ** (attempt - 1))
                        continue
                    await self.dead_letter(topic, record, body, exc, attempt)
                    break
        self.metrics.seconds.observe(time.perf_counter() - started)
        return result

    async def dead_letter(
        self, topic: str, record: Any, body: bytes, exc: BaseException, attempts: int
    ) -> None:
        letter = DeadLetter(
            stage=self.name,
            topic=topic,
            partition=getattr(record, "partition", None),
            offset=getattr(record, "offset", None),
            key=record.key.decode(errors="replace") if getattr(record, "key", None) else None,
            error_type=type(exc).__name__,
            error=_describe(exc),
            attempts=attempts,
            original=body.decode("utf-8", errors="replace"),
        )
        await self.broker.publish(
            letter.model_dump_json().encode(),
            dlq(topic),
            key=getattr(record, "key", None),
            headers={"content-type": "application/json"},
        )
        self.metrics.messages.labels("dead_lettered").inc()
        log.error(
            "dead-lettered", error_type=letter.error_type, error=letter.error, attempts=attempts
        )


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return f"schema violation: {exc.error_count()} error(s): {exc.errors()[:3]}"
    return str(exc) or type(exc).__name__


def parse(model: type[BaseModel], body: bytes) -> Any:
    """Validate an incoming event; a schema violation is permanent."""
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        raise PermanentFailure(_describe(exc)) from exc
