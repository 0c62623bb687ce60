import pytest

from stukken.contracts import Segment, SegmentedDocument
from stukken.platform.claimcheck import ClaimCheckMismatch, check_in, check_out
from tests.fakes import MemoryStore


def doc(n: int) -> SegmentedDocument:
    segs = [Segment(id=f"s{i}", kind="paragraph", page=1, text="woord " * 50) for i in range(n)]
    return SegmentedDocument(segments=segs)


def test_small_payloads_stay_inline() -> None:
    assert check_in(MemoryStore(), "b", "segmented", doc(1), limit=10_000) is None


def test_large_payloads_are_stored_and_loaded_back() -> None:
    store, big = MemoryStore(), doc(200)
    ref = check_in(store, "b", "segmented", big, limit=10_000)
    assert ref is not None and ref.size > 10_000 and ref.key.startswith("claims/segmented/")
    assert check_out(store, ref, SegmentedDocument) == big


def test_a_tampered_payload_is_refused() -> None:
    store = MemoryStore()
    ref = check_in(store, "b", "segmented", doc(200), limit=10)
    assert ref is not None
    store.write("b", ref.key, doc(3).model_dump_json().encode())
    with pytest.raises(ClaimCheckMismatch):
        check_out(store, ref, SegmentedDocument)
