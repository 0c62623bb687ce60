"""What provincial letters, meeting notes and Woo releases print (gold13, issue #12): a
province's governing bodies and committees, its own funds, letter signers by office, the
letterhead's address and register labels, member lists on one line, and redaction boxes that OCR
reads as capitals. Every text here is made up for the test."""

from __future__ import annotations

from tests.unit.enrich.found import organisations, people


def test_a_provinces_governing_bodies_are_bodies_not_persons() -> None:
    text = (
        "Gedeputeerde Staten van Gelderland hebben besloten het voorstel aan Provinciale Staten "
        "voor te leggen. GS vragen de Staten om een reactie."
    )
    found = organisations(text)
    assert "Gedeputeerde Staten van Gelderland" in found
    assert "Provinciale Staten" in found
    assert "Gedeputeerde Staten" in found  # 'GS'
    assert people(text) == []


def test_signers_by_office_with_one_initial() -> None:
    text = "Gedeputeerde Staten van Zeeland,\nvoorzitter, K.L. Bakker secretaris, M. Verhoef"
    assert sorted(people(text)) == ["K.L. Bakker", "M. Verhoef"]


def test_a_committee_of_the_states_and_a_provincial_fund() -> None:
    text = (
        "De Statencommissie Ruimte & Wonen bespreekt het voorstel. Het Innovatiefonds\n"
        "Drenthe en het Ontwikkelingsbedrijf Gelderland dragen bij."
    )
    found = organisations(text)
    assert "Statencommissie Ruimte & Wonen" in found
    assert "Innovatiefonds Drenthe" in found
    assert "Ontwikkelingsbedrijf Gelderland" in found


def test_a_body_in_an_address_block_stops_before_the_next_line() -> None:
    text = (
        "Gemeente Ede\nT.a.v. het college\nPostbus 9022\n\n"
        "Provincie Utrecht\nArchimedeslaan 6\nKvK 12345678\nKvK\nIBAN NL00 BANK 0000 0000 00"
    )
    found = organisations(text)
    assert "Gemeente Ede" in found
    assert "Provincie Utrecht" in found
    assert not any(" T" in f or "laan" in f or "Postbus" in f for f in found)
    assert "Kamer van Koophandel" not in found  # 'KvK 12345678' labels a number


def test_a_list_of_municipalities_that_ends_in_another_body() -> None:
    text = "De normen die de gemeenten Epe, Heerde, Hattem en de provincie Gelderland hanteren."
    found = organisations(text)
    for body in ("Gemeente Epe", "Gemeente Heerde", "Gemeente Hattem"):
        assert body in found


def test_members_printed_on_one_line_are_each_a_body() -> None:
    text = (
        "Bij de branchevereniging zijn aangesloten:\n"
        "Albert Heijn Aldi Coop Supermarkten De Boer Lekkerland Lidl Nederland Sligro Vomar "
        "Voordeelmarkt"
    )
    found = organisations(text)
    for body in ("Albert Heijn", "Aldi", "Coop Supermarkten", "Lekkerland", "Lidl Nederland"):
        assert body in found
    assert not any(f.startswith(("Boer", "De Boer")) for f in found)


def test_a_nature_network_is_no_body() -> None:
    text = "Windturbines in het Natuurnetwerk Nederland zijn niet toegestaan."
    assert organisations(text) == []


def test_a_redaction_read_as_capitals_starts_no_name() -> None:
    text = "Wij spraken met:\nHEE EEE\nLandelijk Consortium Hulpmiddelen\ne: info@example.nl"
    assert organisations(text) == ["Landelijk Consortium Hulpmiddelen"]


def test_a_motion_titled_by_its_subject_names_no_one() -> None:
    text = "De motie Grip op wind is verwerkt; de motie Omtzigt op stuk nr. 12 ook."
    assert people(text) == ["Omtzigt"]


def test_a_forms_label_is_no_name() -> None:
    text = "Contactpersonen\nContactpersoon Contactpersoon\nNaam\nAfdeling"
    assert people(text) == []


def test_a_given_name_of_two_words_is_the_full_name_printed_earlier() -> None:
    from services.enrich.enricher import enrich
    from stukken.contracts import Segment, SegmentedDocument

    doc = SegmentedDocument(
        segments=[
            Segment(
                id="s1",
                kind="paragraph",
                page=1,
                text="Aanwezig: Jan Carlo Visser (gemeente Ede), Ria Kok (provincie Gelderland)",
            ),
            Segment(id="s2", kind="paragraph", page=2, text="Jan Carlo: we doen wat we beloofden."),
        ]
    )
    _, ents = enrich(doc)
    said = [(e.segment_id, e.canonical) for e in ents if e.type == "person"]
    assert ("s2", "Jan Carlo Visser") in said
    assert {c for _, c in said} == {"Jan Carlo Visser", "Ria Kok"}


def test_sector_lists_of_retail_sport_and_pharma() -> None:
    text = (
        "De commissie voor de m.e.r. adviseerde. NOC*NSF en de KNHB overlegden. Abbott, BioNTech "
        "en Thermo Fisher leverden tests; Jumbo Supermarkten en het CBL vroegen voorrang."
    )
    found = organisations(text)
    for body in (
        "Commissie voor de milieueffectrapportage",
        "NOC*NSF",
        "Koninklijke Nederlandse Hockey Bond",
        "Abbott",
        "BioNTech",
        "Thermo Fisher Scientific",
        "Jumbo Supermarkten",
        "Centraal Bureau Levensmiddelenhandel",
    ):
        assert body in found


def test_a_name_that_enumerates_its_subjects_before_its_abbreviation() -> None:
    defined = "De Vereniging voor Water, Bodem en Lucht (VWBL) vraagt dit. Ook VWBL wil meer."
    assert set(organisations(defined)) == {"Vereniging voor Water, Bodem en Lucht"}
    # printed in a footnote, the abbreviation in the text above it
    footnote = (
        "Met de VWBL12 spreken wij verder.\n12 Stichting Natuur en Milieu en Vereniging voor "
        "Water, Bodem en Lucht"
    )
    assert "Vereniging voor Water, Bodem en Lucht" in organisations(footnote)
    # without an abbreviation that spells it, a comma ends the name
    assert "Vereniging voor Water" in organisations("De Vereniging voor Water, Bodem en Lucht.")


def test_a_notes_author_and_who_it_was_agreed_with() -> None:
    text = "Auteur: team ABC\nAfgestemd met: K. Jansen (directie)\nOpgesteld door: J.K. de Wit\n"
    assert sorted(people(text)) == ["J.K. de Wit", "K. Jansen"]
    assert people("Afgestemd met: Directie Wonen en Team Zorg") == []


def test_offices_and_work_titles_before_a_surname() -> None:
    text = (
        "Dat zeiden dijkgraaf Van Dijk, de Commissaris van de Koning Jansen, directeur-generaal "
        "Smeets, projectleider Bakker, Statenlid Boerman, officier van justitie Visser en "
        "Eurocommissaris Timmermans. Ook secretaris-generaal Guterres van de VN sprak."
    )
    assert sorted(people(text)) == sorted(
        ["Van Dijk", "Jansen", "Smeets", "Bakker", "Boerman", "Visser", "Timmermans", "Guterres"]
    )
    # an office or a portfolio after the title names no one
    assert people("De Commissaris Rijksvastgoed en de commissaris Europese Zaken") == []


def test_signers_in_capitals_under_their_office() -> None:
    text = "Gedeputeerde Staten,\r\nvoorzitter\r\nK.L. BAKKER\r\nsecretaris\r\nM. VERHOEF \r\n"
    assert sorted(people(text)) == ["K.L. Bakker", "M. Verhoef"]
    assert people("De voorzitter\nHet college stemt in.") == []


def test_a_letterhead_ministry_is_no_office_and_a_page_number_no_name() -> None:
    text = (
        "Ministerie van Landbouw,\r\nAbc\r\nNatuur\r\nde minister van Landbouw,\r\nPagina van\r\n"
    )
    assert people(text) == []


def test_a_forms_next_label_is_no_part_of_a_bodys_name() -> None:
    text = "Ingediend bij Provincie Drenthe\nBehandeld door Provincie Drenthe\nSoort Melding"
    assert set(organisations(text)) == {"Provincie Drenthe"}
    assert organisations("De brief van de Gemeente Den\nHaag") == ["Gemeente Den Haag"]


def test_a_firms_name_in_a_forms_trade_name_field() -> None:
    text = (
        "Handelsnaam\nBoomverzorging Oost\nVooraf ingevuld antwoord.\nHandelsnaam\n"
        "Vooraf ingevuld antwoord.\nNaam bedrijf\nDe Groene Hoek\n"
    )
    assert organisations(text) == ["Boomverzorging Oost", "De Groene Hoek"]


def test_a_name_before_consortium() -> None:
    text = (
        "de offerte van het Labnet consortium, het Europees consortium en het RVO-gefinancierde "
        "consortium"
    )
    assert organisations(text) == ["Labnet consortium"]


def test_associations_of_local_office_holders() -> None:
    text = "Overleg met VNG, NGB, de Vereniging van Griffiers en Divosa."
    assert set(organisations(text)) >= {
        "Nederlands Genootschap van Burgemeesters",
        "Vereniging van Griffiers",
        "Divosa",
    }


def test_a_quoted_cultivar_is_no_person() -> None:
    text = "Langs de weg komen drie Crataegus laevigata 'Paul's Scarlet' (meidoorn) en een linde."
    assert people(text) == []
