"""A document's tantivy records are made one at a time as the writer takes them: every segment
record carries the document's facet values, so a long document's records held at once cost
hundreds of MiB (bench/e2e/report.md: the index service's peak on a 1,000-page PDF)."""

from __future__ import annotations

import inspect

from services.index.facts import body_segments
from services.index.tantivy_index import _records
from tests.fixtures.index_docs import corpus


def test_records_are_made_one_at_a_time() -> None:
    doc = corpus()[0]
    records = _records(doc)
    assert inspect.isgenerator(records)
    first = next(records)
    assert first.to_dict()["rec"] == ["doc"]
    # the head, the blob and one record a body segment, as before
    assert 1 + sum(1 for _ in records) == 2 + len(body_segments(doc))
