"""The index follows the bucket: what a delete or a rejection may change in it.

Anyone who can write to Kafka can send a `delete`; before one is applied, the bucket is asked
whether the object is really gone (a HEAD), and the event's doc_id must be the one of its key.
"""

from __future__ import annotations

from collections.abc import Callable

from stukken.contracts import doc_id_for
from stukken.contracts.events import SourcedEvent


def delete_refusal(event: SourcedEvent, exists: Callable[[str, str], bool]) -> str | None:
    """Why this delete must not be applied; None when the object is gone."""
    source = event.source
    if doc_id_for(source.bucket, source.key) != event.doc_id:
        return "the delete's doc_id is not the one of its bucket and key"
    if exists(source.bucket, source.key):
        return "the object is still in the bucket"
    return None
