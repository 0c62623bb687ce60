"""What a blind batch of decentral texts showed (gold51): a flattened members table ran a name into
the next cell's courtesy title or label; a title's rule read a body's kind word as a given name;
a regional body's plural announced regions as if they were names; a firm named '<name> Studios'
and a besluitenlijst's heading over a request were misread. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations, people

# -- a name ran into the next cell ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        ("Leden: Mevrouw drs. Anke van Dorsten Mevrouw ir. Petra Hulsman De heer Kees Mol",
         "Anke van Dorsten", "Anke van Dorsten Mevrouw"),
        ("Secretaris: Mevrouw B. Wolters Secretariaat: Postbus 12, Venlo",
         "B. Wolters", "B. Wolters Secretariaat"),
        ("Voorzitter: De heer drs. Kees Mol Dhr. Jan Brink", "Kees Mol", "Kees Mol Dhr."),
    ],
)  # fmt: skip
def test_a_person_stops_before_the_next_cell(text: str, name: str, wrong: str) -> None:
    found = people(text)
    assert name in found
    assert wrong not in found


def test_a_body_stops_before_a_label_and_its_colon() -> None:
    found = organisations("Rekenkamer Venlo Samenstelling: De heer drs. Kees Mol (voorzitter)")
    assert "Rekenkamer Venlo" in found
    assert "Rekenkamer Venlo Samenstelling" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a label word without its colon is a word of the name
        ("Het rapport van de Commissie Samenstelling Pakket is verschenen.",
         "Commissie Samenstelling Pakket"),
        # 'Heer' ends a surname ('De Heer'): not a courtesy title here
        ("Het verslag is opgesteld door wethouder Jan de Heer.", "Jan de Heer"),
    ],
)  # fmt: skip
def test_near_misses_keep_their_last_word(text: str, name: str) -> None:
    assert name in people(text) + organisations(text)


# -- a body's kind word before the name a title's rule took ---------------------------------------


def test_the_person_after_a_body_kind_word() -> None:
    found = people("ontvangen door de algemeen directeur Veiligheidsregio Joost van Hemert.")
    assert "Joost van Hemert" in found
    assert not any(p.startswith("Veiligheidsregio") for p in found)


def test_a_title_before_a_plain_name_is_untouched() -> None:
    assert "Joost van Hemert" in people("ontvangen door de algemeen directeur Joost van Hemert.")


# -- a regional body's plural names regions -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De veiligheidsregio’s Gooi en Vechtstreek en Flevoland werken samen.",
        "De veiligheidsregio's Twente en IJsselland delen een meldkamer.",
        "De GGD'en Hollands Noorden en Zaanstreek-Waterland testen samen.",
    ],
)
def test_regions_after_a_regional_plural_are_no_bodies(text: str) -> None:
    found = organisations(text)
    for region in ("Gooi", "Vechtstreek", "Twente", "IJsselland", "Hollands Noorden"):
        assert region not in found


def test_a_plural_of_other_bodies_still_announces_names() -> None:
    found = organisations("De ziekenhuizen Brakeloord en Wendelhof werken samen.")
    assert "Brakeloord" in found
    assert "Wendelhof" in found


# -- '<name> Studios' is a firm; a heading over a request ------------------------------------------


def test_a_name_before_studios_is_a_firm() -> None:
    assert "Bakkerveld Studios" in organisations(
        "Een subsidie van € 5.000 gaat naar Bakkerveld Studios voor het project."
    )


def test_studio_alone_names_no_firm() -> None:
    assert "Studio Sport" not in organisations("Het verslag was te zien in Studio Sport gisteren.")


def test_a_request_heading_is_no_word_of_the_name() -> None:
    found = organisations(
        "Subsidieaanvraag Hanzeland Instituut\n\nHet college besluit over de aanvraag van het "
        "Hanzeland Instituut."
    )
    assert "Subsidieaanvraag Hanzeland Instituut" not in found
    assert "Hanzeland Instituut" in found


# -- an initialled person after a chair's field on a flattened agenda line -------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aanvang : 19.30 uur Plaats : Raadzaal Voorzitter : K. Brink Portefeuillehouder Onderwerp",
         "K. Brink"),
        ("Aanvang : 20.00 uur Secretaris : P.J. van der Wal Portefeuillehouder Onderwerp",
         "P.J. van der Wal"),
    ],
)  # fmt: skip
def test_an_initialled_person_after_a_chair_field(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        # no initials: the next cell's label may be the name's last word
        "Plaats : kapel Voorzitter : Dagelijks Bestuur Onderwerp Opmerkingen",
        # not a person's field
        "Kenmerk : K. 2010-12 Onderwerp : Begroting",
    ],
)
def test_no_person_from_other_fields(text: str) -> None:
    assert people(text) == []


# -- held-out: the trade organisation's bodies, a regulation's title, two rows ------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het Productschap Tuinbouw en het Productschap Vee en Vlees maakten bezwaar.",
         "Productschap Vee en Vlees"),
        ("Bedrijfschap Afbouw heeft een regeling vastgesteld.", "Bedrijfschap Afbouw"),
        # a regulation's title before the body: the body's name
        ("(Subsidieverordening Bedrijfschap Zeevisserij) Het bestuur van het Bedrijfschap "
         "Zeevisserij;", "Bedrijfschap Zeevisserij"),
        ("De NVRR zoekt een ervaren onderzoeker.",
         "Nederlandse Vereniging van Rekenkamers en Rekenkamercommissies"),
        ("brandweer, GHOR (Geneeskundige Hulporganisatie in de Regio), politie", "GHOR"),
    ],
)  # fmt: skip
def test_held_out_bodies(text: str, name: str) -> None:
    assert name in organisations(text)


def test_a_regulation_title_is_no_word_of_the_name() -> None:
    found = organisations("(Subsidieverordening Bedrijfschap Zeevisserij) Het bestuur besluit.")
    assert not any(f.startswith("Subsidieverordening") for f in found)


def test_the_common_noun_names_no_body() -> None:
    assert organisations("Het bedrijfschap verstrekt subsidie aan de productschappen.") == []


def test_no_cut_ghor_long_form() -> None:
    found = organisations("brandweer, GHOR (Geneeskundige Hulporganisatie in de Regio), politie")
    assert "Geneeskundige Hulporganisatie" not in found
