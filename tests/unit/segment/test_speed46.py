"""Round 46 (bench/segment/speed23.md): the collector's setting where documents are segmented
(services/segment/collector.py), made in the isolated worker and by `stukken process`, undone
after `tuned_collector`; and `group_lines`' rows, spans kept in place."""

from __future__ import annotations

import gc
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from services.segment.collector import YOUNG_THRESHOLD, tuned_collector
from services.segment.isolation import IsolatedSegmenter
from services.segment.layout.lines import (
    _SPECK,
    _SPECK_TEXT,
    Line,
    _make_line,
    _same_row,
    group_lines,
)
from services.segment.layout.words import Run
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


def _old_group_lines(runs: list[Run], page: int, zone: str) -> list[Line]:
    """`group_lines` as it was before round 46: a row's span a new tuple each time it grew."""
    rows: list[list[Run]] = []
    spans: list[tuple[float, float, float]] = []  # bottom, top, largest size so far
    for run in sorted(runs, key=lambda r: -(r.y0 + r.y1)):
        y0, y1 = run.y0, run.y1
        for i in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            lo, hi, size = spans[i]
            if (lo >= y1 or hi <= y0) and hi - lo > 0.1 and y1 >= y0:
                continue
            if _same_row(lo, hi, y0, y1):
                rows[i].append(run)
                if run.size >= size and y1 - y0 <= 2 * (hi - lo):
                    spans[i] = (min(lo, y0), max(hi, y1), run.size)
                break
        else:
            rows.append([run])
            spans.append((y0, y1, run.size))
    for i in range(len(rows) - 1, 0, -1):
        lo, hi, size = spans[i]
        above_lo, above_hi, above_size = spans[i - 1]
        if (
            size < _SPECK * above_size
            and above_lo <= (lo + hi) / 2 <= above_hi
            and hi <= above_hi
            and all(_SPECK_TEXT.fullmatch(run.text.strip()) for run in rows[i])
            and max(r.x1 for r in rows[i - 1]) - above_size
            <= min(r.x0 for r in rows[i])
            <= max(r.x1 for r in rows[i - 1]) + above_size
        ):
            rows[i - 1] += rows.pop(i)
            del spans[i]
    lines = [_make_line(row, page, zone) for row in rows]
    return sorted((ln for ln in lines if ln.text or ln.label), key=lambda ln: -ln.y1)


def _random_runs(rng: random.Random) -> list[Run]:
    """Rows of runs with jittered boxes: tall boxes over lines, flat boxes, small specks and
    raised numbers near the row above, sizes that grow along a row, equal keys."""
    runs: list[Run] = []
    top = 800.0
    for _ in range(rng.randint(0, 25)):
        size = rng.choice([6.0, 8.0, 10.0, 11.0, 12.0, 20.0])
        x = 50.0
        for _ in range(rng.randint(1, 6)):
            kind = rng.random()
            text = rng.choice(["word ", "Het", "1", "2,3", ".", ",", "(4)", " ", "a b", "12"])
            width = rng.uniform(2, 60)
            y0 = top - size + rng.choice([0.0, 0.0, rng.uniform(-2, 2)])
            y1 = y0 + size * rng.uniform(0.7, 1.1)
            run_size = size * rng.choice([1.0, 1.0, 0.5, 1.2])
            if kind < 0.05:  # a box over lines
                y0 -= 3 * size
            elif kind < 0.1:  # a flat box
                y1 = y0
            elif kind < 0.2:  # a speck in the line's box
                y0, y1 = top - size * 0.8, top - size * 0.4
                run_size = size * 0.4
            runs.append(Run(text, x, y0, x + width, y1, run_size, base=y0 + 1))
            x += width + rng.choice([0.0, 1.0, 3.0, 30.0])
        top -= size * rng.choice([1.2, 0.9, 0.5, 2.0])
    rng.shuffle(runs)
    return runs


def _seen(lines: list[Line]) -> list[tuple[object, ...]]:
    return [
        (ln.x0, ln.y0, ln.x1, ln.y1, ln.base, ln.size, ln.bold, ln.text, ln.refs, ln.label,
         ln.cells, ln.zone, ln.plain_end)
        for ln in lines
    ]  # fmt: skip


def test_group_lines_as_before_on_random_rows() -> None:
    rng = random.Random(46)
    merged = 0
    for _ in range(3000):
        runs = _random_runs(rng)
        old = _seen(_old_group_lines(list(runs), 1, "body"))
        new = _seen(group_lines(list(runs), 1, "body"))
        assert new == old
        merged += sum(len(ln[8]) for ln in new)  # type: ignore[arg-type]  # refs taken out
    assert merged > 0
