"""`stukken put | rm | process`: feed the pipeline, or run its logic in-process."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from stukken.cli.common import JsonFlag, console
from stukken.platform.settings import CommonSettings

app = typer.Typer()


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
    """Embedded mode: segment + enrich one PDF in-process, no broker, and print the document.
    A PDF the pipeline would reject prints its rejection record instead, and exits with 2."""
    from services.segment.collector import tuned_collector
    from stukken.contracts import DocRejected
    from stukken.embedded import process_file

    with tuned_collector():  # the imports frozen, young collections rarer: as the worker's
        doc = process_file(file)
    if isinstance(doc, DocRejected):
        if as_json:
            typer.echo(doc.model_dump_json(indent=2))
        typer.echo(f"{file.name}: rejected ({doc.reason}): {doc.detail}", err=True)
        raise typer.Exit(2)
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
