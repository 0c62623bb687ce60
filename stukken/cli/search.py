"""`stukken search | docs`: the index service's API, as tables or JSON."""

from __future__ import annotations

import json
from typing import Annotated, Any

import httpx
import typer
from rich.table import Table

from stukken.cli.common import JsonFlag, console
from stukken.platform.settings import IndexSettings

app = typer.Typer()


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
