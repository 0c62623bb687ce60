"""Curated data files (TSV, '#' comments, header row); read once per process."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

_DIR = Path(__file__).parent


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    with (_DIR / name).open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return tuple(
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(lines, delimiter="\t")
    )


def variants(row: dict[str, str]) -> list[str]:
    """The canonical name plus its listed variants ('|'-separated)."""
    extra = [v.strip() for v in row.get("variants", "").split("|") if v.strip()]
    return [row["canonical"], *extra]


def known_forms(names: tuple[str, ...]) -> dict[str, str]:
    """Each form the named lists print (case-folded), with the first such list's canonical name:
    what a build script leaves to the lists that print it already."""
    known: dict[str, str] = {}
    for name in names:
        for row in rows(name):
            for form in variants(row):
                known.setdefault(form.casefold(), row["canonical"])
    return known
