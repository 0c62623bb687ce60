"""The compiled pieces; everything else is in pyproject.toml.

- `_bulk`, a C accelerator for pdfium's per-glyph and per-object questions
  (services/segment/layout/_bulk.c).
- The pure-Python layout modules of services/segment/layout/ (COMPILED below), compiled with
  mypyc (the mypy pinned in pyproject's build requirements): the same code, typed, as C
  extensions next to the .py files. The layout's Python is about a third of a per-glyph page's
  instructions (bench/segment/speed21.md). words.py is compiled for its `Run` and `PageRuns`:
  as native classes the compiled steps read their fields directly (bench/segment/speed23.md).
  Left out: glyphs.py and grids.py (ctypes and pypdfium2 objects, nothing mypyc speeds up) and
  assemble.py (the page loop, which tests reach into by patching the steps it calls; its
  per-page and per-line work is placing.py's, compiled: bench/segment/speed23.md, round 31).
- The enricher's rule modules (ENRICH_COMPILED below), compiled the same way as a second group
  (bench/enrich/throughput25.md).
- The document families' modules of services/segment/families/ (FAMILIES below), a third group
  (bench/segment/speed23.md, rounds 41 and 43): outside the layout's group, they reach `Block`
  and `Line` as Python objects and run the same beside a compiled or a pure layout.

Not optional: a machine that installs stukken builds them all (gcc and Python's headers), and
an install that cannot fails here, loudly, rather than run every page through the slower path
unnoticed. A source tree run without an install uses the ctypes path and the .py files.

Each compiled module's source hash goes into `_compiled.json` beside it, which the package's
__init__ checks at import (stukken/platform/compiled.py): a .py edited after the build is never
shadowed by its stale compiled copy (the package falls back to pure Python and warns).
"""

import hashlib
import json
from pathlib import Path

from mypyc.build import mypycify
from setuptools import Extension, setup

LAYOUT = Path("services/segment/layout")
COMPILED = [
    "aside",
    "columns",
    "drawings",
    "fallback",
    "footnotes",
    "furniture",
    "gutters",
    "headings",
    "letterhead",
    "line_runs",
    "lines",
    "paragraphs",
    "placing",
    "quality",
    "repair",
    "rotation",
    "run_starts",
    "structure",
    "tables",
    "upright",
    "words",
]
SOURCES = [str(LAYOUT / f"{name}.py") for name in COMPILED]

ENRICH = Path("services/enrich")
# The enricher's rule modules, as paths under services/enrich/ without '.py': every module of
# entities/ and references/ (a new one is compiled at the next build) but the packages'
# __init__: mypyc derives a compiled package's __path__ from where the group's library lies
# (services/enrich/), which is not where the package's submodules are, so importing one not yet
# imported would fail.
_PURE = {"entities/__init__", "references/__init__"}
ENRICH_COMPILED = [
    "enricher",
    "hits",
    "scan",
    "words",
    *sorted(
        name
        for folder in ("entities", "references")
        for path in (ENRICH / folder).glob("*.py")
        if (name := f"{folder}/{path.stem}") not in _PURE
    ),
]
ENRICH_SOURCES = [str(ENRICH / f"{name}.py") for name in ENRICH_COMPILED]

FAMILY = Path("services/segment/families")
# Every family module (a new one is compiled at the next build) but the package's __init__,
# which chooses compiled or pure before it imports them (as the enricher's packages, above).
FAMILIES = sorted(path.stem for path in FAMILY.glob("*.py") if path.stem != "__init__")
FAMILY_SOURCES = [str(FAMILY / f"{name}.py") for name in FAMILIES]


def _record_hashes(package: Path, names: list[str]) -> None:
    """`_compiled.json`: each compiled module's source hash, as it is compiled now."""
    hashes = {
        name: hashlib.sha256((package / f"{name}.py").read_bytes()).hexdigest() for name in names
    }
    text = json.dumps({"modules": hashes}, indent=1, sort_keys=True) + "\n"
    path = package / "_compiled.json"
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


_record_hashes(LAYOUT, COMPILED)
_record_hashes(ENRICH, ENRICH_COMPILED)
_record_hashes(FAMILY, FAMILIES)


def _drop_uncompiled(package: Path, names: list[str]) -> None:
    """An in-place build's extension for a module no longer compiled would still be imported
    before its .py: removed."""
    for built in package.rglob("*.cpython-*.so"):
        name = built.relative_to(package).as_posix().split(".")[0]
        if not name.endswith("__mypyc") and name not in names:
            built.unlink()


_drop_uncompiled(ENRICH, ENRICH_COMPILED)
_drop_uncompiled(FAMILY, FAMILIES)


def _compiled(sources: list[str], group: str) -> list[Extension]:
    """The modules as one mypyc group. No config file: pyproject's [tool.mypy] loads the pydantic
    plugin, which the isolated build has no need for; imports outside the compiled modules are
    followed silently (types only, their errors are `make lint`'s business)."""
    flags = ["--config-file=", "--ignore-missing-imports", "--follow-imports=silent"]
    return mypycify([*flags, *sources], opt_level="3", group_name=group)


def _local_calls(extensions: list[Extension]) -> list[Extension]:
    """A group whose functions call one another directly, not through the PLT (the enricher's,
    and since round 27 the layout's: bench/segment/speed23.md).

    mypyc writes a group as one C file whose functions are global symbols; compiled with -fPIC,
    gcc must assume another library could interpose them, so every call from one compiled
    function to another went through the procedure linkage table and none was inlined (2,046
    such calls in the 4 MB of code). The group's modules reach each other through capsules, never
    through the dynamic symbol table, so its symbols are hidden (the init functions are exported
    by `PyMODINIT_FUNC`) and calls stay local (bench/enrich/throughput23.md, round 27).
    """
    for ext in extensions:
        ext.extra_compile_args = [
            *ext.extra_compile_args,
            "-fno-semantic-interposition",
            "-fvisibility=hidden",
        ]
    return extensions


setup(
    ext_modules=[
        Extension(
            "services.segment.layout._bulk",
            ["services/segment/layout/_bulk.c"],
            # -O3 as mypyc's groups: Python's own -O2 leaves `plain`'s byte loops (and the other
            # loops over a text's bytes) unvectorized (gcc's cheap cost model at -O2);
            # bench/segment/segspeed42.md
            extra_compile_args=["-O3"],
            optional=False,
        ),
        *_local_calls(_compiled(SOURCES, "services.segment.layout._layout")),
        *_local_calls(_compiled(ENRICH_SOURCES, "services.enrich._enrich")),
        *_local_calls(_compiled(FAMILY_SOURCES, "services.segment.families._families")),
    ]
)
