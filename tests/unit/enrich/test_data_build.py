"""The register-derived gazetteer files are rebuilt from their sources by one script."""

import json
from pathlib import Path

from services.enrich.data import build, rows


def _register(tmp_path: Path) -> Path:
    entries = {
        "0": {"dc_title": "Gemeente - Gemeente Houten", "dc_publisher_name": "Gemeente Houten",
              "dc_identifier": "nl.gm0321", "foi_endDate": ""},
        "1": {"dc_title": "Waterschap - Lage Landen", "dc_publisher_name": "Lage Landen",
              "dc_identifier": "nl.ws0654", "foi_endDate": ""},
        "2": {"dc_title": "Regionaal samenwerkingsorgaan - Blink", "dc_publisher_name": "Blink",
              "dc_identifier": "nl.so1", "foi_endDate": ""},
        "3": {"dc_title": "Gemeente - Gemeente Oud", "dc_publisher_name": "Gemeente Oud",
              "dc_identifier": "nl.gm9", "foi_endDate": "2019-01-01"},
        "4": {"dc_title": "Zelfstandig bestuursorgaan - Kiesraad", "dc_publisher_name": "Kiesraad",
              "dc_identifier": "nl.zb1", "foi_endDate": ""},
    }  # fmt: skip
    path = tmp_path / "register.json"
    path.write_text(json.dumps({"infobox": {"foi_dossiers": entries}}), encoding="utf-8")
    return path


def test_register_rows_carry_their_source_and_id(tmp_path: Path) -> None:
    # Kept: current bodies named in two words or more and not in the curated list; left out: a
    # one-word name ('Blink'), an ended body, one the curated list has already (Kiesraad).
    table = build.build_register(_register(tmp_path))
    assert table == [
        ["Gemeente Houten", "gemeente Houten", "i", "gemeente", "oo-register-2023-07-03",
         "nl.gm0321"],
        ["Waterschap Lage Landen", "waterschap Lage Landen|Lage Landen", "i", "waterschap",
         "oo-register-2023-07-03", "nl.ws0654"],
    ]  # fmt: skip


def test_members_grouped_per_person(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text(
        "name,id\nMona C G Keijzer,a1\nMona Keijzer,a1\nМона Кейзер,a1\nPieter Omtzigt,b2\n",
        encoding="utf-8",
    )
    assert build.build_members(path) == [
        ["Mona Keijzer", "Mona C G Keijzer", "s", "tweede kamerlid",
         "everypolitician-tk-2012-2019", "a1"],
        ["Pieter Omtzigt", "", "s", "tweede kamerlid", "everypolitician-tk-2012-2019", "b2"],
    ]  # fmt: skip


def test_the_committed_register_file_has_provenance() -> None:
    table = rows("registers.tsv")
    assert len(table) > 2000
    assert all(r["source"] == "oo-register-2023-07-03" and r["source_id"] for r in table)
    assert {"Gemeente Rotterdam", "Gemeente Houten"} <= {r["canonical"] for r in table}
