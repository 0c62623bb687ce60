"""Documents still being OCR'd, so the search page shows them as pending rather than missing.

Fed by the compacted progress topic `stukken.ocr.progress` (read from its beginning at every
start; every index replica reads all of it). A document leaves the list when the index holds
the version whose OCR it was, when it is deleted, or when its OCR ended otherwise (rejected,
or the object was deleted or replaced meanwhile: state `failed`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

from stukken.contracts.events import now
from stukken.contracts.ocr import OcrProgress

# A document whose OCR made no progress for this long counts as lost to the reconciler, which
# then sends it through again (the pages already read are not read again).
STALE_AFTER = timedelta(hours=1)
VersionOf = Callable[[str], str | None]  # doc_id -> the version the index holds (or None)


class PendingOcr:
    def __init__(self, indexed_version: VersionOf) -> None:
        self.indexed_version = indexed_version
        self._docs: dict[str, OcrProgress] = {}
        self._lock = threading.Lock()

    def observe(self, progress: OcrProgress) -> None:
        over = progress.state == "failed" or (
            progress.state == "done" and self.indexed_version(progress.doc_id) == progress.version
        )
        with self._lock:
            held = self._docs.get(progress.doc_id)
            if over and held is not None and held.version != progress.version:
                return  # an older version's job ended; the newer one is still on its way
            if over:
                self._docs.pop(progress.doc_id, None)
            else:
                self._docs[progress.doc_id] = progress

    def indexed(self, doc_id: str, version: str) -> None:
        with self._lock:
            found = self._docs.get(doc_id)
            if found is not None and found.version == version:
                del self._docs[doc_id]

    def forget(self, doc_id: str) -> None:
        with self._lock:
            self._docs.pop(doc_id, None)

    def get(self, doc_id: str) -> OcrProgress | None:
        return self._docs.get(doc_id)

    def all(self) -> list[OcrProgress]:
        """Oldest first."""
        with self._lock:
            return sorted(self._docs.values(), key=lambda p: p.updated_at)


def still_moving(progress: OcrProgress) -> bool:
    return now() - progress.updated_at < STALE_AFTER
