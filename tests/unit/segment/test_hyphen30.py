"""hyphen30 (issue #12, refs63/refs64's Left): a line-end hyphen inside an OCR'd web address.

OCR leaves a space after an address's '/' ('https: /www.commissiebbv.nl/cms/view/3902f8ec/ ')
or after the hyphen that ends a line, so `_continues_url` takes the address as ended and the next
lines as prose: 'notitie-' + 'grondbeleid-in-begroting-en-jaarstukken' lost its hyphen, and the
enricher read a wrong address. `repair._keeps_hyphen` now keeps the hyphen where a URL stands
before and the rest is a slug of three or more pieces (a hyphenator leaves a syllable, never a
slug), or, after a URL's whole piece ('.../ notitie-'), where URL material or a line of it goes
on. Prose joins as before: 'ver-' + 'gadering', also right after an address.
"""

from __future__ import annotations

import pytest

from services.segment.layout.repair import join_lines

BBV = "Zie https: /www.commissiebbv.nl/cms/view/3902f8ec-aa61/"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # refs64's probe: OCR's space after the '/' that ends the line, the slug on two lines
        (
            [f"{BBV} ", "notitie-", "grondbeleid-in-begroting-en-jaarstukken"],
            f"{BBV} notitie-grondbeleid-in-begroting-en-jaarstukken",
        ),
        # the piece on the address's line, OCR's space after the slash
        (
            [f"{BBV} notitie-", "grondbeleid-in-begroting-en-jaarstukken"],
            f"{BBV} notitie-grondbeleid-in-begroting-en-jaarstukken",
        ),
        # OCR's space after the hyphen: the address's slug goes on with three pieces
        (
            ["Zie https://www.commissiebbv.nl/cms/view/notitie- ", "grondbeleid-in-begroting."],
            "Zie https://www.commissiebbv.nl/cms/view/notitie-grondbeleid-in-begroting.",
        ),
        # after the slash, a piece with a file's type, or a lone line of the slug
        (
            ["Bron: https://www.rijksoverheid.nl/documenten/ kamer-", "brief.pdf"],
            "Bron: https://www.rijksoverheid.nl/documenten/ kamer-brief.pdf",
        ),
        (
            ["Bron: www.rijksoverheid.nl/documenten/ ", "kamer-", "brief"],
            "Bron: www.rijksoverheid.nl/documenten/ kamer-brief",
        ),
    ],
)
def test_hyphen_inside_an_ocr_spaced_address_stays(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a Dutch word hyphenated at the line's end joins without its hyphen
        (["de ver-", "gadering van de raad"], "de vergadering van de raad"),
        # ... also right after an address whose '/' ends with a space
        (
            ["Zie https://www.rijksoverheid.nl/ voor de ver-", "gadering van de raad"],
            "Zie https://www.rijksoverheid.nl/ voor de vergadering van de raad",
        ),
        (
            ["Zie https://www.rijksoverheid.nl/ ver-", "gadering van de raad"],
            "Zie https://www.rijksoverheid.nl/ vergadering van de raad",
        ),
        (
            ["Zie https://www.rijksoverheid.nl/ ver-", "gadering."],
            "Zie https://www.rijksoverheid.nl/ vergadering.",
        ),
        # a slug-like rest without an address before: prose, as before
        (["de ver-", "gadering-op-afstand-regeling"], "de vergadering-op-afstand-regeling"),
        # an address ending in a word, the next line prose: the syllable joins
        (
            ["op https://www.overheid.nl/notitie ver-", "gadering van de raad"],
            "op https://www.overheid.nl/notitie vergadering van de raad",
        ),
        # a host without a path is no slug's address
        (
            ["op www.rijksoverheid.nl ver-", "gaderingen-en-besluiten-lijst"],
            "op www.rijksoverheid.nl vergaderingen-en-besluiten-lijst",
        ),
        # compounds with a real hyphen, and a hanging hyphen, as before
        (["het Noord-", "Holland kwartier"], "het Noord-Holland kwartier"),
        (["de politie-", "eenheden"], "de politie-eenheden"),
        (["milieu-", "en sociale"], "milieu- en sociale"),
    ],
)
def test_prose_near_misses_join_as_before(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined
