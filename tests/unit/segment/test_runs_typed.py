"""`Run` and `PageRuns` (words.py) are compiled as native classes, which keep a `float` field as
a C double: an int handed to one comes back a float. Every place runs are made must therefore
hand them floats already, or a compiled reading would differ from a pure one (a JSON `12`
becoming `12.0`). Checked in pure Python, where nothing converts: the runs of every page of the
producer matrix and the shared corpus (pdfium's lines and words, the plain reading, the reading
rect by rect), and the runs of an OCR reading stored as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from services.segment.layout.words import PageRuns, Run
from services.segment.ocr_results import PageReading
from tests.fixtures.producers.score import DOCS, PRODUCERS, pdf_path
from tests.unit.segment.conftest import ROOT, shared_dir

# What each field of a run and of a page holds, by type.
RUN_TYPES = {
    "text": "str",
    "x0": "float",
    "y0": "float",
    "x1": "float",
    "y1": "float",
    "size": "float",
    "bold": "bool",
    "base": "float",
    "ends_word": "bool",
    "upright": "int",
    "slanted": "bool",
    "em": "float",
    "under": "bool",
    "italic": "bool",
}
PAGE_TYPES = {
    "number": "int",
    "width": "float",
    "height": "float",
    "ocr": "bool",
    "blank": "bool",
    "hidden_layer": "bool",
    "unmapped": "int",
    "supplement": "bool",
    "filled": "int",  # OCR runs added after an incomplete invisible layer (scan.supplement)
    "bottom": "float",
    "drawn": "list",  # the bounds of a drawing's parts (grids.read_grids fills it)
}

_CHECK = """
import json, sys
import pypdfium2 as pdfium
import services.segment.layout as layout
from services.segment.layout import words
assert layout.MODE == "pure" and words.__file__.endswith(".py"), words.__file__
run_types, page_types = json.loads(sys.argv[1])
wrong, runs = [], 0

def check(what, obj, types):
    for name, kind in types.items():
        if type(getattr(obj, name)).__name__ != kind:
            wrong.append((what, name, repr(getattr(obj, name))))

for path in sys.argv[2:]:
    pdf = pdfium.PdfDocument(path)
    for k in range(len(pdf)):
        page = pdf[k]
        read = words.read_page(page, k + 1)
        check(path, read, page_types)
        textpage = page.get_textpage()
        glyphs = words.Glyphs(textpage.raw)
        for run in [
            *read.runs,
            *words.plain_reading(textpage, read.height),
            *words._runs_bounded(textpage, glyphs),
        ]:
            runs += 1
            check(path, run, run_types)
print(json.dumps([runs, wrong[:20]]))
"""


def test_runs_are_made_of_floats_in_pure_python() -> None:
    files = [pdf_path(doc, producer) for doc in DOCS for producer in PRODUCERS]
    files += sorted((shared_dir() / "corpus").glob("*/*.pdf"))
    done = subprocess.run(
        [sys.executable, "-c", _CHECK, json.dumps([RUN_TYPES, PAGE_TYPES]), *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "STUKKEN_PURE_LAYOUT": "1"},
    )
    runs, wrong = json.loads(done.stdout.strip().splitlines()[-1])
    assert wrong == []
    assert runs > 10_000


def test_an_ocr_reading_stored_with_ints_comes_back_in_floats() -> None:
    """A reading's runs as JSON may hold whole numbers (`12`): they come back floats."""
    row = '["Kamer", 72, 700, 120, 712, 12, false, 702, true]'
    stored = '{"page": 1, "outcome": "ok", "runs": [' + row + "]}"
    (run,) = PageReading.model_validate_json(stored).to_runs()
    for name, kind in RUN_TYPES.items():
        assert type(getattr(run, name)).__name__ == kind, name


def test_fields_as_declared() -> None:
    """The checks above cover every field (a new one must be added to them)."""
    assert set(RUN_TYPES) == set(Run.__dataclass_fields__)
    assert set(PAGE_TYPES) == set(PageRuns.__dataclass_fields__) - {"runs", "degraded"}
