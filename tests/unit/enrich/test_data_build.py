"""The register-derived gazetteer files are rebuilt from their sources by one script."""

import json
from pathlib import Path

import pytest

from services.enrich.data import build, build_people, rows

DATA = Path(build.__file__).parent


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


def _openkamer(tmp_path: Path) -> Path:
    persons = [
        {"model": "person.person", "pk": 1, "fields": {"forename": "Pieter", "surname": "Omtzigt",
         "surname_prefix": "", "initials": "P.H.", "wikidata_id": "Q1"}},
        {"model": "person.person", "pk": 2, "fields": {"forename": "Ard", "surname": "Steur",
         "surname_prefix": "van der", "initials": "G.A.", "wikidata_id": "Q2"}},
        {"model": "person.person", "pk": 3, "fields": {"forename": "Jan", "surname": "Smit",
         "surname_prefix": "", "initials": "J.", "wikidata_id": "Q3"}},
        {"model": "person.person", "pk": 4, "fields": {"forename": "A.", "surname": "Stapelkamp",
         "surname_prefix": "", "initials": "A.", "wikidata_id": ""}},
    ]  # fmt: skip
    kamer = [
        {"model": "parliament.parliamentmember", "pk": 9, "fields": {"person": 1}},
        {"model": "parliament.parliamentmember", "pk": 10, "fields": {"person": 4}},
    ]
    cabinet = [{"model": "government.governmentmember", "pk": 7, "fields": {"person": 2}}]
    for name, data in (
        ("person.json", persons),
        ("parliament.json", kamer),
        ("government.json", cabinet),
    ):
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def test_people_from_openkamer_in_full_forms_only(tmp_path: Path) -> None:
    # Kept: members of the Kamer or a cabinet, by given name and by initials (particle lower-case);
    # left out: a person who was neither (Smit); no surname alone is ever a form.
    assert build_people.build_people(_openkamer(tmp_path)) == [
        ["A. Stapelkamp", "", "s", "tweede kamerlid", "openkamer-fixtures-2019",
         "openkamer-person-4"],
        ["Ard van der Steur", "G.A. van der Steur", "s", "bewindspersoon",
         "openkamer-fixtures-2019", "Q2"],
        ["Pieter Omtzigt", "P.H. Omtzigt", "s", "tweede kamerlid", "openkamer-fixtures-2019",
         "Q1"],
    ]  # fmt: skip


_SOURCES = {
    "registers.tsv": {"oo-register-2023-07-03"},
    "people.tsv": {"openkamer-fixtures-2019"},
}


@pytest.mark.parametrize(
    "name",
    ["organisations.tsv", "registers.tsv", "people.tsv", "parties.tsv", "laws.tsv",
     "locations.tsv"],
)  # fmt: skip
def test_every_list_row_names_its_source(name: str) -> None:
    table = rows(name)
    assert table, name
    assert all(r["source"] for r in table), [r["canonical"] for r in table if not r["source"]]
    if name in _SOURCES:
        assert {r["source"] for r in table} <= _SOURCES[name]
        assert all(r["source_id"] for r in table)
    comments = [
        line for line in Path(DATA, name).read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    ]  # fmt: skip
    # Each source named in the rows is described in the file's header or the script's docstring.
    described = " ".join(comments) + (build.__doc__ or "") + (build_people.__doc__ or "")
    assert all(r["source"].split("-")[0] in described for r in table)


def test_the_committed_people_file_names_members_and_ministers() -> None:
    table = {r["canonical"]: r for r in rows("people.tsv")}
    assert len(table) > 700
    assert table["Pieter Omtzigt"]["kind"] == "tweede kamerlid"
    assert table["Mark Rutte"]["kind"] == "bewindspersoon"
    assert all(" " in name for name in table)  # never a surname alone
