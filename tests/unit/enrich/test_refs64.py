"""Round 64 (refs64, issue #12): addresses in letters' and answers' footnotes as OCR reads them
(a line's end before a file's type or a query's next parameter, a Tweede Kamer number with OCR's 2
for its Z), and near misses that stay clean."""

from __future__ import annotations

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import find_in_text, ocr
from stukken.contracts import Segment, SegmentedDocument

_SCORED = {"kamerstuk", "aanhangsel", "handelingen", "zaak", "document", "stb", "stcrt", "trb"}
_SCORED |= {"ecli", "bwb", "celex", "eu_act", "woo_ground"}
_TK = "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail"


def document(text: str, ocr_pages: tuple[int, ...] = ()) -> SegmentedDocument:
    doc = SegmentedDocument(segments=[Segment(id="f1", kind="footnote", page=1, text=text)])
    doc.metadata.ocr_pages = list(ocr_pages)
    return doc


def urls_of(text: str, ocr_pages: tuple[int, ...] = (1,)) -> list[tuple[str, bool | None]]:
    refs = find_references(document(text, ocr_pages))
    return [(r.normalized, r.ocr_repaired) for r in refs if r.type == "url"]


def links(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "url"]


# --- a space before a file's type or a query's next parameter -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "2 Officiële HTML versie: https://zoek.officielebekendmakingen.nl/kst-26643-971 .html",
            "https://zoek.officielebekendmakingen.nl/kst-26643-971.html",
        ),
        (
            "Zie https://www.x.nl/documenten/nota-2024 .pdf.",
            "https://www.x.nl/documenten/nota-2024.pdf",
        ),
        (
            f"1 {_TK}?did=2024D18841 &id=2024Z06427",
            f"{_TK}?did=2024D18841&id=2024Z06427",
        ),
    ],
)
def test_a_files_type_or_a_parameter_after_a_space_goes_on_the_url(text: str, want: str) -> None:
    assert urls_of(text) == [(want, True)]  # an OCR'd page: the space is marked
    assert urls_of(text, ()) == [(want, None)]  # a text layer's joined line: not marked


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Zie www.x.nl .pdf", "https://www.x.nl"),  # a bare host: no path to go on
        ("https://x.nl/a.pdf .html", "https://x.nl/a.pdf"),  # the piece has its type
        ("https://x.nl/stukken/ .pdf", "https://x.nl/stukken/"),  # after a whole piece's slash
        ("https://x.nl/a .pdfs", "https://x.nl/a"),  # no type
        ("https://x.nl/a .pdf-bestand", "https://x.nl/a"),
        ("https://x.nl/?a=1 & b=2", "https://x.nl/?a=1"),  # a sentence's '&'
        ("https://x.nl/?a=1 &b", "https://x.nl/?a=1"),  # no parameter
        ("https://x.nl/a &b=2", "https://x.nl/a"),  # no query before it
        ("https://x.nl/?a= &b=2", "https://x.nl/?a="),  # a value cut: not a whole one
    ],
)
def test_no_type_or_parameter_no_join(text: str, want: str) -> None:
    assert links(text) == [want]


# --- a Tweede Kamer number with OCR's 2 for the Z ----------------------------------------------


def test_a_tk_number_in_its_sites_query_with_ocrs_2_for_z() -> None:
    text = f"1 {_TK}?did=2022D31072&id=2022210576"
    assert urls_of(text) == [(f"{_TK}?did=2022D31072&id=2022Z10576", True)]


@pytest.mark.parametrize(
    "url",
    [
        f"{_TK}?did=2022210576",  # a document's number holds a D, which OCR does not read as 2
        f"{_TK}?id=20222105761",  # eleven digits
        f"{_TK}?id=202221057",  # nine
        f"{_TK}?id=2022310576",  # no 2 where the letter stands
        "https://www.x.nl/detail?id=2022210576",  # another site's numbers are its own
        f"{_TK}?id=2022Z10576",  # already whole
    ],
)
def test_no_tk_number_no_repair(url: str) -> None:
    assert ocr.repair_host(url) == url


# --- near misses that stay clean ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bel 070 - 456 78 90 of 06-12345678 (ma t/m vr).",
        "Het bedrag van € 1.674,- is vergoed; zie ook bedrag 2.599,50.",
        "Op 30 juni 2025 en 2025-06-30 is uitspraak gedaan.",
        "Postbus 20018, 2500 EA Den Haag.",
        "IBAN NL91 ABNA 0417 1643 00 t.n.v. de griffie.",
        "artikel 8:29, vijfde lid, van de Awb en artikel 4.2 van de Woo",
        "versie 2.1 .pdf en versie 3.0 &co",
        "zaaknummer HAA 24/3774 en 201709469/1/A3",
    ],
)
def test_near_misses_give_no_scored_reference(text: str) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type in _SCORED | {"url"}] == []


# --- a type after OCR's space behind its dot ------------------------------------------------


def test_a_files_type_after_the_dots_space() -> None:
    text = "2 Officiële HTML versie: https://zoek.officielebekendmakingen.nl/kst-29279-874. html"
    want = "https://zoek.officielebekendmakingen.nl/kst-29279-874.html"
    assert urls_of(text) == [(want, True)]
    assert urls_of(text, ()) == [(want, None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("zie https://x.nl/a. Html is", "https://x.nl/a"),  # a capital: a sentence's word
        ("zie https://x.nl/a. html-taal", "https://x.nl/a"),
        ("zie www.x.nl. html", "https://www.x.nl"),  # a bare host
        ("https://x.nl/stukken/. pdf", "https://x.nl/stukken/"),  # after a whole piece
    ],
)
def test_no_type_after_the_dot_no_join(text: str, want: str) -> None:
    assert links(text) == [want]


# --- a dossier's digits OCR parted after the third --------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("moties Marijnissen c.s. (Kamerstuk 355 10-21) en Klaver", ["kst-35510-21"]),
        ("zie Kamerstuk 355 10, nr. 4.", ["kst-35510-4"]),
    ],
)
def test_a_dossier_parted_after_its_third_digit(text: str, want: list[str]) -> None:
    refs = find_references(document(text))
    assert [(r.normalized, r.ocr_repaired) for r in refs if r.type == "kamerstuk"] == [
        (w, True) for w in want
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kamerstuk 455 10-21",  # no dossier starts with a 4
        "Kamerstuk 355 1021",  # no number after it
        "Kamerstuk 355 10 en 12",
        "bijlage 355 10-21 bij het verslag",  # no label
        "Postbus 355 10-21",
    ],
)
def test_no_parted_dossier_without_its_label_and_number(text: str) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type == "kamerstuk"] == []


# --- articles listed after 'de artikelen' -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "op grond van de artikelen 5.1, tweede lid, aanhef en onder e, en 5.2, eerste lid, "
            "van de Woo",
            ["Woo art. 5.1 lid 2 onder e", "Woo art. 5.2 lid 1"],
        ),
        (
            "de artikelen 10, tweede lid, onder e en g, en 11, eerste lid, van de Wob",
            ["Wob art. 10 lid 2 onder e", "Wob art. 10 lid 2 onder g", "Wob art. 11 lid 1"],
        ),
        ("de artikelen 3:40 en 3:44 BW", ["BW art. 3:40", "BW art. 3:44"]),
    ],
)
def test_articles_listed_are_each_a_citation(text: str, want: list[str]) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type == "law_article"] == want


@pytest.mark.parametrize(
    "text",
    [
        "de artikelen 5 en 6 van het verdrag",  # no law named
        "de artikelen 5.1 en 5.2 zijn besproken",
        "de artikelen in de krant van 5 en 6 mei",
    ],
)
def test_a_list_without_its_law_is_none(text: str) -> None:
    assert [h for h in find_in_text(text) if h.type == "law_article"] == []


# --- OCR's spaces inside a host, a path's word and a path's number --------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "1 https://zoek.officielebekendmakin gen.nl/kst-34550-XV-5.html",
            "https://zoek.officielebekendmakingen.nl/kst-34550-XV-5.html",
        ),
        (
            "1 https://www.tweedekamer.nl/kamerstukken/kamer vragen/detail?did=2022D31072"
            "&id=2022 Z10576",
            f"{_TK}?did=2022D31072&id=2022Z10576",
        ),
        (
            "https://www.uitspraken.nl/uitspraak/aanleg-meervoudi g/ecli-nl-rbnho-2025",
            "https://www.uitspraken.nl/uitspraak/aanleg-meervoudig/ecli-nl-rbnho-2025",
        ),
        (
            "Bron: https://zoek.officielebekendmakingen.nl/kst-3281 3-AO.html",
            "https://zoek.officielebekendmakingen.nl/kst-32813-AO.html",
        ),
        (
            "1 https://berthub.eu/tkconv/ get/2024D34636 2 Officiële HTML versie",
            "https://berthub.eu/tkconv/get/2024D34636",
        ),
    ],
)
def test_ocrs_spaces_inside_an_address(text: str, want: str) -> None:
    assert urls_of(text) == [(want, True)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("zie https://www.x.nl gen.nl/a", ["https://www.x.nl", "https://gen.nl/a"]),  # a whole host
        ("zie https://x.nl/over ons/wie-zijn-wij en verder", ["https://x.nl/over"]),
        ("https://x.nl/a en/of-regeling", ["https://x.nl/a"]),
        (
            "1 https://berthub.eu/tkconv/get/2023D05549 2 Officiële",
            ["https://berthub.eu/tkconv/get/2023D05549"],
        ),
        ("https://x.nl/rapport-2024 2 bijlagen", ["https://x.nl/rapport-2024"]),  # the next note
        ("zie https://x.nl/a/b/ en/of 2 x", ["https://x.nl/a/b/"]),
    ],
)
def test_no_ocr_space_where_a_word_or_note_follows(text: str, want: list[str]) -> None:
    assert links(text) == want
