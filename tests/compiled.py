"""What the tests of the two mypyc-compiled packages (the layout's and the enricher's) share:
the modules a package's build recorded, whether a module is the compiled extension, and a script
run in a fresh interpreter from the project root (a module once imported cannot be imported again
compiled or pure in the same process)."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def recorded(package: ModuleType) -> list[str]:
    """The module names the package's `_compiled.json` lists (none where it was not built)."""
    record = Path(str(package.__file__)).parent / "_compiled.json"
    return sorted(json.loads(record.read_text())["modules"]) if record.exists() else []


def is_extension(module: object) -> bool:
    path = getattr(module, "__file__", None) or ""
    return path.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def run_fresh(script: str, *args: str, switch: str, pure: bool) -> subprocess.CompletedProcess[str]:
    """`script` in a new interpreter, with the package's pure switch (`STUKKEN_PURE_*`) set or
    left out."""
    env = {k: v for k, v in os.environ.items() if k != switch}
    if pure:
        env[switch] = "1"
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
