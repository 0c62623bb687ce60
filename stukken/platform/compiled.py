"""Compiled modules that are never used stale (services/segment/layout, services/enrich).

setup.py compiles a package's pure modules with mypyc and writes `_compiled.json` beside them:
each module's source hash at the build ('lines', 'entities/dates', 'references/__init__'). A
compiled module sits beside its .py as a C extension, and Python imports an extension before the
source. So that an edit is never shadowed by its stale compiled copy, the package asks `choose`
before any of its modules is imported: if any source differs from its recorded hash (or the
package's switch asks for it), all of them are read from their .py files. All, not only the
stale one: compiled modules call each other directly in C, so a stale one would still be
reached from the others. A stale build logs the package's event (run `make venv`, or
`pip install -e .`, to rebuild).
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


def _recorded(here: Path) -> dict[str, str]:
    """Module → source hash at the build; empty where nothing was compiled."""
    try:
        modules = json.loads((here / "_compiled.json").read_text())["modules"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {str(k): str(v) for k, v in modules.items()}


def _built(here: Path, name: str) -> bool:
    return any(
        (here / f"{name}{suffix}").exists() for suffix in importlib.machinery.EXTENSION_SUFFIXES
    )


def _stale(here: Path, recorded: dict[str, str]) -> list[str]:
    """The compiled modules whose .py is not the source they were compiled from."""
    stale = []
    for name, digest in sorted(recorded.items()):
        source = here / f"{name}.py"
        if not _built(here, name) or not source.exists():
            continue
        if hashlib.sha256(source.read_bytes()).hexdigest() != digest:
            stale.append(name)
    return stale


def module_name(package: str, name: str) -> str:
    """('services.enrich', 'references/__init__') → 'services.enrich.references'."""
    parts = name.split("/")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


class _PureSource(importlib.abc.MetaPathFinder):
    """Finds the named modules of a package as their .py files, ahead of the compiled
    extensions."""

    def __init__(self, package: str, here: Path, names: Sequence[str]) -> None:
        self.sources = {module_name(package, name): here / f"{name}.py" for name in names}

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.sources.get(fullname)
        if source is None:
            return None
        if source.name == "__init__.py":
            return importlib.util.spec_from_file_location(
                fullname, source, submodule_search_locations=[str(source.parent)]
            )
        return importlib.util.spec_from_file_location(fullname, source)


def choose(package: str, here: Path, switch: str, event: str) -> str:
    """'compiled', or 'pure' (asked for by `switch`=1, stale, or nothing built) for this
    process's `package`, whose modules lie in `here`."""
    recorded = _recorded(here)
    built = [name for name in recorded if _built(here, name)]
    if not built:
        return "pure"
    if os.environ.get(switch) == "1":
        sys.meta_path.insert(0, _PureSource(package, here, built))
        return "pure"
    stale = _stale(here, recorded)
    if stale:
        from stukken.platform.logging import get_logger

        get_logger(package).warning(
            event,
            stale=stale,
            detail=f"a .py changed since the build: {package} runs as pure Python; make venv",
        )
        sys.meta_path.insert(0, _PureSource(package, here, built))
        return "pure"
    return "compiled"
