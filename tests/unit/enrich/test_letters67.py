"""Round 67 (letters67, issue #12): what letters66 left. A listed body named inside its listed
organ's name; a Kamer's committee named with its Kamer's number; a land's adjective after a title
read as a surname; a speaker named in a page's title before the meeting. With the near misses
that stay as they were. Sentences are our own."""

from __future__ import annotations

from tests.unit.enrich.found import enrich_one


def persons(text: str) -> list[str]:
    return [e.text for e in enrich_one(text) if e.type == "person"]


def bodies(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich_one(text) if e.type == "organization"]


# --- a body named inside its organ's name ---------------------------------------------------------


def test_the_body_an_organ_belongs_to_is_found_beside_it() -> None:
    text = "Zij sprak tijdens de 74ste zitting van de Algemene Vergadering van de Verenigde Naties."
    assert bodies(text) == [
        (
            "Algemene Vergadering van de Verenigde Naties",
            "Algemene Vergadering van de Verenigde Naties",
        ),
        ("Verenigde Naties", "Verenigde Naties"),
    ]


def test_a_programme_of_the_union_names_the_union_too() -> None:
    found = bodies("Dat staat in het rapport van het Hof van Justitie van de Europese Unie.")
    assert ("Europese Unie", "Europese Unie") in found
    assert found[0][1] == "Hof van Justitie van de Europese Unie"


def test_a_body_by_its_abbreviation_stays_the_organs_short_form() -> None:
    assert bodies("Zo oordeelde het Hof van Justitie van de EU in 2021.") == [
        ("Hof van Justitie van de EU", "Hof van Justitie van de Europese Unie")
    ]


def test_a_body_inside_a_compound_stays_the_compounds() -> None:
    assert bodies("De VN-Veiligheidsraad sprak er niet over.") == [
        ("VN-Veiligheidsraad", "VN-Veiligheidsraad")
    ]


def test_an_unlisted_organ_names_only_the_body() -> None:
    # 'Raad van Bestuur' is no listed organ: the body after it is found as before, once
    assert bodies("De Raad van Bestuur van de Nederlandse Zorgautoriteit besloot.") == [
        ("Nederlandse Zorgautoriteit", "Nederlandse Zorgautoriteit")
    ]


# --- a Kamer's committee named with its Kamer -----------------------------------------------------


def test_the_eerste_kamercommissie_with_its_first_word() -> None:
    found = bodies("De Eerste Kamercommissie voor Koninkrijksrelaties wacht op antwoord.")
    assert [t for t, _ in found] == ["Eerste Kamercommissie voor Koninkrijksrelaties"]


def test_the_tweede_kamercommissie_with_its_first_word() -> None:
    found = bodies("De Tweede Kamercommissie voor Financiën wacht op de minister.")
    assert found == [("Tweede Kamercommissie voor Financiën", "Vaste commissie voor Financiën")]


def test_a_kamercommissie_without_a_number_stays_as_it_was() -> None:
    found = bodies("De Kamercommissie voor Financiën wacht op de minister.")
    assert found == [("Kamercommissie voor Financiën", "Vaste commissie voor Financiën")]


def test_a_number_glued_to_another_word_is_no_kamers() -> None:
    # 'Eerste' must stand as a word before it: no widening over 'de eerste'
    found = bodies("Dat was de eerste Kamercommissie voor Financiën die het vroeg.")
    assert [t for t, _ in found] == ["Kamercommissie voor Financiën"]


# --- a land's adjective after a title -------------------------------------------------------------


def test_a_lawyers_law_is_no_surname() -> None:
    assert persons("Volgens een jurist Nederlands recht is dat niet toegestaan.") == []
    assert persons("Zij vroeg een advocaat Europees recht om advies.") == []


def test_a_listed_surname_of_that_form_stays_a_person() -> None:
    assert persons("De minister Engels zei dat het kon.") == ["Engels"]


def test_a_listed_surname_before_a_law_is_the_law() -> None:
    assert persons("Zij vroeg een advocaat Engels recht om advies.") == []


def test_the_adjective_at_a_sentences_end_stays_as_it_was() -> None:
    # no lower-case word after it to qualify: the rule says nothing
    assert persons("Het advies kwam van jurist Nederlands.") == ["Nederlands"]


def test_a_name_after_the_adjectives_noun_is_found() -> None:
    assert persons("Dat zei de hoogleraar Europees recht Jansen gisteren.") == ["Jansen"]


# --- a speaker in a page's title ------------------------------------------------------------------


def test_a_speakers_contribution_titled_by_her_surname() -> None:
    text = "Bijdrage Ouwehand AO Landbouw- en Visserijraad\n\nVoorzitter, de visserij ..."
    assert persons(text) == ["Ouwehand"]


def test_a_surname_with_particles_in_a_title() -> None:
    assert persons("Inbreng Van der Staaij notaoverleg Defensie\nVoorzitter.") == ["Van der Staaij"]


def test_a_title_naming_no_listed_member_names_no_one() -> None:
    assert persons("Bijdrage Gemeentefonds AO\nDe bijdrage stijgt.") == []


def test_a_title_without_a_meeting_names_no_one() -> None:
    assert persons("Bijdrage Ouwehand\nVoorzitter.") == []


def test_a_contribution_inside_a_sentence_is_not_a_title() -> None:
    assert persons("De Bijdrage Ouwehand AO was kort.") == []
