"""refs48: references in Wob/Woo releases of ministries, gemeenten and provinces and in the requests
they answer (set R48, bench/enrich/refs48.md).

They cite laws beyond laws.tsv by article ('artikel 1 van de Auteurswet', 'artikel 2.1 Wabo',
'artikel 14 EVRM'): data/article_laws.tsv holds them, read by law_articles only. A request or a
council motion puts the law first ('de Gemeentewet artikel 89, lid 1', 'EVRM art. 10'). Near
misses: the numbers such a release is full of (zaak and kenmerk numbers, phone numbers, postcodes,
amounts, court case numbers, a municipality's own bylaw, a cao's articles), a law before an
article that belongs to the article before it, a lid written as a number's third part, a quoted
law's heading.
"""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def _ids(text: str, kind: str = "law_article") -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "een beperking op het auteursrecht als bedoeld in artikel 1 van de Auteurswet.",
            ["Auteurswet art. 1"],
        ),
        ("het noodzakelijkheidsvereiste van artikel 14 EVRM", ["EVRM art. 14"]),
        ("artikel 8 van het Europees Verdrag voor de Rechten van de Mens", ["EVRM art. 8"]),
        (
            "een omgevingsvergunning op grond van artikel 2.1, eerste lid, onder c, van de Wabo",
            ["Wabo art. 2.1 lid 1 onder c"],
        ),
        ("artikel 3.8 van de Wet ruimtelijke ordening", ["Wro art. 3.8"]),
        ("artikel 4, aanhef en onder 9, van bijlage II bij het Bor", []),
        ("artikel 2.12 van de Aanbestedingswet", ["Aanbestedingswet 2012 art. 2.12"]),
        ("artikel 130, eerste lid, van de Wegenverkeerswet 1994", ["WVW 1994 art. 130 lid 1"]),
        ("artikel 2.3, eerste lid, van de Waterwet", ["Waterwet art. 2.3 lid 1"]),
        ("artikel 40 van de Wet WOZ", ["Wet WOZ art. 40"]),
        ("artikel 31a lid 2 Wet gemeenschappelijke regelingen", ["Wgr art. 31a lid 2"]),
        ("artikel 1 van de Pensioenwet", ["Pensioenwet art. 1"]),
    ],
)
def test_laws_other_bodies_cite_by_article(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


def test_a_law_with_its_bwb_id_links_the_article() -> None:
    (hit,) = [h for h in find_in_text("artikel 1 van de Auteurswet") if h.type == "law_article"]
    assert hit.url == "https://wetten.overheid.nl/jci1.3:c:BWBR0001886&artikel=1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "overwegende dat de Gemeentewet artikel 89, lid 1 stelt dat",
            ["Gemeentewet art. 89 lid 1"],
        ),
        (
            "motiveringen overeenkomstig Woo, Awb, EVRM, waaronder het noodzakelijkheidsvereiste "
            "in EVRM art. 10, en overeenkomstig geldende jurisprudentie.",
            ["EVRM art. 10"],
        ),
        ("Sollicitatieactiviteiten Werkloosheidswet art. 24 a", ["WW art. 24"]),
        ("Bouwvergunning (Woningwet art. 47) Burgemeester en wethouders", ["Woningwet art. 47"]),
        # the article's own law after it: read as always, once
        ("zie de Awb artikel 8:79 van de Awb", ["Awb art. 8:79"]),
    ],
)
def test_the_law_before_its_article(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ZW before 'artikel 29a' is the first article's
        (
            "bepalingen op in artikel 19 lid 2 ZW artikel 29a lid 1 ZW. en",
            ["ZW art. 19 lid 2", "ZW art. 29a lid 1"],
        ),
        ("uitgezonderd artikel 1 bijlage 2 bij de Awb artikel 7:1 waartegen", []),
        # a lid as the number's third part: Woo art. 4.1 lid 5? not sure, not read
        ("in lijn met Woo art. 4.1.5 en gaan akkoord", []),
        # a quoted law's heading over its article
        ("Wet open overheid\nArtikel 5.1\n1. Het openbaar maken", []),
        ("de Wabo en de Wro zijn vervangen door de Omgevingswet", []),
        ("EVRM", []),
    ],
)
def test_the_law_before_an_article_near_misses(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wilt u bij vervolgcorrespondentie zaaknummer 17704-2023 vermelden.",
        "Datum 22 oktober 2020 Ons kenmerk Z/20/43414 Behandeld door",
        "onder het zaaknummer RWSZ 2019-00014095-001.",
        "Contactpersoon Wob medewerker T 088 042 42 42 KPEU_Wob@rvo.nl",
        "Postbus 95089 1090 HB Amsterdam, Weesperstraat 113 1018 VN Amsterdam",
        "een vergoeding van € 5.100,- per jaar (artikel 5.1 van de offerte)",
        "10.000 —10.30U Reguliere vergadering",
        "OVERZICHT DERDEN 4.2021.0324.001",
        "a) Dossier OLO 2200679 - het veranderen en vergroten van de gebouwen",
        "uitspraak_201307084_1_a3.pdf",
        "Objectvergunning: op grond van art. 4.3 van de Algemene Plaatselijke Verordening.",
        "Naleving Cao (w.o. NEN-certificatie): Art 3 lid 12 Nen-certificering: in orde",
        "De uitzonderingsgronden van artikel 10, tweede lid, onder e en onder g zijn evenmin",
        "op grond van artikel aa, lida, van de Woningwet er zelf zorg voor",
    ],
)
def test_numbers_that_cite_no_law(text: str) -> None:
    assert [
        (h.type, h.normalized) for h in find_in_text(text) if h.type not in ("url", "kenmerk")
    ] == []


def test_a_court_case_number_beside_an_ecli() -> None:
    hits = [h for h in find_in_text("AWB 18/2137, ECLI:NL:RBOVE:2019:1970") if h.type != "kenmerk"]
    assert [(h.type, h.normalized) for h in hits] == [("ecli", "ECLI:NL:RBOVE:2019:1970")]


def test_a_malformed_ecli_invents_nothing() -> None:
    # 'ECLI:NL:RVS2009:BK1977' (a colon lost): one document's slip, unread rather than guessed
    assert [h for h in find_in_text("(ECLI:NL:RVS2009:BK1977) moeten") if h.type == "ecli"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("deels openbaar | 10.2.e, 11,1 en 10.2.g | | IENW", ["wob-10.2e", "wob-10.2g"]),
        ("Niet openbaar | 10.1.c en 10.2.e", ["wob-10.1c", "wob-10.2e"]),
        ("Deels Openbaar | 10.2.d;10.2.e | | 988697", ["wob-10.2d", "wob-10.2e"]),
    ],
)
def test_wob_labels_of_ministries_inventories(text: str, expected: list[str]) -> None:
    assert sorted(_ids(text, "woo_ground")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een verzoek als bedoeld in art. 4.1 Wet Open Overheid (WOO).", ["Woo art. 4.1"]),
        (
            "artikel 31a lid 2 Wet Gemeenschappelijke Regelingen, in samenhang",
            ["Wgr art. 31a lid 2"],
        ),
        ("zoals artikel 74 van de Wet Suwi bepaalt", ["Wet SUWI art. 74"]),
        (
            "artikel 4, eerste lid, van de Algemene Verordening Gegevensbescherming (AVG)",
            ["AVG art. 4 lid 1"],
        ),
        ("Artikel 7 Wet Politiegegevens.", ["Wpg art. 7"]),
    ],
)
def test_a_name_of_more_words_capitalised(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one word keeps its case: the Tw (Telecommunicatiewet) is not the TW (Toeslagenwet)
        ("artikel 6 van de Tw", ["Tw art. 6"]),
        ("artikel 6 van de TW", ["TW art. 6"]),
        ("artikel 6 van de tw", []),
        # ... but a name on -wet is one law in any case (lawnames48: 'artikel 10 van de
        # gemeentewet', 'art. 40 woningwet'), and abbreviations of two letters keep theirs
        ("artikel 3 van de gemeentewet", ["Gemeentewet art. 3"]),
        ("artikel 6 van de Ww", []),
    ],
)
def test_a_name_of_one_word_keeps_its_case(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected
