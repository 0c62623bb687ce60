"""The `stukken` command: run the local stack, feed it PDFs, search, and look after it."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer
from rich.console import Console
from rich.table import Table

from stukken.platform.settings import CommonSettings, IndexSettings

app = typer.Typer(
    help="stukken: Dutch government PDFs in, searchable enriched documents out.",
    no_args_is_help=True,
)
dlq_app = typer.Typer(help="Dead letters per stage.", no_args_is_help=True)
app.add_typer(dlq_app, name="dlq")
console = Console()
JsonFlag = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]


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
    if as_json:
        payload = report.model_dump() | {"stages": [vars(s) for s in lag], "ok": report.ok}
        console.print_json(json.dumps(payload))
    else:
        _report(report, False)
        table = Table(title="pipeline")
        for col in ("stage", "input topic", "lag", "dead letters"):
            table.add_column(col)
        for s in lag:
            table.add_row(s.stage, s.topic, str(s.lag), str(s.dead_letters))
        console.print(table)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def put(
    paths: Annotated[list[Path], typer.Argument(help="files or folders (PDFs in them)")],
    bucket: Annotated[str | None, typer.Option(help="target bucket")] = None,
    prefix: Annotated[str, typer.Option(help="key prefix")] = "",
) -> None:
    """Upload files through the S3 API; the pipeline picks them up from the bucket events."""
    from rich.progress import Progress

    from stukken.platform.storage import S3Store

    settings = CommonSettings()
    store = S3Store(settings)
    target = bucket or settings.bucket
    store.ensure_bucket(target)
    files = [f for p in paths for f in (sorted(p.rglob("*.pdf")) if p.is_dir() else [p])]
    with Progress(console=console) as progress:
        task = progress.add_task("uploading", total=len(files))
        for f in files:
            store.client.fput_object(
                target, prefix + f.name, str(f), content_type="application/pdf"
            )
            progress.console.print(f"put s3://{target}/{prefix}{f.name}")
            progress.advance(task)


@app.command()
def rm(
    keys: Annotated[list[str], typer.Argument(help="object keys")],
    bucket: Annotated[str | None, typer.Option(help="bucket")] = None,
) -> None:
    """Delete objects; the delete flows through the pipeline and drops them from the index."""
    from stukken.platform.storage import S3Store

    settings = CommonSettings()
    store = S3Store(settings)
    for key in keys:
        store.delete(bucket or settings.bucket, key)
        console.print(f"removed s3://{bucket or settings.bucket}/{key}")


@app.command()
def process(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="a PDF")],
    as_json: JsonFlag = False,
) -> None:
    """Embedded mode: segment + enrich one PDF in-process, no broker, and print the document."""
    from stukken.embedded import process_file

    doc = process_file(file)
    if as_json:
        typer.echo(doc.model_dump_json(indent=2))
        return
    m = doc.metadata
    console.print(f"[bold]{file.name}[/]: {m.doc_type}, {m.page_count} pages, date {m.date}")
    table = Table("id", "kind", "page", "number", "text")
    for s in doc.segments:
        table.add_row(s.id, s.kind, str(s.page), s.number or "", s.text[:100])
    console.print(table)
    console.print(f"{len(doc.references)} references, {len(doc.entities)} entities")


def _api(path: str, params: dict[str, Any]) -> Any:
    base = f"http://127.0.0.1:{IndexSettings().http_port}"
    try:
        response = httpx.get(base + path, params={k: v for k, v in params.items() if v}, timeout=10)
    except httpx.HTTPError as exc:
        console.print(f"[red]index service at {base} not reachable: {exc}")
        raise typer.Exit(2) from exc
    if response.status_code >= 400:
        console.print(f"[red]{response.status_code}: {response.text}")
        raise typer.Exit(1)
    return response.json()


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Dutch full text; phrases, AND/OR/NOT, field:x")],
    doc_type: Annotated[str | None, typer.Option(help="kamerbrief, kamervragen, …")] = None,
    org: Annotated[str | None, typer.Option(help="organisation (canonical name)")] = None,
    person: Annotated[str | None, typer.Option(help="person")] = None,
    ref: Annotated[str | None, typer.Option(help="reference id, e.g. kst-29383-406")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="ISO date")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="ISO date")] = None,
    page: int = 1,
    size: int = 10,
    as_json: JsonFlag = False,
) -> None:
    """Search the index service."""
    result = _api(
        "/search",
        {
            "q": query,
            "doc_type": doc_type,
            "org": org,
            "person": person,
            "ref": ref,
            "from": date_from,
            "to": date_to,
            "page": page,
            "size": size,
        },
    )
    if as_json:
        console.print_json(json.dumps(result))
        return
    table = Table(title=f"{result['total']} hits for {query!r}")
    for col in ("doc_id", "key", "kind", "page", "snippet"):
        table.add_column(col)
    for h in result["hits"]:
        table.add_row(
            h["doc_id"][:12],
            h["key"],
            h.get("kind") or "",
            str(h.get("page") or ""),
            h.get("snippet", "").replace("<b>", "[bold]").replace("</b>", "[/bold]"),
        )
    console.print(table)


@app.command()
def docs(offset: int = 0, limit: int = 50, as_json: JsonFlag = False) -> None:
    """Indexed documents: doc_id, key, version, pages."""
    result = _api("/documents", {"offset": offset, "limit": limit})
    items = result["documents"] if isinstance(result, dict) else result
    if as_json:
        console.print_json(json.dumps(result))
        return
    table = Table("doc_id", "key", "version", "pages", "type", "date")
    for d in items:
        table.add_row(
            d["doc_id"][:12],
            d["key"],
            d["version"][:12],
            str(d["pages"]),
            d["doc_type"],
            d.get("date") or "",
        )
    console.print(table)


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
    table = Table("stage", "key", "error", "attempts", "failed at")
    for d in letters:
        table.add_row(
            d.stage,
            (d.key or "")[:12],
            f"{d.error_type}: {d.error}"[:120],
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

    count = asyncio.run(replay_dead_letters(CommonSettings().kafka_bootstrap, stage))
    console.print(f"replayed {count} dead letter(s)")


@app.command()
def schema(
    out: Annotated[Path, typer.Option(help="folder to write into")] = Path("schemas"),
) -> None:
    """Write JSON Schema for every event and the AsyncAPI document of all topics."""
    from stukken.contracts.spec import write_schemas

    for path in write_schemas(out):
        console.print(f"wrote {path}")


if __name__ == "__main__":
    app()
