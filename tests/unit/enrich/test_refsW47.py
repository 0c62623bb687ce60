"""refsW47: references in Woo releases of a social-security body (UWV's decisions, inventories,
handbooks and work instructions; set R, bench/enrich/refsW47.md).

They cite the social-security laws by article and abbreviation ('artikel 6 ZW', 'artikel 6:1 lid 2
WAZO', 'Artikel 3:3 lid 14 AIB'), in lists after a single 'artikel' ('artikel 3, 4 of 5 ZW',
'artikel 3/4/5 ZW'), with several lids ('leden 1 en 2'), read together ('jo. artikel 1:1'); their
redaction labels write '5.1. lid 2 sub e'; an OCR'd decision links 'BWBRO023509'. Near misses: a
number after 'lid 2 en' (lid or article?), a year in a list, the abbreviations alone, a label
without its letter, a BWB id too short, an article's own letter next to OCR's confusions.
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import find_in_text
from stukken.contracts import Metadata, Segment, SegmentedDocument


def _ids(text: str, kind: str = "law_article") -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zijn dienstverband dat in artikel 6 ZW staat.", ["ZW art. 6"]),
        ("op grond van artikel 29 Ziektewet", ["ZW art. 29"]),
        ("recht op BOV (artikel 6:1 lid 2 WAZO).", ["WAZO art. 6:1 lid 2"]),
        ("Artikel 3:3 lid 14 AIB", ["AIB art. 3:3 lid 14"]),
        ("artikel 63a WIA of artikel 65l WAO", ["WIA art. 63a", "WAO art. 65l"]),
        ("valt onder artikel 74 van de Wet SUWI.", ["Wet SUWI art. 74"]),
        ("premieloon van artikel 17 Wfsv", ["Wfsv art. 17"]),
    ],
)
def test_social_security_laws_by_article(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("volgens artikel 3, 4 of 5 ZW.", ["ZW art. 3", "ZW art. 4", "ZW art. 5"]),
        ("werknemers (artikel 3/4/5 ZW)", ["ZW art. 3", "ZW art. 4", "ZW art. 5"]),
        (
            "(artikel 7, 8, 8a en 8c ZW)",
            ["ZW art. 7", "ZW art. 8", "ZW art. 8a", "ZW art. 8c"],
        ),
        (
            "Artikel 3:2 lid 1 en 3:3 leden 1 en 2 AIB",
            ["AIB art. 3:2 lid 1", "AIB art. 3:3 lid 1", "AIB art. 3:3 lid 2"],
        ),
        ("(artikel 6:1 lid 1 en lid 2 WAZO)", ["WAZO art. 6:1 lid 1", "WAZO art. 6:1 lid 2"]),
        (
            "Op grond van artikel 3:3 lid 2 onder a, jo. artikel 1:1 van het Algemeen "
            "inkomensbesluit (AIB) korten wij",
            ["AIB art. 3:3 lid 2 onder a", "AIB art. 1:1"],
        ),
        ("Ontslag art. 7: 671a jo art. 7: 669 BW", ["BW art. 7:671a", "BW art. 7:669"]),
        ("artikel 2:4 en 3:6 AIB", ["AIB art. 2:4", "AIB art. 3:6"]),
        ("artikel 3:6 lid 1, onderdeel a WAZO", ["WAZO art. 3:6 lid 1 onder a"]),
        # as before: a list after 'artikelen', a single article of a named law
        (
            "de artikelen 5.1, tweede lid, aanhef en onder e, en 5.2, eerste lid, van de Woo",
            ["Woo art. 5.1 lid 2 onder e", "Woo art. 5.2 lid 1"],
        ),
        ("artikel 8:1 Awb jo. artikel 6:5 Woo", ["Awb art. 8:1", "Woo art. 6:5"]),
        # each article with its word, the law once at the end (Woo decisions' grounds)
        (
            "op grond van artikel 5.1, eerste lid, onder c en artikel 5.1, tweede lid, onder e,"
            " van de Woo",
            ["Woo art. 5.1 lid 1 onder c", "Woo art. 5.1 lid 2 onder e"],
        ),
        (
            "de gronden uit artikel 10, tweede lid, onder e en onder g en artikel 11, eerste lid,"
            " van de Wob",
            ["Wob art. 10 lid 2 onder e", "Wob art. 10 lid 2 onder g", "Wob art. 11 lid 1"],
        ),
        ("artikel 10 lid 2 en artikel 11 Wob", ["Wob art. 10 lid 2", "Wob art. 11"]),
        ("artikel 12 van de Grondwet en artikel 10 van de Woo", ["Gw art. 12", "Woo art. 10"]),
    ],
)
def test_lists_lids_and_articles_read_together(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lid 3 or article 3: neither is sure, only the first is read
        ("het SV-loon (artikel 16 lid 2 en 3 Wfsv).", ["Wfsv art. 16 lid 2"]),
        ("artikel 10 lid 2 en 11 Wob", ["Wob art. 10 lid 2"]),
        # a year is no article's number, nor a misprinted '1.1', nor a lid whose word OCR moved
        ("artikel 12, 2017 Woo", []),
        ("Dit staat in artikel 1,1 van de Woo.", []),
        ("redelijkerwijs beschikking krijgen (artikel 4:2, 2, Awb).", ["Awb art. 4:2"]),
        # the abbreviations alone, and numbers without 'artikel'
        ("De ZW-uitkering en de WIA-uitkering, WAZO en TW.", []),
        ("op 3, 4 of 5 juni 2024 (ZW)", []),
        ("een bedrag van 3, 4 of 5 miljoen euro WW", []),
        ("Postbus 58285, 1040 HG Amsterdam, telefoon 020 751 51 00", []),
        # an article of a regulation no table names
        ("(art. 24, lid 2, UWV-reglement)", []),
        ("de artikelen 4 en 5 van het UWV-reglement", []),
    ],
)
def test_near_misses_stay_unread(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(geanonimiseerd)\nart 5.1. lid 2 sub e\nop", ["woo-5.1.2e"]),
        ("Paraaf UWV\n5.1 lid 2 sub e\n5.1 lid 2\nsub e", ["woo-5.1.2e", "woo-5.1.2e"]),
        # no letter: a label's ground that says no interest
        ("Deels openbaar, weigering o.g.v. art. 5.1. lid 2\n", []),
        ("zie paragraaf 5.1. lid 2 van de nota", []),
    ],
)
def test_redaction_labels_with_a_dot_after_the_article(text: str, expected: list[str]) -> None:
    assert _ids(text, "woo_ground") == expected


def _refs(text: str, *, scanned: bool = True) -> list[tuple[str, str, str, bool | None]]:
    doc = SegmentedDocument(
        metadata=Metadata(ocr_layer_pages=[1] if scanned else []),
        segments=[Segment(id="s1", kind="paragraph", page=1, text=text)],
    )
    return [
        (r.type, r.normalized, r.text, r.ocr_repaired)
        for r in find_references(doc)
        if r.type not in ("kenmerk", "url")
    ]


def test_a_bwb_id_with_ocrs_o_is_repaired_and_marked() -> None:
    assert _refs("UWV BWBRO023509\nwetten.nl Regeling") == [
        ("bwb", "BWBR0023509", "BWBRO023509", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "BWBROO23 en BWBRO02350",  # too short: no BWB id
        "BWBRO0235091",  # too long
        "het BWBROverzicht 2023",  # a word
    ],
)
def test_no_bwb_id_from_a_damaged_near_miss(text: str) -> None:
    assert _refs(text) == []


def test_an_articles_own_letter_is_not_repaired() -> None:
    # 'l' is OCR's 1 in a number, but after 'artikel' a number and a letter are the article's
    assert _refs("artikel 63a WIA of artikel 65l WAO", scanned=False) == [
        ("law_article", "WIA art. 63a", "artikel 63a WIA", None),
        ("law_article", "WAO art. 65l", "artikel 65l WAO", None),
    ]
    # elsewhere a damaged number is repaired as before
    assert _refs("Kamerstuk 29 383, nr. 4O6") == [
        ("kamerstuk", "kst-29383-406", "Kamerstuk 29 383, nr. 4O6", True)
    ]
