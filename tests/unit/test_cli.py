import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stukken.cli import app

runner = CliRunner()


def test_process_prints_the_enriched_document(corpus: Path) -> None:
    pdf = corpus / "kamervragen" / "00fe7edd-24c8-4857-98da-774ed3b06836.pdf"
    result = runner.invoke(app, ["process", str(pdf), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["schema_version"] == 1 and doc["source"]["key"] == pdf.name
    assert doc["metadata"]["page_count"] == 2
    assert any("regenboog" in s["text"] for s in doc["segments"])
    assert any(
        r["type"] == "url" and r["normalized"].startswith("https://nos.nl/")
        for r in doc["references"]
    )


def test_process_refuses_a_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["process", str(tmp_path / "nope.pdf")])
    assert result.exit_code != 0


def test_schema_writes_the_files(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    asyncapi = json.loads((tmp_path / "asyncapi.json").read_text())
    assert asyncapi["info"]["title"] == "stukken"
    assert (tmp_path / "doc.ingested.schema.json").exists()


def test_search_says_when_the_index_service_is_not_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STUKKEN_INDEX_HTTP_PORT", "1")
    result = runner.invoke(app, ["search", "woo"])
    assert result.exit_code == 2 and "not reachable" in result.output


def test_process_answers_a_file_that_is_no_pdf_with_its_rejection(tmp_path: Path) -> None:
    """Bad input is an answer, not a crash: the rejection record the segment service would
    publish, a one-line reason, exit code 2."""
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["process", str(empty), "--json"])
    assert result.exit_code == 2
    record = json.loads(result.stdout)
    assert record["stage"] == "segment" and record["reason"] and record["detail"]
    assert record["source"]["key"] == "leeg.pdf"
    assert "rejected" in result.stderr
