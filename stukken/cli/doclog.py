"""`stukken index rebuild` and `stukken claims gc`: looking after what the document log feeds."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import httpx
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from stukken.cli.common import console
from stukken.platform.settings import CommonSettings, IndexSettings

app = typer.Typer()
index_app = typer.Typer(help="The search index.", no_args_is_help=True)
claims_app = typer.Typer(help="Claim-check payloads in the artifact bucket.", no_args_is_help=True)
app.add_typer(index_app, name="index")
app.add_typer(claims_app, name="claims")

FINISHED = ("done", "failed")
PHASE_COLUMNS = (TextColumn("[bold]{task.fields[phase]}"), BarColumn(), MofNCompleteColumn())
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


@app.command()
def reprocess(
    stage: Annotated[
        str, typer.Option(help="segment or enrich: the stage to re-run from")
    ] = "enrich",
    prefix: Annotated[str | None, typer.Option(help="only keys starting with this")] = None,
    doc_type: Annotated[str | None, typer.Option(help="only documents of this type")] = None,
    since: Annotated[datetime | None, typer.Option(help="only uploads from this date on")] = None,
    rate: Annotated[float, typer.Option(help="documents sent per second at most")] = 10,
    max_lag: Annotated[int, typer.Option(help="pause while the stage is this far behind")] = 100,
    wait: Annotated[float, typer.Option(help="seconds to wait for the results")] = 300,
    restart: Annotated[bool, typer.Option(help="ignore the checkpoint of an earlier run")] = False,
) -> None:
    """Re-run documents of the document log through a stage after its logic changed."""
    from stukken.platform.storage import S3Store
    from stukken.reprocess import Selection
    from stukken.reprocess import reprocess as run

    if stage not in ("segment", "enrich"):
        raise typer.BadParameter("segment or enrich", param_hint="--stage")
    settings = CommonSettings()
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    with Progress(*PHASE_COLUMNS, console=console) as bar:
        task = bar.add_task("reprocess", total=None, phase="selecting")

        def tell(phase: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None, phase=phase)

        report = asyncio.run(
            run(
                settings,
                S3Store(settings),
                stage,  # type: ignore[arg-type]
                Selection(prefix, doc_type, since),
                rate=rate,
                max_lag=max_lag,
                wait_s=wait,
                restart=restart,
                progress=tell,
            )
        )
    console.print(
        f"{report.selected} selected, {report.sent} sent ({report.resumed} sent by an earlier "
        f"run), {report.changes.documents} results back, {report.changes.changed} changed, "
        f"{report.pending} pending"
    )
    table = Table("", "added", "removed", title="what changed")
    for part, (added, removed) in report.changes.counts.items():
        table.add_row(part, str(added), str(removed))
    console.print(table)
    if report.pending:
        console.print("[yellow]results still pending: run the same command again to resume")
        raise typer.Exit(1)


@claims_app.command("gc")
def claims_gc(
    grace_days: Annotated[float, typer.Option(help="keep unreferenced claims this young")] = 7,
    dry_run: Annotated[bool, typer.Option(help="only say what would be deleted")] = False,
) -> None:
    """Delete claims no current document-log record refers to, and the OCR page readings of
    versions neither live nor being OCR'd, once past the grace period."""
    from stukken.ocr_gc import collect_ocr
    from stukken.ocr_progress import ocr_in_progress
    from stukken.platform.claim_gc import collect_claims, referenced_claims
    from stukken.platform.log_reader import current_documents
    from stukken.platform.storage import S3Store

    settings = CommonSettings()
    store, bucket, grace = S3Store(settings), settings.artifact_bucket, timedelta(days=grace_days)
    # progress first, the log second: a job that finishes in between is live by then
    in_progress = {p.version for p in asyncio.run(ocr_in_progress(settings.kafka_bootstrap))}
    live = asyncio.run(current_documents(settings.kafka_bootstrap))
    referenced = referenced_claims(live.values(), bucket)
    result = collect_claims(store, bucket, referenced, grace=grace, dry_run=dry_run)
    verb = "would delete" if dry_run else "deleted"
    console.print(
        f"{verb} {len(result.deleted)} claim(s); kept {result.kept_referenced} referenced by "
        f"the document log and {result.kept_young} younger than {grace_days} day(s)"
    )
    versions = {e.version for e in live.values()}
    ocr = collect_ocr(store, bucket, versions, in_progress, grace=grace, dry_run=dry_run)
    console.print(
        f"{verb} the OCR artifacts of {len(ocr.deleted)} version(s) ({ocr.objects_deleted} "
        f"object(s)); kept {ocr.kept_live} live, {ocr.kept_in_progress} being OCR'd and "
        f"{ocr.kept_young} younger than {grace_days} day(s)"
    )


def _json(response: httpx.Response) -> Any:
    response.raise_for_status()
    return response.json()
