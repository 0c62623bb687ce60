"""CloudEvents Kafka protocol binding (binary mode): the event's attributes as `ce_` headers.

Generic tooling (routers, schema registries, CloudEvents SDKs) reads these headers; the payload
stays the stukken event as it is. `ce_id` is unique per published event, `ce_subject` is the
document, `ce_type` names the topic's event and its schema version.
"""

from __future__ import annotations

import uuid

from stukken.contracts.events import Envelope

SPEC_VERSION = "1.0"
SOURCE_PREFIX = "urn:stukken:"


def event_type(topic: str, schema_version: int) -> str:
    """`stukken.doc.enriched` -> `nl.stukken.doc.enriched.v1`."""
    return f"nl.{topic}.v{schema_version}"


def headers(event: Envelope, topic: str, source: str) -> dict[str, str]:
    """The binary-mode attributes of `event` published on `topic` by `source` (a stage name)."""
    return {
        "ce_specversion": SPEC_VERSION,
        "ce_id": uuid.uuid4().hex,
        "ce_source": SOURCE_PREFIX + source,
        "ce_type": event_type(topic, event.schema_version),
        "ce_subject": event.doc_id,
        "ce_time": event.occurred_at.isoformat().replace("+00:00", "Z"),
        "content-type": "application/json",
    }
