"""The enricher's rule modules mypyc compiles (setup.py's ENRICH_COMPILED): in use after an
install, the same references and entities as their pure-Python source, and never used once
their source has changed since the build."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import services.enrich as enrich_package
from services.enrich.enricher import enrich
from stukken.contracts import SegmentedDocument
from tests.compiled import ROOT, is_extension, recorded, run_fresh
from tests.unit.enrich.corpus import kamervragen, pages_document, shared_dir

COMPILED = recorded(enrich_package)
needs_compiled = pytest.mark.skipif(
    enrich_package.MODE != "compiled", reason="the enricher's modules are not compiled here"
)


def _module(name: str) -> str:
    return "services.enrich." + name.removesuffix("/__init__").replace("/", ".")


def test_compiled_in_use_on_ci() -> None:
    """CI installs with `make venv`, which compiles them: a build that silently left them pure
    would pass every other test while enriching slower."""
    if os.environ.get("CI") != "true":
        pytest.skip("only CI must have them compiled")
    assert enrich_package.MODE == "compiled"
    assert len(COMPILED) >= 50
    for name in ("enricher", "scan", "words", "entities/gazetteer", "references/urls"):
        assert name in COMPILED
    for name in COMPILED:
        assert is_extension(importlib.import_module(_module(name))), name


@needs_compiled
def test_every_recorded_module_is_the_compiled_one() -> None:
    for name in COMPILED:
        assert is_extension(importlib.import_module(_module(name))), name


def test_every_module_imports_by_its_name_in_a_fresh_process() -> None:
    """A compiled package __init__ got its __path__ from where the group's library lies, so a
    submodule the package had not imported itself ('references.ocr') could not be imported by
    name: every module of the enricher, each by its full name, in one new interpreter."""
    here = Path(enrich_package.__file__).parent
    # the packages' modules first: the enricher imports most of them itself
    names = [
        f"{folder}/{path.stem}" if folder else path.stem
        for folder in ("entities", "references", "")
        for path in sorted((here / folder).glob("*.py"))
        if path.stem not in ("__main__", "app")
    ]
    script = "import importlib, sys\nfor n in sys.argv[1:]: importlib.import_module(n)\n"
    run = subprocess.run(
        [sys.executable, "-c", script, *(_module(n) for n in names)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]


def test_module_names() -> None:
    assert _module("enricher") == "services.enrich.enricher"
    assert _module("entities/gazetteer") == "services.enrich.entities.gazetteer"
    assert _module("references/__init__") == "services.enrich.references"


def _documents() -> list[SegmentedDocument]:
    """The kamervragen as raw pages, and the shared corpus's other texts (breadth, Woo) as raw
    pages too: the enricher's input without the segmenter's cost."""
    docs = [doc for _, doc in kamervragen()]
    for path in sorted((shared_dir() / "corpus").glob("*/*.pdf")):
        if path.parent.name != "kamervragen":
            docs.append(pages_document(path))
    return docs


def _enriched(doc: SegmentedDocument) -> dict[str, list[dict[str, object]]]:
    refs, ents = enrich(doc)
    return {
        "refs": [r.model_dump(mode="json") for r in refs],
        "ents": [e.model_dump(mode="json") for e in ents],
    }


_PURE = """
import json, sys
import services.enrich as package
from services.enrich import enricher, scan
from services.enrich.entities import gazetteer
from services.enrich.enricher import enrich
from stukken.contracts import SegmentedDocument
assert package.MODE == "pure", package.MODE
for module in (enricher, scan, gazetteer):
    assert module.__file__.endswith(".py"), module.__file__
out = []
for d in json.load(open(sys.argv[1])):
    refs, ents = enrich(SegmentedDocument.model_validate(d))
    out.append({"refs": [r.model_dump(mode="json") for r in refs],
                "ents": [e.model_dump(mode="json") for e in ents]})
print(json.dumps(out))
"""


@needs_compiled
def test_pure_python_finds_the_same(tmp_path: Path) -> None:
    """The shared corpus's texts, compiled here and pure in a subprocess
    (`STUKKEN_PURE_ENRICH=1`): the same references and entities, value for value."""
    docs = _documents()
    path = tmp_path / "docs.json"
    path.write_text(json.dumps([d.model_dump(mode="json") for d in docs]))
    done = run_fresh(_PURE, str(path), switch="STUKKEN_PURE_ENRICH", pure=True)
    pure = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(pure) == len(docs)
    for n, (doc, expected) in enumerate(zip(docs, pure, strict=True)):
        assert _enriched(doc) == expected, n


_EDITED = """
import json, pathlib
real = pathlib.Path.read_text

def edited(self, *args, **kwargs):
    text = real(self, *args, **kwargs)
    if self.name != "_compiled.json" or self.parent.name != "enrich":
        return text
    record = json.loads(text)
    record["modules"]["entities/dates"] = "0" * 64  # as if dates.py changed after the build
    return json.dumps(record)

pathlib.Path.read_text = edited
import services.enrich as package
from services.enrich import enricher, references
from services.enrich.entities import dates
print(package.MODE, enricher.__file__, dates.__file__, references.__file__)
"""


@needs_compiled
def test_a_stale_compiled_module_is_never_used() -> None:
    """A .py edited after the build: all the enricher's modules come from source (compiled ones
    call each other in C, so one stale module would still be reached), with a warning."""
    done = run_fresh(_EDITED, switch="STUKKEN_PURE_ENRICH", pure=False)
    mode, enricher_file, dates_file, references_file = done.stdout.strip().splitlines()[-1].split()
    assert mode == "pure"
    assert enricher_file.endswith("enricher.py") and dates_file.endswith("dates.py")
    assert references_file.endswith("references/__init__.py")
    assert "enrich_compiled_stale" in done.stdout + done.stderr
