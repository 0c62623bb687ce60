"""`stukken index rebuild` and `stukken claims gc`: looking after what the document log feeds."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Annotated, Any

import httpx
import typer
from rich.progress import BarColumn, Progress, TextColumn

from stukken.cli.common import console
from stukken.platform.settings import CommonSettings, IndexSettings

app = typer.Typer()
index_app = typer.Typer(help="The search index.", no_args_is_help=True)
claims_app = typer.Typer(help="Claim-check payloads in the artifact bucket.", no_args_is_help=True)
app.add_typer(index_app, name="index")
app.add_typer(claims_app, name="claims")

FINISHED = ("done", "failed")
RECORDS = "{task.completed:.0f} log records"


@index_app.command("rebuild")
def rebuild(
    timeout: Annotated[float, typer.Option(help="give up waiting after so many seconds")] = 3600,
) -> None:
    """Build a fresh index from the document log and swap it in; search answers throughout."""
    base = f"http://127.0.0.1:{IndexSettings().http_port}/admin/index/rebuild"
    try:
        status = _json(httpx.post(base, timeout=10))
        deadline = time.monotonic() + timeout
        columns = (TextColumn("[bold]{task.fields[state]}"), BarColumn(), TextColumn(RECORDS))
        with Progress(*columns, console=console) as bar:
            task = bar.add_task("rebuild", total=None, state=status["state"])
            while status["state"] not in FINISHED and time.monotonic() < deadline:
                time.sleep(0.2)
                status = _json(httpx.get(base, timeout=10))
                total = status["target"] or None
                bar.update(task, completed=status["read"], total=total, state=status["state"])
    except httpx.HTTPError as exc:
        console.print(f"[red]the index service does not answer at {base}: {exc}")
        raise typer.Exit(2) from exc
    if status["state"] != "done":
        console.print(f"[red]rebuild {status['state']}: {status.get('error') or 'timed out'}")
        raise typer.Exit(1)
    console.print(
        f"rebuilt: {status['documents']} documents from {status['read']} log records "
        f"in {status['seconds']} s; now serving {status['generation']}"
    )


@claims_app.command("gc")
def claims_gc(
    grace_days: Annotated[float, typer.Option(help="keep unreferenced claims this young")] = 7,
    dry_run: Annotated[bool, typer.Option(help="only say what would be deleted")] = False,
) -> None:
    """Delete claims that no current document-log record refers to, once past the grace period."""
    from stukken.platform.claim_gc import collect_claims, referenced_claims
    from stukken.platform.log_reader import current_documents
    from stukken.platform.storage import S3Store

    settings = CommonSettings()
    live = asyncio.run(current_documents(settings.kafka_bootstrap))
    referenced = referenced_claims(live.values(), settings.artifact_bucket)
    result = collect_claims(
        S3Store(settings),
        settings.artifact_bucket,
        referenced,
        grace=timedelta(days=grace_days),
        dry_run=dry_run,
    )
    verb = "would delete" if dry_run else "deleted"
    console.print(
        f"{verb} {len(result.deleted)} claim(s); kept {result.kept_referenced} referenced by "
        f"the document log and {result.kept_young} younger than {grace_days} day(s)"
    )


def _json(response: httpx.Response) -> Any:
    response.raise_for_status()
    return response.json()
