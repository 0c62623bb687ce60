"""An unknown member of a run of three or more names beside a known body, where the list rule
cannot read the run (bench/enrich/orgs17.md): names wrapped over lines in an inventory's cells, a
member that holds a known body with more words, commas only, or a name with a capital inside.
Sentences are our own; near misses beside each case."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # an inventory's cells: the run wraps over lines, its first member holds a known body
        ("Afstemming testlocaties Deels openbaar NVWA IenW, Bootgilde en\nRijkswaterstaat\n7.",
         "Bootgilde"),
        # a name with a capital inside, which is neither an abbreviation nor a word
        ("Aan het overleg namen het RIVM, de NVWA en KustLab deel.", "KustLab"),
        # the last member after 'en' and a line break
        ("Betrokken waren RWS, NVWA en\nZeeVaart.", "ZeeVaart"),
        # commas only, two known bodies in the run
        ("E-mail over de planning 5.1.2e LNV, EZK,\nRVO, Veenpunt, IPO,\n12 bijlage", "Veenpunt"),
    ],
)  # fmt: skip
def test_member_of_a_run_beside_a_known_body(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name goes on in lower case: its first word alone is none
        ("Verzonden aan IenW, WUR, Kroes maritiem advies, NVWA en RWS.", "Kroes"),
        # a word's second half after a line-end hyphen
        ("Overleg met RIVM, BIJ12, provincie Noord\u2010\nBrabant, RWS en LNV.", "Brabant"),
        # a directorate's portfolio, not a list of bodies
        ("De Directie Financiën, Bedrijfsvoering en Huisvesting van het RIVM.", "Bedrijfsvoering"),
        # an adjective shared with the next member's noun
        ("Contact: NVWA, Bestuurlijke en Juridische Zaken, RIVM.", "Bestuurlijke"),
        # a page's label with its number after a list
        ("Holland Casino, de Kansspelautoriteit,\nPagina 2 van 3", "Pagina"),
        # commas only with one known body: a reference's parts
        ("Zuidvelde, Tussenrapport, Planbureau voor de Leefomgeving, 3 mei 2021", "Tussenrapport"),
        ("Zuidvelde, Tussenrapport, Planbureau voor de Leefomgeving, 3 mei 2021", "Zuidvelde"),
        # a person with initials in the run
        ("Het verslag ging naar RIVM, J. Koster en de NVWA.", "Koster"),
        # a pair beside a body and no preposition: alongside.py's, and not taken
        ("Mailwisseling Deels openbaar Bootgilde en IenW", "Bootgilde"),
    ],
)  # fmt: skip
def test_run_near_misses(text: str, name: str) -> None:
    assert not any(name in o for o in organisations(text))
