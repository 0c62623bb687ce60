"""barehost45: a bare host without a path is an address where it can only be one (issue #12).

main took a bare host only with a path; refgold45's blind gold missed 'amsterdam.nl' in four
Amsterdam letterheads, 'op wobcovid19.rijksoverheid.nl', 'op meldingen.amsterdam.nl' and 'op de
website aanpakpiekbelasting.nl' (and a link label's '(vsnu.nl)', which the corpus gold's
convention leaves out). Without a path a host is taken
only lower case, whole, with a TLD no prose word is, and with a cue that it is a site; never as
the domain a redaction left of an e-mail address (Woo releases' mail threads are full of them).
"""

from __future__ import annotations

import pytest

from services.enrich import words
from services.enrich.references import barehosts, find_in_text, urls


def links(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "url"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Amsterdam's letterhead: the host right after the phone number (woo17-woo20).
        ("Postbus 37608 1030 BB Amsterdam Telefoon 14020 amsterdam.nl", ["https://amsterdam.nl"]),
        ("Postbus 2003 1000 CA Amsterdam Telefoon 14020 % amsterdam.nl", ["https://amsterdam.nl"]),
        # OCR's '.n1' is taken; the enricher reads it as '.nl' (ocr.repair_host).
        ("Postbus 1104 1000 BC Amsterdam Telefoon 14 020 amsterdam.n1", ["https://amsterdam.n1"]),
        # Overijssel's, on the next line; the Autoriteit Persoonsgegevens' after its fax.
        (
            "Telefoon 038 499 88 99 \noverijssel.nl \npostbus@overijssel.nl",
            ["https://overijssel.nl"],
        ),
        (
            "T 070 8888 500 - F 070 8888 501 autoriteitpersoonsgegevens.nl",
            ["https://autoriteitpersoonsgegevens.nl"],
        ),
        # A word that points to a site.
        (
            "worden geanonimiseerd op wobcovid19.rijksoverheid.nl geplaatst.",
            ["https://wobcovid19.rijksoverheid.nl"],
        ),
        (
            "Een zaakbegeleider is beschikbaar op de website aanpakpiekbelasting.nl.",
            ["https://aanpakpiekbelasting.nl"],
        ),
        (
            "komt beschikbaar via het informatieplatform pensioenduidelijkheid.nl. Op dat",
            ["https://pensioenduidelijkheid.nl"],
        ),
        ("Internet dewolden.nl", ["https://dewolden.nl"]),
        ("9400 AK Assen W. vrd.nl Brandweer Drenthe", ["https://vrd.nl"]),
        # Prose around it.
        ("te volgen via de begrotingen en rijksbegroting.nl.", ["https://rijksbegroting.nl"]),
        ("bij de politie of discriminatie.nl moeten melden", ["https://discriminatie.nl"]),
        # ... after a name in capitals (test_urls kept the whole sentence a near miss until now).
        ("Booking.com en rijksoverheid.nl.", ["https://rijksoverheid.nl"]),
        # Three labels say a site by themselves.
        ("De officiële W3C validator: validator.w3.org.", ["https://validator.w3.org"]),
        # A list's next site.
        (
            "zoals te lezen op omroepwest.nl en nos.nl. Het gaat",
            ["https://omroepwest.nl", "https://nos.nl"],
        ),
        # A path-less host after an address with one: both.
        (
            "zie https://www.amsterdam.nl/bezwaar en op meldingen.amsterdam.nl.",
            ["https://www.amsterdam.nl/bezwaar", "https://meldingen.amsterdam.nl"],
        ),
    ],
)
def test_bare_host_taken(text: str, expected: list[str]) -> None:
    assert links(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A link's label: a title and the host alone in brackets (the corpus gold lists none).
        "integriteit 2018.pdf (vsnu.nl).",
        "Shaping Europe's digital future (europa.eu)",
        "Ministerie van Financiën – Rijksoverheid (rijksfinancien.nl)",
        "in de HWH Azure AD (hetwaterschapshuis.onmicrosoft.com). Dit",
        # A slash and no path (a near miss in test_urls before this round too).
        "zie foo.nl/ en verder",
        # A name in capitals.
        "Booking.com en Discriminatie.nl namen deel",
        "zoals Rijksoverheid.nl",  # prose before a capital; after "zie" it is a site (urls46)
        # A TLD that is a word: a sentence's full stop and a lost space.
        "Wanneer de Energiewet in werking treedt ligt.de bevoegdheid bij GS.",
        "via het.nu al bekende kanaal",
        # A piece of a hyphenated word or address (pdfium's U+FFFE, a hyphen at a line's end).
        "via de nsl-monito\ufffering.nl tool",
        "info@ede.nl; info@edam-\nvolendam.nl; info@eemnes.nl",
        # File names, versions, abbreviations, numbers.
        "zie rapport.pdf en besluit.docx",
        "versie 2.3.1 en o.a. i.e. 3,5 en 1.5",
        "op de website o.a.nl",
        # An e-mail address, and the domain a redaction left of one.
        "mail naar info@minvws.nl.",
        "op 5.1.2e @ minvws.nl",
        "Aan: edrenthe.nl (geanonimiseerd)",
        "ERLE <BR • vrijsselland.nl>; dnog.nl",
        "Ministerie van LNV T+31 E minlnv.nl",
        "7500 BK Enschede | T +31 ggdtwente.nl |",
        "of per mail: info(a)coevorden.nl.",
        "Per mail: MM home.nl Onderwerp",
        # No cue at all: a bare host in a mail thread or a table.
        "Verzonden: maandag\nminlnv.nl>;",
        "straatintimidatie denhaag.nl per direct",
    ],
)
def test_bare_host_near_misses(text: str) -> None:
    assert links(text) == []


def test_cue_words_read_in_the_one_pass() -> None:
    """A text with no address's cue but a bare host's TLD still reaches urls.find's bare scan."""
    text = "op de website aanpakpiekbelasting.nl."
    cues = words.read(text).cues
    assert cues.isdisjoint(urls.CUES)
    assert not cues.isdisjoint(barehosts.CUES)
    assert links(text) == ["https://aanpakpiekbelasting.nl"]


def test_the_enricher_repairs_ocrs_tld() -> None:
    from services.enrich.references import ocr

    assert ocr.repair_host("https://amsterdam.n1") == "https://amsterdam.nl"


def test_not_inside_an_address_found_another_way() -> None:
    """A host already in an address ('www.' or a path) is not found again without its path."""
    assert links("op www.rijksoverheid.nl en op rijksoverheid.nl/ezk") == [
        "https://www.rijksoverheid.nl",
        "https://rijksoverheid.nl/ezk",
    ]
