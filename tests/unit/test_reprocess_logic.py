"""stukken reprocess without a broker: selection, the events sent, the change summary, resuming."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from stukken.contracts import DocEnriched, DocIngested, DocSegmented, EnrichedDocument, topics
from stukken.reprocess_logic import Changes, Checkpoint, checkpoint_path, rerun_event, selected
from tests.fixtures.index_docs import corpus, later


def event_of(doc: EnrichedDocument) -> DocEnriched:
    return DocEnriched(doc_id=doc.doc_id, version=doc.version, source=doc.source, document=doc)


def test_selection_by_prefix_doc_type_and_upload_date() -> None:
    doc = corpus()[0]
    event = event_of(doc)
    assert selected(event, doc, prefix=None, doc_type=None, since=None)
    assert not selected(event, doc, prefix="elders/", doc_type=None, since=None)
    assert selected(event, doc, prefix=doc.source.key[:3], doc_type=None, since=None)
    assert not selected(event, doc, prefix=None, doc_type="woo_besluit", since=None)
    assert selected(event, doc, prefix=None, doc_type=doc.metadata.doc_type, since=None)
    assert not selected(
        event, doc, prefix=None, doc_type=None, since=datetime(2100, 1, 1, tzinfo=UTC)
    )


def test_the_rerun_event_is_the_stage_input_for_the_same_bytes() -> None:
    doc = corpus()[0].model_copy(update={"logic_version": "segment:2+enrich:1"})
    event = event_of(doc)
    seg, topic = rerun_event("segment", event, doc)
    assert isinstance(seg, DocIngested) and topic == topics.DOC_INGESTED
    enr, topic = rerun_event("enrich", event, doc)
    assert isinstance(enr, DocSegmented) and topic == topics.DOC_SEGMENTED
    assert (enr.doc_id, enr.version, enr.segments) == (doc.doc_id, doc.version, doc.segments)
    assert enr.logic_version == "segment:2" and enr.correlation_id != event.correlation_id


def test_changes_count_added_and_removed_parts() -> None:
    before = corpus()[1]
    after = later(before, minutes=0, text="Een heel andere tekst.").model_copy(
        update={"references": [], "entities": before.entities}
    )
    changes = Changes()
    changes.add(before, before)
    changes.add(before, after)
    assert (changes.documents, changes.changed) == (2, 1)
    assert changes.counts["references"] == [0, len(before.references)]
    added, removed = changes.counts["segments"]
    assert added >= 1 and removed >= 1


def test_a_checkpoint_resumes_an_interrupted_run(tmp_path: Path) -> None:
    path = checkpoint_path(tmp_path, "enrich", "prefix/", None, None)
    assert path != checkpoint_path(tmp_path, "enrich", "other/", None, None)
    first = Checkpoint(path)
    first.mark("d1")
    first.save()
    assert Checkpoint(path).done == {"d1"}
    Checkpoint(path).finish()
    assert Checkpoint(path).done == set()
