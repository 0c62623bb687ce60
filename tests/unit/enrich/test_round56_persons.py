"""What a blind round weighted to precision on answers, letters and Woo texts showed (persons56): an
office that ends its line reads the next line's bare word only as a listed surname (a note's or
form's next field: 'Nota aan de minister\\nAan: ...'), a minister's surname alone is no
interjection or a mail line's opening word ('Helder!', 'Helder, ik wacht'), 'P.O. Box' is no
initials, a motion's members joined by a space ('motie Asscher Jetten'), a trade before a name
('ondernemer Sywert van Lienden'), a document's type or a language after a given name ('Lotte
Jaarverslag', 'Frans Duits'), a mail header's display name without initials ('Van: Hanssen, Ron
<...>'), the portfolios after a plural office ('wethouders Zorg en Wonen') and an inventory row's
subject after an office ('Nota minister Kabinetsreactie Openbaar'), and a surname named alone with
its capitalised particle ('contact met Van Dam om ...'), not a body's ('commissie Van Zwol').
Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one


def _persons(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.canonical) for e in enrich_one(text) if e.type == "person"}


def _texts(text: str) -> set[str]:
    return {t for t, _ in _persons(text)}


def _canonicals(text: str) -> set[str]:
    return {c for _, c in _persons(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Nota aan de minister\nAan: Minister van Justitie en Veiligheid\nDatum: 5 april 2022",
        "Beslisnota voor de staatssecretaris\nInlichtingen bij 5.1.2e\nKenmerk 3912345",
        "Nota voor de minister\nStatus Definitief\nOpsteller 5.1.2e",
        "Nota voor de minister\nKernpunten Geen bijzonderheden.",
        "Memo aan de minister\nTelefoon 070-1234567",
        "Nota aan de minister-president\nOpsteller 5.1.2e",
        "Van: de directeur-generaal\nCc: de staatssecretaris\nKopie aan: SG\nParaaf minister\n"
        "Akkoord minister\nParaaf staatssecretaris",
        "Nota voor de minister\nZaaknummer 12\nClassificatie Departementaal vertrouwelijk",
    ],
)
def test_an_office_ending_its_line_takes_no_label_of_the_next(text: str) -> None:
    assert _persons(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Antwoord van Minister\nKuipers (Volksgezondheid, Welzijn en Sport).", "Kuipers"),
        ("Antwoord van staatssecretaris\nVan der Burg (Justitie en Veiligheid).", "Van der Burg"),
        ("Daarover sprak de minister\nHugo de Jonge met de GGD.", "Hugo de Jonge"),
        ("Het verslag noemt de burgemeester\nJ. Jansen als voorzitter.", "J. Jansen"),
        ("Wij spraken met de heer\nBoelhouwer over de wet.", "Boelhouwer"),
        ("Het advies van burgemeester Halsema volgt.", "Halsema"),
    ],
)
def test_a_name_after_an_office_at_a_line_end_still_reads(text: str, name: str) -> None:
    assert name in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Subject: RE: motie Jetten\nHelder, ik wacht dan even de uitkomst af.",
        "MMZS meldt: “Helder! Wellicht is een belletje toch handig.",
        "Hij antwoordde: Helder!",
    ],
)
def test_a_ministers_surname_as_an_interjection_or_a_mails_first_word_is_no_person(
    text: str,
) -> None:
    assert "Helder" not in _texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De brief van Grapperhaus is binnen.", "Grapperhaus"),
        ("Ik sprak gisteren met\nGrapperhaus over de wet.", "Grapperhaus"),
    ],
)
def test_a_ministers_surname_alone_still_reads(text: str, name: str) -> None:
    assert name in _texts(text)


@pytest.mark.parametrize(
    "text",
    ["P.O.Box 1, 3720 BA Bilthoven, the Netherlands", "Postal address: P.O. Box 20350"],
)
def test_a_post_office_box_is_no_initials(text: str) -> None:
    assert _persons(text) == set()


def test_initials_and_a_surname_still_read() -> None:
    assert "G.A. van der Steur" in _texts("Getekend door G.A. van der Steur, voorzitter.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bijlage: motie Asscher Jetten over scholen.docx", {"Asscher", "Jetten"}),
        ("Zie de motie Klaver-Westerveld over de zorg.", {"Klaver", "Westerveld"}),
    ],
)
def test_a_motions_members_joined_by_a_space_or_a_hyphen_split(text: str, names: set[str]) -> None:
    assert names <= _canonicals(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De motie Dik-Faber is aangenomen.", "Dik-Faber"),
        ("De motie Jasper van Dijk is aangenomen.", "Jasper van Dijk"),
    ],
)
def test_one_members_motion_stays_one_name(text: str, name: str) -> None:
    assert name in _canonicals(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het gaat om de mondkapjesdeal met ondernemer Sywert van Lienden.", "Sywert van Lienden"),
        ("Volgens zakenman Van den Boogaard klopt dat niet.", "Van den Boogaard"),
    ],
)
def test_a_trade_titles_a_person(text: str, name: str) -> None:
    assert name in _texts(text)


@pytest.mark.parametrize("text", ["Dat zei de ondernemer Rotterdam nooit.", "ondernemer Nederland"])
def test_a_trade_before_a_place_names_no_one(text: str) -> None:
    assert _persons(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lotte Jaarverslag 2023 definitief",
        "Bas Rapport gereed voor verzending",
        "Groet, Mark\nAgenda overleg dinsdag",
        "Talen: Nederlands, Frans Duits en Engels.",
    ],
)
def test_a_document_type_or_a_language_after_a_given_name_is_no_surname(text: str) -> None:
    assert _persons(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lotte Visser belde over het rapport.", "Lotte Visser"),
        ("Frans Timmermans sprak.", "Frans Timmermans"),
    ],
)
def test_a_given_name_and_a_surname_still_read(text: str, name: str) -> None:
    assert name in _texts(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Van: Hanssen, Ron <info@example.nl>\nOnderwerp: reactie", {"Ron Hanssen"}),
        ("Aan: Jansen, Piet; De Vries, Anna\nOnderwerp: overleg", {"Piet Jansen", "Anna de Vries"}),
        ("To: Smith, John <john@example.com>", {"John Smith"}),
        ("Cc: Berg, Joba van den", {"Joba van den Berg"}),
    ],
)
def test_a_mail_headers_display_name_without_initials(text: str, names: set[str]) -> None:
    assert names <= _canonicals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aan: Rotterdam, Jan <info@example.nl>",
        "Van: Team, Woo <woo@example.nl>",
        "Beste Jansen, Piet komt morgen langs.",
    ],
)
def test_near_misses_of_the_display_name_name_no_one(text: str) -> None:
    assert not any(c.endswith(("Jansen", "Rotterdam", "Team")) for c in _canonicals(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Afstemming met de wethouders Zorg en Wonen volgt.", set()),
        ("De wethouders Jansen en De Vries waren er.", {"Jansen", "De Vries"}),
    ],
)
def test_a_plural_offices_portfolios_are_no_names(text: str, names: set[str]) -> None:
    assert _texts(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "13 02-03-2021 Nota minister Kabinetsreactie Openbaar",
        "17 06-03-2021 Agenda directeur Wetgeving Deels openbaar",
        "20 09-03-2021 Brief wethouder Zorg Niet openbaar 5.1.2e",
    ],
)
def test_an_inventory_rows_subject_after_an_office_is_no_name(text: str) -> None:
    assert _persons(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("6 2020-04-08 Nota aan minister Grapperhaus Openbaar", "Grapperhaus"),
        ("8 2020-04-09 Mail minister De Jonge Niet openbaar", "De Jonge"),
        ("Deze brief van burgemeester Jansen is niet openbaar.", "Jansen"),
    ],
)
def test_a_name_in_an_inventory_row_or_before_lower_case_status_words_still_reads(
    text: str, name: str
) -> None:
    assert name in _texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hij drong aan op contact met Van Dam om de levering te regelen.", "Van Dam"),
        ("Zo luidden de vragen van Van der Molen, en de antwoorden volgden.", "Van der Molen"),
    ],
)
def test_a_surname_named_alone_with_its_capitalised_particle(text: str, name: str) -> None:
    assert name in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het bezoek aan het Van Gogh Museum was kort.",
        "Het advies van de commissie Van Zwol volgt.",
        "De Groep Van Haga stemde tegen.",
        "Een transcript of Van Wob naar Woo, de handreiking.",
    ],
)
def test_a_capitalised_van_in_a_bodys_or_a_titles_name_is_no_person(text: str) -> None:
    assert not any(t.startswith("Van") for t in _texts(text))
