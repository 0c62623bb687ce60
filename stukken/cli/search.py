"""`stukken search | docs`: the index service's API, as tables or JSON."""

from __future__ import annotations

import html
import json
from typing import Annotated, Any

import httpx
import typer
from rich.markup import escape
from rich.table import Table

from stukken.cli.common import JsonFlag, console
from stukken.platform.settings import IndexSettings

app = typer.Typer()


def _api(path: str, params: dict[str, Any]) -> Any:
    base = f"http://127.0.0.1:{IndexSettings().http_port}"
    try:
        response = httpx.get(base + path, params={k: v for k, v in params.items() if v}, timeout=10)
    except httpx.HTTPError as exc:
        console.print(f"[red]index service at {base} not reachable: {escape(str(exc))}")
        raise typer.Exit(2) from exc
    if response.status_code >= 400:
        console.print(f"[red]{response.status_code}: {escape(response.text)}")
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
    table = Table(title=escape(f"{result['total']} hits for {query!r}"))
    for col in ("doc_id", "key", "kind", "page", "snippet"):
        table.add_column(col)
    for h in result["hits"]:
        table.add_row(
            escape(h["doc_id"][:12]),
            escape(h["key"]),
            escape(h.get("kind") or ""),
            str(h.get("page") or ""),
            snippet_markup(h.get("snippet", "")),
        )
    console.print(table)


def snippet_markup(snippet: str) -> str:
    """The API's HTML snippet (escaped text, matches in <b>) as rich markup: the text's own
    brackets escaped, so `[/]` in a document is text, not markup."""
    parts = [escape(html.unescape(part)) for part in snippet.split("<b>")]
    marked = [parts[0]]
    for part in parts[1:]:
        inner, _, rest = part.partition(escape("</b>"))
        marked.append(f"[bold]{inner}[/bold]{rest}")
    return "".join(marked)


@app.command()
def docs(offset: int = 0, limit: int = 50, as_json: JsonFlag = False) -> None:
    """Indexed documents: doc_id, key, version, pages."""
    result = _api("/documents", {"offset": offset, "limit": limit})
    items = result["documents"] if isinstance(result, dict) else result
    if as_json:
        console.print_json(json.dumps(result))
        return
    table = Table("doc_id", "key", "version", "pages", "type", "date", "state")
    for d in items:
        table.add_row(*(escape(str(v)) for v in document_row(d)))
    console.print(table)


def document_row(d: dict[str, Any]) -> list[str]:
    """One row of `stukken docs`; a rejected version says by which stage and why."""
    state = d.get("state") or "indexed"
    why = d.get("rejection") or {}
    if state == "rejected":
        state = f"rejected by {why.get('stage', '?')}: {why.get('reason', '?')}"
        if why.get("detail"):
            state += f" ({why['detail'][:80]})"
    return [
        d["doc_id"][:12],
        d["key"],
        (d["version"] or "-")[:12],
        str(d["pages"]),
        d["doc_type"],
        d.get("date") or "",
        state,
    ]
