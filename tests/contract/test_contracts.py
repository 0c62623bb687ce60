"""Every example payload validates against its model and its published JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from stukken.contracts import topics
from stukken.contracts.events import DeadLetter
from stukken.contracts.spec import EVENT_MODELS, asyncapi_document, write_schemas

EXAMPLES = Path(__file__).parents[2] / "stukken" / "contracts" / "examples"
MODELS: dict[str, Any] = {t.removeprefix("stukken."): m for t, m in EVENT_MODELS.items()}
MODELS["dead-letter"] = DeadLetter


def model_for(path: Path) -> Any:
    name = path.stem
    while name not in MODELS:
        name = name.rsplit(".", 1)[0]
    return MODELS[name]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_example_payload_matches_model_and_schema(path: Path) -> None:
    payload = json.loads(path.read_text())
    model = model_for(path)
    parsed = model.model_validate(payload)
    assert json.loads(parsed.model_dump_json()) == payload  # lossless round trip
    jsonschema.validate(payload, model.model_json_schema(mode="serialization"))


def test_every_event_topic_has_an_example() -> None:
    names = {p.stem.split(".claim-check")[0].split(".delete")[0] for p in EXAMPLES.glob("*.json")}
    assert set(MODELS) <= names


def test_unknown_fields_are_kept_and_passed_on() -> None:
    """A stage of an older release reads a newer payload: it neither refuses nor drops additions."""
    payload = json.loads((EXAMPLES / "doc.ingested.json").read_text()) | {"surprise": 1}
    parsed = MODELS["doc.ingested"].model_validate(payload)
    assert json.loads(parsed.model_dump_json())["surprise"] == 1


def test_wrong_shape_is_still_refused() -> None:
    payload = json.loads((EXAMPLES / "doc.ingested.json").read_text())
    del payload["doc_id"]
    with pytest.raises(ValueError, match="doc_id"):
        MODELS["doc.ingested"].model_validate(payload)


def test_asyncapi_document_names_every_topic_and_payload() -> None:
    doc = asyncapi_document()
    addresses = {c.get("address") for c in doc["channels"].values()}
    for topic in topics.PIPELINE_TOPICS:
        assert topic in addresses
    assert {"DocIngested", "DocSegmented", "DocEnriched", "EnrichedDocument", "DeadLetter"} <= set(
        doc["components"]["schemas"]
    )


def test_schema_command_writes_every_schema(tmp_path: Path) -> None:
    written = {p.name for p in write_schemas(tmp_path)}
    assert {"doc.enriched.schema.json", "enriched-document.schema.json", "asyncapi.json"} <= written
