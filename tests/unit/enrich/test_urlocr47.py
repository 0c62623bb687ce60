"""urlocr47 (issue #12 points 2-3): a scanned letterhead's web address as OCR read it: a speck
read as a low quote or comma after 'www. ' dropped, a known Dutch site's 'nl' with one glyph
misread ('.al'; '.nh' was read before) read back, LVVN's path with its l read as i; each
marked `ocr_repaired`. Near misses (prose after 'www. ', an e-mail, a site under a real TLD, a
text layer) stay as they are.
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import urls
from services.enrich.references.ocr import repair_host
from stukken.contracts import Segment, SegmentedDocument


def _urls(text: str, ocr: bool = True) -> list[tuple[str, bool | None]]:
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="letterhead", page=1, text=text)])
    doc.metadata.ocr_pages = [1] if ocr else []
    return [(r.normalized, r.ocr_repaired) for r in find_references(doc) if r.type == "url"]


_HEAD = "Postbus 20401 2500 EK Den Haag T 070 378 6868 (algemeen) "


@pytest.mark.parametrize("speck", ["\u201e", "\u201a", ",", "'", "\u2018", "\u201c", '"'])
def test_a_speck_after_www_is_dropped_and_marked(speck: str) -> None:
    assert _urls(f"{_HEAD}www. {speck}rijksoverheid.nl/lvvn") == [
        ("https://www.rijksoverheid.nl/lvvn", True)
    ]


def test_a_speck_with_no_path_still_keeps_www() -> None:
    assert _urls(f"{_HEAD}www. \u201erivm.nl") == [("https://www.rivm.nl", True)]


@pytest.mark.parametrize(
    ("printed", "read_as"),
    [
        ("www. rijksoverheid.al/ivvn", "https://www.rijksoverheid.nl/lvvn"),  # fax at 150 dpi
        ("www.rijksoverheid.nh/jenv", "https://www.rijksoverheid.nl/jenv"),  # (hosts, as main)
        ("www.rijksoverheid.al/jenv", "https://www.rijksoverheid.nl/jenv"),
        ("www.rijksoverheid.ml/lnv", "https://www.rijksoverheid.nl/lnv"),
    ],
)
def test_a_known_sites_nl_misread_is_read_back_on_an_ocr_page(printed: str, read_as: str) -> None:
    assert _urls(_HEAD + printed) == [(read_as, True)]


def test_a_misread_tld_stays_on_a_text_layer() -> None:
    assert _urls(_HEAD + "www.rijksoverheid.al/jenv", ocr=False) == [
        ("https://www.rijksoverheid.al/jenv", None)
    ]


@pytest.mark.parametrize(
    "printed",
    [
        "www.esb.nu/twee-alternatieven",  # a site of its own under a real TLD
        "www.onbekendesite.al/pagina",  # no known site's name: as printed
        "www.rijksoverheid.nl/invoer",  # no ministry's code
    ],
)
def test_other_tlds_and_paths_stay_as_printed(printed: str) -> None:
    assert _urls(_HEAD + printed) == [("https://" + printed, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Kijk op www. \u201eZie hier\u201d voor meer.",  # prose after a speck
        "Zie www. , en verder de bijlage.",
        "Mail naar www. info@minlvvn.nl of bel.",  # an e-mail, no address after 'www.'
        "Zie www. \u2018Zorg.nl\u2019 in de titel.",  # a capital: a name, not a host
    ],
)
def test_no_address_is_made_from_prose_after_www(text: str) -> None:
    assert [h.normalized for h in urls.find(text) if "info@" not in h.normalized] == []


def test_a_sentence_after_the_repaired_address_is_not_joined() -> None:
    assert _urls(f"{_HEAD}www. \u201erijksoverheid.nl/lvvn Ons kenmerk 2025-123") == [
        ("https://www.rijksoverheid.nl/lvvn", True)
    ]


@pytest.mark.parametrize(
    ("url", "fixed"),
    [
        ("https://www.rijksoverheid.nl/Ivvn", "https://www.rijksoverheid.nl/lvvn"),
        ("https://www.rijksoverheid.nl/ivvn", "https://www.rijksoverheid.nl/lvvn"),
        ("https://www.rijksoverheid.nl/Inv", "https://www.rijksoverheid.nl/lnv"),
        ("https://www.rijksoverheid.nl/ivvnx", "https://www.rijksoverheid.nl/ivvnx"),
        ("https://www.rijksoverheid.nl/inv", "https://www.rijksoverheid.nl/inv"),
        ("https://www.example.nl/Ivvn", "https://www.example.nl/Ivvn"),
    ],
)
def test_lvvn_path_read_as_i(url: str, fixed: str) -> None:
    assert repair_host(url) == fixed
