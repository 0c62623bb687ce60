"""Enumerations, ranges, the dossier shorthand and dotted Woo grounds, with their near misses."""

import pytest

from services.enrich.references import find_in_text


def ids(text: str, kind: str | None = None) -> list[str]:
    return [h.normalized for h in find_in_text(text) if kind is None or h.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kamerstukken II, 25 424, nr. 679, nr. 684 en 685",
            ["kst-25424-679", "kst-25424-684", "kst-25424-685"],
        ),
        (
            "zie Kamerstuk 29 911, nrs. 12, 14 en 17.",
            ["kst-29911-12", "kst-29911-14", "kst-29911-17"],
        ),
        ("Kamerstuk 29 911, nrs. 12-14", ["kst-29911-12", "kst-29911-13", "kst-29911-14"]),
        ("Kamerstuk 29 911, nrs. 12 t/m 14", ["kst-29911-12", "kst-29911-13", "kst-29911-14"]),
        ("Kamerstuk 29 911, nr. 12 en 20", ["kst-29911-12", "kst-29911-20"]),
        ("Kamerstukken II 2020/21, 22 112 nr. 2953.", ["kst-22112-2953"]),
        ("commissie Oosting, zie 31700 VII nr. 72", ["kst-31700-VII-72"]),
    ],
)
def test_enumerations_and_ranges(text: str, expected: list[str]) -> None:
    assert ids(text, "kamerstuk") == expected


def test_a_wide_span_is_not_a_range() -> None:
    assert ids("Kamerstuk 29 911, nr. 12-2022", "kamerstuk") == ["kst-29911-12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nota naar aanleiding van het verslag - 30569-7 ", ["kst-30569-7"]),
        ("Maartcirculaire gemeentefonds en provinciefonds 2009 - 31700-B-14", ["kst-31700-B-14"]),
        ("de motie over de AOW (36 471-64) is aangenomen", ["kst-36471-64"]),
        (
            "Zaak: Brief regering over de motie 34426-28 en 34426-29",
            ["kst-34426-28", "kst-34426-29"],
        ),
        ("de begroting 31700-VII-12 van BZK", ["kst-31700-VII-12"]),
        (
            "Voortgang Huis voor democratie en rechtsstaat (31 475) - 31475-3\nBesluit: briefing",
            ["kst-31475", "kst-31475-3"],
        ),
        ("Zaak: Wetgeving - Wijziging van de Kieswet - 30569\nBesluit: Aanmelden", ["kst-30569"]),
        ("Zaak: Wetgeving - Wijziging van de Kieswet - 30569 Besluit: Aanmelden", ["kst-30569"]),
        (
            "de wetsvoorstellen 31815, 31816, \n31817 en 31840 z.s.m.",
            ["kst-31815", "kst-31816", "kst-31817", "kst-31840"],
        ),
        # a sub-dossier's two digits, also with the number on the next line after the dash
        (
            "Zaak: Brief regering - Verslag van de Raad Algemene Zaken - 21501-02-2811",
            ["kst-21501-02-2811"],
        ),
        (
            "Agendapunt: Geannoteerde agenda Eurogroep - 21501-07-\n2001\nBesluit: ter informatie",
            ["kst-21501-07-2001"],
        ),
        ("zie ook kst-21501-20-1900 over de Europese Raad", ["kst-21501-20-1900"]),
        # a Rijkswet's R-number is no part of the id, and says on its own what the digits are
        ("Nota naar aanleiding van het verslag - 35100-(R2111)-6", ["kst-35100-6"]),
        ("Wetsvoorstel Goedkeuring Belastingverdrag Aruba (35100 (R2111))", ["kst-35100"]),
        ("Goedkeuring van het verdrag met Japan - 35100-(R2111)\nBesluit: plenair", ["kst-35100"]),
    ],
)
def test_dossier_shorthand(text: str, expected: list[str]) -> None:
    assert ids(text, "kamerstuk") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bel 070-3456789 of 06-12345678 voor de brief",
        "tel. 12345-6789 (commissie)",
        "Postbus 20011-2500 EA Den Haag, brief",
        "de periode 2009-2010 en 2021-2022 in de Kamer",
        "zie pagina 12345-12399 van het verslag",
        "in 2022 waren er 31475-3 meldingen",  # no Kamer context, no brackets, no title dash
        "ons kenmerk 1752993-210956-PG in de brief",
        "€ 12345-10 voor de commissie",
        "om 10.00-12.00 uur vergadert de commissie",
        "het bedrag van 12.345-15.000 euro in de brief",
        "de Kamer krijgt 1234 AB-15 terug",
        "(2511)",
        "het wetsvoorstel 2022 en dossier 1234",
        "Wijziging van de Kieswet - 30569\n",  # a dossier alone needs Kamer context
        "in 2022 waren er 21501-07-1398 meldingen",  # dashed digits still need context
        "tel. 31101-07-\n1398 over de brief",  # nor is a number after a phone label
        "de code 31101 (R2) en 31101(R)",  # an R-number has three or four digits
    ],
)
def test_shorthand_near_misses(text: str) -> None:
    assert ids(text, "kamerstuk") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selectiedocument 1.1 5.1.2.e;BR 40", ["woo-5.1.2e"]),
        ("5.1.2.e;5.1.2.i;5.1.2.f 3", ["woo-5.1.2e", "woo-5.1.2i", "woo-5.1.2f"]),
        ("10.2.e en 10.2e", ["wob-10.2e", "wob-10.2e"]),
        ("5.1.2e", ["woo-5.1.2e"]),
    ],
)
def test_dotted_and_undotted_woo_grounds(text: str, expected: list[str]) -> None:
    assert ids(text, "woo_ground") == expected


@pytest.mark.parametrize("text", ["versie 5.1.2.a1", "artikel 5.1.2. van", "tel 051 2e verdieping"])
def test_woo_ground_near_misses(text: str) -> None:
    assert ids(text, "woo_ground") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5.1.2 sub e, 5.1.2(f) en 5.1.2 (i)", ["woo-5.1.2e", "woo-5.1.2f", "woo-5.1.2i"]),
        ("gelakt: 5.1.2-e; 5.1.1, onder c", ["woo-5.1.2e", "woo-5.1.1c"]),
        ("10.2 sub g en 10.2 (e)", ["wob-10.2g", "wob-10.2e"]),
    ],
)
def test_woo_ground_letter_written_apart(text: str, expected: list[str]) -> None:
    assert ids(text, "woo_ground") == expected


@pytest.mark.parametrize(
    "text",
    [
        "zij stuurde 10.2 e-mails",
        "paragraaf 5.1.2 (zie e)",
        "versie 5.1.2 onder andere",
        "5.1.2 (a",
    ],
)
def test_woo_ground_letter_apart_near_misses(text: str) -> None:
    assert ids(text, "woo_ground") == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Stcrt. 2019, 4567 en 4570", "stcrt", ["stcrt-2019-4567", "stcrt-2019-4570"]),
        ("(Stb. 2017, 31, 33 en 40)", "stb", ["stb-2017-31", "stb-2017-33", "stb-2017-40"]),
        ("Stb. 2014, 20 en 2016, 8.", "stb", ["stb-2014-20", "stb-2016-8"]),
        ("Trb. 2011, 90; 2012, 7", "trb", ["trb-2011-90", "trb-2012-7"]),
        (
            "Handelingen II 2018/19, nrs. 60 en 61",
            "handelingen",
            ["h-tk-20182019-60", "h-tk-20182019-61"],
        ),
        (
            "Aanhangsel Handelingen II 2021/22, nr. 812 en nr. 815.",
            "aanhangsel",
            ["ah-tk-20212022-812", "ah-tk-20212022-815"],
        ),
        (
            "Aanhangsel Handelingen II 2021/22, nrs. 812, 813 en 820)",
            "aanhangsel",
            ["ah-tk-20212022-812", "ah-tk-20212022-813", "ah-tk-20212022-820"],
        ),
    ],
)
def test_enumerated_publications(text: str, kind: str, expected: list[str]) -> None:
    assert ids(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Stb. 2017, 31 en 12 andere besluiten", "stb", ["stb-2017-31"]),
        ("Stb. 2017, 31-35", "stb", ["stb-2017-31"]),  # a span may be pages: only the first
        ("Stcrt. 2019, 4567, 12 mei", "stcrt", ["stcrt-2019-4567"]),
        ("Handelingen II 2018/19, nr. 60, blz. 12-14 en 16", "handelingen", ["h-tk-20182019-60"]),
        ("Handelingen II 2018/19, nr. 60 en 3 andere", "handelingen", ["h-tk-20182019-60"]),
    ],
)
def test_enumeration_near_misses(text: str, kind: str, expected: list[str]) -> None:
    assert ids(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstukken I 2019/20, 35 165, C en D", ["kst-35165-C", "kst-35165-D"]),
        (
            "Kamerstukken I 2019/20, 34 700, A, B en E.",
            ["kst-34700-A", "kst-34700-B", "kst-34700-E"],
        ),
        ("Kamerstukken I 2019/20, 35 165, C, EU-breed", ["kst-35165-C"]),
        ("Kamerstukken I 2019/20, 35 165, C en De Minister", ["kst-35165-C"]),
    ],
)
def test_eerste_kamer_letters_enumerated(text: str, expected: list[str]) -> None:
    assert ids(text, "kamerstuk") == expected


def test_the_next_dossier_is_no_number_of_the_first() -> None:
    text = "Kamerstukken II 2019/20, 35 300 VII, nr. 8 en 35 300 C, nr. 4"
    assert ids(text, "kamerstuk") == ["kst-35300-VII-8", "kst-35300-C-4"]
    assert ids("Kamerstuk 30 111, nr. 9 en 2 000 euro", "kamerstuk") == ["kst-30111-9"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stb. 2020, 118 en 2.500 euro", ["stb-2020-118"]),
        ("Stcrt. 2021, 1234, 2500 EA Den Haag", ["stcrt-2021-1234"]),
        ("Stb. 2019, 12 en 1 januari 2020", ["stb-2019-12"]),
        ("Stcrt. 2021, 1234 of bel 06-12345678.", ["stcrt-2021-1234"]),
        ("Trb. 2008, 175, 12-03-2009", ["trb-2008-175"]),
    ],
)
def test_gazette_enumeration_near_misses(text: str, expected: list[str]) -> None:
    found = [h.normalized for h in find_in_text(text) if h.type in ("stb", "stcrt", "trb")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstuk 30 111, nr. 9, 15 mei 2019", ["kst-30111-9"]),  # a date, not nr. 15
        ("Kamerstuk 30 111, nr. 9 en 3 andere stukken", ["kst-30111-9"]),
        ("Kamerstuk 30 111, nr. 9, 2 bijlagen", ["kst-30111-9"]),
        ("de moties 30111, nrs 20 en 21 over de commissie", ["kst-30111-20", "kst-30111-21"]),
        ("Kamerstuk 30 111, nrs. 9 en 9a", ["kst-30111-9", "kst-30111-9a"]),
        ("Kamerstuk 30 111, nrs. 9a en 10.", ["kst-30111-9a", "kst-30111-10"]),
    ],
)
def test_a_kamerstuk_enumeration_rises_and_holds_no_dates(text: str, expected: list[str]) -> None:
    assert ids(text, "kamerstuk") == expected


def test_handelingen_enumeration_in_running_text() -> None:
    text = "Handelingen II 2018/19, nrs. 60 en 61 over de motie"
    assert ids(text, "handelingen") == ["h-tk-20182019-60", "h-tk-20182019-61"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Kamer's register prints a zaak, or a dossier's shorthand, with its document
        # after a slash
        (
            "Verzoek van de commissie, 2019Z01234/2019D05678, d.d. 3 mei",
            ["2019Z01234", "2019D05678"],
        ),
        ("- 33100-12/2017D44556, d.d. 1 juli 2017, verzoek", ["kst-33100-12", "2017D44556"]),
    ],
)
def test_register_pairs_with_a_slash(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "zie https://www.example.nl/stukken/2019D05678 voor de tekst",  # a path: the URL's own
        "bel 070-1234/5678 of mail ons",  # a phone number's slash, no document number after it
        "het kenmerk 33100-12/4455 staat bovenaan",  # a kenmerk, not the register's pair
    ],
)
def test_slash_pairs_near_misses(text: str) -> None:
    assert [h for h in ids(text) if not h.startswith("http")] == []
