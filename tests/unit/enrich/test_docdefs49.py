"""docdefs49: a law's short name the document defines ('Successiewet 1956 (SW)', '(hierna: Wet
Vpb)', '(de Wet)', '..., hierna: WBR)') is read in its later articles, in that document only
(bench/enrich/docdefs49.md).

Passages are short paraphrases of the ministries' circulars and policy rules of the family.
Near misses: a definition of a party or a decision ('(hierna: verzoeker)', '(hierna: het
besluit)'), a gazette in brackets, a short name that is not made of the law's letters, a body's
abbreviation, the same short name in another document, 'de Wet' where another name goes on, a
defined name before a year that is not its law's, phone numbers, amounts, dates, postcodes.
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import law_articles
from stukken.contracts import Segment, SegmentedDocument


def _doc(*paragraphs: str) -> SegmentedDocument:
    return SegmentedDocument(
        segments=[
            Segment(id=f"s{k}", kind="paragraph", page=1, text=text)
            for k, text in enumerate(paragraphs)
        ]
    )


def _laws(*paragraphs: str) -> list[str]:
    return [r.normalized for r in find_references(_doc(*paragraphs)) if r.type == "law_article"]


@pytest.mark.parametrize(
    ("definition", "use", "expected"),
    [
        (
            "De vrijstelling volgt uit de Successiewet 1956 (SW).",
            "Op grond van artikel 12 SW is geen belasting verschuldigd.",
            ["Successiewet 1956 art. 12"],
        ),
        (
            "In de Wet op de vennootschapsbelasting 1969 (hierna: Wet Vpb) is geregeld dat",
            "Artikel 10c, eerste lid, van de Wet Vpb bepaalt dat het resultaat",
            ["Wet op de vennootschapsbelasting 1969 art. 10c lid 1"],
        ),
        (  # without the colon, and cited in another case and with its year
            "artikel 3 van de Wet op de dividendbelasting 1965 (hierna Wet DivBel).",
            "zie artikel 3, derde lid, Wet Divbel en artikel 10c van de Wet Vpb 1969.",
            ["Wet op de dividendbelasting 1965 art. 3 lid 3"],
        ),
        (
            "Bij een wijziging van de Wet luchtvaart (hierna: WLv) is het verbod",
            "Op grond van art. 11.7, eerste lid WLv kan de ambtenaar het bewijs invorderen.",
            ["Wet luchtvaart art. 11.7 lid 1"],
        ),
        (
            "de bedragen van het Bezoldigingsbesluit Burgerlijke Rijksambtenaren 1984 (BBRA 1984)",
            "Toelagen als bedoeld in artikel 22a BBRA 1984 worden aangepast.",
            ["Bezoldigingsbesluit Burgerlijke Rijksambtenaren 1984 art. 22a"],
        ),
        (  # a definition inside a citation's brackets, after a comma
            "(artikel 13 van de Wet op belastingen van rechtsverkeer, hierna: WBR). In",
            "In dat geval kan artikel 13 van de WBR niet worden toegepast.",
            ["Wet op belastingen van rechtsverkeer art. 13"],
        ),
        (
            "een levering in de zin van de Wet op de omzetbelasting 1968 (de Wet) is",
            "Artikel 3a van de Wet is gebaseerd op de richtlijn.",
            ["Wet OB 1968 art. 3a"],
        ),
        (
            "de vrijstelling van de Wet op de omzetbelasting 1968 (hierna te noemen: de Wet).",
            "Ingevolge artikel 11, eerste lid, onderdeel f, van de Wet is dat vrijgesteld.",
            ["Wet OB 1968 art. 11 lid 1 onder f"],
        ),
        (  # a list of articles
            "boeten op grond van afdeling 9.1 van de Algemene douanewet (verder: Adw)",
            "Voor de in de artikelen 9:1, 9:2 en 9:4 Adw geregelde feiten",
            [
                "Algemene douanewet art. 9:1",
                "Algemene douanewet art. 9:2",
                "Algemene douanewet art. 9:4",
            ],
        ),
        (  # a definition refs49 left 'WVO' unread for (the WVO 2020 too)
            "in strijd met de strekking van de Wet op het voortgezet onderwijs (WVO).",
            "De bekostiging (artikel 30 van de WVO) blijft.",
            ["Wet op het voortgezet onderwijs art. 30"],
        ),
    ],
)
def test_defined_short_name_is_read(definition: str, use: str, expected: list[str]) -> None:
    found = _laws(definition, use)
    for law in expected:
        assert law in found
    assert not [f for f in found if f not in expected and not _in(f, definition)]


def _in(normalized: str, definition: str) -> bool:
    """A citation the definition's own paragraph holds by the full name (read before too)."""
    return normalized in _laws(definition)


@pytest.mark.parametrize(
    ("definition", "use"),
    [
        # a party, a decision, a body: no law's short name
        ("Het verzoek van de Stichting Wet en Recht (hierna: verzoeker) is", "artikel 4 Wet"),
        ("het besluit op grond van de Wet openbaarheid van bestuur (hierna: het besluit)", ""),
        ("de Autoriteit woningcorporaties (Autoriteit) ziet toe", "artikel 39 Autoriteit"),
        # a gazette, a page, a short name not of the law's letters
        ("de Wet op de omzetbelasting 1968 (Stb. 1968)", "artikel 3a Stb."),
        ("de Wet luchtvaart (KLM)", "Zie artikel 11.7 KLM."),
        ("de Geneesmiddelenwet (Beleidsregels gunstbetoon Geneesmiddelenwet)", "artikel 94 BG"),
        # no known law before the brackets
        ("de Paspoortuitvoeringsregeling Atlantis 2001 (PUA 2001)", "artikel 7 PUA 2001"),
        # a year after the short name that is not its law's
        ("de Wet luchtvaart (hierna: WLv)", "artikel 5 WLv 1958"),
        # phone numbers, amounts, dates, postcodes after the definition
        (
            "de Wegenverkeerswet 1994 (Wvw)",
            "Bel 070 - 123 45 67, € 1.250 per 1 januari 2024, 2511 CV Den Haag (Wvw)",
        ),
    ],
)
def test_near_misses_stay_clean(definition: str, use: str) -> None:
    assert _laws(definition, use) == _laws(definition)


@pytest.mark.parametrize(
    "use",
    [
        "artikel 6 van de Wet op de loonbelasting 1964",  # the tables' law
        "artikel 2 van de Wet Vpb",  # another short name
        "artikel 2 van de Wet op de kansspelbelasting",  # a name the tables may not hold
        "artikel 2 van de Wet Langdurige Zorg",
    ],
)
def test_defined_common_word_not_read_where_a_name_goes_on(use: str) -> None:
    assert not [
        f
        for f in _laws("de Wet op de omzetbelasting 1968 (hierna: de Wet)", use)
        if f.startswith("Wet OB")
    ]


def test_a_definition_holds_in_its_own_document_only() -> None:
    assert "Successiewet 1956 art. 12" in _laws("de Successiewet 1956 (SW)", "artikel 12 SW")
    assert _laws("artikel 12 SW") == []


@pytest.mark.parametrize(
    ("text", "defined"),
    [
        ("de Successiewet 1956 (SW) en", {"SW": "BWBR0002226"}),
        ("de Wet op de vennootschapsbelasting 1969 (hierna: Wet Vpb)", {"wet vpb": "BWBR0002672"}),
        ("Huurprijzenwet woonruimte (hierna: de Huurprijzenwet)", {}),
        ("(hierna: verzoeker), (hierna: het besluit), (hierna: Van Gelder)", {}),
        ("Tel. (070) 123 45 67, € 12,50 (excl.), 1 januari (2024)", {}),
    ],
)
def test_define(text: str, defined: dict[str, str]) -> None:
    table: law_articles.Defined = {}
    law_articles.define(text, table)
    assert {name: bwb for name, (_, bwb) in table.items()} == defined


def test_read_where_the_text_is_taken_for_letter_spaced() -> None:
    # single letters for parties ('A verkoopt aan B') make the enricher close gaps first
    found = _laws(
        "over artikel 10, derde lid, Successiewet 1956 (SW) bij een kwijtschelding",
        "A verkoopt aan B een huis. Voor B een fictieve verkrijging (artikel 10 SW). Hierop",
    )
    assert "Successiewet 1956 art. 10" in found
