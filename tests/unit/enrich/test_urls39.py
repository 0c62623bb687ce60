"""urls39 (issue #12): URLs and references in Den Haag's council papers and Coevorden's Woo
decisions (bench/enrich/urls39.md). Each rule with its near misses: a list's item after an address
that closes its line with '/', an ellipsis after an address, a list's next site glued on after a
comma, a municipality's case number 'Zaaknr is 34196-2023', a law's abbreviation in capitals."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import law_articles, shorthand, urls
from services.segment.layout.repair import cuts_url
from services.segment.segmenter import segment_pdf

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "urls39"
WOLF = "https://www.provincie.drenthe.nl/onderwerpen/natuur/wolf/gebiedscommissie/"
BIJ12 = "https://www.bij12.nl/onderwerpen/faunazaken/diersoorten/wolf/"


def _refs(name: str) -> list[tuple[str, str]]:
    doc = segment_pdf((FIXTURES / name).read_bytes())
    return [(r.type, r.normalized) for r in find_references(doc)]


def _urls(text: str) -> list[str]:
    return [h.normalized for h in urls.find(text)]


# --- the fixtures, end to end ---------------------------------------------------------------------


def test_letter_from_libreoffice() -> None:
    assert _refs("letter.pdf") == [
        ("url", WOLF),  # main: '.../gebiedscommissie/ii' (the list's next item glued on)
        ("url", BIJ12),
        ("url", "https://www.pbl.nl/publicaties"),
        ("url", "https://www.denhaag.nl/bomen"),  # main: one address of both
        ("url", "https://www.rotterdam.nl/wijk"),
        # no kst-34196-2023 from 'Zaaknr is 34196-2023'
        ("law_article", "Wob art. 10 lid 2 onder g"),  # 'sub g WOB'
        ("law_article", "Woo art. 5.1 lid 2 onder e"),  # 'sub e WOO'
    ]


def test_lines_drawn_one_string_a_line() -> None:
    assert _refs("lines.pdf") == [("url", WOLF), ("url", BIJ12)]


# --- the segmenter: a list's next item after an address's closing '/' ---------------------------


@pytest.mark.parametrize(
    "right",
    [
        "ii. Doel: voorkomen van aanvallen en voorlichten van veehouders.",
        "b) De schade wordt binnen vier weken vergoed.",
        "3. Het college besluit.",
        "iv) Planning volgt.",
    ],
)
def test_a_lists_next_item_ends_the_address(right: str) -> None:
    assert not cuts_url("Kijk op " + WOLF, right)


@pytest.mark.parametrize(
    "right",
    [
        "rapport-2024.pdf",  # a file's name
        "v1.2/index.html",  # a version's piece of the path
        "a.pdf",
        "ii.html",  # a roman numeral as a file's name
        "2024/03/15/kamerbrief",
        "i.v.m. de regels",  # no list's label (as before: URL material)
        "b)",  # a label alone on its line: as before
    ],
)
def test_url_material_after_the_slash_still_goes_on(right: str) -> None:
    assert cuts_url("zie https://www.rijksoverheid.nl/documenten/", right)


# --- the enricher: an ellipsis, two sites after a comma -------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Zie https://www.pbl.nl/publicaties/waarom-een-circulaire-economie\u2026 en verder.",
         ["https://www.pbl.nl/publicaties/waarom-een-circulaire-economie"]),
        ("www.denhaag.nl/bomen,www.rotterdam.nl/wijkconcierges",
         ["https://www.denhaag.nl/bomen", "https://www.rotterdam.nl/wijkconcierges"]),
        ("de sites www.a.nl/x;www.b.nl/y en meer", ["https://www.a.nl/x", "https://www.b.nl/y"]),
        ("https://web.archive.org/web/2020/x,www.b.nl", ["https://web.archive.org/web/2020/x", "https://www.b.nl"]),
    ],
)  # fmt: skip
def test_ellipsis_and_glued_sites(text: str, want: list[str]) -> None:
    assert _urls(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("https://x.nl/\u2026/rapport.pdf", ["https://x.nl/\u2026/rapport.pdf"]),  # elided inside
        ("https://x.nl/?u=a,www.y.nl", ["https://x.nl/?u=a,www.y.nl"]),  # a query's value
        ("https://x.nl/a,b/c", ["https://x.nl/a,b/c"]),  # a comma inside a path
        ("mail naar info@coevorden.nl of www.coevorden.nl.", ["https://www.coevorden.nl"]),
        ("Het bestand rapport.pdf, versie 2.0, art. 5.1 en Kamerstuk 1.2: \u20ac 1.250,00.", []),
        ("Op 1.1.2025 om 12.30 uur, zie bijlage 3.4.pdf en e-mail a.b@x.nl.", []),
        ("info@coevorden.nl,www.coevorden.nl", ["https://www.coevorden.nl"]),
    ],
)  # fmt: skip
def test_near_misses_as_before(text: str, want: list[str]) -> None:
    assert _urls(text) == want


# --- references: a case number, a law in capitals ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wij stuurden een brief, het betreft Zaaknr is 34196-2023. Een kopie.",
        "Wij stuurden een brief met Zaaknr. 34196-2023 erop.",
        "De brief met zaaknummer 46584-2023 vermelden.",
        "De brief met kenmerk 34196-2023.",
        "De brief, Kenmerk is 34196-2023.",
    ],
)
def test_a_case_number_is_no_kamerstuk(text: str) -> None:
    assert [h.normalized for h in shorthand.find(text)] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("de Kamerbrief 34196-23 over", ["kst-34196-23"]),
        ("de brief (34196-23)", ["kst-34196-23"]),
        ("Kamerbrief 31700-VII-12", ["kst-31700-VII-12"]),
        ("een brief over Zaak: 34196-23", ["kst-34196-23"]),
    ],
)
def test_shorthand_still_read(text: str, want: list[str]) -> None:
    assert [h.normalized for h in shorthand.find(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("op basis van artikel 10, lid 2, sub g WOB: het", ["Wob art. 10 lid 2 onder g"]),
        ("art. 5.1 lid 2 sub e WOO", ["Woo art. 5.1 lid 2 onder e"]),
        ("artikel 6:7 AWB", ["Awb art. 6:7"]),
        ("artikel 10 lid 2 sub e Wob", ["Wob art. 10 lid 2 onder e"]),
    ],
)
def test_a_laws_abbreviation_in_capitals(text: str, want: list[str]) -> None:
    assert [h.normalized for h in law_articles.find(text)] == want


@pytest.mark.parametrize(
    "text",
    [
        "Een WOB-verzoek en de WOO.",  # no article
        "de artikelen in de WOB-brochure",
        "artikel 10 van de WOBBE",  # no law of that name
        "Artikel 5. Werkwijze van de WOO-commissie",  # a heading's article of a regulation
    ],
)
def test_capitals_without_a_cited_article(text: str) -> None:
    assert [h.normalized for h in law_articles.find(text)] == []


# --- a note's marker glued after a file's type; an address printed twice, glued ------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("\u2022 https://gab.pleio.nl/files/view/8141/gab-afspraak%20bedrag%20v1.1.pdf3",
         ["https://gab.pleio.nl/files/view/8141/gab-afspraak%20bedrag%20v1.1.pdf"]),
        ("zie https://x.nl/a/rapport.html12.", ["https://x.nl/a/rapport.html"]),
        ("00. https://doi.org/https://doi.org/10.1016/j.snb.2019.1234 en",
         ["https://doi.org/10.1016/j.snb.2019.1234"]),
    ],
)  # fmt: skip
def test_note_marker_and_doubled_address(text: str, want: list[str]) -> None:
    assert _urls(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("https://x.nl/muziek/song.mp3", ["https://x.nl/muziek/song.mp3"]),  # digits of a type
        ("https://x.nl/docs/v1.2", ["https://x.nl/docs/v1.2"]),  # a version
        ("https://x.nl/a/kst-123.html 4", ["https://x.nl/a/kst-123.html"]),
        ("https://x.nl/a/rapport-2024", ["https://x.nl/a/rapport-2024"]),
        ("https://data.gwsw.nl/http://www.riool.net/x", ["https://data.gwsw.nl/", "http://www.riool.net/x"]),
        ("https://web.archive.org/web/2020/https://x.nl/a", ["https://web.archive.org/web/2020/https://x.nl/a"]),
    ],
)  # fmt: skip
def test_digits_and_glued_sites_as_before(text: str, want: list[str]) -> None:
    assert _urls(text) == want
