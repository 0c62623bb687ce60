"""A URL in a table cell printed with typed hyphens (U+2010, as Word and Excel set them) goes on
over the cell's lines as one with ASCII hyphens does (gold37)."""

from __future__ import annotations

import pytest

from services.segment.layout.repair import join_lines


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a line cut inside a word, the next line a piece of the path with typed hyphens
        (
            ["https://www.voorbeeld.nl/media/Nieuws/ve", "rslag‐van‐de‐proef‐"],
            "https://www.voorbeeld.nl/media/Nieuws/verslag‐van‐de‐proef‐",
        ),
        # a typed hyphen at the line end inside the URL is the URL's, not a hyphenation
        (
            ["https://www.voorbeeld.nl/docs/rapport‐over‐", "proef‐in‐de‐haven"],
            "https://www.voorbeeld.nl/docs/rapport‐over-proef‐in‐de‐haven",
        ),
        # a typed hyphen ends the line, a plain word of the path follows
        (
            ["https://www.voorbeeld.nl/besluit‐over‐woningbouw‐en‐", "infrastructuur"],
            "https://www.voorbeeld.nl/besluit‐over‐woningbouw‐en-infrastructuur",
        ),
        (
            ["https://www.voorbeeld.nl/besluiten/", "besluit‐op‐verzoek"],
            "https://www.voorbeeld.nl/besluiten/besluit‐op‐verzoek",
        ),
    ],
)
def test_a_cells_url_with_typed_hyphens_goes_on(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # running text: a typed hyphen hyphenating a word is still undone
        (["de proef‐", "opstelling"], "de proefopstelling"),
        # a URL that ends at its slash before a heading stays apart
        (
            ["zie https://www.voorbeeld.nl/a/", "Voor meer"],
            "zie https://www.voorbeeld.nl/a/ Voor meer",
        ),
        # a URL the extractor closed with a space is not continued
        (
            ["zie https://www.voorbeeld.nl/a ", "rapport‐proef"],
            "zie https://www.voorbeeld.nl/a rapport‐proef",
        ),
        # a word with a typed hyphen after a line without any URL
        (["de afdeling", "Noord‐Holland"], "de afdeling Noord‐Holland"),
    ],
)
def test_what_is_no_url_with_typed_hyphens_is_left_alone(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined
