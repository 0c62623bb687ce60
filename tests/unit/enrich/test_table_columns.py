"""An attendance table's header says what its cells are: names no list holds are read as the
persons and bodies their columns say they are; a table without a person column gives nothing."""

from __future__ import annotations

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _table(rows: list[list[str]]) -> SegmentedDocument:
    text = "\n".join(" | ".join(row) for row in rows)
    return SegmentedDocument(
        segments=[Segment(id="t1", kind="table", page=1, text=text, rows=rows)]
    )


def _found(rows: list[list[str]]) -> set[tuple[str, str]]:
    _, ents = enrich(_table(rows))
    return {(e.type, e.canonical) for e in ents if e.type in ("person", "organization")}


def test_an_attendance_tables_columns() -> None:
    found = _found(
        [
            ["Deelnemers", "Leden", "Departement", "", "Leden", "Departement"],
            ["", "Tonkie Zwaan", "Ordina", "", "Linda van der Brink", "Dimpact"],
            ["", "A.Velthuis", "Roxit", "", "Sid Brouwer", "Gem Den Haag"],
            ["", "zie hieronder", "", "", "Nog te bepalen, later", ""],
        ]
    )
    assert {
        ("person", "Tonkie Zwaan"),
        ("person", "Linda van der Brink"),
        ("person", "A.Velthuis"),
        ("person", "Sid Brouwer"),
        ("organization", "Ordina"),
        ("organization", "Dimpact"),
        ("organization", "Roxit"),
    } <= found
    assert not {name for _, name in found} & {"zie hieronder", "Nog te bepalen, later"}


def test_a_table_without_a_person_column_names_no_one() -> None:
    found = _found([["Onderwerp", "Organisatie"], ["Tonkie Zwaan", "Zuiderlicht"]])
    assert ("person", "Tonkie Zwaan") not in found and ("organization", "Zuiderlicht") not in found
