"""ocrurl39 (issue #12): more sites' fixed sections in sitepaths' discipline, on pages an OCR
engine read, marked `ocr_repaired`; near misses as printed.

- amsterdam.nl's sections ('veelgevraagd/', 'bestuur-organisatie/volg-beleid/', ...), a NotuBiz
  portal's ('<council>.notubiz.nl/vergadering/...') and iBabs's ('Agenda/Index/'): a head within
  a small edit distance of one of them is read as it (OCR's q for g: 'veelqevraagd').
- After a section's own '/', a query may follow ('veelgevraagd/?caseid=').
- An address no longer than a section is a cut one, never completed ('.../vergadering').
- A digit OCR does not make of a letter or '/' (0, 2-9) is data: no head is read through it, and
  a section's lost '/' is put back before it, not in place of it ('vergadering/1044407').
- The decentral gazettes' ids get a lost hyphen back ('gmb2015-75279' -> 'gmb-2015-75279').
- A Tweede Kamer id's letter in its fixed shape: 'id=2021203208' -> 'id=2021Z03208',
  'did=2021007102' -> 'did=2021D07102', OCR's g for 9 and O for 0 in its digits.
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import sitepaths
from stukken.contracts import Segment, SegmentedDocument

_AMS = "https://www.amsterdam.nl/"
_TK = "https://www.tweedekamer.nl/kamerstukken/detail?"
_OB = "https://zoek.officielebekendmakingen.nl/"


def _urls(text: str, ocr_pages: tuple[int, ...] = (1,)) -> list[tuple[str, bool | None]]:
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    doc.metadata.ocr_pages = list(ocr_pages)
    return [(r.normalized, r.ocr_repaired) for r in find_references(doc) if r.type == "url"]


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        (_AMS + "veelqevraagd/?caseid=%7B11B5F06B", _AMS + "veelgevraagd/?caseid=%7B11B5F06B"),
        (_AMS + "veelgevraaqd/hondenbelasting", _AMS + "veelgevraagd/hondenbelasting"),
        (
            _AMS + "bestuur-organisatie/volq-beleid/agenda-dieren/",
            _AMS + "bestuur-organisatie/volg-beleid/agenda-dieren/",
        ),
        (
            _AMS + "bestuur-organisatie/volg-beleidlveiligheid/",
            _AMS + "bestuur-organisatie/volg-beleid/veiligheid/",
        ),
        (_AMS + "wonen-leefomqeving/veiligheid/", _AMS + "wonen-leefomgeving/veiligheid/"),
        (
            "https://noord.notubiz.nl/vergaderinq/1044407",
            "https://noord.notubiz.nl/vergadering/1044407",
        ),
        (
            "https://noord.notubiz.nl/vergadering2044407#ai_2022419",
            "https://noord.notubiz.nl/vergadering/2044407#ai_2022419",
        ),
        (
            "https://api.notubiz.nl/documentl13701962/2",
            "https://api.notubiz.nl/document/13701962/2",
        ),
        (
            "https://zaanstad.bestuurlijkeinformatie.nl/Agenda/lndex/f8f94938",
            "https://zaanstad.bestuurlijkeinformatie.nl/Agenda/Index/f8f94938",
        ),
        (_OB + "gmb2015-75279.html", _OB + "gmb-2015-75279.html"),
        (_OB + "prb2021-1234.html", _OB + "prb-2021-1234.html"),
        (_TK + "id=2021203208&did=2021D07102", _TK + "id=2021Z03208&did=2021D07102"),
        (_TK + "id=2021Z03208&did=2021007102", _TK + "id=2021Z03208&did=2021D07102"),
        (_TK + "id=2021Z0320g&did=2021DO7102", _TK + "id=2021Z03209&did=2021D07102"),
        (_TK + "id=2024020431&did=2024D20431", _TK + "id=2024D20431&did=2024D20431"),
    ],
)
def test_a_damaged_part_is_read_as_the_sites_shape(printed: str, want: str) -> None:
    assert sitepaths.repaired(printed) == want


@pytest.mark.parametrize(
    "printed",
    [
        _AMS + "veelgevraagd/?caseid=%7B11B5F06B",  # whole
        _AMS + "veelgevraagd",  # cut after the section: never completed
        "https://noord.notubiz.nl/vergadering",  # cut: no 'vergadering/g'
        _AMS + "bekendmakingen",  # cut
        "https://noord.notubiz.nl/vergadering04407#ai_",  # an id starting with 0: a digit hidden
        "https://noord.notubiz.nl/vergaderingen/2021",  # another word ('en' goes on, two edits)
        "https://noord.notubiz.nl/agenda-item/12",  # a '-' the section lacks: a word goes on
        "https://x.notubiz.nl/agendas/1",  # 'agenda/' then '/': the slash twice
        _AMS + "veelgestelde-vragen/x",  # a section not in the list, far from any
        "https://www.amsterdam.com/veelqevraagd/x",  # another site
        "https://www.notubiz.nl/vergaderinq/1",  # the platform's own site, no council's portal
        _AMS + "burgerzak3n/x",  # a digit in the head is data
        "https://noord.notubiz.nl/vergadering1044407",  # '1' a '/' or the id's? (0 starts none)
        _AMS + "veelgevraagdhonden/",  # its '/' lost before a letter: a word may go on
        _OB + "gmb-2015-75279.html",  # whole
        _OB + "gmbx2015.html",  # no id after the kind
        _TK + "id=2021Z03208&did=2021Z07102",  # a document's id holds no Z
        _TK + "id=1821203208",  # no year of these centuries
        _TK + "id=20212032081",  # eleven characters
        _TK + "id=202120320",  # nine
        _TK + "id=2021503208",  # a 5 is no Z OCR reads
        "https://www.x.nl/detail?id=2021203208",  # another site's ids are its own
    ],
)
def test_near_misses_stay_as_printed(printed: str) -> None:
    assert sitepaths.repaired(printed) == printed


def test_on_an_ocr_page_the_address_is_repaired_and_marked() -> None:
    text = f"Zie {_AMS}veelqevraagd/?caseid=%7B11B5F06B-780C-4F86-A4ED-1E2F3A4B5C6D%7D voor meer."
    assert _urls(text) == [
        (_AMS + "veelgevraagd/?caseid=%7B11B5F06B-780C-4F86-A4ED-1E2F3A4B5C6D%7D", True)
    ]


def test_on_a_born_digital_page_the_address_stays_as_printed() -> None:
    text = f"Zie {_AMS}veelqevraagd/?caseid=%7B11B5F06B-780C-4F86-A4ED-1E2F3A4B5C6D%7D voor meer."
    assert _urls(text, ocr_pages=()) == [
        (_AMS + "veelqevraagd/?caseid=%7B11B5F06B-780C-4F86-A4ED-1E2F3A4B5C6D%7D", None)
    ]
