"""Round 58 (OCR'd Wob decisions, a URL-dense gold of Logius standards and a journal article, and a
held-out set of answers to Kamervragen, bench/enrich/refs58.md): what main missed or invented
there, and near misses that stay clean.

- A letter-spaced text layer puts a space before a host's dot ('http://www.w3 .org/TR/...'); OCR
  puts one inside a label after 'www.' ('www.amster dam.nl/veelgevraagd', which main read as the
  site 'dam.nl').
- Braces end an address: a URI template ('.../users/{subject.id}', '.../{create|update}') and an
  XML name ('{http://www.w3.org/2007/05/addressing/metadata}Action') hold none of the URL.
- A DOI cut after the resolver's host or inside its suffix, its rest after a line break or the
  space a segmenter made of one ('https://doi.org/' + '10.1016/j.esr...', '.../j.' +
  'jmateco.2007.12.001').
- No site from a host's middle that OCR split off an address whose scheme it damaged
  ('httDs : //zoek.officielebekend makincien. nl/kst-29517-153', main: 'https://makincien.nl/...').
- 'www' glued to a host by OCR ('wwwwerkenbijgroningen.nl') is repaired when the document prints
  the site with its dot.
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from services.enrich.references.hosts import repaired
from services.enrich.references.ocr import repair
from stukken.contracts import Segment, SegmentedDocument


def _found(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return [(r.type, r.normalized) for r in enrich(doc)[0] if r.type != "kenmerk"]


def _urls(text: str) -> list[str]:
    return [n for t, n in _found(text) if t == "url"]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "(http://www.w3 .org/TR/ws-addr-core/ ) verplicht te stellen",
            "http://www.w3.org/TR/ws-addr-core/",
        ),
        (
            "of \u201chttp://www.w3 .org/2005/08/addressing/anonymous\u201d gebruiken.",
            "http://www.w3.org/2005/08/addressing/anonymous",
        ),
        (
            "via de link op de pagina www.amster dam.nl/veelgevraagd, of telefonisch",
            "https://www.amsterdam.nl/veelgevraagd",
        ),
    ],
)
def test_a_space_in_a_host(text: str, url: str) -> None:
    assert _urls(text) == [url]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "vulling als de {http://www.w3.org/2007/05/addressing/metadata}Action in de WSDL",
            "http://www.w3.org/2007/05/addressing/metadata",
        ),
        (
            "[POST] https://es-connector.zeeland.nl/{create|update|delete}/{ObjectId} | {",
            "https://es-connector.zeeland.nl/",
        ),
        (
            '"can-sign-api": "https://hr.example.com/users/{subject.id}',
            "https://hr.example.com/users/",
        ),
    ],
)
def test_a_brace_ends_an_address(text: str, url: str) -> None:
    assert _urls(text) == [url]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "J Clean Prod 2019;241. https://doi.org/10.1016/ j.jclepro.2019.118154. [3] Vale",
            "https://doi.org/10.1016/j.jclepro.2019.118154",
        ),
        (
            "Energy Strateg Rev 2019;26(100418). https://doi.org/ 10.1016/j.esr.2019.100418. [12]",
            "https://doi.org/10.1016/j.esr.2019.100418",
        ),
        (
            "IEEE Signal Process Mag 2018. https://doi.org/10.1109/ MSP.2018.2818327.",
            "https://doi.org/10.1109/MSP.2018.2818327",
        ),
        (
            "J Math Econ 2008;44. https://doi.org/10.1016/j. jmateco.2007.12.001.",
            "https://doi.org/10.1016/j.jmateco.2007.12.001",
        ),
        (
            "J Finance 1961;16(1). https://doi.org/10.1111/j.1540-6261.1961.tb02789. x. [38]",
            "https://doi.org/10.1111/j.1540-6261.1961.tb02789.x",
        ),
        (
            "Trans. Ind. Informatics 2020;16(12). https://doi.org/\n10.1109/TII.2019.2960802.",
            "https://doi.org/10.1109/TII.2019.2960802",
        ),
    ],
)
def test_a_doi_cut_after_the_resolver_or_in_its_suffix(text: str, url: str) -> None:
    assert _urls(text) == [url]


@pytest.mark.parametrize(
    "text",
    [
        "Datum httDs : //zoek.officielebekend makincien. nl/kst-29517-153. html 11 december 2020",
        "httøs //zoek.officielebekend makingen. nl/blg-86631 1 Ons kenmerk",
        "httDs: //zoek.officielebekend makincien. nl/kst-29517-184. html",
    ],
)
def test_no_site_from_a_hosts_middle_split_by_ocr(text: str) -> None:
    assert _urls(text) == []


def test_www_glued_to_a_host_is_repaired_from_the_document() -> None:
    urls = ["https://www.werkenbijgroningen.nl/contact", "https://wwwwerkenbijgroningen.nl/contact"]
    assert repaired(urls) == {urls[1]: urls[0]}


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        # a host cut after its dot still joins (urls56), also after a version number
        ("(includeplatform.\nnet/publications)", ["https://includeplatform.net/publications"]),
        (
            "versie 2.0 includeplatform. net/publications",
            ["https://includeplatform.net/publications"],
        ),
        ("Kijk op open.overheid. nl/documenten", ["https://open.overheid.nl/documenten"]),
        # a whole host before a sentence's next word
        ("op www.x.nl. nl/abc", ["https://www.x.nl"]),
        (
            "zie www.rijksoverheid.nl en dam.nl/x",
            ["https://www.rijksoverheid.nl", "https://dam.nl/x"],
        ),
        ("zie www.x dam.nl voor meer", []),
        ("ga naar www. en dan, of www. Rijksoverheid", []),
        # a whole DOI before a sentence's next word, or no DOI at all
        ("zie https://doi.org/10.1000/182. En verder", ["https://doi.org/10.1000/182"]),
        ("zie https://doi.org/10.1000/182. en verder gaat het", ["https://doi.org/10.1000/182"]),
        ("zie https://doi.org/10.1000/182 12 Smith J", ["https://doi.org/10.1000/182"]),
        # an escaped brace is the address's own
        (
            "https://www.amsterdam.nl/veelgevraagd/?caseid=%7B11B5F06B-780C%7D",
            ["https://www.amsterdam.nl/veelgevraagd/?caseid=%7B11B5F06B-780C%7D"],
        ),
    ],
)
def test_near_misses_stay_as_they_were(text: str, urls: list[str]) -> None:
    assert _urls(text) == urls


@pytest.mark.parametrize(
    "text",
    [
        "T 070 340 79 11, F 070 340 59 84",
        "IBAN NL91 ABNA 0417 1643 00 ten name van",
        "een bedrag van \u20ac 1.234,56 op 1 januari 2024",
        "Parnassusplein 5 2511 VX Den Haag",
        "op grond van artikel 10, tweede lid, onder e",
        "Postbus 20350 2500 EJ Den Haag www.rijksoverheid",
        "ga naar www. en dan",
    ],
)
def test_numbers_and_addresses_give_no_reference(text: str) -> None:
    assert [(t, n) for t, n in _found(text) if t != "law_article"] == []


def test_no_repair_without_the_documents_own_spelling() -> None:
    assert repaired(["https://wwwwerkenbijgroningen.nl/contact"]) == {}
    assert repaired(["https://www.wwf.nl", "https://wf.nl"]) == {}


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # a code's letters before its digits are its own (Amsterdam-Noord's 'NO20-...')
        ("Ons kenmerk NO20-05670/UIT-20-12470", "Ons kenmerk NO20-05670/UIT-20-12470"),
        ("Kenmerk NO20-05397/IN-20-04244", "Kenmerk NO20-05397/IN-20-04244"),
        # a Wob ground's article and lid both read as letters, in an inventory's column
        ("| Deels openbaar | io.i.c 10.2.e 10.2.g |", "| Deels openbaar | 10.1.c 10.2.e 10.2.g |"),
        ("zie 10.l.c", "zie 10.1.c"),
        ("io.a.c en io.2 mails", "io.a.c en io.2 mails"),
        # a number's own confusions are still repaired
        ("Kamerstuk 29 383, nr. 4O6", "Kamerstuk 29 383, nr. 406"),
        ("zie 2O22Z2O166 en kst-2O22", "zie 2022Z20166 en kst-2022"),
    ],
)
def test_no_ocr_repair_inside_a_word(text: str, fixed: str) -> None:
    assert repair(text) == fixed
