"""urls49: URLs a line break cut, read whole (issue #12, point 2).

A set of 36 letters, answers, Woo decisions and inventories typeset by Word-like reportlab,
LibreOffice and groff, and scanned (bench/enrich/urls49.md), missed these classes; each is
tested with its near misses:

- a BWB id cut before its last digits ('.../BWBR0011' + '823)'): crossed to the seven digits only;
- an archived copy's address, the page's own address after the archive's prefix on the next line;
- an address in angle brackets (RFC 3986, appendix C), its line broken anywhere ('.../ta' + 'ble>');
- a table without rules whose cell wrapped an address, the rest in the next row (first cell empty);
- a paragraph's note marker after an address that ends in a word ('...-woo-verzoeken 1');
- a typesetter's hyphen in a known site's host ('open.over-' + 'heid.nl').

Near misses: phone numbers, amounts, dates, postcodes, Woo grounds, e-mail addresses, a year or
a sentence's words after an address, two addresses in brackets, a host the list lacks.
"""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text, urlhyphens


def links(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "url"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a BWB id cut short, its digits on the next line (a space where the segmenter joined)
        (
            "(bron: https://wetten.overheid.nl/BWBR0011 823)",
            ["https://wetten.overheid.nl/BWBR0011823"],
        ),
        (
            "Openbaar | https://wetten.overheid.nl/BWBR001306 0",
            ["https://wetten.overheid.nl/BWBR0013060"],
        ),
        (
            "zie https://wetten.overheid.nl/BWBV0004\n562 en",
            ["https://wetten.overheid.nl/BWBV0004562"],
        ),
        # near misses: a whole id and then a year; digits that do not make seven; a phone number
        (
            "zie https://wetten.overheid.nl/BWBR0011823 2024",
            ["https://wetten.overheid.nl/BWBR0011823"],
        ),
        ("zie https://wetten.overheid.nl/BWBR0011 82 en", ["https://wetten.overheid.nl/BWBR0011"]),
        (
            "zie https://wetten.overheid.nl/BWBR0011 070 - 456 78 90",
            ["https://wetten.overheid.nl/BWBR0011"],
        ),
        (
            "https://wetten.overheid.nl/BWBR001182 3.1.2e",
            ["https://wetten.overheid.nl/BWBR001182"],
        ),
    ],
)
def test_bwb_id_cut(text: str, want: list[str]) -> None:
    assert links(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Reeds openbaar | https://web.archive.org/web/20260608174816/ "
            "https://www.rvig.nl/afname-kwalitatief-goede-vingerafdruk-luistert-nauw",
            [
                "https://web.archive.org/web/20260608174816/"
                "https://www.rvig.nl/afname-kwalitatief-goede-vingerafdruk-luistert-nauw"
            ],
        ),
        (
            "([archived](https://web.archive.org/web/20240220054303/\n"
            "https://zoek.officielebekendmakingen.nl/kst-27529-170.html))",
            [
                "https://web.archive.org/web/20240220054303/"
                "https://zoek.officielebekendmakingen.nl/kst-27529-170.html"
            ],
        ),
        # near misses: a list of two sites, one a line; an archive's page that is no copy's prefix
        (
            "https://www.logius.nl/\nhttps://www.digid.nl/over-digid/privacy",
            ["https://www.logius.nl/", "https://www.digid.nl/over-digid/privacy"],
        ),
        (
            "zie https://web.archive.org/web/ https://www.kvk.nl/ubo/",
            ["https://web.archive.org/web/", "https://www.kvk.nl/ubo/"],
        ),
    ],
)
def test_archived_copy(text: str, want: list[str]) -> None:
    assert links(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Zie <https://ec.europa.eu/eurostat/databrowser/view/nrg_pc_205/default/ta ble> voor "
            "de volledige tekst.",
            ["https://ec.europa.eu/eurostat/databrowser/view/nrg_pc_205/default/table"],
        ),
        (
            "Zie <https://open.overheid.nl/documenten/9aa7b64a-be51-4fc4-8dac-1d4a3e0b02ba/ file> "
            "voor de volledige tekst. 1",
            ["https://open.overheid.nl/documenten/9aa7b64a-be51-4fc4-8dac-1d4a3e0b02ba/file"],
        ),
        # near misses: two addresses in brackets; a closed bracket before the space; a sentence
        # in brackets; an e-mail address in brackets
        ("zie <https://x.nl/a> en <https://y.nl/b>", ["https://x.nl/a", "https://y.nl/b"]),
        ("<https://x.nl/a> b>", ["https://x.nl/a"]),
        (
            "<https://x.nl/a zie ook de bijlage bij deze brief van 3 maart en verder b>",
            ["https://x.nl/a"],
        ),
        ("<https://x.nl/a <info@x.nl>", ["https://x.nl/a"]),
    ],
)
def test_address_in_angle_brackets(text: str, want: list[str]) -> None:
    assert links(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nr. | Document | Beoordeling | Link\n"
            "5 | Notitie over de | Openbaar | https://open.overheid.nl/\n"
            " | openbaarmaking van overheidsinformatie |  | documenten/oep-14145d83864b4ea1233c0b0"
            " 1135b8a3f729c0b87\n",
            ["https://open.overheid.nl/documenten/oep-14145d83864b4ea1233c0b01135b8a3f729c0b87"],
        ),
        (
            "6 | Notitie | Deels | https://\n"
            " | overheid | openbaar | zoek.officielebekendmakinge n.nl/ah-tk-20252026-2359.html\n",
            ["https://zoek.officielebekendmakingen.nl/ah-tk-20252026-2359.html"],
        ),
        (
            "3 | Notitie Reeds openbaar https://app.1848.nl/ |  | \n"
            " |  |  | document/overig_kamerstuk/ 63918\n",
            ["https://app.1848.nl/document/overig_kamerstuk/63918"],
        ),
        # near misses: a whole file's name ended the address; the next row opens with its number;
        # a date, a Woo ground, a mail in the row below; a sentence's words after the piece
        (
            "7 | a | b | https://www.x.nl/rapport.pdf\n | vervolg | | bijlage-2.pdf\n",
            ["https://www.x.nl/rapport.pdf"],
        ),
        (
            "7 | a | b | https://www.x.nl/stukken/\n8 | vervolg | | bijlage-2.pdf\n",
            ["https://www.x.nl/stukken/"],
        ),
        ("8 | a | b | https://www.x.nl/\n | 12-03-2024 | Deels | 5.1.2e\n", ["https://www.x.nl/"]),
        ("8 | a | b | https://www.x.nl/\n |  | | 5.1.2e\n", ["https://www.x.nl/"]),
        ("8 | a | b | https://www.x.nl/\n |  | | info@x.nl\n", ["https://www.x.nl/"]),
        (
            "6 | a | b | https://www.x.nl/a/\n | c | | d-e 2024 en meer woorden\n",
            ["https://www.x.nl/a/d-e"],
        ),
        # a line in prose, not a table's row
        ("Zie https://www.x.nl/\n| over ons", ["https://www.x.nl/"]),
    ],
)
def test_wrapped_cell_in_next_row(text: str, want: list[str]) -> None:
    assert links(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "De documenten zijn openbaar gemaakt op https://www.rijksoverheid.nl/onderwerpen/wob/"
            "documenten/2022/04/01/rijksbrede-instructie-voor-het-behandelen-van-woo-verzoeken 1",
            [
                "https://www.rijksoverheid.nl/onderwerpen/wob/documenten/2022/04/01/"
                "rijksbrede-instructie-voor-het-behandelen-van-woo-verzoeken"
            ],
        ),
        # still read: a word's rest of letters, as before
        (
            "Zie https://www.amsterdam.nl/bestuur-organisatie/omgevingsverordening/"
            "Omgevingsverorde ning",
            [
                "https://www.amsterdam.nl/bestuur-organisatie/omgevingsverordening/"
                "Omgevingsverordening"
            ],
        ),
    ],
)
def test_note_marker_after_address(text: str, want: list[str]) -> None:
    assert links(text) == want


@pytest.mark.parametrize(
    ("url", "want"),
    [
        (
            "https://open.over-heid.nl/documenten/9aa7b64a/file",
            "https://open.overheid.nl/documenten/9aa7b64a/file",
        ),
        ("https://wet-ten.overheid.nl/BWBR0031788", "https://wetten.overheid.nl/BWBR0031788"),
        # near misses: a host the list lacks; a known site's subdomain with its own hyphen; a
        # hyphen in the path only
        (
            "https://www.meld-kamersamenwerking.nl/over-lms/",
            "https://www.meld-kamersamenwerking.nl/over-lms/",
        ),
        ("https://my-site.overheid.nl/b", "https://my-site.overheid.nl/b"),
        ("https://www.rijksoverheid.nl/kamer-brief", "https://www.rijksoverheid.nl/kamer-brief"),
        ("https://www.sociale-verzekeringsbank.nl/a", "https://www.sociale-verzekeringsbank.nl/a"),
    ],
)
def test_hyphen_in_known_host(url: str, want: str) -> None:
    assert urlhyphens.rejoin(url) == want


@pytest.mark.parametrize(
    "text",
    [
        "Bel 070 - 456 78 90 of mail info@minbzk.nl.",
        "In 2024 is hiervoor € 12,5 miljoen beschikbaar gesteld.",
        "De termijn is op 12.03.2025 verlengd; zie paragraaf 3.2.1.",
        "Turfmarkt 147, 2511 DP Den Haag",
        "Het bestand besluit_inventaris_v2.pdf bevat de lijst (Deels openbaar 5.1.2e).",
        "<Naam> | 5.1.2.i | 12-03-2024\n |  | 10.2.e",
    ],
)
def test_near_misses_stay_clean(text: str) -> None:
    assert links(text) == []
