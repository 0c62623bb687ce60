"""Round 55 (bench/segment/speed23.md): the segmenter's isolated worker runs under jemalloc where
it is installed (stukken/platform/allocator.py, `ALLOCATOR`); STUKKEN_WORKER_MALLOC=system
keeps glibc's; the parent's environment is left as it was; the output is the same."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from services.segment.isolation import IsolatedSegmenter, segment_document
from services.segment.segmenter import segment_pdf
from services.segment.worker_process import IsolatedWorker
from stukken.contracts import Metadata, SegmentedDocument
from stukken.platform import allocator as allocation
from stukken.platform.allocator import ALLOCATOR, ALLOCATOR_SWITCH, LIBRARY_DIRS, allocator

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SETTINGS: dict[str, Any] = {"time_limit_s": 120.0, "memory_limit_mb": 1024, "recycle_after": 10}
INSTALLED = any(os.path.exists(os.path.join(folder, ALLOCATOR)) for folder in LIBRARY_DIRS)
needs_allocator = pytest.mark.skipif(not INSTALLED, reason=f"{ALLOCATOR} is not installed")


# A worker target: top-level, so the worker process imports it by name.
def mapped_allocator(data: bytes, ocr: bool, max_pages: int) -> SegmentedDocument:
    """A document whose title says whether the allocator is mapped in the worker, and its
    LD_PRELOAD."""
    maps = Path("/proc/self/maps").read_text()
    seen = {"mapped": "jemalloc" in maps, "preload": os.environ.get("LD_PRELOAD")}
    return SegmentedDocument(metadata=Metadata(title=json.dumps(seen)))


def _worker_sees(**options: object) -> dict[str, object]:
    with IsolatedSegmenter(
        target=mapped_allocator, max_pages=5, ocr=False, **SETTINGS, **options
    ) as seg:
        document = seg.segment_sync(b"a")
    title = document.metadata.title
    assert title is not None
    seen: dict[str, object] = json.loads(title)
    return seen


@needs_allocator
def test_the_segmenter_worker_runs_under_the_allocator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOCATOR_SWITCH, raising=False)
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    assert allocator() == ALLOCATOR
    assert _worker_sees() == {"mapped": True, "preload": ALLOCATOR}
    assert "LD_PRELOAD" not in os.environ  # this process's environment as it was
    assert "jemalloc" not in Path("/proc/self/maps").read_text()


@needs_allocator
def test_a_preload_already_set_is_kept_after_the_allocator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ALLOCATOR_SWITCH, raising=False)
    other = "libm.so.6"  # any library the linker finds: loaded twice is loaded once
    monkeypatch.setenv("LD_PRELOAD", other)
    assert _worker_sees() == {"mapped": True, "preload": f"{ALLOCATOR} {other}"}
    assert os.environ["LD_PRELOAD"] == other


@pytest.mark.parametrize("switch", ["system", "System "])
def test_the_switch_keeps_the_system_allocator(
    monkeypatch: pytest.MonkeyPatch, switch: str
) -> None:
    monkeypatch.setenv(ALLOCATOR_SWITCH, switch)
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    assert allocator() is None
    assert _worker_sees() == {"mapped": False, "preload": None}


def test_other_workers_do_not_ask_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOCATOR_SWITCH, raising=False)
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    worker = IsolatedWorker(target=mapped_allocator, max_pages=5, ocr=False, **SETTINGS)
    with worker:
        reply = worker.call_sync(b"a")
    assert json.loads(reply.metadata.title) == {"mapped": False, "preload": None}
    assert IsolatedSegmenter(**SETTINGS, max_pages=5, ocr=False).preload_allocator
    assert not IsolatedSegmenter(
        **SETTINGS, max_pages=5, ocr=False, preload_allocator=False
    ).preload_allocator


def test_not_installed_means_glibc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ALLOCATOR_SWITCH, raising=False)
    monkeypatch.setattr(allocation, "LIBRARY_DIRS", (str(tmp_path),))
    assert allocator() is None
    (tmp_path / ALLOCATOR).write_bytes(b"")
    assert allocator() == ALLOCATOR


def test_preloaded_restores_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    with allocation.preloaded(None):
        assert "LD_PRELOAD" not in os.environ
    with pytest.raises(RuntimeError), allocation.preloaded("liba.so"):
        assert os.environ["LD_PRELOAD"] == "liba.so"
        raise RuntimeError
    assert "LD_PRELOAD" not in os.environ
    monkeypatch.setenv("LD_PRELOAD", "libb.so")
    with allocation.preloaded("liba.so"):
        assert os.environ["LD_PRELOAD"] == "liba.so libb.so"
    assert os.environ["LD_PRELOAD"] == "libb.so"


SAME_OUTPUT = [
    *sorted((FIXTURES / "producers" / "pdf").glob("*.reportlab-glyph.pdf"))[:3],
    *sorted((FIXTURES / "producers" / "pdf").glob("*.libreoffice.pdf"))[:2],
]


@needs_allocator
def test_the_worker_under_the_allocator_segments_as_in_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ALLOCATOR_SWITCH, raising=False)
    assert SAME_OUTPUT
    with IsolatedSegmenter(target=segment_document, max_pages=200, ocr=True, **SETTINGS) as seg:
        for path in SAME_OUTPUT:
            data = path.read_bytes()
            here = segment_pdf(data, ocr=True, max_pages=200)
            there = seg.segment_sync(data)
            assert there.model_dump(mode="json") == here.model_dump(mode="json"), path.name
