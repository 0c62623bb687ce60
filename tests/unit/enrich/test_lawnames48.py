"""lawnames48: law names cited by article as writers write them (bench/enrich/lawnames48.md).

A name of more words in any case whose words are a name's ('de Algemene Wet bestuursrecht', 'wet
SUWI', 'WET OPEN OVERHEID'), an abbreviation of three to five capitals also capitalised ('Awr',
'Suwi'), a one-word name on -wet in lower case or capitals ('woningwet', 'GEMEENTEWET'), 'Wet WIA'
(UWV's releases). Near misses: 'wet' as a common noun ('de wet van vraag en aanbod', 'van de wet'),
a name with a word missing or one word more, one-word forms that are other laws or no law ('Tw' and
'TW', 'tw', 'Ww', 'Web').
"""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def _ids(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "law_article"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "als bedoeld in artikel 5:11 van de Algemene Wet bestuursrecht, belast met",
            ["Awb art. 5:11"],
        ),
        ("zie artikel 7:1 van de ALGEMENE WET BESTUURSRECHT.", ["Awb art. 7:1"]),
        ("artikel 5.1, tweede lid, onder e WET OPEN OVERHEID", ["Woo art. 5.1 lid 2 onder e"]),
        ("op grond van artikel 5.2 van de wet open overheid", ["Woo art. 5.2"]),
        (
            "op grond van artikel 32d, tweede lid wet SUWI aan UWV opgedragen",
            ["Wet SUWI art. 32d lid 2"],
        ),
        ("53\nartikel 30a wet SUWI\n54", ["Wet SUWI art. 30a"]),
        (
            "op grond van artikel 30a lid 1 van de Wet Structuur Uitvoeringsorganisatie Werk en\n"
            "Inkomen (Wet SUWI)",
            ["Wet SUWI art. 30a lid 1"],
        ),
        ("de geheimhoudingsplicht van\nartikel 74 Suwi te doorbreken", ["Wet SUWI art. 74"]),
        ("Fiscale geheimhoudingsplicht (artikel 67 Awr)", ["AWR art. 67"]),
        ("de regeling van artikel 30f van de Awr biedt", ["AWR art. 30f"]),
        ("BOUWVERGUNNING (art. 40 woningwet)", ["Woningwet art. 40"]),
        ("op grond van artikel 86, tweede lid, gemeentewet juncto", ["Gemeentewet art. 86 lid 2"]),
        ("uit artikel 10 van de gemeentewet zorgt", ["Gemeentewet art. 10"]),
        ("ARTIKEL 3 ... artikel 147 GEMEENTEWET", ["Gemeentewet art. 147"]),
        ("recht op een IVA-uitkering (artikel 47 Wet WIA).", ["WIA art. 47"]),
        ("(artikel 56, lid 3, Wet\nWIA)", ["WIA art. 56 lid 3"]),
        ("artikel 61, leden 5 en 6, Wet WIA", ["WIA art. 61 lid 5", "WIA art. 61 lid 6"]),
        # the table's own case still reads as before
        ("artikel 9:1 van de Algemene wet bestuursrecht", ["Awb art. 9:1"]),
        ("artikel 74 van de Wet Suwi", ["Wet SUWI art. 74"]),
        ("artikel 67 AWR", ["AWR art. 67"]),
    ],
)
def test_other_cases(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "artikel 3 van de wet van vraag en aanbod",
        "zoals genoemd in artikel 83 van de wet in zijn vergadering",
        "als bouwplan als bedoeld in artikel 6.12, eerste lid, van de wet, wordt",
        "berust dit besluit op artikel 8, achttiende lid, van de Wet.",
        # a word missing or a word more: no name of the table
        "Verzekeringsplicht Artikel 4\nWet Openbaarheid Bestuur Artikel 5\nvan",
        "artikel 5 van de wet open overheidsinformatie",
        "artikel 5.1 van de Wet open overheid1 blijft",
        # one word keeps its case where it is another law or none; two capitals stay two
        "artikel 3 tw",
        "artikel 3 Ww",
        "artikel 7 Web-richtlijnen",
        "artikel 2 van de wet",
    ],
)
def test_near_misses(text: str) -> None:
    assert _ids(text) == []


def test_one_word_keeps_its_law() -> None:
    assert _ids("artikel 3 Tw") == ["Tw art. 3"]
    assert _ids("artikel 3 TW") == ["TW art. 3"]
    assert _ids("artikel 3 TOESLAGENWET") == ["TW art. 3"]
    assert _ids("artikel 3 telecommunicatiewet") == ["Tw art. 3"]


def test_other_case_span_ends_at_the_name() -> None:
    text = "zie artikel 5:11 van de Algemene Wet bestuursrecht, belast met"
    (hit,) = [h for h in find_in_text(text) if h.type == "law_article"]
    assert text[hit.start : hit.end] == "artikel 5:11 van de Algemene Wet bestuursrecht"
