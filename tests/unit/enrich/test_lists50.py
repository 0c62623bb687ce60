"""lists50 (issue #12, point 4): organisations in lists, both ways.

Classes read off lists50's set L50 (besluitenlijsten, covenants' parties, consultation reports,
letters naming stakeholders): (1) a list most of whose members are bodies found otherwise holds
more bodies with longer names, where a word of the name says so ('het Wereld Natuur Fonds',
'Landschappen NL', 'Particuliere Windturbine Exploitanten'); (2) a list of those present names
each person's body in brackets ('A. Jansen (Stroming), B. de Wit (Deltares)'); (3) the Council's
configurations and the unions' sector bodies are named whole, so the portfolio words of the one
('Volksgezondheid en Consumentenzaken') and the federation inside the other ('FNV Spoor') are no
bodies of their own; (4) an abbreviation of a list of regions names no body ('Flevopolder,
Gelderland en Utrecht (FGU)'); (5) a Dutch name ends at 'en' before an English one ('Federatie
Particulier Grondbezit en Mobilisation for the Environment'). Texts our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies

# (text, a body that must be found as printed -> its canonical)
FOUND = [
    (
        "Gereageerd hebben Greenpeace, Milieudefensie, SoortenNL, de Waddenvereniging en het "
        "Wereld Natuur Fonds.",
        "Wereld Natuur Fonds",
        "Wereld Natuur Fonds",
    ),
    (
        "Kritiek kwam van IVN, de Vogelbescherming Nederland en Landschappen NL.",
        "Landschappen NL",
        "Landschappen NL",
    ),
    (
        "Getekend door Netbeheer Nederland, Holland Solar, Particuliere Windturbine Exploitanten, "
        "Energie-Nederland, REScoopNL.",
        "Particuliere Windturbine Exploitanten",
        "Particuliere Windturbine Exploitanten",
    ),
    (
        "Het gaat om Greenpeace, Milieudefensie en EnergieVanOns.",
        "EnergieVanOns",
        "EnergieVanOns",
    ),
    (
        "Auteurs: A. Jansen (Stroming), B. de Wit (Deltares), C. Bos (KWR Water), D. Smit (RWS).",
        "KWR Water",
        "KWR Water",
    ),
    (
        "Auteurs: A. Jansen (Stroming), B. de Wit (Deltares), C. Bos (KWR Water), D. Smit (RWS).",
        "Stroming",
        "Stroming",
    ),
    (
        "Het verslag van de Raad voor Vervoer, Telecommunicatie en Energie van 2 juni.",
        "Raad voor Vervoer, Telecommunicatie en Energie",
        "Raad Vervoer, Telecommunicatie en Energie",
    ),
    (
        "Het verslag van de Raad voor Werkgelegenheid en Sociaal Beleid, Volksgezondheid en "
        "Consumentenzaken van 10 maart.",
        "Raad voor Werkgelegenheid en Sociaal Beleid, Volksgezondheid en Consumentenzaken",
        "Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken",
    ),
    ("De bonden FNV Spoor, CNV Vakmensen en VVMC stellen een ultimatum.", "FNV Spoor", "FNV Spoor"),
    (
        "De bonden FNV Spoor, CNV Vakmensen en VVMC stellen een ultimatum.",
        "CNV Vakmensen",
        "CNV Vakmensen",
    ),
    (
        "De bonden FNV Spoor, CNV Vakmensen en VVMC stellen een ultimatum.",
        "VVMC",
        "Vereniging van Machinisten en Conducteurs",
    ),
    (
        "Aanwezig waren Agractie, LTO, Greenpeace, de Federatie Particulier Grondbezit en "
        "Mobilisation for the Environment.",
        "Federatie Particulier Grondbezit",
        "Federatie Particulier Grondbezit",
    ),
]


@pytest.mark.parametrize(("text", "printed", "canonical"), FOUND)
def test_body_found(text: str, printed: str, canonical: str) -> None:
    assert bodies(text).get(printed) == canonical


# (text, a list member that is no body: a portfolio's word, a place, a person, a common noun, a
# number; or a name cut short)
NOT_FOUND = [
    (
        "Het verslag van de Raad voor Werkgelegenheid en Sociaal Beleid, Volksgezondheid en "
        "Consumentenzaken van 10 maart.",
        "Consumentenzaken",
    ),
    ("21 501-33 Raad voor Vervoer, Telecommunicatie en Energie", "Raad voor Vervoer"),
    ("De bonden FNV Spoor, CNV Vakmensen en VVMC stellen een ultimatum.", "FNV"),
    ("De maatregelen netcongestie Flevopolder, Gelderland en Utrecht (FGU) volgen.", "FGU"),
    (
        "Gereageerd hebben Greenpeace, Milieudefensie, de Natuur- en Milieufederaties, SoortenNL "
        "en Natuur & Milieu.",
        "Milieufederaties",
    ),
    (
        "Aanwezig waren Agractie, LTO, Greenpeace, de Federatie Particulier Grondbezit en "
        "Mobilisation for the Environment.",
        "Mobilisation",
    ),
    (
        "Aanwezig waren Agractie, LTO, Greenpeace, de Federatie Particulier Grondbezit en "
        "Mobilisation for the Environment.",
        "Federatie Particulier Grondbezit en Mobilisation for the Environment",
    ),
    # a list of bodies and a programme, a place, a person: not every long member is a body
    (
        "Overleg met Greenpeace, Milieudefensie, Natuurmonumenten en Programma Natuur.",
        "Programma Natuur",
    ),
    (
        "Overleg met Greenpeace, Milieudefensie, Natuurmonumenten en Nieuw Amsterdam.",
        "Nieuw Amsterdam",
    ),
    ("Overleg met Greenpeace, Milieudefensie, Natuurmonumenten en Jan Fonds.", "Jan Fonds"),
    # a list of two known bodies and two long names is no list of bodies by majority
    (
        "Greenpeace, Wereld Natuur Fonds, Blauwe Zone en Groene Hart met Milieudefensie.",
        "Blauwe Zone",
    ),
    # attendance: a party, a role, a place, a number in brackets are no bodies
    ("A. Jansen (Deltares), B. de Wit (RWS), C. Bos (voorzitter), D. Smit (Utrecht).", "Utrecht"),
    ("A. Jansen (Deltares), B. de Wit (RWS), C. Bos (voorzitter), D. Smit (VVD).", "VVD"),
    ("A. Jansen (Deltares), B. de Wit (RWS), C. Bos (tel. 070-1234567).", "tel. 070-1234567"),
    # an office or a unit's field bracketed after a name is no body
    ("A. Jansen (Deltares), B. de Wit (RWS), C. Bos (Minister-President).", "Minister-President"),
    ("A. Jansen (Deltares), B. de Wit (RWS), C. Bos (Secretaris).", "Secretaris"),
    ("A. Jansen (Deltares), B. de Wit (RWS), C. Bos (Communicatie).", "Communicatie"),
    # the usual near misses beside a list of bodies
    ("Greenpeace, Milieudefensie en LTO: bel 070 123 45 67 of schrijf naar 2511 AB.", "2511 AB"),
    ("Greenpeace, Milieudefensie en LTO ontvingen € 1.250.000 op 3 maart 2024.", "€ 1.250.000"),
    ("Greenpeace, Milieudefensie en LTO zitten aan de Koningskade 4 te Den Haag.", "Koningskade"),
]


@pytest.mark.parametrize(("text", "printed"), NOT_FOUND)
def test_no_body(text: str, printed: str) -> None:
    assert printed not in bodies(text)


def test_list_of_places_abbreviated_stays_a_place() -> None:
    """A body named for its place keeps its reading: the rule cuts only a list of regions."""
    assert bodies("De Human Rights Defense Curaçao (HRDC) meldt dit.").get("HRDC") == (
        "Human Rights Defense Curaçao"
    )
