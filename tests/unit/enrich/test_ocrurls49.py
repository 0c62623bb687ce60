"""URLs on OCR-read pages checked against their site's form (bench/enrich/ocrurls49.md): an
address of wetten.overheid.nl, tweedekamer.nl, zoek.officielebekendmakingen.nl,
rijksoverheid.nl/documenten or open.overheid.nl/documenten that OCR's spaces cut is read on to
the site's form and marked `ocr_repaired`, or else not reported (its text stays in the segment);
an address cut at a mark that asks for more is not reported either. Near misses stay: prose,
phone numbers, postcodes and dates after an address, addresses of other sites, text layers."""

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import ocrshapes
from stukken.contracts import Metadata, Segment, SegmentedDocument
from tests.unit.enrich.found import on_page


def _urls(text: str, *, ocr: bool = True) -> list[tuple[str, bool | None]]:
    doc = SegmentedDocument(
        metadata=Metadata(ocr_pages=[1] if ocr else []),
        segments=[Segment(id="s1", kind="paragraph", page=1, text=text)],
    )
    return [(r.normalized, r.ocr_repaired) for r in find_references(doc) if r.type == "url"]


# Tesseract's readings of the scans of sets S49 and S4901 (numbers changed).
@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Meer informatie staat op https://wetten.overheid.nl/BWBR0036588/2016-01 -01. Voor",
            "https://wetten.overheid.nl/BWBR0036588/2016-01-01",
        ),
        (
            "worden ingediend via https://wetten.overheid.nl/BWBR0039383/20 17-01-01.",
            "https://wetten.overheid.nl/BWBR0039383/2017-01-01",
        ),
        (
            "De stukken staan op https://wetten.overheid. nl/BWBR0020566/2021- 01-01. Tegen",
            "https://wetten.overheid.nl/BWBR0020566/2021-01-01",
        ),
        (
            "staat op https://wetten: overheid.nl/BWBR0036588/2016-01-01. Voor vragen",
            "https://wetten.overheid.nl/BWBR0036588/2016-01-01",
        ),
        (
            "het overzicht op https://www.tweedekamer.nl/kamerstukken/detail? "
            "id=2017Z10495&did=2022D18556. De Minister",
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2017Z10495&did=2022D18556",
        ),
        (
            "te vinden op https://www.tweedekamer.nl/kamerstukken/detail?id=20 18203048 "
            "&did=2025D20294.",
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2018Z03048&did=2025D20294",
        ),
        (
            "Meer informatie staat op https://zoek.officielebekendmakingen.nl/kst-25834-383 html. "
            "Voor vragen",
            "https://zoek.officielebekendmakingen.nl/kst-25834-383.html",
        ),
        (
            "en staat op https://zoek.officielebekendmakingen.nl/kst-29398-82 1.htm!. Ook de Raad",
            "https://zoek.officielebekendmakingen.nl/kst-29398-821.html",
        ),
    ],
)
def test_a_cut_address_of_a_site_with_a_form_is_read_to_it_and_marked(text: str, url: str) -> None:
    assert _urls(text) == [(url, True)]


# Cut or garbled where nothing can check it: not reported as an address (the text stays).
@pytest.mark.parametrize(
    "text",
    [
        "De stukken worden gepubliceerd op https://www.tweedekamer.nl/kamerstukken/detail? dit "
        "besluit kunt u binnen zes weken",
        "Het rapport staat op https://zoek.officielebekendmakingen.nl/kst-",
        "ingediend via https://www.rijksoverheid.nl/documenten/kamerstukken/2022/07/15/brief-",
        "Meer informatie staat op overheid.nl/BWBR0012928/2023-01-01. Voor vragen",
        "staat op https://wetten.overheid.nl/BWBR0036588/2016-01 Voor vragen belt u ons.",
        "via https://open.overheid.nl/documenten/ 2500 EA Den Haag",
        "via https://zoek.officielebekendmakingen.nl/kst- 2500 EA Den Haag",
        "staat op https://wetten.overheid.nl/BWBR0036588/2016-01 070 584 1234",
        "staat op www.cbs.nl/netcongestie- Ook de Raad",
    ],
)
def test_a_cut_address_nothing_can_check_is_not_reported(text: str) -> None:
    assert _urls(text) == []


# Near misses: whole addresses with prose, numbers and dates after them; other sites.
@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Zie https://wetten.overheid.nl/BWBR0036588/2016-01-01. Bel 070 584 1234.",
            "https://wetten.overheid.nl/BWBR0036588/2016-01-01",
        ),
        (
            "Zie https://wetten.overheid.nl/BWBR0036588 2016-01-01 in werking.",
            "https://wetten.overheid.nl/BWBR0036588",
        ),
        (
            "Zie https://www.tweedekamer.nl/kamerstukken/detail?id=2017Z10495 en 070 123 4567.",
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2017Z10495",
        ),
        (
            "Zie https://zoek.officielebekendmakingen.nl/kst-28905-938 en Stcrt. 2020, 1234.",
            "https://zoek.officielebekendmakingen.nl/kst-28905-938",
        ),
        (
            "Zie https://zoek.officielebekendmakingen.nl/kst-28905-938.html html-versie.",
            "https://zoek.officielebekendmakingen.nl/kst-28905-938.html",
        ),
        (
            "Zie https://www.rivm.nl/onderwerpen/lucht 2020-01-01 voor de cijfers.",
            "https://www.rivm.nl/onderwerpen/lucht",
        ),
        (
            "Zie https://open.overheid.nl/documenten/ronl-archief-2019 en 2500 EA Den Haag.",
            "https://open.overheid.nl/documenten/ronl-archief-2019",
        ),
        ("Zie https://www.tweedekamer.nl voor de agenda.", "https://www.tweedekamer.nl"),
    ],
)
def test_a_whole_address_stays_as_printed(text: str, url: str) -> None:
    assert _urls(text) == [(url, None)]


# A text layer: the segmenter's joins, not OCR's; this check does not run there.
def test_a_text_layer_address_is_not_checked() -> None:
    text = "Zie https://www.rijksoverheid.nl/documenten/kamerstukken/2022/07/15/brief-"
    assert _urls(text, ocr=False) != []


@pytest.mark.parametrize(
    ("url", "verdict"),
    [
        ("https://wetten.overheid.nl/BWBR0036588/2016-01-01", True),
        ("https://wetten.overheid.nl/BWBR0036588/2016-01", False),
        ("https://wetten.overheid.nl/B", False),
        ("https://wetten.overheid.nl/jci1.3:c:BWBR0005416", None),
        ("https://wetten.overheid", False),
        ("https://www.-minezk.nl", False),
        ("https://www.tweedekamer.nl/kamerstukken/detail", False),
        ("https://www.tweedekamer.nl/ka", False),
        ("https://www.tweedekamer.nl/kamerleden_en_commissies/alle_kamerleden", None),
        ("https://zoek.officielebekendmakingen.nl/kst-28372-659.htm", False),
        ("https://zoek.officielebekendmakingen.nl/stb-2020-123.html", True),
        ("https://www.rijksoverheid.nl/documenten/kamerstukken/2019/11/27", False),
        ("https://www.rijksoverheid.nl/onderwerpen/stikstof", None),
        ("https://open.overheid.nl/documenten/netcongestie--jeugdzorg-2021", False),
        ("https://www.rivm.nl/netcon", None),
    ],
)
def test_verdict(url: str, verdict: bool | None) -> None:
    assert ocrshapes.verdict(url) is verdict


# A site's own path under its host with OCR's damage to the dots (only dots and 'www' change).
@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "staat op https://zoek officielebekendmakingen.nl/kst-31412-249.html. Ook de Raad",
            "https://zoek.officielebekendmakingen.nl/kst-31412-249.html",
        ),
        (
            "in het overzicht op https://wetten overheid.nl/BWBROO 31208/2018-01-01.",
            "https://wetten.overheid.nl/BWBR0031208/2018-01-01",
        ),
        (
            "staat op https://zoek.officielebekendmakingen..nl/kst-34903-439.html. Voor vragen",
            "https://zoek.officielebekendmakingen.nl/kst-34903-439.html",
        ),
    ],
)
def test_a_sites_path_under_its_host_with_a_dot_lost_is_the_sites(text: str, url: str) -> None:
    assert _urls(text) == [(url, True)]


@pytest.mark.parametrize(
    "text",
    [
        "heeft dit toegelicht tijdens het commiheid.nl/BWBR0014415/2016-01-01 debat",
        "tijdens het debat (zaak 2 d.nl/documenten/kamerstukken/2023/10/26/digitale-woningbouw",
        "Meer informatie staat op https://zoek.officielebekendmakingen.nIkst-29926-925.html.",
        "Meer informatie staat op https://wetten.overheid.nl/BWBR0048670/2020-91-01. Voor",
        "Meer informatie staat op https://wetten.over Voor vragen kunt u bellen",
        "in het overzicht op https://wetten overheid.nl/BWBROOS 1208/2018-01-01.",
    ],
)
def test_a_sites_path_under_a_garbled_host_is_not_reported(text: str) -> None:
    assert _urls(text) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2024D18841&id=2024Z06427",
        "https://wetten.overheid.nl/BWBR0002471/2023-01-01/0/informatie",
        "https://wetten.overheid.nl/BWBR0002471/2023-01-01/#Hoofdstuk1",
    ],
)
def test_the_sites_other_forms_are_in_form(url: str) -> None:
    assert ocrshapes.verdict(url) is True


def _refs(text: str) -> list[tuple[str, str, bool | None]]:
    doc = SegmentedDocument(
        metadata=Metadata(ocr_pages=[1]),
        segments=[Segment(id="s1", kind="paragraph", page=1, text=text)],
    )
    return [(r.type, r.normalized, r.ocr_repaired) for r in find_references(doc)]


# The shorthand with OCR's space after its dash, the number closing the citation.
@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("naar mijn brief van 12 september 2018 (Kamerstuk 30 065- 127) en", "kst-30065-127"),
        ("de motie van het lid Ploumen c.s. (Kamerstuk 34 445- 1304).", "kst-34445-1304"),
        ("(Kamerstuk 30109- 1392; Kamerstuk 30 109-1393)", "kst-30109-1392"),
    ],
)
def test_the_shorthands_number_after_ocrs_space_is_read_and_marked(text: str, ident: str) -> None:
    assert ("kamerstuk", ident, True) in _refs(text)


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("zie Kamerstuk 30 065- 2018 en later", "kst-30065-127"),
        ("(Kamerstuk 30 065- 127 en 128)", "kst-30065-127"),
        ("bel 070- 127) of schrijf", "kst-30065-127"),
    ],
)
def test_a_number_that_does_not_close_the_citation_is_not_taken(text: str, ident: str) -> None:
    assert all(r[1] != ident for r in _refs(text))


def test_an_address_not_reported_is_named_in_the_documents_warnings() -> None:
    """Never silently: the address read but not reported is named in a warning for its page, and
    its text stays in the segment; the same text on a text layer is reported, with no warning."""
    text = "ingediend via https://www.rijksoverheid.nl/documenten/kamerstukken/2022/07/15/brief-"
    out = on_page([text])
    assert [r for r in out.references if r.type == "url"] == []
    (warning,) = out.metadata.quality.warnings if out.metadata.quality else []
    assert warning.startswith("page 1: web address(es) read by OCR look cut or damaged")
    assert "rijksoverheid.nl/documenten/kamerstukken/2022/07/15/brief-" in warning
    assert out.segments[0].text == text
    layer = on_page([text], ocr=False)
    assert [r.type for r in layer.references] == ["url"]
    assert layer.metadata.quality is None or layer.metadata.quality.warnings == []


def test_an_address_ocr_damaged_beyond_reading_is_named_in_a_warning() -> None:
    text = "Meer informatie staat op https://zoek.officielebekendmakingen.nIkst-29926-925.html."
    (warning,) = on_page([text]).metadata.quality.warnings  # type: ignore[union-attr]
    assert "look cut or damaged" in warning


def test_a_publications_htm_whose_l_ocr_lost_is_read_as_html() -> None:
    """The site serves '.html' only: a scanned cell's '.htm' (its l lost at the cell's edge, as
    ocrurl40's 150 dpi fixture reads) is the '.html' address, marked repaired; on a text layer
    the address stays as printed."""
    text = (
        "Nr. | Document | Vindplaats\n | brief regering | reeds openbaar | "
        "https://zoek.officielebekendmakingen.nl/kst-29517-136.htm\n | Kamerbrief onderzoek"
    )
    assert _urls(text) == [("https://zoek.officielebekendmakingen.nl/kst-29517-136.html", True)]
    assert _urls(text, ocr=False) == [
        ("https://zoek.officielebekendmakingen.nl/kst-29517-136.htm", None)
    ]
