"""Round 55 (real PDFs through the pipeline): a table's cell that holds one address, cut by the
cell's width inside a path's piece. The segmenter joins the cell's lines with a space ('... |
https://x.nl/nl/print/jouw-v accinaties'); pdfium's page text puts the rest alone on the next line.
The rest goes on the address only where the cell (or the line) holds nothing else; near misses
(a remark in the cell, a short or whole address, prose, a ground) stay as they are."""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text, urls

_SITE = "https://web.portaal.example.nl/nl/print"


def _found(text: str) -> list[str]:
    return [h.normalized for h in urls.find(text)]


@pytest.mark.parametrize(
    ("cut", "rest"),
    [
        ("jouw-v", "accinaties"),
        ("print-re", "covery"),
        ("toegankelijkh", "eidsverklaring"),
        ("uitpr", "oberen/"),
    ],
)
def test_a_cells_address_goes_on_with_the_cells_last_piece(cut: str, rest: str) -> None:
    text = f"Stap | Pagina\nJouw opgehaalde gegevens | {_SITE}/{cut} {rest}\nVolgende | {_SITE}/x\n"
    assert _found(text)[0] == f"{_SITE}/{cut}{rest}"


def test_the_rest_may_close_the_text_or_stand_before_the_next_cell() -> None:
    assert _found(f"Pagina | {_SITE}/print-va ccinatie") == [f"{_SITE}/print-vaccinatie"]
    assert _found(f"{_SITE}/print-va ccinatie | Printportaal\n") == [f"{_SITE}/print-vaccinatie"]


def test_the_page_text_puts_the_rest_alone_on_the_next_line() -> None:
    text = f"Jouw opgehaalde vaccinaties \r\n{_SITE}/jouw-v\r\naccinaties \r\nGeheel proces\r\n"
    assert _found(text) == [f"{_SITE}/jouw-vaccinaties"]


_DOC = "https://web.portaal.example.nl/nl/besluit-over-de-aanvraag"  # 58 characters


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a remark after the address: capitalised, or more than one word, or a ground
        (f"Document | {_DOC} Openbaar\n", _DOC),
        (f"Document | {_DOC} deels openbaar\n", _DOC),
        (f"Document | {_DOC} 5.1.2e\n", _DOC),
        # a whole address: a file, or a path that ends in '/'
        (f"Document | {_SITE}/besluit.pdf openbaar\n", f"{_SITE}/besluit.pdf"),
        (f"Document | {_SITE}/besluit/ openbaar\n", f"{_SITE}/besluit/"),
        # too short for a cell to cut
        ("Website | https://www.example.nl/over openbaar\n", "https://www.example.nl/over"),
        # prose: no cell around the address, no line of its own
        (f"Zie {_DOC} hiervoor.\n", _DOC),
        (f"Zie {_DOC}\nhier staat het besluit.\n", _DOC),
        (f"Zie {_DOC} inderdaad\n", _DOC),
    ],
)
def test_near_misses_keep_the_address_as_printed(text: str, address: str) -> None:
    assert _found(text) == [address]


def test_a_line_of_its_own_followed_by_a_capitalised_label_is_not_joined() -> None:
    text = "https://www.rijksoverheid.example.nl/ministeries/volksgezondheid\nKenmerk\n"
    assert _found(text) == ["https://www.rijksoverheid.example.nl/ministeries/volksgezondheid"]


@pytest.mark.parametrize(
    "text",
    [
        # a contact block and a bank account under a letter (a Woo-released letter's footer)
        "Ref.: 20.023/MJ/MR\nT 0703376200\ninfo@example.nl\nNL15 ABNA 0513 5446 74\nBIC: ABNANL2A",
        "KvK 40412403\nPostbus 262\n2260 AG Leidschendam",
        # a product manual's numbers: a standard, a section, a document number, a date
        "Voldoet aan EN 50291-1: 2018\n5.1 Verwijder de unit van de muur.",
        "Document nr.: CBFC28_MN_NL | Revision nr. : 2 | Revision date: 22-09-2021",
        # an accessibility report's guideline and success criterion numbers
        "Richtlijn 1.1: Tekstalternatieven\nSuccescriterium 1.4.10: Reflow",
        # a cabinet form's number and dates
        "Formulier nummer 20200612-01\nDatum aanbieding 24-09-2020, 1,5 meter",
    ],
)
def test_round55_near_misses_stay_clean(text: str) -> None:
    assert [(h.type, h.normalized) for h in find_in_text(text) if h.type != "kenmerk"] == []


_UUID_DOC = "https://open.overheid.example.nl/documenten/0e1baa05-7d67-4087-9c2b-5d1e8f3a2b1c"


@pytest.mark.parametrize("gap", [" ", "\r\n", "\n"])
@pytest.mark.parametrize("cut", [4, 12])
def test_a_uuid_cut_short_goes_on_with_the_digits_that_make_it_whole(gap: str, cut: int) -> None:
    head, tail = _UUID_DOC[: len(_UUID_DOC) - cut], _UUID_DOC[len(_UUID_DOC) - cut :]
    text = f"Archief | {head}{gap}{tail}\nVolgende | tekst\n"
    assert _found(text) == [_UUID_DOC]


@pytest.mark.parametrize(
    "text",
    [
        f"Archief | {_UUID_DOC} abc1\nVolgende | tekst\n",  # a whole UUID ends its piece
        f"Archief | {_UUID_DOC[:-4]} 12345\nVolgende | tekst\n",  # too many for the last group
        # a hash cut short goes on with hex digits only, not with a word
        "Archief | https://x.example.nl/file/fd6f85cea0ab7148d981d81 beleid\nVolgende | tekst\n",
    ],
)
def test_a_uuids_near_misses_stay_cut(text: str) -> None:
    assert _found(text) == [text.split(" | ", 1)[1].split()[0]]
