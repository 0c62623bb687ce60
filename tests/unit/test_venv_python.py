"""deploy/local/python.sh: the interpreter `make venv` makes the venv from (interp41.md).

Of the candidates it is given, the usable ones (3.11+, ensurepip, Python.h) are scored by their
build as they describe themselves; the first with the best score wins, `python3` when none is
usable. Fake interpreters (shell scripts answering the probe) stand for the builds.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "deploy" / "local" / "python.sh"


def pick(*candidates: str) -> str:
    done = subprocess.run(
        ["bash", str(SCRIPT), *candidates], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


def fake(folder: Path, name: str, answer: str | None) -> str:
    """An 'interpreter' that answers the probe with `answer` (None: fails it, as one without
    ensurepip or Python.h, or older than 3.11, does)."""
    path = folder / name
    body = f'echo "{answer}"' if answer is not None else "exit 1"
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def test_the_first_with_the_best_build_wins(tmp_path: Path) -> None:
    shared = fake(tmp_path, "shared", "0 /opt/shared/python3.11")
    static = fake(tmp_path, "static", "1 /usr/bin/python3.11")
    static2 = fake(tmp_path, "static2", "1 /usr/local/bin/python3.11")
    pgo = fake(tmp_path, "pgo", "2 /opt/pgo/python3.11")
    assert pick(shared, static) == "/usr/bin/python3.11"
    assert pick(static, shared) == "/usr/bin/python3.11"
    assert pick(static, static2) == "/usr/bin/python3.11"
    assert pick(shared, static, pgo) == "/opt/pgo/python3.11"
    assert pick(shared) == "/opt/shared/python3.11"


def test_unusable_or_missing_candidates_are_passed_over(tmp_path: Path) -> None:
    unusable = fake(tmp_path, "unusable", None)
    shared = fake(tmp_path, "shared", "0 /opt/shared/python3.11")
    assert pick(unusable, shared) == "/opt/shared/python3.11"
    assert pick(str(tmp_path / "absent"), "no-such-python3.11", shared) == "/opt/shared/python3.11"


def test_none_usable_falls_back_to_python3(tmp_path: Path) -> None:
    assert pick(fake(tmp_path, "unusable", None), "no-such-python3.11") == "python3"
    assert pick() == "python3"


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/maps")
def test_this_interpreter_is_scored_by_what_it_says_of_itself(tmp_path: Path) -> None:
    usable = (Path(sysconfig.get_paths()["include"]) / "Python.h").exists()
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        usable = False
    chosen = pick(sys.executable)
    if not usable:
        assert chosen == "python3"
        return
    assert chosen == os.path.realpath(sys.executable)
    # its score, as the probe should find it: a fake with the same score after it loses (the
    # first of the best wins), one with a score above it wins
    args = sysconfig.get_config_var("CONFIG_ARGS") or ""
    shared = "libpython" in Path("/proc/self/maps").read_text()
    score = 2 if ("--enable-optimizations" in args or "--with-lto" in args) else 0 if shared else 1
    same = fake(tmp_path, "same", f"{score} /opt/same/python3.11")
    assert pick(sys.executable, same) == chosen
    above = fake(tmp_path, "above", f"{score + 1} /opt/above/python3.11")
    assert pick(sys.executable, above) == "/opt/above/python3.11"
