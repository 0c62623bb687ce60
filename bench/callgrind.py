"""Instructions a Python child costs under callgrind: a count that a loaded machine does not move.

The hash seed is fixed: with a random one, set and dict orders move a run by about 2 %.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile


def instructions(child: list[str]) -> int:
    """Instructions callgrind collects running `python *child`."""
    with tempfile.TemporaryDirectory() as tmp:
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out"]
        done = subprocess.run(
            [*command, sys.executable, *child],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count from callgrind: {done.stderr[-500:]}")
    return int(found.group(1))
