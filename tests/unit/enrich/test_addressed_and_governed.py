"""Persons addressed in a salutation or an address block, a signer with their function on the
same line, bodies known by an abbreviation after their board or members, and a URL whose scheme
OCR split."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich, entities_in_text
from services.enrich.references.urls import find as find_urls
from stukken.contracts import Segment, SegmentedDocument


def found(text: str, kind: str) -> list[str]:
    return [text[m.start : m.end] for m in entities_in_text(text) if m.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geachte heer Verbeek, geachte heer De Wilde,", ["Verbeek", "De Wilde"]),
        # the next addressee's office, also misspelt by OCR, is no second surname
        (
            "de heer Brouwers Staassecretaris van Financiën, mevrouw Oosting",
            ["Brouwers", "Oosting"],
        ),
        ("T.a.v. de heer Drs. P. Hendriks Postbus 1", ["P. Hendriks"]),
    ],
)
def test_persons_addressed(text: str, expected: list[str]) -> None:
    assert found(text, "person") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("namens het bestuur van het VBZ", ["VBZ"]),
        ("Bij de NKZ zijn 40 zorggroepen aangesloten.", ["NKZ"]),
        ("Dat zei de voorzitter van de LVBT gisteren.", ["LVBT"]),
        # listed abbreviations keep their lists' reading; no abbreviation, no body
        ("de leden van de VVD en het bestuur van de stichting", []),
        ("de leden van dit team", []),
    ],
)
def test_bodies_known_by_their_board_or_members(text: str, expected: list[str]) -> None:
    assert found(text, "organization") == expected


def test_signer_with_function_on_the_same_line() -> None:
    segs = [
        Segment(id="s0", kind="paragraph", page=1, text="Wij rekenen op uw steun."),
        Segment(
            id="s1",
            kind="signature",
            page=1,
            text="Met vriendelijke groet\nKees Bakker Voorzitter VBZ",
        ),
    ]
    people = [e.text for e in enrich(SegmentedDocument(segments=segs))[1] if e.type == "person"]
    assert people == ["Kees Bakker"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "via https: //www.voorbeeld.nl/diensten/inkoop.",
            ["https://www.voorbeeld.nl/diensten/inkoop"],
        ),
        ("zie http: //voorbeeld.org/a en", ["http://voorbeeld.org/a"]),
        ("het was 10: // niets", []),
    ],
)
def test_url_whose_scheme_ocr_split(text: str, expected: list[str]) -> None:
    assert [h.normalized for h in find_urls(text)] == expected


def test_a_directorate_is_no_body_of_its_own() -> None:
    assert found("Directie B&V heeft een plan opgeleverd.", "organization") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an article the capitals are a name, not a heading's
        ("Het Centraal Betaalcentrum stuurt de nota.", ["Centraal Betaalcentrum"]),
        # the abbreviation spells the name on past its head
        (
            "Het Landelijk Consortium Zorgmiddelen (LCZ) kocht in.",
            ["Landelijk Consortium Zorgmiddelen", "LCZ"],
        ),
        # an adjective and its head go on to their subject, also after the sentence's words
        # (the abbreviation need not spell it)
        (
            "Het Landelijk Consortium Zorgmiddelen (XYZ) kocht in.",
            ["Landelijk Consortium Zorgmiddelen", "XYZ"],
        ),
        (
            "Bij het Landelijk Meldpunt Dierenwelzijn kwamen klachten.",
            ["Landelijk Meldpunt Dierenwelzijn"],
        ),
    ],
)
def test_names_after_an_article_and_spelled_by_their_abbreviation(
    text: str, expected: list[str]
) -> None:
    assert found(text, "organization") == expected


def test_the_body_a_letter_is_addressed_to_is_named() -> None:
    """The letterhead is metadata, not a mention, but for its addressee: a letter to the
    Tweede Kamer names it; the sending ministry in the side column does not count."""
    doc = SegmentedDocument(
        segments=[
            Segment(
                id="s1",
                kind="letterhead",
                role="address",
                page=1,
                text="De voorzitter van de Tweede Kamer der Staten-Generaal Postbus 20018 "
                "2500 EA DEN HAAG",
            ),
            Segment(
                id="s2",
                kind="letterhead",
                role="address",
                page=1,
                text="Ministerie van Infrastructuur en Waterstaat",
            ),
            Segment(id="s3", kind="paragraph", page=1, text="Geachte voorzitter,"),
        ]
    )
    _, ents = enrich(doc)
    orgs = [(e.canonical, e.role) for e in ents if e.type == "organization"]
    assert orgs == [("Tweede Kamer der Staten-Generaal", "geadresseerde")]


def test_a_contact_person_under_the_letterheads_label() -> None:
    """A memo's letterhead prints 'Inlichtingen bij' and the name as blocks of their own."""
    doc = SegmentedDocument(
        segments=[
            Segment(id="s1", kind="letterhead", role="address", page=1, text="Inlichtingen bij"),
            Segment(id="s2", kind="letterhead", role="address", page=1, text="Edwin Wisse"),
            Segment(id="s3", kind="letterhead", role="address", page=1, text="Datum"),
            Segment(id="s4", kind="letterhead", role="address", page=1, text="Kenmerk"),
        ]
    )
    _, ents = enrich(doc)
    assert [(e.canonical, e.segment_id) for e in ents if e.type == "person"] == [
        ("Edwin Wisse", "s2")
    ]


def test_initials_printed_with_a_space_before_a_dot() -> None:
    """pdfium reads 'V.L.W.A.' of a signature as 'V.L.W .A.': still the signer."""
    text = (
        "Hoogachtend,\nDE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\n"
        "drs. V.L.W .A. Heijnen"
    )
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="signature", page=1, text=text)])
    _, ents = enrich(doc)
    assert [(e.text, e.type) for e in ents if e.type == "person"] == [
        ("V.L.W .A. Heijnen", "person")
    ]


def test_a_web_pages_site_after_its_title_is_its_publisher() -> None:
    """'Title | Rapport | Rijksoverheid.nl' names the page's publisher; a bare site is a site."""
    from tests.unit.enrich.found import organisations

    cited = (
        "10 Zie Integraal Zorgakkoord: «Samen werken aan gezonde zorg» | Rapport | Rijksoverheid.nl"
    )
    assert organisations(cited) == ["Rijksoverheid"]
    assert organisations("Meer informatie staat op Rijksoverheid.nl.") == []


def test_a_misspelt_office_is_still_an_office() -> None:
    from tests.unit.enrich.found import organisations

    assert organisations("De Staatsecretaris van Economische Zaken en Klimaat besluit.") == []


def _letterhead(*texts: str) -> SegmentedDocument:
    return SegmentedDocument(
        segments=[
            Segment(id=f"s{i}", kind="letterhead", role="address", page=1, text=t)
            for i, t in enumerate(texts)
        ]
    )


def test_a_body_named_in_a_letterheads_sentence_is_a_mention() -> None:
    """A side column's sentence names a body as the body text does; its labels do not."""
    doc = _letterhead(
        "Stuur uw bezwaarschrift naar DUO, Postbus 30205, 2500 GE Den Haag.",
        "Ministerie van Onderwijs, Cultuur en Wetenschap\nDirectie Wetgeving en Juridische Zaken",
    )
    _, ents = enrich(doc)
    assert [e.canonical for e in ents if e.type == "organization"] == [
        "Dienst Uitvoering Onderwijs"
    ]
