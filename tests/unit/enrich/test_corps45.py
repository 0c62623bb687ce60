"""corps45 (issue #12, point 4): housing corporations named with no kind word.

corporations.tsv (build_corporations.py) lists the corporations with their Autoriteit
woningcorporaties register number; a listed name found whole is an organisation ('Woontij',
'Tablis Wonen', 'KleurrijkWonen'); a name made of words, a place after a kind word and a
slogan's 'X Wonen' are not forms of it. A tenants' body named after its landlord
('Huurdersvereniging Woontij') is a body of its own. Texts our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.enrich.data import build_corporations as bc
from services.enrich.data import rows
from tests.unit.enrich.found import bodies

_FIXTURE = """<?php
        $owners = [
            ['name' => 'Dobro BV a', 'lnumber' => 'L9999'],
            ['name' => 'Stichting Woontij', 'lnumber' => 'L1560'],
            ['name' => 'Woningstichting Barneveld', 'lnumber' => 'L2082'],
            ['name' => 'Woningstichting SallandWonen', 'lnumber' => 'L1506'],
            ['name' => 'Stichting Tablis Wonen (Sliedrecht)', 'lnumber' => 'L0867'],
            ['name' => 'Goed Wonen', 'lnumber' => 'L1745'],
            ['name' => 'Woonvisie', 'lnumber' => 'L0689'],
            ['name' => 'Stichting De Woningbouw', 'lnumber' => 'L0885'],
            ['name' => 'Waterweg wonen', 'lnumber' => 'L2072'],
            ['name' => 'Woonstichtibng De zes Kernen', 'lnumber' => 'L2090'],
            ['name' => 'Stichting Ymere', 'lnumber' => 'L2070'],
        ];
"""


def _built(tmp_path: Path) -> dict[str, list[str]]:
    source = tmp_path / "LoadOwnerData.php"
    source.write_text(_FIXTURE, encoding="utf-8")
    table = bc.build_corporations(
        source, {"Ymere"}, {"woonvisie", "woningbouw", "stichting"}, {"Barneveld", "Sliedrecht"}
    )
    return {row[0]: [*row[1].split("|"), row[5]] for row in table}


def test_the_builder_keeps_names_and_their_printed_forms(tmp_path: Path) -> None:
    built = _built(tmp_path)
    assert built["Woontij"] == ["Stichting Woontij", "L1560"]
    assert built["Tablis Wonen"] == ["Stichting Tablis Wonen", "TablisWonen", "L0867"]
    assert built["Woningstichting SallandWonen"] == ["SallandWonen", "Salland Wonen", "L1506"]
    assert built["Waterweg wonen"] == ["Waterweg Wonen", "WaterwegWonen", "L2072"]
    # after a kind word a place: the name only whole
    assert built["Woningstichting Barneveld"] == ["", "L2082"]
    assert built["Woonstichting De zes Kernen"] == ["", "L2090"]  # the fixture's typo mended


def test_the_builder_leaves_out_words_slogans_test_rows_and_listed_names(tmp_path: Path) -> None:
    built = _built(tmp_path)
    for name in ("Dobro BV a", "Goed Wonen", "Woonvisie", "Stichting De Woningbouw"):
        assert name not in built
    assert "Stichting Ymere" not in built  # organisations.tsv's row stands


def test_the_committed_list() -> None:
    table = {r["canonical"]: r for r in rows("corporations.tsv")}
    assert len(table) > 200
    assert table["Woontij"]["source_id"] == "L1560"
    assert "Kleurrijk Wonen" in table["KleurrijkWonen"]["variants"].split("|")
    forms = {v for r in table.values() for v in [r["canonical"], *r["variants"].split("|")]}
    for word in ("Goed Wonen", "Barneveld", "Woonvisie", "Thuis", "Wonen", "Zorg en Wonen"):
        assert word not in forms
    assert all(r["source"] in (bc.SOURCE, bc.MERGER_SOURCE) for r in table.values())
    assert all(r["case"] == "s" for r in table.values())


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "De woningcorporaties zijn Kleurrijk Wonen, Lek en Waard Wonen en Tablis Wonen.",
            {"Kleurrijk Wonen", "Lek en Waard Wonen", "Tablis Wonen"},
        ),
        ("In Den Helder bouwt Woontij dit jaar 120 woningen.", {"Woontij"}),
        (
            "Het overleg met Huurdersvereniging Woontij en Woonpartners verliep goed.",
            {"Huurdersvereniging Woontij", "Woonpartners"},
        ),
    ],
)
def test_listed_corporations_are_found(text: str, found: set[str]) -> None:
    assert found <= set(bodies(text))


@pytest.mark.parametrize(
    "text",
    [
        "De wethouder Wonen sprak over Zorg en Wonen in de wijk.",
        "Goed Wonen is voor iedereen belangrijk, zegt de gemeente.",
        "De Woonvisie 2025 van de gemeente is vastgesteld.",
    ],
)
def test_words_and_programmes_are_no_corporations(text: str) -> None:
    assert not {"Wonen", "Zorg en Wonen", "Goed Wonen", "Woonvisie"} & set(bodies(text))


def test_a_compound_kind_before_a_listed_body_still_names_that_body() -> None:
    # 'Lobbyistenvereniging BVPA': the kind says what BVPA is; a tenants' body is another body
    assert "BVPA" in bodies("Volgens de Lobbyistenvereniging BVPA is dat onjuist.")
