"""Organisations named by their context, and the register- and list-derived names."""

import pytest

from services.enrich.enricher import entities_in_text


def orgs(text: str) -> list[tuple[str, str]]:
    return [
        (text[m.start : m.end], m.canonical)
        for m in entities_in_text(text)
        if m.type == "organization"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("volgens de gemeente Rotterdam", [("gemeente Rotterdam", "Gemeente Rotterdam")]),
        # A regional body's region may stand on the next line; a sentence after it is no region.
        (
            "het voornemen GGD \r\nHollands Noorden tot",
            [("GGD \r\nHollands Noorden", "Gemeentelijke Gezondheidsdienst Hollands Noorden")],
        ),
        ("aldus de GGD\nDe cijfers", [("GGD", "GGD")]),
        (
            "de NVZ, de NFU en de GGD'en",
            [
                ("NVZ", "Nederlandse Vereniging van Ziekenhuizen"),
                ("NFU", "Nederlandse Federatie van Universitair Medische Centra"),
                ("GGD", "GGD"),
            ],
        ),
        ("de gemeente Zwolle-Noord", [("gemeente Zwolle-Noord", "Gemeente Zwolle-Noord")]),
        (
            "Vluchtelingenwerk Nederland en Amnesty International Nederland",
            [
                ("Vluchtelingenwerk Nederland", "VluchtelingenWerk Nederland"),
                ("Amnesty International Nederland", "Amnesty International Nederland"),
            ],
        ),
        ("Volgens Brandweer Nederland is", [("Brandweer Nederland", "Brandweer Nederland")]),
        (
            "stichting Salu pa Tur en Fundashon Bos di Hubentut",
            [
                ("stichting Salu pa Tur", "Stichting Salu pa Tur"),
                ("Fundashon Bos di Hubentut", "Fundashon Bos di Hubentut"),
            ],
        ),
        ("de aanbieder Zorgkracht B.V. meldt", [("Zorgkracht B.V.", "Zorgkracht B.V.")]),
        ("KRO-NCRV en Zorgvisie meldden", [("KRO-NCRV", "KRO-NCRV"), ("Zorgvisie", "Zorgvisie")]),
        (
            "GGNet, Parnassia en Buurtzorg",
            [("GGNet", "GGNet"), ("Parnassia", "Parnassia Groep"), ("Buurtzorg", "Buurtzorg")],
        ),
        (
            "de Jeugdautoriteit en ENTSO-E",
            [
                ("Jeugdautoriteit", "Jeugdautoriteit"),
                ("ENTSO-E", "European Network of Transmission System Operators for Electricity"),
            ],
        ),
        ("de Omgevingsdienst Twente", [("Omgevingsdienst Twente", "Omgevingsdienst Twente")]),
    ],
)
def test_context_and_register_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "in Nederland en in Noord Nederland",
        "Heel Nederland doet mee",
        "Daarom Nederland niet",
        "de Europese Nederland-strategie",
        "Caribisch Nederland",
        "De gemeente heeft besloten",
        "Het Nederland van nu",
    ],
)
def test_context_near_misses(text: str) -> None:
    assert orgs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("f) Behandelingstraject Raad Gekwalificeerde meerderheid", []),
        ("Commissie De Commissie heeft", []),
        ("volgens Stichting De Hoop", [("Stichting De Hoop", "Stichting De Hoop")]),
    ],
)
def test_a_name_ends_at_its_organisation_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "het onderzoek vanuit het Radboud ziekenhuis onderbouwt",
            [("Radboud ziekenhuis", "Radboud ziekenhuis")],
        ),
        ("patiënten van het Maasstad Ziekenhuis", [("Maasstad Ziekenhuis", "Maasstad Ziekenhuis")]),
        ("Hierbij wordt het NEN-instituut genoemd", [("NEN-instituut", "NEN-instituut")]),
        (
            "het verzoek van de vaste Kamercommissie voor LNV om te reageren",
            [
                (
                    "vaste Kamercommissie voor LNV",
                    "Vaste commissie voor Landbouw, Natuur en Voedselkwaliteit",
                )
            ],
        ),
        ("Elk ziekenhuis moet", []),
        ("in het Amsterdamse ziekenhuis", []),
        # a committee's subject after an adjective and its head; the paper about it is no part
        (
            "a. Instellingsbesluit Ministeriële Commissie Taakstelling Rijksdienst",
            [
                (
                    "Ministeriële Commissie Taakstelling Rijksdienst",
                    "Ministeriële Commissie Taakstelling Rijksdienst",
                )
            ],
        ),
        ("De Europese Commissie Brussel", [("Europese Commissie", "Europese Commissie")]),
        # an act about a body whose name goes on in lower case names no body by its capitals
        ("De Instellingswet Adviescollege toetsing regeldruk regelt", []),
        ("3.1 Evaluatie Adviescollege toetsing regeldruk", []),
        # a body introduced by its abbreviation as an act does it
        (
            "is het Adviescollege toetsing regeldruk (afgekort tot ATR) ingesteld",
            [("ATR", "Adviescollege toetsing regeldruk")],
        ),
    ],
)
def test_hospitals_institutes_and_committees(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


def _announced(*cells: tuple[str, str]) -> list[tuple[str, str]]:
    from services.enrich.enricher import enrich
    from stukken.contracts import Segment, SegmentedDocument

    segs = [Segment(id=f"s{i}", kind=k, page=1, text=t) for i, (k, t) in enumerate(cells)]
    found = enrich(SegmentedDocument(segments=segs))[1]
    return [(e.segment_id, e.text) for e in found if e.type == "organization"]


def test_a_list_announced_as_organisations_names_one_per_item() -> None:
    # read as one page (the raw reading) and as the pipeline cuts it (an item a segment)
    intro = "ter afbakening is de volgende lijst van organisaties tot stand gekomen:"
    items = ["- ADE", "- Summer Dance Forever", "- Verenigde Nederlandse poppodia", "- VSCD"]
    names = ["ADE", "Summer Dance Forever", "Verenigde Nederlandse poppodia", "VSCD"]
    after = "In de brief van 5 oktober 2020 is de termijn verdaagd."
    for newline in ("\n", " \r\n"):  # as pdfium gives a page's lines
        one_page = _announced(("paragraph", newline.join([intro, *items, after])))
        assert [name for _, name in one_page] == names
    cut = _announced(("paragraph", intro), *[("list_item", i) for i in items], ("paragraph", after))
    assert cut == [(f"s{i + 1}", name) for i, name in enumerate(names)]


@pytest.mark.parametrize(
    "cells",
    [
        # parties are no organisations; a list not announced as bodies names none
        [("paragraph", "Wij spraken met de volgende partijen:"), ("list_item", "- Piet Hein")],
        [("paragraph", "De volgende punten:"), ("list_item", "- Aanleiding")],
        # the list ends at the first sentence
        [("paragraph", "de volgende organisaties:\nDit is geen naam van een organisatie.")],
    ],
)
def test_no_announced_list_no_names(cells: list[tuple[str, str]]) -> None:
    assert _announced(*cells) == []
