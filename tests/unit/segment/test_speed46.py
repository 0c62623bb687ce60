"""Round 46 (bench/segment/speed23.md): the collector's setting where documents are segmented
(services/segment/collector.py), made in the isolated worker and by `stukken process`, undone
after `tuned_collector`."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from services.segment.collector import YOUNG_THRESHOLD, tuned_collector
from services.segment.isolation import IsolatedSegmenter
from stukken.cli import app
from stukken.contracts import DocRejected, Metadata, SegmentedDocument, Source


def _state() -> str:
    return f"{gc.get_threshold()[0]}:{gc.get_freeze_count() > 0}"


# A worker target: top-level, so the worker process imports it by name.
def collector_state(data: bytes, ocr: bool, max_pages: int) -> SegmentedDocument:
    """A document whose title says the collector's setting the worker works under."""
    return SegmentedDocument(metadata=Metadata(title=_state()))


def test_tuned_collector_sets_and_restores() -> None:
    before = (gc.get_threshold(), gc.get_freeze_count())
    assert before[0][0] != YOUNG_THRESHOLD
    with tuned_collector():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *before[0][1:])
        assert gc.get_freeze_count() > 0
        garbage: list[object] = []
        garbage.append(garbage)  # a cycle made after the freeze is still collected
        del garbage
        assert gc.collect() >= 1
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


async def test_the_worker_segments_under_the_tuned_collector() -> None:
    settings = {"time_limit_s": 60.0, "memory_limit_mb": 1024, "recycle_after": 10}
    with IsolatedSegmenter(target=collector_state, max_pages=5, ocr=False, **settings) as seg:
        first = await seg.segment(b"a")
        second = await seg.segment(b"b")
    assert first.metadata.title == second.metadata.title == f"{YOUNG_THRESHOLD}:True"
    assert _state() != f"{YOUNG_THRESHOLD}:True"  # this process untouched


def test_stukken_process_runs_under_the_tuned_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def process_file(path: Path) -> DocRejected:
        seen.append(_state())
        source = Source(bucket="local", key=path.name, size=1, sha256="0" * 64)
        return DocRejected(
            doc_id="0" * 32, version="0" * 64, source=source, stage="segment",
            reason="unreadable_pdf", detail="a stand-in",
        )  # fmt: skip

    monkeypatch.setattr("stukken.embedded.process_file", process_file)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    before = _state()
    result = CliRunner().invoke(app, ["process", str(pdf)])
    assert result.exit_code == 2, result.output
    assert seen == [f"{YOUNG_THRESHOLD}:True"]
    assert _state() == before
