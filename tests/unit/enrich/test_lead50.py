"""Session 50 (lead): a joint paper cited with a slash; the EU treaties and the Charters by article.

Notes and rulings cite a joint letter as 'Kamerstukken II 2019/20, 29 754/27 925, nr. 369'; main
read the first dossier alone (kst-29754) where the same citation with 'en' gave its paper. As every
joint citation, it is the first dossier's paper. Near misses: no number, no label, an amount.

'artikel 63 VWEU', 'artikel 107, eerste lid, van het VWEU' and the EU's and UN's Charters were read
as nothing: no table held the treaties. A bare 'Handvest' is either Charter: read as neither.
"""

from __future__ import annotations

import pytest

from services.enrich.references import find_in_text


def _ids(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "kamerstuk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie Kamerstukken II 2019/20, 29 754/27 925, nr. 369.", ["kst-29754-369"]),
        # The second dossier with its budget chapter.
        ("Kamerstukken II 2014/15, 27 926/31 200 XVIII, nr. 122", ["kst-27926-122"]),
        ("(Kamerstuk 29754/27925, nr. 369)", ["kst-29754-369"]),
        # Spaces around the slash, two numbers.
        (
            "Kamerstukken II 2019/20, 29 754 / 27 925, nrs. 369 en 370",
            ["kst-29754-369", "kst-29754-370"],
        ),
        # An Eerste Kamer letter as before (refs46).
        ("Kamerstukken I 2023/24, 36154/35555, B", ["kst-36154-B"]),
    ],
)
def test_joint_citation_with_a_slash(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An amount.
        "EUR 29 754/27 925, nr. 369",
    ],
)
def test_an_amount_is_no_joint_paper(text: str) -> None:
    assert "kst-29754-369" not in _ids(text)


def test_slash_pair_without_number_is_no_paper() -> None:
    assert "kst-29754-369" not in _ids("Kamerstukken II 2019/20, 29 754/27 925.")


def _articles(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "law_article"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "vrij verkeer van kapitaal (artikel 63 VWEU, artikel 56 EG-Verdrag)",
            ["VWEU art. 63", "EG-Verdrag art. 56"],
        ),
        ("steun op grond van artikel 107, eerste lid, van het VWEU", ["VWEU art. 107 lid 1"]),
        ("artikel 4, derde lid, VEU", ["VEU art. 4 lid 3"]),
        (
            "artikel 47 van het Handvest van de grondrechten van de Europese Unie",
            ["EU-Handvest art. 47"],
        ),
        (
            "een beroep op artikel 51 van het Handvest van de Verenigde Naties",
            ["VN-Handvest art. 51"],
        ),
        ("artikel 2 van het Handvest van de VN", ["VN-Handvest art. 2"]),
    ],
)
def test_treaty_articles(text: str, expected: list[str]) -> None:
    assert _articles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Which Charter is not said.
        "artikel 47 van het Handvest",
        # A directive, not the EC Treaty.
        "artikel 3 EG-richtlijn 2006/123",
        # No article's number.
        "het VWEU en het VEU zijn van toepassing",
    ],
)
def test_treaty_near_misses(text: str) -> None:
    assert not [
        a
        for a in _articles(text)
        if a.split()[0] in {"VWEU", "VEU", "EG-Verdrag", "EU-Handvest", "VN-Handvest", "Handvest"}
    ]


def _organisations(text: str) -> list[str]:
    from services.enrich.enricher import enrich
    from stukken.contracts import Segment, SegmentedDocument

    doc = SegmentedDocument(segments=[Segment(id="s0", kind="paragraph", page=1, text=text)])
    return [e.canonical for e in enrich(doc)[1] if e.type == "organization"]


# A directorate named in prose, in lower case, after the portfolio it serves is the directorate,
# not the Dutch ministry of that name.
@pytest.mark.parametrize(
    "text",
    [
        "het directoraat-generaal Defensie en Ruimte van de Europese Commissie",
        "De directie Financiën van de gemeente stuurde een brief.",
    ],
)
def test_a_directorate_in_prose_is_no_ministry(text: str) -> None:
    assert not [c for c in _organisations(text) if c.startswith("Ministerie van")]


def test_the_ministry_beside_a_directorate_word_is_still_read() -> None:
    found = _organisations("een brief van Defensie aan de directie van het bedrijf")
    assert "Ministerie van Defensie" in found


def _entities(text: str) -> list[tuple[str, str]]:
    from services.enrich.enricher import enrich
    from stukken.contracts import Segment, SegmentedDocument

    doc = SegmentedDocument(segments=[Segment(id="s0", kind="paragraph", page=1, text=text)])
    return [(e.type, e.canonical) for e in enrich(doc)[1]]


# An agenda's or a besluitenlijst's fields, one per line: the label that opens a line ('Commissie:')
# is no word of a name on the line before, and a room named after a person is no person.
def test_a_label_line_takes_no_word_from_the_line_before() -> None:
    found = _entities("Zaal: Suze Groenewegzaal\nCommissie: Financiën")
    assert not [c for t, c in found if "Groenewegzaal" in c]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name wrapped at a line's end is still one name.
        ("de Stichting\nVluchteling heeft gebeld", ("organization", "Stichting Vluchteling")),
        # A name on its own line before a label line.
        ("Stichting Vluchteling\nAdres: Den Haag", ("organization", "Stichting Vluchteling")),
        ("De vergadering is in de Thorbeckezaal met Jan de Vries.", ("person", "Jan de Vries")),
    ],
)
def test_names_beside_label_lines_are_kept(text: str, expected: tuple[str, str]) -> None:
    assert expected in _entities(text)


# speed50 found the completion of an address OCR cut inside its last word chosen from a set: with
# two whole addresses that fit, the hash seed chose. The first printed is taken now.
@pytest.mark.parametrize("first", ["https://a.nl/x/index", "https://a.nl/x/index-b"])
def test_a_cut_address_is_completed_by_the_first_whole_one_printed(first: str) -> None:
    from services.enrich.references import urls

    other = ({"https://a.nl/x/index", "https://a.nl/x/index-b"} - {first}).pop()
    found = [("https://a.nl/x/in", " ndex- en verder"), (first, " en"), (other, " en")]
    assert urls.cut_paths(found) == {"https://a.nl/x/in": first}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report's list of papers without their label (an AO's verslag).
        ("inzake huurprijzen (27 926/31 200 XVIII, nr. 122);", ["kst-27926-122"]),
        # The second dossier a two-digit sub-dossier, after 'en'.
        ("(Kamerstukken 30 821 en 21 501-20, nr. 73);", ["kst-30821-73"]),
        # The first a sub-dossier, without a label.
        ("(21 501-20/30 821, nr. 73)", ["kst-21501-20-73"]),
    ],
)
def test_joint_papers_without_label_or_with_a_sub_dossier(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text",
    ["de verhouding 1/31 200, nr. 5", "Postbus 20 350/21 400, nr. 3", "EUR 27 926/31 200, nr. 2"],
)
def test_slash_near_misses(text: str) -> None:
    assert _ids(text) == []


# Firms and charities named once with no cue (curated-lead50-2026 rows); a common word and a
# product stay no body.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het satellietnetwerk van SpaceX en Deutsche Telekom", ["SpaceX", "Deutsche Telekom"]),
        ("in gesprek met Wereld Natuur Fonds over ontbossing", ["Wereld Natuur Fonds"]),
        ("Volgens het WNF en foodwatch is dat niet zo.", ["Wereld Natuur Fonds", "Foodwatch"]),
    ],
)
def test_firms_and_charities_named_once(text: str, expected: list[str]) -> None:
    found = _organisations(text)
    assert all(name in found for name in expected), found


@pytest.mark.parametrize(
    "text",
    ["Het signal van de markt is helder.", "Een Signal-groep en een Starlink-terminal."],
)
def test_common_words_and_products_are_no_firms(text: str) -> None:
    assert _organisations(text) == []


# The airline holding is its own body, however the dash or slash is printed; KLM beside it is KLM.
@pytest.mark.parametrize(
    "text",
    ["aandelen in Air France – KLM en KLM", "Air France/KLM en KLM", "Air France - KLM en KLM"],
)
def test_the_airline_holding_and_its_airline(text: str) -> None:
    assert _organisations(text) == ["Air France-KLM", "KLM"]


# A list of portfolios ('de bewindslieden van X, Y en Z'): its unknown member is a portfolio too.
def test_a_list_of_portfolios_names_no_body_beside_its_ministries() -> None:
    text = (
        "mede namens de bewindslieden van Economische Zaken, Binnenlandse Zaken en "
        "Koninkrijksrelaties, Wonen en Rijksdienst, Veiligheid en Justitie en Defensie"
    )
    found = _organisations(text)
    assert "Wonen" not in found and "Rijksdienst" not in found
    assert "Ministerie van Defensie" in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Ministries by their abbreviations: a list of bodies.
        ("overleg met BZK, EZK en ABDO over de rijksdienst", "ABDO"),
        # A firm beside ministries keeps its reading.
        ("overleg met Financiën, Defensie en Wavin", "Wavin"),
        ("met Financiën, Defensie, Justitie en Veiligheid en de Stichting Foo", "Stichting Foo"),
    ],
)
def test_bodies_beside_ministries_are_kept(text: str, body: str) -> None:
    assert body in _organisations(text)
