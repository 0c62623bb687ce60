"""The enricher's module constants written `Final` (bench/enrich/throughput40.md).

Compiled, mypyc keeps a module-level name that is not `Final` in the module's dict and looks it
up by name at every use (a pattern, a gate's word set: ~5 % of a pass on the clock); a `Final`
name is a C static, read directly. A constant here is a module-level `NAME = value` bound once in
its module: not rebound, not declared `global`, no type alias (a name an annotation reads), no
empty container (mypy needs its type), no TypeVar.

    python -m bench.enrich.final_constants          lists the constants not yet `Final` (and a
                                                    `Final` name bound again: a merge's)
    python -m bench.enrich.final_constants --fix    writes `NAME: Final = value` (then run
                                                    `ruff check --select I --fix` and
                                                    `ruff format` on services/enrich)
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENRICH = ROOT / "services" / "enrich"


def compiled_modules() -> list[Path]:
    """The enricher's modules setup.py compiles (ENRICH_COMPILED): its top-level rule modules and
    every module of entities/ and references/ but the packages' __init__."""
    top = [ENRICH / f"{name}.py" for name in ("enricher", "hits", "scan", "words")]
    rest = sorted(
        path
        for folder in ("entities", "references")
        for path in (ENRICH / folder).glob("*.py")
        if path.stem != "__init__"
    )
    return top + rest


def _names(target: ast.expr) -> Iterator[str]:
    if isinstance(target, ast.Name):
        yield target.id
    elif isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            yield from _names(element)
    elif isinstance(target, ast.Starred):
        yield from _names(target.value)


def _bound(node: ast.stmt) -> Iterator[str]:
    """The module-level names a top-level statement binds (also inside its if/for/try/with)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        yield node.name
        return
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assign):
            for target in sub.targets:
                yield from _names(target)
        elif isinstance(sub, (ast.AnnAssign, ast.AugAssign, ast.For)):
            yield from _names(sub.target)
        elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield sub.name
        elif isinstance(sub, (ast.Import, ast.ImportFrom)):
            for alias in sub.names:
                yield (alias.asname or alias.name).split(".")[0]


def _annotated(tree: ast.Module) -> set[str]:
    """The names any annotation (or `cast`'s type) reads: type aliases stay as they are."""
    found: set[str] = set()
    for node in ast.walk(tree):
        notes: list[ast.expr | None] = []
        if isinstance(node, ast.AnnAssign):
            notes.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            notes.append(node.returns)
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
                if arg is not None:
                    notes.append(arg.annotation)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "cast"
            and node.args
        ):
            notes.append(node.args[0])
        for note in notes:
            for sub in ast.walk(note) if note is not None else ():
                if isinstance(sub, ast.Name):
                    found.add(sub.id)
                elif isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    found.update(re.findall(r"[A-Za-z_]\w*", sub.value))
    return found


def _no_constant(value: ast.expr) -> bool:
    if isinstance(value, (ast.List, ast.Set)) and not value.elts:
        return True
    if isinstance(value, ast.Dict) and not value.keys:
        return True
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        if value.func.id in ("TypeVar", "NewType", "ParamSpec"):
            return True
        if value.func.id in ("dict", "list", "set") and not value.args and not value.keywords:
            return True
    if isinstance(value, ast.Subscript):  # a type alias: 'Disclosed = Callable[[], bool]'
        return True
    return isinstance(value, ast.BinOp) and any(
        isinstance(s, ast.Subscript) for s in ast.walk(value)
    )


def not_final(source: str) -> list[tuple[int, str]]:
    """(line, name) of each constant of a module's source not written `Final`."""
    tree = ast.parse(source)
    counts: Counter[str] = Counter()
    for node in tree.body:
        counts.update(_bound(node))
    declared = {
        name for node in ast.walk(tree) if isinstance(node, ast.Global) for name in node.names
    }
    annotated = _annotated(tree)
    found = []
    for node in tree.body:
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0]
        if not isinstance(target, ast.Name):
            continue
        name = target.id
        if (
            name.startswith("__")
            or counts[name] != 1
            or name in declared
            or name in annotated
            or _no_constant(node.value)
        ):
            continue
        found.append((node.lineno, name))
    return found


def _with_final_imported(source: str) -> str:
    one_line = re.search(r"^from typing import ([^\n(]+)$", source, re.M)
    wrapped = re.search(r"^from typing import \(\n((?:    .*\n)+)\)", source, re.M)
    if wrapped is not None:
        if "Final," not in wrapped.group(1):
            source = source[: wrapped.start(1)] + "    Final,\n" + source[wrapped.start(1) :]
        return source
    if one_line is not None:
        names = [n.strip() for n in one_line.group(1).split(",")]
        if "Final" not in names:
            names = sorted([*names, "Final"], key=lambda n: (n.lower(), n))
            source = source[: one_line.start(1)] + ", ".join(names) + source[one_line.end(1) :]
        return source
    future = re.search(r"^from __future__ import annotations\n", source, re.M)
    if future is not None:
        return source[: future.end()] + "\nfrom typing import Final\n" + source[future.end() :]
    first = re.search(r"^(?:import|from) ", source, re.M)
    at = first.start() if first is not None else 0
    return source[:at] + "from typing import Final\n" + source[at:]


def final_rebound(source: str) -> list[tuple[int, str]]:
    """(line, name) of each `NAME: Final = value` whose name the module binds again (two
    branches merged: one wrote the constant `Final`, the other binds it a second time; mypy
    refuses both)."""
    tree = ast.parse(source)
    counts: Counter[str] = Counter()
    for node in tree.body:
        counts.update(_bound(node))
    return [
        (node.lineno, node.target.id)
        for node in tree.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and isinstance(node.annotation, ast.Name)
        and node.annotation.id == "Final"
        and counts[node.target.id] > 1
    ]


def fixed(source: str) -> str:
    """The source with its constants written `NAME: Final = value`, and no longer `Final` a name
    bound twice."""
    lines = source.split("\n")
    for line, name in final_rebound(source):
        text = lines[line - 1]
        if text.startswith(f"{name}: Final = "):
            lines[line - 1] = f"{name} = {text[len(name) + len(': Final = ') :]}"
    source = "\n".join(lines)
    todo = not_final(source)
    if not todo:
        return source
    lines = source.split("\n")
    for line, name in todo:
        text = lines[line - 1]
        if text.startswith(f"{name} = "):
            lines[line - 1] = f"{name}: Final = {text[len(name) + 3 :]}"
    return _with_final_imported("\n".join(lines))


def main() -> None:
    fix = "--fix" in sys.argv
    left = 0
    for path in compiled_modules():
        source = path.read_text(encoding="utf-8")
        todo = not_final(source)
        rebound = final_rebound(source)
        left += len(todo) + len(rebound)
        for line, name in todo:
            print(f"{path.relative_to(ROOT)}:{line}: {name}")
        for line, name in rebound:
            print(f"{path.relative_to(ROOT)}:{line}: {name} is Final but bound again")
        if fix and (todo or rebound):
            path.write_text(fixed(source), encoding="utf-8")
    print(f"{left} constants not Final or Final twice" + (" (now fixed)" if fix and left else ""))


if __name__ == "__main__":
    main()
