"""The parts of the local stack and how each one is prepared, started and checked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from stukken.platform.settings import CommonSettings

from . import kafka, s3gateway
from . import services as svc
from .layout import StackPaths, split_host_port

Progress = Callable[[str], None]
CORE_PARTS = (kafka.NAME, s3gateway.NAME)


@dataclass
class Part:
    name: str
    kind: str
    address: str
    ports: list[tuple[str, int]]
    argv: Callable[[], list[str]]
    check: Callable[[], bool]
    start_timeout_s: float
    stop_timeout_s: float
    prepare: Callable[[], None] = lambda: None
    env: dict[str, str] | None = None
    after_healthy: Callable[[], str] = field(default=lambda: "")


def kafka_part(settings: CommonSettings, paths: StackPaths, progress: Progress) -> Part:
    host, port = split_host_port(settings.kafka_bootstrap)
    log = paths.log_file(kafka.NAME)
    config = kafka.kafka_dir(paths) / "server.properties"

    def prepare() -> None:
        if not (kafka.libs_dir(paths).parent / ".complete").exists():
            progress(f"kafka: fetching Kafka {kafka.KAFKA_VERSION} jars with mvn (once)")
        kafka.ensure_jars(paths, log)
        kafka.render_config(settings, paths)
        kafka.format_storage(paths, config, log)

    def topics() -> str:
        created = kafka.ensure_topics(settings)
        return f"created {len(created)} topics" if created else "all topics present"

    return Part(
        name=kafka.NAME,
        kind="broker",
        address=f"{host}:{port}",
        ports=[(host, port), (host, port + 1)],
        argv=lambda: kafka.server_argv(paths, config),
        check=lambda: bool(kafka.list_topics(settings.kafka_bootstrap) is not None),
        start_timeout_s=120.0,
        stop_timeout_s=30.0,
        prepare=prepare,
        after_healthy=topics,
    )


def s3_part(settings: CommonSettings, paths: StackPaths, progress: Progress) -> Part:
    host, port = split_host_port(settings.s3_endpoint)

    def prepare() -> None:
        if not s3gateway.binary(paths).exists():
            progress("s3gateway: building versitygw with go install (once, ~3 min)")
        s3gateway.ensure_binary(paths, paths.log_file(s3gateway.NAME))
        s3gateway.data_dir(paths).mkdir(parents=True, exist_ok=True)

    scheme = "https" if settings.s3_secure else "http"
    return Part(
        name=s3gateway.NAME,
        kind="object-store",
        address=f"{scheme}://{host}:{port}",
        ports=[(host, port)],
        argv=lambda: s3gateway.server_argv(settings, paths),
        check=lambda: s3gateway.check(settings),
        start_timeout_s=30.0,
        stop_timeout_s=10.0,
        prepare=prepare,
        env=s3gateway.server_env(settings),
    )


def service_part(settings: CommonSettings, spec: svc.ServiceSpec) -> Part:
    host = svc.health_host(settings)
    return Part(
        name=spec.name,
        kind="service",
        address=f"http://{host}:{spec.port}",
        ports=[(host, spec.port)],
        argv=spec.argv,
        check=lambda: svc.check(settings, spec),
        start_timeout_s=60.0,
        stop_timeout_s=15.0,
        env=svc.service_env(settings) | spec.env,
    )


def all_parts(
    settings: CommonSettings,
    paths: StackPaths,
    services: Sequence[svc.ServiceSpec],
    progress: Progress,
) -> list[Part]:
    parts = [kafka_part(settings, paths, progress), s3_part(settings, paths, progress)]
    return parts + [service_part(settings, spec) for spec in services]
