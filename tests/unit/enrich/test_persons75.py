"""persons75 (issue #12): a double surname whose second part opens with a lower-case particle, in a
list of initialled persons ('J.M. Meulenberg-op 't Hof, P.C.A. de Milliano-v.d. Hemel', as a
Staten committee's attendance prints married names). The list's reading stopped at the hyphen and
left the item out. Each with its near misses. Names and texts our own, in the shapes the
documents print."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _persons(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    found = [e for e in enrich(doc)[1] if e.type == "person"]
    for e in found:
        assert text[e.start : e.end] == e.text  # offsets point into the printed text
    return [(e.text, e.canonical) for e in found]


def _printed(text: str) -> set[str]:
    return {printed for printed, _ in _persons(text)}


_LEDEN = "Aanwezig zijn de leden: K.L. Brouwer, A.B. de Groot, R.S. van Leeuwen, {gap}, T.W. Smit."


@pytest.mark.parametrize(
    ("gap", "names"),
    [
        ("M.P. Jansen-op den Kamp", {"M.P. Jansen-op den Kamp"}),
        ("H.J. Verhoef-v.d. Berg", {"H.J. Verhoef-v.d. Berg"}),
        (
            "C.D. de Wit-op 't Veld, E.F. Mol-in 't Hout",
            {"C.D. de Wit-op 't Veld", "E.F. Mol-in 't Hout"},
        ),
        ("G.H. Bos-uit den Bogaard", {"G.H. Bos-uit den Bogaard"}),
    ],
)
def test_a_double_surname_with_a_particle_in_a_list_of_initialled_members(
    gap: str, names: set[str]
) -> None:
    found = _printed(_LEDEN.format(gap=gap))
    assert names <= found
    assert {"K.L. Brouwer", "A.B. de Groot", "R.S. van Leeuwen", "T.W. Smit"} <= found


def test_an_attendance_label_reads_the_double_surname_whole() -> None:
    found = _printed("Aanwezig: A.B. Bakker, J.K. Visser-op 't Veld, P.Q. Mol")
    assert "J.K. Visser-op 't Veld" in found


@pytest.mark.parametrize(
    "gap",
    [
        "A.B. Gemeente-op 't Kaart",  # a listed word, no surname
        "B. Smit-op 't agenda",  # a word in lower case after the particle
        "Stichting Wel-op 't Veld",  # no initials
        # more than three items between two persons found: not the list the rule reads
        "A.A. Aap-op 't Bree, B.B. Bol-op 't Bree, C.C. Cas-op 't Bree, D.D. Dol-op 't Bree",
    ],
)
def test_no_person_from_an_item_of_another_shape(gap: str) -> None:
    found = _printed(_LEDEN.format(gap=gap))
    assert not any("-op 't" in name for name in found)


def test_no_gap_is_read_across_a_line_break() -> None:
    text = (
        "Aanwezig zijn de leden: K.L. Brouwer, A.B. de Groot,\nM.P. Jansen-op 't Kamp, T.W. Smit."
    )
    assert not any("-op 't" in name for name in _printed(text))
