"""woo49 (issue #12): Woo decisions and inventories of ministries and their agencies.

A blind gold (W49, 19 Woo PDFs of RVO, NVWA, DJI, BZ, AZ, BZK/ILT, Rijksvastgoedbedrijf, OCW,
EZK, LNV, IenW, Inspectie SZW, Financiën; bench/enrich/woo49.md) read three classes:

- the letter's own kenmerk under a label that stands alone in its segment: the Rijkshuisstijl's
  side column sets 'Onze referentie' (RVO, NVWA, BZ, AZ) or 'Ons kenmerk' over its value, and
  the segmenter cut the two apart (7 of 9 reference misses, five bodies); 'Onze referentie 4187132'
  in one segment was no label either;
- a long inventory table read as letter-spaced because two rows 6,000 characters apart held 'M
  reageert' ('M': the minister), its numbers then glued ('2004-2005 21501-20 nr. 270');
- a person after a given name whose 'surname' is a long word of the language: a scanner's OCR
  layer capitalised every i ('Alvorens Ik Inga op de Inventarisatie van de ...').

Near misses: a label over a date, a phone number, a page number or a value without a digit; a
label at a page's foot and a value atop the next; prose about 'de referentie'; a spaced
footnote's cut capitals near each other; real names after a given name. Texts our own, in the
documents' shapes."""

from __future__ import annotations

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import found, kenmerken, spacing
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import enrich_one


def _doc(*segments: tuple[str, int, str]) -> SegmentedDocument:
    return SegmentedDocument(
        segments=[
            Segment(id=f"s{i}", kind=kind, page=page, text=text)
            for i, (kind, page, text) in enumerate(segments)
        ]
    )


def _kenmerken(doc: SegmentedDocument) -> list[tuple[str, str]]:
    ids = {s.id: s.kind for s in doc.segments}
    return [(ids[r.segment_id], r.normalized) for r in find_references(doc) if r.type == "kenmerk"]


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Onze referentie", "Wob/2020/177"),
        ("Onze referentie", "TRCNVWA/2020/6168"),
        ("Ons kenmerk", "3380501"),
        ("Onze referentie", "BZ-2021.2175"),
        ("Kenmerk", "DGKE-WO / 21078921"),
        ("Uw kenmerk", "20170744/MW/EW"),
    ],
)
def test_a_label_alone_names_the_next_segment(label: str, value: str) -> None:
    doc = _doc(
        ("letterhead", 1, "Datum 17 november 2020 Betreft Besluit op uw Wob-verzoek"),
        ("letterhead", 1, label),
        ("letterhead", 1, value),
        ("paragraph", 1, "Geachte heer,"),
    )
    assert _kenmerken(doc) == [("letterhead", value)]


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Uw kenmerk", "4 maart 2021"),
        ("Kenmerk", "T 070 379 8911"),
        ("Ons kenmerk", "Pagina 2 van 5"),
        ("Uw kenmerk", "VOSEP"),
        ("Ons kenmerk", "9"),
        ("Bijlagen", "2021-0000467396"),
    ],
)
def test_no_value_under_a_label(label: str, value: str) -> None:
    assert kenmerken.paired([(0, 1, label), (1, 1, value)]) == []


def test_the_value_stands_on_the_labels_page() -> None:
    assert kenmerken.paired([(0, 1, "Onze referentie"), (1, 2, "BZ-2021.2175")]) == []


def test_the_value_follows_its_label() -> None:
    texts = [(0, 1, "Onze referentie"), (2, 1, "BZ-2021.2175")]  # a long segment between
    assert kenmerken.paired(texts) == []


def test_a_side_columns_value_in_furniture_once() -> None:
    doc = _doc(
        ("paragraph", 2, "Het recht op openbaarmaking op grond van de Wob dient dat belang."),
        ("furniture", 2, "Onze referentie"),
        ("furniture", 2, "BZ-2021.2175"),
        ("furniture", 3, "Onze referentie"),
        ("furniture", 3, "BZ-2021.2175"),
    )
    assert _kenmerken(doc) == [("furniture", "BZ-2021.2175")]


def test_a_running_side_columns_own_value_once() -> None:
    doc = _doc(
        ("letterhead", 1, "Onze referentie TRCVWA/2021/776"),
        ("paragraph", 1, "Geachte heer/mevrouw,"),
        ("furniture", 2, "Onze referentie TRCVWA/2020/776"),
        ("furniture", 3, "Onze referentie TRCVWA/2020/776"),
        ("furniture", 3, "Pagina 3 van 5"),
    )
    assert _kenmerken(doc) == [("letterhead", "TRCVWA/2021/776"), ("furniture", "TRCVWA/2020/776")]


def test_an_ocr_layers_misreading_in_furniture_is_none() -> None:
    doc = _doc(
        ("letterhead", 1, "Kenmerk"),
        ("letterhead", 1, "2021-0000467396"),
        ("paragraph", 1, "Geachte heer,"),
        ("furniture", 4, "Kenmerk 2021-0000457395"),
    )
    doc.metadata.ocr_layer_pages = [1, 2, 3, 4]
    assert _kenmerken(doc) == [("letterhead", "2021-0000467396")]


def test_onze_referentie_in_one_segment() -> None:
    hits = [(h.type, h.normalized) for h in found.find_in_text("Onze referentie 4187132")]
    assert hits == [("kenmerk", "4187132")]


@pytest.mark.parametrize(
    "text",
    [
        "Vermeld in uw bezwaarschrift in ieder geval de referentie en de datum van de beslissing"
        " waartegen u bezwaar maakt.",
        "Bij beantwoording de datum en ons kenmerk vermelden.",
    ],
)
def test_prose_about_a_reference_is_none(text: str) -> None:
    assert [h for h in found.find_in_text(text) if h.type == "kenmerk"] == []


_ROW = "{n}. | e-mail d.d. 3 maart 2015 met onderwerp ‘RE: herdenking’ | Gedeeltelijk Openbaar |\n"


def test_a_long_table_with_stray_capitals_is_no_spaced_text() -> None:
    rows = [_ROW.format(n=n) for n in range(1, 80)]
    rows[3] = "4. | Kamerstuk vergaderjaar 2004-2005 21501-20 nr. 270 | Reeds openbaar |\n"
    rows[20] = "21. | e-mail met onderwerp ‘FW_ M reageert op moties’ | Beoordeling door BZ |\n"
    rows[70] = "71. | e-mail met onderwerp ‘RE_ M reageert op moties’ | Gedeeltelijk Openbaar |\n"
    text = "".join(rows)
    assert not spacing.is_letter_spaced(text)
    doc = _doc(("table", 1, text))
    assert [r.normalized for r in find_references(doc) if r.type == "kamerstuk"] == [
        "kst-21501-20-270"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "1 T oezegging van de minister aan de N ederlandse A rbeidsinspectie",
        "2 Kamers tukken I I, 2 0 22-2023, 2 9665, nr. 482",
    ],
)
def test_a_spaced_footnote_stays_spaced(text: str) -> None:
    assert spacing.is_letter_spaced(text)


@pytest.mark.parametrize(
    "text",
    [
        "Alvorens Ik Inga op de Inventarisatie van de aangetroffen documenten, merk Ik op.",
        "Daarna sprak Anna van de Inventarisatie over de begroting.",
        "Volgens Jan Beoordelingskader is dat zo.",
    ],
)
def test_a_long_word_after_a_given_name_is_no_surname(text: str) -> None:
    assert [e.text for e in enrich_one(text) if e.type == "person"] == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Daarna sprak Inga op de Beek over de begroting.", "Inga op de Beek"),
        ("Willem Schoonderwoerd en Marieke Groenewegen spraken.", "Willem Schoonderwoerd"),
        ("Daarna sprak Kees Timmermans over de begroting.", "Kees Timmermans"),
    ],
)
def test_names_after_a_given_name_stay(text: str, person: str) -> None:
    assert person in {e.text for e in enrich_one(text) if e.type == "person"}
