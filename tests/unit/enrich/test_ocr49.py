"""References and names in text Tesseract read from typeset-and-scanned letters, answers and Woo
decisions (bench/enrich/ocr49.md): the chamber 'II' read as two other strokes, a Woo ground's 5
read as '§' and its letter as 'C' or '1' in an inventory row, a URL's second slash or the 'l' of
'nl'/'html' read as a stroke, a kenmerk cut to its year, 'c.s.' read as 'Cs', the Union's letters
in a damaged act citation and a postcode's letters after a post box. Each with the near misses
that stay."""

import pytest

from services.enrich.enricher import find_references
from services.enrich.references.ocr import repair, repair_host
from stukken.contracts import Metadata, Segment, SegmentedDocument
from tests.unit.enrich.found import organisations, persons_printed


def _refs(text: str, *, kind: str = "paragraph") -> list[tuple[str, str, bool | None]]:
    doc = SegmentedDocument(
        metadata=Metadata(ocr_pages=[1]),
        segments=[Segment(id="s1", kind=kind, page=1, text=text)],
    )
    return [(r.type, r.normalized, r.ocr_repaired) for r in find_references(doc)]


# Tesseract's readings of set S49's pages (the chamber after 'Handelingen' and 'Kamerstukken').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zie ook Aanhangsel Handelingen Il 2019/2020, nr. 1028.",
            ("aanhangsel", "ah-tk-20192020-1028"),
        ),
        ("(Aanhangsel Handelingen |l 2023/2024, nr. 2165)", ("aanhangsel", "ah-tk-20232024-2165")),
        ("(Aanhangsel Handelingen 1! 2020/2021, nr. 3319)", ("aanhangsel", "ah-tk-20202021-3319")),
        ("(Handelingen ll 2020/2021, nr. 15, item 21)", ("handelingen", "h-tk-20202021-15")),
        ("(Handelingen I] 2019/2020, nr. 93, item 4)", ("handelingen", "h-tk-20192020-93")),
    ],
)
def test_the_chamber_read_as_two_strokes_is_ii_and_marked(
    text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, True) in _refs(text)


@pytest.mark.parametrize(
    "text",
    [
        "(Handelingen I 2019/2020, nr. 12, item 3)",  # the Eerste Kamer's, one stroke
        "Handelingen Il en de Aanhangsels",  # no session year after it
        "Kamerstukken Il is een map.",
    ],
)
def test_one_stroke_or_no_year_is_not_repaired(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        ("4 | 02-01-2025 | Nota | Niet openbaar | §.1.2.i, 5.2.1", "woo-5.1.2i"),
        ("7 | 08-01-2023 | Nota | Niet openbaar | 5.1.1.C, 5.2.1", "woo-5.1.1c"),
        ("2 | 15-06-2023 | Nota | Niet openbaar | 5.1.2.1", "woo-5.1.2i"),
        ("3 | 07-11-2021 | Brief | Deels openbaar | 5.1.2.e, 5.1.2.1", "woo-5.1.2i"),
    ],
)
def test_an_inventory_rows_damaged_ground_is_read_and_marked(text: str, ground: str) -> None:
    assert ("woo_ground", ground, True) in _refs(text, kind="table")


@pytest.mark.parametrize(
    "text",
    [
        "Zie paragraaf 5.1.2.1 van de nota.",
        "In hoofdstuk 5.1.2.1 (openbaar) staat het verslag.",
        "openbaar. Zie 5.1.2.1 en 5.1.2.10",
        "15.1.2.1 | openbaar",
        "Volgens § 5.1 van de nota en §.1 van de bijlage",
        "Tabel 5.1.2.C.3",
    ],
)
def test_section_numbers_and_paragraph_signs_stay(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    ("url", "fixed"),
    [
        ("https://Jwetten.overheid.nl/BWBR0041815/2018-01-01", "https://wetten.overheid.nl/BWBR0041815/2018-01-01"),
        ("https://lzoek.officielebekendmakingen.nl/kst-33937-846.html", "https://zoek.officielebekendmakingen.nl/kst-33937-846.html"),
        ("https://lwww.rijksoverheid.nl/documenten", "https://www.rijksoverheid.nl/documenten"),
        ("https://wetten.overheid.nl/BWBRO037011/2024-01-01", "https://wetten.overheid.nl/BWBR0037011/2024-01-01"),
        ("https://zoek.officielebekendmakingen.nl/kst-24136-954.htmI", "https://zoek.officielebekendmakingen.nl/kst-24136-954.html"),
        ("https://www.nza.n\\/onderwijs-beleid", "https://www.nza.nl/onderwijs-beleid"),
        ("https://wwwtweedekamer.nl/kamerstukken/detail?id=2019Z11626", "https://www.tweedekamer.nl/kamerstukken/detail?id=2019Z11626"),
    ],
)  # fmt: skip
def test_a_urls_strokes_are_repaired(url: str, fixed: str) -> None:
    assert repair_host(url) == fixed


@pytest.mark.parametrize(
    "url",
    [
        "https://lci.rivm.nl/richtlijnen",  # a host of its own that starts with l
        "https://jwetten.overheid.nl",  # a small j is no slash
        "https://Iinks.example.nl/x",  # no known host after the stroke
        "https://www.example.com/page.htm",
        "https://wwwdienst.example.nl/x",  # www and then no known host
    ],
)
def test_other_hosts_stay(url: str) -> None:
    assert repair_host(url) == url


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ons kenmerk 2022- 3428611374", []),
        ("Ons kenmerk 2021 3802880601", []),
        ("Ons kenmerk 2023-8967144646", ["2023-8967144646"]),
        ("Uw kenmerk 2017Z23075/2025D03338", ["2017Z23075/2025D03338"]),
        ("Ons kenmerk WOO-429550", ["WOO-429550"]),
    ],
)
def test_a_kenmerk_is_never_a_year_alone(text: str, kept: list[str]) -> None:
    assert [n for t, n, _ in _refs(text) if t == "kenmerk"] == kept


@pytest.mark.parametrize(
    "text",
    [
        "Deelt u de mening van het lid Aboutaleb dat Richtlijn 2019/ 19/EU hier van toepassing is?",
        "Vraag 4 htlijn 2002/46/EU hier van toepassing is?",
        "van het lid Van den Hul dat Verordening (EU) ded hier van toepassing is?",
        "mening van het lid Blankenheym dat oe (EU) 2004/2012 hier van toepassing is?",
        "schrijven naar Postbus 15590, 4160 BZ ag Haag.",
    ],
)
def test_an_acts_letters_and_a_postcodes_letters_are_no_body(text: str) -> None:
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("In de EU is dat anders geregeld.", "Europese Unie"),
        ("De Europese Unie (EU) en Nederland", "Europese Unie"),
        ("Het ministerie van BZ, Postbus 20061, heeft gereageerd.", "Ministerie van "
         "Buitenlandse Zaken"),
        ("In 2020 BZ en EZK samen", "Ministerie van Buitenlandse Zaken"),
    ],
)  # fmt: skip
def test_the_union_and_a_ministry_named_so_stay(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("aan de motie van het lid Kraneveldt Cs, (Kamerstuk 34 123, nr. 5).", "Kraneveldt"),
        ("aan de motie van het lid Receveur Gs. . (Kamerstuk 33 227, nr. 4)", "Receveur"),
        ("de motie van het lid Van der Staaij c.s. (Kamerstuk 34 123, nr. 5).", "Van der Staaij"),
        ("de motie van het lid Jasper van Dijk (Kamerstuk 34 123, nr. 5).", "Jasper van Dijk"),
    ],
)  # fmt: skip
def test_cum_suis_read_by_ocr_is_no_part_of_the_name(text: str, person: str) -> None:
    assert persons_printed(text) == {person}
