"""Index generations on disk: a rebuild writes a new folder beside the live one, then points to it.

`<index_dir>` is the first generation (the layout before rebuilds existed); a rebuild creates
`<index_dir>.gen-<UTC stamp>` and writes its name into `<index_dir>.current` (atomically, by
rename), which the service reads at start. The previous generation is kept (a rollback is
editing the pointer; searches still running on it finish); older ones are deleted at the next swap.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path


def pointer(root: Path) -> Path:
    return root.with_name(root.name + ".current")


def live_dir(root: Path) -> Path:
    """The generation the service opens: the one the pointer names, else `root` itself."""
    ptr = pointer(root)
    if ptr.exists():
        target = root.parent / ptr.read_text().strip()
        if target.is_dir():
            return target
    return root


def new_generation(root: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return root.with_name(f"{root.name}.gen-{stamp}")


def point_to(root: Path, generation: Path) -> None:
    ptr = pointer(root)
    tmp = ptr.with_name(ptr.name + ".tmp")
    tmp.write_text(generation.name + "\n")
    os.replace(tmp, ptr)


def prune(root: Path, keep: set[Path]) -> list[Path]:
    """Delete the generations not in `keep` (the first one, `root`, included)."""
    kept = {p.resolve() for p in keep}
    candidates = [root, *root.parent.glob(root.name + ".gen-*")]
    removed = [p for p in candidates if p.is_dir() and p.resolve() not in kept]
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    return removed
