"""A process (the segment bench) re-executes itself once under the segmenter worker's allocator
(jemalloc, where installed: stukken/platform/allocator.py, bench/segment/jem42.md); `stukken
process` prints the same document under either allocator."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stukken.platform import allocator as allocation
from stukken.platform.allocator import (
    ALLOCATOR,
    ALLOCATOR_SWITCH,
    REEXECUTED,
    allocator,
    reexecution,
    with_preload,
)

PROBE = (
    "from stukken.platform.allocator import run_under_allocator, mapped, ALLOCATOR;"
    "run_under_allocator(); import json, os;"
    "print(json.dumps([mapped(ALLOCATOR), os.environ.get('LD_PRELOAD')]))"
)


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The allocator present, not loaded here, not switched off, not re-executed before."""
    (tmp_path / ALLOCATOR).write_bytes(b"")
    monkeypatch.setattr(allocation, "LIBRARY_DIRS", (str(tmp_path),))
    monkeypatch.setattr(allocation, "mapped", lambda library: False)
    monkeypatch.delenv(ALLOCATOR_SWITCH, raising=False)


@pytest.mark.usefixtures("installed")
def test_a_command_is_run_again_under_the_allocator_once() -> None:
    plan = reexecution({"PATH": "/bin"})
    assert plan is not None
    executable, argv, environ = plan
    assert executable == sys.executable
    assert argv == sys.orig_argv
    assert environ == {"PATH": "/bin", "LD_PRELOAD": ALLOCATOR, REEXECUTED: "1"}
    assert reexecution(environ) is None  # the second run goes on, whatever it could load


@pytest.mark.usefixtures("installed")
def test_a_preload_already_set_is_kept_behind_it() -> None:
    plan = reexecution({"LD_PRELOAD": "libm.so.6"})
    assert plan is not None
    assert plan[2]["LD_PRELOAD"] == f"{ALLOCATOR} libm.so.6"
    assert with_preload(ALLOCATOR, {"LD_PRELOAD": f"x.so:{ALLOCATOR}"}) == {
        "LD_PRELOAD": f"x.so:{ALLOCATOR}"
    }


@pytest.mark.usefixtures("installed")
def test_no_run_again_when_switched_off_or_already_loaded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ALLOCATOR_SWITCH, "system")
    assert reexecution({}) is None
    monkeypatch.delenv(ALLOCATOR_SWITCH)
    monkeypatch.setattr(allocation, "mapped", lambda library: True)
    assert reexecution({}) is None


def test_no_run_again_where_the_allocator_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(allocation, "LIBRARY_DIRS", (str(tmp_path),))
    assert reexecution({}) is None


def test_mapped_reads_the_process_maps(tmp_path: Path) -> None:
    maps = tmp_path / "maps"
    maps.write_text("7f00-7f01 r-xp 0 08:01 1 /usr/lib/x86_64-linux-gnu/libjemalloc.so.2\n")
    assert allocation.mapped(ALLOCATOR, maps)
    maps.write_text("7f00-7f01 r-xp 0 08:01 1 /usr/lib/x86_64-linux-gnu/libc.so.6\n")
    assert not allocation.mapped(ALLOCATOR, maps)
    assert not allocation.mapped(ALLOCATOR, tmp_path / "absent")


def test_a_real_process_runs_again_under_the_allocator_where_installed() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", REEXECUTED)}
    env.pop(ALLOCATOR_SWITCH, None)
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    loaded, preload = json.loads(out.stdout)
    if allocator() is None:  # CI installs libjemalloc2 (make system-deps): this is elsewhere
        assert (loaded, preload) == (False, None)
    else:
        assert (loaded, preload) == (True, ALLOCATOR)
    env[ALLOCATOR_SWITCH] = "system"
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert json.loads(out.stdout) == [False, None]


def test_stukken_process_prints_the_same_document_under_either_allocator(corpus: Path) -> None:
    pdf = corpus / "kamervragen" / "00fe7edd-24c8-4857-98da-774ed3b06836.pdf"
    outputs = []
    for switch in ("", "system"):
        env = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", REEXECUTED)}
        env[ALLOCATOR_SWITCH] = switch
        if switch == "" and allocator() is not None:
            env["LD_PRELOAD"] = ALLOCATOR
        run = subprocess.run(
            [sys.executable, "-m", "stukken.cli", "process", str(pdf), "--json"],
            env=env,
            capture_output=True,
            timeout=300,
        )
        assert run.returncode == 0, run.stderr.decode(errors="replace")[-2000:]
        outputs.append(json.loads(run.stdout))
    for doc in outputs:
        doc.pop("processed_at", None)
    assert outputs[0]["segments"] and outputs[0]["segments"] == outputs[1]["segments"]
