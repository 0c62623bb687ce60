"""The composition root every service shares: broker, HTTP routes (/healthz, /readyz, /metrics)."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import uvicorn
from faststream.asgi import AsgiFastStream, AsgiResponse, get
from faststream.asgi.types import ASGIApp, Scope
from faststream.kafka import KafkaBroker
from faststream.kafka.prometheus import KafkaPrometheusMiddleware

from stukken.contracts.events import RejectionStage
from stukken.platform.kafka_auth import broker_security
from stukken.platform.logging import configure_logging, get_logger
from stukken.platform.metrics import StageMetrics
from stukken.platform.retry import RetryPolicy
from stukken.platform.settings import CommonSettings
from stukken.platform.stage import Stage
from stukken.platform.storage import ObjectStore, S3Store
from stukken.platform.tracing import setup_tracing

ReadinessCheck = Callable[[], Awaitable[bool]]
log = get_logger(__name__)


def make_broker(settings: CommonSettings, service: str, metrics: StageMetrics) -> KafkaBroker:
    return KafkaBroker(
        settings.kafka_bootstrap,
        client_id=f"stukken-{service}",
        security=broker_security(settings),
        enable_idempotence=True,  # implies acks=all: an event is durable before we commit input
        request_timeout_ms=15000,
        # SIGTERM: let the message in flight finish, else leave it uncommitted
        graceful_timeout=30.0,
        logger=get_logger("faststream"),
        middlewares=[
            KafkaPrometheusMiddleware(
                registry=metrics.registry, app_name=f"stukken-{service}", metrics_prefix="stukken"
            )
        ],
    )


def assemble(
    name: RejectionStage, settings: CommonSettings, store: ObjectStore | None = None
) -> tuple[Stage, ObjectStore]:
    """What every stage service starts from: its logging, metrics, broker and object store."""
    configure_logging(name, settings.log_level, settings.log_json)
    setup_tracing(name)
    metrics = StageMetrics(name)
    broker = make_broker(settings, name, metrics)
    store = store or S3Store(settings)
    stage = Stage(
        name,
        broker,
        metrics,
        max_attempts=settings.max_attempts,
        store=store,
        artifact_bucket=settings.artifact_bucket,
        retry_policy=RetryPolicy(
            settings.retry_rounds, settings.retry_delay_s, settings.retry_delay_max_s
        ),
        max_event_bytes=settings.max_event_bytes,
        max_failures_in_a_row=settings.max_failures_in_a_row,
        stall_after_s=settings.stall_after_s,
        lag_interval_s=settings.lag_interval_s,
    )
    return stage, store


def s3_check(ping: Callable[[], bool]) -> ReadinessCheck:
    async def check() -> bool:
        return await asyncio.to_thread(ping)

    return check


def make_app(
    stage: Stage,
    checks: dict[str, ReadinessCheck],
    *,
    routes: Sequence[tuple[str, ASGIApp]] = (),
    **app_options: Any,
) -> AsgiFastStream:
    broker, metrics = stage.broker, stage.metrics

    @get(include_in_schema=False)
    async def healthz(scope: Scope) -> AsgiResponse:
        return AsgiResponse(b'{"status":"ok"}', 200, headers={"content-type": "application/json"})

    @get(include_in_schema=False)
    async def readyz(scope: Scope) -> AsgiResponse:
        results = {"broker": await _safe(lambda: broker.ping(timeout=3.0))}
        for name, check in checks.items():
            results[name] = await _safe(check)
        # Not stalled: a stage that stopped moving with messages waiting is not ready.
        results["progress"] = not stage.progress.stalled
        status = 200 if all(results.values()) else 503
        body = json.dumps(
            {"ready": status == 200, "checks": results, "progress": stage.progress.state()}
        ).encode()
        return AsgiResponse(body, status, headers={"content-type": "application/json"})

    @get(include_in_schema=False)
    async def metrics_route(scope: Scope) -> AsgiResponse:
        body, content_type = metrics.exposition()
        return AsgiResponse(body, 200, headers={"content-type": content_type})

    watcher = Periodic(stage.watch, stage.lag_interval_s, "watch-progress")
    app_options["after_startup"] = [watcher.start, *app_options.get("after_startup", [])]
    app_options["on_shutdown"] = [watcher.stop, *app_options.get("on_shutdown", [])]
    return AsgiFastStream(
        broker,
        logger=get_logger("faststream"),
        asgi_routes=[
            ("/healthz", healthz),
            ("/readyz", readyz),
            ("/metrics", metrics_route),
            *routes,
        ],
        **app_options,
    )


async def _safe(check: Callable[[], Awaitable[bool]]) -> bool:
    try:
        return bool(await asyncio.wait_for(check(), timeout=5.0))
    except Exception as exc:
        log.warning("readiness check failed", error=repr(exc))
        return False


def serve(app: ASGIApp, settings: CommonSettings, port: int) -> None:
    """Run until SIGTERM/SIGINT; uvicorn drives the app's lifespan (broker start/stop)."""
    uvicorn.run(
        app,
        host=settings.http_host,
        port=port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=30,
    )


class WithApi:
    """The service app plus an HTTP API (e.g. FastAPI) for every path the service does not own.

    The FastStream app keeps the lifespan (broker start/stop) and /healthz, /readyz, /metrics.
    """

    def __init__(self, service_app: AsgiFastStream, api: ASGIApp) -> None:
        self.service_app = service_app
        self.api = api
        self.own_paths = {path for path, _ in service_app.routes}

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] in ("http", "websocket") and scope["path"] not in self.own_paths:
            await self.api(scope, receive, send)
        else:
            await self.service_app(scope, receive, send)


class Periodic:
    """A background task the service runs every `interval_s` seconds while it is up (0: never).
    A failing round is logged and the next one comes as usual."""

    def __init__(self, work: Callable[[], Awaitable[object]], interval_s: float, name: str) -> None:
        self.work, self.interval_s, self.name = work, interval_s, name
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self.interval_s > 0:
            self.task = asyncio.create_task(self._run(), name=self.name)

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            try:
                await self.work()
            except Exception as exc:
                log.warning("periodic task failed", task=self.name, error=repr(exc))
