"""Index generations: the pointer a rebuild writes, what the service opens, what is pruned."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from services.index import generations


def test_without_a_pointer_the_first_generation_is_the_index_folder(tmp_path: Path) -> None:
    root = tmp_path / "index"
    assert generations.live_dir(root) == root


def test_the_pointer_names_the_live_generation_and_pruning_keeps_live_and_previous(
    tmp_path: Path,
) -> None:
    root = tmp_path / "index"
    root.mkdir()
    first = generations.new_generation(root, datetime(2026, 1, 1, tzinfo=UTC))
    second = generations.new_generation(root, datetime(2026, 1, 2, tzinfo=UTC))
    assert first.parent == root.parent and first.name.startswith("index.gen-")
    for gen in (first, second):
        gen.mkdir()
    generations.point_to(root, first)
    assert generations.live_dir(root) == first
    generations.point_to(root, second)
    assert generations.live_dir(root) == second
    removed = generations.prune(root, {first, second})
    assert removed == [root] and first.is_dir() and second.is_dir()


def test_a_pointer_to_a_missing_folder_falls_back_to_the_index_folder(tmp_path: Path) -> None:
    root = tmp_path / "index"
    generations.point_to(root, root.with_name("index.gen-gone"))
    assert generations.live_dir(root) == root
