from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from stukken.contracts import cloudevents
from stukken.contracts.events import DocIngested

EXAMPLE = Path(__file__).parents[2] / "stukken" / "contracts" / "examples" / "doc.ingested.json"


def test_headers_follow_the_kafka_binding() -> None:
    event = DocIngested.model_validate(json.loads(EXAMPLE.read_text()))
    headers = cloudevents.headers(event, "stukken.doc.ingested", "ingest")
    assert headers["ce_specversion"] == "1.0"
    assert headers["ce_type"] == "nl.stukken.doc.ingested.v1"
    assert headers["ce_source"] == "urn:stukken:ingest"
    assert headers["ce_subject"] == event.doc_id
    assert headers["content-type"] == "application/json"
    assert datetime.fromisoformat(headers["ce_time"]) == event.occurred_at  # RFC 3339, UTC


def test_every_published_event_gets_its_own_id() -> None:
    event = DocIngested.model_validate(json.loads(EXAMPLE.read_text()))
    ids = {cloudevents.headers(event, "stukken.doc.ingested", "ingest")["ce_id"] for _ in range(3)}
    assert len(ids) == 3
