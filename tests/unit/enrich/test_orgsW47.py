"""orgsW47 (issue #12, point 4): organisations in Woo documents, a blind set of UWV's releases.

Classes: (1) an outlet's two-letter short name ('AD', 'FD') is the paper only with a sign of the
press near it: in UWV's forms and mails 'AD' is the arbeidsdeskundige ('Vraag AD', 'AD:', an
'(bezwaar)AD-rapport'); (2) a board paper's or an inventory row's kind of paper opens no name
('Update Ondernemingsraad ...', 'Directieteam\\nOplegnotitie', 'Rapportage Tussenevaluatie
Advies ...'); (3) heads and an organisation chart's words alone make no name ('Programma
Stuurgroep', 'Stuurgroep Stuurgroep'); (4) a staff council is named by its employer, not by a
thing ('Ondernemingsraad CBS-barometer'). Near misses keep their bodies. Texts our own.
"""

from __future__ import annotations

import pytest

from services.enrich.entities import paperletters
from tests.unit.enrich.found import bodies, enrich_one


@pytest.mark.parametrize(
    "text",
    [
        "Vraag AD (of vragen AD)\nWelke aanvullende informatie heb je nodig?",
        "Telefoonnummer\nAD:\nRelevante context bij de vraag",
        "Het is belangrijk dat het (bezwaar)AD-rapport en de uitkering overeenkomen.",
        "De AD en de VA bespreken de belastbaarheid van de cliënt.",
        "Na de Ad-opleiding volgt de student een bachelor; de AD duurt twee jaar.",
        "Prognose & Planning 4 9 7\nAD\nArbeidskundig persoonsprofiel 1 7 5",
        "kadastrale gemeente : Den Haag\nsectie : AD\ngrondpercelen : 4730, 4731",
    ],
)
def test_the_letters_of_a_role_are_no_paper(text: str) -> None:
    assert "Algemeen Dagblad" not in bodies(text).values()


def test_a_list_of_roles_beside_the_letters_names_no_bodies() -> None:
    text = "De auditoren VA, AD en PB van de afdeling bestuderen de dossiers uit deze maand."
    assert bodies(text) == {}


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Persbericht UWV naar aanleiding van de publicatie AD\nnav", "AD"),
        ("Dat meldde het AD vanochtend.", "AD"),
        ("Volgens AD.nl is de zaak rond.", "AD"),
        ("In het FD stond dat de bank minder leent.", "FD"),
        ("De kranten NRC, AD en Trouw schreven erover.", "AD"),
        ("Volgens AD is de uitkering te laat betaald.", "AD"),
        ("Het AD-artikel van gisteren over de uitkeringen.", "AD"),
        ("Bronnen: 1) AD, 18 september 2020, 'Dierenbeschermers willen verbod'", "AD"),
        ("Artikel AD, Kijkduin is de drukte spuugzat, 11 augustus 2016", "AD"),
        ("AD, Kaalslag in de game-industrie raakt nu ook Nederland: ‘We zijn bang’", "AD"),
    ],
)
def test_the_letters_with_a_sign_of_the_press_are_the_paper(text: str, printed: str) -> None:
    assert printed in bodies(text)


def test_elsevier_weekblads_letters_in_a_table_are_no_paper() -> None:
    assert bodies("Weging (on)geschiktheid EW 1 2 1 1 5") == {}
    assert "EW" in bodies("In EW schreef de columnist over de zaak.")


def test_the_letters_check_only_the_outlets() -> None:
    text = "De AP en de AD"
    assert not paperletters.unread(text, 3, 5)  # 'AP': not an outlet's letters
    assert paperletters.unread(text, 12, 14)


@pytest.mark.parametrize(
    ("text", "false"),
    [
        (
            "128 2023/2023 09 20 Update Ondernemingsraad CBS-barometer culturele diversiteit.pdf",
            "Ondernemingsraad",
        ),
        ("Stand van zaken Ondernemingsraad CBS-barometer diversiteit", "Ondernemingsraad"),
        ("Directieteam\nOplegnotitie vergadering\nwerken aan perspectief", "Directieteam"),
        ("Bijlage 65\nRapportage Tussenevaluatie Advies indicatie Beschut Werk", "Advies"),
        ("door de\nAB&R\nStuurgroep Programma Stuurgroep respecti januari", "Stuurgroep"),
        ("Voorlegger Afdeling Directie over het werkplan", "Afdeling"),
        ("Voorlegger Raad Bestuur kwaliteit Wajong-beoordelingen", "Raad Bestuur"),
        ("__\nRaad Bestuur het\nVoorlegger juistheid WW-uitkeringen", "Raad Bestuur"),
    ],
)
def test_papers_and_chart_words_make_no_name(text: str, false: str) -> None:
    assert not any(false in printed for printed in bodies(text))


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Presentatie aan de Stuurgroep Jeugd Twente in mei.", "Stuurgroep Jeugd Twente"),
        ("Het Kenniscentrum ICT-onderwijs publiceert een gids.", "Kenniscentrum ICT-onderwijs"),
        ("Het rapport van Adviesbureau Berenschot over de evaluatie.", "Berenschot"),
        ("De Stuurgroep Zorg Noord overlegde in maart.", "Stuurgroep Zorg Noord"),
        ("uitgevoerd door het Expertisecentrum Arbeidsorganisatie.", "Expertisecentrum"),
        ("Beleid, Afdeling Bedrijfsbureau VFV,", "Afdeling Bedrijfsbureau"),
        ("in de Commissie Bestuur van 27 november 2024 is gesproken", "Commissie Bestuur"),
        ("Voorlegger Stichting Pensioenfonds ABP en de premie.", "Stichting Pensioenfonds ABP"),
    ],
)
def test_named_bodies_beside_those_words_stay(text: str, printed: str) -> None:
    assert any(printed in found for found in bodies(text))


def test_a_signers_function_before_a_firm_is_no_part_of_its_name() -> None:
    text = "Met vriendelijke groet,\nart. 5.1 lid 2 e\nOnderzoeker Cebeon B.V.\nJollemanhof 18A"
    assert "Cebeon B.V." in bodies(text)
    assert "Onderzoeker Cebeon B.V." not in bodies(text)
    assert "Bakker Bouw B.V." in bodies("Directeur Bakker Bouw B.V. tekende het contract.")


def test_a_budget_tables_columns_in_brackets_name_no_bodies() -> None:
    text = (
        "Naam Partij Beschikbaar Budget (Jaar) Betalingen Realisatie (Maand) Betalingen "
        "Realisatie (Cumulatief) Resterend Budget\nCNV € 3.079.275 € 3.079.275 0,00 %"
    )
    assert set(bodies(text)) == {"CNV"}
    assert not any(e.type == "person" for e in enrich_one(text))


def test_an_attendance_lists_bodies_stay() -> None:
    text = "Aanwezig: Jorien Veldkamp (Geonovum), Thijs Brentjens (Kadaster)"
    assert {"Geonovum", "Kadaster"} <= set(bodies(text))
