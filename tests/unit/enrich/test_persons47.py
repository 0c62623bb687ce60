"""persons47 (issue #12): persons in released Woo mails and enacting formulas.

(1) A mail's display name with its initials in brackets, as Outlook prints a sender or addressee
of a released mail ('Van: Hirscher, Johanna (J.K.)'): main read no person there, or the wrong
one ('Camps Maarten', its initials a body 'M. R. P. M'). Taken where the initials carry dots and
begin with the given name's letter, or, with the comma, on a header line where OCR broke them.
(2) The sovereign in a law's or decree's enacting formula ('Wij Willem-Alexander, bij de gratie
Gods, ...'); the title in a sentence stays no person. Near misses: an abbreviation in brackets
after a name-like pair ('Single European Sky (SES)'), a place before the comma ('Rotterdam,
Maarten (M.)'), a party in brackets ('Jan (PvdA)'). Texts our own, in the documents' shapes."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _persons(text: str) -> dict[str, str]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return {e.text: e.canonical for e in enrich(doc)[1] if e.type == "person"}


def _orgs(text: str) -> set[str]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return {e.text for e in enrich(doc)[1] if e.type == "organization"}


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "Van: Hirscher, Johanna (J.K.)\nVerzonden: vrijdag 11 oktober 2024 09:38",
            "Johanna Hirscher",
        ),
        ("Aan: Jansen, Pieter (P.A.); Smit, Maria (M.)\nOnderwerp: Kamerbrief", "Pieter Jansen"),
        ("Aan: Jansen, Pieter (P.A.); Smit, Maria (M.)\nOnderwerp: Kamerbrief", "Maria Smit"),
        # OCR: a low comma, a comma doubled, initials left unclosed or broken on a header line
        ("DE Camps‚ Maarten (M.R.P.M.)\nOnderwerp: RE: verhaallijn", "Maarten Camps"),
        ("Aan: Bakker,‚ Sanne (S.J.)\nCc:", "Sanne Bakker"),
        ("Van: Hirscher, Johanna (J.K.\nVerzonden: dinsdag", "Johanna Hirscher"),
        ("cc: Hirscher, Johanna (LK.)\nOnderwerp: Slides", "Johanna Hirscher"),
        # no comma: the initials say it
        ("Aan: Camps Maarten (M. R. P. M. ); Hirscher Johanna (J. K. )", "Maarten Camps"),
    ],
)
def test_a_display_name_with_bracketed_initials_is_a_person(text: str, canonical: str) -> None:
    assert canonical in _persons(text).values()


def test_the_bracketed_initials_are_no_body() -> None:
    text = "Aan: Camps Maarten (M. R. P. M. ); Hirscher Johanna (J. K. )"
    assert not {"M. R. P. M", "J. K"} & _orgs(text)
    assert "Camps Maarten" not in _persons(text).values()  # given name first


@pytest.mark.parametrize(
    "text",
    [
        "Single European Sky (SES) is een project van de Europese Commissie.",
        "In Rotterdam, Maarten (M.) zei men dat.",
        "De heer Smit, Jan (PvdA) stelde vragen.",
        # OCR broke the initials and no header line says it is a mail's name
        "Het rapport van Jansen, Pieter (K) volgt.",
    ],
)
def test_no_display_name_without_its_evidence(text: str) -> None:
    found = _persons(text)
    assert not any(
        c in ("Sky European", "Maarten Rotterdam", "Pieter Jansen") for c in found.values()
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van"
            " Oranje-Nassau, enz. enz. enz.\nOp de voordracht van Onze Minister",
            "Willem-Alexander",
        ),
        (
            "Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden, Prinses van Oranje-Nassau",
            "Beatrix",
        ),
    ],
)
def test_the_sovereign_in_an_enacting_formula_is_a_person(text: str, name: str) -> None:
    assert name in _persons(text)


def test_the_royal_title_in_a_sentence_stays_no_person() -> None:
    # persons48 reads the name after the title ('Willem-Alexander'); the title stays outside it
    found = _persons("Koning Willem-Alexander opende de vergadering.")
    assert not any("Koning" in name for name in found)
