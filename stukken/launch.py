"""The `stukken` command's entry point.

`stukken process` reads PDFs in its own process, so before anything is imported it re-executes
itself once under the allocator the segmenter's worker runs under (jemalloc, where installed:
stukken/platform/allocator.py; bench/segment/jem42.md). Every other command runs as it is.
"""

from __future__ import annotations

import sys

from stukken.platform.allocator import run_under_allocator

# The commands that read PDFs in this process.
_READING = {"process"}


def main() -> None:
    if sys.argv[1:2] and sys.argv[1] in _READING:
        run_under_allocator()
    from stukken.cli import app

    app()
