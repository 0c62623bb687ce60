"""URLs on OCR-read pages (bench/enrich/ocr50.md): a known site's TLD read as 'ni'/'nI'/'n1'
after OCR's space, a ministry's own domain with its l read as i, a path's word OCR parted with a
space (checked against OpenTaal's word list), a Tweede Kamer query's '=' read twice and its '&'
read as 8, an officielebekendmakingen '.htmi'. Each repair is marked `ocr_repaired`; near misses
(another country's site, prose after an address, words on both sides, a text layer) stay."""

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import hosts, ocrshapes
from stukken.contracts import Metadata, Segment, SegmentedDocument


def _urls(text: str, *, ocr: bool = True) -> list[tuple[str, bool | None]]:
    doc = SegmentedDocument(
        metadata=Metadata(ocr_pages=[1] if ocr else []),
        segments=[Segment(id="s1", kind="paragraph", page=1, text=text)],
    )
    return [(r.normalized, r.ocr_repaired) for r in find_references(doc) if r.type == "url"]


# Tesseract's readings of the scans of sets S50 and S49/S4901 (numbers changed).
@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "en is te vinden op https://www.tweedekamer. ni/kamerstukken/detail?id=2017Z08891"
            "&did=2018D12340. Voor vragen",
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2017Z08891&did=2018D12340",
        ),
        (
            "gepubliceerd op https://www. tweedekamer. ni/kamerstukken/detail? id=2024Z22123"
            "&did=2019D12377.",
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2024Z22123&did=2019D12377",
        ),
        (
            "staat op https://www.rijksoverheid. ni/documenten/kamerstukken/2019/01/28/"
            "stikstof-evaluatie-water. Tegen",
            "https://www.rijksoverheid.nl/documenten/kamerstukken/2019/01/28/stikstof-evaluatie-water",
        ),
        (
            "via https://open. overheid. n1/documenten/ronl-abc123. Voor vragen",
            "https://open.overheid.nl/documenten/ronl-abc123",
        ),
        (
            "staat op https://zoek.officielebekendmakingen. ni/kst-28509-796.htmi. Ook de Raad",
            "https://zoek.officielebekendmakingen.nl/kst-28509-796.html",
        ),
        (
            "Nadere informatie is te vinden op www.mininv.nl en in het overzicht op de site.",
            "https://www.minlnv.nl",
        ),
        (
            "Nadere informatie is te vinden op www.minInv.nl en in het overzicht.",
            "https://www.minlnv.nl",
        ),
        (
            "De stukken worden gepubliceerd op www.acm.nl/a rbeidsmarkt-brief-evaluatie. Tegen dit",
            "https://www.acm.nl/arbeidsmarkt-brief-evaluatie",
        ),
        (
            "in het overzicht op https://open.overheid.nl/documenten/handhaving-beleid-onderwij "
            "s-rapport-2018. De Minister",
            "https://open.overheid.nl/documenten/handhaving-beleid-onderwijs-rapport-2018",
        ),
        (
            "Meer informatie staat op www.nza.nl/toezi cht. Voor vragen",
            "https://www.nza.nl/toezicht",
        ),
        (
            "en staat op https://www.tweedekamer. nl/kamerstukken/detail ?id= =2025Z20542"
            "&did= =2023D20572. Ook de Raad",
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2025Z20542&did=2023D20572",
        ),
        (
            "in het overzicht op https: www. tweedekamer. ni/kamerstukken/detail? id= -2018223313"
            "&did= =2025D05099. De Minister",
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2018Z23313&did=2025D05099",
        ),
        (
            "worden ingediend via https://www.tweedekamer.nl/kamerstukken/detail?id=20202078268"
            "did=2024D18225.",
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2020Z07826&did=2024D18225",
        ),
    ],
)
def test_an_ocr_damaged_address_checked_against_its_site_is_read_and_marked(
    text: str, url: str
) -> None:
    assert _urls(text) == [(url, True)]


# Near misses: nothing to repair (a real TLD, a whole word, prose after it), or nothing that can
# be checked (an unknown site's 'ni'): as main reads them.
@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ("de site www.gobierno. ni/inicio en verder", []),
        ("de site www.gobierno.ni/inicio en verder", [("https://www.gobierno.ni/inicio", None)]),
        ("staat op www.rivm.nl/stikstof en verder", [("https://www.rivm.nl/stikstof", None)]),
        ("staat op www.rivm.nl/ronl de minister", [("https://www.rivm.nl/ronl", None)]),
        ("staat op www.rivm.nl/stik stof en verder", [("https://www.rivm.nl/stik", None)]),
        ("Zie www.minlnv.nl of bel 070 378 6868.", [("https://www.minlnv.nl", None)]),
        (
            "via https://www.tweedekamer.nl/kamerstukken/detail?id=2020Z07826&did=2024D18225.",
            [("https://www.tweedekamer.nl/kamerstukken/detail?id=2020Z07826&did=2024D18225", None)],
        ),
        (
            "op https://www.tweedekamer.nl/kamerstukken/detail?id=2020Z07826 8 mei 2024 besproken",
            [("https://www.tweedekamer.nl/kamerstukken/detail?id=2020Z07826", None)],
        ),
    ],
)
def test_near_misses_stay(text: str, urls: list[tuple[str, bool | None]]) -> None:
    assert _urls(text) == urls


def test_a_text_layer_keeps_a_parted_word() -> None:
    # a space in a text layer's address is a line end the segmenter joined: no word is read whole
    text = "Meer informatie staat op www.acm.nl/a rbeidsmarkt-brief-evaluatie. Tegen dit"
    assert _urls(text, ocr=False) == [("https://www.acm.nl/a", None)]


def test_a_known_site_s_misread_tld_is_read_on_any_page() -> None:
    # as the host repairs: a text layer may be OCR no page list names (README, session 38)
    text = "staat op https://www.tweedekamer. ni/kamerstukken/detail?id=2017Z08891. Voor"
    assert _urls(text, ocr=False) == [
        ("https://www.tweedekamer.nl/kamerstukken/detail?id=2017Z08891", True)
    ]


@pytest.mark.parametrize(
    ("host", "known"),
    [
        ("tweedekamer.ni", True),
        ("www.tweedekamer.nI", True),
        ("wetten.overheid.n1", True),
        ("mininv.nl", True),
        ("gobierno.ni", False),
        ("managua.ni", False),
    ],
)
def test_known_misread(host: str, known: bool) -> None:
    assert hosts.known_misread(host) is known


@pytest.mark.parametrize(
    ("url", "after", "read"),
    [
        (
            "https://www.acm.nl/a",
            " rbeidsmarkt-brief. Tegen",
            ("https://www.acm.nl/arbeidsmarkt-brief", 18),
        ),
        ("https://x.nl/handhavi", " n g-beleid", ("https://x.nl/handhaving-beleid", 11)),
        ("https://x.nl/stikstof", " en verder", None),  # a whole word: prose after it
        ("https://x.nl/ronl", " de minister", None),  # the piece after it is a word
        ("https://x.nl/abc", " de", None),  # together no word
        ("https://x.nl/2023", " rapport", None),  # digits: no word's piece
    ],
)
def test_word_rejoined(url: str, after: str, read: tuple[str, int] | None) -> None:
    assert ocrshapes.word_rejoined(url, after) == read
