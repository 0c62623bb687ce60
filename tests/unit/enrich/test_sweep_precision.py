# ruff: noqa: E501  (a sentence of a test reads best on one line)
"""What a precision sweep over unseen Woo releases, letters and reports found wrong (orgs7):
streets, portfolios, labels and form fields read as names; a postcode's letters, wind directions and an
inventory's document kinds read as bodies. And what it found missing: a body named by what the
brackets after it say it is, an organisation's organ in a compound, a surname linked to the
full name on another page of the PDF."""

import io

import pytest

from services.enrich.enricher import enrich, entities_in_text
from stukken.contracts import Segment, SegmentedDocument


def found(text: str, kind: str) -> list[str]:
    return [text[m.start : m.end] for m in entities_in_text(text) if m.type == kind]


def canonicals(text: str, kind: str) -> list[str]:
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    return [e.canonical for e in enrich(doc)[1] if e.type == kind]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # a street or square named after a title-holder, after its title
        ("Bezoekadres: Burgemeester Dijkgraaflaan 12, 3511 AB Utrecht", []),
        ("de route over het Mr. Jansenplein en de Wibautstraat", []),
        ("de motie Oostelijke Havenbrug van 12 maart", []),
        # surnames with such an ending stay names
        ("secretaris, N. Verhogesteeg", ["N. Verhogesteeg"]),
        ("de heer Hogeweg en mevrouw Verkade", ["Hogeweg", "Verkade"]),
        # a unit or portfolio after its head's office, enumerated
        ("namens deze, directeur Bouwen en Beheren van de gemeente", []),
        ("de directeur Havens & Logistiek stemde in", []),
        ("de directeur-generaal Toetsen, Keuren en Borgen (de heer Roelofs) schreef", ["Roelofs"]),
        ("Piet Hendriksen\nWethouder Wonen", ["Piet Hendriksen"]),
        ("wethouder Bakkum en de burgemeester", ["Bakkum"]),
        # a label's word opens no name
        ("Behandeld door\nOnderwerp Uw verzoek om informatie", []),
        ("Geachte heer\nUw brief van 3 mei", []),
        (
            "Auteurs Karin Smeets (Panteia)\nRoel de Bruin (Panteia)",
            ["Karin Smeets", "Roel de Bruin"],
        ),
        # a redaction label after a given name
        ("overleg met Henk Persoonsgegevens 10.2.e", []),
        ("Minister President Rutte", ["Rutte"]),
        # a signer's body after the name
        ("Dhr. drs. B.K. Terlouw Ministerie van Financiën,", ["B.K. Terlouw"]),
    ],
)
def test_persons_in_sweep_forms(text: str, persons: list[str]) -> None:
    assert found(text, "person") == persons


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a label, a status word, a sentence's word or another body's letters after a kind's name
        ("Gemeente Leiden Datum 3 mei 2021 Kenmerk 12", ["Gemeente Leiden"]),
        ("12 brief aan gemeente Wordt gedeeltelijk openbaar", []),
        ("mail Gemeente Gedeeltelijk\nopenbaar", []),
        (
            "deels openbaar 10.2.e Gemeente Zeist EZK",
            ["Gemeente Zeist", "Ministerie van Economische Zaken en Klimaat"],
        ),
        ("met provincie Zuid\u2010Holland en", ["Provincie Zuid-Holland"]),
        ("in het omgevingsplan gemeente Zeist’ staat", ["Gemeente Zeist"]),
        ("Handelsnaam\nStichting Boslust\nVooraf ingevuld antwoord.", ["Stichting Boslust"]),
        ("de stichting De Vonk en de gemeente De Bilt", ["Stichting De Vonk", "Gemeente De Bilt"]),
        # a regional body's name stops before a label
        (
            "GGD Hollands Noorden\nPostbus 9276",
            ["Gemeentelijke Gezondheidsdienst Hollands Noorden"],
        ),
        ("rapportage GGD\nGeheel openbaar", ["GGD"]),
    ],
)
def test_bodies_named_by_kind_stop_before_labels(text: str, bodies: list[str]) -> None:
    assert canonicals(text, "organization") == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Retouradres Postbus 410, 2500 AK Den Haag\nKoster Advocaten\nDatum 2 juni",
            ["Koster Advocaten"],
        ),
        (
            "Retouradres: Postbus 77, 1000 AE Amsterdam\nStichting Wolkenkrabber\nt.a.v.",
            ["Stichting Wolkenkrabber"],
        ),
        ("Postbus 77, 1000 CA Amsterdam Berends Notarissen", ["Berends Notarissen"]),
        # a year before a title is no postcode
        (
            "14 4-12-2019 Commissie Ruimtelijke Kwaliteit advies",
            ["Commissie Ruimtelijke Kwaliteit"],
        ),
    ],
)
def test_a_postcodes_letters_are_no_name(text: str, bodies: list[str]) -> None:
    assert canonicals(text, "organization") == bodies


def test_wind_directions_are_no_bodies() -> None:
    text = "Richting en snelheid: MOV N, NNE, NE, ENE, E, ESE, SE, SSE, S, SSW, SW, WSW, W, WNW, NW en NNW"
    assert canonicals(text, "organization") == []


@pytest.mark.parametrize(
    "text",
    [
        "72 6-12-2019 Agenda Stuurgroep 6 december",
        "424 9-6-2020 Voordracht College B en W",
        "f Bijlage Organigram Stichting",
    ],
)
def test_an_inventory_s_document_kind_opens_no_name(text: str) -> None:
    assert canonicals(text, "organization") == []


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Verbanden zoals Noordzee Vloot Design\n(samenwerking van Defensie met de werven) en "
            "Cybro (platform voor publiek-private innovatie) spelen een rol.",
            ["Noordzee Vloot Design", "Ministerie van Defensie", "Cybro"],
        ),
        ("vluchten van Vakantiejet (reisorganisatie) werden geschrapt", ["Vakantiejet"]),
        ("in Utrecht (samenwerking met de provincie)", []),
    ],
)
def test_a_body_named_by_its_kind_in_brackets(text: str, bodies: list[str]) -> None:
    assert canonicals(text, "organization") == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # an organ, venue or the members of a body after its abbreviation
        (
            "meer daarover op het OESO-platform voor missies",
            ["Organisatie voor Economische Samenwerking en Ontwikkeling"],
        ),
        ("zoals andere EU-lidstaten doen", ["Europese Unie"]),
        # what a body makes or is about is no mention of it
        ("het EU-Kaderprogramma en de EU-taxonomie", []),
    ],
)
def test_a_body_s_organ_in_a_compound(text: str, bodies: list[str]) -> None:
    assert canonicals(text, "organization") == bodies


def test_a_surname_is_linked_across_pages_through_the_pipeline() -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    from services.segment.segmenter import segment_pdf

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pages = [
        ["Geachte voorzitter,", "", "Op verzoek van hoogleraar Anna van der Stoep van de Universiteit",
         "Utrecht is een onderzoek gedaan naar het vertrouwen in de politiek in ons land."],
        ["Het rapport beschrijft de bevindingen uitvoerig en met veel zorg voor de lezer.", "",
         "Volgens hoogleraar Van der Stoep daalt het vertrouwen sinds jaren gestaag verder."],
    ]  # fmt: skip
    for lines in pages:
        y = 780
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 14
        pdf.showPage()
    pdf.save()
    doc = segment_pdf(buf.getvalue())
    persons = [(e.segment_id, e.text, e.canonical) for e in enrich(doc)[1] if e.type == "person"]
    assert {c for _, _, c in persons} == {"Anna van der Stoep"}
    assert len({s for s, _, _ in persons}) == 2  # found on both pages, linked to one person


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # 'mw.' titles as 'mevr.' does, particles capitalised as mails type them
        ("Kun je aan mw. Van Der Linde vragen of zij", ["Van Der Linde"]),
        # a degree after the name is no part of it
        ("mw. B.C. Rozendaal MSc\nPagina 4 van 6", ["B.C. Rozendaal"]),
    ],
)
def test_mw_titles_a_person(text: str, persons: list[str]) -> None:
    assert found(text, "person") == persons


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("volgens de Food and Drug Administration (FDA) is", "Food and Drug Administration"),
        ("het Financial Stability Board stelt", "Financial Stability Board"),
        (
            "de Centers for Medicare and Medicaid Services meldden",
            "Centers for Medicare and Medicaid Services",
        ),
    ],
)
def test_english_bodies_closed_by_administration_board_centers(text: str, body: str) -> None:
    assert body in canonicals(text, "organization")


def test_a_remark_in_brackets_makes_no_attendee() -> None:
    text = "12-3-2019 1 Pakje Overig (inclusief verplicht opmerkingen veld) Controle Overig (inclusief verplicht opmerkingen veld)"
    assert found(text, "person") == []
    assert found(
        "Aanwezig: Jorien Veldkamp (Geonovum), Beau Min (stagiair) en Lonneke Dikmans (Rinis; na de lunch)",
        "person",
    ) == [
        "Jorien Veldkamp",
        "Beau Min",
        "Lonneke Dikmans",
    ]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a form's label before its value
        ("Contactinformatie\nNaam Veldman B.V.\nAdres Kanaalweg 2", ["Veldman B.V."]),
        ("Postcode Plaatsnaam\nLand Nederland\nTelefoon", []),
        # an inventory's status column before a body
        ("mail over voer\nOpenbaar ZLTO Nederland\nNederlandse Bond", ["ZLTO Nederland"]),
        ("B.V.\nOpenbaar Keizer Notarissen\nvervolg", ["Keizer Notarissen"]),
        ("het Openbaar Ministerie vervolgt", ["Openbaar Ministerie"]),
        # 'Ter' opens no region
        ("de GGD\nTer voorkoming van misbruik", ["GGD"]),
    ],
)
def test_form_labels_and_status_columns_before_bodies(text: str, bodies: list[str]) -> None:
    assert canonicals(text, "organization") == bodies


def test_a_listed_body_named_by_its_initials_elsewhere() -> None:
    doc = SegmentedDocument(
        segments=[
            Segment(
                id="p1", kind="paragraph", page=1, text="Het voorstel gaat naar Provinciale Staten."
            ),
            Segment(id="p2", kind="paragraph", page=2, text="Daarna stellen PS het plan vast."),
        ]
    )
    found_ = [
        (e.segment_id, e.text, e.canonical) for e in enrich(doc)[1] if e.type == "organization"
    ]
    assert ("p2", "PS", "Provinciale Staten") in found_


@pytest.mark.parametrize(
    "text",
    [
        # defined in brackets for something else: the law, not the court
        "De Rechtbank Overijssel oordeelt. Volgens de Wet op de rechterlijke organisatie (RO) is dat zo; art. 51 RO.",
        # inside a citation's code or a compound abbreviation
        "De Rechtbank Overijssel en richtlijn 2009/73/RO en de RO&A",
    ],
)
def test_initials_defined_otherwise_or_inside_a_code(text: str) -> None:
    assert "RO" not in [
        e.text
        for e in enrich(
            SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
        )[1]
    ]
