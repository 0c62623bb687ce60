"""What a blind batch of decentral, advisory and stakeholder texts showed (gold47): a list of bodies
announced by their plural kind ('de zorgaanbieders A, B en C'); a run of capitals cut after its
'en'. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations, people

# -- a list a plural kind of body announces: every member is a body ------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ook tekenden de zorgaanbieders Zonnehof, KWB, Trias zorg, De Linde GGZ en Rivierzorg "
            "het convenant.",
            ["Zonnehof", "KWB", "Trias zorg", "De Linde GGZ", "Rivierzorg"],
        ),
        (
            "Er zijn afspraken met de huurdersverenigingen Brugwacht en Oosterpoort Wonen.",
            ["Brugwacht", "Oosterpoort Wonen"],
        ),
        (
            "Namens de corporatiedirecteuren van Woonveste, Stichting Havenkwartier en De Bolder "
            "sprak de voorzitter.",
            ["Woonveste", "Stichting Havenkwartier", "De Bolder"],
        ),
        (
            "De jeugdzorgaanbieders Kompaan, Lindehof of Horizonzorg nemen deel.",
            ["Kompaan", "Lindehof", "Horizonzorg"],
        ),
    ],
)
def test_a_list_announced_by_a_kind_of_body_holds_bodies(text: str, names: list[str]) -> None:
    found = organisations(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # one name is no list
        ("De bedrijven Zonnehof zijn gesloten.", "Zonnehof"),
        # persons with initials in the members' place
        ("De bestuurders van A. Kwast en B. Molenaar spraken.", "A. Kwast"),
        # a plural kind that is no body's: no list after it
        ("De woningen Zonnehof en Lindehof zijn klaar.", "Lindehof"),
        # municipalities are left to the gemeente rule
        ("De gemeenten Zonnedorp en Lindedorp tekenden.", "Lindedorp"),
        # points of the compass: parts of a region
        ("De ziekenhuizen Noord en Zuid fuseren.", "Noord"),
        # sentence words after the kind word
        ("Er zijn zes instellingen Ook en Daarnaast genoemd.", "Daarnaast"),
        # the list's last member ends at its last capitalised word
        ("de organisaties Kompaan en Lindehof het convenant", "Lindehof het"),
    ],
)
def test_no_bodies_where_the_kind_word_announces_no_list(text: str, absent: str) -> None:
    assert absent not in organisations(text)


def test_the_last_member_stops_before_the_next_sentence() -> None:
    found = organisations("met de huurdersverenigingen Brugwacht en Oosterpoort Wonen. De ...")
    assert "Oosterpoort Wonen" in found
    assert not any(name.endswith(". De") for name in found)


# -- a run of capitals cut after its 'en' ends in no conjunction ----------------------------------


def test_a_name_ends_before_a_conjunction() -> None:
    found = organisations("met Woonveste, Woningstichting Lindedorp en De Bolder de afspraken")
    assert "Woningstichting Lindedorp" in found
    assert "Woningstichting Lindedorp en" not in found


def test_two_bodies_joined_by_en_stay_two() -> None:
    found = organisations("Stichting Zonnehof en Vereniging Lindehof tekenden.")
    assert "Stichting Zonnehof" in found
    assert "Vereniging Lindehof" in found


# -- a role in apposition after a person names the body they serve ------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Dat zei Karel van den Bosch, directeur van Woonveste, gisteren.", "Woonveste"),
        ("A.B. Kramer, voorzitter Rvz.", "Rvz"),
        ("mr. P.Q. van Dam, directeur-bestuurder Havenkwartier, tekende.", "Havenkwartier"),
        ("Lotte de Wit, voorzitter van het bestuur van Samen-in-Zuid, opende.", "Samen-in-Zuid"),
        ("Timo van Leeuwen, oprichter van Buurtkracht, vertelt.", "Buurtkracht"),
    ],
)
def test_a_role_in_apposition_names_a_body(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A.B. Kramer, voorzitter Rvz.", "Rvz"),
        ("mr. P.Q. van Dam, directeur-bestuurder Havenkwartier, tekende.", "Havenkwartier"),
    ],
)
def test_the_body_after_a_role_is_no_person(text: str, name: str) -> None:
    assert name not in people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ilse van Roon, voorzitter van het bestuur van Buurtkracht, opende.", "Ilse van Roon"),
        ("Armin de Gast, oprichter van Buurtkracht, vertelt.", "Armin de Gast"),
    ],
)
def test_a_given_name_particle_and_surname_before_a_role_is_a_person(
    text: str, person: str
) -> None:
    assert person in people(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a place after the role is no body ('voorzitter van Utrecht' is no apposition's body)
        ("Karel van den Bosch, voorzitter van Utrecht, sprak.", "Utrecht"),
        # no person before the comma
        ("Na de vergadering, voorzitter Lindehof, volgt de stemming.", "Lindehof"),
        # the role without a comma before it is the title rule's
        ("De heer Kramer en voorzitter Jansen spraken.", "Jansen"),
        # a body's name before the comma is no given name and particle
        ("Stichting de Hoop, directeur Lindehof, sprak.", "Lindehof"),
    ],
)
def test_no_body_without_a_person_in_apposition(text: str, absent: str) -> None:
    assert absent not in organisations(text)


# -- initials: the digraph IJ is one; a listed double surname after initials ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "De werkgroep bestond uit mw. D.IJ.W. de Wolff-Kramer en anderen.",
            "D.IJ.W. de Wolff-Kramer",
        ),
        ("IJ.M. Hoekstra tekende namens het bestuur.", "IJ.M. Hoekstra"),
        ("H.J.E. Bruins Slot, voorzitter van de commissie.", "H.J.E. Bruins Slot"),
    ],
)
def test_initials_with_ij_and_double_surnames(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a second capitalised word that makes no listed double surname is the next word
        ("S.A.J. Rijsdijk Voorzitter", "S.A.J. Rijsdijk"),
        ("H.J.E. Bruins Kamp stond op de lijst.", "H.J.E. Bruins"),
    ],
)
def test_no_second_surname_word_unless_listed(text: str, name: str) -> None:
    assert name in people(text)


# -- listed bodies under the forms texts use -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "De dijkgraaf van De Stichtse Rijnlanden sprak.",
            "Hoogheemraadschap De Stichtse Rijnlanden",
        ),
        (
            "Hij was dijkgraaf bij Schieland en de Krimpenerwaard.",
            "Hoogheemraadschap van Schieland en de Krimpenerwaard",
        ),
        ("De transportschaarste bij Tennet en Enexis.", "TenneT"),
        ("met het Inter Provinciaal Overleg gesproken", "Interprovinciaal Overleg"),
        ("het advies van de Rfv", "Raad voor de financiële verhoudingen"),
    ],
)
def test_listed_bodies_in_their_other_forms(text: str, body: str) -> None:
    assert body in organisations(text)


def test_a_region_of_a_water_board_alone_is_no_board() -> None:
    assert "Hoogheemraadschap van Schieland en de Krimpenerwaard" not in organisations(
        "De Krimpenerwaard is een polder."
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a list of titled persons: the role titles the next person
        ("Dat zeiden directeur-generaal Smeets, projectleider Bakker en anderen.", "Bakker"),
        ("Aanwezig: A. Jansen, voorzitter B. Kramer en C. Bos.", "B. Kramer"),
    ],
)
def test_a_role_in_a_list_of_persons_titles_the_next(text: str, person: str) -> None:
    assert person in people(text)
    assert person not in organisations(text)


# -- written questions named by their asker and 'cs' ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Schriftelijke vragen Brouwers cs inzake het stroomnet", "Brouwers"),
        ("Vragen Kuipers c.s. over de brug", "Kuipers"),
    ],
)
def test_questions_by_a_surname_cum_suis(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["De vragen Provincie cs over de brug", "vragen Kamer c.s."])
def test_no_asker_where_a_body_word_stands(text: str) -> None:
    assert people(text) == []


def test_the_justice_inspectorates_short_name_is_no_ministry() -> None:
    found = organisations("De Inspectie Justitie en Veiligheid (Inspectie JenV) onderzoekt.")
    assert "Ministerie van Justitie en Veiligheid" not in found
    assert "Inspectie Justitie en Veiligheid" in found


# -- a council meeting page's header and attendance table ---------------------------------------

_MEETING = (
    "Forumverslag 1-2-2020\nVoorzitter\nK Brandsma\nGriffier\nT. de Lange\n"
    "Aanwezig namens Naam\nGroenLinksR Hofstede\nSPA.B. van Wijk\nPvdAC.C.C. Mulder\n"
    "LokaalbelangE. van Dam - de Vries\nD66\nLijst van Vliet\n\nVerslag van de vergadering\n"
)


@pytest.mark.parametrize(
    "name",
    [
        "K Brandsma",
        "T. de Lange",
        "R Hofstede",
        "A.B. van Wijk",
        "C.C.C. Mulder",
        "E. van Dam - de Vries",
    ],
)
def test_a_meeting_pages_header_and_attendance_name_persons(name: str) -> None:
    assert name in people(_MEETING)


@pytest.mark.parametrize(
    "text",
    [
        # a label's next line that is no name
        "Voorzitter\nJa 35%\nGriffier\nDe heer\n",
        # party cells without a name, and rows after the table's end
        "Aanwezig namens Naam\nD66\nLijst van Vliet\n\nGroenLinksR Hofstede\n",
        # a party glued to initials outside such a table
        "GroenLinksR Hofstede stemde tegen.\n",
    ],
)
def test_no_meeting_persons_without_the_pages_cues(text: str) -> None:
    assert "R Hofstede" not in people(text)
    assert not any(p in ("Ja", "De heer", "Lijst van Vliet") for p in people(text))


# -- after the held-out pages: a firm's founder with a lower-case particle; water board offices ----


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Het werk is gegund aan Piet de Graaf N.V. Het werk start.", "Piet de Graaf N.V."),
        ("De opdracht ging naar Klaas van der Meer B.V. in Zwolle.", "Klaas van der Meer B.V."),
    ],
)
def test_a_firm_named_after_its_founder_keeps_the_particle(text: str, firm: str) -> None:
    assert firm in organisations(text)


def test_a_particle_after_no_given_name_joins_no_firms_name() -> None:
    found = organisations("Uittreksel Kamer van Koophandel Groenveld Tuinen B.V. is bijgevoegd.")
    assert "Groenveld Tuinen B.V." in found
    assert not any(name.endswith("B.V.") and "Koophandel" in name for name in found)


def test_a_lower_case_particle_opens_no_firms_name() -> None:
    found = organisations("Bij de Graaf N.V. werkt hij al jaren.")
    assert "Graaf N.V." in found
    assert not any(name.startswith("de ") for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heemraad Van Dorp ondertekende de overeenkomst.", "Van Dorp"),
        ("Volgens hoogheemraad Jansen is de dijk veilig.", "Jansen"),
    ],
)
def test_water_board_officers_are_titled(text: str, name: str) -> None:
    assert name in people(text)
    assert not any(name in org for org in organisations(text))


def test_a_water_board_officer_without_a_name_is_no_person() -> None:
    assert people("De heemraad van het waterschap sprak.") == []


# -- a council or committee named after the law it advises on -----------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Hoewel de Awb-adviescommissie van PS en GS adviseert, besluiten GS anders.",
            "Awb-adviescommissie",
        ),
        ("De Wmo-adviesraad gaf een ongevraagd advies.", "Wmo-adviesraad"),
        ("Het verslag van de Wmo-raad ligt ter inzage.", "Wmo-raad"),
    ],
)
def test_a_body_named_after_a_law(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Een Woo-verzoeker vroeg om documenten.",  # a person asking, no body
        "De Wmo-commissievergadering is verplaatst.",  # a meeting
        "De ABC-commissie vergaderde.",  # no listed law before the hyphen
    ],
)
def test_no_body_after_a_law_without_a_councils_word(text: str) -> None:
    assert organisations(text) == []


def test_the_salvation_armys_probation_foundation_is_one_body() -> None:
    found = organisations(
        "Werkzaam zijn het Leger des Heils, Jeugdbescherming en Reclassering, Reclassering "
        "Nederland en Stichting Verslavingsreclassering GGZ."
    )
    assert "Leger des Heils Jeugdbescherming & Reclassering" in found
    assert "Jeugdbescherming" not in found
    assert "Reclassering" not in found


def test_a_short_form_after_a_role_is_the_body_whose_initials_it_spells() -> None:
    text = "Het advies van de Raad voor het openbaar bestuur. A.B. Kramer, voorzitter Rob."
    assert organisations(text).count("Raad voor het Openbaar Bestuur") == 2
    assert "Rob" not in organisations(text)


def test_a_short_form_no_body_in_the_text_spells_stays_as_printed() -> None:
    assert "Rvz" in organisations("A.B. Kramer, voorzitter Rvz.")
