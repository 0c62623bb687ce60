"""Names as Woo decisions and their inventories print them: signers with a Romance particle or a
work title on their line, labels and cells that are no names, and foundations named by a phrase."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich, entities_in_text
from stukken.contracts import Segment, SegmentedDocument


def found(text: str, kind: str) -> list[str]:
    return [m.canonical for m in entities_in_text(text) if m.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hoogachtend,\nmr. drs. M.A.A. di Bucchianico", ["M.A.A. di Bucchianico"]),
        ("mr. A.A. ten Cate Teamleider Openbaarmaking", ["A.A. ten Cate"]),
        ("mr. drs. M.A.A. di Bucchianico Hoofd Publiekrecht", ["M.A.A. di Bucchianico"]),
        ("de heer Jansen Beleidsmedewerker van de directie", ["Jansen"]),
        ("Dit zei\nBurgemeester Jansen gisteren.", ["Jansen"]),
        ("namens deze,\nJ.A. McDonald", ["J.A. McDonald"]),
        # a footnote's number glued on by the text layer
        ("Conform de motie De Groot27 zullen we", ["De Groot"]),
        ("minister Rutte2024 schreef", []),
    ],
)
def test_signers_and_titled_names(text: str, expected: list[str]) -> None:
    assert found(text, "person") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title alone on its line is a label or a cell; the next line is no name
        "dri( M.R. SctnjTWk\nSecretaris-generaal\nBezwaarclausule\nTegen dit besluit kunt u",
        "15 26-11-2020 RE: Verkennen Wob-vraag en inzet\nLandsadvocaat\nDeels Openbaar 10.2.e",
        # an OCR layer's reading of a handwritten signature
        "Hoogachtend,\nM.R. SctnjTWk",
    ],
)
def test_labels_cells_and_ocr_debris_are_no_persons(text: str) -> None:
    assert found(text, "person") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het bestuur van de Stichting Varkens in Nood heeft gevraagd.",
            ["Stichting Varkens in Nood"],
        ),
        ("Ook stichting Stem op een Vrouw schreef.", ["Stichting Stem op een Vrouw"]),
        ("De stichting Vluchteling in Amsterdam schreef.", ["Stichting Vluchteling"]),
        ("vereniging Eigen Huis in Amersfoort", ["Vereniging Eigen Huis"]),
        ("een opdracht aan de stichting 'Stem op een Vrouw'.", ["Stichting Stem op een Vrouw"]),
        ("de vereniging “Eigen Huis” en de stichting 's avonds", ["Vereniging Eigen Huis"]),
    ],
)
def test_foundations_named_by_a_phrase(text: str, expected: list[str]) -> None:
    assert found(text, "organization") == expected


def test_a_law_or_a_trade_in_a_list_of_bodies_is_no_body() -> None:
    assert found("Verslag van COVRA, WOB en PR; overleg COVRA, ANVS en NRG.", "organization") == [
        "Centrale Organisatie Voor Radioactief Afval",
        "Centrale Organisatie Voor Radioactief Afval",
        "Autoriteit Nucleaire Veiligheid en Stralingsbescherming",
        "NRG",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volgens The European Federation of Energy Traders (EFET) is dat zo. De EFET schreef.",
            ["European Federation of Energy Traders", "European Federation of Energy Traders"],
        ),
        (
            "het World Economic Forum en de World Health Organization",
            ["World Economic Forum", "Wereldgezondheidsorganisatie"],  # listed: its Dutch name
        ),
        ("de Federation Gateway Service en Forum Salaris", []),
    ],
)
def test_english_names_closed_by_their_head(text: str, expected: list[str]) -> None:
    assert found(text, "organization") == expected


def test_a_footnote_names_a_body_whole_when_the_text_prints_its_abbreviation() -> None:
    """The pipeline reads a footnote as a segment of its own: the abbreviation that makes the
    enumeration part of the name ('VEMW') stands in another segment."""
    doc = SegmentedDocument(
        segments=[
            Segment(
                id="s1", kind="paragraph", page=1, text="Met Vewin en VEMW maken we afspraken."
            ),
            Segment(
                id="s2",
                kind="footnote",
                page=1,
                text="Vereniging van Waterbedrijven in Nederland en Vereniging voor Energie, "
                "Milieu en Water",
            ),
        ]
    )
    names = {e.canonical for e in enrich(doc)[1] if e.segment_id == "s2"}
    assert "Vereniging voor Energie, Milieu en Water" in names
    # without the abbreviation anywhere, a comma still ends the name
    alone = SegmentedDocument(segments=[doc.segments[1]])
    assert "Vereniging voor Energie" in {e.canonical for e in enrich(alone)[1]}
