"""Downloaded PDFs on local disk, by version: a 300-page scan is fetched once, not 300 times.

Bounded by total size; the least recently used file goes first. Files are named by their
sha256 (the version), so a file is either the right bytes or absent.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

from stukken.platform.storage import ObjectMissing, ObjectStore


class SourceGone(Exception):
    """The object was deleted or replaced by a newer version: nothing to OCR any more."""


class PdfCache:
    def __init__(self, store: ObjectStore, limit_bytes: int, root: Path | None = None) -> None:
        self.store, self.limit = store, limit_bytes
        self.root = Path(tempfile.mkdtemp(prefix="stukken-ocr-", dir=root))
        self.files: OrderedDict[str, int] = OrderedDict()  # version -> size
        self.downloads = 0
        self._lock = threading.Lock()

    def path(self, bucket: str, key: str, version: str) -> Path:
        """The PDF `version` of bucket/key on local disk; `SourceGone` if that is not it now."""
        with self._lock:
            target = self.root / f"{version}.pdf"
            if version in self.files:
                self.files.move_to_end(version)
                return target
            try:
                obj = self.store.read(bucket, key)
            except ObjectMissing as exc:
                raise SourceGone(f"{key} was deleted") from exc
            if obj.sha256 != version:
                raise SourceGone(f"{key} was replaced by a newer version")
            self.downloads += 1
            target.write_bytes(obj.data)
            self.files[version] = obj.size
            while sum(self.files.values()) > self.limit and len(self.files) > 1:
                old, _ = self.files.popitem(last=False)
                (self.root / f"{old}.pdf").unlink(missing_ok=True)
            return target

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
