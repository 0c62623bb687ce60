"""Round 63 (refs63, issue #12): citations of the legal literature's and the old papers' forms
(nllegalcit's citation strings, typeset and scanned), and near misses that stay clean."""

from __future__ import annotations

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import find_in_text
from stukken.contracts import Segment, SegmentedDocument

_SCORED = {"kamerstuk", "aanhangsel", "handelingen", "zaak", "document", "stb", "stcrt", "trb"}
_SCORED |= {"ecli", "bwb", "celex", "eu_act", "woo_ground"}


def ids(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type in _SCORED]


def document(text: str, ocr: tuple[int, ...] = ()) -> SegmentedDocument:
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    doc.metadata.ocr_pages = list(ocr)
    return doc


# --- an ECLI's LJN parted by OCR ------------------------------------------------------------


def test_an_ljn_ocr_parted_is_one_number_marked_on_an_ocr_page() -> None:
    text = "34. ECLI:NL:HR:2006:A V0653"
    found = [(r.normalized, r.ocr_repaired) for r in find_references(document(text, ocr=(1,)))]
    assert found == [("ECLI:NL:HR:2006:AV0653", True)]
    # a text layer's space: joined, not marked (refs59's rule for a joined address)
    found = [(r.normalized, r.ocr_repaired) for r in find_references(document(text))]
    assert found == [("ECLI:NL:HR:2006:AV0653", None)]


def test_the_mark_holds_where_another_repair_changed_the_segment() -> None:
    # the zaak number's OCR'd O makes the segment a repaired one; the ECLI is still marked
    text = "Zaak 2O22Z17664; zie ECLI:NL:HR:2006:A V0653."
    found = {r.normalized: r.ocr_repaired for r in find_references(document(text, ocr=(1,)))}
    assert found["ECLI:NL:HR:2006:AV0653"] is True


@pytest.mark.parametrize(
    "text",
    [
        "ECLI:NL:HR:2006:A",  # a number cut to its letter is none
        "ECLI:NL:HR:2006:AV.",
        "ECLI:RVS:2010:BO",
        "ECLI:NL:HR:2006:A V06531",  # no LJN: five digits
        "ECLI:NL:HR:2006:A VB0653",
    ],
)
def test_a_dutch_ecli_cut_to_letters_is_no_citation(text: str) -> None:
    assert [i for i in ids(text) if i.endswith(("2006:A", "2006:AV", "2010:BO"))] == []


def test_other_eclis_stay_as_they_were() -> None:
    assert ids("ECLI:NL:HR:2006:AV0653") == ["ECLI:NL:HR:2006:AV0653"]
    assert ids("ECLI:NL:RVS:2013:288 en ECLI:EU:C:1984:25") == [
        "ECLI:NL:RVS:2013:288",
        "ECLI:EU:C:1984:25",
    ]
    assert ids("ECLI:NL:HR:2009:\nBK0949") == ["ECLI:NL:HR:2009:BK0949"]
    assert ids("ECLI:RVS:2010:BO1165") == ["ECLI:NL:RVS:2010:BO1165"]


# --- a Kamerstuk's next number after its pages ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "1Kamerstukken II 2020/21, 35 625, nr. 4, p. 12 en 13, en nr. 6",
            ["kst-35625-4", "kst-35625-6"],
        ),
        (
            "Kamerstukken II, 1999-2000, 26 271, nr. 6, p. 15-16; nr. 7, p. 5-6.",
            ["kst-26271-6", "kst-26271-7"],
        ),
        (
            "Kamerstuk 35 625, nr. 4, blz. 3, nrs. 8 en 9",
            ["kst-35625-4", "kst-35625-8", "kst-35625-9"],
        ),
    ],
)
def test_the_next_number_after_a_page_reference_is_the_same_dossiers(
    text: str, want: list[str]
) -> None:
    assert ids(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Kamerstuk 35 625, nr. 4, p. 12 en 13, en 15",  # pages, no label
        "Kamerstuk 35 625, nr. 4, p. 12 en 13 en nr. 2",  # not rising: another paper's
        "Kamerstuk 35 625, nr. 4, p. 12; 30 316, nr. 6 bis",  # another dossier, not this one's
    ],
)
def test_pages_continue_nothing_else(text: str) -> None:
    assert [i for i in ids(text) if i.startswith("kst-35625")] == ["kst-35625-4"]


# --- Handelingen with the debated dossier ---------------------------------------------------


def test_a_handelingen_citation_naming_the_debated_dossier() -> None:
    text = "Handelingen II, vergaderjaar 2008-2009, 31 386, nr. 43, pag. 3795"
    assert ids(text) == ["h-tk-20082009-43"]


@pytest.mark.parametrize(
    "text", ["Handelingen II 2010/11, 31 386", "Handelingen II 2021/22, 35 925, 35 926 en verder"]
)
def test_no_meeting_is_read_from_a_dossiers_head(text: str) -> None:
    assert [i for i in ids(text) if i.startswith("h-")] == []


def test_handelingen_as_before() -> None:
    assert ids("Handelingen II 2010/11, nr. 108, item 3") == ["h-tk-20102011-108"]
    assert ids("Handelingen II 2010/11, 108") == ["h-tk-20102011-108"]


# --- the old papers' 'Zitting' --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("(Kamerstukken II, Zitting 1958-1959-5380, Nr. 3, blz. 41)", ["kst-5380-3"]),
        ("Kamerstukken II, zitting 1961-1962, 6 700, nr. 3", ["kst-6700-3"]),
        ("Kamerstukken II, zitting 1975-1976, 13 872, nr. 3", ["kst-13872-3"]),
    ],
)
def test_a_paper_cited_by_its_session(text: str, want: list[str]) -> None:
    assert ids(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Kamerstukken II, Zitting 1958-1959",  # no dossier, no number
        "Kamerstukken II, Zitting 1958-1959, 2 bijlagen, nr. 3",
        "de zitting van 1958-1959 duurde 5380 uur, nr. 3 op de lijst",  # no label
    ],
)
def test_a_session_without_its_paper_is_none(text: str) -> None:
    assert [i for i in ids(text) if i.startswith("kst-")] == []


# --- near misses that stay clean ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bel 070-456 78 90 of fax 070-456 78 91, p. 12 en 13, en nr. 6 van de lijst.",
        "Het bedrag van € 31 386, nr. 43 op de factuur, p. 4.",
        "Postbus 20018, 2500 EA Den Haag; 2511 CV, nr. 4, blz. 3, nr. 8.",
        "op 12 maart 2009, p. 15-16; nr. 7 van het verslag",
        "artikel 10, tweede lid, p. 12 en 13, en nr. 6",
        "De zitting van 14 mei 2024 begint om 10.30 uur, nr. 3 op de rol.",
        "IBAN NL91 ABNA 0417 1643 00, kenmerk 2024-0012345, p. 2",
        "Handelingen van de vereniging 2010/11, 31 386 leden",
    ],
)
def test_near_misses_give_no_scored_reference(text: str) -> None:
    assert ids(text) == []


# --- OCR'd footnote addresses (the Iv3 rules' footnotes, scanned) ----------------------------

_BBV = "https://commissiebbv.nl/cms/view/"


def urls_of(text: str, ocr: tuple[int, ...] = (1,)) -> list[tuple[str, bool | None]]:
    return [
        (r.normalized, r.ocr_repaired)
        for r in find_references(document(text, ocr))
        if r.type == "url"
    ]


def test_a_uuid_in_a_path_with_ocrs_o_is_its_zero() -> None:
    text = (
        f"6 Notitie Overhead 2023: {_BBV}2db36f5c-Odde-4262-ac82-9dc941d8d707/notitie-overhead-2023"
    )
    want = f"{_BBV}2db36f5c-0dde-4262-ac82-9dc941d8d707/notitie-overhead-2023"
    assert urls_of(text) == [(want, True)]
    assert urls_of(text, ocr=()) == [(want, True)]  # a known confusion, marked in any text


@pytest.mark.parametrize(
    "path",
    [
        "2db36f5c-Odde-4262-ac82",  # no UUID's shape
        "Oosterhout-2024-beleid",
        "2db36f5c-Odde-4262-ac82-9dc941d8d707x",  # a longer piece
        "deadbeef-Odde-4262-ac82-9dc941d8d70g",  # a letter no confusion explains
    ],
)
def test_no_uuid_no_repair(path: str) -> None:
    assert urls_of(f"zie {_BBV}{path}/ en verder", ocr=()) == [(f"{_BBV}{path}/", None)]


def test_a_scheme_that_lost_a_slash() -> None:
    assert urls_of("Zie https: /www.commissiebbv.nl/cms/view/abc en") == [
        ("https://www.commissiebbv.nl/cms/view/abc", True)
    ]
    assert urls_of("Zie https:/www.x.nl/a en", ocr=()) == [("https://www.x.nl/a", None)]
    # a scheme with nothing behind it, or a colon and a slash in prose, stays text
    assert urls_of("de https: / http: // varianten", ocr=()) == []


def test_an_address_wrapped_after_a_whole_pieces_slash() -> None:
    text = f"7 {_BBV}e2a3a282-355b-4ad3-a682-d22da390fa7a/ notitie-hoofdlijnen-van-het-bbv"
    want = f"{_BBV}e2a3a282-355b-4ad3-a682-d22da390fa7a/notitie-hoofdlijnen-van-het-bbv"
    assert urls_of(text) == [(want, True)]
    assert urls_of(text, ocr=()) == [(want, None)]


@pytest.mark.parametrize(
    "text",
    [
        # the host's first piece only: too short a path to say
        "zie https://www.x.nl/nieuws/ over-de-stand-van-zaken-in-het-land",
        # a slug of four pieces, or one that does not end the line
        f"zie {_BBV}abc/ notitie-over-de-bbv",
        f"zie {_BBV}abc/ notitie-hoofdlijnen-van-het-bbv is gewijzigd",
    ],
)
def test_no_long_slug_no_join(text: str) -> None:
    found = urls_of(text, ocr=())
    assert len(found) == 1 and found[0][0].endswith("/")


# --- a budget's chapter named 'hoofdstuk' (found at the held-aside third's scoring) ----------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("(kamerstukken II 1986/87, 19 700 hoofdstuk XV, nr. 2) werd", ["kst-19700-XV-2"]),
        ("Kamerstukken II 2019/20, 35 300 hoofdstuk 3, nr. 2", ["kst-35300"]),  # no roman chapter
        ("29 383 hoofdstuk IV van de nota", []),
    ],
)
def test_a_chapter_named_hoofdstuk(text: str, want: list[str]) -> None:
    assert ids(text) == want
