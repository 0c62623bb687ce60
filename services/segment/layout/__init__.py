"""The page layout: from a page's text runs to lines, blocks, columns and segments.

Most of its modules are compiled with mypyc when stukken is installed (setup.py; the list is
the keys of `_compiled.json`, which the build writes with each module's source hash). A
compiled module sits beside its .py as a C extension, and Python imports an extension before
the source. So that an edit is never shadowed by its stale compiled copy, this package
compares each source with the hash recorded at the build before any of them is imported: if
any differs (or `STUKKEN_PURE_LAYOUT=1` asks for it), all of them are read from their .py
files. All, not only the stale one: compiled modules call each other directly in C, so a
stale one would still be reached from the others. A stale build logs `layout_compiled_stale`
(run `make venv`, or `pip install -e .`, to rebuild).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

_HERE = Path(__file__).resolve().parent
_RECORD = _HERE / "_compiled.json"


def _recorded() -> dict[str, str]:
    """Module name → source hash at the build; empty where nothing was compiled."""
    try:
        modules = json.loads(_RECORD.read_text())["modules"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {str(k): str(v) for k, v in modules.items()}


def _built(name: str) -> bool:
    return any(
        (_HERE / f"{name}{suffix}").exists() for suffix in importlib.machinery.EXTENSION_SUFFIXES
    )


def _stale(recorded: dict[str, str]) -> list[str]:
    """The compiled modules whose .py is not the source they were compiled from."""
    stale = []
    for name, digest in sorted(recorded.items()):
        source = _HERE / f"{name}.py"
        if not _built(name) or not source.exists():
            continue
        if hashlib.sha256(source.read_bytes()).hexdigest() != digest:
            stale.append(name)
    return stale


class _PureSource(importlib.abc.MetaPathFinder):
    """Finds the named layout modules as their .py files, ahead of the compiled extensions."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = frozenset(f"{__name__}.{name}" for name in names)

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.names:
            return None
        return importlib.util.spec_from_file_location(
            fullname, _HERE / f"{fullname.rsplit('.', 1)[1]}.py"
        )


def _choose() -> str:
    """'compiled', 'pure' (asked for, stale or nothing built) for this process's layout."""
    recorded = _recorded()
    built = [name for name in recorded if _built(name)]
    if not built:
        return "pure"
    if os.environ.get("STUKKEN_PURE_LAYOUT") == "1":
        sys.meta_path.insert(0, _PureSource(built))
        return "pure"
    stale = _stale(recorded)
    if stale:
        from stukken.platform.logging import get_logger

        get_logger(__name__).warning(
            "layout_compiled_stale",
            stale=stale,
            detail="a .py changed since the build: the layout runs as pure Python; make venv",
        )
        sys.meta_path.insert(0, _PureSource(built))
        return "pure"
    return "compiled"


MODE = _choose()
