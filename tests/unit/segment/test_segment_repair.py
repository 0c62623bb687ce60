"""Text repair: hyphenation, soft hyphens as pdfium reports them, URLs, diacritics, ligatures."""

from __future__ import annotations

import pytest

from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import build_blocks
from services.segment.layout.repair import clean, join_lines
from services.segment.segmenter import PdfRejected, segment_pdf


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["samenwerkings\ufffe", "verband"], "samenwerkingsverband"),
        (["regen\u0002", "boogprovincie"], "regenboogprovincie"),
        (["regen\u00ad", "boogprovincie"], "regenboogprovincie"),
        (["samenwerkings-", "verband"], "samenwerkingsverband"),
        (["met EU\ufffe", "agentschappen"], "met EU-agentschappen"),
        (["in Noord-", "Holland"], "in Noord-Holland"),
        (["politie\ufffe", "eenheden"], "politie-eenheden"),
        (["milieu\ufffe", "en sociale"], "milieu- en sociale"),
        (["covid-", "19"], "covid-19"),
        # a compound hyphenated throughout keeps the hyphen at the break; a hyphenator's cut
        # before a syllable and a real hyphen does not
        (["voor system\ufffe", "to-system gegevens"], "voor system-to-system gegevens"),
        (["end-", "to-end versleuteld"], "end-to-end versleuteld"),
        (["state\ufffe", "of-the-art"], "state-of-the-art"),
        (["gege\ufffe", "vens-uitwisseling"], "gegevens-uitwisseling"),
        (["sector\ufffe", "overstijgend is"], "sectoroverstijgend is"),
        # 'niet' before a noun or adjective keeps its hyphen; before a diminutive it was a cut
        (["de niet-", "functionele eisen"], "de niet-functionele eisen"),
        (["(niet\ufffe", "roker)"], "(niet-roker)"),
        (["de niet-", "jes van het"], "de nietjes van het"),
        (["het Niet-", "lid"], "het Niet-lid"),
        (["(https://", "www.movisie.nl/a", "%202022.pdf"], "(https://www.movisie.nl/a%202022.pdf"),
        (
            ["https://reliefweb.int/yemen/joint\ufffe", "statement-190)"],
            "https://reliefweb.int/yemen/joint-statement-190)",
        ),
        (
            ["https://www.x.nl/moties/", "detail?id=2022D25169"],
            "https://www.x.nl/moties/detail?id=2022D25169",
        ),
        (["zie https://x.nl/a ", "voor meer"], "zie https://x.nl/a voor meer"),
        (["over het rapport Staal -", "2009Z04630"], "over het rapport Staal - 2009Z04630"),
        (["www.logius.nl", "servicecentrum@logius.nl"], "www.logius.nl servicecentrum@logius.nl"),
        (
            ["https://www.x.nl/moties/detail?id=2022Z10845&did=2022D222", "49; hieruit"],
            "https://www.x.nl/moties/detail?id=2022Z10845&did=2022D22249; hieruit",
        ),
        (
            ["https://www.x.nl/detail?id=2022Z10845", "12 leden"],
            "https://www.x.nl/detail?id=2022Z10845 12 leden",
        ),
        # a bare host with a path is a URL too: its line-end hyphen is part of it
        (
            ["bericht (krantvanoost.nl/2023/01/09/brug-weer\u0002", "open-na-storing/)."],
            "bericht (krantvanoost.nl/2023/01/09/brug-weer-open-na-storing/).",
        ),
        (["de Krant.nl/Regio is ver\u0002", "nieuwd"], "de Krant.nl/Regio is vernieuwd"),
        (["een zin", "die doorloopt"], "een zin die doorloopt"),
        (["zie https://www.x.nl/corona/", "Voor meer"], "zie https://www.x.nl/corona/ Voor meer"),
        (["zie https://www.x.nl/corona/", "en verder"], "zie https://www.x.nl/corona/ en verder"),
        (
            ["https://www.x.nl/en/Whats-new/", "Publicaties/Dredging/"],
            "https://www.x.nl/en/Whats-new/Publicaties/Dredging/",
        ),
    ],
)
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


def test_clean() -> None:
    assert clean("Kostic´") == "Kostić"
    assert clean("Yes¸ilgöz") == "Yeşilgöz"
    assert clean("ﬁnanciële ﬂexibiliteit") == "financiële flexibiliteit"
    assert clean("e\u0301e\u00a0n") == "ée n"


@pytest.mark.parametrize("data", [b"", b"not a pdf", b"%PDF-1.7\n%%EOF"])
def test_garbage_is_rejected_not_crashed(data: bytes) -> None:
    with pytest.raises(PdfRejected) as info:
        segment_pdf(data)
    assert info.value.reason in {"unreadable_pdf", "no_pages"}


def test_too_many_pages() -> None:
    from tests.fixtures.letters import ministry_letter

    with pytest.raises(PdfRejected) as info:
        segment_pdf(ministry_letter().pdf, max_pages=2)
    assert info.value.reason == "too_many_pages"


def _line(y: float, size: float, text: str) -> Line:
    return Line(1, 72.0, y - size, 500.0, y, y - 2, size, False, text)


def test_a_url_cut_at_the_line_end_keeps_its_paragraph_across_an_ocr_size_change() -> None:
    lines = [
        _line(700.0, 4.2, "1) Krant, https://www.krant.nl/regio/brug-bij-de-sluis-weer\ufffe"),
        _line(689.0, 2.9, "open~b12c4/"),
        _line(678.0, 4.2, "Hierna een regel in grotere letters"),
    ]
    blocks = build_blocks(lines, 520.0)
    assert (
        blocks[0].text == "1) Krant, https://www.krant.nl/regio/brug-bij-de-sluis-weer-open~b12c4/"
    )
    assert blocks[1].text == "Hierna een regel in grotere letters"  # elsewhere size still counts


def test_a_heading_after_a_url_that_ends_at_its_slash_is_its_own_block() -> None:
    lines = [
        _line(700.0, 10.0, "zie https://www.x.nl/rapporten/"),
        Line(1, 72.0, 678.0, 200.0, 690.0, 680.0, 14.0, True, "Inleiding"),
    ]
    assert [b.text for b in build_blocks(lines, 520.0)] == [
        "zie https://www.x.nl/rapporten/",
        "Inleiding",
    ]


def test_a_side_columns_sites_stay_apart_and_a_cut_host_joins() -> None:
    lines = ["www.rijksoverheid.nl", "www.facebook.com/minbzk", "www.twitter.co", "m/minbzk"]
    assert join_lines(lines) == (
        "www.rijksoverheid.nl www.facebook.com/minbzk www.twitter.com/minbzk"
    )


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("van het ammoniak-\u2010rekenmodel", "van het ammoniak-rekenmodel"),
        ("een andere CBS-\u2010bron:", "een andere CBS-bron:"),
        ("niet-\u2010", "niet-"),
        ("\xa0ammoniak-\xad\u2010rekenmodel", " ammoniak-rekenmodel"),
        ("Zuid\u2010Holland", "Zuid\u2010Holland"),  # one typed hyphen is a hyphen
        ("a - b", "a - b"),
    ],
)
def test_a_hyphen_printed_twice_on_one_spot_is_read_once(printed: str, read: str) -> None:
    # Word for Mac (Quartz PDFContext) prints '-', a soft hyphen and U+2010 for each hyphen
    assert clean(printed) == read


def test_a_doubled_hyphen_at_a_line_end_still_joins_its_compound() -> None:
    assert join_lines([clean("uitstoot van niet-\u2010"), clean("landbouw")]) == (
        "uitstoot van niet-landbouw"
    )
