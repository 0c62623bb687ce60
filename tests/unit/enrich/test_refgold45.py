"""refgold45: a paper printed in two dossiers of which the second is a kingdom act's bill.

A rijkswet's dossier carries its R-number in brackets ('35 688 (R2151)'). The first dossier of a
labelled citation already kept it; the second lost the joint reading: main read the first
dossier alone and the number as the second dossier's ('Kamerstukken 35 687 en 35 688 (R2151),
nr. 14' gave kst-35687 and kst-35688-14). As every joint citation, it is the first dossier's
paper. Near misses: no number, a short R-number, words inside the bracket, no label.
"""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def _ids(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "kamerstuk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A commission's report lists the letter so (kst-19637-3060).
        (
            "inzake eindrapport (Kamerstukken 35 687 en 35 688 (R2151), nr. 14);",
            ["kst-35687-14"],
        ),
        # Both dossiers with their R-numbers.
        ("Kamerstukken 35 687 (R2150) en 35 688 (R2151), nr. 14", ["kst-35687-14"]),
        # A space inside the R-number and two numbers.
        (
            "Kamerstukken II 2022/23, 35 687 en 35 688 (R 2151), nrs. 14 en 15",
            ["kst-35687-14", "kst-35687-15"],
        ),
    ],
)
def test_joint_citation_with_a_kingdom_acts_second_dossier(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The joint forms as before.
        ("Kamerstukken 29 689 en 29 538, nr. 1081", ["kst-29689-1081"]),
        ("Kamerstuk 36 600 B en 36 600 C, nr. 6", ["kst-36600-B-6"]),
        # No number after the bracket: two dossiers, no paper.
        ("Kamerstukken 35 687 en 35 688 (R2151).", ["kst-35687", "kst-35688"]),
    ],
)
def test_joint_forms_unchanged(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An R-number has three or four digits.
        "Kamerstukken 35 687 en 35 688 (R21), nr. 14",
        # Words inside the bracket are no R-number.
        "Kamerstukken 35 687 en 35 688 (zie R2151), nr. 14",
    ],
)
def test_near_misses_read_no_joint_paper(text: str) -> None:
    assert "kst-35687-14" not in _ids(text)


def test_no_label_no_joint_paper() -> None:
    # Without 'Kamerstuk(ken)' the two numbers are no citation of a joint paper.
    assert "kst-35687-14" not in _ids("Postbus 35 687 en 35 688 (R2151), nr. 14")


# A letter's metadata kenmerk is echoed where the letter prints it again, but only a value as long
# as the label's own reading can be: an OCR'd side column gave 'Uw kenmerk' the value '9' (a VWS
# Wob decision), and every '9' of the letter became a kenmerk.
def _kenmerken(text: str, known: list[str]) -> list[str]:
    from services.enrich.references import kenmerken

    return [h.normalized for h in kenmerken.find(text, known)]


def test_a_short_metadata_kenmerk_is_not_echoed() -> None:
    assert _kenmerken("Pagina 2 van 9. Zie document 9 van de inventaris.", ["9"]) == []
    assert _kenmerken("In 2019 en 2020", ["20"]) == []


def test_a_metadata_kenmerk_is_echoed_as_before() -> None:
    text = "In de brief van 7 juli 2020, kenmerk 2020.117/002, verdaagd; zie ook 2020.117."
    assert "2020.117" in _kenmerken(text, ["2020.117"])
    assert _kenmerken("Ons kenmerk A123", []) == ["A123"]
    assert _kenmerken("document A123 van", ["A123"]) == ["A123"]
