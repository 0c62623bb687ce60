"""The contract only grows: v1 payloads of the first release validate against today's schemas, and
today's schemas are additive changes of the v1 schemas frozen in tests/contract/v1/.

When a test here fails, the change is breaking: publish it as schema_version 2 beside v1 (README,
"Contract evolution") instead of editing v1. The frozen files are never regenerated.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from stukken.contracts.evolution import breaking_changes
from stukken.contracts.spec import asyncapi_document, write_schemas
from tests.contract.test_contracts import model_for

V1 = Path(__file__).parent / "v1"


@pytest.fixture(scope="module")
def current_schemas(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("schemas")
    return {p.name: json.loads(p.read_text()) for p in write_schemas(folder)}


@pytest.mark.parametrize("path", sorted((V1 / "examples").glob("*.json")), ids=lambda p: p.stem)
def test_v1_payload_still_validates(path: Path, current_schemas: dict[str, Any]) -> None:
    payload = json.loads(path.read_text())
    model = model_for(path)
    model.model_validate(payload)
    jsonschema.validate(payload, model.model_json_schema(mode="serialization"))


@pytest.mark.parametrize(
    "path", sorted((V1 / "schemas").glob("*.schema.json")), ids=lambda p: p.name
)
def test_schema_changes_are_additive(path: Path, current_schemas: dict[str, Any]) -> None:
    assert path.name in current_schemas, f"{path.name} is no longer published"
    assert breaking_changes(json.loads(path.read_text()), current_schemas[path.name]) == []


def test_asyncapi_keeps_every_channel_and_message() -> None:
    old = json.loads((V1 / "schemas" / "asyncapi.json").read_text())
    new = asyncapi_document()
    new_addresses = {c.get("address") for c in new["channels"].values()}
    assert {c.get("address") for c in old["channels"].values()} <= new_addresses
    schemas = new["components"]["schemas"]
    for name, schema in old["components"]["schemas"].items():
        assert name in schemas, f"payload {name} disappeared from the AsyncAPI document"
        wrapped_old = {"$defs": old["components"]["schemas"], **schema}
        wrapped_new = {"$defs": schemas, **schemas[name]}
        assert breaking_changes(_local_refs(wrapped_old), _local_refs(wrapped_new)) == []


def _local_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """AsyncAPI points at #/components/schemas/X; the checker reads #/$defs/X."""
    text = json.dumps(schema).replace("#/components/schemas/", "#/$defs/")
    return json.loads(text)  # type: ignore[no-any-return]


OBJ = {
    "type": "object",
    "properties": {"a": {"type": "string"}, "k": {"enum": ["x", "y"], "type": "string"}},
    "required": ["a"],
}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda s: s["properties"].pop("a"), "#.a: removed"),
        (lambda s: s["required"].append("k"), "newly required ['k']"),
        (lambda s: s["properties"]["a"].update(type="integer"), "narrowed"),
        (lambda s: s["properties"]["k"].update(enum=["x"]), "enum values removed: ['y']"),
        (lambda s: s.update(additionalProperties=False), "no longer allows additional"),
    ],
)
def test_breaking_changes_are_caught(change: Any, expected: str) -> None:
    new = json.loads(json.dumps(OBJ))
    change(new)
    problems = breaking_changes(OBJ, new)
    assert any(expected in p for p in problems), problems


def test_additions_are_not_breaking() -> None:
    new = json.loads(json.dumps(OBJ))
    new["properties"]["b"] = {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None}
    new["properties"]["k"]["enum"].append("z")
    new["properties"]["a"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}  # loosened
    assert breaking_changes(OBJ, new) == []
