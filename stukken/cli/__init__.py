"""The `stukken` command: run the local stack, feed it PDFs, search, and look after it."""

import typer

from stukken.cli import doclog, objects, operate, search, stack

app = typer.Typer(
    help="stukken: Dutch government PDFs in, searchable enriched documents out.",
    no_args_is_help=True,
)
for part in (stack, objects, search, operate, doclog):
    app.add_typer(part.app)

__all__ = ["app"]
