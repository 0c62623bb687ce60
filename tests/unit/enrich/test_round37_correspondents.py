"""gold37: a Woo inventory's 'Afzender' and 'Ontvanger' columns name bodies (the persons in them
are redacted), also bodies no list holds, also on the table's next page without its header."""

from __future__ import annotations

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument

_HEADER = ["Nr.", "Datum", "Documentnaam", "Beoordeling", "Grond", "Afzender", "Ontvanger"]


def _table(seg_id: str, rows: list[list[str]]) -> Segment:
    text = "\n".join(" | ".join(row) for row in rows)
    return Segment(id=seg_id, kind="table", page=1, text=text, rows=rows)


def _orgs(*tables: list[list[str]]) -> set[str]:
    doc = SegmentedDocument(segments=[_table(f"t{i}", rows) for i, rows in enumerate(tables)])
    _, ents = enrich(doc)
    return {e.canonical for e in ents if e.type == "organization"}


def test_unlisted_bodies_in_the_sender_and_recipient_columns() -> None:
    found = _orgs(
        [
            _HEADER,
            [
                "1",
                "3-2-2020",
                "E-mail over de proef",
                "Deels openbaar",
                "10.2.e",
                "Bootwerf Kromhout",
                "IenW",
            ],
            [
                "2",
                "4-2-2020",
                "Verslag overleg",
                "Openbaar",
                "",
                "IenW",
                "Zeilschool Vrijwater, Kanobond Oost en IenW",
            ],
        ]
    )
    assert {"Bootwerf Kromhout", "Zeilschool Vrijwater", "Kanobond Oost"} <= found
    assert "Ministerie van Infrastructuur en Waterstaat" in found  # the list's reading stands


def test_the_columns_go_on_in_the_tables_next_page_without_its_header() -> None:
    found = _orgs(
        [_HEADER, ["1", "3-2-2020", "Brief", "Openbaar", "", "LNV", "Veevoerfabriek Delta"]],
        [
            [
                "2",
                "5-2-2020",
                "Nota",
                "Openbaar",
                "",
                "Stichting Weidevogels",
                "Akkerbouw Groenrijk",
            ]
        ],
    )
    assert {"Veevoerfabriek Delta", "Stichting Weidevogels", "Akkerbouw Groenrijk"} <= found


def test_a_table_of_another_width_does_not_inherit_the_columns() -> None:
    found = _orgs(
        [_HEADER, ["1", "3-2-2020", "Brief", "Openbaar", "", "LNV", "Veevoerfabriek Delta"]],
        [["Onderwerp", "Toelichting"], ["Kwekerij Zonneveld", "Bollenteelt Noord"]],
    )
    assert "Veevoerfabriek Delta" in found
    assert not found & {"Kwekerij Zonneveld", "Bollenteelt Noord", "Onderwerp"}


def test_what_is_no_body_in_those_columns() -> None:
    found = _orgs(
        [
            _HEADER,
            ["1", "", "Nota", "Openbaar", "", "Minister van LNV", "Intern"],
            ["2", "", "Nota", "Openbaar", "", "IenW intern", "Burger"],
            ["3", "", "E-mail", "Deels openbaar", "10.2.e", "10.2.e", "Derden"],
            ["4", "", "E-mail", "Openbaar", "", "Pieter Bakkenes", "J. Vermeulen"],
            ["5", "", "Brief", "Openbaar", "", "Ministerie", "Onbekend"],
            ["6", "", "Brief", "Openbaar", "", "Zie document 3", "DG Agro"],
            ["7", "", "E-mail", "Openbaar", "", "Dhr. Kromhout", "n.v.t."],
        ]
    )
    made_up = {
        "Minister van LNV", "Intern", "IenW intern", "Burger", "10.2.e", "Derden",
        "Pieter Bakkenes", "J. Vermeulen", "Ministerie", "Onbekend", "Zie document 3",
        "DG Agro", "Dhr. Kromhout", "n.v.t.",
    }  # fmt: skip
    assert not found & made_up


def test_other_columns_of_an_inventory_are_not_read_as_bodies() -> None:
    found = _orgs(
        [
            _HEADER,
            ["1", "3-2-2020", "Verslag Werkgroep Weidegang", "Openbaar", "", "", ""],
            ["2", "3-2-2020", "Planning Kustversterking", "Openbaar", "", "", ""],
        ]
    )
    assert not found & {"Verslag Werkgroep Weidegang", "Planning Kustversterking"}


def test_a_defined_abbreviation_in_the_column_keeps_its_long_name() -> None:
    doc = SegmentedDocument(
        segments=[
            Segment(
                id="p1",
                kind="paragraph",
                page=1,
                text="Overleg met de Vereniging Kustvisserij Noord (VKN) over de quota.",
            ),
            _table(
                "t1",
                [_HEADER, ["1", "", "Verslag", "Openbaar", "", "VKN", "LNV"]],
            ),
        ]
    )
    _, ents = enrich(doc)
    in_table = [e.canonical for e in ents if e.segment_id == "t1" and e.text == "VKN"]
    assert in_table == ["Vereniging Kustvisserij Noord"]


def test_a_note_a_place_or_a_members_surname_in_the_columns_is_no_body() -> None:
    found = _orgs(
        [
            _HEADER,
            ["1", "", "Nota", "Openbaar", "", "Opgesteld door sector", "Noord‐Brabant"],
            ["2", "", "Brief", "Openbaar", "", "Rutte", "VSB fonds"],
        ]
    )
    assert not found & {"Opgesteld door sector", "Noord‐Brabant", "Rutte"}
    assert "VSB fonds" in found
