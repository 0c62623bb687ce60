"""Round 59 (refs59, issue #12): what `ocr_repaired` marks, OCR's cuts and capitals in an
address, an OCR engine's specks between a citation's lines, and near misses that stay clean."""

from __future__ import annotations

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import find_in_text, hosts, urls
from services.segment.layout.lines import group_lines
from services.segment.layout.words import Run
from stukken.contracts import Segment, SegmentedDocument

_SCORED = {"kamerstuk", "aanhangsel", "handelingen", "zaak", "document", "stb", "stcrt", "trb"}
_SCORED |= {"ecli", "bwb", "celex", "eu_act", "woo_ground"}


def document(*pages: str, ocr: tuple[int, ...] = ()) -> SegmentedDocument:
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"p{n}", kind="paragraph", page=n, text=t) for n, t in enumerate(pages, 1)
        ]
    )
    doc.metadata.ocr_pages = list(ocr)
    return doc


def marked(doc: SegmentedDocument) -> list[tuple[str, bool | None]]:
    return [(r.normalized, r.ocr_repaired) for r in find_references(doc) if r.type == "url"]


# --- 1(a): `ocr_repaired` means OCR'd text and a known confusion repaired ----------------------

_DOI = "Zie https://doi.org/10.1016/j. jmateco.2007.12.001 en verder"
_DOI_URL = "https://doi.org/10.1016/j.jmateco.2007.12.001"


def test_an_address_joined_over_a_text_layers_line_end_is_not_marked_repaired() -> None:
    assert marked(document(_DOI)) == [(_DOI_URL, None)]


def test_the_same_join_on_a_page_an_ocr_engine_read_is_marked() -> None:
    assert marked(document(_DOI, ocr=(1,))) == [(_DOI_URL, True)]
    # only the OCR'd page's address is marked
    assert marked(document(_DOI, _DOI, ocr=(2,))) == [(_DOI_URL, None), (_DOI_URL, True)]


def test_a_known_confusion_in_a_host_is_marked_in_any_text() -> None:
    # a publisher's own OCR layer is no page in `ocr_pages`; 'n1' for 'nl' is OCR's all the same
    assert marked(document("Postbus 1\nwww.rijksoverheid.n1/bzk\n")) == [
        ("https://www.rijksoverheid.nl/bzk", True)
    ]


# --- 1(c): OCR's cuts and capitals in an address ---------------------------------------------

_WHOLE = "http://intranet.voorbeeld.nl/kennis/vertrouwenspersonen/smoelenboek/index-smoelenboek/"
_CUT = "http://intranet.voorbeeld.nl/kennis/vertrouwenspersonen/smoelenboek/in ndex- smoelenboek/"


def test_a_path_ocr_cut_with_a_space_is_the_whole_address_printed_elsewhere() -> None:
    doc = document(f"Zie {_WHOLE}\n", f"Zie ook {_CUT}\n", ocr=(1, 2))
    assert marked(doc) == [(_WHOLE, None), (_WHOLE, True)]


def test_the_join_in_a_text_layer_is_made_but_not_marked() -> None:
    doc = document(f"Zie {_WHOLE}\n", f"Zie ook {_CUT}\n")
    assert marked(doc) == [(_WHOLE, None), (_WHOLE, None)]


@pytest.mark.parametrize(
    ("found", "want"),
    [
        # a sentence's next word after a whole address: no cut
        ([("https://x.nl/en", " en verder"), ("https://x.nl/energie", "")], {}),
        ([("https://x.nl/en", " energie is"), ("https://x.nl/energie", "")], {}),
        # no longer address in the document: nothing to join to
        ([("https://x.nl/a/in", " ndex-lijst"), ("https://x.nl/b", "")], {}),
        # the longer address goes on with a number, no letters: no word cut
        ([("https://x.nl/a/in", " ndex"), ("https://x.nl/a/in2", "")], {}),
        # a bare host is no path
        ([("https://www.x.nl", " ndex"), ("https://www.x.nlndex", "")], {}),
        # a real cut
        (
            [("https://x.nl/en", " ergie"), ("https://x.nl/energie", "")],
            {"https://x.nl/en": "https://x.nl/energie"},
        ),
    ],
)
def test_cut_paths_near_misses(found: list[tuple[str, str]], want: dict[str, str]) -> None:
    assert urls.cut_paths(found) == want


def test_the_www_of_a_repaired_host_loses_ocrs_capitals() -> None:
    found = ["http://Www.rijksoverheid.ni/ministeries/vws/bezwaar-vws"]
    assert hosts.repaired(found) == {
        found[0]: "http://www.rijksoverheid.nl/ministeries/vws/bezwaar-vws"
    }
    # a host printed with a capital but not damaged stays as printed; the path's case is the site's
    assert hosts.repaired(["https://Www.rijksoverheid.nl/Documenten"]) == {}


# --- 1(b): an OCR engine's specks at a line's end part no citation ---------------------------


def _line_and_specks(speck: str = "1", x0: float = 439.8) -> list[Run]:
    return [
        Run(
            "ministerraad. Zie hiervoor de antwoorden op de vragen",
            73.4,
            456.9,
            443.2,
            467.4,
            8.88,
            base=456.9,
        ),
        Run(
            "van vragen en antwoorden (Kamerstuk TK 35 510",
            72.9,
            445.1,
            444.6,
            455.0,
            8.88,
            base=445.1,
        ),
        Run(speck, x0, 446.3, x0 + 4.6, 448.7, 4.56, base=446.3),
        Run(speck, x0 + 5.8, 444.6, x0 + 7.7, 447.8, 3.5, base=444.6),
        Run("nr. 46), waarin", 73.2, 434.8, 140.3, 443.4, 8.48, base=434.8),
    ]


def test_specks_inside_a_lines_box_at_its_end_are_that_lines() -> None:
    lines = group_lines(_line_and_specks(), 5, "body")
    assert len(lines) == 3
    assert lines[1].text.startswith("van vragen") and lines[1].text.endswith("1")
    assert lines[2].text == "nr. 46), waarin"


@pytest.mark.parametrize(
    ("speck", "x0"),
    [
        ("✓", 439.8),  # a table's mark is no speck
        ("1", 200.0),  # a small number amid the line, not at its end
        ("ab", 439.8),  # letters are words
    ],
)
def test_other_small_runs_stay_lines_of_their_own(speck: str, x0: float) -> None:
    assert len(group_lines(_line_and_specks(speck, x0), 5, "body")) == 4


def test_the_specks_glued_to_a_dossier_invent_no_kamerstuk() -> None:
    # the segment as the branch gives it: the cited nr. is damaged past repair, nothing is read
    text = "vastgesteld op 22 januari 2021 (Kamerstuk TK 35 5101 1 nr. 46), het"
    assert [h.normalized for h in find_in_text(text) if h.type in _SCORED] == []


# --- 3: near misses stay clean -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bel ons op 070 - 340 79 11 of 06-12345678, fax (070) 340 59 84.",
        "Het bedrag van € 35.510,46 en EUR 12 345,67 wordt op 22 januari 2021 betaald.",
        "Postcode 2595 BE Den Haag, Postbus 20401, 2500 EK, Parnassusplein 5.",
        "Maak over op NL91 ABNA 0417 1643 00 t.n.v. de gemeente, IBAN NL02RABO0123456789.",
        "Op 1-2-2013, 13-11-2019 en 2019-12-16 om 14.39 uur; kenmerk 2021-0000153234.",
        "Zie artikel 10, tweede lid, en artikel 7:1 Awb; paragraaf 23, achtste lid.",
        "Tabel 10.2 e.v. en hoofdstuk 11.1 van het rapport; versie 5.1.2 van de standaard.",
    ],
)
def test_near_misses_give_no_scored_reference(text: str) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type in _SCORED] == []


# --- 2: general classes of the held-out set --------------------------------------------------


def test_the_wobs_ground_for_national_identification_numbers_is_read() -> None:
    row = "53 2014 2014 kopie paspoort Document niet vrij geven 10.1 e Document niet vrij geven"
    assert [h.normalized for h in find_in_text(row) if h.type == "woo_ground"] == ["wob-10.1e"]
    # no lid-1 ground past e
    assert [
        h.normalized for h in find_in_text("Weigeringsgrond 10.1.f") if h.type == "woo_ground"
    ] == []


_TK = "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2016Z02169&did=2016D04481"


@pytest.mark.parametrize(
    "text",
    [
        # a narrow cell's lines joined with a space, or over a line's end
        f"Reeds openbaar: {_TK[:-6]} D04481 |  | MinvEZ",
        f"zie {_TK[:-6]}\nD04481\nMinvEZ",
    ],
)
def test_a_tk_number_cut_before_its_letter_is_joined(text: str) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type == "url"] == [_TK]


@pytest.mark.parametrize(
    "rest",
    ["D0448 en", "D044812", "Z12345a", "dossier 2016", "D04481-2"],
)
def test_no_tk_number_no_join(rest: str) -> None:
    text = f"zie https://www.tweedekamer.nl/detail?did=2016 {rest}"
    assert [h.normalized for h in find_in_text(text) if h.type == "url"] == [
        "https://www.tweedekamer.nl/detail?did=2016"
    ]
