"""Round 69 (persons69, issue #12): what a blind set of meeting lists, colophons, Kamer papers and
Wob rulings showed about persons. A committee's composition with an office after a party's
bracket; particles of two capitalised words and a curled apostrophe; a double surname's hyphen
before a joined line's space; two given names before a particle; a given name before initials;
the next cell's label after an initialled name; a clerk's name without its comma; initials with
the given name in brackets; a second word that is the next person's initial or a degree. With
the near misses that stay as they were. Sentences and names are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one


def persons(text: str) -> list[str]:
    return [e.text for e in enrich_one(text) if e.type == "person"]


def canonicals(text: str) -> list[str]:
    return [e.canonical for e in enrich_one(text) if e.type == "person"]


# --- a Kamer committee's composition --------------------------------------------------------------

_COMPOSITION = (
    "1 Samenstelling:\nLeden: Jorritsma (VVD), Aalberts (PvdA), voorzitter, Grifhorst (CDA), "
    "Van ’t Wolde (D66), ondervoorzitter, van Stoel (SP), Kerkwijk (GroenLinks)\n"
    "Plv. leden: Brommert (VVD), Ter Stroet (D66) en Ploegmakers (PvdA)"
)


@pytest.mark.parametrize(
    "name",
    ["Jorritsma", "Aalberts", "Grifhorst", "Van ’t Wolde", "van Stoel", "Kerkwijk", "Brommert",
     "Ter Stroet", "Ploegmakers"],
)  # fmt: skip
def test_a_committees_composition_names_its_members(name: str) -> None:
    assert name in persons(_COMPOSITION)


def test_the_chairs_office_in_the_composition_is_no_member() -> None:
    assert not any("voorzitter" in p for p in persons(_COMPOSITION))


def test_a_composition_of_bodies_stays_without_persons() -> None:
    # no 'Samenstelling: Leden:' label: a list of bodies with their short forms names no one
    text = "De werkgroep bestond uit: Rijkswaterstaat (RWS), Prorail (PR) en Kadaster (KAD)."
    assert persons(text) == []


def test_a_plain_curled_apostrophe_particle_after_a_title() -> None:
    assert persons("Het woord is aan mevrouw Van ’t Hoogerhuys.") == ["Van ’t Hoogerhuys"]


# --- particles of two capitalised words -----------------------------------------------------------


def test_initials_and_a_two_word_capitalised_particle() -> None:
    text = "secretaris: de heer J.M.G. In den Brenk adjunct-directeur: mevrouw K. Uit den Boom"
    assert persons(text) == ["J.M.G. In den Brenk", "K. Uit den Boom"]


def test_in_den_after_a_name_is_no_particle_of_the_next() -> None:
    # lower-case 'in den' is the old phrase, not a particle: no name is read from it
    assert persons("Het overleg met de heer Valkhof vond plaats in den Haag.") == ["Valkhof"]


# --- a double surname's hyphen before a space -----------------------------------------------------


def test_a_double_surname_with_a_space_after_its_hyphen() -> None:
    text = "DEELNEMERS mevrouw M.L.C. Bloemert- Gansekoele, de heer C. Bos"
    assert persons(text) == ["M.L.C. Bloemert- Gansekoele", "C. Bos"]


def test_a_hyphen_before_a_lower_case_word_ends_the_name() -> None:
    assert persons("De provincies Noord- en Zuid-Holland stemden in.") == []


# --- given names ----------------------------------------------------------------------------------


def test_two_given_names_before_a_particle() -> None:
    assert persons("Auteur: ir. Anna Maria van Eschweiler") == ["Anna Maria van Eschweiler"]
    # a first word the given-name list does not know is left out
    assert persons("Auteur: ir. Gemeentelijk Pieter van Esch") == ["Pieter van Esch"]


def test_an_office_is_no_second_given_name() -> None:
    text = "de heer Brouwerius Staatssecretaris van Financiën, mevrouw Oostland"
    assert persons(text) == ["Brouwerius", "Oostland"]


# --- the next cell's label after an initialled name -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Programmabestuurder: Dhr. H. Koetsveld Overleg gevoerd met: Kim Spee", "H. Koetsveld"),
        ("Goedgekeurd door : Dr. ir. Aad J. Oomsveld Paraaf goedgekeurd : Contact", "Oomsveld"),
        ("directeur : mevrouw M.H. Leenders-Stalman Afwezig met bericht", "Leenders-Stalman"),
    ],
)  # fmt: skip
def test_a_label_after_an_initialled_name_is_no_part_of_it(text: str, name: str) -> None:
    found = persons(text)
    assert any(p.endswith(name) for p in found)
    assert not any(p.endswith(("Overleg", "Paraaf", "Afwezig")) for p in found)


def test_a_second_surname_at_the_lines_end_stays() -> None:
    # 'Peeters Weem' at the line's end: no lower-case word follows, no label opens
    assert "L.I. Keijzer-Peeters Weem" in persons("Drs. L.I. Keijzer-Peeters Weem\nDhr. E. Kamp")


# --- a clerk's name without its comma -------------------------------------------------------------


def test_a_clerks_name_after_the_committee_without_a_comma() -> None:
    text = (
        "De voorzitter van de commissie, Nepveu\nAdjunct-griffier van de commissie Clemenko\nVragen"
    )
    assert persons(text) == ["Nepveu", "Clemenko"]


@pytest.mark.parametrize(
    "line",
    ["De griffier van de commissie Financiën", "De griffier van de commissie Onderwijs",
     "De voorzitter van de commissie Justitie en Veiligheid"],
)  # fmt: skip
def test_a_committees_own_name_after_the_office_is_no_person(line: str) -> None:
    assert persons(f"Vastgesteld 1 mei 2013\n{line}\nVragen en opmerkingen") == []


# --- initials with the given name in brackets -----------------------------------------------------


def test_initials_with_the_given_name_in_brackets() -> None:
    text = "Leden\nA.L.E. (Alfons) Arbeek VVD\nR. (Raymond) de Roode PVV\n"
    assert persons(text) == ["A.L.E. (Alfons) Arbeek", "R. (Raymond) de Roode"]
    assert canonicals(text) == ["Alfons Arbeek", "Raymond de Roode"]


@pytest.mark.parametrize(
    "text",
    ["Zie A.B. (red.) Handboek Wonen, p. 4.", "Zie J. (VVD) en K. (CDA) in de tabel.",
     "Zie A. (Amsterdam) Utrecht in de tabel."],
)  # fmt: skip
def test_a_bracket_after_initials_holding_no_given_name_names_no_one(text: str) -> None:
    assert not any("(" in p for p in persons(text))


# --- a second word that is the next person's initial or a degree ----------------------------------


def test_a_run_of_initialled_names_without_separators() -> None:
    text = "Rapport juni 2015 drs. R. Weverling J.P.A. Kroesen J. de Witteveen MSc"
    assert persons(text) == ["R. Weverling", "J.P.A. Kroesen", "J. de Witteveen"]


def test_a_degree_after_the_name_is_no_part_of_it() -> None:
    text = "Auteurs: Drs. Ing. M.P.M. Schoonhoven MCDm Mevr. G.A.J. Beekers Datum: 21 januari 2016"
    assert persons(text) == ["M.P.M. Schoonhoven", "G.A.J. Beekers"]


def test_a_surname_of_two_words_after_a_given_name_stays_whole() -> None:
    assert persons("De heer Piet IJzerveld en mevrouw Anna Janszoon.") == [
        "Piet IJzerveld",
        "Anna Janszoon",
    ]


# --- written after the held-aside scoring ---------------------------------------------------------


def test_the_eerste_kamers_absent_members_after_berichten_van_verhindering() -> None:
    text = (
        "Ik deel aan de Kamer mede dat zijn ingekomen berichten van verhindering van de leden:\n\n"
        "Zwagerveld, De Vries-Leggenaar en Dupré, wegens verblijf buitenslands;\n\n"
        "Strikwerda, wegens ziekte.\n\nDeze berichten worden voor kennisgeving aangenomen."
    )
    assert persons(text) == ["Zwagerveld", "De Vries-Leggenaar", "Dupré", "Strikwerda"]


def test_berichten_van_verhindering_without_members_names_no_one() -> None:
    text = "Er zijn berichten van verhindering van de gemeente Ede, wegens de storm."
    assert persons(text) == []


def test_a_double_surname_with_a_space_between_hyphen_and_particle() -> None:
    text = "De klankbordgroep: Mw. A. Kramer- van Kraaijenoord Provincie Gelderland"
    assert "A. Kramer- van Kraaijenoord" in persons(text)


def test_a_hyphen_with_a_space_before_a_lower_case_word_stays_out() -> None:
    # a hyphen before 'en' (an elided compound) keeps the words out, as before
    assert persons("Mw. A. Kramer- en Handelsregister") == []


def test_a_table_column_gap_ends_the_name() -> None:
    text = (
        "Aanwezig:  Dhr. M. Vuilsteker                Kloetinge (voorzitter)\n"
        "           Mevr. S. Huisduinen               Wolphaartsdijk\n"
    )
    found = persons(text)
    assert [p.split()[-1] for p in found] == ["Vuilsteker", "Huisduinen"]


def test_a_second_word_a_space_away_stays_the_surnames() -> None:
    assert "J. Bruinsma Slotboom" in persons("Aanwezig: J. Bruinsma Slotboom, A. Steenberg.")
