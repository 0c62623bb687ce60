"""What a blind set of answers to Kamervragen as web pages print them showed (gold33): the writer
between a cited headline and its paper ('«...» van A. Laning in Vakblad X van 9 september 2025');
a signature run into the next heading ('drs. R.W. Knops Schriftelijke antwoorden ...'); 'c.s.'
after a surname with its capitalised particle ('Vragen Van Raan c.s.'); the Dutch 'Organisatie'
closing a body's name; 'de Collectie Nederland' is no body; sourced rows for animal-welfare and
farming bodies, the Caribbean parliaments and the IPKO, and the Inspectie Justitie en Veiligheid
as papers print it with 'van'."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one, organisations, people


def _persons(text: str) -> list[str]:
    return [e.canonical for e in enrich_one(text) if e.type == "person"]


# -- the writer of a cited article, and the paper after it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "writer", "paper"),
    [
        ("Kent u het stuk «Toezicht schiet tekort» van B. Smeets in Vakblad Zorg van 4 maart "
         "2024?", "B. Smeets", "Vakblad Zorg"),
        ("Kent u het artikel «Dijken te laag» van K.L. de Vries in Waterkrant van 1 mei 2023?",
         "K.L. de Vries", "Waterkrant"),
    ],
)  # fmt: skip
def test_writer_between_headline_and_paper(text: str, writer: str, paper: str) -> None:
    assert writer in _persons(text)
    assert paper in organisations(text)


def test_writer_by_a_known_given_name() -> None:
    text = "Heeft u het stuk «Brug dicht» van Jan Smit in de Dorpsbode van 3 mei 2024 gelezen?"
    assert "Jan Smit" in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        # a body wrote it: no initials, no given name
        "Kent u het bericht «Brug dicht» van Rijkswaterstaat in de Dorpsbode van 3 mei 2024?",
        # an article after 'van' is no writer
        "Kent u het bericht «Brug dicht» van de NOS in de krant van vandaag?",
        # said in the Kamer: no writer, no paper
        "De motie «Brug open» van Brug Dicht in de Kamer werd aangenomen.",
    ],
)
def test_no_writer_without_initials_or_given_name(text: str) -> None:
    assert _persons(text) == []


# -- a signature that runs into the next heading ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De staatssecretaris van Binnenlandse Zaken, drs. P.Q. Hoekveld Schriftelijke antwoorden "
        "op vragen uit het debat",
        "De minister, drs. P.Q. Hoekveld Vragen van het lid Smeets (GL)",
        "De minister, drs. P.Q. Hoekveld Beantwoording van de vragen",
    ],
)
def test_signature_ends_before_the_next_heading(text: str) -> None:
    assert "P.Q. Hoekveld" in people(text)
    assert not any(p.startswith("P.Q. Hoekveld ") for p in people(text))


def test_heading_words_are_no_surname() -> None:
    assert people("Zo sprak de heer Vragen niet.") == []
    assert people("Zie mevrouw Inleiding van de nota.") == []


def test_a_two_word_name_after_initials_stays() -> None:
    assert "A.T. Bijleveld Schouten" in people("Het lid, mevrouw A.T. Bijleveld Schouten, sprak")


# -- 'c.s.' after a surname with its capitalised particle ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lees ook: Vragen Van Houtum c.s. over de zeespiegel", "Van Houtum"),
        ("Eerder stelden De Brink c.s. al vragen.", "De Brink"),
        ("Zie de vragen van Van der Staaij c.s. hierover.", "Van der Staaij"),
    ],
)
def test_capital_particle_surname_before_cum_suis(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "In de zaak Van Oord c.s. tegen de Staat oordeelde de rechter.",  # a listed firm
        "In de zaak Shell c.s. tegen Milieudefensie oordeelde de rechter.",  # no particle
        "Het vonnis in de zaak De Nederlandsche Bank c.s. volgde.",  # a listed bank
    ],
)
def test_no_person_for_firms_before_cum_suis(text: str) -> None:
    assert _persons(text) == []


# -- 'Organisatie' closing a body's name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Het land vroeg steun van de Project Beheer Organisatie die de verkoop leidde.",
         "Project Beheer Organisatie"),
        ("De Stedelijke Organisatie Vrijwilligerswerk meldt een tekort.",
         "Stedelijke Organisatie Vrijwilligerswerk"),
        ("Volgens de Organisatie voor Havenbeheer Zuid is de kade veilig.",
         "Organisatie voor Havenbeheer Zuid"),
    ],
)  # fmt: skip
def test_organisatie_closes_a_name(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "3. Organisatie en Financiering van het onderwijs",
        "Organisatie Planning en Control\nDe afdeling rapporteert per kwartaal.",
        "Hoofdstuk 2 Organisatie\nDe gemeente is verdeeld in wijken.",
        # a table's column labels
        "Verzendlijst\nVersie Naam Organisatie Methode\n1.0 Piet Smit post",
    ],
)
def test_organisatie_opening_a_heading_is_no_body(text: str) -> None:
    assert organisations(text) == []


def test_adjectives_and_organisatie_alone_are_no_name() -> None:
    # the name goes on in lower case past a hyphenation mark the PDF kept
    text = "De norm staat voor Internationale Organisatie voor normali\x02sering van producten."
    assert "Internationale Organisatie" not in organisations(text)


# -- the country's collection is no body ---------------------------------------------------------


def test_collectie_nederland_is_no_body() -> None:
    text = "Het kabinet wil de Collectie Nederland beter beschermen tegen verkoop."
    assert organisations(text) == []


def test_a_foundation_named_after_it_still_is() -> None:
    assert "Stichting Collectie Nederland" in organisations(
        "Volgens Stichting Collectie Nederland is het register onvolledig."
    )


# -- sourced rows ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("De controles van Varkens in Nood op de parkeerplaats duurden uren.", "Varkens in Nood"),
        ("Bent u bekend met de rapportage van Eyes on Animals over de grens?", "Eyes on Animals"),
        ("De waarnemingen van Animals Angels bij de haven zijn gedeeld.", "Animals' Angels"),
        ("Dier & Recht diende een klacht in.", "Dier&Recht"),
        ("Aanwezig: MinvEZ, Producenten Organisatie\nVarkenshouderij en anderen.",
         "Producentenorganisatie Varkenshouderij"),
        ("De NZO en de NMV overlegden met de minister.", "Nederlandse Zuivelorganisatie"),
        ("De KNMvD adviseert over de transporttijden.",
         "Koninklijke Nederlandse Maatschappij voor Diergeneeskunde"),
        ("De Staten van Aruba namen een motie aan.", "Staten van Aruba"),
        ("Tijdens het IPKO van juni spraken de delegaties over de schulden.",
         "Interparlementair Koninkrijksoverleg"),
        ("Het rapport van de Inspectie van Justitie en Veiligheid verscheen gisteren.",
         "Inspectie Justitie en Veiligheid"),
    ],
)  # fmt: skip
def test_sourced_rows(text: str, body: str) -> None:
    assert body in organisations(text)


def test_inspectie_is_not_read_as_the_ministry() -> None:
    found = organisations("Het rapport van de Inspectie van Justitie en Veiligheid verscheen.")
    assert "Ministerie van Justitie en Veiligheid" not in found


@pytest.mark.parametrize(
    "text",
    [
        "De staten van dienst van de kandidaten zijn bekend.",  # 'staten' in lower case
        "Hij schreef over animals angels and demons.",  # lower case, no body
        "In Aruba en Curaçao is de zon fel.",  # the islands as places
    ],
)
def test_near_misses_of_the_rows(text: str) -> None:
    assert organisations(text) == []


# -- a team named by its task, a target year closing a name (batch b) ----------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Het Expertteam Zorgverzekeringen bracht advies uit.", "Expertteam Zorgverzekeringen"),
        ("In 2021 sprak het Aanjaagteam Veilige Havens (hierna: het team) met de minister.",
         "Aanjaagteam Veilige Havens"),
        ("Volgens de Staatscommissie Bevolking 2060 groeit de druk.",
         "Staatscommissie Bevolking 2060"),
        ("De Taskforce Zorg 2040 adviseert het kabinet.", "Taskforce Zorg 2040"),
    ],
)  # fmt: skip
def test_team_and_target_year(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("De Werkgroep Noord 2023 besprak het plan.", "Werkgroep Noord"),  # no target year
        ("De Regiegroep Aanpak Regeldruk 2030-2035 plant veel.", "Regiegroep Aanpak Regeldruk"),
        ("Volgens de Stichting Natuur 2031,5 miljoen euro.", "Stichting Natuur"),
    ],
)
def test_no_year_from_dates_spans_or_amounts(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize("text", ["Ons Voetbalteam won gisteren.", "Het Crisisteam vergaderde."])
def test_a_team_alone_is_no_name(text: str) -> None:
    assert organisations(text) == []


# -- batch c: a clerk named after a place, a lab as a firm, the WUR institutes -----------------


def test_signer_whose_surname_holds_a_place() -> None:
    text = (
        "De voorzitter van de commissie,\nJansen\n\n"
        "De griffier van de commissie,\nVan Breda\n\nVraag 1"
    )
    ents = enrich_one(text)
    assert "Van Breda" in [e.canonical for e in ents if e.type == "person"]
    assert "Breda" not in [e.canonical for e in ents if e.type == "location"]


def test_a_place_in_running_text_stays_a_place() -> None:
    ents = enrich_one("De commissie bezocht Breda en Tilburg.")
    assert [e.canonical for e in ents if e.type == "person"] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Het algoritme van Delta Data Lab bleek onvoldoende getest.", "Delta Data Lab"),
        ("Volgens Wageningen Economic Research dalen de inkomens.",
         "Wageningen Economic Research"),
        ("Het rapport van IMARES over de aal verscheen in mei.", "Wageningen Marine Research"),
    ],
)  # fmt: skip
def test_lab_and_wur_institutes(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text", ["Het Living Lab in de wijk test de nieuwe lantaarns.", "Hij werkte in het Lab."]
)
def test_living_lab_is_no_firm(text: str) -> None:
    assert organisations(text) == []
