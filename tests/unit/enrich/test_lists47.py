"""vocational.tsv (build_vocational.py): the MBO institutions of DUO's sector list, named per
domain, and what the enricher finds with them (issue #12, lists47)."""

from __future__ import annotations

import re

import pytest

from services.enrich.data import build_listed as bl
from services.enrich.data import build_vocational as bv
from services.enrich.data import rows, variants
from services.enrich.enricher import entities_in_text

_WORDS = frozenset({"terra", "summa", "college", "poort"})
_NAMES = frozenset({"Drenthe", "Utrecht", "Mondriaan"})


@pytest.mark.parametrize(
    ("form", "want"),
    [
        ("Scalda", True),  # no word, place or name
        ("Deltion", True),
        ("mboRijnland", True),  # the sector's prefix, marked
        ("KW1C", True),  # capitals and a digit
        ("Zone.college", True),
        ("Drenthe College", True),  # a place with a school's word
        ("HvA", True),  # capitals around a lower-case letter
        ("BUas", True),
        ("HAN", False),  # three capitals stand for too much
        ("Terra", False),  # a Latin word, by name
        ("Helicon", False),  # a mountain and an instrument, by name
        ("Mondriaan", False),  # a painter
        ("Summa", False),
        ("Utrecht", False),  # a place
    ],
)
def test_a_form_is_kept_when_it_names_no_word_place_or_person(form: str, want: bool) -> None:
    assert bv.kept(form, _WORDS, _NAMES) is want


def test_domains_are_the_rows_of_the_mbo_sector() -> None:
    source = [
        ["Name", "Domain Type", "Agency"],
        ["scalda.nl", "Onderwijs", "middelbaar beroepsonderwijs"],
        ["hr.nl", "Onderwijs", "hoger beroepsonderwijs"],
        ["", "Onderwijs", "middelbaar beroepsonderwijs"],
        ["Deltion.nl ", "Onderwijs", "middelbaar beroepsonderwijs"],
    ]
    assert bv.domains(source) == ["scalda.nl", "deltion.nl"]


def _tender(name: str, url: str) -> dict[str, str]:
    return {"AD officiele benaming": name, "Internetadres aanbestedende dienst": url}


def test_legal_names_are_one_stichting_per_domain() -> None:
    legal = bv.legal_names(
        [
            _tender(
                "Stichting Regionaal Opleidingen Centrum Drenthe", "http://www.drenthecollege.nl"
            ),
            _tender("Stichting Deltion College p/a PSI b.v.", "http://www.deltion.nl"),  # an agent
            _tender("Campus Deltion College", "http://www.deltion.nl"),  # no legal head
            _tender("ROC van Amsterdam, VOvA en ROC Flevoland", "http://www.rocva.nl"),
        ]
    )
    assert legal == {"drenthecollege.nl": ["Stichting Regionaal Opleidingen Centrum Drenthe"]}


def test_rows_name_each_domain_and_keep_a_legal_name_that_repeats_a_word_of_it() -> None:
    legal = {
        "drenthecollege.nl": ["Stichting Regionaal Opleidingen Centrum Drenthe"],
        "novacollege.nl": ["Stichting voor Educatie en Beroepsonderwijs"],  # nothing of 'Nova'
    }
    domains = ["drenthecollege.nl", "novacollege.nl", "a12.nl", "nieuw-college.nl"]
    table, unnamed = bv.build_vocational(domains, legal, {}, _WORDS, _NAMES)
    source = [bv.KIND, bv.SOURCE]
    assert table == [
        ["Drenthe College", "ROC Drenthe College|Stichting ROC Drenthe College|"
         "Stichting Regionaal Opleidingen Centrum Drenthe", "s", *source, "drenthecollege.nl"],
        ["Nova College", "ROC Nova College|Stichting ROC Nova College", "s", *source,
         "novacollege.nl"],
    ]  # fmt: skip
    assert unnamed == ["nieuw-college.nl"]  # reported, not guessed; a12.nl is no MBO's


def test_a_form_another_list_prints_is_left_to_it_and_lends_its_canonical() -> None:
    known = {"Scalda": "Scalda", "Saxion Hogescholen": "Saxion Hogescholen"}
    table, _ = bv.build_vocational(["scalda.nl"], {}, known, _WORDS, _NAMES, ["saxion.nl"])
    assert table == [
        [
            "Saxion Hogescholen",
            "Saxion|Saxion Hogeschool",
            "s",
            bv.HBO_KIND,
            bv.SOURCE,
            "saxion.nl",
        ],
        ["Scalda", "ROC Scalda|Stichting ROC Scalda", "s", bv.KIND, bv.SOURCE, "scalda.nl"],
    ]


def test_the_committed_list_has_provenance_and_no_other_lists_forms() -> None:
    listed = rows("vocational.tsv")
    assert len(listed) >= 80
    lists = (*bl.OTHER_LISTS, "listed.tsv", "wnt.tsv")
    others = {v for name in lists for row in rows(name) for v in variants(row)}
    lowered = {
        v.lower(): row["canonical"] for name in lists for row in rows(name) for v in variants(row)
    }
    forms: set[str] = set()
    for row in listed:
        assert row["source"] == bv.SOURCE and row["case"] == "s", row
        assert re.fullmatch(r"[a-z0-9.-]+\.(?:nl|edu)", row["source_id"]), row
        if row["kind"] == bv.KIND:
            assert row["source_id"] in bv.NAMES, row
        else:
            assert row["kind"] == bv.HBO_KIND and row["source_id"] in bv.HBO_NAMES, row
        mine = set(variants(row)[1:])
        if row["canonical"] not in lowered.values():  # else another list's canonical, linked
            mine.add(row["canonical"])
        assert not mine & others and not mine & forms, row  # as printed
        for form in mine:  # a form another list holds in another casing links to its body
            assert lowered.get(form.lower(), row["canonical"]) == row["canonical"], form
        forms |= mine


def _orgs(text: str) -> set[str]:
    return {text[m.start : m.end] for m in entities_in_text(text) if m.type == "organization"}


def test_mbo_institutions_are_found_bare() -> None:
    text = (
        "Het onderzoek liep bij Deltion College, Scalda en Noorderpoort; ook het Alfa-college "
        "en mboRijnland deden mee, met Zone.college en het Graafschap College."
    )
    want = {"Deltion College", "Scalda", "Noorderpoort", "Alfa-college", "mboRijnland"}
    assert want | {"Zone.college", "Graafschap College"} <= _orgs(text)


def test_hogescholen_are_found_by_the_names_they_go_by() -> None:
    text = (
        "Onderzoekers van Saxion, Hogeschool Windesheim en Inholland werkten samen met de HvA "
        "en de Hogeschool Inholland."
    )
    found = {(text[m.start : m.end], m.canonical) for m in entities_in_text(text)}
    assert {
        ("Saxion", "Saxion Hogescholen"),
        ("Hogeschool Windesheim", "Christelijke Hogeschool Windesheim"),
        ("Inholland", "Hogeschool INHOLLAND"),
        ("HvA", "Hogeschool van Amsterdam"),
        ("Hogeschool Inholland", "Hogeschool INHOLLAND"),  # whole, not its last word
    } <= found


def test_the_village_windesheim_is_no_hogeschool() -> None:
    text = "De buitenwaarden Wijhe, Windesheim en Oldeneel zijn in 2008 gekarteerd."
    assert not {"Windesheim", "Wijhe", "Oldeneel"} & _orgs(text)


def test_a_painter_a_latin_word_or_a_saint_stays_what_it_was() -> None:
    text = "Het werk van Mondriaan hangt in het museum; terra incognita; Terra en Summa."
    assert not {"Mondriaan", "Terra", "Summa"} & _orgs(text)
