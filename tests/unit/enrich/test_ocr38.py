"""Session 38's OCR round on URLs (ocr38, issue #12): the segmenter says which pages' text is a
publisher's or scanner's OCR layer (`ocr_layer_pages`), and on every page an OCR engine read the
enricher reads a known site's damaged path head back to the site's section
('.../ministeriesfvwsJbezwaarschriften-vws', '.../documenteArapporten/...') and a gazette id's lost
hyphen ('blg829682.pdf'), marked `ocr_repaired`. Near misses stay as printed: a born-digital page,
an unknown site, a cut address, a section not in the list, two sections as near."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from services.enrich.enricher import find_references
from services.enrich.references import ocr, sitepaths
from services.segment.layout.words import PageRuns
from services.segment.segmenter import segment_pdf
from stukken.contracts import Segment, SegmentedDocument

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "ocr38" / "layer_page.pdf"
_RO = "http://www.rijksoverheid.nl/"


def _no_ocr(page: pdfium.PdfPage, runs: PageRuns, why: str) -> PageRuns:
    raise AssertionError(f"page {runs.number} sent to OCR: {why}")


def _urls(text: str, ocr_pages: tuple[int, ...] = (), layer: tuple[int, ...] = ()) -> list:
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    doc.metadata.ocr_pages = list(ocr_pages)
    doc.metadata.ocr_layer_pages = list(layer)
    return [(r.normalized, r.ocr_repaired) for r in find_references(doc) if r.type == "url"]


# --- the segmenter: which pages' text is an OCR layer --------------------------------------------


def test_a_scans_invisible_layer_is_named_an_ocr_layer_page() -> None:
    doc = segment_pdf(FIXTURE.read_bytes(), ocr_reader=_no_ocr)
    assert doc.metadata.ocr_pages == []
    assert doc.metadata.ocr_layer_pages == [2]  # page 1 is born digital


def test_the_layers_damaged_addresses_are_read_back_and_marked() -> None:
    doc = segment_pdf(FIXTURE.read_bytes(), ocr_reader=_no_ocr)
    pages = {s.id: s.page for s in doc.segments}
    found = [
        (pages[r.segment_id], r.normalized, r.ocr_repaired)
        for r in find_references(doc)
        if r.type == "url"
    ]
    assert found == [
        # the born-digital page: as printed, nothing marked
        (1, _RO + "ministeriesfvwsJbezwaarschriften-vws", None),
        (1, "https://www.rijksoverheid.nl/documenteArapporten/2020/02/07/bijlage-5", None),
        (1, "https://zoek.officielebekendmakingen.nl/blg829682.pdf", None),
        # the OCR layer's page
        (2, _RO + "ministeries/vws/bezwaarschriften-vws", True),
        (2, "https://www.rijksoverheid.nl/documenten/rapporten/2020/02/07/bijlage-5", True),
        (2, "https://zoek.officielebekendmakingen.nl/blg-829682.pdf", True),
    ]


def test_a_space_crossed_on_an_ocr_layer_page_is_marked() -> None:
    text = "Reeds openbaar: https://www.zorgkennis. net/kennisbank/3088/programmaplan.pdf"
    assert _urls(text) == [("https://www.zorgkennis.net/kennisbank/3088/programmaplan.pdf", None)]
    assert _urls(text, layer=(1,)) == [
        ("https://www.zorgkennis.net/kennisbank/3088/programmaplan.pdf", True)
    ]


# --- a known site's path head ---------------------------------------------------------------------


_TK = "https://www.tweedekamer.nl/"
_OB = "https://zoek.officielebekendmakingen.nl/"


@pytest.mark.parametrize(
    ("site", "printed", "want"),
    [
        (_RO, "ministeriesfvwsJbezwaarschriften-vws", "ministeries/vws/bezwaarschriften-vws"),
        (_RO, "ministeries/vwsibezwaarschriften-vws", "ministeries/vws/bezwaarschriften-vws"),
        (
            _RO,
            "documente/kamerstukken/2019/06/27/brief",
            "documenten/kamerstukken/2019/06/27/brief",
        ),
        (_RO, "documentekamerstukken/2020/11/20/nota", "documenten/kamerstukken/2020/11/20/nota"),
        (_RO, "documentetapporten/2020/04/17/x", "documenten/rapporten/2020/04/17/x"),
        (_RO, "documenten/rappcrten/2019/04/18/plan", "documenten/rapporten/2019/04/18/plan"),
        (_RO, "actueel/niews/2019/07/05/bericht", "actueel/nieuws/2019/07/05/bericht"),
        (_TK, "kamerstuk!en/detail?id=2021Z03208", "kamerstukken/detail?id=2021Z03208"),
        (
            _TK,
            "kamerstukm/brieven_regering/detail?id=2021Z03208",
            "kamerstukken/brieven_regering/detail?id=2021Z03208",
        ),
        (_OB, "blg829682.pdf", "blg-829682.pdf"),
        (_OB, "kst35000-12.html", "kst-35000-12.html"),
    ],
)
def test_a_damaged_head_is_read_as_the_sites_section(site: str, printed: str, want: str) -> None:
    assert sitepaths.repaired(site + printed) == site + want
    assert _urls(f"Zie {site}{printed} voor meer.", ocr_pages=(1,)) == [(site + want, True)]


@pytest.mark.parametrize(
    "printed",
    [
        _RO + "documenten/kamerstukken/2019/06/27/kamerbrief",  # whole
        _RO + "documente",  # cut: never completed from the list
        _RO + "documenten/rappert",  # cut in the section
        _RO + "documenten/vergunningen/2020/05/01/x",  # a section not listed, far from any
        _RO + "onderwerpen/stikstof",
        _RO + "ministeries/bzkJnieuws",  # 'bz/' and 'bzk/' as near: not knowable
        # the ministry's full name is the site's section too: no code is read into it (corpus)
        _RO + "ministeries/ministerie-van-volksgezondheid-wekzijn-en-sport/aanpak",
        _RO + "ministeries/ministerie-van-financien/documenten",
        _RO + "ministeries/fim/nieuws",  # a code one letter off: another's, or none
        _RO + "ministeries/vws-en-sport/aanpak-wob",  # a longer word: '-' is no slash misread
        _RO + "documenten_kamerstukken/2019/x",  # '_' is no slash misread either
        _RO + "doeumenteAapporten/2020/04/17/x",  # too far from any section
        "https://www.voorbeeld.nl/documenteArapporten/2020/x",  # no known site
        "https://www.tweedekamer.nl/kamerstukken/detailx?id=1",  # a head already whole
        "https://zoek.officielebekendmakingen.nl/zoeken?q=blg",
        "https://zoek.officielebekendmakingen.nl/h12",  # too few digits for a number
        "https://zoek.officielebekendmakingen.nl/kst-35000-12.html",
        "https://www.eerstekamer.nl/overig/20190327/akkoord",
    ],
)
def test_near_misses_stay_as_printed(printed: str) -> None:
    assert sitepaths.repaired(printed) == printed


def test_a_born_digital_page_keeps_its_address() -> None:
    printed = _RO + "documente/kamerstukken/2019/06/27/kamerbrief"
    assert _urls(f"Zie {printed} voor meer.") == [(printed, None)]


# --- a UUID in a fragment ------------------------------------------------------------------------

_PAGE = "https://www.rijksoverheid.nl/onderwerpen/coronavirus/vraag-en-antwoord"


def test_a_uuid_in_a_fragment_is_read_as_its_digits() -> None:
    printed = _PAGE + "#f3fOOOce-cead-4152-9de1-3obee106c6da"
    want = _PAGE + "#f3f000ce-cead-4152-9de1-30bee106c6da"
    assert ocr.repair_host(printed) == want
    assert _urls(f"Zie {printed} .", ocr_pages=(1,)) == [(want, True)]


@pytest.mark.parametrize(
    "printed",
    [
        _PAGE + "#f3f000ce-cead-4152-9de1-30bee106c6da",  # whole
        _PAGE + "#vraag-over-de-regeling-voor-gezinnen",  # a fragment of words
        _PAGE + "#f3fOOOce-cead-4152-gde1-3obee106c6da",  # a g: maybe no UUID at all (refs63)
        _PAGE + "#f3fOOOce-cead-4152-9de1-3obee106c6",  # no UUID's shape
        _PAGE + "#Sollicitatie-Ondersteuning-zorg-eisen",
    ],
)
def test_no_uuid_in_a_fragment_no_repair(printed: str) -> None:
    assert ocr.repair_host(printed) == printed
