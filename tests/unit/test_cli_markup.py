"""`stukken docs` and `stukken search` print keys and texts with brackets as text, never markup."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from stukken.cli import app
from stukken.cli import search as search_cli

runner = CliRunner()
NASTY = "a[/]b[bold]c[/bold][link=x]"


def answer(path: str, params: dict[str, Any]) -> Any:
    if path == "/documents":
        docs = [
            {"doc_id": "d1" * 8, "key": NASTY + ".pdf", "version": "v" * 64, "pages": 1,
             "doc_type": "other", "date": None},
            {"doc_id": "d2" * 8, "key": "[/]bad.pdf", "version": "w" * 64, "pages": 0,
             "doc_type": "other", "state": "rejected",
             "rejection": {"stage": "ingest", "reason": "not_a_pdf",
                           "detail": "starts [/] b'GIF'"}},
        ]  # fmt: skip
        return {"total": 2, "offset": 0, "limit": 50, "documents": docs}
    hit = {"doc_id": "d1" * 8, "key": NASTY, "kind": "paragraph", "page": 1,
           "snippet": "x [/] &lt;y&gt; <b>w[/]</b>"}  # fmt: skip
    return {"total": 1, "hits": [hit]}


@pytest.fixture(autouse=True)
def fake_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_cli, "_api", answer)


def test_docs_prints_brackets_and_the_rejection() -> None:
    result = runner.invoke(app, ["docs"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert NASTY + ".pdf" in result.output
    assert "rejected by ingest: not_a_pdf" in result.output
    assert "starts [/] b'GIF'" in result.output


def test_search_prints_brackets_in_keys_and_snippets() -> None:
    result = runner.invoke(app, ["search", "[/]"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert NASTY in result.output
    assert "x [/] <y> w[/]" in result.output
