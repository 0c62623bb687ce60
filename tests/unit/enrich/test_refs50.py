"""refs50: references in letters, Woo decisions and the Handelingen (bench/enrich/refs50.md).

The Handelingen list the stukken taken off the stand of business as a run of shorthand parted by
semicolons, often in a paragraph of their own; tkconv's register names a document's dossier as
'kamerstukdossier 32761 -310'; the Eerste Kamer's Handelingen cite a motion as '(35788, letter
D)'; municipalities' regulations end a list item's letter with a dot ('vijfde lid onder b. en
31'); BNC fiches and letters cite the EU treaties by article ('Artikel 192 ... (VWEU)'); a Wob
inventory writes its ground as an article with no law ('Artikel 10 lid 2 sub e'), read as the
Wob's ground where the text names the Wob and the code closes its line. Near
misses: phone numbers, postcodes, amounts, dates, case numbers shaped as a year, a court's case
numbers, a lone dossier-shaped number, a letter after a comma that names no Eerste Kamer paper.
"""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def _ids(text: str, kind: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Handelingen' semicolon lists, in a paragraph naming no Kamer business
        (
            "de volgende stukken af te voeren: 18106-194; 18106-195; 2009Z13750; 27925-370.",
            ["kst-18106-194", "kst-18106-195", "kst-27925-370"],
        ),
        ("34722-1; 33997-95; 23908-(R1519)-131.", ["kst-34722-1", "kst-33997-95", "kst-23908-131"]),
        ("2017Z09721; 21501-08-692; 25087-170", ["kst-21501-08-692", "kst-25087-170"]),
        # tkconv's register
        (
            "Onderdeel van kamerstukdossier 32761 -310 Verwerking en bescherming persoonsgegevens.",
            ["kst-32761-310"],
        ),
        # the Eerste Kamer's letters, named as such
        ("de motie-Koffeman over stikstofruimte (35788, letter N);", ["kst-35788-N"]),
        ("de motie-Rosenmöller c.s. over jeugdzorg (35788, letter F)", ["kst-35788-F"]),
        # near misses: no list of dossiers, no Kamer context
        ("Bel 070-3456789; 070-3456790 of mail ons.", []),
        ("zaaknummers 34196-2023; 34197-2023 zijn samengevoegd", []),
        ("Postcodes 1234 AB; 2345 CD; bedrag 12.345-; periode 2019-2020; 2020-2021.", []),
        ("De rechtbank in zaken nrs. 14/806 en 14/807; zie ook 22/2689 JW.", []),
        ("Een enkel nummer 17050-380 zonder context.", []),
        ("(25.000, letter A)", []),
        ("dossier 22112 -3620 tekst", ["kst-22112"]),
    ],
)
def test_kamerstukken(text: str, expected: list[str]) -> None:
    assert sorted(_ids(text, "kamerstuk")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "gelet op de artikelen 3, 27, derde lid, 30a, vijfde lid onder b. en 31, derde lid"
            " onder a van de Drank- en Horecawet;",
            [
                "Drank- en Horecawet art. 3",
                "Drank- en Horecawet art. 27 lid 3",
                "Drank- en Horecawet art. 30a lid 5 onder b",
                "Drank- en Horecawet art. 31 lid 3 onder a",
            ],
        ),
        (
            "de artikelen 3:4 en 3:10, derde lid onder a. van de Algemene wet bestuursrecht",
            ["Awb art. 3:4", "Awb art. 3:10 lid 3 onder a"],
        ),
        (
            "Rechtsbasis: Artikel 192 van het Verdrag betreffende de werking van de Europese Unie"
            " (VWEU)",
            ["VWEU art. 192"],
        ),
        ("op grond van artikel 114 VWEU en artikel 6 VEU", ["VWEU art. 114", "VEU art. 6"]),
        # near misses: a sentence's dot after a letter, a treaty's name with no article, a number
        ("artikel 5.1, tweede lid, onder e. De Woo is hier niet van toepassing.", []),
        ("Het VWEU regelt de interne markt; tel. 070-1234567, € 1.750,-.", []),
        ("artikel 3 onder b. 2019 VWEU", []),
    ],
)
def test_law_articles(text: str, expected: list[str]) -> None:
    assert _ids(text, "law_article") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inventarislijst Wob-verzoek\n1 E-mail Deels openbaar Artikel 10 lid 2 sub e\n"
            "2 Nota Niet openbaar Artikel 11 lid 1\n3 Brief art. 10, tweede lid, onder g.",
            ["wob-10.2e", "wob-11.1", "wob-10.2g"],
        ),
        ("Wob\t1\tVerslag\tArtikel 10 lid 1 sub d", ["wob-10.1d"]),
        # near misses: only the Woo named; the code mid-sentence; a letter beyond the lid's;
        # a law named after it (law_articles' citation); no letter where one is needed
        ("Inventarislijst Woo-verzoek\n1 E-mail Deels openbaar Artikel 10 lid 2 sub e", []),
        ("op grond van de Wob is artikel 10 lid 2 sub e van toepassing.", []),
        ("De Wob: artikel 10 lid 2 sub h\n", []),
        ("Wob-verzoek; zie artikel 10 lid 2\nvolgende", []),
        ("Wob, tel. 070-3456789, artikel 10, tweede lid, onder e Wob", []),
    ],
)
def test_wob_inventory_codes(text: str, expected: list[str]) -> None:
    assert _ids(text, "woo_ground") == expected
