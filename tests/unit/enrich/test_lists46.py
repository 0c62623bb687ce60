"""listed.tsv (build_listed.py): the companies listed on Euronext Amsterdam, from investpy's
share list, and what the enricher finds with them (issue #12, lists46)."""

from __future__ import annotations

import re

import pytest

from services.enrich.data import build_listed as bl
from services.enrich.data import build_wnt as bw
from services.enrich.data import rows, variants
from services.enrich.enricher import entities_in_text

_WORDS = frozenset({"beter", "holland", "food", "core", "nieuwe", "bever"})
_NAMES = frozenset({"Randstad", "Oranjewoud", "Jansen"})


@pytest.mark.parametrize(
    ("form", "want"),
    [
        ("ForFarmers", True),  # capitals inside
        ("Kendrion", True),  # no word, place or name
        ("Randstad", False),  # a region
        ("Jansen", False),  # a surname
        ("Bever", False),  # a word
        ("ASM", False),  # three capitals stand for too much
        ("CTAC", True),
        ("Beter Bed", False),  # two Dutch words
        ("Sligro Food", True),
        ("Stern", False),  # a surname the lists lack, left out by name
        ("Stern Groep", True),  # with a firm's word
        ("Nieuwe Groep", True),  # a firm's word
        ("Holland Colours", True),
        ("sligro", False),
    ],
)
def test_a_form_is_kept_when_it_is_no_word_place_or_name(form: str, want: bool) -> None:
    assert bl.kept(form, _WORDS, _NAMES) is want


def _share(name: str, full: str, isin: str = "NL0000000001") -> dict[str, str]:
    return {"country": "netherlands", "name": name, "full_name": full, "isin": isin}


def test_rows_keep_the_isin_and_leave_funds_and_class_shares_out() -> None:
    source = [
        _share("Vopak", "Koninklijke Vopak NV", "NL0009432491"),
        _share("Robeco Global", "Robeco Global Total Return Bond Fund SICAV"),
        _share("Royal Dutch Shell A", "Royal Dutch Shell PLC Class A"),
        _share("Pharming Group", "Pharming Group NV", "NL0010391025"),
        _share("Randstad", "Randstad NV"),
    ]
    table = bl.build_listed(source, frozenset(), _WORDS, _NAMES)
    assert table == [
        ["Koninklijke Vopak", "Vopak", "s", "bedrijf", bl.SOURCE, "NL0009432491"],
        ["Pharming Group", "Pharming", "s", "bedrijf", bl.SOURCE, "NL0010391025"],
    ]


def test_a_form_another_list_prints_is_left_to_it() -> None:
    source = [_share("Philips", "Koninklijke Philips NV")]
    assert bl.build_listed(source, {"philips", "koninklijke philips"}, _WORDS, _NAMES) == []


def test_the_committed_list_has_provenance_and_no_other_lists_forms() -> None:
    listed = rows("listed.tsv")
    assert len(listed) >= 80
    others = {v.lower() for name in bl.OTHER_LISTS for row in rows(name) for v in variants(row)}
    for row in listed:
        assert row["source"] == bl.SOURCE and row["case"] == "s" and row["kind"] == "bedrijf"
        assert re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}[0-9]", row["source_id"]), row
        assert not {v.lower() for v in variants(row)} & others, row


def _orgs(text: str) -> set[str]:
    return {text[m.start : m.end] for m in entities_in_text(text) if m.type == "organization"}


def test_listed_companies_are_found_bare() -> None:
    text = (
        "De opdracht ging naar Fugro; Wolters Kluwer en Koninklijke Vopak gaven een reactie. "
        "Ook ForFarmers en Fastned zijn gevraagd."
    )
    assert {"Fugro", "Wolters Kluwer", "Koninklijke Vopak", "ForFarmers", "Fastned"} <= _orgs(text)


def test_a_surname_or_a_region_left_out_stays_what_it_was() -> None:
    found = entities_in_text("Stern zei in de Randstad dat Bever kwam.")
    assert not [m for m in found if m.type == "organization"]


# wnt.tsv (build_wnt.py): the WNT register's subsidised and semi-public bodies.


def _registered(name: str, article: str = "art.1.3.1.c. subsidie", at: str = "1") -> dict[str, str]:
    return {"organisatie_description": name, "wntartikel_value": article, "_position": at}


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Agriterra", ["Agriterra"]),
        ("Area Development Twente (ADT)", ["Area Development Twente"]),  # three letters: no form
        ("Centraal Orgaan Voorraadvorming Aardolieproducten (COVA)",
         ["Centraal Orgaan Voorraadvorming Aardolieproducten", "COVA"]),
        ("Amphion NV", ["Amphion NV", "Amphion"]),
        ("de Koninklijke Schouwburg", ["Koninklijke Schouwburg"]),
        ("SDa, Autoriteit Diergeneesmiddelen", ["SDa", "Autoriteit Diergeneesmiddelen"]),
        ("J.H. Christiaanse", []),  # a person's initials and name
        ("Gemeente Weesp", []),  # a former gemeente: registers.tsv's class
    ],
)  # fmt: skip
def test_wnt_forms(name: str, want: list[str]) -> None:
    assert bw._forms(name) == want


def test_wnt_rows_leave_words_heads_and_known_forms_out() -> None:
    source = [
        _registered("Agriterra", "bijlagen WNT", "7"),
        _registered("Ability", "art.1.2.1.h. WGR", "3"),  # an English word, read in the list
        _registered("Bureau Europa", "art. 1.3.1.", "76"),  # a head word: the finders' name
        _registered("Cordaid", "bijlagen WNT", "111"),  # another list's
        _registered("Alescon", "art.1.2.1.h. WGR", "8"),
    ]
    heads = frozenset({"Bureau"})
    table = bw.build_wnt(source, {"cordaid"}, _WORDS, _NAMES, heads)
    assert table == [
        ["Agriterra", "", "s", "wnt-instelling", bw.SOURCE, "7"],
        ["Alescon", "", "s", "gemeenschappelijke regeling", bw.SOURCE, "8"],
    ]


def test_the_committed_wnt_list_has_provenance_and_no_other_lists_forms() -> None:
    listed = rows("wnt.tsv")
    assert len(listed) >= 300
    others = {
        v.lower() for name in (*bl.OTHER_LISTS, "listed.tsv") for row in rows(name)
        for v in variants(row)
    }  # fmt: skip
    for row in listed:
        assert row["source"] == bw.SOURCE and row["case"] == "s" and row["source_id"].isdigit()
        assert not {v.lower() for v in variants(row)} & others, row


def test_wnt_bodies_are_found_bare() -> None:
    text = "Het geld ging naar Agriterra en Free Press Unlimited; Wetsus deed het onderzoek."
    assert {"Agriterra", "Free Press Unlimited", "Wetsus"} <= _orgs(text)
