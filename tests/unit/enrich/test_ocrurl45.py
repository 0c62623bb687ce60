"""ocrurl45 (issue #12 points 2-3): a web address an OCR engine misread is read as printed where
that is certain (a known host or one the document prints, one glyph away; '_' for the dot after
'www'; a word of a known host's path), marked `ocr_repaired`; one that still looks misread is
reported as read with a page warning. Near misses and text layers are left alone.
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import enriched_document, find_references
from services.enrich.references.ocrurls import read, suspect
from stukken.contracts import DocSegmented, Segment, SegmentedDocument, Source


def _doc(texts: list[str], ocr_pages: tuple[int, ...] = (1,)) -> SegmentedDocument:
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"p{i}", kind="paragraph", page=i, text=t)
            for i, t in enumerate(texts, start=1)
        ]
    )
    doc.metadata.ocr_pages = list(ocr_pages)
    return doc


def _urls(texts: list[str], ocr_pages: tuple[int, ...] = (1,)) -> list[tuple[str, bool | None]]:
    return [
        (r.normalized, r.ocr_repaired)
        for r in find_references(_doc(texts, ocr_pages))
        if r.type == "url"
    ]


@pytest.mark.parametrize(
    ("printed", "read_as"),
    [
        # 'a' for 'g' against a known host
        ("www.officielebekendmakinaen.nl", "https://www.officielebekendmakingen.nl"),
        # a stray letter glued to a known host's TLD
        ("www.officielebekendmakingen.nlt", "https://www.officielebekendmakingen.nl"),
        # a site under a known one: its number's 1 read as l
        ("www.wobcovidl9.rijksoverheid.nl", "https://www.wobcovid19.rijksoverheid.nl"),
        # the dot after www read as '_'
        (
            "https://www_coevorden.nl/publicaties-wet-open-overheid",
            "https://www.coevorden.nl/publicaties-wet-open-overheid",
        ),
        # a path word of a known host with its l read as 1
        (
            "https://www.rijksoverheid.nl/onderwerpen/artike1/kamerbrief",
            "https://www.rijksoverheid.nl/onderwerpen/artikel/kamerbrief",
        ),
    ],
)
def test_a_certain_misreading_on_an_ocr_page_is_read_as_printed_and_marked(
    printed: str, read_as: str
) -> None:
    assert _urls([f"Zie ook {printed} voor meer informatie."]) == [(read_as, True)]


def test_a_host_one_misread_glyph_from_one_the_document_prints_is_that_host() -> None:
    texts = ["Verzonden met BlackBerry Work (www.blackberry.com)", "Work (www.blackberrv.com)"]
    assert _urls(texts, ocr_pages=(1, 2)) == [
        ("https://www.blackberry.com", None),
        ("https://www.blackberry.com", True),
    ]


def test_only_the_way_ocr_errs_a_printed_y_is_not_read_as_v() -> None:
    texts = ["Zie www.blackberrv.com en www.blackberry.com."]
    got = _urls(texts)
    assert ("https://www.blackberry.com", None) in got
    assert ("https://www.blackberrv.com", None) not in got  # v -> y only


@pytest.mark.parametrize(
    "url",
    [
        "https://www.afm.nl/nl-nl/professionals",  # a known host: never touched
        "https://www.acm.nl/nl/onderwerpen",  # one letter from afm.nl, but no confusion
        "https://www.rivm.nl/wolf",  # a word that is a name: not on the list, never a target
        "https://nos.nl/nieuwsuur/artike1/2363521",  # a path word, but no known host
        "https://www.bij12.nl/onderwerpen",  # no known host near it
        "https://www.covid19.nl/test",
        "https://www.nl2030.nl/agenda",  # an l by a digit in no known site's sub-label
    ],
)
def test_near_misses_are_reported_as_printed(url: str) -> None:
    assert _urls([f"Zie {url} voor meer."]) == [(url, None)]


def test_a_host_a_text_layer_prints_is_never_repaired_on_an_ocr_page() -> None:
    # 'iaj.nl' is 'igj.nl' with OCR's 'a' for 'g': read so on an OCR page alone, but a host the
    # document's text layer prints exactly is a real site, on every page
    assert _urls(["Zie https://www.iaj.nl/a."]) == [("https://www.igj.nl/a", True)]
    texts = ["Zie https://www.iaj.nl/a.", "Zie https://www.iaj.nl/a."]
    assert _urls(texts, ocr_pages=(2,)) == [
        ("https://www.iaj.nl/a", None),
        ("https://www.iaj.nl/a", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zie www.officielebekendmakinaen.nl.",
        "Zie https://www_coevorden.nl/publicaties.",
        "Zie https://www.rijksoverheid.nl/onderwerpen/artike1/kamerbrief.",
    ],
)
def test_on_a_text_layer_nothing_is_read_otherwise(text: str) -> None:
    assert all(not repaired for _, repaired in _urls([text], ocr_pages=()))
    assert "artikel" not in str(_urls([text], ocr_pages=()))


@pytest.mark.parametrize(
    "url",
    [
        "https://www.biil2.nl/onderwerpen/faunazaken/diersoorten/wolf/",
        "https://www.provincie.drenthe.nl/natuur/natuurbeleid-reaels/wolf-drenthe/",
        "https://nos.nl/nieuwsuur/artike1/2363521-de-uitzending",
        "https://www.bij12.nl/onderwerpen/vvoningen/schademeldingen",
        "https://wwwlinkedin.com/company/igj",
    ],
)
def test_what_still_looks_misread_is_suspect(url: str) -> None:
    assert suspect(url)
    assert read(url, frozenset()) == url


@pytest.mark.parametrize(
    "url",
    [
        "https://www.rivm.nl/coronavirus-covid-19/risicogroepen",
        "https://lci.rivm.nl/richtlijnen/covid-19#index",
        "https://www.emlichheim.de/wirtschaft-bauen/bauleitplanung/aktuelle-planverfahren/",
        "https://www.coevorden.nl/publicaties-wet-open-overheid",
        "https://www.bij12.nl/onderwerpen/faunazaken/diersoorten/wolf/",
        "https://www.linkedin.com/company/ministerie-van-bzk",
    ],
)
def test_printed_addresses_are_not_suspect(url: str) -> None:
    assert not suspect(url)


def _warnings(texts: list[str], ocr_pages: tuple[int, ...]) -> list[str]:
    doc = _doc(texts, ocr_pages)
    event = DocSegmented(
        doc_id="d", version="v", source=Source(bucket="b", key="k.pdf", size=1, sha256="x")
    )
    out = enriched_document(event, doc)
    return out.metadata.quality.warnings if out.metadata.quality else []


def test_a_suspect_address_on_an_ocr_page_is_kept_and_warned() -> None:
    text = "Zie https://www.biil2.nl/onderwerpen/faunazaken/vvolf/schademeldingen voor meer."
    assert _urls([text]) == [
        ("https://www.biil2.nl/onderwerpen/faunazaken/vvolf/schademeldingen", None)
    ]
    (warning,) = _warnings([text], (1,))
    assert warning.startswith("page 1: web address(es) read by OCR may hold misread")
    assert "biil2" in warning
    assert _warnings([text], ()) == []
