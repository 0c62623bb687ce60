"""Round media56 (issue #12): Dutch news media from public lists with their provenance
(data/media.tsv, built by data/build_media.py), a title that is also a Dutch word read as the
title only where the text says so, and what a blind batch of answers, letters and Woo pages
showed: a foundation's name spelled out by the abbreviation after it, a body named in the plural
by its abbreviation, a clinic by its own name. Sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.enrich.data import rows
from services.enrich.data.build_media import (
    CURATED,
    SOURCES,
    bpc,
    build_media,
    headlines,
    poms,
    web_languages,
)
from services.enrich.entities import outlets
from tests.unit.enrich.found import enrich_one


def _bodies(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in enrich_one(text) if e.type == "organization"}


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        ("Kent u het bericht in de Gooi- en Eemlander?", "Gooi- en Eemlander", None),
        ("Volgens de IJmuider Courant is dat zo.", "IJmuider Courant", "IJmuider Courant"),
        ("Het Antilliaans Dagblad meldde dat gisteren.", "Antilliaans Dagblad", None),
        ("Volgens de Amigoe is de begroting rond.", "Amigoe", "Amigoe"),
        ("Het bericht van AT5 over de brand.", "AT5", "AT5"),
        ("Het artikel in NRC Handelsblad van 3 mei.", "NRC Handelsblad", "NRC"),
        ("NOS Journaal meldde het.", "NOS Journaal", "Nederlandse Omroep Stichting"),
        ("Een uitzending van Omroep Zwart en BNNVARA.", "Omroep Zwart", "Omroep Zwart"),
        ("Volgens De Ware Tijd is de koers gedaald.", "De Ware Tijd", "De Ware Tijd"),
    ],
)
def test_a_listed_outlet_is_found(text: str, printed: str, canonical: str | None) -> None:
    found = _bodies(text)
    assert printed in found
    if canonical is not None:
        assert found[printed] == canonical


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Volgens Trouw is dat zo.", "Trouw"),
        ("Trouw meldt dat het kabinet besloot.", "Trouw"),
        ("1 Trouw, 3 mei 2024", "Trouw"),
        ("Het artikel in Metro van 3 mei 2024.", "Metro"),
        ("Metro schreef dat de lijn dicht gaat.", "Metro"),
    ],
)
def test_a_word_title_where_the_text_says_it_is_the_title(text: str, printed: str) -> None:
    assert printed in _bodies(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Trouw aan de afspraken is belangrijk.", "Trouw"),
        ("Het is zo. Trouw aan de wet blijft de norm.", "Trouw"),
        ("Metro en tram rijden niet.", "Metro"),
        ("De lijn is dicht.\nMetro en bus rijden om.", "Metro"),
    ],
)
def test_a_word_title_opening_a_sentence_as_the_word_is_none(text: str, word: str) -> None:
    assert word not in _bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het parool van de dag is moed.",  # lower case: the word, not Het Parool
        "Nu is het zo dat de regering besluit.",  # 'Nu' is no title; NU.nl is
        "de volkskrant van gisteren lag op tafel.",
    ],
)
def test_a_titles_word_in_lower_case_or_alone_is_none(text: str) -> None:
    assert _bodies(text) == {}


def test_the_word_titles_are_the_marked_rows() -> None:
    marked = outlets.word_titles()
    assert set(marked) == {"Trouw", "Metro"}
    assert marked["Trouw"] == frozenset({"Trouw"})


def test_every_media_row_has_its_source_and_kind() -> None:
    media = rows("media.tsv")
    assert len(media) >= 100
    known = set(SOURCES.values()) | {CURATED}
    for row in media:
        assert row["source"] in known, row
        assert row["kind"] and row["case"] == "s", row
        assert row["source"] == CURATED or row["source_ref"], row


# Small copies of the sources' formats (not the sources themselves).
_POMS = (
    "#id, displayName\nKRNC=KRO-NCRV\nNED1=NPO 1\nROFR=Omrop Frysl\\u00E2n\nMAX=MAX\n"
    "RTNO=RTV Noord\n"
)
_BPC = """var defaultSites = {
  "Leeuwarder Courant": {
    domain: "lc.nl"
  },
  "Mediahuis Nederland Regional": {
    domain: "###_nl_mediahuis_region",
    group: [
      "gooieneemlander.nl",
      "ijmuidercourant.nl"
    ]
  },
  "Le Monde": {
    domain: "lemonde.fr"
  }
};
"""
_HEADLINES = (
    'export default {\n  "sources": {\n    "trouw": {"name": "Trouw", "description": "x"},\n'
    '    "metronieuws": {"name": "Metro", "description": "y"}\n  }\n}\n'
)
_LANGUAGES = (
    "# Web Language: Dutch\n\nNews:\n- https://amigoe.com\n- https://www.hln.be\n\n"
    "Culture:\n- https://www.ad.nl/\n"
)


def test_the_sources_are_read(tmp_path: Path) -> None:
    for name, text in (("p", _POMS), ("b", _BPC), ("h", _HEADLINES), ("w", _LANGUAGES)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert poms(tmp_path / "p") == [
        ("KRO-NCRV", "omroep", "KRNC"),
        ("Omrop Fryslân", "regionale omroep", "ROFR"),
        ("MAX", "omroep", "MAX"),
        ("RTV Noord", "regionale omroep", "RTNO"),
    ]
    assert bpc(tmp_path / "b") == [
        ("Leeuwarder Courant", "regionale krant", "Leeuwarder Courant"),
        ("De Gooi- en Eemlander", "regionale krant", "gooieneemlander.nl"),
        ("IJmuider Courant", "regionale krant", "ijmuidercourant.nl"),
    ]
    assert [n for n, _, _ in headlines(tmp_path / "h")] == ["Trouw", "Metro"]
    # only the 'News:' section's sites
    assert web_languages(tmp_path / "w") == [
        ("Amigoe", "Caribische krant", "amigoe.com"),
        ("Het Laatste Nieuws", "Vlaamse krant", "hln.be"),
    ]


def test_a_listed_name_keeps_the_lists_canonical_and_short_names_go() -> None:
    found = {
        "poms": [("MAX", "omroep", "MAX"), ("TV Gelderland", "regionale omroep", "ROGE")],
        "headlines": [
            ("Metro", "landelijke krant", "metronieuws"),
            ("NRC Handelsblad", "x", "nrc"),
        ],
    }
    listed = {"Omroep Gelderland": "Omroep Gelderland", "NRC": "NRC"}
    table = build_media(found, listed, lambda word, lang: 4.0 if word == "metro" else 1.0)
    by = {r[0]: r for r in table if r[4] != CURATED}
    assert "MAX" not in by  # a word too common to name a broadcaster alone
    assert by["Omroep Gelderland"][5] == "ROGE"
    assert by["NRC"][1].startswith("NRC Handelsblad")
    assert by["Metro"][6] == "w" and by["NRC"][6] == ""


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        (
            "De stichting Regionale Omroep Overleg en Samenwerking (hierna: ROOS) schreef dat.",
            "stichting Regionale Omroep Overleg en Samenwerking",
            "Regionale Omroep Overleg en Samenwerking",
        ),
        (
            "Het verzoek van de vereniging Verbond Belangen Vervolgden (VBV) is afgewezen.",
            "vereniging Verbond Belangen Vervolgden",
            "Verbond Belangen Vervolgden",
        ),
        (
            "Zij spraken met de Samenwerkende Huisartsendiensten Rijnland (SHR) over de posten.",
            "SHR",
            "Samenwerkende Huisartsendiensten Rijnland",
        ),
        (
            "Zij kregen zorg van de Kliniek Kop & Lijf in Utrecht.",
            "Kliniek Kop & Lijf",
            "Kliniek Kop & Lijf",
        ),
    ],
)
def test_the_batchs_bodies(text: str, printed: str, canonical: str) -> None:
    assert _bodies(text).get(printed) == canonical


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # the abbreviation spells less than the words: the two-word reach stands
        ("De stichting Nationale Overleg Structuur (NO) meldt het.", "stichting Nationale Overleg"),
        # no abbreviation after it
        ("De stichting Regionale Omroep Overleg en de gemeente.", "stichting Regionale Omroep"),
    ],
)
def test_a_foundations_name_goes_on_only_as_far_as_its_abbreviation_spells(
    text: str, printed: str
) -> None:
    assert printed in _bodies(text)


def test_a_clinic_is_no_clinic_without_a_name() -> None:
    assert _bodies("De Kliniek is gesloten en de kliniek Zuid ook.") == {}
