"""Organisation lists derived from listed and sourced names: short_forms.tsv (build_short_forms.py:
register bodies without their legal form or English title) and subsidies.tsv (build_subsidies.py:
the bodies the ministries fund) and international.tsv (build_crs_channels.py: the OECD DAC's
channels of delivery), and what the enricher finds with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.enrich.data import build_crs_channels as bcrs
from services.enrich.data import build_short_forms as bs
from services.enrich.data import build_subsidies as bsub
from services.enrich.data import rows
from services.enrich.enricher import entities_in_text

# Zipf frequencies a word list might give (the builder reads wordfreq's): common words, names
# and places score 3 or more.
_FREQUENCIES = {
    "fair": 5.0, "wear": 4.9, "sport": 5.0, "welzijn": 4.3, "amsterdam": 5.4, "adoptie": 3.1,
    "voorzieningen": 3.6, "dag": 5.5, "vrijdag": 4.9, "de": 7.0, "trade": 4.5, "access": 4.6,
    "medicine": 4.2, "ouderen": 4.4, "idh": 1.0, "stab": 3.2, "humanistisch": 2.0,
}  # fmt: skip


def _zipf(word: str, lang: str) -> float:
    return _FREQUENCIES.get(word, 0.0)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Stichting Fair Wear Foundation", ["Fair Wear Foundation", "Fair Wear"]),
        ("Stichting IDH Sustainable Trade Initiative",
         ["IDH Sustainable Trade Initiative", "IDH Sustainable Trade", "IDH"]),
        ("Dunea N.V.", ["Dunea"]),
        ("N.V. Waterbedrijf Tangelo", ["Waterbedrijf Tangelo"]),
        ("Biesieklette Holding B.V.", ["Biesieklette"]),
        ("Coöperatie Plimsol U.A.", ["Plimsol"]),
        ("Stichting Aanpak Zwartrijden (SAZWA)", ["SAZWA", "Stichting Aanpak Zwartrijden",
                                                  "Aanpak Zwartrijden"]),
        ("Stichting Quorvo (Humanistisch Instituut)", ["Stichting Quorvo", "Quorvo"]),
        ("Plimsol Consulting", ["Plimsol"]),
        ("Quorvo Welzijn Groep", []),  # the firm's name is two words: not cut
    ],
)  # fmt: skip
def test_candidate_short_forms(name: str, want: list[str]) -> None:
    assert [form for form, _ in bs.candidates(name)] == want


@pytest.mark.parametrize(
    ("form", "kept"),
    [
        ("Dunea", True),  # no word, name or place
        ("AgriFood", True),  # a capital inside
        ("BOSATEX", True),  # an abbreviation that is no word
        ("VRIJDAG", False),  # a word in capitals
        ("STAB", False),
        ("OTP", False),  # three letters stand for too much
        ("Amsterdam", False),  # a place
        ("Welzijn", False),  # a word
        ("Adoptievoorzieningen", False),  # two words joined: a Dutch compound
        ("Sport Amsterdam", False),  # common words only
        ("Welzijn Quorvo", True),  # one of them rare
        ("Beheer begraafplaatsen", False),  # one capital
        ("J.H. Quorvo", False),  # a person's name
    ],
)  # fmt: skip
def test_what_is_distinctive(form: str, kept: bool) -> None:
    assert bs.distinctive(form, _zipf) is kept


def test_an_english_title_and_an_opening_abbreviation() -> None:
    assert bs.distinctive("Fair Wear", _zipf, english_title=True)
    assert not bs.distinctive("Fair Wear", _zipf)
    assert bs.distinctive("IDH", _zipf, opening=True)  # three capitals, but named by the title
    assert not bs.distinctive("IDH", _zipf)


def _row(canonical: str, source: str = "oo-register-2023-07-03") -> dict[str, str]:
    return {"canonical": canonical, "kind": "organisatie met overheidsbemoeienis",
            "source": source, "source_id": "exportOO.xml"}  # fmt: skip


def test_a_short_name_a_list_turned_down_stays_out() -> None:
    table = [_row("Quorvo Consulting", "curated-firms"), _row("Plimsol Groep", "curated-firms")]
    assert bs.build_short_forms(table, set(), _zipf, refused={"Quorvo"}) == [
        ["Plimsol Groep", "Plimsol", "s", "organisatie met overheidsbemoeienis",
         "short-of-curated-firms", "exportOO.xml"],
    ]  # fmt: skip


def test_build_keeps_one_bodys_forms_and_leaves_known_and_shared_ones() -> None:
    table = [
        _row("Stichting Fair Wear Foundation"),
        _row("Stichting Quorvo Welzijn"),  # 'Quorvo Welzijn' also another body's
        _row("Quorvo Welzijn B.V.", "polder-roo-2026-05-19"),
        _row("Stichting Plimsol"),  # already printed by another list
        _row("Stichting Welzijn Ouderen"),  # words only
    ]
    assert bs.build_short_forms(table, {"plimsol"}, _zipf) == [
        ["Stichting Fair Wear Foundation", "Fair Wear Foundation|Fair Wear", "s",
         "organisatie met overheidsbemoeienis", "short-of-oo-register-2023-07-03",
         "exportOO.xml"],
    ]  # fmt: skip


def test_the_committed_file_keeps_each_listed_rows_name_and_id() -> None:
    registered = {
        (r["canonical"], r["source"], r.get("source_id") or "curated")
        for name in ("registers.tsv", "institutions.tsv", "organisations.tsv")
        for r in rows(name)
    }
    table = rows("short_forms.tsv")
    assert len(table) > 300
    for r in table:
        assert r["case"] == "s"
        assert r["source"].startswith(bs.SOURCE_PREFIX)
        origin = r["source"].removeprefix(bs.SOURCE_PREFIX)
        assert (r["canonical"], origin, r["source_id"]) in registered
    header = (Path(bs.__file__).parent / "short_forms.tsv").read_text(encoding="utf-8")
    assert "wordfreq" in header and "build_short_forms.py" in header


def _orgs(text: str) -> list[tuple[str, str]]:
    found = entities_in_text(text)
    return [(text[m.start : m.end], m.canonical) for m in found if m.type == "organization"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nederland steunt via IDH en Fair Wear de naleving van arbeidsnormen.",
         [("IDH", "Stichting IDH Sustainable Trade Initiative"),
          ("Fair Wear", "Stichting Fair Wear Foundation")]),
        ("Drinkwaterbedrijf Dunea meldde een storing.", [("Dunea", "Dunea N.V.")]),
        ("Het onderzoek van Sira naar de regeldruk.", [("Sira", "Sira Consulting")]),
    ],
)  # fmt: skip
def test_a_register_body_by_its_short_name(text: str, want: list[tuple[str, str]]) -> None:
    assert _orgs(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Kleding die men met plezier draagt: fair wear en eerlijke handel.",  # lower case: words
        "De dag van de fair trade begint vrijdag.",
    ],
)
def test_short_form_near_misses(text: str) -> None:
    assert _orgs(text) == []


# Subsidy recipients (build_subsidies.py): which names of the Rijksbegroting's overviews are kept.
_SUBSIDY_FREQUENCIES = {
    **_FREQUENCIES, "universitair": 3.2, "medisch": 4.0, "centrum": 4.8, "technisch": 4.0,
    "bureau": 4.5, "nederlands": 5.0, "film": 5.0, "festival": 4.6,
}  # fmt: skip


def _subsidy_zipf(word: str, lang: str) -> float:
    return _SUBSIDY_FREQUENCIES.get(word, 0.0)


@pytest.mark.parametrize(
    ("recipient", "want"),
    [
        ("FREEDOM HOUSE", "Freedom House"),  # capitals title-cased
        ("Nederlands Film Festival", "Nederlands Film Festival"),
        ("Stichting Quorvo Kenniscentrum", "Quorvo Kenniscentrum"),  # legal form dropped
        ("Plimsol Stichting Nederland", "Plimsol Stichting Nederland"),
        ("Stichting Anne Quorvo", None),  # the legal form is the only body's word: a person's name
        ("Huisartsenpraktijk Quorvo Centrum", None),  # a practice
        ("Mts Plimsol J. en Plimsol-Quorvo", None),  # a farm, initials
        ("Kinderopvang De Quorvo", None),
        ("Quorvo Holding B.V.", None),  # firms are left out
        ("Universitair Medisch Centrum", None),  # common words before a generic head
        ("Technisch Bureau", None),
        ("Bureau Commissie voor de", None),  # cut short
        ("Koninklijke Vereniging van Nederlan", None),  # 35 characters: the field's cut
        ("Stichting kennis gebiedsontwikkeling", None),  # one capital: a description
    ],
)  # fmt: skip
def test_which_subsidy_recipients_name_a_body(recipient: str, want: str | None) -> None:
    assert bsub.printed_name(recipient, _subsidy_zipf) == want


def test_subsidy_build_skips_economic_affairs_and_known_names(tmp_path: Path) -> None:
    csv_file = tmp_path / "subsidies.csv"
    csv_file.write_text(
        "Overheid,Regeling,Ontvanger,Beleid,Realisatie,Jaar\n"
        "Ministerie van Buitenlandse Zaken,Mensenrechtenfonds,FREEDOM HOUSE,2.3,1,2015\n"
        "Ministerie van Onderwijs Cultuur en Wetenschap,Film,Freedom House,14,1,2015\n"
        "Ministerie van Economische Zaken,Innovatie,Quorvo Foundation,2,1,2015\n"
        "Ministerie van Buitenlandse Zaken,Handel,Plimsol Foundation,2,1,2015\n",
        encoding="utf-8",
    )
    assert bsub.build_subsidies(csv_file, {"Plimsol Foundation"}, _subsidy_zipf) == [
        ["Freedom House", "", "s", "subsidieontvanger", bsub.SOURCE,
         "Buitenlandse Zaken; Onderwijs Cultuur en Wetenschap"],
    ]  # fmt: skip


def test_the_committed_subsidy_file_and_what_it_finds() -> None:
    table = rows("subsidies.tsv")
    assert len(table) > 400
    assert all(r["source"] == bsub.SOURCE and r["case"] == "s" for r in table)
    text = "Volgens Freedom House en het Fonds Slachtofferhulp is de vrijheid afgenomen."
    assert _orgs(text) == [
        ("Freedom House", "Freedom House"),
        ("Fonds Slachtofferhulp", "Fonds Slachtofferhulp"),
    ]
    assert _orgs("het huis van de vrijheid, a free house") == []


# The OECD DAC's channels of delivery (build_crs_channels.py).
_CRS = """<codelist name="CRSChannelCode"><codelist-items>
<codelist-item status="active"><code>21000</code><name><narrative>International NGO</narrative>
</name><category>20000</category></codelist-item>
<codelist-item status="active"><code>21016</code><name>
<narrative>Quorvo Committee of the Plimsol Cross</narrative>
<narrative xml:lang="fr">Comité Quorvo</narrative></name></codelist-item>
<codelist-item status="withdrawn"><code>41119</code><name>
<narrative>Plimsol Development Fund (core contributions only)</narrative></name></codelist-item>
<codelist-item status="active"><code>47000</code><name><narrative>Other multilateral</narrative>
</name></codelist-item>
<codelist-item status="active"><code>21031</code><name>
<narrative>OXFAM Quorvo - provider country office</narrative></name></codelist-item>
<codelist-item status="active"><code>61005</code><name><narrative>Insurance Corporations</narrative>
</name></codelist-item>
<codelist-item status="active"><code>11001</code><name><narrative>Central Government</narrative>
</name></codelist-item>
</codelist-items></codelist>"""


def test_crs_channels_keep_named_bodies(tmp_path: Path) -> None:
    xml = tmp_path / "CRSChannelCode.xml"
    xml.write_text(_CRS, encoding="utf-8")
    kind, src = "internationale organisatie", bcrs.SOURCE
    assert bcrs.build_crs_channels(xml, {"oxfam quorvo"}) == [
        ["Plimsol Development Fund", "", "s", kind, src, "41119"],
        ["Quorvo Committee of the Plimsol Cross", "", "s", kind, src, "21016"],
    ]


def test_the_committed_channel_file_and_what_it_finds() -> None:
    table = rows("international.tsv")
    assert len(table) > 300
    assert all(r["source"] == bcrs.SOURCE and r["case"] == "s" for r in table)
    text = "Nederland draagt bij aan het Central Emergency Response Fund en aan Geneva Call."
    assert _orgs(text) == [
        ("Central Emergency Response Fund", "Central Emergency Response Fund"),
        ("Geneva Call", "Geneva Call"),
    ]
