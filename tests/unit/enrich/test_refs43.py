"""refs43 (issue #12): a bill's dossier cited alone in brackets where the text names the bill in
lower case ('het ... ingediende voorstel van wet ... (36 222) tot wet is of wordt verheven', the
samenloop article refs41's gold missed) or by the royal message that sent it. Near misses: the
same sentence's amounts, years, postcodes and phone numbers in brackets stay clean, and a
bracketed number with no Kamer word in the segment is no dossier."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def _ids(text: str, kind: str = "kamerstuk") -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indien het bij koninklijke boodschap van 10 oktober 2022 ingediende voorstel van wet"
            " tot wijziging van het Wetboek van Strafrecht (Wet seksuele misdrijven) (36 222) tot"
            " wet is of wordt verheven, wordt artikel 3 als volgt gewijzigd:",
            ["kst-36222"],
        ),
        (
            "Indien het voorstel van wet tot wijziging van de Beginselenwet justitiële"
            " jeugdinrichtingen (31 915) tot wet wordt verheven en in werking treedt,",
            ["kst-31915"],
        ),
        (
            "het bij koninklijke boodschap van 3 juni 2013 ingediende voorstel (33 238)",
            ["kst-33238"],
        ),
        (
            "Het voorstel van rijkswet tot goedkeuring van het verdrag (36 471) ligt voor.",
            ["kst-36471"],
        ),
        (  # the consolidated laws' samenloop articles print the dossier unspaced too
            "Indien het bij koninklijke boodschap van 8 december 2008 ingediende voorstel van wet"
            " tot wijziging van de Wet structuur uitvoeringsorganisatie werk en inkomen (31514),"
            " nadat het tot wet is verheven, in werking treedt,",
            ["kst-31514"],
        ),
        # the forms main already read stay as they were
        ("Voorstel van wet (36 222) tot wijziging", ["kst-36222"]),
        ("het wetsvoorstel (36222) is aangenomen", ["kst-36222"]),
    ],
)
def test_bracketed_dossier_of_a_bill_named_in_lower_case(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # amounts, years, postcodes and phone numbers in a bill's sentence
        "het voorstel van wet kost € 36 222 (€ 36 222) per jaar",
        "het voorstel van wet raakt 36 222 (36 222 huishoudens) en 12 500 (12.500) woningen",
        "het voorstel van wet treedt in werking in (2022) of (2023)",
        "het voorstel van wet: reacties aan Postbus 20011 (2500 EA) Den Haag",
        "het voorstel van wet; bel (070) 123 45 67 of (06) 1234 5678",
        "het voorstel van wet noemt (36 222,50) en (36 222 5) en (36 2225)",
        "bij koninklijke boodschap (1 januari 2022) ingediend",
        # a bracketed number without any Kamer word stays no dossier
        "Het aantal deelnemers (36 222) steeg sterk.",
        "De provincie telt (31 915) inwoners in het voorstel van de gemeente.",
        # 'voorstel van wet' only as part of a longer word or a bracket with more in it
        "het tegenvoorstel van wetenschappers (36 222) telt",
        # outside the dossier range
        "het voorstel van wet (46 222) en (06 222)",
    ],
)
def test_bracketed_numbers_that_are_no_dossier(text: str) -> None:
    assert _ids(text) == []


# --- Handelingen and Aanhangsel as #12 lists them: main reads them; pinned so they stay read ------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Handelingen II 2019/20, nr. 45, item 7", "handelingen", ["h-tk-20192020-45"]),
        ("Handelingen I 2022/23, 12, item 3", "handelingen", ["h-ek-20222023-12"]),
        ("Handelingen II 2003/04, nr. 82, p. 5281-5282.", "handelingen", ["h-tk-20032004-82"]),
        (
            "Handelingen II 2012-2013, nr. 71, item 15, blz 53-69",
            "handelingen",
            ["h-tk-20122013-71"],
        ),
        (
            "Handelingen II 2011/2012, nr. 82, item 8 en item 32);",
            "handelingen",
            ["h-tk-20112012-82"],
        ),
        (
            "Handelingen II 2015/16, nrs. 78 en 80, items 9 en 3",
            "handelingen",
            ["h-tk-20152016-78", "h-tk-20152016-80"],
        ),
        ("Handelingen Eerste Kamer 2022/23, nr. 12, item 3", "handelingen", ["h-ek-20222023-12"]),
        ("Handelingen II, 2015-2016, nr. 78, item 9, p. 12", "handelingen", ["h-tk-20152016-78"]),
        (
            "(Kamerstukken II 2019/20, 35 419, nr. 9, alsmede Handelingen II 2019/20, nr. 77).",
            "handelingen",
            ["h-tk-20192020-77"],
        ),
        ("Aanhangsel Handelingen II 2021/22, nr. 1234", "aanhangsel", ["ah-tk-20212022-1234"]),
        (
            "Aanhangsel Handelingen II 2021/22, nrs. 1234, 1240 en 1251",
            "aanhangsel",
            ["ah-tk-20212022-1234", "ah-tk-20212022-1240", "ah-tk-20212022-1251"],
        ),
        (
            "Kamerstukken II 2019/20, 29 754, nrs. 520 en 548 en Aanhangsel Handelingen II"
            " 2019/20, nr. 89",
            "aanhangsel",
            ["ah-tk-20192020-89"],
        ),
    ],
)
def test_handelingen_forms_read(text: str, kind: str, expected: list[str]) -> None:
    assert _ids(text, kind) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (an old page citation, 'Handelingen II 2008/09, p. 5503-5510', is read since refs44)
        # the Bijlagen of the old Handelingen, abbreviated, cite a dossier, no meeting
        "Hand. II 1973/74, 12015, par. 5.",
        # an impossible year
        "Handelingen II 2019/22, nr. 45",
    ],
)
def test_handelingen_near_misses(text: str) -> None:
    assert _ids(text, "handelingen") == [] and _ids(text, "aanhangsel") == []


# --- Word for Mac's hyphen: '-' + U+2010 in the segment, one hyphen typed -------------------------


def _urls(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "url"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CBS-\u2010bron. https://www.clo.nl/indicatoren/nl0104-\u2010mestproductie-\u2010door-"
            "\u2010de-\u2010veestapel Zie figuur 2.",
            ["https://www.clo.nl/indicatoren/nl0104-mestproductie-door-de-veestapel"],
        ),
        (
            "http://www2.epa.gov/enforcement/petroleum-\u2010refinery-\u2010national-\u2010case-"
            "\u2010results.",
            ["http://www2.epa.gov/enforcement/petroleum-refinery-national-case-results"],
        ),
        (
            "http://www.knpc.com.kw/en/MediaCentre/Documents/SUSTAINABILITY%20REPORT%202012-"
            "\u20102013.pdf.",
            [
                "http://www.knpc.com.kw/en/MediaCentre/Documents/SUSTAINABILITY%20REPORT%202012-2013.pdf"
            ],
        ),
    ],
)
def test_quartz_hyphen_in_an_address(text: str, expected: list[str]) -> None:
    assert _urls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Word's one typographic hyphen stays one hyphen, as before
        ("zie https://x.nl/advies\u2010raad en", ["https://x.nl/advies-raad"]),
        ("zie https://x.nl/advies\u2011raad en", ["https://x.nl/advies-raad"]),
        # a plain double hyphen of the address's own is kept
        ("zie https://x.nl/a--b en", ["https://x.nl/a--b"]),
        ("zie https://x.nl/a--b-\u2010c en", ["https://x.nl/a--b--c"]),
        # the pair outside the address changes nothing in it
        ("ammoniak-\u2010rekenmodel op https://x.nl/a--b", ["https://x.nl/a--b"]),
    ],
)
def test_quartz_hyphen_near_misses(text: str, expected: list[str]) -> None:
    assert _urls(text) == expected
