"""Round orgs78 (issue #12): bodies no list holds, named by what is said around them
(bodycues.py), by a kind word of culture or comparison (companies.py), or by 'en Partners'
(orgcontext.py). An abbreviation's report is none: it is as often an instrument's. Each rule
with its near misses: persons (a listed surname's report, a family's 'moeder'), places, sentence
words, schemes' and laws' letters, a party's branch, a postcode. Sentences and names are our
own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies, enrich_one


def _has(text: str, name: str) -> None:
    found = bodies(text)
    assert name in found, found


def _lacks(text: str, name: str) -> None:
    found = bodies(text)
    assert name not in found, found


# a firm's name before its plant's, report's or group's word


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wat is uw reactie op de sluiting van de Veltrax fabriek in Weert?", "Veltrax"),
        ("Volgens het Korvan-rapport is de markt voor kantoren klein.", "Korvan"),
        ("Het contract met de TRX-groep liep in 2015 af.", "TRX-groep"),
    ],
)
def test_a_firm_before_its_plant_or_report(text: str, name: str) -> None:
    _has(text, name)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Volgens het Donner-rapport is dat niet nodig.", "Donner"),  # a listed person's report
        ("De Eindhoven fabriek blijft open.", "Eindhoven"),  # a place
        ("Het IBO rapport over de zorg verschijnt later.", "IBO"),  # a report's kind
        ("Leg het DPXA-rapport ter advisering voor.", "DPXA"),  # an instrument's letters
        ("Het gaat om mensen met NAH onderzoek naar de doelgroep.", "NAH"),
        ("De Werk-groep kwam bijeen.", "Werk-groep"),  # no abbreviation before 'groep'
        ("Het Klimaat rapport is klaar.", "Klimaat"),  # a capitalised word, spaced
        ("Volgens het Pieter-rapport klopt het.", "Pieter"),  # a given name
    ],
)
def test_a_firm_before_its_plant_or_report_near_miss(text: str, wrong: str) -> None:
    _lacks(text, wrong)


# one example of a singular kind after 'als'


def test_an_example_of_a_singular_kind() -> None:
    text = "Hoe kan een instelling als het Nationaal Dansensemble nog optreden?"
    _has(text, "Nationaal Dansensemble")
    _has("Mag een bedrijf als Korvex dat zomaar doen?", "Korvex")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Een organisatie als Amsterdam moet dat niet doen.", "Amsterdam"),  # a place
        ("Een bedrijf als Pieter Jansen zou dat weten.", "Pieter Jansen"),  # a person
        ("Een instelling als Deze kan dat niet.", "Deze"),  # a sentence's word
    ],
)
def test_an_example_of_a_singular_kind_near_miss(text: str, wrong: str) -> None:
    _lacks(text, wrong)


# a name quoted after its kind


def test_a_quoted_name_after_its_kind() -> None:
    _has("Heeft u het bericht «Jeugdinrichting «Het Baken» gaat dicht» gelezen?", "Het Baken")
    _has("Het gezelschap «De Wolkenbreker» vraagt subsidie aan.", "De Wolkenbreker")


def test_a_quoted_title_is_no_name() -> None:
    # a quoted sentence after a kind word: lower-case words in it
    _lacks("De organisatie 'Samen sterk voor iedereen' is een campagne.", "Samen")


# the staff of a body, an employer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oud-medewerkers van KVB verklaren dat zij polissen verkochten.", "KVB"),
        ("De woordvoerder van Tarmeco wilde niet reageren.", "Tarmeco"),
        ("Hij is sinds 2010 bij Tarvex in dienst.", "Tarvex"),
        ("Zij was tot vorig jaar in dienst van Norlan.", "Norlan"),
    ],
)
def test_the_staff_of_a_body(text: str, name: str) -> None:
    _has(text, name)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("De medewerkers van Rotterdam zijn blij.", "Rotterdam"),  # a place
        ("De medewerkers van Jan Jansen zijn blij.", "Jan Jansen"),  # a person
        ("Hij was in dienst van Pieter de Vries.", "Pieter de Vries"),  # a person
    ],
)
def test_the_staff_of_a_near_miss(text: str, wrong: str) -> None:
    _lacks(text, wrong)


# a parent and its firm


def test_a_parent_and_its_firm() -> None:
    text = (
        "Wij mengen ons niet in bedrijfsbesluiten, zoals dat van Orvana Group, de moeder van Tekmar"
    )
    found = bodies(text)
    assert "Orvana Group" in found and "Tekmar" in found, found
    _has("Korvex, het moederbedrijf van Delmar, sluit de vestiging.", "Delmar")


def test_a_family_is_no_parent() -> None:
    found = bodies("Fenna Krol, de moeder van Tijmen, vertelde het verhaal.")
    assert not found, found
    assert "Mevrouw Dekker" not in bodies("Mevrouw Dekker, de moeder van Jolein, was er ook.")


# an abbreviation with a province


def test_an_abbreviation_with_its_province() -> None:
    _has("Wat vindt u van de uitspraak van de directeur ROM Zeeland?", "ROM Zeeland")
    _has("Het secretariaat van FBW Fryslân zit in Leeuwarden.", "FBW Fryslân")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("De VVD Zuid-Holland stemde tegen.", "VVD Zuid-Holland"),  # a party's branch
        ("Het OV Utrecht is duur.", "OV Utrecht"),  # a word's letters
        ("Postbus 16001, 3500 DA Utrecht", "DA Utrecht"),  # a postcode's letters
    ],
)
def test_an_abbreviation_with_its_province_near_miss(text: str, wrong: str) -> None:
    _lacks(text, wrong)


# a production company, a working group, a legal form first, a glossed abbreviation


def test_a_production_company() -> None:
    _has("KORTEL Theaterproducties (Zwolle) krijgt 300.000 euro.", "KORTEL Theaterproducties")


def test_a_working_group_named_before_its_word() -> None:
    _has("Dat schreven de Schone Lucht Werkgroep en anderen.", "Schone Lucht Werkgroep")
    _lacks("De Werkgroep kwam bijeen.", "Werkgroep")


def test_a_legal_form_before_the_name() -> None:
    _has("Volgens de nota wist NV de Kruikenhal niets van de tekorten.", "NV de Kruikenhal")
    # the form of the name before it: 'Korvex B.V. Eindhoven' names no firm 'Eindhoven'
    _lacks("Dat levert Korvex B.V. Eindhoven.", "B.V. Eindhoven")


def test_an_abbreviation_glossed_by_its_capitals() -> None:
    found = bodies("Wij volgen het advies van KCARZ (Kunst- en CultuurAdviesRaad Zandvoort).")
    assert "KCARZ" in found, found


def test_a_scheme_glossed_by_its_capitals_is_no_body() -> None:
    _lacks("Zij vroegen een TSVL (Tijdelijke Subsidie Vaste Lasten) aan.", "TSVL")


# kinds of culture and comparison, and 'en Partners'


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dat blijkt uit onderzoek van supermarktvergelijker Prijzo naar de prijzen.", "Prijzo"),
        ("De theatergroep Varkater krijgt subsidie. Varkater speelt in Zwolle.", "Varkater"),
        ("Het museum Slot Dorenburg blijft open.", "Slot Dorenburg"),
        ("Het jeugdtheatergezelschap Kwatro speelt in de regio.", "Kwatro"),
        ("Het is opgesteld door Drijfhout en Partners uit Utrecht.", "Drijfhout en Partners"),
    ],
)
def test_culture_comparison_and_partners(text: str, name: str) -> None:
    _has(text, name)


def test_a_body_named_by_its_kind_is_named_again_bare() -> None:
    text = "De theatergroep Varkater krijgt subsidie. Varkater speelt in Zwolle."
    found = [e for e in enrich_one(text) if e.type == "organization"]
    assert [e.text for e in found] == ["Varkater", "Varkater"], found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Het museum Amsterdam is een gemeente.", "Amsterdam"),  # a place
        ("Het theater De Minister is er niet.", "De Minister"),  # a sentence's words
        ("Bijlage 4 Exploitatierekening Stichting Zwembad Nes", "Exploitatierekening Stichting"),
    ],
)
def test_culture_near_miss(text: str, wrong: str) -> None:
    _lacks(text, wrong)


# the second part, from the blind half's misses (then no longer blind): a body by one compound of
# its head, a culture company's name with its article, a pop venue, a regional college, a
# village's cooperative


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voor de jeugdhulp zorgt de Korvelstichting al jaren.", "Korvelstichting"),
        ("De collectie van het Zeevaartinstituut dreigt te verdwijnen.", "Zeevaartinstituut"),
        ("Subsidie voor het Dolmencentrum", "Dolmencentrum"),
        ("Het geld gaat naar theatergezelschap De WolkenGroep uit Assen.", "De WolkenGroep"),
        ("Poppodium Kelder-Z kan vooruit met extra subsidie.", "Poppodium Kelder-Z"),
        ("Leerlingen van het ROC Licht en Lucht lopen er stage.", "ROC Licht en Lucht"),
        ("Het bad is overgedragen aan de dorpscoöperatie Veendijk, die het runt.",
         "dorpscoöperatie Veendijk"),
    ],
)  # fmt: skip
def test_second_part(text: str, name: str) -> None:
    _has(text, name)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Hij belde met het Kenniscentrum van de gemeente.", "Kenniscentrum"),  # a kind's compound
        ("Zij werkt in het Asielzoekerscentrum bij Assen.", "Asielzoekerscentrum"),
        ("Dit is het Rijksmuseum. Het Kunstmuseum.", "Kunstmuseum"),  # a sentence's start
        ("Het geld gaat naar het gezelschap De minister zei nee.", "De minister"),
    ],
)
def test_second_part_near_miss(text: str, wrong: str) -> None:
    _lacks(text, wrong)
