from datetime import UTC, datetime

from services.ingest.intake import admit
from services.ingest.s3_events import ObjectEvent
from stukken.contracts import DocIngested, DocRejected, doc_id_for
from stukken.platform.storage import StoredObject
from tests.fakes import MemoryStore

T = datetime(2026, 11, 28, tzinfo=UTC)


def created(key: str, size: int = 0) -> ObjectEvent:
    return ObjectEvent("created", "inbox", key, size, T, "aws:s3")


def test_a_pdf_is_admitted_with_its_hash_as_version(sample_pdf: bytes) -> None:
    store = MemoryStore()
    store.write("inbox", "a.pdf", sample_pdf)
    out = admit(created("a.pdf"), store, max_bytes=10**8, correlation_id="c1")
    assert isinstance(out, DocIngested)
    assert out.doc_id == doc_id_for("inbox", "a.pdf")
    assert out.version == out.source.sha256 and len(out.version) == 64
    assert out.source.size == len(sample_pdf) and out.source.uploaded_at == T
    assert out.correlation_id == "c1"


def test_non_pdf_bytes_are_rejected_with_a_reason() -> None:
    store = MemoryStore()
    store.write("inbox", "fake.pdf", b"<html>not a pdf</html>")
    out = admit(created("fake.pdf"), store, max_bytes=10**8, correlation_id="c")
    assert isinstance(out, DocRejected)
    assert out.reason == "not_a_pdf" and "%PDF-" in out.detail and out.stage == "ingest"


def test_a_header_after_a_little_junk_is_still_a_pdf() -> None:
    store = MemoryStore()
    store.write("inbox", "junk.pdf", b"\x00" * 100 + b"%PDF-1.7\n...")
    assert isinstance(
        admit(created("junk.pdf"), store, max_bytes=10**6, correlation_id="c"), DocIngested
    )


def test_too_large_and_empty_objects_are_rejected() -> None:
    store = MemoryStore()
    store.write("inbox", "big.pdf", b"%PDF-" + b"x" * 100)
    store.write("inbox", "empty.pdf", b"")
    big = admit(created("big.pdf"), store, max_bytes=50, correlation_id="c")
    told_big = admit(created("big.pdf", size=10**9), store, max_bytes=50, correlation_id="c")
    empty = admit(created("empty.pdf"), store, max_bytes=50, correlation_id="c")
    assert isinstance(big, DocRejected) and big.reason == "too_large"
    assert isinstance(told_big, DocRejected) and told_big.reason == "too_large"
    assert isinstance(empty, DocRejected) and empty.reason == "empty_object"


def test_an_object_gone_before_reading_is_skipped() -> None:
    assert admit(created("gone.pdf"), MemoryStore(), max_bytes=10, correlation_id="c") is None


def test_removal_becomes_a_delete_down_the_pipeline() -> None:
    event = ObjectEvent("removed", "inbox", "a.pdf", 0, T, "aws:s3")
    out = admit(event, MemoryStore(), max_bytes=10, correlation_id="c")
    assert isinstance(out, DocIngested) and out.op == "delete"
    assert out.doc_id == doc_id_for("inbox", "a.pdf")


def test_the_size_comes_from_a_head_not_from_the_event() -> None:
    """The gateway says size=0 after a multipart upload: the HEAD decides, nothing is read."""

    class NoReads(MemoryStore):
        def read(self, bucket: str, key: str, max_bytes: int | None = None) -> StoredObject:
            raise AssertionError("the body of an oversized object must not be read")

    store = NoReads()
    store.write("inbox", "multi.pdf", b"%PDF-" + b"x" * 100)
    out = admit(created("multi.pdf", size=0), store, max_bytes=50, correlation_id="c")
    assert isinstance(out, DocRejected) and out.reason == "too_large"
    assert out.source is not None and out.source.size == 105
    assert out.source.etag == store.stat("inbox", "multi.pdf").etag  # recorded in the ledger


def test_every_rejection_names_its_object() -> None:
    store = MemoryStore()
    store.write("inbox", "bad.pdf", b"no pdf here")
    out = admit(created("bad.pdf"), store, max_bytes=10**6, correlation_id="c")
    assert isinstance(out, DocRejected) and out.source is not None
    assert out.source.key == "bad.pdf" and out.version == out.source.sha256 != ""
