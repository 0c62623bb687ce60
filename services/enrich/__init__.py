"""The enricher: a segmented document's references and entities.

Its rule modules (enricher.py, hits.py, scan.py, entities/*.py, references/*.py) are compiled
with mypyc when stukken is installed (setup.py's ENRICH_COMPILED; the list is the keys of
`_compiled.json`, which the build writes with each module's source hash), as the layout's are
(services/segment/layout/__init__.py). A compiled module sits beside its .py as a C extension,
and Python imports an extension before the source. So that an edit is never shadowed by its
stale compiled copy, this package compares each source with the hash recorded at the build
before any of them is imported: if any differs (or `STUKKEN_PURE_ENRICH=1` asks for it), all of
them are read from their .py files (compiled modules call each other directly in C, so a stale
one would still be reached from the others). A stale build logs `enrich_compiled_stale` (run
`make venv`, or `pip install -e .`, to rebuild).
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
    """Module ('entities/gazetteer') → source hash at the build; empty where nothing was
    compiled."""
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


def _module(name: str) -> str:
    """'references/__init__' → 'services.enrich.references'."""
    parts = name.split("/")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([__name__, *parts])


class _PureSource(importlib.abc.MetaPathFinder):
    """Finds the named enricher modules as their .py files, ahead of the compiled extensions."""

    def __init__(self, names: Sequence[str]) -> None:
        self.sources = {_module(name): _HERE / f"{name}.py" for name in names}

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


def _choose() -> str:
    """'compiled', 'pure' (asked for, stale or nothing built) for this process's enricher."""
    recorded = _recorded()
    built = [name for name in recorded if _built(name)]
    if not built:
        return "pure"
    if os.environ.get("STUKKEN_PURE_ENRICH") == "1":
        sys.meta_path.insert(0, _PureSource(built))
        return "pure"
    stale = _stale(recorded)
    if stale:
        from stukken.platform.logging import get_logger

        get_logger(__name__).warning(
            "enrich_compiled_stale",
            stale=stale,
            detail="a .py changed since the build: the enricher runs as pure Python; make venv",
        )
        sys.meta_path.insert(0, _PureSource(built))
        return "pure"
    return "compiled"


MODE = _choose()
