"""Background processes of the local stack: pid files, start, stop, and waiting for health.

A pid file holds the pid *and* the process's start time, so a recycled pid never makes
`down` signal a stranger. Every process is started in its own session (process group), so
stopping it also stops the workers it spawned.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

# Popen handles of the processes this interpreter started, so they can be reaped (no zombies
# in long-lived callers such as the test-suite).
_children: dict[int, subprocess.Popen[bytes]] = {}


class WaitTimeout(TimeoutError):
    """A condition did not become true in time; `last_error` says why, when known."""

    def __init__(self, what: str, timeout_s: float, last_error: str | None) -> None:
        self.last_error = last_error
        detail = f": {last_error}" if last_error else ""
        super().__init__(f"{what} not ready after {timeout_s:.0f} s{detail}")


class WaitAborted(WaitTimeout):
    """Waiting was given up early: the thing waited for cannot come any more."""

    def __init__(self, what: str, elapsed_s: float, reason: str) -> None:
        self.last_error = reason
        TimeoutError.__init__(self, f"{what} gave up after {elapsed_s:.1f} s: {reason}")


@dataclass(frozen=True)
class PidRecord:
    pid: int
    create_time: float
    argv: tuple[str, ...] = ()


def write_pid_file(path: Path, record: PidRecord) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    payload = {"pid": record.pid, "create_time": record.create_time, "argv": list(record.argv)}
    tmp.write_text(json.dumps(payload))
    tmp.replace(path)


def read_pid_file(path: Path) -> PidRecord | None:
    """The record in `path`, or None when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text())
        return PidRecord(int(data["pid"]), float(data["create_time"]), tuple(data.get("argv", ())))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remove_pid_file(path: Path) -> None:
    path.unlink(missing_ok=True)


def _reap(pid: int) -> None:
    child = _children.get(pid)
    if child is not None:
        child.poll()  # reaps it; the handle stays for exit_code()
        return
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def exit_code(record: PidRecord) -> int | None:
    """The exit code of a process this interpreter started and that has ended, else None."""
    child = _children.get(record.pid)
    return child.poll() if child is not None else None


def _threads_left(pid: int) -> bool:
    """A "zombie" leader whose other threads still run (a JVM shutting down) is not gone yet."""
    try:
        return len(os.listdir(f"/proc/{pid}/task")) > 1
    except OSError:
        return False


def is_alive(record: PidRecord) -> bool:
    """True when the process of `record` runs: same pid, same start time, not a zombie."""
    _reap(record.pid)
    try:
        proc = psutil.Process(record.pid)
        if abs(proc.create_time() - record.create_time) > 1.0:
            return False  # the pid was recycled by another process
        if proc.status() == psutil.STATUS_ZOMBIE:
            _reap(record.pid)  # it may have died just after the first reap
            return _threads_left(record.pid)
        return True
    except psutil.Error:
        return False


def live_record(pid_file: Path) -> PidRecord | None:
    """The pid file's record when its process still runs; a stale file is removed."""
    record = read_pid_file(pid_file)
    if record is None:
        if pid_file.exists():
            remove_pid_file(pid_file)
        return None
    if is_alive(record):
        return record
    remove_pid_file(pid_file)
    return None


def start(
    argv: Sequence[str],
    *,
    pid_file: Path,
    log_file: Path,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> PidRecord:
    """Start `argv` detached in its own session, stdout+stderr appended to `log_file`."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        log.write(f"\n--- {time.strftime('%Y-%m-%d %H:%M:%S')} start: {' '.join(argv)}\n".encode())
        log.flush()
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=dict(env) if env is not None else None,
            cwd=cwd,
            start_new_session=True,
        )
    _children[proc.pid] = proc
    try:
        created = psutil.Process(proc.pid).create_time()
    except psutil.Error:
        created = time.time()
    record = PidRecord(proc.pid, created, tuple(argv))
    write_pid_file(pid_file, record)
    return record


def _signal(record: PidRecord, sig: signal.Signals) -> None:
    try:
        if os.getpgid(record.pid) == record.pid:
            os.killpg(record.pid, sig)  # the session leader: signal its whole group
        else:
            os.kill(record.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def stop(pid_file: Path, *, timeout_s: float = 20.0) -> str:
    """Stop the process of `pid_file`: SIGTERM, then SIGKILL after `timeout_s`.

    Returns what happened, in words. Never signals a process whose start time differs from
    the one recorded (a recycled pid).
    """
    record = live_record(pid_file)
    if record is None:
        return "not running"
    _signal(record, signal.SIGTERM)
    if wait_until(lambda: not is_alive(record), timeout_s=timeout_s, raise_on_timeout=False):
        how = "stopped"
    else:
        _signal(record, signal.SIGKILL)
        wait_until(lambda: not is_alive(record), timeout_s=5.0, raise_on_timeout=False)
        how = f"killed (no exit {timeout_s:.0f} s after SIGTERM)"
    if not is_alive(record):
        remove_pid_file(pid_file)
        return how
    return f"pid {record.pid} survived SIGKILL"


def wait_until(
    condition: Callable[[], bool],
    *,
    timeout_s: float,
    interval_s: float = 0.2,
    what: str = "condition",
    raise_on_timeout: bool = True,
    abort: Callable[[], str | None] | None = None,
) -> bool:
    """Poll `condition` until it is true or `timeout_s` passes.

    An exception raised by `condition` counts as "not yet" and is kept as the reason shown on
    timeout. `abort` may return a reason to give up early (e.g. the process exited).
    """
    deadline = time.monotonic() + timeout_s
    last_error: str | None = None
    while True:
        try:
            if condition():
                return True
        except Exception as exc:
            last_error = f"{type(exc).__name__}: {exc}"
        if abort is not None:
            reason = abort()
            if reason:
                if raise_on_timeout:
                    raise WaitAborted(what, time.monotonic() - deadline + timeout_s, reason)
                return False
        if time.monotonic() >= deadline:
            if raise_on_timeout:
                raise WaitTimeout(what, timeout_s, last_error)
            return False
        time.sleep(interval_s)


def port_in_use(host: str, port: int) -> bool:
    """True when something accepts TCP connections on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def log_tail(log_file: Path, lines: int = 15) -> str:
    try:
        with log_file.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(0, fh.tell() - 8192))
            text = fh.read().decode(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])
