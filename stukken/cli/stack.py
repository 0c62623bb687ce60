"""`stukken up | down | status`: the local stack, its health, lag and dead letters."""

from __future__ import annotations

import asyncio
import json
from typing import Annotated, Any

import typer
from rich.table import Table

from stukken.cli.common import JsonFlag, console
from stukken.platform.settings import CommonSettings

app = typer.Typer()


def _report(report: Any, as_json: bool) -> None:
    if as_json:
        console.print_json(report.model_dump_json())
        return
    table = Table(title=f"stukken {report.action} ({report.elapsed_s} s)")
    for col in ("part", "pid", "state", "address", "log / detail"):
        table.add_column(col)
    for p in report.parts:
        state = "healthy" if p.healthy else ("running" if p.running else "stopped")
        table.add_row(p.name, str(p.pid or ""), state, p.address, p.detail or p.log_path)
    console.print(table)


@app.command()
def up(
    services: Annotated[bool, typer.Option(help="also start the pipeline services")] = True,
    monitoring: Annotated[bool, typer.Option(help="also start Prometheus")] = False,
    scale: Annotated[
        list[str] | None,
        typer.Option(help="replicas of a service, e.g. --scale ocr=4 (default: ocr=2)"),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Start Kafka, the S3 server and the services; wait until each is healthy."""
    from stukken.localstack import stack
    from stukken.localstack.services import default_services

    report = stack.up(
        CommonSettings(),
        with_services=services,
        services=default_services(_scale(scale or [])),
        with_monitoring=monitoring,
        progress=console.log,
    )
    _report(report, as_json)
    if not report.ok:
        raise typer.Exit(1)


def _scale(pairs: list[str]) -> dict[str, int]:
    from stukken.localstack.services import SCALABLE

    out = {}
    for pair in pairs:
        name, _, count = pair.partition("=")
        if name not in SCALABLE or not count.isdigit() or int(count) < 1:
            raise typer.BadParameter(f"{pair!r}: expected one of {', '.join(SCALABLE)}=N, N >= 1")
        out[name] = int(count)
    return out


@app.command()
def down(as_json: JsonFlag = False) -> None:
    """Stop what `stukken up` started."""
    from stukken.localstack import stack

    report = stack.down(CommonSettings())
    _report(report, as_json)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def status(as_json: JsonFlag = False) -> None:
    """Health of each part, consumer lag and dead letters per stage."""
    from stukken.localstack import stack
    from stukken.ops import pipeline_lag

    settings = CommonSettings()
    report = stack.status(settings)
    try:
        lag = asyncio.run(pipeline_lag(settings.kafka_bootstrap, settings.http_host))
    except Exception as exc:
        lag = []
        console.print(f"[yellow]lag unavailable: {exc}")
    alerts = _firing_alerts(report)
    stalled = [s.stage for s in lag if s.stalled]
    ok = report.ok and not stalled
    downstream = _downstream(settings.kafka_bootstrap)
    ocr = _ocr_progress(settings.kafka_bootstrap)
    if as_json:
        payload = report.model_dump() | {"stages": [vars(s) for s in lag], "ok": ok}
        payload["downstream"] = [vars(g) for g in downstream]
        payload["ocr"] = [
            p.model_dump(mode="json") | {"pages_pending": p.pages_pending} for p in ocr
        ]
        console.print_json(json.dumps(payload | {"alerts": [vars(a) for a in alerts]}))
    else:
        _report(report, False)
        table = Table(title="pipeline")
        for col in ("stage", "input topic", "lag", "dead letters", "moving"):
            table.add_column(col)
        for s in lag:
            moving = {True: "[red]STALLED", False: "yes", None: "?"}[s.stalled]
            table.add_row(s.stage, s.topic, str(s.lag), str(s.dead_letters), moving)
        console.print(table)
        if downstream:
            table = Table("consumer group", "topic", "lag", title="downstream (document log)")
            for g in downstream:
                table.add_row(g.group, g.topic, str(g.lag))
            console.print(table)
        _print_ocr(ocr)
        _print_alerts(alerts)
    if not ok:
        raise typer.Exit(1)


def _ocr_progress(bootstrap: str) -> list[Any]:
    """Documents being OCR'd: pages total, done, pending (stukken.ocr.progress)."""
    from stukken.ocr_progress import ocr_in_progress

    try:
        return asyncio.run(ocr_in_progress(bootstrap))
    except Exception as exc:
        console.print(f"[yellow]OCR progress unavailable: {exc}")
        return []


def _print_ocr(progress: list[Any]) -> None:
    count = f"{len(progress)} document" + ("" if len(progress) == 1 else "s")
    table = Table(title=f"OCR in progress ({count})")
    for col in ("document", "pages", "done", "pending", "failed", "state"):
        table.add_column(col)
    for p in progress:
        row = (p.pages_total, p.pages_done, p.pages_pending, p.pages_failed)
        table.add_row(p.key, *(str(n) for n in row), p.state)
    console.print(table)


def _firing_alerts(report: Any) -> list[Any]:
    """Prometheus's firing alerts when `up --monitoring` started it; none otherwise."""
    from stukken.alerts import firing_alerts
    from stukken.localstack.monitoring import PROMETHEUS, MonitoringSettings

    if not any(p.name == PROMETHEUS and p.healthy for p in report.parts):
        return []
    try:
        return firing_alerts(MonitoringSettings().prometheus_url)
    except Exception as exc:
        console.print(f"[yellow]alerts unavailable: {exc}")
        return []


def _print_alerts(alerts: list[Any]) -> None:
    table = Table(title=f"firing alerts ({len(alerts)})")
    for col in ("alert", "severity", "stage / service", "summary", "runbook"):
        table.add_column(col)
    for a in alerts:
        table.add_row(a.name, a.severity, a.subject, a.summary, a.runbook)
    console.print(table)


def _downstream(bootstrap: str) -> list[Any]:
    """Consumer groups reading the document log (e.g. examples/alerts) and their lag."""
    from stukken.downstream import downstream_lag

    try:
        return asyncio.run(downstream_lag(bootstrap))
    except Exception as exc:
        console.print(f"[yellow]downstream lag unavailable: {exc}")
        return []
