"""The allocator the PDF-reading processes run under: jemalloc where it is installed.

pdfium's load of a page is allocation-heavy (C++ objects made and freed by the thousand a page:
glibc's malloc, free and fastbin consolidation were ~12 % of a per-glyph page's CPU,
bench/segment/speed23.md round 55); under jemalloc a per-glyph page is segmented ~6 % faster,
raw pdfium ~10 %, with the same output and peak RSS. The segmenter's worker process is started
with it preloaded (services/segment/worker_process.py), and the segment bench re-executes itself
under it (bench/segment/run.py), so its rows time what the service runs. `stukken process` does
not: a fresh process per document spends most of its time importing and building the enricher,
where jemalloc is no faster, and an exec costs more than it saves below some hundreds of pages
(bench/segment/jem42.md). `STUKKEN_WORKER_MALLOC=system` keeps glibc's.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

# By its soname, found the way the dynamic linker finds a library (Debian's libjemalloc2).
ALLOCATOR = "libjemalloc.so.2"
ALLOCATOR_SWITCH = "STUKKEN_WORKER_MALLOC"
# Set in a command re-executed under the allocator: it is never re-executed twice, even when
# the library, though present, could not be preloaded.
REEXECUTED = "STUKKEN_UNDER_ALLOCATOR"

# Where the dynamic linker finds Debian's and most distributions' libraries (a soname in
# LD_PRELOAD is looked up as a needed library is: ld.so.cache, then these).
LIBRARY_DIRS = (
    "/lib/x86_64-linux-gnu",
    "/usr/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
    "/usr/lib64",
    "/usr/lib",
    "/lib",
)


def allocator() -> str | None:
    """The library to preload (`ALLOCATOR`), or None: switched off (`ALLOCATOR_SWITCH` set to
    "system") or not installed. Only a fresh interpreter loads it (a spawned worker, a
    re-executed command); a forked one keeps its parent's."""
    if os.environ.get(ALLOCATOR_SWITCH, "").strip().lower() == "system":
        return None
    for folder in LIBRARY_DIRS:
        if os.path.exists(os.path.join(folder, ALLOCATOR)):
            return ALLOCATOR
    return None


def with_preload(library: str, environ: dict[str, str]) -> dict[str, str]:
    """`environ` with `library` first in LD_PRELOAD (kept as it is when already named)."""
    before = environ.get("LD_PRELOAD", "")
    if library in before.replace(":", " ").split():
        return environ
    return {**environ, "LD_PRELOAD": f"{library} {before}" if before else library}


@contextlib.contextmanager
def preloaded(library: str | None) -> Iterator[None]:
    """Within: LD_PRELOAD names `library` first (a spawned worker inherits the environment it
    is started in); after: the environment as it was. None: nothing changes."""
    if library is None:
        yield
        return
    before = os.environ.get("LD_PRELOAD")
    os.environ["LD_PRELOAD"] = with_preload(library, dict(os.environ))["LD_PRELOAD"]
    try:
        yield
    finally:
        if before is None:
            del os.environ["LD_PRELOAD"]
        else:
            os.environ["LD_PRELOAD"] = before


def mapped(library: str, maps: Path = Path("/proc/self/maps")) -> bool:
    """Whether this process has `library` loaded (its soname's stem in a mapped file's name)."""
    stem = library.split(".so")[0]
    try:
        return stem in maps.read_text()
    except OSError:
        return False


def reexecution(environ: dict[str, str]) -> tuple[str, list[str], dict[str, str]] | None:
    """How to run this command again under the allocator (executable, argv, environment), or
    None to go on as it is: no allocator, not Linux, already under it, or re-executed once."""
    library = allocator()
    if library is None or not sys.platform.startswith("linux") or environ.get(REEXECUTED):
        return None
    if mapped(library):
        return None
    return sys.executable, list(sys.orig_argv), {**with_preload(library, environ), REEXECUTED: "1"}


def run_under_allocator() -> None:
    """Replace this process by itself under the allocator, when `reexecution` says so; where
    exec fails, go on under the system allocator (slower, the same output)."""
    plan = reexecution(dict(os.environ))
    if plan is None:
        return
    executable, argv, environ = plan
    sys.stdout.flush()
    sys.stderr.flush()
    with contextlib.suppress(OSError):
        os.execve(executable, argv, environ)
