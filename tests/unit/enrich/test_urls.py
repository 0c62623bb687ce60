# ruff: noqa: E501  (real-world citations are long lines)
"""URLs: re-joined across line breaks only where the break is visibly mid-URL; no trailing punctuation."""

import pytest

from services.enrich.references import urls


def found(text: str) -> list[tuple[str, str]]:
    return [(h.normalized, text[h.start : h.end]) for h in urls.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://\nwww.movisie.nl/files/2022-03/220315_%20Regenboogbeleid%20provincies\n%202022.pdf\nTweede",
            "https://www.movisie.nl/files/2022-03/220315_%20Regenboogbeleid%20provincies%202022.pdf",
        ),
        (
            "(https://www.tweedekamer.nl/kamerstukken/moties/\r\ndetail?id=2022D25169&did=2022D25169)\nTweede",
            "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022D25169&did=2022D25169",
        ),
        (
            "www.internetconsultatie.nl/huisvesting_\nevacuees/b1\nah-tk-20232024-1292",
            "https://www.internetconsultatie.nl/huisvesting_evacuees/b1",
        ),
        (
            "https://www.wodc.nl/welk-onderzoek-doen-we/3354---\ngeorganiseerde-criminaliteit.  \n",
            "https://www.wodc.nl/welk-onderzoek-doen-we/3354---georganiseerde-criminaliteit",
        ),
        (
            "(https://www.ad.nl/rijswijk/geen~a946954a8/).\nah-tk-20232024-1076",
            "https://www.ad.nl/rijswijk/geen~a946954a8/",
        ),
        (
            "raadplegen via https://www.oecd.org/\nTweede Kamer, vergaderjaar",
            "https://www.oecd.org/",
        ),
        (
            "https://nos.nl/artikel/2510977-kritiek\nah-tk-20232024-1314",
            "https://nos.nl/artikel/2510977-kritiek",
        ),
        (
            "zie (https://nl.wikipedia.org/wiki/Foo_(bar)).",
            "https://nl.wikipedia.org/wiki/Foo_(bar)",
        ),
        (
            "https://reliefweb.int/report/organisations\x02yemen-enar)",
            "https://reliefweb.int/report/organisations-yemen-enar",
        ),
    ],
)
def test_url_forms(text: str, expected: str) -> None:
    ((normalized, printed),) = found(text)
    assert normalized == expected
    assert printed == text[text.index(printed[:8]) :][: len(printed)]


# ('www. rijksoverheid.nl' was a near miss here until refs37: OCR's space after 'www.' is crossed to
# a lower-case host with a known TLD, see test_refs37; 'www. Dit is ...' stays none.)
@pytest.mark.parametrize(
    "text", ["www. Rijksoverheid", "mail info@www.nl", "(rijksfinancien.nl)", "https://"]
)
def test_url_near_misses(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "zie regiopurmerend.nl/2024/05/03/nieuws-over-x. En",
            [
                (
                    "https://regiopurmerend.nl/2024/05/03/nieuws-over-x",
                    "regiopurmerend.nl/2024/05/03/nieuws-over-x",
                )
            ],
        ),
        (
            "d) EUR-Lex https://eur-lex.europa.eu/TXT/?uri=COM:2021:726:FINhttps://eur-lex.europa.eu/TXT/?uri=COM:2021:727:FIN",
            [
                (
                    "https://eur-lex.europa.eu/TXT/?uri=COM:2021:726:FIN",
                    "https://eur-lex.europa.eu/TXT/?uri=COM:2021:726:FIN",
                ),
                (
                    "https://eur-lex.europa.eu/TXT/?uri=COM:2021:727:FIN",
                    "https://eur-lex.europa.eu/TXT/?uri=COM:2021:727:FIN",
                ),
            ],
        ),
        (
            "https://eur-lex.europa.eu/a?uri=COM:2021:726:FIN\nhttps://eur-lex.europa.eu/a?uri=COM:2021:727:FIN",
            [
                (
                    "https://eur-lex.europa.eu/a?uri=COM:2021:726:FIN",
                    "https://eur-lex.europa.eu/a?uri=COM:2021:726:FIN",
                ),
                (
                    "https://eur-lex.europa.eu/a?uri=COM:2021:727:FIN",
                    "https://eur-lex.europa.eu/a?uri=COM:2021:727:FIN",
                ),
            ],
        ),
        (
            "https://web.archive.org/web/2020/https://www.nu.nl/a",
            [
                (
                    "https://web.archive.org/web/2020/https://www.nu.nl/a",
                    "https://web.archive.org/web/2020/https://www.nu.nl/a",
                )
            ],
        ),
        (
            "6 https://www.esma.europ.eu/library/esma-70-156-4572_mifid-\n_ii_final_report.pdf. 7 Het",
            [
                (
                    "https://www.esma.europ.eu/library/esma-70-156-4572_mifid-_ii_final_report.pdf",
                    "https://www.esma.europ.eu/library/esma-70-156-4572_mifid-\n_ii_final_report.pdf",
                )
            ],
        ),
        (
            "https://www.esma.europ.eu/library/esma-70- 156-4572_mifid-_ii_final_report.pdf.",
            [
                (
                    "https://www.esma.europ.eu/library/esma-70-156-4572_mifid-_ii_final_report.pdf",
                    "https://www.esma.europ.eu/library/esma-70- 156-4572_mifid-_ii_final_report.pdf",
                )
            ],
        ),
        ("https://x.nl/nieuws- en meer", [("https://x.nl/nieuws-", "https://x.nl/nieuws-")]),
    ],
)
def test_bare_hosts_glued_and_broken_urls(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mail info@regio.nl/x of bel",
        "Booking.com en Rijksoverheid.nl.",  # lower case: a site after 'en' (test_barehost45)
        "Discriminatie.nl/Fryslân/Tumba",
        "de EU/NL-samenwerking",
        "zie foo.nl/ en verder",
    ],
)
def test_bare_host_near_misses(text: str) -> None:
    assert found(text) == []


def test_ocr_blank_line_inside_a_url() -> None:
    text = "werkwijze: https://www.rijksoverheid.nl/ministeries/vws-en-\n\nsport/aanpak-wob heden\n\nDe"
    assert found(text)[0][0] == "https://www.rijksoverheid.nl/ministeries/vws-en-sport/aanpak-wob"
    assert found("zie https://x.nl/a.\n\nsport/b")[0][0] == "https://x.nl/a"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de motie (https://www.x.nl/motie/12a)(BZK) ligt er", "https://www.x.nl/motie/12a"),
        ("[zie https://y.org/p/q] en", "https://y.org/p/q"),
        ("https://en.wiki.org/wiki/Kaas_(zuivel) is", "https://en.wiki.org/wiki/Kaas_(zuivel)"),
        ("(https://www.x.nl/a-\nb/c)(d)", "https://www.x.nl/a-b/c"),
    ],
)
def test_a_bracket_the_url_never_opened_ends_it(text: str, expected: str) -> None:
    assert [url for url, _ in found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1) https://www.krant.nl/regio/brug-bij-de-sl uis-weer-open~b12c4/ gisteren",
            "https://www.krant.nl/regio/brug-bij-de-sluis-weer-open~b12c4/",
        ),
        (
            "zie https://www.krant.nl/a/over-de-ver keerslichten-in-zwolle.html.",
            "https://www.krant.nl/a/over-de-verkeerslichten-in-zwolle.html",
        ),
    ],
)
def test_an_ocr_space_inside_a_slug(text: str, expected: str) -> None:
    assert [url for url, _ in found(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "zie https://x.nl/over-ons al-met-al een goede site",  # the rest does not close as a path
        "zie https://x.nl/over-ons, 12-03-2021/ geraadpleegd",  # punctuation ended the URL
        "zie https://x.nl/nieuws/ over-de-brug/ en meer",  # not inside a slug
        "zie https://x.nl/over-ons Al-Met-Al/ en meer",  # capitals: text, not a slug
    ],
)
def test_a_space_after_a_url_that_is_no_ocr_space(text: str) -> None:
    assert len(found(text)) == 1 and " " not in found(text)[0][0]
    assert found(text)[0][0] in ("https://x.nl/over-ons", "https://x.nl/nieuws/")


def test_bare_hosts_of_the_caribbean_parts() -> None:
    assert [u for u, _ in found("zie overheid.cw/besluiten/2020 en dpl.aw/nieuws/a")] == [
        "https://overheid.cw/besluiten/2020",
        "https://dpl.aw/nieuws/a",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "zie https://www.water.nl/documenten/publicaties/2021/12/06/brie\nfadvies-woningbouw-en-klimaatadaptatie-spoor-2\nverder",
            "https://www.water.nl/documenten/publicaties/2021/12/06/briefadvies-woningbouw-en-klimaatadaptatie-spoor-2",
        ),
        (
            "https://www.schap.nl/publish/pages/117/eindrapportage_sturen_met_grondwater_bedrijv\nenproef_spengen_2017_lage_resolutie.pdf.",
            "https://www.schap.nl/publish/pages/117/eindrapportage_sturen_met_grondwater_bedrijvenproef_spengen_2017_lage_resolutie.pdf",
        ),
        (
            "5https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022Z10845&did=2022D222\n49; hieruit",
            "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022Z10845&did=2022D22249",
        ),
        (  # a footnote's last line holds only the word's end, under a line the URL filled
            "24 https://www.provincie.nl/Onderwerpen/Ruimte/Projecten/Omgevingswet/Omgevingsverorde\r\nning",
            "https://www.provincie.nl/Onderwerpen/Ruimte/Projecten/Omgevingswet/Omgevingsverordening",
        ),
        (  # the same footnote as the segmenter hands it on, its lines joined with a space
            "https://www.provincie.nl/Onderwerpen/Ruimte/Projecten/Omgevingswet/Omgevingsverorde ning",
            "https://www.provincie.nl/Onderwerpen/Ruimte/Projecten/Omgevingswet/Omgevingsverordening",
        ),
        (
            "24 https://www.provincie.nl/Onderwerpen/Ruimte/Projecten/Verordeningen/Omgevingsverorde\nning\n\n25 Zie",
            "https://www.provincie.nl/Onderwerpen/Ruimte/Projecten/Verordeningen/Omgevingsverordening",
        ),
    ],
)
def test_a_path_broken_inside_a_word(text: str, expected: str) -> None:
    """Word breaks a long path mid-word; the next line is its rest when it can only be a path's."""
    assert [url for url, _ in found(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "zie https://x.nl/nieuws\nzorg en welzijn",  # words
        "zie https://x.nl/nieuws\nEU-lidstaten-beleid",  # capitals: text
        "zie https://x.nl/nieuws\nop-en-neer gaan",  # a sentence's compound
        "zie https://x.nl\nover-de-brug-heen",  # no path to break
        "zie https://x.nl/nieuws?id=2022Z10845\n12 leden",  # the number is whole
        "zie https://x.nl/nieuws\nverder",  # a short line: not cut for want of room
        "zie https://x.nl/nieuws hier",
        "Meer op https://x.nl/nieuws over de plannen en de aanpak van de regio's in het\nnoorden",
    ],
)
def test_a_line_after_a_url_that_is_not_its_rest(text: str) -> None:
    assert [url for url, _ in found(text)] in (
        ["https://x.nl/nieuws"],
        ["https://x.nl"],
        ["https://x.nl/nieuws?id=2022Z10845"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a narrow table cell cuts the host inside a label ...
            "Vindplaats:\nhttps://zoek.officielebekendmaking\nen.nl/gmb-2019-12345.html\n10. Besluit",
            "https://zoek.officielebekendmakingen.nl/gmb-2019-12345.html",
        ),
        (  # ... or after a dot, before the TLD
            "Reeds openbaar, zie\nhttps://gemeente.raadsinformatie.\nnl/vergadering/558719#ai 48",
            "https://gemeente.raadsinformatie.nl/vergadering/558719#ai",
        ),
        (  # ... and a path inside a word, the rest holding two slashes
            "via \nhttps://archief.gemeente.nl/inventari\nssen/details/30885/keywords/\nVolgende",
            "https://archief.gemeente.nl/inventarissen/details/30885/keywords/",
        ),
        (  # ... and a query inside a value
            "https://gemeente.raadsinformatie.nl/zoeken?keywords=brugvi\naduct&filter%5Borg%5D=1\nVolgende",
            "https://gemeente.raadsinformatie.nl/zoeken?keywords=brugviaduct&filter%5Borg%5D=1",
        ),
        (  # ... and a long hexadecimal name
            "https://archief.gemeente.nl/file/fd6f85cea0ab7148d981d81\n2a431bb5a\nGemeente",
            "https://archief.gemeente.nl/file/fd6f85cea0ab7148d981d812a431bb5a",
        ),
    ],
)
def test_a_url_cut_by_a_narrow_table_cell(text: str, expected: str) -> None:
    assert [u for u, _ in found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zie www.rijksoverheid.nl.\nnl/nieuws", "https://www.rijksoverheid.nl"),  # host complete
        (  # more words after the last: a sentence, not a word's rest
            "https://www.provincie.nl/Onderwerpen/Ruimte/Projecten/Omgevingswet/Omgevingsverorde ning en meer",
            "https://www.provincie.nl/Onderwerpen/Ruimte/Projecten/Omgevingswet/Omgevingsverorde",
        ),
        ("bezoek https://archief.amsterdam\nHier zijn", "https://archief.amsterdam"),
        ("https://www.example.nl/a\nen/of meer", "https://www.example.nl/a"),  # one slash: words
        (
            "https://x.nl/file/fd6f85cea0ab7148d981d81\nbeleid",
            "https://x.nl/file/fd6f85cea0ab7148d981d81",
        ),
        (  # a whole hash: the next line is the list's next entry
            "https://x.nl/file/fbfdb11153717688e753c8982b52d552\n903 IJplein, bestek",
            "https://x.nl/file/fbfdb11153717688e753c8982b52d552",
        ),
    ],
)
def test_a_next_line_that_completes_nothing(text: str, expected: str) -> None:
    assert [u for u, _ in found(text)] == [expected]


def test_a_curly_quote_closes_a_url_on_its_next_line_too() -> None:
    text = "United Nations News, \u201chttps://news.un.org/en/\nstory/2022/03/1114462\u201d, (maart 2022)"
    assert [u for u, _ in found(text)] == ["https://news.un.org/en/story/2022/03/1114462"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "bezwaar maken via www.gemeente.nl/bezwaar/jb.Bezwaar\nSchorsende",
            "https://www.gemeente.nl/bezwaar/jb",
        ),
        ("https://x.nl/Document.Aspx", "https://x.nl/Document.Aspx"),  # an extension stays
    ],
)
def test_a_heading_glued_after_a_urls_full_stop(text: str, expected: str) -> None:
    assert [u for u, _ in found(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    ["Een routebeschrijving vindt u op www.amsterdarn,n1 ", "vindt u op www.amsterdam.01 "],
)
def test_a_host_ocr_broke_beyond_repair_is_no_address(text: str) -> None:
    """OCR's comma for a dot, digits for the TLD ('.n1' alone is repaired, see test_ocr_repair)."""
    assert found(text) == []


def test_an_ip_address_is_a_host() -> None:
    assert [u for u, _ in found("http://192.168.1.10/x")] == ["http://192.168.1.10/x"]


@pytest.mark.parametrize(
    "text",
    ["www.rijksoverheid.nlContactpersoon", "Postbus 20401\nwww.rijksoverheid.nlT 070 456 00 00"],
)
def test_a_label_glued_onto_a_bare_address(text: str) -> None:
    """A side column's next label glued on without a space: the address ends at its TLD."""
    assert [u for u, _ in found(text)] == ["https://www.rijksoverheid.nl"]


def test_a_url_glued_to_a_sites_bare_address() -> None:
    """Lines joined after a bare address's '/' glue the next URL on; one inside a path stays."""
    text = "zie https://www.klimaatakkoord.nl/https://www.schap.nl/publish/rapport.pdf en"
    assert [u for u, _ in found(text)] == [
        "https://www.klimaatakkoord.nl/",
        "https://www.schap.nl/publish/rapport.pdf",
    ]
    archived = "https://web.archive.org/web/2020/https://www.x.nl/a"
    assert [u for u, _ in found(archived)] == [archived]


def test_typographic_hyphens_in_an_address_are_ascii() -> None:
    text = "zie https://www.autoriteitnvs.nl/documenten/advies\u2010raad\u2011thema voor meer"
    assert [n for n, _ in found(text)] == [
        "https://www.autoriteitnvs.nl/documenten/advies-raad-thema"
    ]
