# ruff: noqa: E501  (real-world citations are long lines)
"""Gazettes, ECLI, BWB, CELEX, EU acts, law articles, Woo grounds, kenmerken."""

import pytest

from services.enrich.references import find_in_text


def pairs(text: str, known: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(h.type, h.normalized) for h in find_in_text(text, known)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stb. 2021, 123", ("stb", "stb-2021-123")),
        ("Stcrt. 2022, 12345", ("stcrt", "stcrt-2022-12345")),
        ("Trb. 2008, 175", ("trb", "trb-2008-175")),
        ("Staatscourant van 16 juni 2005, nr. 114", ("stcrt", "stcrt-2005-114")),
        ("Staatsblad 2019,\n455", ("stb", "stb-2019-455")),
        ("ECLI:NL:HR:2019:1234.", ("ecli", "ECLI:NL:HR:2019:1234")),
        ("ecli:nl:rbdha:2020:3012", ("ecli", "ECLI:NL:RBDHA:2020:3012")),
        # printed without its country: a Dutch court's code says NL
        ("Zie o.m. ECLI:RVS:2010:BO1165.", ("ecli", "ECLI:NL:RVS:2010:BO1165")),
        ("(ECLI:CRVB:2019:1234)", ("ecli", "ECLI:NL:CRVB:2019:1234")),
        ("ECLI:RBDHA:2021:55", ("ecli", "ECLI:NL:RBDHA:2021:55")),
        # broken at a line's end after a colon
        (
            "Zie HR 8 december 2009, ECLI:NL:HR:2009:\nAB1234, NJ",
            ("ecli", "ECLI:NL:HR:2009:AB1234"),
        ),
        ("ECLI:NL:\nRVS:2021:2348.", ("ecli", "ECLI:NL:RVS:2021:2348")),
        # the date before its year
        ("(Stcrt. 7 december 2018, 61234)", ("stcrt", "stcrt-2018-61234")),
        # or its number before its date
        ("de Staatscourant (nr. 26414, d.d. 14 mei 2018)", ("stcrt", "stcrt-2018-26414")),
        ("Staatscourant nr. 114 van 16 juni 2005", ("stcrt", "stcrt-2005-114")),
        # an act by its Dutch short title, its number in brackets
        ("de Europese Gasrichtlijn (2009/73/EC)", ("eu_act", "32009L0073")),
        # called European and hyphened: the Union's without '/EG'
        ("valt onder de Europese kinderopvang-richtlijn (2004/58) niet", ("eu_act", "32004L0058")),
        # numbered as the Union numbers since 2015: the Union's, also without '(EU)'
        ("overeenkomstig Verordening 2016/679 (WP260)", ("eu_act", "32016R0679")),
        ("Richtlijn 2019/1937", ("eu_act", "32019L1937")),
        ("BWBR0001854", ("bwb", "BWBR0001854")),
        ("CELEX:32016R0679", ("celex", "32016R0679")),
        ("Verordening (EU) 2016/679", ("eu_act", "32016R0679")),
        ("Richtlijn 2006/123/EG", ("eu_act", "32006L0123")),
        ("Verordening (EG) nr. 1049/2001", ("eu_act", "32001R1049")),
        # a kingdom act's R-number between dossier and number
        ("Kamerstukken II 1986/87, 16 040 (R 1141), nr. 3", ("kamerstuk", "kst-16040-3")),
        # 'nr.' before the tag
        ("Verordening nr. (EG) 561/2006", ("eu_act", "32006R0561")),
        ("Richtlijn 95/46/EG", ("eu_act", "31995L0046")),
        ("PbEU 2010, L 180", ("eu_act", "OJ:L:2010:180")),
        ("artikel 3:40 BW", ("law_article", "BW art. 3:40")),
        ("artikel 5.1, tweede lid, onder e, Woo", ("law_article", "Woo art. 5.1 lid 2 onder e")),
        (
            "artikel 31, eerste lid, van \nde Huisvestingswet 2014",
            ("law_article", "Huisvestingswet 2014 art. 31 lid 1"),
        ),
        ("artikel 5:9, aanhef en onder b, Awb", ("law_article", "Awb art. 5:9 onder b")),
    ],
)
def test_identifier_forms(text: str, expected: tuple[str, str]) -> None:
    assert pairs(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Stb. 2005 verscheen",
        "3684R2020",
        "besluit 12/3",
        "artikel 21 van de regeling",
        "ECLI-achtig",
        "ECLI:XX:2020:1",  # no Dutch court: no country to supply
        "ECLI:RVS:2010",
        "ECLI:NL:HR:2009:\nHet arrest",  # a sentence's next line is no number
        "Verordening 2012/12",  # before 2015 the Union numbered regulations number/year
        "besluit 2016/12",
        "(Staatsblad 15 oktober 2018), betreffende",  # no number
        "de Kaderrichtlijn (12/3)",  # no Union's mark, nor its numbering
        "de Staatscourant van 14 mei 2018",
    ],
)
def test_identifier_near_misses(text: str) -> None:
    assert pairs(text) == []


def test_urls_for_official_ids() -> None:
    urls = {
        h.normalized: h.url
        for h in find_in_text("ECLI:NL:HR:2019:1234 en BWBR0001854 en 32016R0679")
    }
    assert (
        urls["ECLI:NL:HR:2019:1234"]
        == "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2019:1234"
    )
    assert urls["BWBR0001854"] == "https://wetten.overheid.nl/BWBR0001854"
    assert (
        urls["32016R0679"] == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679"
    )


def test_woo_grounds_including_ocr_noise() -> None:
    text = "5.1.2e\n512e 51.2e 5.1.2¢e 5.2.1 10.2.e"
    assert pairs(text) == [
        ("woo_ground", "woo-5.1.2e"),
        ("woo_ground", "woo-5.1.2e"),
        ("woo_ground", "woo-5.1.2e"),
        ("woo_ground", "woo-5.1.2e"),
        ("woo_ground", "woo-5.2.1"),
        ("woo_ground", "wob-10.2e"),
    ]


@pytest.mark.parametrize("text", ["5.12 512 512512", "versie 3.5.1.2e", "512e1 48", "5.1.1f"])
def test_woo_ground_near_misses(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Daar waar van toepassing staat in het document en op de inventarislijst: 11.1",
            ["wob-11.1"],
        ),
        ("10.2.e, 11.1", ["wob-10.2e", "wob-11.1"]),
        ("5.1.2e\n5.2.1", ["woo-5.1.2e", "woo-5.2.1"]),
        ("Weigeringsgronden: 5.2.1 en 5.1.5.", ["woo-5.2.1", "woo-5.1.5"]),
        ("5.2.1 Persoonlijke beleidsopvattingen (Woo)", ["woo-5.2.1"]),
        # an inventory's column: glued to 'Art.', or the letter on the cell's next line
        ("Gedeeltelijk openbaar\nArt.10.2.e\n1.2. Mededeling", ["wob-10.2e"]),
        ("Gedeeltelijk \nopenbaar \n10.2. \ne \nAannemingsmaatschappij", ["wob-10.2e"]),
    ],
)
def test_grounds_without_a_letter_and_in_inventory_columns(text: str, expected: list[str]) -> None:
    assert [n for _, n in pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5.1.2 e en i", ["woo-5.1.2e", "woo-5.1.2i"]),
        ("5.1.2e/i", ["woo-5.1.2e", "woo-5.1.2i"]),
        ("10.2 b, e en g", ["wob-10.2b", "wob-10.2e", "wob-10.2g"]),
        ("5.1.2 e en a", ["woo-5.1.2e"]),  # a list rises: 'a' is something else
        ("5.1.1 c en f", ["woo-5.1.1c"]),  # 5.1.1 runs a-e
        ("5.1.2e en een", ["woo-5.1.2e"]),
        # the lid written out, without 'artikel': an inventory's code
        ("5.1 lid 2 e", ["woo-5.1.2e"]),
        ("Weigeringsgrond: 5.1, tweede lid, onder e", ["woo-5.1.2e"]),
    ],
)
def test_grounds_listed_or_with_the_lid_written_out(text: str, expected: list[str]) -> None:
    assert [n for _, n in pairs(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "in paragraaf 5.2.1 van het rapport",  # no word about disclosure
        "5.2 Capaciteit\n5.2.1 Algemeen\n5.2.2 Problematiek",  # a report's sections
        "Zie hoofdstuk 11.1 over de Wob.",  # a section word before it
        "5.2.1 Algemeen ............ 13 (Woo-verzoeken)",  # a contents line
        "5.2.1 Inleiding op de Woo",  # a heading's number
        "versie 5.2.1 van de Woo-module",
        "Wob-verzoek: zie bijlage 11.1",
        "Document niet vrij geven 10.1 f (Wob)",  # the Wob's absolute grounds run a-e (refs59)
        "zie paragraaf 10.2.\nEen nieuwe regel (Wob)",
    ],
)
def test_section_numbers_are_no_grounds(text: str) -> None:
    assert [n for t, n in pairs(text) if t == "woo_ground"] == []


def test_kenmerken_from_letterhead_and_metadata() -> None:
    text = "Ons kenmerk \n4296828 \n  \nUw kenmerk \n2022Z20166 \nBij beantwoording de datum \nen ons kenmerk vermelden."
    assert pairs(text) == [
        ("kenmerk", "4296828"),
        ("zaak", "2022Z20166"),
        ("kenmerk", "2022Z20166"),
    ]
    assert pairs("Datum 10 november 2022 4296828", ("4296828",)) == [("kenmerk", "4296828")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "tot wijziging van Verordeningen (EU) nr. \n260/2012 en (EU) 2021/1230 wat betreft",
            ["32012R0260", "32021R1230"],
        ),
        ("Richtlijnen 2006/123/EG en 2009/72/EG", ["32006L0123", "32009L0072"]),
        ("de Richtlijn Betaaldiensten (PSD2, Directive 2015/2366).", ["32015L2366"]),
        ("Regulation 2016/679 applies", ["32016R0679"]),
        ("Verordening (EU) 2016/679 en 12/3 andere", ["32016R0679"]),
        ("besluiten 12/3 en 4/5", []),
    ],
)
def test_eu_acts_enumerated_and_named_in_english(text: str, expected: list[str]) -> None:
    """An enumeration of acts yields each; an act named in English is the Union's."""
    assert [n for t, n in pairs(text) if t == "eu_act"] == expected
