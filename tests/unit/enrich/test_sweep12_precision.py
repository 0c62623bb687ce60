# ruff: noqa: E501  (a sentence of a test reads best on one line)
"""What a precision sweep over unseen PDFs after the twelfth round found wrong (sweep12): 'de leden
van het X' read as a member named 'van het X', a board member's seat glued to the name ('Lid'), and
the task compounds' names run on into a field's label, the group's paper or an adjective whose
noun follows in lower case. All texts are written for these tests."""

import pytest

from services.enrich.enricher import entities_in_text


def found(text: str, kind: str) -> list[str]:
    return [text[m.start : m.end] for m in entities_in_text(text) if m.type == kind]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # 'de leden van de/het X': the body they sit in, not a member named 'van het X'
        ("Het plan wordt gedragen door de leden van het Burgerforum en hun gasten.", []),
        ("De benoeming van de leden van de Rechtbank geschiedt bij besluit.", []),
        ("een verzoek van de leden van\nhet Hof en de griffier", []),
        # a listed member's surname typed with a lower-case particle stays a member
        ("Vragen van de leden van der Lee en Sneller aan de minister.", ["van der Lee", "Sneller"]),
        ("Vragen van de leden Van der Lee en Klaver aan de minister.", ["Van der Lee", "Klaver"]),
        # a board's table: the seat after the name is no part of it
        (
            "Dhr. K.L. Verbeek Voorzitter bestuur V\nMevr. A.B. de Wit Lid bestuur V V\nDhr. P. Smits Lid bestuur V\n",
            ["K.L. Verbeek", "A.B. de Wit", "P. Smits"],
        ),
    ],
)
def test_members_and_board_tables(text: str, persons: list[str]) -> None:
    assert found(text, "person") == persons


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # the group's paper, named after it
        ("Stap 3. Werkgroep Charter voorleggen aan de stuurgroep van het programma.", []),
        ("zie ‘5.1 Opstellen van een Werkgroep Charter’.", []),
        ("Status Werkgroep Charter12 Ontwerp", []),
        # a data model's class ending in '-groep' with its field labels on the next lines
        ("2.7 Objecttype Kavelgroep\nNaam Kavelgroep\nDefinitie Een verzameling kavels.", []),
        ("Formaat Maatregelengroep\nToelichting Een maatregel hoort bij een groep.", []),
        # an adjective whose noun goes on in lower case ends no name
        (
            "Betrokken: Vakgroep Bodemkunde, Vakgroep Technische natuurkunde en Vakgroep Hydrologie.",
            ["Vakgroep Bodemkunde", "Vakgroep Hydrologie"],
        ),
        (
            "Vastgesteld door de Werkgroep Vergunningen\nPublieke consultatie van zes weken",
            ["Werkgroep Vergunningen"],
        ),
        # task names stay whole
        (
            "De Regiegroep Aanpak Regeldruk en de Deskundigencommissie Jeugd spraken met het Kennisplatform Effecten Mijnbouw.",
            [
                "Regiegroep Aanpak Regeldruk",
                "Deskundigencommissie Jeugd",
                "Kennisplatform Effecten Mijnbouw",
            ],
        ),
        ("De Technische Adviescommissie Bodem stemde in.", ["Technische Adviescommissie Bodem"]),
    ],
)
def test_task_names_end_before_labels_papers_and_adjectives(text: str, bodies: list[str]) -> None:
    assert [b.replace("\n", " ") for b in found(text, "organization")] == bodies


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # a given name at a line's end after a courtesy title, its surname wrapped to the next line
        ("Voorstel (van mevrouw Anna\nJanssens; Stuk 5-12).", ["Anna\nJanssens"]),
        (
            "Plaatsvervangende leden: de heer Karel\nVerbeke (N), de heer Tom Claes (F)",
            ["Karel\nVerbeke", "Tom Claes"],
        ),
        ("Voorstel (van de heren Piet\nSmet en Jan Pieters).", ["Piet\nSmet", "Jan Pieters"]),
        # a surname at the line's end stays alone: the next line is a label, a body or goes on
        ("Met vriendelijke groet, de heer Rutte\nDatum: 12 mei", ["Rutte"]),
        ("Gesproken met mevrouw Bakker\nVWS, 12 mei 2024", ["Bakker"]),
        ("Aan de staatssecretaris, mevrouw Keizer\nRijswijk, 11 mei 2020", ["Keizer"]),
    ],
)
def test_surname_wrapped_to_the_next_line(text: str, persons: list[str]) -> None:
    assert found(text, "person") == persons


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # 'Elke' opening a sentence or a cell is the determiner, not the given name
        ("Toelichting Elke Regeltekst heeft een werkingsgebied; een regeltekst kan wijzigen.", []),
        ("volgens de wet.\nElke Europese of niet-Europese burger kan zich melden.", []),
        # the given name stays one
        (
            "Aanwezig: Elke Sleurs, Louis Ide en Elke Vandenberghe.",
            ["Elke Sleurs", "Louis Ide", "Elke Vandenberghe"],
        ),
    ],
)
def test_a_determiner_is_no_given_name(text: str, persons: list[str]) -> None:
    assert found(text, "person") == persons


def test_a_seat_held_opens_no_body_name() -> None:
    text = (
        "Nevenfuncties:\n Lid Raad van Advies Noordzee Economic Board\n Bestuurslid Stichting Open Kennis\n"
        " Voorzitter Stuurgroep Renovatie Binnenhof\n"
    )
    assert [b.replace("\n", " ") for b in found(text, "organization")] == [
        "Raad van Advies Noordzee Economic Board",
        "Stichting Open Kennis",
        "Stuurgroep Renovatie Binnenhof",
    ]
