"""What every stage does around its logic: context, metrics, retries, dead letters, publishing.

Delivery: the subscriber acks (commits the offset) only after the handler returned, i.e. after the
stage's output was published with acks=all. An exception that escapes (the DLQ itself unreachable)
nacks the message, so it is delivered again; after `max_failures_in_a_row` it is dead-lettered
without another try. Transient failures are retried in place with backoff, then through the
stage's retry topic (see retry.py); a permanent one, or a transient one that outlived its rounds,
becomes a dead letter.

Any bytes reach this code: the subscribers neither decode the body (FastStream would parse JSON
before the stage sees it, and a deeply nested array raised RecursionError there) nor trust header
values to be UTF-8. The poison guard then refuses what no handler should try to decode.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar

import urllib3.exceptions
from aiokafka.errors import KafkaError
from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from faststream.middlewares import AckPolicy
from minio.error import S3Error
from pydantic import BaseModel, ValidationError

from stukken.contracts import cloudevents
from stukken.contracts.events import Envelope, RejectionStage
from stukken.contracts.topics import RETRY_SUFFIX
from stukken.contracts.topics import retry as retry_topic
from stukken.platform import retry
from stukken.platform.deadletter import (
    describe,
)
from stukken.platform.failure_routes import FailureRoutes
from stukken.platform.lag import consumer_lag
from stukken.platform.logging import bind_message, get_logger
from stukken.platform.metrics import StageMetrics
from stukken.platform.poison import PoisonMessage, guard
from stukken.platform.progress import FailuresInARow, StallDetector
from stukken.platform.raw import correlation_id_of, position_of, raw_body, safe_parser
from stukken.platform.storage import ObjectStore
from stukken.platform.tracing import message_span, trace_headers

log = get_logger(__name__)


class PermanentFailure(Exception):
    """Retrying cannot help: the message goes to the dead-letter topic at once."""


class RepeatedFailure(Exception):
    """The message failed too often in a row; it is dead-lettered without another try."""


class HandedBack(Exception):
    """The handler gives its message back, its service shutting down: the offset stays
    uncommitted for whichever consumer reads the partition next. No retry, no dead letter."""


TRANSIENT: tuple[type[BaseException], ...] = (
    KafkaError,
    ConnectionError,
    TimeoutError,
    urllib3.exceptions.HTTPError,
)


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, PermanentFailure | PoisonMessage):
        return False
    if isinstance(exc, S3Error):
        return exc.code in ("SlowDown", "InternalError", "ServiceUnavailable", "RequestTimeout")
    return isinstance(exc, TRANSIENT)


Handler = Callable[[bytes, str | None], Awaitable[None]]
# A batch item's handler returns the events to publish once the batch is durable.
BatchItemHandler = Callable[[bytes, str | None], Awaitable[list[tuple[Envelope, str]]]]
T = TypeVar("T")


class Stage:
    def __init__(
        self,
        name: RejectionStage,
        broker: KafkaBroker,
        metrics: StageMetrics,
        *,
        max_attempts: int = 5,
        backoff_s: float = 0.5,
        store: ObjectStore | None = None,
        artifact_bucket: str = "stukken-artifacts",
        retry_policy: retry.RetryPolicy | None = None,
        max_event_bytes: int = 1024 * 1024,
        max_failures_in_a_row: int = 5,
        stall_after_s: float = 120.0,
        lag_interval_s: float = 5.0,
    ) -> None:
        self.name = name
        self.broker = broker
        self.metrics = metrics
        self.max_attempts = max_attempts
        self.backoff_s = backoff_s
        self.retry = retry_policy or retry.RetryPolicy()
        self.routes = FailureRoutes(name, broker, metrics, self.retry, store, artifact_bucket)
        self.max_event_bytes = max_event_bytes
        self.failures = FailuresInARow(max_failures_in_a_row)
        self.progress = StallDetector(stall_after_s)
        metrics.stalled.set_function(lambda: 1 if self.progress.stalled else 0)
        self.lag_interval_s = lag_interval_s
        self.inputs: list[Any] = []  # subscribers of the input topics (their lag is the stage's)
        self.subscribers: list[Any] = []  # all of them, retry topics too

    async def publish(self, event: Envelope, topic: str, key: str | None = None) -> None:
        """Keyed by doc_id unless `key` says otherwise (OCR page tasks spread over partitions)."""
        await self.broker.publish(
            event.model_dump_json().encode(),
            topic,
            key=(key or event.doc_id).encode(),
            correlation_id=event.correlation_id,
            headers={
                "schema_version": "1",
                **cloudevents.headers(event, topic, self.name),
                **trace_headers(event.doc_id),
            },
        )

    def _subscribe(
        self, topic: str, *, retries: bool, group: str | None = None, **options: Any
    ) -> Any:
        suffix = "-retry" if retries else ""
        subscriber = self.broker.subscriber(
            retry_topic(topic) if retries else topic,
            group_id=f"{group or f'stukken-{self.name}'}{suffix}",
            auto_offset_reset="earliest",
            ack_policy=AckPolicy.NACK_ON_ERROR,
            parser=safe_parser,
            decoder=raw_body,
            no_reply=True,
            **options,
        )
        if not retries:
            self.inputs.append(subscriber)
        self.subscribers.append(subscriber)
        return subscriber

    def stop_consuming(self) -> None:
        """Fetch no further message (a shutdown): each subscriber's loop ends after the message
        it holds; the broker, still up, publishes and commits what those handlers finish."""
        for subscriber in self.subscribers:
            subscriber.running = False

    def consume(
        self, topic: str, handler: Handler, *, group: str | None = None, **subscriber_options: Any
    ) -> None:
        """Subscribe `handler` to `topic` (and to its retry topic) with this delivery policy.
        `group`: the consumer group, when not the stage's own (a second input of the stage)."""
        for retries in (False, True):

            @self._subscribe(topic, retries=retries, group=group, **subscriber_options)
            async def on_message(msg: KafkaMessage) -> None:
                record = msg.raw_message
                await self._guarded([record], lambda: self.handle(topic, record, handler))

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

        async def run(records: Any) -> None:
            outputs: list[tuple[Envelope, str]] = []
            for record in records:
                out = await self.handle(topic, record, handler)
                outputs += out or []
            await finalize()
            for event, out_topic in outputs:
                await self.publish(event, out_topic)

        for retries in (False, True):

            @self._subscribe(
                topic,
                retries=retries,
                batch=True,
                max_records=max_records,
                batch_timeout_ms=batch_timeout_ms,
            )
            async def on_batch(msg: KafkaMessage) -> None:
                records = list(msg.raw_message)
                await self._guarded(records, lambda: run(records))

    async def _guarded(self, records: list[Any], work: Callable[[], Awaitable[object]]) -> None:
        """Run `work`; when it raised for the same first record too often, dead-letter instead."""
        where = position_of(records[0])
        try:
            if self.failures.exhausted(where):
                await self._give_up(records, where)
            else:
                await work()
        except HandedBack:
            raise  # NACK_ON_ERROR: the consumer seeks back, nothing is committed
        except Exception as exc:
            count = self.failures.failed(where, f"{type(exc).__name__}: {describe(exc)}")
            log.error(
                "handling failed; the message comes again",
                error_type=type(exc).__name__,
                error=describe(exc),
                failures_in_a_row=count,
            )
            await asyncio.sleep(min(0.1 * 2**count, 5.0))  # no hot loop while it lasts
            raise
        self.failures.done(where)
        self.progress.progressed()

    async def _give_up(self, records: list[Any], where: Hashable) -> None:
        error = RepeatedFailure(
            f"handling failed {self.failures.limit} times in a row; last error: "
            f"{self.failures.last_error(where)}"
        )
        for record in records:
            await self.routes.dead_letter(
                self._input_topic(record), record, record.value or b"", error,
                self.failures.limit, poison="repeated_failure",
            )  # fmt: skip

    @staticmethod
    def _input_topic(record: Any) -> str:
        return str(getattr(record, "topic", "")).removesuffix(RETRY_SUFFIX)

    async def handle(
        self, topic: str, record: Any, handler: Callable[[bytes, str | None], Awaitable[T]]
    ) -> T | None:
        """One record of `topic` or of its retry topic: wait until it is due, then process it."""
        round_ = 0
        if str(getattr(record, "topic", "")).endswith(RETRY_SUFFIX):
            round_ = retry.round_of(record)
            await asyncio.sleep(retry.wait_s(record, cap_s=self.retry.max_delay_s))
        body = record.value or b""
        return await self.process(topic, record, body, correlation_id_of(record), handler, round_)

    async def process(
        self,
        topic: str,
        record: Any,
        body: bytes,
        correlation_id: str | None,
        handler: Callable[[bytes, str | None], Awaitable[T]],
        round_: int = 0,
    ) -> T | None:
        """Run `handler` with retries for transient failures; dead-letter what cannot be done."""
        key = record.key.decode(errors="replace") if getattr(record, "key", None) else None
        started = time.perf_counter()
        result: T | None = None
        with (
            bind_message(doc_id=key, correlation_id=correlation_id),
            message_span(self.name, topic, record),
        ):
            attempt = 0
            while True:
                attempt += 1
                try:
                    guard(body, self.max_event_bytes)
                    result = await handler(body, correlation_id)
                    break
                except HandedBack:
                    raise
                except Exception as exc:
                    transient = is_transient(exc)
                    if transient and attempt < self.max_attempts:
                        self.metrics.messages.labels("retried").inc()
                        log.warning("transient failure, retrying", attempt=attempt, error=repr(exc))
                        await asyncio.sleep(self.backoff_s * 2 ** (attempt - 1))
                        continue
                    later = self.retry.next_round(round_) if transient else None
                    if later is not None:
                        await self.routes.retry_later(topic, record, body, exc, later)
                    else:
                        await self.routes.dead_letter(topic, record, body, exc, attempt, transient)
                    break
        self.metrics.seconds.observe(time.perf_counter() - started)
        return result

    async def watch(self) -> None:
        """Measure the input lag and update the stall state (run every few seconds)."""
        try:
            lag: int | None = await consumer_lag(s.consumer for s in self.inputs)
        except Exception as exc:
            lag = None
            log.warning("lag not measured", error_type=type(exc).__name__, error=describe(exc))
        self.progress.observe_lag(lag)
        self.metrics.lag.set(self.progress.lag or 0)
        if self.progress.stalled:
            log.error("stalled: messages wait and none was finished", **self.progress.state())


def parse(model: type[BaseModel], body: bytes) -> Any:
    """Validate an incoming event; a schema violation is permanent."""
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        raise PermanentFailure(describe(exc)) from exc
