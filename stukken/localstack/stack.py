"""`up`, `down` and `status` of the local stack: Kafka, then the S3 gateway, then the services.

Each part is started once (pid file under var/run), awaited until healthy, and left alone by a
later `up` while it runs and is healthy. `down` stops only what `up` started, in reverse order.
"""

from __future__ import annotations

import fcntl
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from stukken.platform.settings import CommonSettings

from . import kafka, monitoring, processes, s3gateway
from . import services as svc
from .layout import StackPaths, ToolMissing
from .parts import CORE_PARTS, Part, Progress, all_parts
from .report import PartStatus, StackReport


@contextmanager
def _stack_lock(paths: StackPaths) -> Iterator[None]:
    """One `up`/`down` at a time per var_dir."""
    paths.run_dir.mkdir(parents=True, exist_ok=True)
    with (paths.run_dir / "stack.lock").open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _status_line(part: Part, paths: StackPaths, **kw: object) -> PartStatus:
    return PartStatus(
        name=part.name,
        kind=part.kind,
        address=part.address,
        log_path=str(paths.log_file(part.name)),
        **kw,
    )


def _failure(part: Part, paths: StackPaths, what: str, pid: int | None = None) -> PartStatus:
    log = paths.log_file(part.name)
    tail = processes.log_tail(log, lines=3).strip()
    detail = f"{what}; log: {log}" + (f"\n{tail}" if tail else "")
    return _status_line(part, paths, pid=pid, running=pid is not None, detail=detail)


def _healthy_now(part: Part) -> bool:
    try:
        return part.check()
    except Exception:
        return False


@dataclass
class _Launch:
    """A part on its way up: either settled (`line`) or started and awaiting health."""

    part: Part
    line: PartStatus | None = None
    record: processes.PidRecord | None = None
    started: float = 0.0


def _launch(part: Part, paths: StackPaths, progress: Progress) -> _Launch:
    """Start `part` unless it already runs; does not wait for health."""
    try:
        return _try_launch(part, paths, progress)
    except Exception as exc:
        return _Launch(part, line=_failure(part, paths, f"{type(exc).__name__}: {exc}"))


def _try_launch(part: Part, paths: StackPaths, progress: Progress) -> _Launch:
    pid_file = paths.pid_file(part.name)
    record = processes.live_record(pid_file)
    if record is not None:
        return _Launch(part, record=record)
    busy = [f"{h}:{p}" for h, p in part.ports if processes.port_in_use(h, p)]
    if busy:
        what = f"{', '.join(busy)} in use by a process `stukken up` did not start"
        return _Launch(part, line=_failure(part, paths, what))
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    try:
        part.prepare()
    except (ToolMissing, RuntimeError, OSError, ValueError, subprocess.TimeoutExpired) as exc:
        return _Launch(part, line=_failure(part, paths, f"could not prepare: {exc}"))
    progress(f"{part.name}: starting")
    started = time.monotonic()
    record = processes.start(
        part.argv(), pid_file=pid_file, log_file=paths.log_file(part.name), env=part.env
    )
    return _Launch(part, record=record, started=started)


def _await(launch: _Launch, paths: StackPaths, progress: Progress) -> PartStatus:
    """Wait until a launched part is healthy, then run its after-start step (topics)."""
    part, record = launch.part, launch.record
    if launch.line is not None or record is None:
        return launch.line or _failure(part, paths, "not started")
    pid_file = paths.pid_file(part.name)
    fresh = launch.started > 0
    if not fresh and not _healthy_now(part):
        progress(f"{part.name}: running (pid {record.pid}), waiting for health")

    def exited() -> str | None:
        if processes.is_alive(record):
            return None
        code = processes.exit_code(record)
        return "the process exited" + (f" with code {code}" if code is not None else "")

    try:
        processes.wait_until(
            part.check, timeout_s=part.start_timeout_s, what=part.name, abort=exited
        )
    except processes.WaitTimeout as exc:
        if fresh:  # a failed start leaves nothing behind
            processes.stop(pid_file, timeout_s=part.stop_timeout_s)
            return _failure(part, paths, f"did not become healthy: {exc}")
        return _failure(part, paths, f"running but unhealthy: {exc}", record.pid)
    extra = part.after_healthy()
    if fresh:
        took = time.monotonic() - launch.started
        progress(f"{part.name}: healthy in {took:.1f} s")
        detail = f"started, healthy after {took:.1f} s"
    else:
        detail = "already running"
    return _status_line(
        part,
        paths,
        pid=record.pid,
        running=True,
        healthy=True,
        detail=detail + (f"; {extra}" if extra else ""),
    )


def _guarded(part: Part, paths: StackPaths, step: Callable[[], PartStatus]) -> PartStatus:
    try:
        return step()
    except Exception as exc:  # e.g. topic creation failed
        return _failure(part, paths, f"{type(exc).__name__}: {exc}")


def up(
    settings: CommonSettings,
    *,
    with_services: bool = True,
    services: Sequence[svc.ServiceSpec] | None = None,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    with_monitoring: bool = False,
) -> StackReport:
    """Start whatever is not running yet and wait until every part is healthy.

    Stops at the first part that fails (later parts depend on it) and says why and where its
    log is. `services` overrides the four pipeline services (tests use a stand-in).
    """
    begin = time.monotonic()
    say = progress or (lambda _msg: None)
    paths = StackPaths.of(settings, cache_dir)
    chosen = (services if services is not None else svc.default_services()) if with_services else []
    results: list[PartStatus] = []
    with _stack_lock(paths):
        parts = all_parts(settings, paths, chosen, say)
        if with_monitoring:  # Prometheus and the lag exporter start beside the services
            parts += monitoring.monitoring_parts(settings, paths, chosen)
        core, services_ = parts[: len(CORE_PARTS)], parts[len(CORE_PARTS) :]
        failed: str | None = None
        for part in core:  # in order: the S3 gateway needs Kafka's topic
            line = _guarded(part, paths, partial(_await, _launch(part, paths, say), paths, say))
            results.append(line)
            if not line.healthy:
                failed = part.name
                break
        if failed is None:  # the services start side by side, then each is awaited
            launches = [_launch(part, paths, say) for part in services_]
            results += [_guarded(x.part, paths, partial(_await, x, paths, say)) for x in launches]
            if with_services:  # not part of the stack any more: said, not reported
                for line in _scale_down(paths, {spec.name for spec in chosen}):
                    say(f"{line.name}: {line.detail}")
        else:
            skipped = [p for p in core + services_ if p.name not in {r.name for r in results}]
            results += [
                _status_line(p, paths, detail=f"not started: {failed} failed") for p in skipped
            ]
    return StackReport(
        action="up",
        var_dir=str(paths.var_dir),
        parts=results,
        elapsed_s=round(time.monotonic() - begin, 2),
    )


def _scale_down(paths: StackPaths, wanted: set[str]) -> list[PartStatus]:
    """Stop replicas beyond the ones asked for (`up --scale ocr=2` after `--scale ocr=4`)."""
    surplus = [
        name
        for name in _started_services(paths)
        if name not in wanted and any(svc.replica_number(name, s) for s in svc.SCALABLE)
    ]
    return [
        PartStatus(
            name=name,
            kind="service",
            log_path=str(paths.log_file(name)),
            detail=f"scaled down: {processes.stop(paths.pid_file(name), timeout_s=15.0)}",
        )
        for name in surplus
    ]


def _started(paths: StackPaths, name: str) -> bool:
    return processes.live_record(paths.pid_file(name)) is not None


def _started_services(paths: StackPaths) -> list[str]:
    """Services with a pid file, the pipeline's four first, in their order."""
    known = [spec.name for spec in svc.default_services()]
    others = (*CORE_PARTS, *monitoring.NAMES)
    found = sorted(p.stem for p in paths.run_dir.glob("*.pid") if p.stem not in others)
    return [n for n in known if n in found] + [n for n in found if n not in known]


def down(settings: CommonSettings, *, cache_dir: Path | None = None) -> StackReport:
    """Stop what `up` started (by pid file): services first, then the S3 gateway, then Kafka."""
    begin = time.monotonic()
    paths = StackPaths.of(settings, cache_dir)
    timeouts = {kafka.NAME: 30.0, s3gateway.NAME: 10.0}
    kinds = {kafka.NAME: "broker", s3gateway.NAME: "object-store"}
    kinds |= {name: "monitoring" for name in monitoring.NAMES}
    results: list[PartStatus] = []
    with _stack_lock(paths):
        watching = [n for n in monitoring.NAMES if paths.pid_file(n).exists()]
        for name in [*watching, *_started_services(paths), s3gateway.NAME, kafka.NAME]:
            pid_file = paths.pid_file(name)
            record = processes.live_record(pid_file)
            how = processes.stop(pid_file, timeout_s=timeouts.get(name, 15.0))
            results.append(
                PartStatus(
                    name=name,
                    kind=kinds.get(name, "service"),
                    pid=record.pid if record else None,
                    running=record is not None and processes.is_alive(record),
                    log_path=str(paths.log_file(name)),
                    detail=how,
                )
            )
    return StackReport(
        action="down",
        var_dir=str(paths.var_dir),
        parts=results,
        elapsed_s=round(time.monotonic() - begin, 2),
    )


def status(
    settings: CommonSettings,
    *,
    with_services: bool = True,
    services: Sequence[svc.ServiceSpec] | None = None,
    cache_dir: Path | None = None,
) -> StackReport:
    """Each part: its pid (from `up`), whether it runs, whether it answers its health check."""
    begin = time.monotonic()
    paths = StackPaths.of(settings, cache_dir)
    specs = list(services if services is not None else svc.default_services())
    if not with_services:
        specs = []
    named = {s.name for s in specs}
    specs += [
        svc.ServiceSpec(name, "", 0) for name in _started_services(paths) if name not in named
    ]
    results: list[PartStatus] = []
    watching = [p for p in monitoring.monitoring_parts(settings, paths) if _started(paths, p.name)]
    for part in all_parts(settings, paths, specs, lambda _msg: None) + watching:
        record = processes.live_record(paths.pid_file(part.name))
        healthy = bool(part.ports[0][1]) and _healthy_now(part)
        if record is None:
            detail = "answering, but not started by `stukken up`" if healthy else "not running"
        else:
            detail = "healthy" if healthy else "running, not healthy"
        results.append(
            _status_line(
                part,
                paths,
                pid=record.pid if record else None,
                running=record is not None,
                healthy=healthy,
                detail=detail,
            )
        )
    return StackReport(
        action="status",
        var_dir=str(paths.var_dir),
        parts=results,
        elapsed_s=round(time.monotonic() - begin, 2),
    )
