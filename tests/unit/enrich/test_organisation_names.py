"""Organisations outside every list, recognised by the shape of their name, and the near misses
that are not names."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich, entities_in_text
from stukken.contracts import Segment, SegmentedDocument


def _orgs(text: str) -> list[tuple[str, str]]:
    return [
        (text[m.start : m.end], m.canonical)
        for m in entities_in_text(text)
        if m.type == "organization"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("bureau Proximities Risk Consultancy meldt", "Proximities Risk Consultancy"),
        ("de Filipijnse Commission on Human Rights meldt", "Commission on Human Rights"),
        ("Congress.gov | Library of Congress", "Library of Congress"),
        ("de Nederlandse Vereniging van Banken meldt", "Nederlandse Vereniging van Banken"),
        ("volgens de Erasmus Universiteit Rotterdam", "Erasmus Universiteit Rotterdam"),
        ("het congres van het PKI-consortium van november", "PKI-consortium"),
        # A compound ending in an organisation word heads a name too.
        ("met het Rob Scholtemuseum en nu", "Rob Scholtemuseum"),
        ("de Vakvereniging Brandweer Vrijwilligers stelt", "Vakvereniging Brandweer Vrijwilligers"),
        ("via het \nNederlandse Internationale Rechtshulpcentrum Limburg. Vanuit",
         "Nederlandse Internationale Rechtshulpcentrum Limburg"),
        ("de Nederlandse Academie van Eetstoornissen meldt",
         "Nederlandse Academie van Eetstoornissen"),
        ("In de stuurgroep Veilige en Gezonde Luchtvaart (VGL)\r\nwordt", "VGL"),
    ],
)  # fmt: skip
def test_names_ending_or_starting_with_an_organisation_word(text: str, want: str) -> None:
    assert [t for t, _ in _orgs(text)] == [want]


def test_two_names_joined_by_a_conjunction_are_two() -> None:
    found = _orgs("De Stichting Vluchteling en de Nederlandse Vereniging van Banken")
    assert [t for t, _ in found] == ["Stichting Vluchteling", "Nederlandse Vereniging van Banken"]


def test_abbreviation_after_a_name_is_the_same_organisation() -> None:
    assert _orgs("de Stichting Proef Vier (SPV) meldt") == [
        ("Stichting Proef Vier", "Stichting Proef Vier"),
        ("SPV", "Stichting Proef Vier"),
    ]
    found = _orgs("onderzoeksorganisaties (Centrum voor Wiskunde en Informatica-CWI- en TNO)")
    assert ("Centrum voor Wiskunde en Informatica", "Centrum Wiskunde & Informatica") in found
    assert ("CWI", "Centrum Wiskunde & Informatica") in found


def test_abbreviation_of_a_described_organisation() -> None:
    text = "ondersteuning aan de nationale onderzoekscommissie in Jemen (NCOI) gerealiseerd"
    assert _orgs(text) == [("NCOI", "NCOI")]


def test_spelled_and_hyphenated_forms_are_one_organisation() -> None:
    assert {c for _, c in _orgs("het PKI-consortium; PKI Consortium")} == {"PKI Consortium"}


@pytest.mark.parametrize(
    "text",
    [
        "De Raad heeft besloten.",
        "Deze Commissie adviseert.",
        "Het Centrum is gesloten.",
        "de raad van bestuur en de commissie",
        "Raad en commissie",
        "Advies Raad",
        "Zie bijlage. Vragen Commissie",
        "Recommendation of the Council on Common Approaches for Officially Supported Export",
        "de commissie (zie bijlage)",
        "het EU-consortium",
        "het ICT-bureau",
        "EU-verband en het Woo-verzoek",
    ],
)
def test_near_misses(text: str) -> None:
    assert _orgs(text) == []


def test_a_fund_is_money_not_an_organisation() -> None:
    text = "het humanitaire fonds voor Jemen van de VN (Country Based Pooled Fund)"
    assert _orgs(text) == [("VN", "Verenigde Naties")]


@pytest.mark.parametrize(
    "text",
    ["Het Kenniscentrum meldt", "Het Rechtshulpcentrum is open", "een Stikstofcentrum"],
)
def test_a_compound_head_alone_is_no_name(text: str) -> None:
    assert _orgs(text) == []


def test_committee_codes_in_a_besluitenlijst() -> None:
    text = (
        "Volgcommissie(s): BuZa i.v.m. agendapunt 24 \r\nFIN i.v.m. agendapunt 24 \r\n"
        "WWI i.v.m. agendapunt 10\r\nDocument: Besluitenlijst\r\nVolgcommissie(s): JUST, VW \r\n"
        "De FIN en VW van de JUST-afdeling"
    )
    assert [name for _, name in _orgs(text)] == [
        "Ministerie van Buitenlandse Zaken",
        "Vaste commissie voor Financiën",
        "Vaste commissie voor Wonen, Wijken en Integratie",
        "Vaste commissie voor Justitie",
        "Vaste commissie voor Verkeer en Waterstaat",
    ]


def test_committee_codes_as_later_besluitenlijsten_print_them() -> None:
    text = (
        "Volgcommissie(s): BuHa-OS i.v.m. agendapunt 4\r\nEU i.v.m. agendapunt 7, 9\r\n"
        "RU i.v.m. agendapunt 2\r\nV&J i.v.m. agendapunt 3\r\nDe EU-begroting en de RU-norm"
    )
    # a code the gazetteer knows keeps its body, as 'BuZa' above does
    assert _orgs(text) == [
        ("BuHa-OS", "Vaste commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking"),
        ("EU", "Europese Unie"),
        ("RU", "Commissie voor de Rijksuitgaven"),
        ("V&J", "Ministerie van Justitie en Veiligheid"),
    ]


def _doc_orgs(*pages: str) -> list[tuple[str, str]]:
    from services.enrich.enricher import enrich
    from stukken.contracts import Segment, SegmentedDocument

    doc = SegmentedDocument(
        segments=[
            Segment(id=f"p{n}", kind="paragraph", page=n, text=text)
            for n, text in enumerate(pages, 1)
        ]
    )
    return [(e.text, e.canonical) for e in enrich(doc)[1] if e.type == "organization"]


def test_an_abbreviation_the_document_defines_is_its_organisation_elsewhere() -> None:
    found = _doc_orgs(
        "Namens de Nederlandse Vereniging voor Burgerzaken (NVVB) blikken wij terug.",
        "Daarom verzoekt de NVVB om een plan; NVVB-leden en de NVVBX niet.",
    )
    # 'NVVB-leden' names the body standing alone in the document too (orgs60); 'NVVBX' does not
    assert found == [
        ("Nederlandse Vereniging voor Burgerzaken", "Nederlandse Vereniging voor Burgerzaken"),
        ("NVVB", "Nederlandse Vereniging voor Burgerzaken"),
        ("NVVB", "Nederlandse Vereniging voor Burgerzaken"),
        ("NVVB", "Nederlandse Vereniging voor Burgerzaken"),
    ]


def test_two_letters_or_two_bodies_define_nothing() -> None:
    found = _doc_orgs(
        "de Stichting Alpha Beta (SAB) en de Vereniging Gamma Delta (SAB) en de Raad voor Cultuur"
        " (RC).",
        "Daarna de SAB en de RC.",
    )
    # Each definition is found where it stands; page 2's 'SAB' and 'RC' stay unlinked.
    assert [text for text, _ in found] == [
        "Stichting Alpha Beta", "SAB", "Vereniging Gamma Delta", "SAB", "Raad voor Cultuur", "RC",
    ]  # fmt: skip


def test_initials_after_a_name_are_not_part_of_it() -> None:
    text = "van de Nederlandse Vereniging voor Burgerzaken\r\nS.A.J. Rijsdijk\r\nVoorzitter"
    assert _orgs(text) == [
        ("Nederlandse Vereniging voor Burgerzaken", "Nederlandse Vereniging voor Burgerzaken")
    ]


def test_a_body_no_list_knows_is_defined_by_its_spelled_out_name() -> None:
    found = _doc_orgs(
        "Zie het Landelijk Operationeel Team Corona (LOT-C) voor het beeld.",
        "Neem contact op met het LOT-C.",
    )
    assert ("LOT-C", "Landelijk Operationeel Team Corona") in found
    assert [t for t, _ in found].count("LOT-C") == 2


def test_the_abbreviation_first_and_its_name_under_it() -> None:
    doc = SegmentedDocument(
        segments=[
            Segment(id="s1", kind="heading", page=1, text="LOT-C"),
            Segment(id="s2", kind="paragraph", page=1, text="(Landelijk Operationeel Team Corona)"),
            Segment(id="s3", kind="paragraph", page=1, text="ontwikkeld door LOT-C zonder overleg"),
        ]
    )
    found = [(e.segment_id, e.canonical) for e in enrich(doc)[1] if e.type == "organization"]
    assert ("s1", "Landelijk Operationeel Team Corona") in found
    assert ("s3", "Landelijk Operationeel Team Corona") in found


def test_a_spelled_out_metric_or_device_defines_no_body() -> None:
    found = _doc_orgs(
        "de Net Promoter Score (NPS) en de Auxiliary Power Units (APU) op Schiphol.",
        "De NPS steeg.",
    )
    assert not any(t in ("NPS", "APU") for t, _ in found)


def test_an_english_head_inside_a_device_name_defines_no_body() -> None:
    found = _doc_orgs("een Trusted Platform Module (TPM) in de server", "De TPM slaat sleutels op.")
    assert not any(t == "TPM" for t, _ in found)


def test_a_consortium_spelled_out_defines_its_abbreviation() -> None:
    found = _doc_orgs(
        "Het Landelijk Consortium Hulpmiddelen (LCH) heeft voorraad.", "Het LCH meldt."
    )
    assert [c for t, c in found if t == "LCH"] == ["Landelijk Consortium Hulpmiddelen"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's first word before a bank named by its letters is no part of the name
        (
            "Zaak: Brief regering\r\nVerkoop NIBC Bank - 33532-70\r\nBesluit: ter kennisgeving",
            [("NIBC Bank", "NIBC Bank")],
        ),
        # nor is the kind of document an agenda item's title starts with
        (
            "4. Agendapunt: Voorhangnotitie Staatsloterij Beheer NV\r\nZaak: brief",
            [("Staatsloterij Beheer NV", "Staatsloterij Beheer NV")],
        ),
        # a legal form in brackets is no body
        ("de omzetting van de stichting in een besloten vennootschap (BV) volgt", []),
    ],
)
def test_titles_and_legal_forms_around_firm_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "het rapport van de Auditdienst Rijk aan de Eurogroep",
            [("Auditdienst Rijk", "Auditdienst Rijk"), ("Eurogroep", "Eurogroep")],
        ),
        ("de Ecofinraad van mei", [("Ecofinraad", "Raad Economische en Financiële Zaken")]),
        (
            "het Forum voor Standaardisatie adviseert",
            [("Forum voor Standaardisatie", "Forum Standaardisatie")],
        ),
        (
            "gegevens van JustID en BKWI",
            [
                ("JustID", "Justitiële Informatiedienst"),
                ("BKWI", "Bureau Keteninformatisering Werk en Inkomen"),
            ],
        ),
        (
            "standaarden van Geonovum en ICTU",
            [("Geonovum", "Stichting Geonovum"), ("ICTU", "Stichting ICTU")],
        ),
        # a listed place's whole name stays a place, though it ends in an organisation word
        ("sancties tegen de Russische Federatie", []),
    ],
)
def test_short_and_official_names_of_public_bodies(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _orgs(text) == expected


def test_no_body_named_from_a_word_cut_at_a_line_end() -> None:
    from services.enrich.enricher import enrich
    from stukken.contracts import Segment, SegmentedDocument

    # pdfium marks a hyphen it took away at a line's end with \x02: 'Toezicht' cut in two
    text = "een verzoek aan de Raad van Toe\x02zicht van de stichting"
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    _, entities = enrich(doc)
    assert not any(e.canonical.endswith("Toe") for e in entities)
