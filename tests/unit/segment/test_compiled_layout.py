"""The layout modules mypyc compiles (setup.py), and the document families' (its FAMILIES, with
the layout's switch): in use after an install, the same documents as their pure-Python source,
and never used once their source has changed since the build."""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path

import pytest

import services.segment.families as families
import services.segment.layout as layout
from services.segment.segmenter import segment_pdf
from tests.compiled import is_extension, recorded, run_fresh
from tests.fixtures.producers.score import DOCS, PRODUCERS, pdf_path
from tests.unit.segment.conftest import shared_dir

COMPILED = recorded(layout)
FAMILIES = recorded(families)
needs_compiled = pytest.mark.skipif(
    layout.MODE != "compiled" or families.MODE != "compiled",
    reason="the layout and family modules are not compiled here",
)


def _documents() -> list[Path]:
    matrix = [pdf_path(doc, producer) for doc in DOCS for producer in PRODUCERS]
    return matrix + sorted((shared_dir() / "corpus").glob("*/*.pdf"))


def test_compiled_in_use_on_ci() -> None:
    """CI installs with `make venv`, which compiles them: a build that silently left them pure
    would pass every other test while reading pages slower."""
    if os.environ.get("CI") != "true":
        pytest.skip("only CI must have them compiled")
    assert layout.MODE == "compiled"
    assert len(COMPILED) >= 15
    for name in COMPILED:
        module = importlib.import_module(f"services.segment.layout.{name}")
        assert is_extension(module), name


def test_families_compiled_in_use_on_ci() -> None:
    """The same for the families (round 43, bench/segment/speed23.md): every module but the
    package's __init__."""
    if os.environ.get("CI") != "true":
        pytest.skip("only CI must have them compiled")
    assert families.MODE == "compiled"
    here = Path(str(families.__file__)).parent
    assert sorted(p.stem for p in here.glob("*.py") if p.stem != "__init__") == FAMILIES
    assert {"doctype", "metadata", "reading", "email", "marks"} <= set(FAMILIES)
    for name in FAMILIES:
        module = importlib.import_module(f"services.segment.families.{name}")
        assert is_extension(module), name
    assert not is_extension(families)


@needs_compiled
def test_every_recorded_module_is_the_compiled_one() -> None:
    for name in COMPILED:
        module = importlib.import_module(f"services.segment.layout.{name}")
        assert is_extension(module), name
    for name in FAMILIES:
        module = importlib.import_module(f"services.segment.families.{name}")
        assert is_extension(module), name


_PURE = """
import json, sys
import services.segment.families as families
import services.segment.families as families
import services.segment.layout as layout
from services.segment.families import metadata, reading
from services.segment.layout import lines
from services.segment.segmenter import segment_pdf
assert layout.MODE == "pure" and lines.__file__.endswith(".py"), lines.__file__
assert families.MODE == "pure", families.MODE
for module in (metadata, reading):
    assert module.__file__.endswith(".py"), module.__file__
out = [segment_pdf(open(f, "rb").read(), ocr=False, max_pages=None).model_dump(mode="json")
       for f in sys.argv[1:]]
print(json.dumps(out))
"""


@needs_compiled
def test_pure_python_reads_the_same_documents() -> None:
    """The producer matrix and the shared corpus, compiled here and pure in a subprocess
    (`STUKKEN_PURE_LAYOUT=1`, which makes the families pure too): the same documents, value for
    value."""
    files = _documents()
    done = run_fresh(_PURE, *map(str, files), switch="STUKKEN_PURE_LAYOUT", pure=True)
    pure = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(pure) == len(files)
    for path, expected in zip(files, pure, strict=True):
        compiled = segment_pdf(path.read_bytes(), ocr=False, max_pages=None)
        assert compiled.model_dump(mode="json") == expected, path.name


_EDITED = """
import json, pathlib
real = pathlib.Path.read_text

def edited(self, *args, **kwargs):
    text = real(self, *args, **kwargs)
    if self.name != "_compiled.json":
        return text
    record = json.loads(text)
    record["modules"]["lines"] = "0" * 64  # as if lines.py changed after the build
    return json.dumps(record)

pathlib.Path.read_text = edited
import services.segment.families as families
import services.segment.layout as layout
from services.segment.layout import lines, paragraphs
print(layout.MODE, lines.__file__, paragraphs.__file__)
"""


@needs_compiled
def test_a_stale_compiled_module_is_never_used() -> None:
    """A .py edited after the build: all layout modules come from source (compiled ones call
    each other in C, so one stale module would still be reached), with a warning."""
    done = run_fresh(_EDITED, switch="STUKKEN_PURE_LAYOUT", pure=False)
    mode, lines_file, paragraphs_file = done.stdout.strip().splitlines()[-1].split()
    assert mode == "pure"
    assert lines_file.endswith("lines.py") and paragraphs_file.endswith("paragraphs.py")
    assert "layout_compiled_stale" in done.stdout + done.stderr


_EDITED_FAMILY = """
import json, pathlib
real = pathlib.Path.read_text

def edited(self, *args, **kwargs):
    text = real(self, *args, **kwargs)
    if self.name != "_compiled.json" or self.parent.name != "families":
        return text
    record = json.loads(text)
    record["modules"]["reading"] = "0" * 64  # as if reading.py changed after the build
    return json.dumps(record)

pathlib.Path.read_text = edited
import services.segment.families as families
import services.segment.layout as layout
from services.segment.families import doctype, reading
from services.segment.layout import lines
print(families.MODE, layout.MODE, reading.__file__, doctype.__file__, lines.__file__)
"""


@needs_compiled
def test_a_stale_compiled_family_module_is_never_used() -> None:
    """A family's .py edited after the build: all family modules come from source, with a
    warning; the layout's own build is not stale and stays compiled."""
    done = run_fresh(_EDITED_FAMILY, switch="STUKKEN_PURE_LAYOUT", pure=False)
    mode, layout_mode, reading_file, doctype_file, lines_file = (
        done.stdout.strip().splitlines()[-1].split()
    )
    assert (mode, layout_mode) == ("pure", "compiled")
    assert reading_file.endswith("reading.py") and doctype_file.endswith("doctype.py")
    assert not lines_file.endswith(".py"), lines_file
    assert "families_compiled_stale" in done.stdout + done.stderr
