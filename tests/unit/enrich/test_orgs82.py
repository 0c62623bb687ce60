"""orgs82 (issue #12): organisations on a blind set of nitrogen-policy papers (Kamerbrieven, RIVM
notes, WUR reports, BIJ12 protocols, habitat-map method documents).

- an adjective opening a head-final name after 'en' opens a second body, where the part before
  opens with none: 'Eurofins Agro en Centraal Veevoerder Bureau' (main read one name of both);
  a joint name's adjective stands before both parts ('de Nederlandse Patiënten en Consumenten
  Federatie', 'de Economische en Financiële Raad') and stays one name;
- a letter's subject label before 'X Nederland' is a title: 'Betreft Aanpak Nederland van het
  slot' (main read 'Betreft Aanpak Nederland'); a listed body after the label is read without it
  ('Betreft LTO Nederland': main kept the label in the name);
- 'DLG' is the Dienst Landelijk Gebied (organisations.tsv), as its documents print it.
"""

from __future__ import annotations

import pytest

from services.enrich.data import rows
from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _orgs(*texts: str) -> list[str]:
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts)
        ]
    )
    return sorted({e.text for e in enrich(doc)[1] if e.type == "organization"})


# --- an adjective after 'en' opens the second body ------------------------------------------


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # the blind set's LNV data sheet (2020): two sources of one figure
        (
            "Samenstelling graskuil: Eurofins Agro en Centraal Veevoerder Bureau",
            "Centraal Veevoerder Bureau",
        ),
        (
            "De gegevens komen van Stichting Wonen en Landelijk Bureau Zorg.",
            "Landelijk Bureau Zorg",
        ),
        ("Het Rijksmuseum en Nationaal Archief werken samen.", "Nationaal Archief"),
    ],
)
def test_an_adjective_after_en_opens_the_second_body(text: str, second: str) -> None:
    found = _orgs(text)
    assert second in found
    assert not any(" en " in f and f.endswith(second) for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a joint name: its adjective stands before both parts (orgs72)
        (
            "Volgens de Nederlandse Patiënten en Consumenten Federatie is dat onwenselijk.",
            "Nederlandse Patiënten en Consumenten Federatie",
        ),
        (
            "Het Sociaal en Cultureel Planbureau schreef een rapport.",
            "Sociaal en Cultureel Planbureau",
        ),
    ],
)
def test_a_joint_names_adjective_stands_before_both_parts(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_an_adjective_after_an_article_is_the_joint_names() -> None:
    # the Habitats Directive (consolidated, in the sweep's pool): 'het' opens the committee, whose
    # first word is an adjective; main reads no body here, and neither does the branch
    found = _orgs(
        "De Commissie brengt verslag uit aan de Raad en het Economisch en Sociaal Comité."
    )
    assert "Sociaal Comité" not in found
    assert "Economisch" not in found


def test_an_adjective_after_en_without_a_head_joins_nothing() -> None:
    # 'Wetenschappelijk Onderzoek' has no head: the ministry's enumeration is not cut there
    found = _orgs("Het Ministerie van Onderwijs en Wetenschappelijk Onderzoek gaf subsidie.")
    assert "Wetenschappelijk Onderzoek" not in found


# --- a letter's subject label ----------------------------------------------------------------


def test_a_subject_line_before_nederland_is_no_body() -> None:
    # the blind set's Kamerbrief (LVVN, 2025): its letterhead's subject
    found = _orgs(
        "Datum 14 februari 2024 DGLGS / 96865694 Betreft Aanpak Nederland van het slot, "
        "perspectief voor sectoren en herstel van natuur"
    )
    assert not any("Nederland" in f for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Betreft LTO Nederland en de melkveehouderij", "LTO Nederland"),
        ("Onderwerp Vluchtelingenwerk Nederland", "Vluchtelingenwerk Nederland"),
    ],
)
def test_a_listed_body_after_the_subject_label_is_read_without_it(text: str, name: str) -> None:
    found = _orgs(text)
    assert name in found
    assert not any(f.startswith(("Betreft", "Onderwerp")) for f in found)


def test_a_body_before_nederland_without_a_label_is_still_read() -> None:
    assert "Greenpeace Nederland" in _orgs(
        "De rechtbank deed uitspraak in de bodemprocedure van Greenpeace Nederland."
    )


# --- DLG -------------------------------------------------------------------------------------


def test_dlg_is_the_dienst_landelijk_gebied() -> None:
    # the blind set's habitat-map documents name their author so ('Auteur DLG PNB')
    assert "DLG" in _orgs("Verantwoordingsdocument T0-habitattypenkaart. Auteur: DLG")
    listed = [r for r in rows("organisations.tsv") if r["canonical"] == "Dienst Landelijk Gebied"]
    assert listed and "DLG" in listed[0]["variants"].split("|")


def test_dlg_inside_a_word_is_nothing() -> None:
    assert "DLG" not in _orgs("Het bestand DLGkaart_2013.gdb is gebruikt.")
