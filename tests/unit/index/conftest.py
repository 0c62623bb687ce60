from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from services.index.tantivy_index import TantivyIndex
from tests.fixtures.index_docs import corpus


@pytest.fixture
def index(tmp_path: Path) -> Iterator[TantivyIndex]:
    idx = TantivyIndex(tmp_path / "index", refresh_interval_s=0.05)
    yield idx
    idx.close()


@pytest.fixture
def filled(index: TantivyIndex) -> TantivyIndex:
    for doc in corpus():
        assert index.upsert(doc)
    index.flush()
    return index
