"""refs49: law articles of regulations by their citeertitel, ordinal lid lists, ranges, lists of a
looked-up law (bench/enrich/refs49.md).

The citeertitels are the BWB's as statengeneraal/laws-markdown mirrors it (data/register_laws.tsv,
build_register_laws.py): ministries' circulars and policy rules cite AMvB's and regulations no
table held ('artikel 16, lid 1 Besluit buitengewoon opsporingsambtenaar', 'artikel 3 van het
Rechtspositiebesluit commissarissen van de Koning'). Near misses: the document's own articles,
'de wet', a regulation's word alone, a name with a word missing, an amending act's roman article,
phone numbers, amounts, dates, postcodes; 'lid 2 en 3' stays read as lid 2 only.
"""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text
from services.enrich.references.law_articles import _ordinal_lids


def _ids(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "law_article"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regulations by their citeertitel, as circulars and policy rules cite them
        (
            "Zie artikel 16, lid 1 Besluit buitengewoon opsporingsambtenaar en de Nota",
            ["Besluit buitengewoon opsporingsambtenaar art. 16 lid 1"],
        ),
        (
            "artikel 4a van het Rechtspositiebesluit commissarissen van de Koning heeft",
            ["Rechtspositiebesluit commissarissen van de Koning art. 4a"],
        ),
        (
            "op basis van artikel 8, tweede lid, van het Bekostigingsbesluit WVO voor bekostiging",
            ["Bekostigingsbesluit WVO art. 8 lid 2"],
        ),
        (
            "artikel 3 van de Wet op de beroepen in de individuele gezondheidszorg",
            ["Wet op de beroepen in de individuele gezondheidszorg art. 3"],
        ),
        (
            "Gelet op artikel 21 van de Kaderwet zelfstandige bestuursorganen;",
            ["Kaderwet zelfstandige bestuursorganen art. 21"],
        ),
        (
            "In artikel 2 Handelsregisterbesluit 2008 is neergelegd",
            ["Handelsregisterbesluit 2008 art. 2"],
        ),
        # 'van' without its article
        (
            "in artikel 14, eerste lid, van Wet vervoer gevaarlijke stoffen onderscheidenlijk",
            ["Wet vervoer gevaarlijke stoffen art. 14 lid 1"],
        ),
        # one word, and a title without its year ('Successiewet' for 'Successiewet 1956')
        ("artikel 9, eerste lid, van de Tracéwet en met", ["Tracéwet art. 9 lid 1"]),
        (
            "rechtens afdwingbaar zijn (artikel 20, derde lid, van de Successiewet).",
            ["Successiewet 1956 art. 20 lid 3"],
        ),
        (
            "op grond van artikel 5 Handelsregisterwet 2007, verder",
            ["Handelsregisterwet 2007 art. 5"],
        ),
        # a table's abbreviation without its year, as the IND writes it
        ("als genoemd in artikel 3.5, tweede lid, Vb, tenzij", ["Vb 2000 art. 3.5 lid 2"]),
        ("op grond van artikel 31, tweede lid Vw, strikt", ["Vw 2000 art. 31 lid 2"]),
        # the regulation's own abbreviation, given in its citation article
        (
            "op grond van artikel 87 BABW is",
            ["Besluit administratieve bepalingen inzake het wegverkeer art. 87"],
        ),
    ],
)
def test_register_names(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of a looked-up law
        (
            "een uitwerking van de artikelen 45a, 45b, 45d Vw.",
            ["Vw 2000 art. 45a", "Vw 2000 art. 45b", "Vw 2000 art. 45d"],
        ),
        (
            "de artikelen 3.124, 3.125 en 3.126 Vb hierop",
            ["Vb 2000 art. 3.124", "Vb 2000 art. 3.125", "Vb 2000 art. 3.126"],
        ),
        # a range of articles: both ends, as written
        (
            "van de artikelen 3.107b tot en met 3.121 Vb.",
            ["Vb 2000 art. 3.107b", "Vb 2000 art. 3.121"],
        ),
        ("de artikelen 5.1 t/m 5.3 Woo", ["Woo art. 5.1", "Woo art. 5.3"]),
        # lids by ordinals in a list or a range
        (
            "Een overtreding van artikel 15, tweede en vierde lid, van de Wet arbeid vreemdelingen",
            ["Wav art. 15 lid 2", "Wav art. 15 lid 4"],
        ),
        (
            "Bij overtreding van artikel 15, tweede of vierde lid, van de Wet arbeid vreemdelingen",
            ["Wav art. 15 lid 2", "Wav art. 15 lid 4"],
        ),
        (
            "regels van artikel 19d, tweede tot en met vierde lid, van de Wet arbeid vreemdelingen",
            ["Wav art. 19d lid 2", "Wav art. 19d lid 3", "Wav art. 19d lid 4"],
        ),
        ("artikel 5.1, eerste en tweede lid, Woo", ["Woo art. 5.1 lid 1", "Woo art. 5.1 lid 2"]),
        # 'onderdelen a en b'
        (
            "een schip bedoeld in artikel 3.22, vierde lid, onderdelen a en b, van de Wet IB 2001",
            ["Wet IB 2001 art. 3.22 lid 4 onder a", "Wet IB 2001 art. 3.22 lid 4 onder b"],
        ),
    ],
)
def test_lists_and_ranges(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    ("first", "more", "expected"),
    [
        ("tweede", "", ["2"]),
        ("tweede", " en vierde", ["2", "4"]),
        ("eerste", ", tweede en derde", ["1", "2", "3"]),
        ("tweede", " tot en met vierde", ["2", "3", "4"]),
        (None, None, [None]),
    ],
)
def test_ordinal_lids(first: str | None, more: str | None, expected: list[str | None]) -> None:
    assert _ordinal_lids(first, more) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the document's own articles, 'de wet' and a regulation's word alone
        "In artikel 1, lid 2 van het privacyreglement wordt in het elfde onderdeel",
        "als bedoeld in artikel 108, vierde lid, van de wet, voor 1 maart",
        "Deze regeling treedt in werking conform artikel 4 van deze regeling.",
        "op grond van artikel 5 van het besluit en artikel 2 van de regeling",
        "zoals bedoeld in artikel 2 wordt ingediend",
        # an amending act's roman article in the Staatsblad
        "Voor het Rechtspositiebesluit wethouders: Staatsblad artikel V, onderdeel F.",
        # a table row's article of the regulation above it
        "| Overtreding artikel 1, lid 2  Het zonder toestemming afvoeren | f 1.000,- |",
        # a name with a word missing, a one-word -besluit in lower case
        "2Zie artikel 16, lid 1 Besluit opsporingsambtenaar, tweede volzin.",
        "artikel 4 van het vuurwerkbesluit",
        # numbers that cite no law
        "Bel 070 - 456 78 90 of schrijf naar Postbus 20011, 2500 EA Den Haag.",
        "gematigd tot € 2.250 per overtreding, met ingang van 1 januari 2014 tot en met 2015",
        "een bedrag van f 10.000,- (VN 2005/85.8, nr. CPP2006/768M)",
        "artikel 3 tot en met de tabel van 12.000 kg",
    ],
)
def test_near_misses(text: str) -> None:
    assert _ids(text) == []


def test_lid_two_and_three_stays_lid_two() -> None:
    """'lid 2 en 3': lid 3 or article 3 (refsW47, refs48); no reading is sure, so 3 is not read,
    unlike 'tweede en derde lid', whose 'lid' comes after both."""
    assert _ids("artikel 16 lid 2 en 3 Wob") == ["Wob art. 16 lid 2"]
    assert _ids("artikel 16, tweede en derde lid, Wob") == [
        "Wob art. 16 lid 2",
        "Wob art. 16 lid 3",
    ]
