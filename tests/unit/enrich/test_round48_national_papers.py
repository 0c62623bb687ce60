"""What a blind batch of national government papers showed (gold48): a Kamerstuk label glued to
its dossier; 'de Rekenkamer' in a paper to parliament whose running footer a web page dropped; a
court's region printed without its hyphen; the King's cabinet under its former name; a state
secretary's portfolio after the office. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import enrich_one, organisations, people


def _references(text: str) -> list[str]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return [r.normalized for r in enrich(doc)[0]]


# -- a Kamerstuk label glued to its dossier -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "de brief van de minister d.d. 7 november 2019 inzake de woningmarkt (Kamerstuk32 847, "
            "nr. 578);",
            ["kst-32847-578"],
        ),
        ("Zie Kamerstukken29 383, nrs. 12 en 14.", ["kst-29383-12", "kst-29383-14"]),
        ("Eerder gemeld (Kamerstuk36 200 VI, nr. 12).", ["kst-36200-VI-12"]),
    ],
)
def test_a_kamerstuk_label_glued_to_its_dossier_cites_it(text: str, wanted: list[str]) -> None:
    found = _references(text)
    for ident in wanted:
        assert ident in found


@pytest.mark.parametrize(
    "text",
    [
        # a dossier without its number after a glued label: a footnote's number may be glued
        "Het Kamerstuk32 847 is nog niet verschenen.",
        # a dossier's shape after another word is no citation
        "Het pakket AB32 847, nr. 5 is geleverd.",
        "Kamerstukken2024 en verder.",
    ],
)
def test_no_glued_label_no_citation(text: str) -> None:
    assert not any(r.startswith("kst-") for r in _references(text))


# -- 'de Rekenkamer' in a paper to parliament without its running footer -------------------------

_LIST_HEAD = (
    "36 740 XVI Jaarverslag en slotwet 2024\nNr. 7\nLIJST VAN VRAGEN EN ANTWOORDEN\n"
    "Vastgesteld 13 juni 2025\n"
)
_LETTER_HEAD = (
    "Nr. 12 BRIEF VAN DE MINISTER\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _LIST_HEAD + "Daarbij nemen we de aanbeveling van de Rekenkamer mee.",
        _LETTER_HEAD + "Zoals de Rekenkamer in haar rapport schreef, is dat nodig.",
        "Aanhangsel van de Handelingen\nVragen van het lid Jansen.\n"
        "Heeft de Rekenkamer dit onderzocht?",
    ],
)
def test_the_court_of_audit_in_a_paper_to_parliament(text: str) -> None:
    assert "Algemene Rekenkamer" in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        # no heading of a paper to parliament: which court of audit is meant is left alone
        "Daarbij nemen we de aanbeveling van de Rekenkamer mee.",
        # the paper also names another court of audit
        _LIST_HEAD + "De Europese Rekenkamer en de Rekenkamer rapporteerden beide.",
        _LETTER_HEAD + "De lokale rekenkamer en de Rekenkamer van de gemeente zijn bezorgd.",
        # a heading's words inside a sentence are no heading
        "Zie nr. 7, een brief van de wethouder. De Rekenkamer is bezorgd.",
    ],
)
def test_no_paper_to_parliament_or_another_court_named(text: str) -> None:
    assert "Algemene Rekenkamer" not in organisations(text)


def test_a_regional_court_of_audit_is_not_the_national_one() -> None:
    found = organisations(_LETTER_HEAD + "De Randstedelijke Rekenkamer onderzocht het.")
    assert "Algemene Rekenkamer" not in found


# -- a court's region printed without its hyphen ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "tegen de uitspraak van de rechtbank MiddenNederland van 28 juni 2021",
            "Rechtbank Midden-Nederland",
        ),
        ("De Rechtbank NoordHolland oordeelde anders.", "Rechtbank Noord-Holland"),
    ],
)
def test_a_listed_name_whose_hyphen_was_lost(text: str, name: str) -> None:
    assert name in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        # the region alone, hyphen lost, is no body
        "Het weer in MiddenNederland was goed.",
        # a lower-case second part is no lost hyphen of a listed name
        "de rechtbank Middennederland",
    ],
)
def test_no_lost_hyphen_no_body(text: str) -> None:
    assert "Rechtbank Midden-Nederland" not in organisations(text)


# -- the King's cabinet under its name before 2013 -------------------------------------------------


def test_the_kings_cabinet_under_its_former_name() -> None:
    text = "een notitie over de positie van het Kabinet der Koningin."
    assert "Kabinet van de Koning" in organisations(text)


def test_the_cabinet_of_ministers_is_not_the_kings_cabinet() -> None:
    text = "Het kabinet der ministers besloot dat de Koningin de wet tekent."
    assert "Kabinet van de Koning" not in organisations(text)


# -- a state secretary's portfolio after the office ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "overleg met de Minister en de Staatssecretaris Langdurige en Maatschappelijke Zorg over",
        "De Staatssecretaris Herstel en Toeslagen schrijft de Kamer.",
        "namens de Staatssecretaris Fiscaliteit, Belastingdienst en Douane",
        "De Staatssecretaris Participatie en Integratie antwoordt.",
    ],
)
def test_a_portfolio_after_the_office_names_no_one(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("overleg met Staatssecretaris Van Ooijen over de zorg", "Van Ooijen"),
        ("Antwoord van Staatssecretaris Heijnen (Infrastructuur en Waterstaat)", "Heijnen"),
        ("De Minister Kuipers en de Staatssecretaris Karremans spraken.", "Karremans"),
    ],
)
def test_a_surname_after_the_office_is_still_a_person(text: str, name: str) -> None:
    assert any(p.endswith(name) for p in people(text))


# -- members: a double surname with a particle after the hyphen; 'van de X-fractie' -------------


def test_a_member_list_goes_on_past_a_particle_after_a_hyphen() -> None:
    text = (
        "Aanwezig zijn vier leden der Kamer, te weten: Nijboer, Nijkerken-de Haan, Van Nispen "
        "en Omtzigt,"
    )
    assert people(text) == ["Nijboer", "Nijkerken-de Haan", "Van Nispen", "Omtzigt"]


def test_a_double_surname_with_particles_in_a_member_list() -> None:
    found = people("Vragen van de leden Van Veldhoven-van der Meer en Jansen (D66).")
    assert found == ["Van Veldhoven-van der Meer", "Jansen"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Antwoorden op vragen van het lid Smaling van de SP-fractie over staal", "Smaling"),
        ("Vragen van het lid Bontenbal van het CDA-smaldeel zijn beantwoord.", "Bontenbal"),
    ],
)
def test_a_member_of_a_named_group_is_the_member(text: str, name: str) -> None:
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "De leden van de GroenLinks-PvdA-fractie vragen dit.",
        "Ook de leden van de VVD-fractie hebben vragen.",
        "De Kamerleden van de SP-fractie stemden tegen.",
    ],
)
def test_a_party_group_alone_names_no_member(text: str) -> None:
    assert people(text) == []


# -- a speaker and the party she speaks for: 'mevrouw Kröger van GroenLinks' ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dan geef ik het woord aan mevrouw Kröger van GroenLinks.", "Kröger"),
        ("Dan geef ik het woord aan mevrouw Kröger van de PvdA.", "Kröger"),
    ],
)
def test_the_party_after_a_speakers_name_is_no_part_of_it(text: str, name: str) -> None:
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname after 'van de' that is no party's name
        ("Het woord is aan de heer Jan van de Berg.", "Jan van de Berg"),
        ("Het woord is aan mevrouw Ine van den Broek.", "Ine van den Broek"),
        ("Het woord is aan de heer Bram van Ojik.", "Bram van Ojik"),
    ],
)
def test_a_surname_after_van_stays_the_persons(text: str, name: str) -> None:
    assert people(text) == [name]


# -- a ministry's budget chapter in parentheses is no abbreviation ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en "
        "Koninkrijksrelaties (VII) voor het jaar 2016. Hoofdstuk VII is klaar.",
        "de begrotingsstaten van het Ministerie van Economische Zaken en Klimaat (XIII) voor 2020",
    ],
)
def test_a_budget_chapter_is_no_abbreviation_of_the_ministry(text: str) -> None:
    printed = [e.text for e in enrich_one(text) if e.type == "organization"]
    assert "VII" not in printed and "XIII" not in printed


def test_an_abbreviation_of_roman_letters_beyond_the_chapters_is_still_defined() -> None:
    text = "De Stichting Centrum Vitaal (CVI) opende. Later zei de CVI dat het goed ging."
    printed = [e.text for e in enrich_one(text) if e.type == "organization"]
    assert "CVI" in printed
