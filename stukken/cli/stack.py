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
    services: Annotated[bool, typer.Option(help="also start the four services")] = True,
    as_json: JsonFlag = False,
) -> None:
    """Start Kafka, the S3 server and the services; wait until each is healthy."""
    from stukken.localstack import stack

    report = stack.up(CommonSettings(), with_services=services, progress=console.log)
    _report(report, as_json)
    if not report.ok:
        raise typer.Exit(1)


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
        lag = asyncio.run(pipeline_lag(settings.kafka_bootstrap))
    except Exception as exc:
        lag = []
        console.print(f"[yellow]lag unavailable: {exc}")
    downstream = _downstream(settings.kafka_bootstrap)
    if as_json:
        payload = report.model_dump() | {"stages": [vars(s) for s in lag], "ok": report.ok}
        payload["downstream"] = [vars(g) for g in downstream]
        console.print_json(json.dumps(payload))
    else:
        _report(report, False)
        table = Table(title="pipeline")
        for col in ("stage", "input topic", "lag", "dead letters"):
            table.add_column(col)
        for s in lag:
            table.add_row(s.stage, s.topic, str(s.lag), str(s.dead_letters))
        console.print(table)
        if downstream:
            table = Table("consumer group", "topic", "lag", title="downstream (document log)")
            for g in downstream:
                table.add_row(g.group, g.topic, str(g.lag))
            console.print(table)
    if not report.ok:
        raise typer.Exit(1)


def _downstream(bootstrap: str) -> list[Any]:
    """Consumer groups reading the document log (e.g. examples/alerts) and their lag."""
    from stukken.downstream import downstream_lag

    try:
        return asyncio.run(downstream_lag(bootstrap))
    except Exception as exc:
        console.print(f"[yellow]downstream lag unavailable: {exc}")
        return []
