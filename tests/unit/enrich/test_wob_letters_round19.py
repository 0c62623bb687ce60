"""Classes a blind set of Wob decision letters showed (gold19): names broken over a line, the
chambers named with one 'Kamer', a list of bodies running into the next sentence."""

from __future__ import annotations

import pytest

from services.enrich.enricher import entities_in_text


def _orgs(text: str) -> list[tuple[str, str]]:
    return [
        (" ".join(text[m.start : m.end].split()), m.canonical)
        for m in entities_in_text(text)
        if m.type == "organization"
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("De wet is aangenomen door de Tweede en Eerste Kamer. Daarna", "Tweede", "Eerste Kamer"),
        ("waarover de Eerste en de Tweede Kamer zijn geïnformeerd", "Eerste", "Tweede Kamer"),
    ],
)
def test_both_chambers_with_one_kamer(text: str, first: str, second: str) -> None:
    canon = {
        "Tweede": "Tweede Kamer der Staten-Generaal",
        "Eerste": "Eerste Kamer der Staten-Generaal",
    }
    assert _orgs(text) == [
        (first, canon[first]),
        (second, canon[second.split()[0]]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "de Tweede en de derde Kamer van het gebouw",
        "in de Tweede en Eerste lezing",
        "de Tweede en Tweede Kamer",
    ],
)
def test_no_chamber_without_its_kamer(text: str) -> None:
    assert all(t not in ("Tweede", "Eerste") for t, _ in _orgs(text))


def test_a_list_of_gemeenten_ends_at_the_line() -> None:
    text = "stukken van de gemeenten Zundert en Woensdrecht\nOok zijn documenten gevonden."
    assert _orgs(text) == [
        ("Zundert", "Gemeente Zundert"),
        ("Woensdrecht", "Gemeente Woensdrecht"),
    ]


def test_a_gemeente_name_over_two_lines_goes_on() -> None:
    assert ("Den Haag", "Gemeente Den Haag") in _orgs("de gemeenten Delft en Den\nHaag besloten")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("overleg met de Keuringsdienst voor\nWaren over de monsters", "Keuringsdienst voor Waren"),
        ("een brief van de Inspectiedienst Zeeland aan de minister", "Inspectiedienst Zeeland"),
    ],
)
def test_a_compound_of_dienst_heads_a_name(text: str, name: str) -> None:
    assert name in [t for t, _ in _orgs(text)]


@pytest.mark.parametrize(
    "text", ["De Inlichtingendienst stuurt een brief", "zijn dienst begon om acht uur"]
)
def test_a_dienst_alone_is_no_name(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "de vennootschappen Noordzee Wind 2012 B.V., Delta Groei Fund LP en Kaap & Co v.o.f.",
            ["Noordzee Wind 2012 B.V.", "Delta Groei Fund LP", "Kaap & Co v.o.f."],
        ),
        ("een dochter van Rijnmond Holdings Ltd. in Londen", ["Rijnmond Holdings Ltd."]),
    ],
)
def test_firms_by_their_legal_form(text: str, names: list[str]) -> None:
    assert [t for t, _ in _orgs(text)] == names


@pytest.mark.parametrize(
    "text",
    ["de plaat verscheen als LP in 1975", "in 2005 B.V. opgericht", "het CV van de kandidaat"],
)
def test_no_firm_without_a_name_before_its_form(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "overleg tussen het ministerie en Stichting Wegwijs \nNederland over de kosten",
            "Stichting Wegwijs Nederland",
        ),
        ("gesprekken met Veilig Verkeer \nNederland en de politie", "Veilig Verkeer Nederland"),
    ],
)
def test_a_national_body_wrapped_before_nederland(text: str, name: str) -> None:
    assert name in [t for t, _ in _orgs(text)]


def test_an_address_block_ending_in_nederland_is_no_body() -> None:
    text = "Directie Zuid\nRijnstraat 8\n2515 XP Den Haag\nNederland\nwww.example.nl"
    assert all("Nederland" not in t for t, _ in _orgs(text))


def _enriched_orgs(text: str) -> list[str]:
    from services.enrich.enricher import enrich
    from stukken.contracts import Segment, SegmentedDocument

    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    return [e.canonical for e in enrich(doc)[1] if e.type == "organization"]


def test_a_directorate_named_after_a_body_is_not_the_body() -> None:
    text = "Directoraat-Generaal\nPolitie en\nVeiligheidsregio's\nPostbus 100\n2500 AA Den Haag"
    assert "Politie" not in _enriched_orgs(text)


def test_the_body_itself_is_still_named() -> None:
    assert "Politie" in _enriched_orgs("de Directie Wetgeving schreef aan de Politie een brief")


def test_a_heading_before_a_sentence_on_nederland_is_no_body() -> None:
    text = "- Gezonde bodem.\r\nLandbouw en Voedsel\r\nNederland is koploper in landbouw."
    assert all("Nederland" not in t for t, _ in _orgs(text))


def test_a_list_of_gemeenten_ends_before_the_next_sentence_run_into_it() -> None:
    text = "Stukken van de gemeenten Zundert en Woensdrecht Naast de eerder genoemde stukken"
    assert _orgs(text) == [
        ("Zundert", "Gemeente Zundert"),
        ("Woensdrecht", "Gemeente Woensdrecht"),
    ]


def test_a_firm_whose_year_went_to_the_next_line() -> None:
    assert ("Noordzee Media & Telecom 2005 B.V.") in [
        t for t, _ in _orgs("de dochters Noordzee Media & Telecom \n2005 B.V., en anderen")
    ]


def test_a_firm_wrapped_in_a_sentence_keeps_its_first_line() -> None:
    text = "het belang in dochter Noordzee Haven\nGroup NV (en haar rechtsvoorgangers)"
    assert "Noordzee Haven Group NV" in [t for t, _ in _orgs(text)]


def test_an_address_block_line_is_no_part_of_the_firm_below_it() -> None:
    names = [t for t, _ in _orgs("Havenbedrijf\nNoordzee Haven B.V.\nPostbus 12")]
    assert "Noordzee Haven B.V." in names
    assert all("Havenbedrijf Noordzee" not in n for n in names)
