"""Shared helpers for the segmenter tests: the repo root on sys.path (for tests.fixtures) and the
shared corpus, found beside the repository (CI clones elsewhere) or via STUKKEN_SHARED_DIR."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def shared_dir() -> Path:
    env = os.environ.get("STUKKEN_SHARED_DIR")
    return Path(env) if env else ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = shared_dir() / "corpus"
    if not path.is_dir():
        pytest.skip(f"shared corpus not found at {path}")
    return path
