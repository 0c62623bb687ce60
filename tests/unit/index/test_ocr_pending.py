"""A document still being OCR'd is shown as pending, and leaves the list once it is indexed."""

from __future__ import annotations

from fastapi.testclient import TestClient

from services.index.api import create_api
from services.index.pending import STALE_AFTER, PendingOcr
from services.index.tantivy_index import TantivyIndex
from stukken.contracts.ocr import OcrProgress


def _progress(done: int, state: str = "ocr", version: str = "v2") -> OcrProgress:
    return OcrProgress(
        doc_id="d-scan",
        version=version,
        key="woo/besluit-scan.pdf",
        pages_total=300,
        pages_done=done,
        state=state,  # type: ignore[arg-type]
    )


def test_pending_until_the_version_it_was_ocr_for_is_indexed() -> None:
    held: dict[str, str] = {"d-scan": "v1"}
    pending = PendingOcr(held.get)
    pending.observe(_progress(120))
    assert [p.pages_done for p in pending.all()] == [120]
    pending.indexed("d-scan", "v1")  # an older version: still waiting for the new one
    assert pending.get("d-scan") is not None
    pending.observe(_progress(300, "done"))  # OCR done, not indexed yet: still pending
    assert pending.get("d-scan") is not None
    pending.indexed("d-scan", "v2")
    assert pending.all() == []


def test_the_end_of_an_older_versions_job_leaves_the_newer_one_pending() -> None:
    pending = PendingOcr(lambda _doc_id: None)
    pending.observe(_progress(3, version="v3"))
    pending.observe(_progress(300, "failed", version="v2"))  # v2 was replaced meanwhile
    assert [p.version for p in pending.all()] == ["v3"]


def test_read_again_at_start_a_document_already_indexed_is_not_pending() -> None:
    pending = PendingOcr({"d-scan": "v2"}.get)
    pending.observe(_progress(300, "done"))
    assert pending.all() == []
    pending.observe(_progress(5, "failed"))
    assert pending.all() == []


def test_the_search_page_and_view_show_ocr_progress(filled: TantivyIndex) -> None:
    pending = PendingOcr(lambda _doc_id: None)
    pending.observe(_progress(120))
    client = TestClient(create_api(filled, pending=pending.all))
    page = client.get("/", params={"q": "samenwerkingsverbanden"})
    assert page.status_code == 200 and "OCR 120/300" in page.text
    view = client.get("/view/d-scan")
    assert view.status_code == 200 and "OCR 120/300" in view.text
    assert client.get("/view/d-nothing").status_code == 404
    assert client.get("/ocr/pending").json()[0]["pages_done"] == 120


def test_the_reconciler_hears_of_a_document_being_ocrd(filled: TantivyIndex) -> None:
    """A long scan is not sent through the pipeline again while its pages are read."""
    pending = PendingOcr(lambda _doc_id: None)
    pending.observe(_progress(120))
    client = TestClient(create_api(filled, pending=pending.all))
    held = client.post("/index/versions", json={"doc_ids": ["d-scan", "d-samen"]}).json()
    assert held["d-scan"] == {"version": "v2", "state": "ocr"}
    assert held["d-samen"]["state"] == "indexed"
    stalled = _progress(120).model_copy(
        update={"updated_at": _progress(1).updated_at - STALE_AFTER}
    )
    pending.observe(stalled)  # no progress for an hour: lost, the reconciler may repair it
    assert "d-scan" not in client.post("/index/versions", json={"doc_ids": ["d-scan"]}).json()
