"""ocrurl40 (issue #12): a web address read from OCR that holds what no printed address does is
not reported (its text stays in the segment): a '%' without two hex digits after it, a '!' that
opens no hash-bang, an unpaired bracket, a ':' in the host not before a port's digits. On a page
read from its text layer every address is reported as before.
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import find_references
from services.enrich.references.ocr import unreadable_url
from stukken.contracts import Segment, SegmentedDocument


def _urls(text: str, ocr_pages: tuple[int, ...] = (1,)) -> list[str]:
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    doc.metadata.ocr_pages = list(ocr_pages)
    return [r.normalized for r in find_references(doc) if r.type == "url"]


UNREADABLE = [
    "https://www.tweedekamer.nl/kamerstuk!en/brieven",
    "https://www.rijksoverheid.nl/actueel/nieuws/2019/07/05/van-nieuwenhuizen-kies!voor-nieuwe",
    "https://amsterdam.raadsinformatie.nl/zoeken?keywords=x&filter%sBorganisations%sD=2818",
    "https://www.rivm.nl/a%2",
    "https://www.rijksoverheid.https:nl/documenten/kamerstukken/2019/11/18/kamerbrief",
    "https://www.cerstekamer.nVoverig/2019(B27/ontwerpakkoord",
]
READABLE = [
    "https://x.nl/#!/minbzk",
    "https://x.nl:8080/a",
    "https://www.rivm.nl/Toepassingsbereik%20AERIUS%20Calculator%202019.pdf",
    "https://en.wikipedia.org/wiki/Wet_(recht)",
    "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&hoofdstuk=1",
    "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RVS:2014:1723",
    "https://www.nvwa.nl\\bezwaarenberoep",
    "https://www.amsterdam.nl/veelgevraagd/?productid=%7B8675D9C7-A196-426A-A25B%7D",
]


@pytest.mark.parametrize("url", UNREADABLE)
def test_what_no_printed_address_holds(url: str) -> None:
    assert unreadable_url(url)


@pytest.mark.parametrize("url", READABLE)
def test_what_printed_addresses_hold(url: str) -> None:
    assert not unreadable_url(url)


@pytest.mark.parametrize("url", UNREADABLE[:3])
def test_an_unreadable_address_on_an_ocr_page_is_not_reported(url: str) -> None:
    text = f"Reeds openbaar: {url} (bijlage 2)."
    assert _urls(text) == []


@pytest.mark.parametrize("url", UNREADABLE[:3])
def test_on_a_text_layer_the_address_is_reported_as_before(url: str) -> None:
    assert _urls(f"Reeds openbaar: {url} (bijlage 2).", ocr_pages=()) != []


@pytest.mark.parametrize("url", READABLE[:4])
def test_a_readable_address_on_an_ocr_page_is_reported(url: str) -> None:
    assert _urls(f"Zie {url} voor de tekst.") == [url]


# --- a hash of 32 or 40 hex digits with OCR's o, l, s for 0, 1, 5 -------------------------------

_FILE = "https://archief.amsterdam/inventarissen/file/"


@pytest.mark.parametrize(
    ("read", "want"),
    [
        (_FILE + "fd6f85ceaoab7148d981d812a431bbsa", _FILE + "fd6f85cea0ab7148d981d812a431bb5a"),
        (_FILE + "87f0ll087b7629d30d28b801edce3e4b", _FILE + "87f011087b7629d30d28b801edce3e4b"),
        ("https://x.nl/a/" + "0o" * 20 + "/b", "https://x.nl/a/" + "00" * 20 + "/b"),
    ],
)
def test_a_hashs_look_alikes_are_its_digits(read: str, want: str) -> None:
    assert _urls(f"Zie {read} voor de scan.") == [want]


@pytest.mark.parametrize(
    "printed",
    [
        _FILE + "87fo11087b7629d30d28b801edceze4b",  # a z: no hash's letter and no look-alike
        _FILE + "fd6f85ceaoab7148d981d812a431bbsaa",  # 33 characters: no hash
        "https://x.nl/deelsoffdealsaddedfeedsseedsfoods1",  # a word's letters, one digit
        "https://x.nl/abcdefabcdefabcdefabcdefabcdefab",  # nothing to repair
    ],
)
def test_what_is_no_hash_stays_as_printed(printed: str) -> None:
    assert _urls(f"Zie {printed} voor de scan.") == [printed]
