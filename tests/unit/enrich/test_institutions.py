"""Hospitals, universities, hogescholen and the 2026 register's bodies: institutions.tsv, rebuilt
from its sources by build_institutions.py, and what the enricher finds with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.enrich.data import build_institutions as bi
from services.enrich.data import rows
from services.enrich.enricher import entities_in_text


def _hospital(org: str, org_nr: int, name: str, nr: int, kind: str) -> dict[str, str]:
    return {
        "naam.organisatie": org,
        "organisatienummer": f"{org_nr}.0",
        "naam.ziekenhuis": name,
        "ziekenhuisnummer": f"{nr}.0",
        "soort.ziekenhuis": kind,
    }


def test_hospitals_and_their_short_names() -> None:
    table = bi.hospitals(
        [
            _hospital("Amphia Ziekenhuis", 100501, "Amphia Ziekenhuis Oosterhout", 100503,
                      "Algemeen ziekenhuis"),
            _hospital("Amphia Ziekenhuis", 100501, "Amphia Buitenpoli Etten-Leur", 100509,
                      "Buitenpolikliniek"),
            _hospital("Gelre Ziekenhuizen", 102101, "Gelre Ziekenhuizen Zutphen", 102101,
                      "Algemeen ziekenhuis"),
            _hospital("Diakonessenhuis", 101401, "Diakonessenhuis Zeist", 101402,
                      "Algemeen ziekenhuis"),
        ]
    )  # fmt: skip
    src = bi.HOSPITALS
    assert sorted(table) == [
        ["Amphia Ziekenhuis", "", "i", "ziekenhuis", src, "org-100501"],
        # the short name is case-sensitive: 'amphia' in lower case is no mention
        ["Amphia Ziekenhuis", "Amphia", "s", "ziekenhuis", src, "org-100501"],
        ["Amphia Ziekenhuis Oosterhout", "", "i", "ziekenhuis", src, "zh-100503"],
        ["Diakonessenhuis", "", "s", "ziekenhuis", src, "org-101401"],
        ["Diakonessenhuis Zeist", "", "i", "ziekenhuis", src, "zh-101402"],
        # 'Gelre' is a region: only the full names
        ["Gelre Ziekenhuizen", "", "i", "ziekenhuis", src, "org-102101"],
        ["Gelre Ziekenhuizen Zutphen", "", "i", "ziekenhuis", src, "zh-102101"],
    ]  # an outpatient clinic (Buitenpolikliniek) is a location, not listed


_ANNEX = """### Artikel 19.3

### Bijlage

g. De bijzondere hogescholen:

– ArtEZ, Hogeschool voor de Kunsten, uitgaande van de Stichting ArtEZ;

– Avans Hogeschool, uitgaande van de Stichting Avans;

– Fontys Hogeschool Tilburg, uitgaande van de Stichting Fontys;

– Fontys Hogeschool Venlo, uitgaande van de Stichting Fontys;

– Haagse Hogeschool, uitgaande van de Stichting Hoger Beroepsonderwijs Haaglanden en Rijnstreek;

– Hogeschool «De Driestar», uitgaande van de Stichting «De Driestar»;

– Hogeschool van Beeldende Kunsten, Muziek en Dans, uitgaande van de Stichting HBKMD;

i. de levensbeschouwelijke universiteiten:

– Universiteit voor Humanistiek te Utrecht, uitgaande van de Stichting Humanistiek.
"""


def test_universities_and_hogescholen_from_the_whw_annex() -> None:
    table = {row[0] + "/" + row[2]: row for row in bi.higher_education(_ANNEX)}
    assert table["ArtEZ/i"][1] == "ArtEZ Hogeschool voor de Kunsten"
    assert table["Hogeschool De Driestar/i"][3] == "hogeschool"
    assert "Hogeschool van Beeldende Kunsten, Muziek en Dans/i" in table
    assert table["Universiteit voor Humanistiek/i"][1:4] == [
        "Universiteit voor Humanistiek te Utrecht", "i", "universiteit"]  # fmt: skip
    # A brand before 'Hogeschool' is its own case-sensitive form; 'Haagse' is an adjective.
    assert table["Avans Hogeschool/s"][1] == "Avans"
    assert table["Fontys/s"][3] == "hogeschool"  # shared by two hogescholen: its own name
    assert not any(row[1] == "Haagse" for row in table.values())
    # The public universities, which the annex names by their seat.
    assert table["Rijksuniversiteit Groningen/i"][1] == "RUG"


def _yaml(folder: Path, kind: str, slug: str, body: str) -> None:
    (folder / kind).mkdir(parents=True, exist_ok=True)
    (folder / kind / f"{slug}.yaml").write_text(body, encoding="utf-8")


def test_register_bodies_current_and_named_as_one_body(tmp_path: Path) -> None:
    _yaml(tmp_path, "rwt", "ifv", "identifiers:\n  roo_id: '1'\nnames:\n"
          "- value: Instituut Fysieke Veiligheid (IFV)\nvalid_until: null\n")  # fmt: skip
    _yaml(tmp_path, "rwt", "fonds", "identifiers:\n  roo_id: '2'\nnames:\n"
          "- value: Stichting Fonds Podiumkunsten\n")  # fmt: skip
    _yaml(tmp_path, "rwt", "oud", "identifiers:\n  roo_id: '3'\nnames:\n"
          "- value: Stichting Oud Fonds\nvalid_until: '2020-01-01'\n")  # fmt: skip
    _yaml(tmp_path, "rwt", "amstel", "identifiers:\n  roo_id: '6'\nnames:\n"
          "- value: Stichting Amstel 218\n")  # fmt: skip
    _yaml(tmp_path, "zbo", "magenta", "names:\n- value: Magenta\n")
    _yaml(tmp_path, "zbo", "keur", "names:\n- value: Keuringsinstanties ex Warenwet\n")
    _yaml(tmp_path, "gemeenschappelijke-regelingen", "gr", "identifiers:\n  roo_id: '4'\n"
          "names:\n- value: Gemeenschappelijke regeling Omgevingsdienst Drenthe\n")  # fmt: skip
    _yaml(tmp_path, "gemeenschappelijke-regelingen", "od", "identifiers:\n  roo_id: '5'\n"
          "names:\n- value: Omgevingsdienst Drenthe\n  abbr: ODD\n")  # fmt: skip
    src = bi.REGISTER
    ifv = "Instituut Fysieke Veiligheid"
    assert sorted(bi.register_bodies(tmp_path)) == [
        [f"{ifv} (IFV)", ifv, "i", "rwt", src, "1"],
        ["Omgevingsdienst Drenthe", "", "i", "regionaal samenwerkingsorgaan", src, "5"],
        ["Stichting Amstel 218", "", "i", "rwt", src, "6"],  # 'Amstel 218' is an address
        ["Stichting Fonds Podiumkunsten", "Fonds Podiumkunsten", "i", "rwt", src, "2"],
    ]  # fmt: skip  (IFV, ODD: three letters stand for too much else, as in registers.tsv)


def test_merge_leaves_what_another_list_names() -> None:
    table = [
        ["Instituut Fysieke Veiligheid (IFV)", "Instituut Fysieke Veiligheid|IFV", "i", "rwt",
         bi.REGISTER, "1"],
        ["Amphia Ziekenhuis", "", "i", "ziekenhuis", bi.HOSPITALS, "org-1"],
        ["Amphia Ziekenhuis", "Amphia", "s", "ziekenhuis", bi.HOSPITALS, "org-1"],
        ["Rijksuniversiteit Groningen", "", "i", "rwt", bi.REGISTER, "9"],
    ]  # fmt: skip
    known = {"Instituut Fysieke Veiligheid", "IFV"}
    again = [["Rijksuniversiteit Groningen", "RUG", "i", "universiteit", bi.HIGHER_EDUCATION, "a"]]
    assert bi.merge(known, table, again) == [
        ["Amphia Ziekenhuis", "", "i", "ziekenhuis", bi.HOSPITALS, "org-1"],
        ["Amphia Ziekenhuis", "Amphia", "s", "ziekenhuis", bi.HOSPITALS, "org-1"],
        ["Rijksuniversiteit Groningen", "", "i", "rwt", bi.REGISTER, "9"],
    ]  # fmt: skip


def test_the_committed_file_names_its_sources() -> None:
    table = rows("institutions.tsv")
    assert len(table) > 400
    assert {r["source"] for r in table} == set(bi.SOURCES)
    assert all(r["source_id"] and r["case"] in ("i", "s") for r in table)
    header = (Path(bi.__file__).parent / "institutions.tsv").read_text(encoding="utf-8")
    assert all(f"#   {source}:" in header for source in bi.SOURCES)


def _orgs(text: str) -> list[tuple[str, str]]:
    found = entities_in_text(text)
    return [(text[m.start : m.end], m.canonical) for m in found if m.type == "organization"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Patiënten van Amphia en Rijnstate gingen naar Isala.",
         [("Amphia", "Amphia Ziekenhuis"), ("Rijnstate", "Rijnstate Ziekenhuis"),
          ("Isala", "Isala klinieken")]),
        ("studenten van de Hogeschool Utrecht en van Avans",
         [("Hogeschool Utrecht", "Hogeschool Utrecht"), ("Avans", "Avans Hogeschool")]),
        ("het Fonds Podiumkunsten en de Omgevingsdienst Drenthe",
         [("Fonds Podiumkunsten", "Stichting Fonds Podiumkunsten"),
          ("Omgevingsdienst Drenthe", "Omgevingsdienst Drenthe")]),
    ],
)  # fmt: skip
def test_listed_institutions_are_found(text: str, want: list[tuple[str, str]]) -> None:
    assert _orgs(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "de rivier maakt een meander bij het dorp",
        "koningin Máxima opende het hertogdom Gelre",
        "Erasmus schreef over de Martini toren",
        "ik sprak met rijnstate en amphia",  # short names count only as printed
        "de Haagse Hogeschoolstraat",
    ],
)
def test_ordinary_words_are_no_institutions(text: str) -> None:
    assert _orgs(text) == []
