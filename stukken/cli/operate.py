"""`stukken dlq list | replay` and `stukken schema`."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from stukken.cli.common import JsonFlag, console
from stukken.platform.settings import CommonSettings

app = typer.Typer()
dlq_app = typer.Typer(help="Dead letters per stage.", no_args_is_help=True)
app.add_typer(dlq_app, name="dlq")


@dlq_app.command("list")
def dlq_list(
    stage: Annotated[str | None, typer.Option(help="ingest, segment, enrich or index")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Dead letters still on the DLQ topics."""
    from stukken.ops import read_dead_letters

    letters = asyncio.run(read_dead_letters(CommonSettings().kafka_bootstrap, stage))
    if as_json:
        console.print_json(json.dumps([json.loads(d.model_dump_json()) for d in letters]))
        return
    table = Table("stage", "key", "kind", "error", "attempts", "failed at")
    for d in letters:
        table.add_row(
            escape(d.stage),
            escape((d.key or "")[:12]),
            d.poison or d.failure,
            escape(f"{d.error_type}: {d.error}"[:120]),
            str(d.attempts),
            d.failed_at.isoformat(timespec="seconds"),
        )
    console.print(table)


@dlq_app.command("replay")
def dlq_replay(
    stage: Annotated[str | None, typer.Option(help="ingest, segment, enrich or index")] = None,
) -> None:
    """Send dead letters (not replayed before) back to the topic they failed on."""
    from stukken.ops import replay_dead_letters
    from stukken.platform.storage import S3Store

    settings = CommonSettings()
    done = asyncio.run(replay_dead_letters(settings.kafka_bootstrap, stage, S3Store(settings)))
    console.print(f"replayed {done.sent} dead letter(s)")
    for why in done.skipped:
        console.print(f"not replayed: {escape(why)}")
    if done.skipped:
        raise typer.Exit(1)


@app.command()
def schema(
    out: Annotated[Path, typer.Option(help="folder to write into")] = Path("schemas"),
) -> None:
    """Write JSON Schema for every event and the AsyncAPI document of all topics."""
    from stukken.contracts.spec import write_schemas

    for path in write_schemas(out):
        console.print(f"wrote {path}")
