"""Round 61 (letters61, issue #12): Kamerbrieven and answers of several ministries, 2015-2025.
A reference's label after a motion's word is no member's name, committees and English names in
Dutch runs, bodies named in brackets after their kind, motions joined to their member by a
hyphen in the plural, and a signed document's word before 'X Nederland'; with the near misses
that stay as they were."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def found(text: str, kind: str) -> list[str]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return [e.text for e in enrich(doc)[1] if e.type == kind]


# --- a reference's label after 'motie(s)' is no surname -------------------------------------


def test_a_kamerstuk_after_moties_is_no_person() -> None:
    text = (
        "Ik ga hierbij in op de moties Kamerstuk 32 793, nr. 176 (Dik-Faber), Kamerstuk 32 793, "
        "nr. 181 (Wolbert) en Kamerstuk 32 793, nr. 185 (Wolbert)."
    )
    people = found(text, "person")
    assert "Kamerstuk" not in people
    assert {"Dik-Faber", "Wolbert"} <= set(people)


@pytest.mark.parametrize("label", ["Kamerstukken", "Handelingen", "Aanhangsel", "Stcrt"])
def test_other_labels_after_a_motion_are_no_person(label: str) -> None:
    assert found(f"Zie de motie {label} II 2019/20, nr. 12 over de zorg.", "person") == []


def test_a_motion_named_after_its_member_stays_a_person() -> None:
    assert found("De motie Omtzigt over de toeslagen is aangenomen.", "person") == ["Omtzigt"]


# --- a 'Comité' heads a body's name ------------------------------------------------------------


def test_a_comite_heads_a_dutch_body() -> None:
    text = "Bent u bekend met de brief van het Nederlands Juristen Comité voor de Mensenrechten?"
    assert found(text, "organization") == ["Nederlands Juristen Comité voor de Mensenrechten"]


@pytest.mark.parametrize("text", ["In het comité zitten vijf leden.", "Comité: de leden"])
def test_the_word_alone_is_no_body(text: str) -> None:
    assert found(text, "organization") == []


# --- an English name ends before Dutch 'en' ------------------------------------------------------


def test_an_english_foundation_and_a_dutch_body_are_two() -> None:
    text = (
        "Op 25 september 2018 heeft Wemos, mede ondersteund door WECF, The Plastic Soup "
        "Foundation en Tegengif, de petitie aangeboden."
    )
    bodies = found(text, "organization")
    assert "The Plastic Soup Foundation" in bodies and "Tegengif" in bodies
    assert not any(" en " in b for b in bodies)


def test_a_dutch_name_keeps_its_en() -> None:
    text = "De Raad voor Cultuur en de Stichting Kunst en Cultuur adviseren."
    assert "Stichting Kunst en Cultuur" in found(text, "organization")


# --- bodies in brackets after their kind, in a run beside two known ones ---------------------


def test_the_unknown_members_of_a_bracketed_run_are_bodies() -> None:
    text = (
        "Ik heb afspraken gemaakt met de brancheorganisaties van supermarkten (CBL), "
        "producenten (FNLI), horeca (KHN) en cateraars (Veneca)."
    )
    assert {"CBL", "FNLI", "KHN", "Veneca"} <= set(found(text, "organization"))


@pytest.mark.parametrize(
    "text",
    [
        # one known body only: no run of bodies
        "afspraken met supermarkten (CBL), producenten (FNLI) en cateraars (Veneca) gemaakt",
        # two items: a pair, no run
        "afspraken met supermarkten (CBL) en horeca (KHN), en cateraars zonder naam",
        # people in brackets after their office
        "de minister (Kuipers), de staatssecretaris (Van Ooijen) en de voorzitter (Bosma)",
    ],
)
def test_runs_that_name_no_new_bodies(text: str) -> None:
    bodies = set(found(text, "organization"))
    assert not bodies & {"FNLI", "Veneca", "Kuipers", "Van Ooijen", "Bosma"}


def test_a_place_in_a_bracketed_run_stays_a_place() -> None:
    text = "supermarkten (CBL), producenten (Nederland) en horeca (KHN) tekenden"
    assert "Nederland" not in found(text, "organization")


# --- motions joined to their member by a hyphen, in the plural ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("twee door de Kamer aangenomen moties-Koffeman c.s.5 over datacenters", "Koffeman"),
        ("de amendementen-Omtzigt over de toeslagen", "Omtzigt"),
        ("de motie-Omtzigt over de toeslagen", "Omtzigt"),
    ],
)
def test_a_motion_joined_by_a_hyphen_names_its_member(text: str, name: str) -> None:
    assert found(text, "person") == [name]


def test_a_joined_motion_on_a_subject_names_no_one() -> None:
    assert found("de moties-Wob in de lijst", "person") == []


# --- a signed document's word before a body's name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("12. Manifest MVO Nederland", "MVO Nederland"),
        ("het Convenant Bouwend Nederland is getekend", "Bouwend Nederland"),
        ("de Petitie Amnesty International Nederland", "Amnesty International Nederland"),
    ],
)
def test_a_documents_word_is_no_part_of_the_body(text: str, body: str) -> None:
    assert found(text, "organization") == [body]


def test_a_body_named_for_the_country_stays_whole() -> None:
    assert found("Brandweer Nederland en Vluchtelingenwerk Nederland", "organization") == [
        "Brandweer Nederland",
        "Vluchtelingenwerk Nederland",
    ]


# --- a Kamerstuk's number line is no word of its dossier's title (found at the held-out scoring)


def test_the_number_line_under_a_dossier_title_is_no_part_of_a_name() -> None:
    text = "21 501-07 Raad voor Economische en Financiële Zaken\nNr. 1784 VERSLAG VAN EEN DEBAT"
    assert not any("Nr" in b for b in found(text, "organization"))


def test_a_body_whose_line_ends_before_its_number_stays_whole() -> None:
    assert found("De Raad van State\nNr. 12", "organization") == ["Raad van State"]
