"""Woo papers nobody had annotated (gold26): inventories whose sender columns type ministries in
capitals, decisions naming people by phrasings the rules did not know, addresses in table cells."""

from __future__ import annotations

from services.enrich.enricher import entities_in_text
from services.enrich.references import urls


def _orgs(text: str) -> list[str]:
    return [m.canonical for m in entities_in_text(text) if m.type == "organization"]


def _persons(text: str) -> list[str]:
    return [text[m.start : m.end] for m in entities_in_text(text) if m.type == "person"]


def _urls(text: str) -> list[str]:
    return [h.normalized for h in urls.find(text)]


def test_a_ministry_joined_by_en_typed_in_capitals_is_the_ministry() -> None:
    text = "12 e-mail overleg vluchten deels openbaar IENW/JENV IENW\n"
    assert _orgs(text) == [
        "Ministerie van Infrastructuur en Waterstaat",
        "Ministerie van Justitie en Veiligheid",
        "Ministerie van Infrastructuur en Waterstaat",
    ]


def test_a_party_joined_by_en_in_capitals_is_a_word() -> None:
    assert _orgs("HET BELANG VAN DE MENS STAAT VOOROP\n") == []


def test_a_courtesy_title_then_the_body_the_person_works_for() -> None:
    text = "U heeft gebeld met de heer Kortenhoef van Dienst Wegverkeer over uw aanvraag.\n"
    assert _persons(text) == ["Kortenhoef"]


def test_a_name_then_van_and_a_gemeente_ends_at_van() -> None:
    text = "Het overleg werd voorgezeten door mevrouw Brinkhorst van Gemeente Zeist.\n"
    assert _persons(text) == ["Brinkhorst"]


def test_cum_suis_after_a_given_name_and_particle_names_a_person() -> None:
    text = "Wij spraken over de inzet van Joke van den Akker c.s. bij de verdeling.\n"
    assert _persons(text) == ["Joke van den Akker"]


def test_cum_suis_after_a_body_names_no_person() -> None:
    text = "In de zaak Stichting Schone Lucht c.s. tegen de Staat oordeelde de rechter.\n"
    assert _persons(text) == []


def test_a_kenmerk_opening_with_the_capitals_is_an_id() -> None:
    assert _orgs("Ons kenmerk IENW/BSK-2022/98765\n") == []


def test_a_courtesy_title_wrapped_at_the_line_end() -> None:
    text = "Op 3 mei heeft u gesproken met de \r\nheer Vermeulen over de planning.\r\n"
    assert _persons(text) == ["Vermeulen"]


def test_a_numbered_heading_on_the_next_line_is_no_part_of_a_name() -> None:
    text = "Namens Bureau Zandvoort \r\nReactie 2: \r\nDe reactie gaat over de stukken.\r\n"
    assert _orgs(text) == ["Bureau Zandvoort"]


def _enriched_orgs(text: str) -> list[str]:
    from services.enrich.enricher import enrich
    from stukken.contracts import Segment, SegmentedDocument

    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    return [e.canonical for e in enrich(doc)[1] if e.type == "organization"]


def test_a_papers_word_before_a_portfolio_names_the_subject() -> None:
    assert _enriched_orgs("Bijlage 3 Notitie Defensie 12-4-2019 niet openbaar 10.2.b\n") == []


def test_the_portfolio_as_an_actor_is_still_the_ministry() -> None:
    text = "De notitie is afgestemd met Defensie en met het ministerie van Financiën.\n"
    assert _enriched_orgs(text) == ["Ministerie van Defensie", "Ministerie van Financiën"]


def test_a_word_between_two_motion_words_is_a_column_not_a_submitter() -> None:
    text = "12 13-1-2021 NVT motie Wbo motie van de leden Bakker en Smit reeds openbaar\n"
    assert "Wbo" not in _persons(text)


def test_a_row_title_glued_to_a_bare_address_ends_it() -> None:
    text = "gepubliceerd via gemeente.example.nl/kadebrugBijlage 3a Presentatie 5-3-2018 openbaar\n"
    assert _urls(text) == ["https://gemeente.example.nl/kadebrug"]


def test_a_camel_cased_path_before_a_word_keeps_its_end() -> None:
    assert _urls("zie https://www.example.nl/toonBijlage voor de stukken\n") == [
        "https://www.example.nl/toonBijlage"
    ]


def test_a_file_name_cut_in_a_table_cell_is_joined() -> None:
    text = "bijlage 2-1-2021 besluit reeds openbaar https://app.example.com/p\ndf/16441-16109.pdf\n24\n"
    assert _urls(text) == ["https://app.example.com/pdf/16441-16109.pdf"]


def _enriched_urls(*pages: str) -> list[str]:
    from services.enrich.enricher import enrich
    from stukken.contracts import Segment, SegmentedDocument

    doc = SegmentedDocument(
        segments=[
            Segment(id=f"p{i}", kind="paragraph", page=i, text=t) for i, t in enumerate(pages, 1)
        ]
    )
    return [r.normalized for r in enrich(doc)[0] if r.type == "url"]


def test_the_rest_of_a_cut_host_on_an_overflow_page_is_no_address() -> None:
    first = "Buurtvereniging 18-3-2018 Openbaar op: https://buurtverenigingzuidoost.nl/2018/07/0\n"
    overflow = "ngzuidoost.nl/2018/07/04/brief-over-de-brug/\n"
    assert _enriched_urls(first, overflow) == ["https://buurtverenigingzuidoost.nl/2018/07/0"]


def test_a_host_that_is_another_hosts_whole_label_stays() -> None:
    text = "zie https://www.data.example.nl/a en example.nl/b\n"
    assert _enriched_urls(text) == ["https://www.data.example.nl/a", "https://example.nl/b"]


def test_broadcasters_spelled_out_before_their_letters_are_a_body() -> None:
    text = "contact met de 'Samenwerkende Lokale Publieke \r\nOmroepen' (SLPO) in 2019\n"
    assert _orgs(text) == ["Samenwerkende Lokale Publieke Omroepen"]


def test_carriers_and_an_exchange_named_in_woo_papers_are_bodies() -> None:
    text = "Overleg met Air France over de slots, met Eurostar over de treinen en met Bitvavo.\n"
    assert _orgs(text) == ["Air France", "Eurostar", "Bitvavo"]


def test_the_airline_group_is_still_read_whole() -> None:
    # the holding, not its Dutch airline (session 50: 'Air France-KLM' was read as KLM)
    assert _orgs("aandelen in Air France-KLM gekocht\n") == ["Air France-KLM"]


def test_a_peoples_adjective_ending_a_list_of_bodies_is_no_body() -> None:
    text = "overleg met Shell, de Europese Unie en de Duitse regering over de levering\n"
    assert _orgs(text) == ["Shell", "Europese Unie"]


def test_a_body_after_the_status_column_of_the_row_before() -> None:
    text = "Brief aan de raad 6-4-2018 Openbaar\nBuurtvereniging Zeeheldenkwartier 18-3-2018\n"
    assert _orgs(text) == ["Buurtvereniging Zeeheldenkwartier"]


def test_a_title_then_van_and_a_surname_cum_suis_is_no_given_name() -> None:
    assert "Amendementen van Bosman" not in _persons("12 Amendementen van Bosman c.s. (kst)\n")


def test_a_redacted_name_leaves_the_next_sentence_after_the_title() -> None:
    text = "U heeft gebeld met de heer Daarnaast heeft u gevraagd om de stukken.\n"
    assert _persons(text) == []


def test_a_numbered_heading_joined_to_the_name_line_is_no_part_of_it() -> None:
    assert _orgs("Namens Bureau Zandvoort Reactie 2:\n") == ["Bureau Zandvoort"]
