"""Pid files and process control of the local stack, with real (tiny) processes."""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path

import psutil
import pytest

from stukken.localstack import processes
from stukken.localstack.processes import PidRecord

SLEEPER = [sys.executable, "-c", "import time; time.sleep(60)"]
STUBBORN = [
    sys.executable,
    "-c",
    "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(60)",
]
PARENT_OF_SLEEPER = [
    sys.executable,
    "-c",
    "import subprocess, sys, time;"
    "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']);"
    "print(p.pid, flush=True); time.sleep(60)",
]


def test_pid_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "run" / "kafka.pid"
    record = PidRecord(1234, 1700000000.5, ("java", "kafka.Kafka"))
    processes.write_pid_file(path, record)
    assert processes.read_pid_file(path) == record
    assert not list(path.parent.glob("*.tmp"))


@pytest.mark.parametrize("content", [None, "", "garbage", "{}", '{"pid": "x", "create_time": 1}'])
def test_missing_or_broken_pid_file_reads_as_none(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "x.pid"
    if content is not None:
        path.write_text(content)
    assert processes.read_pid_file(path) is None
    assert processes.live_record(path) is None
    assert not path.exists()  # a broken file is cleaned up


def test_recycled_pid_is_not_alive_and_is_never_signalled(tmp_path: Path) -> None:
    path = tmp_path / "s3gateway.pid"
    me = psutil.Process(os.getpid())
    processes.write_pid_file(path, PidRecord(me.pid, me.create_time() - 1000.0))
    assert processes.live_record(path) is None
    assert not path.exists()
    processes.write_pid_file(path, PidRecord(me.pid, me.create_time() - 1000.0))
    assert processes.stop(path, timeout_s=0.1) == "not running"  # and we are still here


def test_pid_of_an_exited_process_is_stale(tmp_path: Path) -> None:
    path = tmp_path / "quick.pid"
    record = processes.start(
        [sys.executable, "-c", "pass"], pid_file=path, log_file=tmp_path / "quick.log"
    )
    processes.wait_until(lambda: not processes.is_alive(record), timeout_s=10)
    assert processes.live_record(path) is None
    assert not path.exists()


def test_start_then_stop(tmp_path: Path) -> None:
    path, log = tmp_path / "run" / "svc.pid", tmp_path / "log" / "svc.log"
    record = processes.start(SLEEPER, pid_file=path, log_file=log)
    assert processes.read_pid_file(path) == record
    assert processes.is_alive(record)
    assert processes.live_record(path) == record
    assert "start:" in log.read_text()
    assert processes.stop(path, timeout_s=5) == "stopped"
    assert not path.exists()
    assert not processes.is_alive(record)
    assert processes.stop(path) == "not running"  # idempotent


def test_stop_escalates_to_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "stubborn.pid"
    record = processes.start(STUBBORN, pid_file=path, log_file=tmp_path / "stubborn.log")
    time.sleep(0.3)  # let it install its SIGTERM handler
    how = processes.stop(path, timeout_s=0.5)
    assert how.startswith("killed")
    assert not processes.is_alive(record)
    assert not path.exists()


def test_stop_takes_the_whole_process_group(tmp_path: Path) -> None:
    path, log = tmp_path / "parent.pid", tmp_path / "parent.log"
    processes.start(PARENT_OF_SLEEPER, pid_file=path, log_file=log)

    def child_pid() -> int:
        lines = [ln for ln in log.read_text().splitlines() if ln.strip().isdigit()]
        return int(lines[-1]) if lines else 0

    processes.wait_until(lambda: child_pid() > 0, timeout_s=10)
    child = psutil.Process(child_pid())
    assert processes.stop(path, timeout_s=5) == "stopped"
    processes.wait_until(
        lambda: not child.is_running() or child.status() == psutil.STATUS_ZOMBIE, timeout_s=5
    )


def test_wait_until_reports_the_last_error() -> None:
    def never() -> bool:
        raise ConnectionRefusedError("nobody home")

    with pytest.raises(processes.WaitTimeout, match="nobody home"):
        processes.wait_until(never, timeout_s=0.3, interval_s=0.05, what="kafka")
    assert not processes.wait_until(lambda: False, timeout_s=0.1, raise_on_timeout=False)


def test_wait_until_succeeds_and_aborts() -> None:
    calls = iter([False, False, True])
    assert processes.wait_until(lambda: next(calls), timeout_s=5, interval_s=0.01)
    with pytest.raises(processes.WaitTimeout, match="process exited"):
        processes.wait_until(
            lambda: False, timeout_s=30, interval_s=0.01, abort=lambda: "the process exited"
        )


def test_port_in_use() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        assert processes.port_in_use("127.0.0.1", port)
    assert not processes.port_in_use("127.0.0.1", port)


def test_log_tail(tmp_path: Path) -> None:
    log = tmp_path / "x.log"
    log.write_text("".join(f"line {i}\n" for i in range(100)))
    assert processes.log_tail(log, lines=2) == "line 98\nline 99"
    assert processes.log_tail(tmp_path / "missing.log") == ""
