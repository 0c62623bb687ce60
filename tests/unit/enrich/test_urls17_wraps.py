# ruff: noqa: E501  (a cut address and its line are long)
"""URLs a raw text layer or a table cell cuts (urls17's classes from gold37 and gold41), with the
near misses each rule must leave alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def urls(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "url"]


# pdfium's text calls write a line end's hyphen as U+FFFE (as U+0002 elsewhere); a raw page text
# keeps it where the address ran on without its line break.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dit besluit staat op https://www.example.nl/onderwerpen/wet-openbaarheid-van\ufffebestuur-woo, zodat iedereen het leest.",
            ["https://www.example.nl/onderwerpen/wet-openbaarheid-van-bestuur-woo"],
        ),
        (
            "Zie https://www.example.nl/onderwerpen/innovatie-en\ufffeondernemen/subsidie. Daarna volgt meer.",
            ["https://www.example.nl/onderwerpen/innovatie-en-ondernemen/subsidie"],
        ),
        # the mark after a whole address is no part of it: a row's number follows
        (
            "https://www.example.nl/a/rapport-over-de-zaak\ufffe17 24 juni 2021",
            ["https://www.example.nl/a/rapport-over-de-zaak"],
        ),
    ],
)
def test_a_line_end_hyphen_mark_inside_an_address(text: str, want: list[str]) -> None:
    assert urls(text) == want


# A narrow cell cuts a slug inside a word and again after a hyphen: the next line's token is the
# slug's rest even when it ends in the hyphen of the next cut.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "reeds openbaar https://www.example.nl/\ndocumenten/wob-\nverzoeken/2022/04/11/beslui\nt-op-woo-verzoek-over-\nsubsidie-voor-waterstof\nEZK, LNV",
            [
                "https://www.example.nl/documenten/wob-verzoeken/2022/04/11/besluit-op-woo-verzoek-over-subsidie-voor-waterstof"
            ],
        ),
        # ... and its last word alone on the cell's last line
        (
            "openbaar https://www.example.nl/\ndocumenten/wob-\nverzoeken/2022/04/11/beslui\nt-op-woo-verzoek-over-\nsubsidie-voor-\nwaterstof\nEZK, LNV",
            [
                "https://www.example.nl/documenten/wob-verzoeken/2022/04/11/besluit-op-woo-verzoek-over-subsidie-voor-waterstof"
            ],
        ),
        # near misses: an address cut once takes no plain word, nor a word the line goes on after
        (
            "zie https://www.example.nl/documenten/rapporten-\nwaterstof\nEZK, LNV",
            ["https://www.example.nl/documenten/rapporten-"],
        ),
        (
            "https://www.example.nl/\ndocumenten/wob-\nverzoeken/over-\nwaterstof en meer",
            ["https://www.example.nl/documenten/wob-verzoeken/over-"],
        ),
        # the pdfium mark between a slug's words in a raw page text
        (
            "2020 \nhttps://www.example.nl/documenten/wob\ufffeverzoeken/2020/07/30/bes\nluit-wob-verzoek\ufffebehandeling-wob-verzoek\ufffeover-kolen",
            [
                "https://www.example.nl/documenten/wob-verzoeken/2020/07/30/besluit-wob-verzoek-behandeling-wob-verzoek-over-kolen"
            ],
        ),
        # near miss: a sentence's next line of two hyphened words is no slug's rest
        (
            "zie https://www.example.nl/documenten/rapporten/beslui\nkant-en-\nklaar is het niet.",
            ["https://www.example.nl/documenten/rapporten/beslui"],
        ),
    ],
)
def test_a_cells_slug_cut_twice(text: str, want: list[str]) -> None:
    assert urls(text) == want


# A cell cut a file's extension: the segmenter joins the cell's lines with a space, and the last
# letters stand alone before the cell's end ('...-2023.pd f | 11.1').
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "1 | Geheel openbaar | https://www.example.nl/storage/app/media/nieuws/handreiking-geluid-bedrijven-2023.pd f | 11.1",
            [
                "https://www.example.nl/storage/app/media/nieuws/handreiking-geluid-bedrijven-2023.pdf"
            ],
        ),
        (
            "https://www.example.nl/publish/pages/1234/handreiking-2023.ht ml\nVolgende regel",
            ["https://www.example.nl/publish/pages/1234/handreiking-2023.html"],
        ),
        # near misses: a sentence's next word, or letters that make no file type
        (
            "op https://www.example.nl/publish/pages/1234/handreiking-2023.pd f en verder",
            ["https://www.example.nl/publish/pages/1234/handreiking-2023.pd"],
        ),
        (
            "https://www.example.nl/publish/pages/1234/handreiking-2023.do en\nVolgende regel",
            ["https://www.example.nl/publish/pages/1234/handreiking-2023.do"],
        ),
        ("zie www.example.nl/info.ht x\nmeer", ["https://www.example.nl/info.ht"]),
    ],
)
def test_a_file_type_cut_in_a_cell(text: str, want: list[str]) -> None:
    assert urls(text) == want


# A footnote's superscript marker after an address and its full stop is the note's, not the path's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "De kaart staat op rvo.example.nl/mest/normen-en-afvoer.\u00b3 Verder",
            ["https://rvo.example.nl/mest/normen-en-afvoer"],
        ),
        ("zie https://www.example.nl/a/b/\u00b9\nVolgende regel", ["https://www.example.nl/a/b/"]),
        (
            "(zie https://www.example.nl/uitspraken/@1234/2023-1/).\u2074",
            ["https://www.example.nl/uitspraken/@1234/2023-1/"],
        ),
        # near miss: a plain digit after an address stays (a page's number or an id's end)
        (
            "https://www.example.nl/kamerstukken/kst-36123-3 is de brief",
            ["https://www.example.nl/kamerstukken/kst-36123-3"],
        ),
    ],
)
def test_a_note_marker_after_an_address(text: str, want: list[str]) -> None:
    assert urls(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "mail info@voorbeeld-ministerie.nl voor vragen",
        "Het bestand rapport_definitief_v2.pdf staat in de bijlage.",
        "de meet-\nresultaten van dit jaar",
    ],
)
def test_no_address_in_mail_file_names_and_words(text: str) -> None:
    assert urls(text) == []
