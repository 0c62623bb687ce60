"""The register-derived gazetteer files are rebuilt from their sources by one script."""

import json
from pathlib import Path

import pytest

from services.enrich.data import (
    build,
    build_cabinets,
    build_parlamint,
    build_people,
    build_polder,
    rows,
)

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


_LISTPERSON = """<?xml version="1.0" encoding="UTF-8"?>
<listPerson xmlns="http://www.tei-c.org/ns/1.0" xml:id="ParlaMint-NL-listPerson">
 <person n="1" xml:id="HankeBruinsSlot"><persName><surname>Bruins Slot</surname>
  <forename>Hanke</forename></persName><affiliation role="member" ref="#party.CDA"/>
  <affiliation role="minister" from="2022-01-10" ref="#GOV"/>
  <idno type="URI" subtype="wikimedia">https://nl.wikipedia.org/wiki/Hanke_Bruins_Slot</idno>
  <affiliation from="2010-06-17" ref="#TK" role="member" to="2019-06-05"/></person>
 <person n="2" xml:id="ReneDercksen"><persName><surname>Dercksen</surname>
  <forename>Rene</forename></persName><affiliation role="member" ref="#party.PVV"/>
  <idno type="URI" subtype="wikimedia">https://nl.wikipedia.org/wiki/Ren%C3%A9_Dercksen</idno>
  <affiliation from="2015-06-09" ref="#EK" role="member" to="2019-06-11"/></person>
 <person n="3" xml:id="SybrandVanHaersmaBuma"><persName><surname>Van Haersma Buma</surname>
  <forename>Sybrand</forename></persName><affiliation role="member" ref="#party.CDA"/></person>
 <person n="4" xml:id="MariaSmit"><persName><surname>Smit</surname>
  <forename>Maria</forename></persName></person>
 <person n="5" xml:id="HenriBontenbal"><persName><surname>Bontenbal</surname>
  <forename>Henri</forename></persName><affiliation role="member" ref="#party.CDA"/>
  <idno type="URI" subtype="wikimedia">https://nl.wikipedia.org/wiki/Henri_Bontenbal</idno>
  <affiliation from="2021-06-01" ref="#TK" role="member" to="2021-09-15"/></person>
 <person n="6" xml:id="SophieintVeld"><persName><surname>in 't Veld</surname>
  <forename>Sophie</forename></persName><affiliation role="member" ref="#party.D66"/>
  <idno type="URI" subtype="wikimedia">https://nl.wikipedia.org/wiki/Sophie_in_%27t_Veld</idno>
 </person>
</listPerson>
"""


def test_people_from_parlamint_with_their_post_and_id(tmp_path: Path) -> None:
    # Kept: persons with an affiliation and a Wikipedia link, the accent the article title keeps
    # ('René'); left out: one without a link (Buma), one without any affiliation (Smit).
    path = tmp_path / "listPerson.xml"
    path.write_text(_LISTPERSON, encoding="utf-8")
    src = "parlamint-nl-listperson"
    assert build_parlamint.build_parlamint(path) == [
        ["Hanke Bruins Slot", "", "s", "bewindspersoon", src, "HankeBruinsSlot"],
        ["Henri Bontenbal", "", "s", "tweede kamerlid", src, "HenriBontenbal"],
        ["René Dercksen", "", "s", "eerste kamerlid", src, "ReneDercksen"],
        ["Sophie in 't Veld", "", "s", "politicus", src, "SophieintVeld"],
    ]


def test_a_particle_after_the_forename_is_lower_case() -> None:
    assert build_parlamint._surname("Van Haersma Buma") == "van Haersma Buma"
    assert build_parlamint._surname("De Vries-Leggedoor") == "de Vries-Leggedoor"
    assert build_parlamint._surname("Rinnooy Kan") == "Rinnooy Kan"
    assert build_parlamint._surname("Van") == "Van"  # a surname, not a particle


def test_merged_people_keep_the_first_row_and_a_later_cabinet_post() -> None:
    first = [
        ["Léon de Jong", "L. de Jong", "s", "tweede kamerlid", "a", "1"],
        ["Dilan Yeşilgöz-Zegerius", "", "s", "tweede kamerlid", "a", "2"],
    ]
    later = [["Leon de Jong", "", "s", "tweede kamerlid", "b", "x"],
             ["Dilan Yeşilgöz-Zegerius", "", "s", "bewindspersoon", "b", "y"],
             ["Ernst Kuipers", "", "s", "bewindspersoon", "b", "z"]]  # fmt: skip
    assert build.merge_people(first, later) == [
        ["Dilan Yeşilgöz-Zegerius", "", "s", "bewindspersoon", "a", "2"],
        ["Ernst Kuipers", "", "s", "bewindspersoon", "b", "z"],
        ["Léon de Jong", "L. de Jong", "s", "tweede kamerlid", "a", "1"],
    ]


_CABINET_PAGE = """<!-- rijksoverheid.nl (CC0) -->
<div class="rich-text"><h2 tabindex="-1" id="a">Ministers</h2><ul>
 <li><strong>Minister van Volkshuisvesting en Ruimtelijke Ordening</strong><br/>
 Mr. drs. M.C.G. (Mona) Keijzer (BBB). Ook viceminister-president</li>
 <li><strong>Minister van Buitenlandse Zaken</strong><br/>
 R.P. (Ruben) Brekelmans MPA, MSc (VVD), 22 augustus 2025 - 5 september 2025<br/>
 Drs. C.C.J. (Caspar) Veldkamp (NSC), 2 juli 2024 - 22 augustus 2025</li>
 <li><strong>Minister van Volksgezondheid, Welzijn en Sport</strong><br/>
 dr. E. J. (Ernst) Kuipers (D66), 10 januari 2022 - 10 januari 2024</li>
</ul></div>
<div class="rich-text"><h2 tabindex="-1" id="b">Staatssecretarissen</h2><ul>
 <li><strong>Staatssecretaris Fiscaliteit, Belastingdienst en Douane</strong><br/>
 Drs. E.H.J. Heijnen (BBB), vanaf 5 september 2025<br/>
 Dr. mr. Th.H.D. (Teun) Struycken (op voordracht van NSC; partijloos), 2 juli 2024</li>
</ul></div>
<h2>Informateurs</h2>
<ul>
 <li>Dr. R.H.A. (Ronald) Plasterk</li>
</ul>
"""


def test_cabinet_members_from_the_rijksoverheid_pages(tmp_path: Path) -> None:
    # Titles and degrees dropped, initials closed up ('E. J.'), the given name in parentheses the
    # canonical form; an informateur holds no post and is left out.
    (tmp_path / "kabinet-schoof.html").write_text(_CABINET_PAGE, encoding="utf-8")
    src = "rijksoverheid-kabinetten-2026"
    assert build_cabinets.build_cabinets(tmp_path) == [
        ["Caspar Veldkamp", "C.C.J. Veldkamp", "s", "bewindspersoon", src,
         "kabinet-schoof: C.C.J. Veldkamp"],
        ["E.H.J. Heijnen", "", "s", "bewindspersoon", src, "kabinet-schoof: E.H.J. Heijnen"],
        ["Ernst Kuipers", "E.J. Kuipers", "s", "bewindspersoon", src,
         "kabinet-schoof: E.J. Kuipers"],
        ["Mona Keijzer", "M.C.G. Keijzer", "s", "bewindspersoon", src,
         "kabinet-schoof: M.C.G. Keijzer"],
        ["Ruben Brekelmans", "R.P. Brekelmans", "s", "bewindspersoon", src,
         "kabinet-schoof: R.P. Brekelmans"],
        ["Teun Struycken", "Th.H.D. Struycken", "s", "bewindspersoon", src,
         "kabinet-schoof: Th.H.D. Struycken"],
    ]  # fmt: skip


def test_a_later_source_adds_only_the_forms_it_prints() -> None:
    first = [["Mark Harbers", "", "s", "tweede kamerlid", "a", "1"]]
    later = [["Mark Harbers", "M.G.J. Harbers", "s", "bewindspersoon", "b", "x"]]
    assert build.merge_people(first, later) == [
        ["Mark Harbers", "", "s", "bewindspersoon", "a", "1"],
        ["Mark Harbers", "M.G.J. Harbers", "s", "bewindspersoon", "b", "x"],
    ]


_SOURCES = {
    "registers.tsv": {"oo-register-2023-07-03"},
    "people.tsv": {
        "openkamer-fixtures-2019",
        "parlamint-nl-listperson",
        "rijksoverheid-kabinetten-2026",
        "polder-2026-05-19",
    },
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
    described = " ".join(comments) + "".join(
        m.__doc__ or ""
        for m in (build, build_people, build_parlamint, build_cabinets, build_polder)
    )
    assert all(r["source"].split("-")[0] in described for r in table)


def test_the_committed_people_file_names_members_and_ministers() -> None:
    table: dict[str, dict[str, str]] = {}  # a person's first row (a later source adds forms)
    for r in rows("people.tsv"):
        table.setdefault(r["canonical"], r)
    assert len(table) > 1250
    assert table["Pieter Omtzigt"]["kind"] == "tweede kamerlid"
    assert table["Mark Rutte"]["kind"] == "bewindspersoon"
    # Rutte IV and the Kamer of 2021, from ParlaMint-NL
    assert table["Ernst Kuipers"]["kind"] == "bewindspersoon"
    assert table["Henri Bontenbal"]["source"] == "parlamint-nl-listperson"
    assert table["Dilan Yeşilgöz-Zegerius"]["kind"] == "bewindspersoon"
    # the cabinets Schoof and Jetten, from the Rijksoverheid pages
    assert table["Dick Schoof"]["source"] == "rijksoverheid-kabinetten-2026"
    assert "H.W.M. Schoof" in table["Dick Schoof"]["variants"]
    assert table["Mirjam Sterk"]["kind"] == "bewindspersoon"
    # the Kamers elected in 2023 and 2025 and the Eerste Kamer of 2023, from Polder
    assert table["Jesse Six Dijkstra"]["source"] == "polder-2026-05-19"
    assert table["Jesse Six Dijkstra"]["variants"] == "J.P.S. Six Dijkstra"
    assert table["Faith Bruyning"]["kind"] == "tweede kamerlid"
    assert table["Ilona Lagas"]["kind"] == "eerste kamerlid"
    assert all(" " in name for name in table)  # never a surname alone


_POLDER = {
    # a Tweede Kamer seat from the Kamer's open data, with a Wikidata id
    "six-dijkstra-jps-1994.yaml": """id: person:six-dijkstra-jps-1994
identifiers: {tk_persoon_id: fd6c6b85-606d-46c2-a803-72f793816c73, wikidata: Q123173839}
name: {full: Jesse Six Dijkstra, family: Six Dijkstra, given: Jesse, initials: J.P.S.}
mandaten:
- {organization_id: org:tweede-kamer, role: Kamerlid voor Nieuw Sociaal Contract,
   start_date: '2023-12-06', end_date: '2025-11-11'}
""",
    # Eerste Kamer records print the family name as the Kamer's pages do
    "a-sj-goot-1952.yaml": """id: person:a-sj-goot-1952
name: {full: Auke van der Goot, family: A.Sj. van der Goot, honorifics_pre: [Drs.]}
mandaten:
- {organization_id: org:eerste-kamer, role: Senator voor OPNL, start_date: '2023-06-13'}
""",
    "em-prof-dr-f-knapen-1948.yaml": """id: person:em-prof-dr-f-knapen-1948
name: {full: Frans van Knapen, family: Em. prof. dr. F. van Knapen}
mandaten:
- {organization_id: org:eerste-kamer, role: Senator voor BBB, start_date: '2023-06-13'}
""",
    "lagas-mdr-im-1956.yaml": """id: person:lagas-mdr-im-1956
name: {full: Ilona Lagas, family: Lagas MDR, initials: I.M.}
mandaten:
- {organization_id: org:eerste-kamer, role: Senator voor BBB, start_date: '2023-06-13'}
""",
    # a family name that is not the full name's: no initials form is made from it
    "kroon-x.yaml": """id: person:kroon-x
name: {full: Bart Kroon, family: Kroonen, initials: B.}
mandaten:
- {organization_id: org:eerste-kamer, role: Senator voor BBB, start_date: '2023-06-13'}
""",
    # a raadslid and a secretaris-generaal hold no seat in either Kamer
    "jansen-jp-1965.yaml": """id: person:jansen-jp-1965
name: {full: Jan Pieter Jansen, family: Jansen, initials: J.P.}
mandaten:
- {organization_id: org:min-bzk, role: Secretaris-Generaal, start_date: '2022-09-01'}
""",
}


def test_people_from_polder_with_their_kamer_and_id(tmp_path: Path) -> None:
    for name, text in _POLDER.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    src = "polder-2026-05-19"
    assert build_polder.build_polder(tmp_path) == [
        ["Auke van der Goot", "A.Sj. van der Goot", "s", "eerste kamerlid", src,
         "person:a-sj-goot-1952"],
        ["Bart Kroon", "", "s", "eerste kamerlid", src, "person:kroon-x"],
        ["Frans van Knapen", "F. van Knapen", "s", "eerste kamerlid", src,
         "person:em-prof-dr-f-knapen-1948"],
        ["Ilona Lagas", "I.M. Lagas", "s", "eerste kamerlid", src, "person:lagas-mdr-im-1956"],
        ["Jesse Six Dijkstra", "J.P.S. Six Dijkstra", "s", "tweede kamerlid", src, "Q123173839"],
    ]  # fmt: skip


def test_a_wikidata_id_joins_a_person_named_otherwise() -> None:
    # openkamer and Polder both give Q2008535: Polder's 'Anne-Wil Lucas' is a form of the same
    # person, no new one; a seat makes a mere 'politicus' a member.
    first = [
        [
            "Anne-Wil Lucas-Smeerdijk",
            "A.W. Lucas-Smeerdijk",
            "s",
            "tweede kamerlid",
            "a",
            "Q2008535",
        ],
        ["Caroline van der Plas", "", "s", "politicus", "a", "CarolinevanderPlas"],
    ]
    later = [
        ["Anne-Wil Lucas", "A.W. Lucas", "s", "tweede kamerlid", "b", "Q2008535"],
        ["Caroline van der Plas", "C.A.M. van der Plas", "s", "tweede kamerlid", "b", "Q1"],
    ]
    assert build.merge_people(first, later) == [
        ["Anne-Wil Lucas-Smeerdijk", "A.W. Lucas-Smeerdijk", "s", "tweede kamerlid", "a",
         "Q2008535"],
        ["Anne-Wil Lucas-Smeerdijk", "A.W. Lucas|Anne-Wil Lucas", "s", "tweede kamerlid", "b",
         "Q2008535"],
        ["Caroline van der Plas", "", "s", "tweede kamerlid", "a", "CarolinevanderPlas"],
        ["Caroline van der Plas", "C.A.M. van der Plas", "s", "tweede kamerlid", "b", "Q1"],
    ]  # fmt: skip


def test_merging_the_committed_people_again_gives_them_back() -> None:
    # '--onto-committed' starts from the committed rows: the merge must not change them.
    committed = build.committed_people()
    assert build.merge_people(committed) == sorted(committed)
    assert not any(r[4] == "polder-2026-05-19" for r in build.committed_people("polder-2026-05-19"))
